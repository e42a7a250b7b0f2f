"""How a journey ends on screen: the receipt stays, the rating follows, then a finish screen that
holds the resident until the ID card is off the reader.

A resident who looks away while the receipt prints must still find the acceptance number and the
"take your receipt" words when they look back, so the receipt screen stays until it is touched or
``[session] receipt_hold_s`` seconds after printing. After the rating the finish screen says 办理完成
and 请取走身份证和回执; while the card is still on the reader it does not return to the attract
screen (the next resident would find someone else's card) and reminds again every ``REMIND_S``
seconds. Once the card is off, it returns after ``FINISH_S`` seconds, or at a touch.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

DONE_SCREEN = "journey-done"
REMIND_S = 8.0
FINISH_S = 6.0


class JourneyEnding(QObject):
    def __init__(self, ctl: Any) -> None:
        """``ctl``: the journey's controller (its app, session, config, card state and rating)."""
        super().__init__(ctl)
        self.ctl = ctl
        hold = getattr(getattr(ctl.config, "session", None), "receipt_hold_s", 20.0)
        self.hold = _timer(self, float(hold), self._hold_over)
        self.remind = _timer(self, REMIND_S, self._remind, repeat=True)
        self.finish = _timer(self, FINISH_S, self._finish_now)
        self.reminders = 0  # reminders said on the finish screen (the QML speaks each)

    # -- the receipt -------------------------------------------------------------------------------
    def printed(self) -> None:
        """The print came back (printed or not): the receipt screen now stays for the hold time."""
        self.hold.start()

    def _hold_over(self) -> None:
        self.ctl.showRating()

    def stop(self) -> None:
        for t in (self.hold, self.remind, self.finish):
            t.stop()

    # -- the finish screen ---------------------------------------------------------------------------
    def show_done(self) -> None:
        """The rating is done or skipped: 办理完成, and the card reminder while it is on the reader."""
        self.hold.stop()
        self.reminders = 0
        self.ctl.app.replace(DONE_SCREEN)
        self.card_changed()

    def on_done_screen(self) -> bool:
        return bool(self.ctl.app.screen == DONE_SCREEN)

    def card_changed(self) -> None:
        if not self.on_done_screen():
            return
        if self.ctl.card_on_reader():
            self.finish.stop()
            self.remind.start()
        else:
            self.remind.stop()
            self.finish.start()

    def _remind(self) -> None:
        if self.on_done_screen() and self.ctl.card_on_reader():
            self.reminders += 1
            self.ctl.cardChanged.emit()  # the screen says it again

    def touched(self) -> None:
        """完成 pressed: leave, unless the card is still on the reader (then remind at once)."""
        if self.ctl.card_on_reader():
            self._remind()
            self.remind.start()
            return
        self._finish_now()

    def _finish_now(self) -> None:
        self.stop()
        if self.on_done_screen():
            self.ctl.session.complete()  # wipes the session and returns to the attract screen


def _timer(parent: QObject, seconds: float, fn: object, repeat: bool = False) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(not repeat)
    timer.setInterval(int(seconds * 1000))
    timer.timeout.connect(fn)
    return timer
