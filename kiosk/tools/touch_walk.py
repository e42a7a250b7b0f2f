"""`kiosk-tools simulate --journey touches`: how many touches a resident needs, counted on the real
screens by pressing the named buttons a resident would press.

From the card on the reader to the rating sent (the receipt screen's Continue counted: a resident
who waits the hold out saves it). Typing is counted key by key: a phone number is the touch that opens
the number pad, its digits and OK. A choice is one touch; an address offered as 同户籍地址 or a
village is one touch; a signature is counted as one touch (however many strokes a name takes). Run
for the simplest matter (no typing) and 城乡居民基本养老保险参保登记, in the standard look and 长辈版;
each line lists the screens in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from kiosk.core.catalog import FieldType, MaterialSupply, Matter, Necessity

PENSION = "11411599MB0000102F200030001000001"  # 城乡居民基本养老保险参保登记
PHONE = "13812345678"
_TYPED = (FieldType.TEXT, FieldType.NUMBER, FieldType.DATE, FieldType.PHONE, FieldType.ID_NUMBER)


@dataclass
class Count:
    journey: str
    matter: str
    elderly: bool
    touches: int = 0
    keys: int = 0  # of the touches, the keys typed
    scrolls: int = 0  # swipes to bring a button into sight (the window walk), not touches
    screens: list[str] = field(default_factory=list)

    def line(self) -> str:
        look = "长辈版" if self.elderly else "standard"
        return (
            f"{self.journey} [{look}] {self.matter}: {self.touches} touches ({self.keys} keys typed, "
            f"{self.scrolls} scrolls); "
            f"screens: {' > '.join(self.screens)}"
        )


def simplest_matter(catalog: Any) -> Matter:
    """The matter a resident finishes with the fewest touches: a form of choices, of what the card
    fills and at most a phone number, the fewest pages to scan. An optional field is left empty,
    as a resident in a hurry would."""

    def cost(m: Matter) -> int | None:
        if not m.terminal_handling or m.kind.value != "application" or m.face_verification.value != "none":
            return None
        fields = list(m.form.fields) if m.form is not None else []
        typed = [f for f in fields if f.type in _TYPED and f.required and not f.prefill]
        if any(f.type is not FieldType.PHONE for f in typed):
            return None
        to_scan = [
            x
            for x in m.materials
            if x.necessity is Necessity.REQUIRED
            and x.supply is MaterialSupply.RESIDENT
            and "resident_id" not in x.elicense_types
        ]
        return sum(1 for f in fields if f.required and not f.prefill) + len(typed) * 12 + len(to_scan)

    costs: list[tuple[int, str, Matter]] = [
        (c, m.code, m) for m in catalog.matters if (c := cost(m)) is not None
    ]
    if not costs:
        raise LookupError("no matter without typing beyond a phone number in the catalog")
    return min(costs, key=lambda t: (t[0], t[1]))[2]


class TouchWalk:
    """Presses named buttons on one kiosk (emulated devices) and counts the touches."""

    def __init__(self, kiosk: Any, wait: Callable[[Callable[[], bool]], None]) -> None:
        self.k = kiosk
        self.ctl = kiosk.journey
        self.wait = wait
        self.count: Count | None = None
        kiosk.app.screenChanged.connect(self._screen)

    def _screen(self) -> None:
        c = self.count
        if c is not None and (not c.screens or c.screens[-1] != self.k.app.screen):
            c.screens.append(self.k.app.screen)

    def _item(self, name: str) -> Any:
        from kiosk.tools.screenshots import find

        found: list[Any] = []

        def visible() -> bool:
            item = find(self.k, name)
            found[:] = [item]
            return item is not None and bool(item.isVisible()) and bool(item.property("enabled"))

        self.wait(visible)
        return found[0]

    def press(self, name: str, typed: bool = False) -> None:
        from PySide6.QtCore import QMetaObject

        QMetaObject.invokeMethod(self._item(name), "clicked")
        self._touch(typed)

    def _touch(self, typed: bool = False) -> None:
        if self.count is not None:
            self.count.touches += 1
            self.count.keys += typed

    def open_pad(self, key: str) -> None:
        from PySide6.QtCore import QMetaObject

        QMetaObject.invokeMethod(self._item("field_" + key), "openPad")
        self._touch()

    def pad(self, key: str, digits: str) -> None:
        """Touch the field (the number pad opens), its digits, OK."""
        self.open_pad(key)
        for d in digits:
            self.press("padKey_" + d, typed=True)
        self.press("padOk")

    # -- the walk ----------------------------------------------------------------------------------
    def walk(self, journey: str, matter: Matter, elderly: bool) -> Count:
        k = self.k
        reader = k.devices.manager.driver("idcard")
        k.app.start()
        if elderly:
            k.app.toggleElderly()
        k.catalog.openGuide(matter.code)
        k.app.go("guide")
        self.press("startApplication")
        self.wait(lambda: k.app.screen == "journey-identify")
        self.count = Count(journey, matter.name.zh_CN, elderly, screens=[k.app.screen])
        reader.emulator.insert("zhangsan")  # card-in: the count starts here
        self.wait(lambda: self.ctl.step not in ("", "identify") or bool(self.ctl.suggestions))
        for _ in range(30):
            screen = k.app.screen
            if screen == "journey-identify" and self.ctl.suggestions:
                self.press("suggestionsContinue")
            elif screen == "journey-form":
                self.form()
            elif screen == "journey-materials":
                self.materials()
            elif screen == "journey-sign":
                self.sign()
            elif screen == "journey-review":
                self.press("reviewSubmit")
                self.wait(lambda: self.ctl.step == "rate" and not self.ctl.busy)
            elif screen == "journey-receipt" and self.ctl.step == "rate":
                self.press("receiptContinue")
            elif screen == "journey-rate":
                self.press("level_5")
                break
            self.wait(partial(self._moved_from, screen))
        count, self.count = self.count, None
        self.wait(lambda: k.app.screen == "journey-done")
        self.card_still_on_reader()
        reader.emulator.remove()
        self.wait(lambda: not self.ctl.cardOnReader)
        self.press("doneFinish")
        self.wait(lambda: k.app.screen == "attract")
        return count

    def card_still_on_reader(self) -> None:
        """The finish screen, the card not yet taken (the window walk reads what it says)."""

    def sign(self) -> None:
        """One touch for the signature, one for Continue."""
        self._touch()
        self.ctl.sign(_signature(), 600, 240)
        self._touch()

    def _moved_from(self, screen: str) -> bool:
        return bool(self.k.app.screen != screen or self.ctl.step == "rate")

    def form(self) -> None:
        j = self.ctl.journey
        values = j.values
        for f in j.form.fields:
            if values.get(f.key) not in (None, "", []) or not f.required:
                continue
            if f.type is FieldType.CHOICE:
                self.press(f"choice_{f.key}_{f.options[0].value}")
            elif f.type is FieldType.ADDRESS:
                self.press(f"address_{f.key}_{self.ctl.addressChoices(f.key)[0]['value']}")
            elif f.type is FieldType.PHONE:
                self.pad(f.key, PHONE)
            else:
                raise RuntimeError(f"no touch walk for a required {f.type.value} field ({f.key})")
        self.press("formContinue")

    def materials(self) -> None:
        for row in self.ctl.materials:
            if row.get("asked") is False or row.get("disposition") or not row.get("required"):
                continue
            self.press("scan_" + row["code"])
            self.wait(lambda: not self.ctl.busy)
        self.press("materialsContinue")


def _signature() -> list[list[tuple[float, float]]]:
    return [[(60 + 9 * i, 120 + (i % 5) * 12) for i in range(50)]]


def simulate_touches(config: Any, window: bool = False) -> list[Count]:
    """Every walk, pressed through Qt offscreen, or with ``window`` clicked through X at a real
    window (:mod:`kiosk.tools.window_touches`)."""
    import os
    import tempfile
    import time
    from pathlib import Path

    if window:
        from kiosk.tools.window_touches import WindowTouchWalk, window_problem

        problem = window_problem()
        if problem:
            raise RuntimeError(problem)
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.assets import DOCUMENT_SAMPLES
    from kiosk.ui.app import build

    counts: list[Count] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-touches-") as tmp:
        kiosk: Any = build(config, keyboard_config_home=Path(tmp) / "config", devices=True)

        def wait(pred: Callable[[], bool], timeout: float = 20.0) -> None:
            end = time.monotonic() + timeout
            while not pred():
                if time.monotonic() > end:
                    raise TimeoutError(f"stuck on {kiosk.app.screen} ({kiosk.journey.message!r})")
                kiosk.qt_app.processEvents()
                time.sleep(0.005)

        try:
            wait(lambda: kiosk.devices.manager is not None)
            kiosk.devices.manager.driver("document_camera").emulator.show(
                DOCUMENT_SAMPLES / "form_straight.jpg"
            )
            walk = WindowTouchWalk(kiosk, wait) if window else TouchWalk(kiosk, wait)
            catalog = kiosk.catalog.catalog
            pension = catalog.matter(PENSION)
            for elderly in (False, True):
                for name, matter in (("simplest", simplest_matter(catalog)), ("pension", pension)):
                    if matter is None:
                        continue
                    count = walk.walk(name, matter, elderly)
                    counts.append(count)
                    print(count.line(), flush=True)
            if window and pension is not None:
                assert isinstance(walk, WindowTouchWalk)
                for what, texts in walk.tour(pension).items():
                    print(f"seen at the window, {what}: " + " | ".join(texts), flush=True)
        finally:
            kiosk.close()
    return counts
