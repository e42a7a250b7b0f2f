"""`kiosk-tools simulate --journey touches --window`: the touch count taken at a real window.

The same walk as :mod:`kiosk.tools.touch_walk`, but every touch is a click that X delivers to the
kiosk's window (``xdotool`` at the centre of the named button, as a finger would land), the number pad
is opened by touching its field, and the signature is a drag across the pad. A button the screen
shows below the fold is reached by swiping the page, which is counted apart (scrolls). Run it on an
X display (Xvfb for a machine without a screen) at the terminal's ``[screen] size``.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from typing import Any

from kiosk.tools.touch_walk import TouchWalk

SWIPES = 8  # a button still out of sight after this many swipes is a finding, not a walk


def xdotool(*args: str) -> None:
    subprocess.run(["xdotool", *args], check=True, timeout=10)


def window_problem() -> str | None:
    """Why the walk cannot run here, in words, or None."""
    import os

    if not os.environ.get("DISPLAY"):
        return "no X display (run it under Xvfb: DISPLAY=:N)"
    if shutil.which("xdotool") is None:
        return "xdotool is not installed (scripts/bootstrap installs it)"
    return None


class WindowTouchWalk(TouchWalk):
    """Touches that reach the kiosk through X: counted once the window has received each one."""

    def __init__(self, kiosk: Any, wait: Callable[[Callable[[], bool]], None]) -> None:
        from PySide6.QtCore import QEvent, QObject

        super().__init__(kiosk, wait)
        walk = self

        class Releases(QObject):
            def eventFilter(self, watched: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.MouseButtonRelease:
                    walk.releases += 1
                return False

        self.releases = 0
        self.frames = 0
        self.seen: dict[str, list[str]] | None = None  # what the tour read off the screens
        self._filter = Releases(kiosk.window)
        kiosk.window.installEventFilter(self._filter)
        kiosk.window.frameSwapped.connect(self._frame)
        wait(lambda: bool(kiosk.window.isExposed()))

    def _frame(self) -> None:
        self.frames += 1

    def _next_frame(self) -> None:
        expected = self.frames + 1
        self.k.window.update()
        self.wait(lambda: self.frames >= expected)

    # -- where things are on the screen ------------------------------------------------------------
    def _settled(self, item: Any) -> tuple[int, int]:
        """Where the item is once the screen is painted and its layout stays put for a frame (a
        finger lands on what the resident sees, not on a row still being laid out)."""
        self._next_frame()
        where = self._centre(item)
        for _ in range(20):
            self._next_frame()
            now = self._centre(item)
            if now == where:
                return now
            where = now
        raise RuntimeError(f"{item.objectName()} keeps moving on {self.k.app.screen}")

    def _centre(self, item: Any) -> tuple[int, int]:
        from PySide6.QtCore import QPointF

        p = item.mapToGlobal(QPointF(item.width() / 2, item.height() / 2))
        return round(p.x()), round(p.y())

    def _flickable(self, item: Any) -> Any:
        parent = item.parentItem()
        while parent is not None and not parent.inherits("QQuickFlickable"):
            parent = parent.parentItem()
        return parent

    def _in_sight(self, item: Any, flick: Any) -> bool:
        from PySide6.QtCore import QPointF

        win = self.k.window
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        if not (0 <= centre.x() < win.width() and 0 <= centre.y() < win.height()):
            return False
        if flick is None:
            return True
        top = flick.mapToScene(QPointF(0, 0)).y()
        return bool(top <= centre.y() < top + flick.height())

    def _bring_into_sight(self, item: Any) -> None:
        """Swipe the page (a drag of a third of its height) until the item shows."""
        from PySide6.QtCore import QPointF

        flick = self._flickable(item)
        self._settled(item)
        for _ in range(SWIPES):
            if self._in_sight(item, flick):
                return
            if flick is None:
                break
            below = item.mapToItem(flick, QPointF(0, item.height() / 2)).y() > flick.height()
            x, y = self._centre(flick)
            step = round(flick.height() / 3) * (-1 if below else 1)
            moves = [
                a for i in range(1, 6) for a in ("mousemove", str(x), str(y + step * i // 5), "sleep", "0.03")
            ]
            # a pause before lifting the finger: the page stops where the finger left it
            self._drag(["mousemove", str(x), str(y)], [*moves, "sleep", "0.15"])
            self.wait(lambda: not flick.property("moving"))
            if self.count is not None:
                self.count.scrolls += 1
        if not self._in_sight(item, flick):
            raise RuntimeError(f"{item.objectName()} cannot be brought into sight on {self.k.app.screen}")

    def _drag(self, start: list[str], moves: list[str]) -> None:
        """Finger down at ``start``, along ``moves``, up; the event loop runs meanwhile, so each move
        arrives on its own (queued together, Qt would merge them into one)."""
        expected = self.releases + 1  # the lift may arrive while xdotool still runs
        proc = subprocess.Popen(["xdotool", *start, "mousedown", "1", *moves, "mouseup", "1"])
        try:
            self.wait(lambda: proc.poll() is not None)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=10)
        if proc.returncode:
            raise RuntimeError(f"xdotool failed ({proc.returncode})")
        self._delivered(expected)

    def _delivered(self, expected: int) -> None:
        """Until the window has had the finger lifted ``expected`` times in all."""
        self.wait(lambda: self.releases >= expected)

    def _click(self, item: Any) -> None:
        self._bring_into_sight(item)
        x, y = self._settled(item)
        expected = self.releases + 1
        xdotool("mousemove", str(x), str(y), "click", "1")
        self._delivered(expected)

    # -- the touches -------------------------------------------------------------------------------
    def press(self, name: str, typed: bool = False) -> None:
        if self.seen is not None:
            self._read_screen(name)
        self._click(self._item(name))
        self._touch(typed)

    # -- the tour: 参保登记 again, with the detours a resident may take, each read off the window ----
    def tour(self, matter: Any) -> dict[str, list[str]]:
        """The step indicator of each step, the error summary of a form continued too early (and
        where touching its first entry puts the focus), the question 结束 asks with input given
        (answered 继续办理), the review's values, the finish screen while the card is on the reader."""
        self.seen = {"steps": [], "errors": [], "focus": [], "leave": [], "review": [], "finish": []}
        self._detoured = False
        try:
            self.walk("tour", matter, elderly=False)
            return self.seen
        finally:
            self.seen = None

    def _text(self, name: str) -> str:
        from kiosk.tools.screenshots import find

        item = find(self.k, name)
        return str(item.property("text")) if item is not None and item.isVisible() else ""

    def _read_screen(self, pressing: str) -> None:
        assert self.seen is not None
        step = self._text("stepIndicatorText")
        if step and step not in self.seen["steps"]:
            self.seen["steps"].append(step)
        if pressing == "reviewSubmit":
            from kiosk.tools.a11y_measure import visible_items

            self.seen["review"] = [
                str(s.item.property("text"))
                for s in visible_items(self.k.window)
                if s.item.objectName().startswith("reviewRow_")
            ]

    def form(self) -> None:
        if self.seen is not None and not self._detoured:
            self._detoured = True
            self._detour()
        super().form()

    def _detour(self) -> None:
        from kiosk.tools.a11y_measure import visible_items

        assert self.seen is not None
        self.press("formContinue")  # nothing chosen yet: the summary names each field
        self._item("errorSummary")  # waits until it shows
        self._next_frame()
        entries = [
            s.item for s in visible_items(self.k.window) if s.item.objectName().startswith("errorEntry_")
        ]
        self.seen["errors"] = [str(e.property("text")) for e in entries]
        self.press(entries[0].objectName())
        focused = self.k.window.activeFocusItem()
        while focused is not None and not focused.objectName():
            focused = focused.parentItem()
        self.seen["focus"] = [focused.objectName() if focused is not None else ""]
        self.press("finishButton")
        self.seen["leave"] = [self._text("leaveQuestion")]
        self.press("leaveStay")
        self.wait(lambda: not self._text("leaveQuestion"))

    def card_still_on_reader(self) -> None:
        if self.seen is not None:
            self.wait(lambda: bool(self._text("doneTake")))
            self.seen["finish"] = [self._text("doneTake")]

    def open_pad(self, key: str) -> None:
        self._click(self._item("field_" + key))
        self._touch()
        self.wait(lambda: bool(self._item("padOk").isVisible()))

    def sign(self) -> None:
        """A stroke drawn across the pad, then Continue."""
        pad = self._item("signPad")
        self._bring_into_sight(pad)
        x, y = self._settled(pad)
        w = round(pad.width() / 3)
        path = [
            a
            # a zigzag of 25 points, a pause after each: a busy machine may still merge a few moves
            for i in range(25)
            for a in ("mousemove", str(x - w + i * w // 12), str(y + (i % 3 - 1) * 20), "sleep", "0.06")
        ]
        self._drag(path[:3], path[3:])
        self._touch()
        self.press("signContinue")
