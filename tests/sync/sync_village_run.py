"""A village link from end to end, for the fault test and bench/bench_village_link.py.

The platform (`kiosk-platform serve`) and the kiosk's sync (`kiosk-sync daemon`) run as processes of
their own, so they can be killed with SIGKILL; between them a loopback FaultProxy plays the link:
a capacity in bytes per second, a delay on every segment and, when asked, cuts and stalls. The kiosk
is configured through its kiosk.toml, as a technician would. `run` queues the applications, lets the
daemon drain them (killing the platform and the daemon once each part-way through, if asked) and
returns what happened; `check_delivery` proves every application arrived once with identical bytes.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sync_faultproxy import FaultProxy

from kiosk.store.connection import open_store
from sync.engine.client import enrol
from sync.engine.state import save_credentials
from sync.outbox import ApplicationDraft, record_application

ROOT = Path(__file__).resolve().parents[2]
DONE = ("acknowledged", "status-synced")


@dataclass
class Faults:
    cut_probability: float = 0.0  # per forwarded segment
    stall_probability: float = 0.0
    stall_s: float = 0.0
    # one sure cut and one sure stall once this many request bytes went through (None: only random ones)
    sure_cut_after: int | None = None
    sure_stall_after: int | None = None
    kill_platform_at: float | None = None  # fraction of the bytes sent when the platform is killed
    kill_sync_at: float | None = None


@dataclass
class Outcome:
    drain_s: float
    applications: int
    attachments: int
    bytes: int
    cuts: int = 0
    stalls: int = 0
    kills: list[str] = field(default_factory=list)
    heartbeat_gaps_s: list[float] = field(default_factory=list)
    needs_attention: int = 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


class Platform:
    def __init__(self, data: Path) -> None:
        self.data = data
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        cmd = [
            sys.executable,
            "-m",
            "sync.platform.cli",
            "--data",
            str(self.data),
            "serve",
            "--port",
            str(self.port),
        ]
        self.proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    raise RuntimeError("the platform did not start") from None
                time.sleep(0.05)
        raise RuntimeError("the platform did not open its port")

    def token(self) -> str:
        from sync.platform.app import token_hash
        from sync.platform.keys import PlatformIdentity
        from sync.platform.storage import SqliteStorage

        token = PlatformIdentity(self.data).token(uuid.uuid4().hex)  # names the platform key, as `token` does
        storage = SqliteStorage(self.data)
        try:
            storage.add_enrol_token(token_hash(token), "village station")
        finally:
            storage.close()
        return token

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()


class SyncDaemon:
    def __init__(self, config: Path) -> None:
        self.config = config
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        cmd = [sys.executable, "-m", "sync.cli", "--config", str(self.config), "daemon"]
        self.proc = subprocess.Popen(cmd, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()


def queue(db, files: Path, seal_key: bytes, sizes: list[list[int]], seed: int) -> list[str]:
    rng = random.Random(seed)
    key = X25519PublicKey.from_public_bytes(seal_key)
    ids = []
    for attachment_sizes in sizes:
        app_id = str(uuid.uuid4())
        draft = ApplicationDraft(
            app_id, "V-" + app_id[:8], ["410000-001"], "2026.11.1", "张*", "t-" + app_id[:6]
        )
        attachments = [(f"M{i:02d}", rng.randbytes(n)) for i, n in enumerate(attachment_sizes)]
        record_application(db, files, key, draft, "张三 410101199001011234".encode(), attachments)
        ids.append(app_id)
    return ids


def _pending_and_sent(db_path: Path) -> tuple[int, int, int]:
    """(pending, needs-attention, bytes sent) read through a connection of the test's own."""
    conn = sqlite3.connect(db_path, timeout=10)
    try:
        states = dict(conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
        (sent,) = conn.execute("SELECT coalesce(sum(bytes_sent), 0) FROM outbox").fetchone()
    finally:
        conn.close()
    pending = sum(n for s, n in states.items() if s not in (*DONE, "needs-attention", "sent"))
    return pending, states.get("needs-attention", 0), int(sent)


def run(
    work: Path,
    sizes: list[list[int]],
    *,
    link_bytes_per_s: float,
    segment_delay_s: float,
    faults: Faults,
    sync_toml: str,
    seed: int = 17,
    timeout_s: float = 600,
) -> tuple[Outcome, Path, Platform, list[str]]:
    """Drain `sizes` (attachment sizes per application) over the link; the platform is left running."""
    platform = Platform(work / "platform")
    platform.start()
    proxy = FaultProxy(platform.port, seed=seed)
    proxy.delay_s = segment_delay_s
    proxy.rate_bytes_per_s = link_bytes_per_s
    toml = work / "kiosk.toml"
    toml.write_text(
        f'data_dir = "kiosk"\n\n[sync]\nplatform_url = "{proxy.url}"\n{sync_toml}\n', encoding="utf-8"
    )
    db_path = work / "kiosk" / "kiosk.db"
    db = open_store(db_path)
    db.execute("PRAGMA synchronous=NORMAL")  # queueing is set-up here, not the experiment
    creds = enrol(proxy.url, platform.token(), "village station")
    save_credentials(db, creds)
    ids = queue(db, work / "kiosk" / "files", creds.seal_public_key, sizes, seed)
    total = int(db.execute("SELECT coalesce(sum(size), 0) FROM materials").fetchone()[0])
    db.conn.close()

    proxy.random_cut_probability = faults.cut_probability
    proxy.random_stall_probability = faults.stall_probability
    proxy.stall_s = faults.stall_s
    proxy.cut_upstream_after = faults.sure_cut_after
    proxy.stall_upstream_after = faults.sure_stall_after
    daemon = SyncDaemon(toml)
    kills: list[str] = []
    started = time.monotonic()
    daemon.start()
    try:
        while True:
            pending, _attention, sent = _pending_and_sent(db_path)
            if pending == 0:
                break
            if time.monotonic() - started > timeout_s:
                raise AssertionError(f"not drained after {timeout_s:g} s: {pending} pending")
            done = sent / max(1, total)
            if (
                faults.kill_platform_at is not None
                and "platform" not in kills
                and done >= faults.kill_platform_at
            ):
                platform.kill()
                kills.append("platform")
                platform.start()  # the same port and data: the proxy finds it again
            if faults.kill_sync_at is not None and "kiosk-sync" not in kills and done >= faults.kill_sync_at:
                daemon.kill()
                kills.append("kiosk-sync")
                daemon.start()
            time.sleep(0.1)  # polling the kiosk's database, not waiting for an outcome
        drained = time.monotonic()
    finally:
        daemon.kill()
        proxy.close()
    beats = [t for line, t in proxy.answered if line.startswith(b"PUT /v1/heartbeats")]
    marks = [started, *[b for b in beats if b <= drained], drained]
    outcome = Outcome(
        drain_s=drained - started,
        applications=len(ids),
        attachments=sum(len(s) for s in sizes),
        bytes=total,
        cuts=proxy.cuts,
        stalls=proxy.stalls,
        kills=kills,
        heartbeat_gaps_s=[b - a for a, b in itertools.pairwise(marks)],
        needs_attention=_pending_and_sent(db_path)[1],
    )
    return outcome, db_path, platform, ids


def check_delivery(db_path: Path, platform: Platform, ids: list[str]) -> None:
    """Every application at the platform exactly once, every attachment byte-identical."""
    from sync.platform.storage import SqliteStorage

    storage = SqliteStorage(platform.data)
    db = sqlite3.connect(db_path)
    try:
        stored = storage.applications()
        assert sorted(a.id for a in stored) == sorted(ids), "lost or unexpected applications"
        assert len(stored) == len(ids), "an application stored twice"
        for app_id in ids:
            uploads = dict(storage.attachment_uploads(app_id))
            local = db.execute(
                "SELECT id, material_code, path, sha256, size FROM materials WHERE application_id = ?",
                [app_id],
            ).fetchall()
            assert len(uploads) == len(local)
            for material_id, code, path, sha, size in local:
                if path is not None:
                    assert hashlib.sha256(Path(path).read_bytes()).hexdigest() == sha
                assert storage.blob_sha256(uploads[f"m{material_id}-{code}"]) == (size, sha)
    finally:
        db.close()
        storage.close()
