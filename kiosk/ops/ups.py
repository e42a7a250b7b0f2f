"""The UPS through Network UPS Tools: a client of upsd's line protocol, a monitor, and the power policy.

API::

    with NutClient("127.0.0.1", 3493) as nut:      # LIST VAR / GET VAR / LOGOUT over TCP
        nut.get_var("kiosk", "ups.status"); nut.list_var("kiosk") -> dict[str, str]
    monitor = UpsMonitor("kiosk", host, port, low_runtime_s=300)
    monitor.poll() -> UpsReading                   # .state: ONLINE / ON_BATTERY / LOW_BATTERY / UNKNOWN
    monitor.start(interval_s=5, on_change=fn); monitor.stop()     # optional poller thread
    policy = PowerPolicy(finish_grace_s=180, shutdown_runtime_s=120)
    policy.update(reading, session_state, now) -> list[Action]    # the UI carries the actions out
    policy.accepting_sessions

Protocol (docs/net-protocol.txt in NUT): one command per line; ``VAR <ups> <name> "<value>"`` answers,
``BEGIN LIST VAR`` ... ``END LIST VAR`` blocks, ``ERR <code>`` failures; values are quoted with ``\\``
escapes. ``ups.status`` is a space-separated flag list: OL on line, OB on battery, LB low battery.

Policy: on battery no new session starts; the resident at the screen may finish within
``finish_grace_s`` (then the draft is wiped); the store and the sync outbox are flushed; when the UPS
says LB, or the runtime left drops below ``shutdown_runtime_s``, the kiosk wipes any session and asks
for a clean shutdown. Mains back before that: sessions resume. A lost upsd connection (UNKNOWN)
changes nothing by itself: a broken monitoring link must not close the service centre.
"""

from __future__ import annotations

import enum
import logging
import os
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_PORT = 3493


class NutError(RuntimeError):
    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(f"upsd answered ERR {code}")


def _unquote(text: str) -> str:
    if not (len(text) >= 2 and text[0] == '"' and text[-1] == '"'):
        raise NutError("PROTOCOL-MALFORMED")
    out, escaped = [], False
    for ch in text[1:-1]:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        else:
            out.append(ch)
    return "".join(out)


class NutClient:
    def __init__(self, host: str = "127.0.0.1", port: int = DEFAULT_PORT, timeout: float = 5.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self._sock: socket.socket | None = None
        self._buf = b""

    def connect(self) -> NutClient:
        self._sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        return self

    def __enter__(self) -> NutClient:
        return self.connect()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._sock is None:
            return
        try:
            self._command("LOGOUT")  # upsd answers "OK Goodbye" and closes its side
        except (OSError, NutError):
            pass
        finally:
            self._sock.close()
            self._sock = None
            self._buf = b""

    def _line(self) -> str:
        assert self._sock is not None
        while b"\n" not in self._buf:
            chunk = self._sock.recv(4096)
            if not chunk:
                raise ConnectionError("upsd closed the connection")
            self._buf += chunk
        line, self._buf = self._buf.split(b"\n", 1)
        return line.decode("utf-8", "replace").rstrip("\r")

    def _command(self, command: str) -> str:
        if self._sock is None:
            raise ConnectionError("not connected")
        self._sock.sendall(command.encode() + b"\n")
        line = self._line()
        if line.startswith("ERR "):
            raise NutError(line[4:].split(" ")[0])
        return line

    def get_var(self, ups: str, name: str) -> str:
        line = self._command(f"GET VAR {ups} {name}")
        prefix = f"VAR {ups} {name} "
        if not line.startswith(prefix):
            raise NutError("PROTOCOL-UNEXPECTED")
        return _unquote(line[len(prefix):])

    def list_var(self, ups: str) -> dict[str, str]:
        line = self._command(f"LIST VAR {ups}")
        if line != f"BEGIN LIST VAR {ups}":
            raise NutError("PROTOCOL-UNEXPECTED")
        values: dict[str, str] = {}
        while (line := self._line()) != f"END LIST VAR {ups}":
            if line.startswith("ERR "):
                raise NutError(line[4:])
            head, _, quoted = line.partition(' "')
            parts = head.split(" ")
            if len(parts) != 3 or parts[0] != "VAR":
                raise NutError("PROTOCOL-UNEXPECTED")
            values[parts[2]] = _unquote('"' + quoted)
        return values


class UpsState(enum.Enum):
    ONLINE = "online"
    ON_BATTERY = "on_battery"
    LOW_BATTERY = "low_battery"
    UNKNOWN = "unknown"  # upsd unreachable or the UPS unknown to it


@dataclass(frozen=True)
class UpsReading:
    state: UpsState
    flags: frozenset[str] = frozenset()
    charge: float | None = None
    runtime_s: float | None = None
    reason: str = ""


def _number(values: dict[str, str], key: str) -> float | None:
    try:
        return float(values[key])
    except (KeyError, ValueError):
        return None


def classify(values: dict[str, str], low_runtime_s: float) -> UpsReading:
    flags = frozenset(values.get("ups.status", "").split())
    charge = _number(values, "battery.charge")
    runtime = _number(values, "battery.runtime")
    if "OB" in flags:
        low = "LB" in flags or (runtime is not None and runtime < low_runtime_s)
        state = UpsState.LOW_BATTERY if low else UpsState.ON_BATTERY
    elif "OL" in flags:
        state = UpsState.ONLINE
    else:
        return UpsReading(UpsState.UNKNOWN, flags, charge, runtime, "no OL/OB flag in ups.status")
    return UpsReading(state, flags, charge, runtime)


class UpsMonitor:
    def __init__(
        self,
        ups: str,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        low_runtime_s: float = 300.0,
        timeout: float = 3.0,
    ) -> None:
        self.ups, self.host, self.port = ups, host, port
        self.low_runtime_s, self.timeout = low_runtime_s, timeout
        self.last = UpsReading(UpsState.UNKNOWN, reason="not polled yet")
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def poll(self) -> UpsReading:
        try:
            with NutClient(self.host, self.port, self.timeout) as nut:
                values = {}
                for name in ("ups.status", "battery.charge", "battery.runtime"):
                    try:
                        values[name] = nut.get_var(self.ups, name)
                    except NutError as exc:
                        if exc.code != "VAR-NOT-SUPPORTED" or name == "ups.status":
                            raise
            reading = classify(values, self.low_runtime_s)
        except (OSError, NutError) as exc:
            reading = UpsReading(UpsState.UNKNOWN, reason=f"upsd: {exc}")
        if reading.state is not self.last.state:
            log.warning("UPS %s: %s -> %s %s", self.ups, self.last.state.value, reading.state.value,
                        reading.reason)  # fmt: skip
        self.last = reading
        return reading

    def start(self, interval_s: float = 5.0, on_change: Callable[[UpsReading], Any] | None = None) -> None:
        """Poll on a thread; ``on_change`` runs on that thread (the UI marshals it to its own)."""
        if self._thread is not None:
            return
        self._stop.clear()

        def loop() -> None:
            previous: UpsState | None = None
            while not self._stop.is_set():
                reading = self.poll()
                if on_change is not None and reading.state is not previous:
                    try:
                        on_change(reading)
                    except Exception as exc:
                        log.error("UPS change handler failed: %s", type(exc).__name__)
                previous = reading.state
                self._stop.wait(interval_s)

        self._thread = threading.Thread(target=loop, name="ups-monitor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None


class Action(enum.Enum):
    STOP_NEW_SESSIONS = "stop_new_sessions"  # show "power cut: service paused" on the attract screen
    RESUME_SESSIONS = "resume_sessions"
    WIPE_SESSION = "wipe_session"  # end the resident's session (draft discarded), as on idle expiry
    FLUSH = "flush"  # WAL checkpoint, wake the sync worker, sync the file system
    SHUTDOWN = "shutdown"  # clean exit, then ask the system to power off


@dataclass
class PowerPolicy:
    finish_grace_s: float = 180.0
    shutdown_runtime_s: float = 120.0
    accepting_sessions: bool = field(default=True, init=False)
    on_battery_since: float | None = field(default=None, init=False)
    shutdown_requested: bool = field(default=False, init=False)

    def update(self, reading: UpsReading, session_state: Any, now: float | None = None) -> list[Action]:
        t = time.monotonic() if now is None else now
        in_session = str(getattr(session_state, "value", session_state)) != "attract"
        actions: list[Action] = []
        if self.shutdown_requested:
            return actions
        state = reading.state
        if state is UpsState.UNKNOWN:
            return actions
        if state is UpsState.ONLINE:
            if not self.accepting_sessions:
                actions.append(Action.RESUME_SESSIONS)
            self.accepting_sessions = True
            self.on_battery_since = None
            return actions
        if self.accepting_sessions:
            self.accepting_sessions = False
            self.on_battery_since = t
            actions += [Action.STOP_NEW_SESSIONS, Action.FLUSH]
        since = self.on_battery_since if self.on_battery_since is not None else t
        critical = state is UpsState.LOW_BATTERY or (
            reading.runtime_s is not None and reading.runtime_s < self.shutdown_runtime_s
        )
        if in_session and (critical or t - since >= self.finish_grace_s):
            actions.append(Action.WIPE_SESSION)
        if critical:
            if Action.FLUSH not in actions:
                actions.append(Action.FLUSH)
            actions.append(Action.SHUTDOWN)
            self.shutdown_requested = True
        return actions


def flush(db: Any) -> None:
    """Action.FLUSH's store part: WAL into the main file, then everything the kernel holds to disk.

    (The UI also wakes the sync worker so queued items may still leave before the power goes.)"""
    if db is not None:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.sync()


def request_poweroff(run: Callable[..., Any] = subprocess.run) -> bool:
    """Action.SHUTDOWN's last step, after the app's clean exit path ran: logind powers off for the
    active seat session the unit runs in (PAMName=login), no root needed."""
    try:
        result = run(["systemctl", "poweroff"], check=False, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        log.error("poweroff request failed: %s", type(exc).__name__)
        return False
    return getattr(result, "returncode", 1) == 0
