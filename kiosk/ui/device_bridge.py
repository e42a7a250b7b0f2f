"""Devices to Qt: the manager's events arrive on its dispatcher thread and leave here as Qt signals,
delivered on the UI thread (queued), so a screen never waits on a device."""

from __future__ import annotations

import importlib
import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from devices.base import DeviceKind, Driver, EventKind

if TYPE_CHECKING:
    from devices.camera.driver import CameraDriver
    from devices.manager import DeviceManager
    from devices.printer.driver import ReceiptPrinter

log = logging.getLogger(__name__)


def preload_drivers(settings: dict[str, dict[str, Any]]) -> None:
    for kind in settings:
        try:
            importlib.import_module(f"devices.{kind}")
        except Exception:  # noqa: S112 - the manager reports a driver that cannot load, with its reason
            continue


class DeviceBridge(QObject):
    # Emitted from the dispatcher thread; Qt queues it to the receivers' (UI) thread.
    deviceEvent = Signal(
        str, str, object
    )  # device kind, event kind, data (may hold personal data: memory only)
    statusesChanged = Signal()
    ready = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        from devices.camera.heap import keep_big_buffers_out_of_arenas

        # Before the catalog and the journey's screens fill the heap: picture-sized blocks (camera
        # frames and their copies, on many threads) go back to the system when freed.
        keep_big_buffers_out_of_arenas()
        self.manager: DeviceManager | None = None
        self._statuses: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._unsubscribe: Any = None

    def start(self, settings: dict[str, dict[str, Any]]) -> threading.Thread:
        """Build and open the drivers on a worker thread: opening ports and cameras can take seconds.

        The driver packages are imported here, on the calling (UI) thread, first: their C extensions
        (PIL's freetype, OpenCV, zbar) loaded by dlopen on another thread while Qt loads its own plugins
        on the UI thread (the keyboard right after the first frame) were seen to deadlock."""
        preload_drivers(settings)
        thread = threading.Thread(target=self._open, args=(settings,), name="devices-open", daemon=True)
        thread.start()
        return thread

    def _open(self, settings: dict[str, dict[str, Any]]) -> None:
        from devices.manager import DeviceManager

        try:
            manager = DeviceManager(settings)
            self._unsubscribe = manager.subscribe(self._on_event)
            manager.open_all()
        except Exception:
            log.exception("device manager failed to start")
            return
        self.manager = manager
        self._refresh()
        self.ready.emit()

    def driver(self, kind: DeviceKind) -> Driver | None:
        """The driver of this kind, or None before the devices are open or when none is configured."""
        manager = self.manager
        if manager is None:
            return None
        try:
            return manager.driver(kind)
        except KeyError:
            return None

    def camera(self, kind: DeviceKind) -> CameraDriver | None:
        """The document or face camera, or None when it is missing or could not be built."""
        from devices.camera.driver import CameraDriver

        driver = self.driver(kind)
        return driver if isinstance(driver, CameraDriver) else None

    def printer(self) -> ReceiptPrinter | None:
        """The receipt printer, or None when it is missing or could not be built."""
        from devices.printer.driver import ReceiptPrinter

        driver = self.driver(DeviceKind.PRINTER)
        return driver if isinstance(driver, ReceiptPrinter) else None

    def _on_event(self, event: Any) -> None:
        if event.kind == EventKind.STATUS_CHANGED:
            self._refresh()
        self.deviceEvent.emit(event.device, event.kind, dict(event.data))

    def _refresh(self) -> None:
        manager = self.manager
        if manager is None:
            return
        rows = [
            {"kind": kind, "health": str(status.health), "reason": status.reason, "reported": status.reported}
            for kind, status in manager.statuses().items()
        ]
        with self._lock:
            self._statuses = rows
        self.statusesChanged.emit()

    @Slot()
    def stop(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self.manager is not None:
            self.manager.close_all()
            self.manager = None

    def _statuses_value(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._statuses)

    if TYPE_CHECKING:  # what Python reads; QML binds to the Property
        statuses: list[dict[str, Any]]
    else:
        statuses = Property(list, _statuses_value, notify=statusesChanged)
