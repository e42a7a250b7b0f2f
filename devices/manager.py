"""DeviceManager: builds the configured drivers, opens them, and tells everyone how they are.

Config is a mapping ``{kind: settings}``; each kind's package ``devices.<kind>`` provides
``create_driver(settings, on_event) -> Driver``. A kind whose package is missing or broken does
not stop the kiosk: it appears as an OFFLINE placeholder saying why.

Events from every driver go through one queue to a dispatcher thread, which calls each
subscriber; subscribers therefore never run on the UI thread and a slow one cannot stall a driver.
"""

from __future__ import annotations

import importlib
import logging
import queue
import re
import threading
from collections.abc import Callable, Mapping
from typing import Any

from devices.base import (
    DeviceError,
    DeviceEvent,
    DeviceKind,
    DeviceOffline,
    DeviceStatus,
    Driver,
    EventSink,
    Health,
    SelfTestResult,
)

KINDS = tuple(DeviceKind)

log = logging.getLogger(__name__)

# Belt and braces: drivers redact their own traffic; this catches an ID-number-like run if one slips.
# Citizen and permit numbers (15/18 digits) and the 15-character foreigner number (USA + 12 digits).
_ID_LIKE = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{6}(?:\d{8}|\d{6})\d{3}[\dXx]?|[A-Za-z]{3}\d{12})(?![0-9A-Za-z])"
)


def redact(text: str) -> str:
    return _ID_LIKE.sub("[id redacted]", text)


def _redact_value(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {str(k): _redact_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redact_value(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return f"<{type(value).__name__}>"  # unknown objects might carry personal data: name the type only


class UnavailableDriver(Driver):
    """Stands in for a kind that cannot be built, so status screens still list it."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(kind)
        self.kind = kind
        self._set_status(Health.OFFLINE, reason)

    def open(self) -> None:
        raise DeviceOffline(self.status().reason)

    def close(self) -> None:
        pass

    def self_test(self) -> SelfTestResult:
        return SelfTestResult(False, self.status().reason)

    @property
    def capabilities(self) -> dict[str, Any]:
        return {}


Importer = Callable[[str], Any]


class DeviceManager:
    def __init__(
        self,
        config: Mapping[str, Mapping[str, Any]],
        *,
        traffic_tail: int = 20,
        importer: Importer = importlib.import_module,
    ) -> None:
        self.traffic_tail = traffic_tail
        self._subscribers: list[EventSink] = []
        self._sub_lock = threading.Lock()
        self._queue: queue.Queue[DeviceEvent | None] = queue.Queue()
        self._dispatcher: threading.Thread | None = None
        self.drivers: dict[str, Driver] = {
            kind: self._build(kind, settings, importer) for kind, settings in config.items()
        }

    def _build(self, kind: str, settings: Mapping[str, Any], importer: Importer) -> Driver:
        package = f"devices.{kind}"
        try:
            module = importer(package)
        except ModuleNotFoundError as exc:
            if exc.name == package:
                return UnavailableDriver(kind, "driver not installed")
            return UnavailableDriver(kind, f"driver cannot load: missing {exc.name}")
        except Exception as exc:
            return UnavailableDriver(kind, f"driver cannot load: {type(exc).__name__}: {exc}")
        factory = getattr(module, "create_driver", None)
        if not callable(factory):
            return UnavailableDriver(kind, "driver not installed (no create_driver)")
        try:
            driver = factory(settings, self._enqueue)
        except Exception as exc:
            return UnavailableDriver(kind, f"configuration problem: {exc}")
        if not isinstance(driver, Driver):
            return UnavailableDriver(kind, "create_driver did not return a Driver")
        return driver

    # -- lifecycle ------------------------------------------------------------------------
    def open_all(self) -> dict[str, DeviceStatus]:
        """Open every driver; one that fails stays in the list with its reason and keeps retrying."""
        self._start_dispatcher()
        for kind, driver in self.drivers.items():
            try:
                driver.open()
            except DeviceError:
                pass  # the driver's status carries the reason
            except Exception as exc:
                log.warning("%s: open failed with %s", kind, type(exc).__name__)
                self.drivers[kind] = UnavailableDriver(kind, f"open failed: {type(exc).__name__}: {exc}")
        return self.statuses()

    def close_all(self) -> None:
        for kind, driver in self.drivers.items():
            try:
                driver.close()
            except Exception as exc:
                log.warning("%s: close failed with %s", kind, type(exc).__name__)
            host = getattr(driver, "emulator_host", None)
            close = getattr(host, "close", None)
            if callable(close):
                close()  # emulated kinds own a pty; hosts tolerate a second close
        self._stop_dispatcher()

    def __enter__(self) -> DeviceManager:
        self.open_all()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close_all()

    # -- queries --------------------------------------------------------------------------
    def driver(self, kind: str) -> Driver:
        return self.drivers[kind]

    def statuses(self) -> dict[str, DeviceStatus]:
        return {kind: driver.status() for kind, driver in self.drivers.items()}

    def self_test(self, kind: str | None = None) -> dict[str, SelfTestResult]:
        kinds = list(self.drivers) if kind is None else [kind]
        results: dict[str, SelfTestResult] = {}
        for name in kinds:
            driver = self.drivers[name]
            try:
                results[name] = driver.self_test()
            except DeviceError as exc:
                results[name] = SelfTestResult(False, exc.reason)
            except Exception as exc:
                results[name] = SelfTestResult(False, f"self-test crashed: {type(exc).__name__}")
        return results

    def capabilities(self, kind: str) -> dict[str, Any]:
        try:
            return dict(self.drivers[kind].capabilities)
        except Exception as exc:
            return {"error": f"{type(exc).__name__}"}

    def diagnostics(self) -> dict[str, Any]:
        """Statuses, capabilities and the last traffic, redacted: safe for support screens and logs."""
        devices: dict[str, Any] = {}
        for kind, driver in self.drivers.items():
            tail = driver.traffic.snapshot()[-self.traffic_tail :] if self.traffic_tail else []
            devices[kind] = {
                "status": driver.status().as_dict(),
                "capabilities": self.capabilities(kind),
                "traffic": [{"at": r.at, "direction": r.direction, "summary": r.summary} for r in tail],
            }
        redacted = _redact_value(devices)
        assert isinstance(redacted, dict)
        return {"devices": redacted}

    # -- events ---------------------------------------------------------------------------
    def subscribe(self, sink: EventSink) -> Callable[[], None]:
        """Receive every device event on the dispatcher thread. Returns an unsubscribe function."""
        with self._sub_lock:
            self._subscribers.append(sink)

        def unsubscribe() -> None:
            with self._sub_lock:
                if sink in self._subscribers:
                    self._subscribers.remove(sink)

        return unsubscribe

    def _enqueue(self, event: DeviceEvent) -> None:
        self._queue.put(event)

    def _start_dispatcher(self) -> None:
        if self._dispatcher is None or not self._dispatcher.is_alive():
            self._dispatcher = threading.Thread(target=self._dispatch, name="device-events", daemon=True)
            self._dispatcher.start()

    def _stop_dispatcher(self) -> None:
        if self._dispatcher is not None:
            self._queue.put(None)
            self._dispatcher.join(timeout=5)
            self._dispatcher = None

    def _dispatch(self) -> None:
        while True:
            event = self._queue.get()
            if event is None:
                return
            with self._sub_lock:
                sinks = list(self._subscribers)
            for sink in sinks:
                try:
                    sink(event)
                except Exception as exc:
                    # never log the event itself: its data may hold a resident's card
                    log.warning("device event subscriber failed on %s/%s: %s",
                                event.device, event.kind, type(exc).__name__)  # fmt: skip
