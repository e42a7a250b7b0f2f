"""The urgent lane keeps the heartbeat and help requests moving while a backlog uploads, and the bulk
lane resumes within seconds of the link coming back, not at its next interval."""

from __future__ import annotations

import threading
import time

from sync_faultproxy import FaultProxy
from sync_kit import make_application, wait_until, write_kiosk_toml

from kiosk.store import outbox
from kiosk.store.settings import set_setting
from sync.engine.client import enrol
from sync.engine.engine import EngineOptions
from sync.engine.state import KEY_URL, save_credentials
from sync.engine.worker import SyncWorker
from sync.outbox import enqueue_small
from sync.platform.server import platform_in_thread


class ArrivalLog:
    """The platform's storage, noting when each small post (heartbeat, help request) arrived."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.arrivals: list[tuple[str, float]] = []
        self.lock = threading.Lock()

    def __getattr__(self, name):
        method = getattr(self.inner, name)
        if name != "put_small":
            return method

        def noted(kind, *args, **kwargs):
            result = method(kind, *args, **kwargs)
            with self.lock:
                self.arrivals.append((kind, time.monotonic()))
            return result

        return noted

    def times(self, kind: str) -> list[float]:
        with self.lock:
            return [t for k, t in self.arrivals if k == kind]


def test_heartbeat_and_help_keep_moving_while_a_backlog_uploads(tmp_path, kiosk_db):
    logs: list[ArrivalLog] = []
    config = write_kiosk_toml(tmp_path, "urgent_interval_s = 1\ninterval_s = 3600")
    heartbeat_s = 2.0
    # ~10 s of attachments through a 60 kB/s cap
    options = EngineOptions(
        heartbeat_interval_s=heartbeat_s, bandwidth_bytes_per_s=60_000, chunk_size=16 * 1024
    )

    def wrap(storage):
        logs.append(ArrivalLog(storage))
        return logs[0]

    with platform_in_thread(tmp_path / "platform", wrap_storage=wrap) as platform:
        creds = enrol(platform.url, platform.enrol_token(), "k")
        save_credentials(kiosk_db, creds)
        ids = [make_application(kiosk_db, tmp_path / "files", creds, sizes=(100_000,)) for _ in range(6)]
        db_path = kiosk_db.execute("PRAGMA database_list").fetchone()[2]
        worker = SyncWorker(db_path, config=config.sync, options=options)
        started = time.monotonic()
        worker.start()
        try:
            wait_until(lambda: platform.storage.applications(), what="the backlog to start arriving")
            kiosk_db.execute(
                "INSERT INTO help_requests (id, screen, created_at) VALUES ('h1', 'home', ?)", [time.time()]
            )
            enqueue_small(kiosk_db, "help", "h1")
            asked = time.monotonic()
            wait_until(lambda: logs[0].times("help-requests"), 10, "the help request at the platform")
            answered = logs[0].times("help-requests")[0]
            waiting_then = len(ids) - len(platform.storage.applications())
            wait_until(lambda: len(platform.storage.applications()) == len(ids), 60, "the backlog to drain")
            drained = time.monotonic()
        finally:
            worker.stop()
    assert waiting_then > 0  # the help request overtook the backlog
    assert answered - asked <= 10
    beats = [t for t in logs[0].times("heartbeats") if started <= t <= drained]
    gaps = [b - a for a, b in zip([started, *beats], [*beats, drained], strict=True)]
    assert len(beats) >= 3 and max(gaps) <= 2 * heartbeat_s, gaps
    assert outbox.needs_attention(kiosk_db) == []


def test_bulk_lane_resumes_within_seconds_of_the_link_coming_back(platform, kiosk_db, creds, tmp_path):
    ids = [make_application(kiosk_db, tmp_path / "files", creds, sizes=(5_000,)) for _ in range(3)]
    proxy = FaultProxy(platform.port)
    proxy.captive = True  # the link answers with something that is not the platform
    config = write_kiosk_toml(
        tmp_path, f'platform_url = "{proxy.url}"\nurgent_interval_s = 1\ninterval_s = 3600'
    )
    set_setting(kiosk_db, KEY_URL, proxy.url)
    reports = []
    db_path = kiosk_db.execute("PRAGMA database_list").fetchone()[2]
    worker = SyncWorker(
        db_path,
        config=config.sync,
        options=EngineOptions(item_retries=1, retry_base_s=0.1),
        on_report=reports.append,
    )
    worker.start()
    try:
        wait_until(lambda: reports, what="the first pass")
        assert reports[0].stopped_by == "NotPlatform" and reports[0].acknowledged == 0
        proxy.captive = False
        back = time.monotonic()
        wait_until(
            lambda: len(platform.storage.applications()) == 3, 15, "the queue after the link came back"
        )
        resumed_after = time.monotonic() - back
    finally:
        worker.stop()
        proxy.close()
    assert sorted(a.id for a in platform.storage.applications()) == sorted(ids)
    assert resumed_after < 15  # the hourly interval was not waited for
    assert outbox.needs_attention(kiosk_db) == []
