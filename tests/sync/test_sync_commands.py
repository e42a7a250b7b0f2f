"""kiosk-sync on the kiosk's real database only, never a new one by accident, and one syncer per database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest
from sync_kit import make_application, write_kiosk_toml

from kiosk.store.connection import open_store
from sync.cli import main as kiosk_sync
from sync.engine.engine import EngineOptions
from sync.engine.lock import SyncLock, SyncLockHeld
from sync.engine.worker import SyncWorker

HOLD = """
import sys
from sync.engine.lock import SyncLock
lock = SyncLock(sys.argv[1], "technician's kiosk-sync daemon")
lock.acquire()
print("held", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def other_process_holds(tmp_path):
    """Start another process holding a database's sync lock; it lets go when the test ends."""
    started = []

    def hold(db_path):
        proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(db_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": os.getcwd()},
        )
        started.append(proc)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        return proc

    yield hold
    for proc in started:
        proc.kill()
        proc.wait()


def test_the_configured_database_is_found_and_a_missing_one_never_made(
    kiosk_db, creds, tmp_path, monkeypatch, capsys
):
    config = write_kiosk_toml(tmp_path, "")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KIOSK_CONFIG", str(tmp_path / "kiosk.toml"))
    assert kiosk_sync(["status"]) == 2
    assert "no kiosk database at" in capsys.readouterr().err
    assert not config.store_path.exists() and not (tmp_path / "var").exists()

    # the kiosk's own database where its configuration puts it
    config.store_path.parent.mkdir(parents=True)
    config.store_path.write_bytes(open(kiosk_db.execute("PRAGMA database_list").fetchone()[2], "rb").read())
    make_application(open_store(config.store_path), tmp_path / "files", creds, sizes=())
    assert kiosk_sync(["status"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["database"] == str(config.store_path) and status["outbox"] == {"application:queued": 1}


def test_enrol_refuses_a_new_database_without_the_flag_and_keeps_its_token(platform, tmp_path, capsys):
    token = platform.enrol_token()
    db_path = tmp_path / "nowhere" / "kiosk.db"
    args = ["--db", str(db_path), "enrol", "--url", platform.url, f"--token={token}", "--name", "k"]
    assert kiosk_sync(args) == 2
    assert "--create-db" in capsys.readouterr().err and not db_path.exists()
    assert kiosk_sync(["--create-db", *args]) == 0  # the token was not spent by the refusal
    assert "enrolled as" in capsys.readouterr().out


def test_a_second_syncer_is_refused_and_told_who_holds_the_database(
    platform, kiosk_db, creds, tmp_path, capsys, other_process_holds
):
    make_application(kiosk_db, tmp_path / "files", creds, sizes=())
    db_path = kiosk_db.execute("PRAGMA database_list").fetchone()[2]
    holder = other_process_holds(db_path)
    for command in ("run-once", "daemon"):
        assert kiosk_sync(["--db", db_path, command]) == 2
        err = capsys.readouterr().err
        assert f"pid {holder.pid}" in err and "technician's kiosk-sync daemon" in err
    assert platform.storage.applications() == []
    holder.kill()
    holder.wait()  # the kernel drops a dead holder's lock: no stale file blocks anyone
    assert kiosk_sync(["--db", db_path, "run-once"]) == 0
    assert len(platform.storage.applications()) == 1


def test_the_kiosk_worker_waits_its_turn(platform, kiosk_db, creds, tmp_path, other_process_holds):
    make_application(kiosk_db, tmp_path / "files", creds, sizes=())
    db_path = kiosk_db.execute("PRAGMA database_list").fetchone()[2]
    holder = other_process_holds(db_path)
    passed = threading.Event()
    worker = SyncWorker(db_path, interval_s=0.2, options=EngineOptions(), on_report=lambda _r: passed.set())
    worker.start()
    try:
        assert not passed.wait(1.0)  # not a pass while the other process holds the database
        holder.kill()
        holder.wait()
        assert passed.wait(30)
        with pytest.raises(SyncLockHeld, match="kiosk sync worker"):
            SyncLock(db_path, "run-once").acquire()
    finally:
        worker.stop()
    assert len(platform.storage.applications()) == 1
