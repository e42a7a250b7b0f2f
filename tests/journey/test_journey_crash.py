"""kill -9 at random points in a loop of submits: every application whose "submitted" was shown is queued
intact, nothing half-written survives the restart, and SQLite's integrity check passes."""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.journey_adapters.store import recover
from kiosk.store import audit
from kiosk.store.connection import open_store
from sync import sealing

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
KILLS = 15


class Zygote:
    """crash_child.py with the kiosk imported and the catalog loaded; forks one submit loop per start()."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(HERE)])}
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "crash_child.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout
        assert self.stdout.readline().strip() == "loaded"

    def start(self, out: Path, args: list[str]) -> int:
        os.mkfifo(out)
        self.stdin.write(" ".join([str(out), *args]) + "\n")
        self.stdin.flush()
        word, pid = self.stdout.readline().split()
        assert word == "forked"
        return int(pid)

    def close(self) -> None:
        self.stdin.close()  # its loop ends at end of input
        try:
            self.proc.wait(timeout=30)
        finally:
            self.proc.kill()  # no-op once it has ended


@pytest.fixture
def zygote() -> Iterator[Zygote]:
    started = Zygote()
    try:
        yield started
    finally:
        started.close()


class Child:
    def __init__(self, zygote: Zygote, out: Path, args: list[str]) -> None:
        self.out = out
        self.pid = zygote.start(out, args)
        self.lines: list[str] = []
        self.ready = threading.Event()
        self.submitting = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        with self.out.open(encoding="utf-8") as stream:  # the end comes when the child is gone
            for line in stream:
                self.lines.append(line.strip())
                if line.startswith("ready"):
                    self.ready.set()
                elif line.startswith("submitting"):
                    self.submitting.set()

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):  # it may have finished its submits already
            os.kill(self.pid, signal.SIGKILL)  # this process only
        self._reader.join(timeout=10)
        end = time.monotonic() + 10
        while _alive(self.pid):  # gone, not only its output closed, before the next one opens the store
            assert time.monotonic() < end, f"child {self.pid} outlived SIGKILL"
            time.sleep(0.005)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.slow
def test_kill_9_during_submits(tmp_path, zygote):
    private = X25519PrivateKey.generate()
    key_hex = sealing.public_key_raw(private.public_key()).hex()
    db_path, files = tmp_path / "kiosk.db", tmp_path / "sealed"
    rng = random.Random(20261126)
    shown: dict[str, str] = {}
    recovered_orphans = 0
    in_submit = 0
    for k in range(KILLS):
        child = Child(zygote, tmp_path / f"out-{k}", [str(db_path), str(files), key_hex, "10"])
        assert child.ready.wait(60), f"child {k} never got ready: {child.lines}"
        if k % 2:
            # aim at the submit itself: seal, write, fsync, commit
            assert child.submitting.wait(60)
            time.sleep(rng.uniform(0.0, 0.04))
        else:
            time.sleep(rng.uniform(0.0, 0.8))
        child.kill()
        in_submit += bool(child.lines) and child.lines[-1] == "submitting"
        for line in child.lines:
            if line.startswith("submitted "):
                _, number, app_id = line.split()
                shown[app_id] = number
            elif line.startswith("recovered "):
                recovered_orphans += int(line.split()[1])
    assert shown, "no submit finished between kills: the test did not exercise anything"

    db = open_store(db_path)
    report = recover(db, files)  # what the next start-up does
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert audit.verify(db).ok
    rows = {r[0]: r[1] for r in db.execute("SELECT id, acceptance_no FROM applications").fetchall()}
    for app_id, number in shown.items():
        assert rows.get(app_id) == number, f"{number} was shown as submitted but is not queued"
    numbers = list(rows.values())
    assert len(numbers) == len(set(numbers))  # the daily sequence never repeats
    for app_id in rows:
        assert db.execute(
            "SELECT state FROM outbox WHERE kind = 'application' AND ref = ?", [app_id]
        ).fetchone()
        payload = db.execute("SELECT sealed_payload FROM applications WHERE id = ?", [app_id]).fetchone()[0]
        sealing.open_sealed(bytes(payload), private)
        files_of = db.execute(
            "SELECT path, sha256, size FROM materials WHERE application_id = ? AND path IS NOT NULL", [app_id]
        ).fetchall()
        assert len(files_of) >= 3
        for path, sha, size in files_of:
            data = Path(path).read_bytes()
            assert len(data) == size and hashlib.sha256(data).hexdigest() == sha
            sealing.open_sealed(data, private)
    # nothing half-written is left: every file on disk belongs to a queued application
    known = {
        Path(p).name for (p,) in db.execute("SELECT path FROM materials WHERE path IS NOT NULL").fetchall()
    }
    on_disk = {p.name for p in files.iterdir()}
    assert on_disk == known
    # the abandoned journeys (every other one) never reached the store
    assert db.execute("SELECT count(*) FROM applications WHERE state != 'submitted'").fetchone()[0] == 0
    assert report.draft_rows == 0
    db.conn.close()
    shutil.rmtree(files)  # a few hundred MB of random pages: do not keep them in pytest's tmp
    removed = recovered_orphans + report.orphan_files
    print(f"{len(shown)} shown, {len(rows)} queued, {in_submit} kills in a submit, {removed} orphans removed")
    assert len(rows) - len(shown) <= KILLS  # at most one committed-but-not-shown per kill
