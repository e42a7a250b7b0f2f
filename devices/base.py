"""The contract every device driver keeps.

A driver owns one device. It is opened and closed by the device manager, reports a
:class:`DeviceStatus` a technician can read, runs a self-test, describes what the model can do
(:attr:`Driver.capabilities`), keeps a bounded ring of raw traffic for diagnostics (already
redacted, see :class:`TrafficLog`) and delivers events through a callback that is invoked on the
driver's own thread; the UI adapter turns those callbacks into Qt signals, so the UI never blocks
on a device.

Error tree (every driver raises only these to its callers)::

    DeviceError
    ├── DeviceOffline        the port is gone, unplugged or never opened
    ├── DeviceTimeout        the device did not answer in time
    ├── ProtocolError        a frame we cannot accept (checksum, length, truncated, garbage)
    └── DeviceRefused        the device answered with a failure status (no card, paper out, ...)
"""

from __future__ import annotations

import abc
import enum
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any


class DeviceError(Exception):
    """Base of every error a driver raises. ``reason`` is said in words a technician understands."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DeviceOffline(DeviceError):
    pass


class DeviceTimeout(DeviceError):
    pass


class ProtocolError(DeviceError):
    pass


class DeviceRefused(DeviceError):
    def __init__(self, reason: str, code: int | None = None) -> None:
        super().__init__(reason)
        self.code = code


class Health(enum.StrEnum):
    OK = "ok"
    DEGRADED = "degraded"
    OFFLINE = "offline"


@dataclass(frozen=True)
class DeviceStatus:
    health: Health
    reason: str = ""
    detail: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"health": str(self.health), "reason": self.reason, "detail": dict(self.detail)}

    @property
    def reported(self) -> str:
        """What the terminal tells the platform: the health, or ``paper_out`` / ``paper_near_end`` for a
        printer (receipt: its status bits; A4: the CUPS queue's codes): staff refill it, not repair it."""
        codes = self.detail.get("codes") or ()
        if self.detail.get("paper_end") or "paper_out" in codes:
            return "paper_out"
        if self.detail.get("paper_near_end"):
            return "paper_near_end"
        return str(self.health)


@dataclass(frozen=True)
class SelfTestResult:
    passed: bool
    summary: str
    steps: tuple[tuple[str, bool, str], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "summary": self.summary,
            "steps": [{"step": s, "passed": p, "detail": d} for s, p, d in self.steps],
        }


class DeviceKind(enum.StrEnum):
    """Every kind of device the kiosk drives; each is the package ``devices.<kind>``."""

    IDCARD = "idcard"
    SCANNER = "scanner"
    PRINTER = "printer"
    A4PRINTER = "a4printer"
    DOCUMENT_CAMERA = "document_camera"
    FACE_CAMERA = "face_camera"


class EventKind(enum.StrEnum):
    """Everything a device reports on its own (the ``kind`` of a :class:`DeviceEvent`)."""

    STATUS_CHANGED = "status_changed"
    CARD_INSERTED = "card_inserted"
    CARD_UNREADABLE = "card_unreadable"
    CARD_REMOVED = "card_removed"
    CODE_SCANNED = "code_scanned"
    SCAN_ERROR = "scan_error"
    PRINTED = "printed"
    PAPER_OUT = "paper_out"
    PAPER_NEAR_END = "paper_near_end"
    COVER_OPEN = "cover_open"


@dataclass(frozen=True)
class DeviceEvent:
    """Something the device did on its own, such as :attr:`EventKind.CARD_INSERTED`; ``device`` is the
    driver's name (its :class:`DeviceKind` unless configured otherwise)."""

    device: str
    kind: EventKind
    data: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.time)


EventSink = Callable[[DeviceEvent], None]


@dataclass(frozen=True)
class TrafficRecord:
    at: float
    direction: str  # "tx" (host to device) or "rx"
    summary: str  # already redacted: never raw personal data


class TrafficLog:
    """A bounded ring of raw-traffic summaries. Callers pass text that is already redacted."""

    def __init__(self, capacity: int = 256) -> None:
        self._ring: deque[TrafficRecord] = deque(maxlen=capacity)
        self._lock = threading.Lock()

    def add(self, direction: str, summary: str) -> None:
        with self._lock:
            self._ring.append(TrafficRecord(time.time(), direction, summary))

    def snapshot(self) -> list[TrafficRecord]:
        with self._lock:
            return list(self._ring)

    def __iter__(self) -> Iterator[TrafficRecord]:
        return iter(self.snapshot())

    def clear(self) -> None:
        with self._lock:
            self._ring.clear()


class Backoff:
    """Exponential backoff with full jitter, capped so a returning device is found quickly."""

    def __init__(self, first: float = 0.2, cap: float = 2.0, rng: random.Random | None = None) -> None:
        self.first = first
        self.cap = cap
        self._attempt = 0
        self._rng = rng or random.Random()  # noqa: S311 - jitter, not security

    def next_delay(self) -> float:
        ceiling = min(self.cap, self.first * (2**self._attempt))
        self._attempt += 1
        return self._rng.uniform(0, ceiling)

    def reset(self) -> None:
        self._attempt = 0


class Driver(abc.ABC):
    """One device. Subclasses implement the protocol; this class holds the shared plumbing."""

    kind: str = "device"

    def __init__(self, name: str | None = None, on_event: EventSink | None = None) -> None:
        self.name = name or self.kind
        self.traffic = TrafficLog()
        self._on_event = on_event
        self._status = DeviceStatus(Health.OFFLINE, "not opened yet")
        self._status_lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------
    @abc.abstractmethod
    def open(self) -> None:
        """Connect to the device. Raises DeviceOffline when it cannot be reached."""

    @abc.abstractmethod
    def close(self) -> None:
        """Release the port. Safe to call twice."""

    @abc.abstractmethod
    def self_test(self) -> SelfTestResult:
        """Exercise the device without a resident's data and say what works."""

    @property
    @abc.abstractmethod
    def capabilities(self) -> dict[str, Any]:
        """What this model can do (a profile, in the spirit of python-escpos capabilities)."""

    # -- status and events -----------------------------------------------------------------
    def status(self) -> DeviceStatus:
        with self._status_lock:
            return self._status

    def _set_status(self, health: Health, reason: str = "", **detail: Any) -> None:
        with self._status_lock:
            changed = self._status.health != health or self._status.reason != reason
            self._status = DeviceStatus(health, reason, detail)
        if changed:
            self._emit(EventKind.STATUS_CHANGED, health=str(health), reason=reason)

    def set_event_sink(self, sink: EventSink | None) -> None:
        self._on_event = sink

    def _emit(self, kind: EventKind, **data: Any) -> None:
        sink = self._on_event
        if sink is not None:
            sink(DeviceEvent(self.name, kind, data))
