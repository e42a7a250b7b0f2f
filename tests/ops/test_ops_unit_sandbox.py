"""The hardened units still run what they start: the kiosk and the platform, each inside the system-call
sandbox its unit file declares (seccomp, installed by `unit_sandbox` as systemd would), do their work;
and the sandbox is real: what the units forbid fails inside it."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import unit_sandbox
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from sync.engine.client import PlatformClient, enrol
from sync.engine.engine import SyncEngine
from sync.engine.state import save_credentials
from sync.outbox import ApplicationDraft, record_application
from sync.platform.app import token_hash
from sync.platform.keys import PlatformIdentity
from sync.platform.storage import open_storage

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
PLATFORM_UNIT = PACKAGING / "platform" / "kiosk-platform.service"
KIOSK_UNITS = [PACKAGING / "systemd" / n for n in ("township-kiosk.service", "township-kiosk-x11.service")]
ROOT = Path(__file__).resolve().parents[2]


def wait_until(condition: Callable[[], object], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), **extra}


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize(
    "code",
    [
        "import os; os.sched_setaffinity(0, {0})",  # @resources is removed
        # not an allowed family (outside the sandbox: "not supported", or a socket; never EPERM)
        "import socket; socket.socket(socket.AF_X25, socket.SOCK_SEQPACKET)",
        "import mmap; mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)",
    ],
)
def test_what_the_platform_unit_forbids_fails_inside_the_sandbox(tmp_path, code):
    """(What it allows is enough to serve kiosks: the next test.)"""
    refused = subprocess.run(
        unit_sandbox.command(PLATFORM_UNIT, tmp_path, [sys.executable, "-c", code]),
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert refused.returncode != 0 and "Operation not permitted" in refused.stderr


def test_the_platform_takes_an_application_inside_its_units_sandbox(tmp_path, store_copy, monkeypatch):
    monkeypatch.setenv("KIOSK_SYNC_DEV_PLAIN_HTTP", "1")  # loopback, for the test
    data = tmp_path / "platform"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # as the unit starts it: two workers (uvicorn's supervisor and its spawned processes)
    serve = [
        sys.executable,
        "-m",
        "sync.platform.cli",
        "--data",
        str(data),
        "serve",
        "--port",
        str(port),
        "--workers",
        "2",
    ]
    proc = subprocess.Popen(
        unit_sandbox.command(PLATFORM_UNIT, tmp_path, serve),
        env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:

        def answering() -> bool:
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
            with socket.socket() as s:
                return s.connect_ex(("127.0.0.1", port)) == 0

        wait_until(answering, "the sandboxed platform to listen")
        url = f"http://127.0.0.1:{port}"
        storage = open_storage(data, None)  # the administrator's token, as `kiosk-platform token` adds it
        token = PlatformIdentity(data).token("sandbox-secret-0123456789")
        storage.add_enrol_token(token_hash(token), "sandboxed")
        storage.close()
        db = store_copy(tmp_path / "kiosk" / "kiosk.db")
        creds = enrol(url, token, "sandboxed")
        save_credentials(db, creds)
        draft = ApplicationDraft(
            application_id=str(uuid.uuid4()),
            acceptance_no="0001-20261206-0001",
            matter_codes=["410000-001"],
            catalog_version="2026.11.1",
            applicant_masked="张*",
            applicant_token="tok-sandboxed",
        )
        key = X25519PublicKey.from_public_bytes(creds.seal_public_key)
        sealed = tmp_path / "kiosk" / "sealed"
        record_application(db, sealed, key, draft, "张三".encode(), [("M01", b"x" * 5000)])
        client = PlatformClient(creds)
        try:
            report = SyncEngine(db, client).run_once(now=True)
        finally:
            client.close()
        # the platform opened the sealed payload and attachment (intake) and signed the receipt
        assert report.acknowledged == 1, report
        storage = open_storage(data, None)
        assert [case.id for case in storage.applications()] == [draft.application_id]
        storage.close()
    finally:
        stop(proc)


def test_the_kiosk_starts_and_keeps_its_watchdog_fed_inside_its_units_sandbox(tmp_path):
    policies = [unit_sandbox.policy(unit) for unit in KIOSK_UNITS]
    assert policies[0] == policies[1]  # both kiosk units: one run covers them
    notify_path = tmp_path / "notify.sock"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(notify_path))
    listener.settimeout(0.2)
    (tmp_path / "kiosk.toml").write_text('data_dir = "data"\n', encoding="utf-8")
    kiosk_run = [sys.executable, "-m", "kiosk.cli", "run", "--no-console"]
    proc = subprocess.Popen(
        unit_sandbox.command(KIOSK_UNITS[0], tmp_path, kiosk_run),
        env=env(
            KIOSK_CONFIG=str(tmp_path / "kiosk.toml"), QT_QPA_PLATFORM="offscreen",
            NOTIFY_SOCKET=str(notify_path), WATCHDOG_USEC="400000",
        ),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    seen: list[str] = []

    def heard(message: str) -> Callable[[], bool]:
        def check() -> bool:
            assert proc.poll() is None, proc.stderr.read().decode()[-3000:] if proc.stderr else ""
            try:
                seen.append(listener.recv(4096).decode().split("\n")[0])
            except TimeoutError:
                pass
            return seen.count(message) >= (2 if message == "WATCHDOG=1" else 1)

        return check

    try:
        wait_until(heard("READY=1"), "READY=1 from the sandboxed kiosk", timeout=120)
        wait_until(heard("WATCHDOG=1"), "two watchdog pings from its event loop")
    finally:
        stop(proc)
        listener.close()
    assert proc.returncode == 0, proc.stderr.read().decode()[-3000:] if proc.stderr else ""
