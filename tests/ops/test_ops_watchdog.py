"""sd_notify over a real AF_UNIX datagram socket, as systemd listens for it."""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest

from kiosk.ops.watchdog import Watchdog, notify


def _receiver(address: str | bytes) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(address)
    sock.settimeout(5)
    return sock


def _pending(sock: socket.socket) -> list[str]:
    sock.setblocking(False)
    out = []
    try:
        while True:
            out.append(sock.recv(4096).decode())
    except BlockingIOError:
        pass
    finally:
        sock.settimeout(5)
    return out


@pytest.fixture
def listener(tmp_path: Path):
    path = str(tmp_path / "notify.sock")
    sock = _receiver(path)
    yield path, sock
    sock.close()


def test_ready_status_stopping_reach_the_socket(listener) -> None:
    path, sock = listener
    wd = Watchdog.from_env({"NOTIFY_SOCKET": path})
    assert wd.ready(status="kiosk up")
    assert sock.recv(4096).decode() == "READY=1\nSTATUS=kiosk up"
    assert wd.status("syncing")
    assert sock.recv(4096).decode() == "STATUS=syncing"
    assert wd.stopping()
    assert sock.recv(4096).decode() == "STOPPING=1"


def test_pings_are_rate_limited_to_half_the_watchdog_interval(listener) -> None:
    path, sock = listener
    now = [100.0]
    # WatchdogSec=10s -> systemd passes 10_000_000 us; the kiosk pings every 5 s at most.
    wd = Watchdog.from_env({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "10000000"}, clock=lambda: now[0])
    assert wd.enabled and wd.interval_s == 5.0
    assert wd.ping()
    assert sock.recv(4096) == b"WATCHDOG=1"
    for step in (1.0, 2.0, 4.9):
        now[0] = 100.0 + step
        assert not wd.ping()
    assert _pending(sock) == []
    now[0] = 105.0
    assert wd.ping()
    assert _pending(sock) == ["WATCHDOG=1"]


def test_abstract_namespace_socket() -> None:
    name = f"kiosk-test-{uuid.uuid4().hex}"
    sock = _receiver(b"\0" + name.encode())
    try:
        assert notify("READY=1", {"NOTIFY_SOCKET": "@" + name})
        assert sock.recv(4096) == b"READY=1"
    finally:
        sock.close()


def test_no_op_without_systemd_and_for_someone_elses_watchdog(listener) -> None:
    path, sock = listener
    assert not notify("READY=1", {})
    bare = Watchdog.from_env({})
    assert not bare.under_systemd and not bare.enabled
    assert not bare.ready() and not bare.ping()
    other = Watchdog.from_env({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "1"})
    assert other.under_systemd and not other.enabled
    assert not other.ping()
    mine = Watchdog.from_env(
        {"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "2000000", "WATCHDOG_PID": str(os.getpid())}
    )
    assert mine.ping()
    assert _pending(sock) == ["WATCHDOG=1"]


def test_a_vanished_socket_does_not_raise(tmp_path: Path) -> None:
    wd = Watchdog.from_env({"NOTIFY_SOCKET": str(tmp_path / "gone.sock"), "WATCHDOG_USEC": "1000000"})
    assert not wd.ping()
    assert not wd.ready()
