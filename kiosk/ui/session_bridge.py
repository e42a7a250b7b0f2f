"""Adapts the Qt-free Session to Qt: every touch and key reaches it, a timer ticks it, and its
state, mode and countdown become properties QML binds to."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot

from kiosk.core.session import Mode, Session, SessionEvent, State

_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class SessionBridge(QObject):
    stateChanged = Signal()
    countdownChanged = Signal()
    ended = Signal(str)  # the reason: finished / completed / expired

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self._countdown = 0
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.tick)
        self._timer.start()
        session.add_observer(self._on_event)

    # Qt delivers every input event here first (installed on the application).
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.session.state is not State.WIPING:
            if self.session.state is State.ATTRACT:
                return False  # the attract screen's own tap starts the session, once
            self.session.touch()
        return False

    @Slot()
    def tick(self) -> None:
        self.session.tick()
        if self.session.state is State.WARNING:
            left = math.ceil(self.session.countdown())
            if left != self._countdown:
                self._countdown = left
                self.countdownChanged.emit()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def start(self) -> None:
        self.session.touch()

    @Slot()
    def continueSession(self) -> None:
        self.session.continue_()

    @Slot()
    def finish(self) -> None:
        self.session.finish()

    def _on_event(self, event: SessionEvent) -> None:
        if event.kind == "state":
            if event.state is State.WARNING:
                self._countdown = math.ceil(self.session.countdown())
                self.countdownChanged.emit()
            self.stateChanged.emit()
            if event.state is State.ATTRACT and event.reason is not None:
                self.ended.emit(event.reason.value)

    def _state(self) -> str:
        return self.session.state.value

    def _countdown_value(self) -> int:
        return self._countdown

    def _elderly(self) -> bool:
        return self.session.mode is Mode.ELDERLY

    state = Property(str, _state, notify=stateChanged)
    countdown = Property(int, _countdown_value, notify=countdownChanged)
    elderly = Property(bool, _elderly, notify=stateChanged)
