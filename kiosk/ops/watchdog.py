"""systemd's notify protocol (sd_notify) without libsystemd: datagrams to ``$NOTIFY_SOCKET``.

API::

    notify("READY=1", environ=None) -> bool          # False when not under systemd (no socket)
    wd = Watchdog.from_env(environ=None, clock=time.monotonic)
    wd.ready(status="...")   wd.status("...")   wd.stopping()
    wd.ping(now=None) -> bool                        # sends WATCHDOG=1 at most every half $WATCHDOG_USEC
    wd.enabled, wd.interval_s

The UI calls ``ping()`` from a timer on its own event loop, so a frozen UI stops the pings and systemd
restarts the unit (``WatchdogSec=``). A ``$WATCHDOG_PID`` naming another process means the watchdog is
not ours (a child started with the parent's environment) and pings are not sent.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


def _address(path: str) -> str | bytes:
    # '@' marks Linux's abstract namespace: the kernel wants a leading NUL byte instead.
    if path.startswith("@"):
        return b"\0" + path[1:].encode()
    return path


def send(socket_path: str, message: str) -> None:
    """One datagram to the notify socket; raises OSError if it cannot be delivered."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
        sock.connect(_address(socket_path))
        sock.sendall(message.encode("utf-8"))


def notify(message: str, environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    path = env.get("NOTIFY_SOCKET", "")
    if not path:
        return False
    try:
        send(path, message)
    except OSError as exc:
        # systemd gone or the socket replaced: nothing the kiosk can do but carry on.
        log.warning("sd_notify failed: %s", type(exc).__name__)
        return False
    return True


def _watchdog_interval(env: Mapping[str, str]) -> float | None:
    usec = env.get("WATCHDOG_USEC", "")
    pid = env.get("WATCHDOG_PID", "")
    if not usec:
        return None
    if pid and pid != str(os.getpid()):
        return None
    try:
        value = int(usec)
    except ValueError:
        return None
    return value / 1_000_000 / 2 if value > 0 else None


@dataclass
class Watchdog:
    socket_path: str = ""
    interval_s: float | None = None  # None: systemd set no WatchdogSec for us
    clock: Callable[[], float] = time.monotonic
    _last_ping: float | None = field(default=None, init=False)
    _failing: bool = field(default=False, init=False)
    sent: int = field(default=0, init=False)

    @classmethod
    def from_env(
        cls, environ: Mapping[str, str] | None = None, clock: Callable[[], float] = time.monotonic
    ) -> Watchdog:
        env = os.environ if environ is None else environ
        return cls(env.get("NOTIFY_SOCKET", ""), _watchdog_interval(env), clock)

    @property
    def under_systemd(self) -> bool:
        return bool(self.socket_path)

    @property
    def enabled(self) -> bool:
        return self.under_systemd and self.interval_s is not None

    def _send(self, message: str) -> bool:
        if not self.socket_path:
            return False
        try:
            send(self.socket_path, message)
        except OSError as exc:
            if not self._failing:  # once per outage, not once a second
                log.warning("sd_notify failed: %s", type(exc).__name__)
            self._failing = True
            return False
        self._failing = False
        self.sent += 1
        return True

    def ready(self, status: str = "") -> bool:
        message = "READY=1" + (f"\nSTATUS={status}" if status else "")
        return self._send(message)

    def status(self, text: str) -> bool:
        return self._send(f"STATUS={text}")

    def stopping(self) -> bool:
        return self._send("STOPPING=1")

    def ping(self, now: float | None = None) -> bool:
        """WATCHDOG=1 if due. Cheap when not due, so the UI may call it as often as it likes."""
        if not self.enabled:
            return False
        assert self.interval_s is not None
        t = self.clock() if now is None else now
        if self._last_ping is not None and t - self._last_ping < self.interval_s:
            return False
        self._last_ping = t  # a failed send waits its turn too: no retry storm
        return self._send("WATCHDOG=1")
