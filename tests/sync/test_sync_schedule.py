"""Upload windows, the resident-at-screen pause, the bandwidth cap and retention purge."""

from __future__ import annotations

import datetime as dt
import os
import threading
import time

import pytest
from sync_kit import make_application

from kiosk.store import audit
from sync.engine.client import PlatformClient
from sync.engine.engine import EngineOptions, SyncEngine
from sync.engine.schedule import Schedule, TokenBucket, Window


def at(hour, minute=0):
    return lambda: dt.datetime(2026, 11, 26, hour, minute)


def test_windows_over_midnight_and_bad_text():
    night = Window.parse("22:00-06:00")
    assert night.contains(dt.time(23, 30)) and night.contains(dt.time(5, 59))
    assert not night.contains(dt.time(6, 0)) and not night.contains(dt.time(12, 0))
    with pytest.raises(ValueError, match="HH:MM-HH:MM"):
        Window.parse("ten to six")


def test_schedule_rules():
    night = [Window.parse("22:00-06:00")]
    assert not Schedule(night, local_now=at(14)).may_upload_heavy()
    assert Schedule(night, local_now=at(23)).may_upload_heavy()
    assert Schedule(night, link_is_good=lambda: True, local_now=at(14)).may_upload_heavy()
    assert not Schedule(night, resident_at_screen=lambda: True, local_now=at(23)).may_upload_heavy()
    assert Schedule().may_upload_heavy()


def test_token_bucket_holds_the_rate():
    fake = [0.0]
    bucket = TokenBucket(
        1000.0, 1000.0, clock=lambda: fake[0], sleep=lambda s: fake.__setitem__(0, fake[0] + s)
    )
    for _ in range(20):
        bucket.take(500)
    # 10,000 bytes at 1,000 B/s with a 1,000-byte burst: 9 s of (fake) waiting
    assert fake[0] == pytest.approx(9.0, rel=0.01)


def test_attachments_wait_for_the_window_but_small_items_do_not(platform, kiosk_db, creds, tmp_path):
    with_files = make_application(kiosk_db, tmp_path / "files", creds)
    without_files = make_application(kiosk_db, tmp_path / "files", creds, sizes=())
    hour = [14]
    schedule = Schedule([Window.parse("22:00-06:00")], local_now=lambda: dt.datetime(2026, 11, 26, hour[0]))
    clock = [time.time()]
    client = PlatformClient(creds)
    engine = SyncEngine(kiosk_db, client, EngineOptions(schedule=schedule), clock=lambda: clock[0])
    report = engine.run_once()
    assert report.acknowledged == 1 and report.deferred == 1
    assert [a.id for a in platform.storage.applications()] == [without_files]
    hour[0] = 23
    clock[0] += 3600
    assert engine.run_once().acknowledged == 1
    client.close()
    assert {a.id for a in platform.storage.applications()} == {with_files, without_files}


def test_upload_pauses_when_a_resident_sits_down_and_resumes_where_it_was(
    platform, kiosk_db, creds, tmp_path
):
    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(200_000,))
    at_screen = [False]
    progress = []

    def on_progress(_app, sent, _total):
        progress.append(sent)
        if sent >= 64 * 1024:
            at_screen[0] = True

    clock = [time.time()]
    options = EngineOptions(chunk_size=32 * 1024, schedule=Schedule(resident_at_screen=lambda: at_screen[0]))
    client = PlatformClient(creds)
    engine = SyncEngine(kiosk_db, client, options, clock=lambda: clock[0], on_progress=on_progress)
    assert engine.run_once().deferred == 1
    paused_at = kiosk_db.execute("SELECT bytes_sent FROM outbox").fetchone()[0]
    assert 0 < paused_at < 200_000
    at_screen[0] = False
    clock[0] += 120
    engine.uploader.on_progress = None
    assert engine.run_once().acknowledged == 1
    client.close()
    size = kiosk_db.execute("SELECT size FROM materials").fetchone()[0]
    assert engine.stats.chunk_bytes_attempted == size  # nothing sent twice across the pause
    assert platform.storage.application(app_id) is not None


def test_retention_purges_sealed_data_keeps_lookup_rows_and_audits(
    platform, kiosk_db, creds, client, tmp_path
):
    app_id = make_application(kiosk_db, tmp_path / "files", creds)
    waiting = make_application(kiosk_db, tmp_path / "files", creds)
    kiosk_db.execute("UPDATE outbox SET next_attempt_at = ? WHERE ref = ?", [time.time() + 10**6, waiting])
    paths = [p for (p,) in kiosk_db.execute("SELECT path FROM materials WHERE application_id = ?", [app_id])]
    report = SyncEngine(kiosk_db, client, EngineOptions(retention_s=0.0)).run_once()
    assert report.purged == 1
    assert not any(os.path.exists(p) for p in paths)
    row = kiosk_db.execute(
        "SELECT sealed_payload, acceptance_no, applicant_masked, platform_case_no "
        "FROM applications WHERE id = ?",
        [app_id],
    ).fetchone()
    assert row[0] is None and row[1] and row[2] == "张*" and row[3]
    assert kiosk_db.execute(
        "SELECT count(*) FROM materials WHERE application_id = ? AND path IS NULL AND sha256 IS NOT NULL",
        [app_id],
    ).fetchone()[0] == len(paths)
    # the queued one keeps everything: it has not reached the platform
    assert kiosk_db.execute("SELECT sealed_payload FROM applications WHERE id = ?", [waiting]).fetchone()[0]
    actions = [r[0] for r in kiosk_db.execute("SELECT action FROM audit_log").fetchall()]
    assert actions == ["sync.purge"] and audit.verify(kiosk_db).ok


def test_sync_now_runs_at_once_outside_the_window_but_not_over_a_resident(
    platform, kiosk_db, creds, tmp_path
):
    from sync.engine.worker import SyncWorker

    app_id = make_application(kiosk_db, tmp_path / "files", creds)
    at_screen = [False]
    outside_the_window = Schedule(
        [Window.parse("22:00-06:00")], resident_at_screen=lambda: at_screen[0], local_now=at(14)
    )
    reports = []
    first_pass = threading.Event()

    def on_report(report):
        reports.append(report)
        first_pass.set()

    db_path = kiosk_db.execute("PRAGMA database_list").fetchone()[2]
    worker = SyncWorker(
        db_path, interval_s=3600, options=EngineOptions(schedule=outside_the_window), on_report=on_report
    )
    worker.start()
    try:
        assert first_pass.wait(30)
        assert reports[-1].deferred == 1  # the hourly pass keeps the window
        at_screen[0] = True
        assert worker.request_run().wait(30)
        assert reports[-1].deferred == 1  # "sync now" still gives the link to a resident at the screen
        assert platform.storage.application(app_id) is None
        at_screen[0] = False
        assert worker.request_run().wait(30)
        assert reports[-1].acknowledged == 1  # backoff timer and window both lifted
    finally:
        worker.stop()
    assert platform.storage.application(app_id) is not None
    assert worker.request_run().wait(0)  # a stopped worker never leaves a caller waiting
