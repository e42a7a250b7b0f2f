"""Crash recovery: a real process killed mid-session leaves its marker; the next start counts and wipes."""

from __future__ import annotations

import dataclasses
import json
import signal
import subprocess
import sys
from pathlib import Path

from kiosk.config import default_config
from kiosk.ops.crash import clean_exit, crash_count, marker_path, start_run
from kiosk.store import audit, open_store

CHILD = r"""
import dataclasses, os, signal, sys, time
from pathlib import Path
from kiosk.config import default_config
from kiosk.core.session import Session
from kiosk.ops.crash import start_run
from kiosk.store import open_store

data, cfg_home = Path(sys.argv[1]), Path(sys.argv[2])
config = dataclasses.replace(default_config(), data_dir=data)
db = open_store(config.store_path)
start_run(config, db, keyboard_config_home=cfg_home)
db.execute("INSERT INTO outbox (kind, ref, state, created_at, updated_at) "
           "VALUES ('application', 'app-1', 'queued', ?, ?)", (time.time(), time.time()))
session = Session(config, keyboard_config_home=cfg_home)
session.touch()
(session.temp_dir / "id-photo.jpg").write_bytes(b"resident's photo")
learn = cfg_home / "qtvirtualkeyboard" / "pinyin"
learn.mkdir(parents=True)
(learn / "user.dict").write_text("typed words")
print(session.temp_dir, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _config(tmp_path: Path):
    return dataclasses.replace(default_config({"HOME": str(tmp_path)}), data_dir=tmp_path / "data")


def test_killed_mid_session_is_counted_audited_and_wiped_with_the_queue_intact(tmp_path: Path) -> None:
    config = _config(tmp_path)
    cfg_home = tmp_path / "cfg"
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(config.data_dir), str(cfg_home)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    session_dir = Path(child.stdout.strip())
    assert session_dir.is_dir() and marker_path(config).exists()

    db = open_store(config.store_path)
    try:
        report = start_run(config, db, keyboard_config_home=cfg_home, now=5000.0)
        assert report.crashed and report.crash_count == 1
        assert report.previous["pid"] != 0 and report.stale_dirs_removed == 1
        assert report.pending_items == 1
        assert report.heartbeat_fields() == {"crash_count": 1, "last_crash_at": 5000.0}
        assert not session_dir.exists()
        assert list((cfg_home / "qtvirtualkeyboard" / "pinyin").iterdir()) == []
        rows = db.execute("SELECT ref, state FROM outbox").fetchall()
        assert rows == [("app-1", "queued")]
        verdict = audit.verify(db)
        assert verdict.ok
        newest = audit.entries(db, 1)[0]
        assert newest.action == "kiosk.crash_detected" and newest.detail["crash_count"] == 1
        marker = json.loads(marker_path(config).read_text())
        assert marker["started_at"] == 5000.0  # this run's own marker now

        assert clean_exit(config)
        again = start_run(config, db, keyboard_config_home=cfg_home, now=6000.0)
        assert not again.crashed and again.crash_count == 1 == crash_count(db)
        assert again.last_crash_at == 5000.0
    finally:
        db.conn.close()


def test_a_torn_marker_still_counts_as_a_crash(tmp_path: Path) -> None:
    config = _config(tmp_path)
    marker_path(config).parent.mkdir(parents=True)
    marker_path(config).write_bytes(b"")  # power cut while it was being written
    db = open_store(config.store_path)
    try:
        report = start_run(config, db, keyboard_config_home=tmp_path / "cfg")
        assert report.crashed and report.previous == {} and crash_count(db) == 1
        report = start_run(config, db, keyboard_config_home=tmp_path / "cfg")
        assert report.crashed and crash_count(db) == 2  # no clean_exit in between
    finally:
        db.conn.close()
