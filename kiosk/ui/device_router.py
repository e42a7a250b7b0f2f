"""Device events to the one part of the UI that owns the moment, instead of every controller
filtering every event.

Two kinds of owner: a screen owner (the progress lookup, technician entry) gets the events while
the shown screen is one of its own; otherwise the active flow (an application journey, a pension
certification, a home visit) gets them. Starting a flow tells the previous flow to let go, so one
resident's card never reaches two flows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Slot

from devices.base import DeviceKind, EventKind

if TYPE_CHECKING:
    from kiosk.ui.app_controller import AppController
    from kiosk.ui.device_bridge import DeviceBridge

log = logging.getLogger(__name__)

DeviceHandler = Callable[[DeviceKind, EventKind, dict[str, Any]], None]


class FlowOwner(Protocol):
    def on_device(self, device: DeviceKind, kind: EventKind, data: dict[str, Any]) -> None: ...

    def let_go(self) -> None:
        """Another flow starts: forget this one (nothing queued is touched)."""


class DeviceRouter(QObject):
    def __init__(self, app: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self._screen_owners: list[tuple[Callable[[str], bool], DeviceHandler]] = []
        self._flow: FlowOwner | None = None

    def attach(self, devices: DeviceBridge) -> None:
        # emitted on the device manager's thread; this QObject lives on the UI thread: queued there
        devices.deviceEvent.connect(self._deliver)

    def own_screens(self, owns: Callable[[str], bool], handler: DeviceHandler) -> None:
        """``handler`` gets the events while ``owns(the shown screen)``; the first owner wins."""
        self._screen_owners.append((owns, handler))

    def begin_flow(self, owner: FlowOwner) -> None:
        """``owner``'s flow is the resident's now; the previous flow, if another, lets go."""
        previous, self._flow = self._flow, owner
        if previous is not None and previous is not owner:
            previous.let_go()

    @property
    def flow(self) -> FlowOwner | None:
        return self._flow

    @Slot(str, str, object)
    def _deliver(self, device: str, kind: str, data: Any) -> None:
        try:
            device_kind, event_kind = DeviceKind(device), EventKind(kind)
        except ValueError:
            log.debug("event %s from %s has no owner", kind, device)
            return
        screen = self.app.screen
        for owns, handler in self._screen_owners:
            if owns(screen):
                handler(device_kind, event_kind, data)
                return
        if self._flow is not None:
            self._flow.on_device(device_kind, event_kind, data)
