"""Each [sync] setting, written in kiosk.toml as a technician would, changes what the engine does."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import threading
import time
from pathlib import Path

import httpx
from sync_faultproxy import FaultProxy
from sync_kit import make_application, wait_until, write_kiosk_toml

from kiosk.ops.tech_view import sync_view
from kiosk.store import outbox
from kiosk.store.settings import get_setting, set_setting
from sync.engine.client import PlatformClient
from sync.engine.config import options_from_config, request_timeout
from sync.engine.engine import SyncEngine
from sync.engine.state import KEY_LAST_HEARTBEAT
from sync.engine.worker import SyncWorker


def db_path_of(db):
    return db.execute("PRAGMA database_list").fetchone()[2]


def hour_window(offset_h: int) -> str:
    start = (dt.datetime.now() + dt.timedelta(hours=offset_h)).replace(minute=0)
    end = start + dt.timedelta(hours=2)
    return f"{start:%H:%M}-{end:%H:%M}"


def test_windows_from_the_file_hold_attachments_and_the_technician_sees_them(
    platform, kiosk_db, creds, tmp_path
):
    with_files = make_application(kiosk_db, tmp_path / "files", creds)
    closed = hour_window(6)
    config = write_kiosk_toml(tmp_path, f'windows = ["{closed}"]')
    # a stale row in the settings table (the engine once read it) must change nothing
    set_setting(kiosk_db, "sync.upload_windows", [])
    reports = []
    passed = threading.Event()
    worker = SyncWorker(
        db_path_of(kiosk_db), config=config.sync, on_report=lambda r: (reports.append(r), passed.set())
    )
    worker.start()
    try:
        assert passed.wait(30)
    finally:
        worker.stop()
    assert reports[0].deferred == 1 and platform.storage.application(with_files) is None
    shown = sync_view(kiosk_db, config)
    assert shown["windows"] == [closed] and shown["inWindow"] is False

    config = write_kiosk_toml(tmp_path, f'windows = ["{hour_window(-1)}"]')  # open now
    kiosk_db.execute("UPDATE outbox SET next_attempt_at = NULL")
    engine = SyncEngine(kiosk_db, PlatformClient(creds), options_from_config(config.sync))
    assert engine.run_once().acknowledged == 1
    assert sync_view(kiosk_db, config)["inWindow"] is True


def test_bandwidth_cap_from_the_file_paces_the_upload(platform, kiosk_db, creds, tmp_path):
    make_application(kiosk_db, tmp_path / "files", creds, sizes=(60_000,))
    size = kiosk_db.execute("SELECT size FROM materials").fetchone()[0]
    config = write_kiosk_toml(tmp_path, "bandwidth_bytes_per_s = 20000\nchunk_bytes = 4096")
    waited: list[float] = []
    client = PlatformClient(creds)
    report = SyncEngine(kiosk_db, client, options_from_config(config.sync), sleep=waited.append).run_once()
    client.close()
    assert report.acknowledged == 1
    # everything beyond the first burst (one 20,000-byte second) waits for its share of the cap
    assert sum(waited) >= (size - 20_000) / 20_000 * 0.95
    assert sync_view(kiosk_db, config)["bandwidthBytesPerS"] == 20000


def test_chunk_bytes_from_the_file_sets_the_request_size(platform, kiosk_db, creds, tmp_path):
    make_application(kiosk_db, tmp_path / "files", creds, sizes=(20_000,))
    config = write_kiosk_toml(tmp_path, "chunk_bytes = 4096")
    offsets: list[int] = []
    client = PlatformClient(creds)
    engine = SyncEngine(
        kiosk_db, client, options_from_config(config.sync), on_progress=lambda _a, s, _t: offsets.append(s)
    )
    assert engine.run_once().acknowledged == 1
    client.close()
    steps = {b - a for a, b in itertools.pairwise(offsets) if b > a}
    assert max(steps) == 4096


def test_request_timeout_from_the_file_ends_a_stalled_request(platform, kiosk_db, creds, tmp_path):
    make_application(kiosk_db, tmp_path / "files", creds, sizes=())
    config = write_kiosk_toml(tmp_path, "request_timeout_s = 1")
    assert request_timeout(config.sync) == httpx.Timeout(1.0)
    proxy = FaultProxy(platform.port)
    proxy.running.clear()  # the link stalls: nothing moves either way
    via = dataclasses.replace(creds, platform_url=proxy.url)
    client = PlatformClient(via, timeout=request_timeout(config.sync))
    options = options_from_config(config.sync)
    options.item_retries = 0
    started = time.monotonic()
    report = SyncEngine(kiosk_db, client, options).run_once()
    elapsed = time.monotonic() - started
    proxy.running.set()
    client.close()
    proxy.close()
    assert report.rescheduled == 1 and "NoAnswer" in (report.stopped_by or "NoAnswer")
    assert elapsed < 20  # two requests of one second each, not the default thirty
    assert sync_view(kiosk_db, config)["requestTimeoutS"] == 1


def test_retention_days_from_the_file_decides_when_sealed_data_goes(platform, kiosk_db, creds, tmp_path):
    make_application(kiosk_db, tmp_path / "files", creds, sizes=(3_000,))
    (path,) = kiosk_db.execute("SELECT path FROM materials").fetchone()
    client = PlatformClient(creds)
    keep = write_kiosk_toml(tmp_path, "retention_days = 30")
    assert SyncEngine(kiosk_db, client, options_from_config(keep.sync)).run_once().purged == 0
    assert kiosk_db.execute("SELECT count(*) FROM materials WHERE path IS NOT NULL").fetchone()[0] == 1
    at_once = write_kiosk_toml(tmp_path, "retention_days = 0")
    assert SyncEngine(kiosk_db, client, options_from_config(at_once.sync)).run_once().purged == 1
    client.close()
    assert not Path(path).exists()
    assert sync_view(kiosk_db, at_once)["retentionDays"] == 0


def test_heartbeat_interval_from_the_file(platform, kiosk_db, creds, tmp_path):
    config = write_kiosk_toml(tmp_path, "heartbeat_interval_s = 600")
    now = [time.time()]
    client = PlatformClient(creds)
    engine = SyncEngine(kiosk_db, client, options_from_config(config.sync), clock=lambda: now[0])
    beats = []
    for step in (0, 300, 299, 2, 300):  # at 0, 300, 599, 601 and 901 seconds
        now[0] += step
        assert engine.run_urgent(feed_due=False).stopped_by is None
        beats.append(get_setting(kiosk_db, KEY_LAST_HEARTBEAT))
    client.close()
    start = now[0] - 901
    assert [b - start for b in beats] == [0, 0, 0, 601, 601]


def test_interval_from_the_file_paces_the_bulk_lane(platform, kiosk_db, creds, tmp_path):
    config = write_kiosk_toml(tmp_path, "interval_s = 5\nurgent_interval_s = 600")
    passes = []
    worker = SyncWorker(db_path_of(kiosk_db), config=config.sync, on_report=passes.append)
    worker.start()
    try:
        wait_until(lambda: passes, what="the first pass")
        late = make_application(kiosk_db, tmp_path / "files", creds, sizes=())  # nobody wakes the worker
        wait_until(lambda: platform.storage.application(late) is not None, 20, "the next pass")
    finally:
        worker.stop()
    assert outbox.pending_summary(kiosk_db)[0] == 0
