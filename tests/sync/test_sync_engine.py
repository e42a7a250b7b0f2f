"""The kiosk-side engine against a real platform on 127.0.0.1 and a real kiosk store."""

from __future__ import annotations

import hashlib
import json
import random
import threading
import time
import uuid

import pytest
from sync_kit import make_application

from sync.cli import main as kiosk_sync
from sync.engine.backoff import Backoff
from sync.engine.client import Credentials, PlatformClient, new_signing_key
from sync.engine.engine import EngineOptions, SyncEngine
from sync.engine.state import save_credentials
from sync.engine.worker import SyncWorker
from sync.outbox import OutboxError, enqueue_application, enqueue_small


class Crash(BaseException):
    """Stands in for the kiosk losing power part-way through an upload (no handler may catch it)."""


def outbox_states(db):
    return {ref: state for ref, state in db.execute("SELECT ref, state FROM outbox").fetchall()}


def platform_blobs_match(platform, db, application_id):
    """Every material the kiosk holds arrived byte-identical on the platform."""
    uploads = dict(platform.storage.attachment_uploads(application_id))
    for material_id, code, path in db.execute(
        "SELECT id, material_code, path FROM materials WHERE application_id = ?", [application_id]
    ).fetchall():
        local = hashlib.sha256(open(path, "rb").read()).hexdigest()
        assert platform.storage.blob_sha256(uploads[f"m{material_id}-{code}"])[1] == local
    return True


def test_applications_reach_the_platform_and_case_states_come_back(
    platform, kiosk_db, creds, client, tmp_path
):
    ids = [make_application(kiosk_db, tmp_path / "files", creds) for _ in range(3)]
    report = SyncEngine(kiosk_db, client).run_once()
    assert report.acknowledged == 3 and report.stopped_by is None
    stored = {a.id: a for a in platform.storage.applications()}
    assert set(stored) == set(ids)
    assert all(platform_blobs_match(platform, kiosk_db, i) for i in ids)
    # the first pass already read the "received" events back
    assert set(outbox_states(kiosk_db).values()) == {"status-synced"}
    case_no = kiosk_db.execute("SELECT platform_case_no FROM applications WHERE id = ?", [ids[0]]).fetchone()[
        0
    ]
    assert case_no == stored[ids[0]].case_no

    platform.storage.set_case_state(case_no, "correction-requested", "请补充户口簿")
    assert SyncEngine(kiosk_db, client).run_once().statuses_applied == 1
    state, note = kiosk_db.execute(
        "SELECT state, note FROM sync_case_status WHERE application_id = ?", [ids[0]]
    ).fetchone()
    assert (state, note) == ("correction-requested", "请补充户口簿")


def test_restart_mid_upload_resumes_at_the_platform_offset(platform, kiosk_db, creds, tmp_path):
    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(300_000,))
    size = kiosk_db.execute("SELECT size FROM materials WHERE application_id = ?", [app_id]).fetchone()[0]
    chunk = 64 * 1024

    def crash_after_two_chunks(_app, sent, _total):
        if sent >= 2 * chunk:
            raise Crash

    first = PlatformClient(creds)
    with pytest.raises(Crash):
        SyncEngine(
            kiosk_db, first, EngineOptions(chunk_size=chunk), on_progress=crash_after_two_chunks
        ).run_once()
    first.close()
    assert outbox_states(kiosk_db)[app_id] == "uploading"

    second = PlatformClient(creds)
    engine = SyncEngine(kiosk_db, second, EngineOptions(chunk_size=chunk))
    assert engine.run_once().acknowledged == 1
    second.close()
    assert engine.stats.chunk_bytes_attempted == size - 2 * chunk  # nothing sent twice
    assert platform_blobs_match(platform, kiosk_db, app_id)
    upload_id = dict(platform.storage.attachment_uploads(app_id))
    assert sum(platform.storage.bytes_received(u) for u in upload_id.values()) == size


def test_small_posts_and_heartbeat(platform, kiosk_db, creds, client, tmp_path):
    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=())
    now = time.time()
    kiosk_db.execute(
        "INSERT INTO evaluations (id, application_id, level, dimensions, created_at) "
        "VALUES (?, ?, 5, '[]', ?)",
        ["ev1", app_id, now],
    )
    kiosk_db.execute(
        "INSERT INTO complaints (id, category, sealed_body, anonymous, created_at) "
        "VALUES ('c1', 'wait', ?, 1, ?)",
        [b"sealed", now],
    )
    kiosk_db.execute("INSERT INTO help_requests (id, screen, created_at) VALUES ('h1', 'home', ?)", [now])
    for kind, ref in (("evaluation", "ev1"), ("complaint", "c1"), ("help", "h1")):
        enqueue_small(kiosk_db, kind, ref)
    enqueue_small(kiosk_db, "help", "h1")  # queuing twice is harmless
    with pytest.raises(OutboxError):
        enqueue_small(kiosk_db, "help", "nope")
    report = SyncEngine(kiosk_db, client, device_health=lambda: {"printer": "ok"}).run_once()
    assert report.sent == 3
    assert [platform.storage.count_small(k) for k in ("evaluations", "complaints", "help-requests")] == [
        1,
        1,
        1,
    ]
    beat = json.loads(platform.storage.terminal(creds.terminal_id).last_heartbeat)
    assert beat["device_health"] == {"printer": "ok"} and beat["software_version"]


def test_status_feed_410_resyncs_from_scratch(platform, kiosk_db, creds, client, tmp_path):
    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(10,))
    SyncEngine(kiosk_db, client).run_once()
    case_no = platform.storage.application(app_id).case_no
    platform.storage.set_case_state(case_no, "accepted", "")
    platform.storage.bump_feed_generation()
    report = SyncEngine(kiosk_db, client).run_once()
    assert (
        report.stopped_by is None and report.statuses_applied == 2
    )  # both events again, applied idempotently
    assert kiosk_db.execute("SELECT state FROM sync_case_status").fetchone()[0] == "accepted"


def test_unknown_terminal_stops_the_pass_and_nothing_is_stored(platform, kiosk_db, creds, tmp_path):
    app_id = make_application(kiosk_db, tmp_path / "files", creds)
    stranger = Credentials(platform.url, "T-stranger", new_signing_key(), creds.seal_public_key)
    save_credentials(kiosk_db, stranger)
    client = PlatformClient(stranger)
    report = SyncEngine(kiosk_db, client).run_once()
    client.close()
    assert report.stopped_by == "terminal-rejected"
    assert outbox_states(kiosk_db)[app_id] in ("queued", "uploading")
    assert platform.storage.applications() == [] and platform.storage.blob_dir.exists()
    assert list(platform.storage.blob_dir.iterdir()) == []


def test_key_reused_with_other_content_needs_attention_with_a_reason(
    platform, kiosk_db, creds, client, tmp_path
):
    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(10,))
    assert SyncEngine(kiosk_db, client).run_once().acknowledged == 1
    # the same key again with different content (e.g. a restored backup edited since it was sent)
    kiosk_db.execute("UPDATE applications SET acceptance_no = 'CHANGED' WHERE id = ?", [app_id])
    kiosk_db.execute("UPDATE outbox SET state = 'sent-no-answer' WHERE ref = ?", [app_id])
    report = SyncEngine(kiosk_db, client).run_once()
    assert report.needs_attention == 1
    state, reason = kiosk_db.execute(
        "SELECT state, last_error FROM outbox WHERE ref = ?", [app_id]
    ).fetchone()
    assert state == "needs-attention" and "422" in reason and "key_reused" in reason
    assert len(platform.storage.applications()) == 1


def test_attachment_the_platform_keeps_finding_wrong_ends_in_needs_attention(
    platform, kiosk_db, creds, tmp_path
):
    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(100,))
    kiosk_db.execute("UPDATE materials SET sha256 = ? WHERE application_id = ?", ["0" * 64, app_id])
    clock = [time.time()]
    client = PlatformClient(creds)
    engine = SyncEngine(kiosk_db, client, clock=lambda: clock[0], sleep=lambda _s: None)  # the clock is time
    for _ in range(6):
        engine.run_once()
        clock[0] += 24 * 3600
    client.close()
    state, reason = kiosk_db.execute(
        "SELECT state, last_error FROM outbox WHERE ref = ?", [app_id]
    ).fetchone()
    assert state == "needs-attention" and "attachments_incomplete" in reason
    assert platform.storage.applications() == []


def test_backoff_is_full_jitter_and_honours_retry_after():
    backoff = Backoff(base_s=1.0, cap_s=60.0, rng=random.Random(7))
    delays = [backoff.delay(10) for _ in range(200)]
    assert all(0 <= d <= 60 for d in delays) and max(delays) > 30 and min(delays) < 10
    assert all(backoff.delay(0, retry_after=20) >= 20 for _ in range(50))
    assert backoff.delay(0, retry_after=10_000) <= 60


def test_in_flight_commit_is_rescheduled_after_retry_after(platform, kiosk_db, creds, client, tmp_path):
    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(10,))
    engine = SyncEngine(kiosk_db, client)
    original = engine.uploader._commit

    def commit_while_another_is_in_flight(outbox_id, application_id, materials, urls, attempts):
        platform.storage.begin_commit(application_id, creds.terminal_id, "another request's hash")
        return original(outbox_id, application_id, materials, urls, attempts)

    engine.uploader._commit = commit_while_another_is_in_flight
    before = time.time()
    report = engine.run_once()
    assert report.rescheduled == 1
    state, next_at = kiosk_db.execute(
        "SELECT state, next_attempt_at FROM outbox WHERE ref = ?", [app_id]
    ).fetchone()
    assert state == "committing" and next_at >= before + 1
    assert platform.storage.applications() == []


def test_worker_runs_off_the_calling_thread(platform, kiosk_db, creds, tmp_path):
    app_id = make_application(kiosk_db, tmp_path / "files", creds)
    done = threading.Event()
    seen = {}

    def on_report(report):
        seen["thread"] = threading.current_thread().name
        seen["acknowledged"] = report.acknowledged
        done.set()

    db_path = kiosk_db.execute("PRAGMA database_list").fetchone()[2]
    worker = SyncWorker(db_path, interval_s=3600, on_report=on_report)
    worker.start()
    assert done.wait(30)
    worker.stop()
    assert seen == {"thread": "kiosk-sync", "acknowledged": 1}
    assert platform.storage.application(app_id) is not None


def test_cli_status_and_run_once(platform, kiosk_db, creds, tmp_path, capsys):
    make_application(kiosk_db, tmp_path / "files", creds)
    db_path = kiosk_db.execute("PRAGMA database_list").fetchone()[2]
    assert kiosk_sync(["--db", db_path, "status"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["outbox"] == {"application:queued": 1} and status["terminal_id"] == creds.terminal_id
    assert kiosk_sync(["--db", db_path, "run-once"]) == 0
    assert json.loads(capsys.readouterr().out)["acknowledged"] == 1


def test_enqueue_refuses_unsealed_or_missing_files(kiosk_db, creds, tmp_path):
    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(10,))
    kiosk_db.execute("DELETE FROM outbox")
    path = kiosk_db.execute("SELECT path FROM materials").fetchone()[0]
    open(path, "ab").write(b"x")
    with pytest.raises(OutboxError):
        enqueue_application(kiosk_db, app_id)
    kiosk_db.execute(
        "UPDATE applications SET sealed_payload = ? WHERE id = ?", [b"plain personal data", app_id]
    )
    with pytest.raises(Exception, match="not a sealed envelope"):
        enqueue_application(kiosk_db, app_id)
    with pytest.raises(OutboxError):
        enqueue_application(kiosk_db, str(uuid.uuid4()))
    assert kiosk_db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0


def test_kiosk_clock_hours_off_still_syncs(platform, kiosk_db, creds, tmp_path, monkeypatch):
    import sync.engine.client as client_module

    make_application(kiosk_db, tmp_path / "files", creds)
    real_time = time.time

    class SkewedTime:
        """The kiosk's clock only; the platform in this process keeps reading the true time."""

        @staticmethod
        def time():
            return real_time() - 5 * 3600

    monkeypatch.setattr(client_module, "time", SkewedTime)
    client = PlatformClient(creds)
    report = SyncEngine(kiosk_db, client).run_once()
    client.close()
    assert report.acknowledged == 1 and report.stopped_by is None
    assert abs(client.clock_offset - 5 * 3600) < 60


def test_expired_upload_is_started_again(platform, kiosk_db, creds, tmp_path):
    app_id = make_application(kiosk_db, tmp_path / "files", creds, sizes=(100_000,))

    def crash_after_first_chunk(_app, sent, _total):
        if sent > 0:
            raise Crash

    client = PlatformClient(creds)
    options = EngineOptions(chunk_size=32 * 1024)
    with pytest.raises(Crash):
        SyncEngine(kiosk_db, client, options, on_progress=crash_after_first_chunk).run_once()
    with platform.storage._tx() as conn:  # the platform's expiry passes while the kiosk is off
        conn.exec_driver_sql("UPDATE uploads SET expires_at = 0")
    assert SyncEngine(kiosk_db, client, options).run_once().acknowledged == 1
    client.close()
    assert platform_blobs_match(platform, kiosk_db, app_id)
    assert platform.storage.purge_expired_uploads(time.time()) == 1  # the abandoned one
