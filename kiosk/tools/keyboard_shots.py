"""Every text field of every screen with the way of typing it offers open, in every theme, language and
window size (`kiosk-tools screenshots DIR --keyboard`): the Pinyin keyboard with candidates showing,
its 手写 panel (Chinese), or the number pad / date picker where that is what the field opens.

Pictures are ``DIR/<screen>--<field>--<mode>--<theme>--<locale>--<WxH>.png``; with ``findings`` each is
also checked for what a resident would notice: the field (with its label) under the keyboard or cut off
by its page, a pad whose keys run out of the window, candidates drawn over each other.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kiosk.config import LOCALES, Config
from kiosk.tools.screenshots import (
    SCREENS,
    find,
    geometry_name,
    grab,
    offscreen_config,
    reset,
    set_geometry,
    settle,
    show_screen,
    start_in_look,
    type_on_keyboard,
    visual_items,
)
from kiosk.ui.themes import THEMES

#: Pinyin typed into a field for its picture: enough for a row of candidates.
PINYIN = {"zh_CN": "zhang", "en": "ab"}


def _form_of_matter_with(field_key: str) -> Callable[[Any], None]:
    """The form of the first matter (done at the terminal, no face check) that asks ``field_key``."""

    def show(kiosk: Any) -> None:
        from kiosk.tools.simulate import Walker

        code = next(
            m.code
            for m in kiosk.catalog.catalog.matters
            if m.terminal_handling
            and m.kind.value == "application"
            and m.face_verification.value == "none"
            and m.form is not None
            and any(f.key == field_key for f in m.form.fields)
        )
        kiosk.app.start()
        kiosk.catalog.openGuide(code)
        kiosk.app.go("guide")
        kiosk.journey.start(code)
        walker = Walker(kiosk)
        walker.insert_card("zhangsan")
        walker.until("simple", "form")

    return show


def _address_village(kiosk: Any) -> None:
    """The form with a village chosen for the current address: its 组/house number asked for."""
    SCREENS["journey-form"](kiosk)
    choices = kiosk.journey.addressChoices("residential_address")
    village = next(c["value"] for c in choices if str(c["value"]).startswith("village:"))
    kiosk.journey.chooseAddress("residential_address", village, "")


def _group_row(field_key: str) -> Callable[[Any], None]:
    """The form of a matter with a repeating group (family members), one empty row added."""

    def show(kiosk: Any) -> None:
        _form_of_matter_with(field_key)(kiosk)
        kiosk.journey.setField(field_key, [{}])

    return show


def _typing(screen: str, switch: str = "typing", value: bool = True) -> Callable[[Any], None]:
    """A screen whose fields show after "their card is not here" (its ``typing``, or in 长辈版 the
    proxy screen's ``byCard`` turned off)."""

    def show(kiosk: Any) -> None:
        SCREENS[screen](kiosk)
        settle(kiosk.qt_app, 30)
        kiosk.window.property("currentScreen").setProperty(switch, value)

    return show


def _rated_badly(kiosk: Any) -> None:
    """The rating with 不满意 chosen: the reasons, a note and a phone for the follow-up are asked."""
    SCREENS["journey-rate"](kiosk)
    settle(kiosk.qt_app, 30)
    kiosk.window.property("currentScreen").setProperty("level", 1)


def _elicense_typed(kiosk: Any) -> None:
    """The materials with an e-licence's details asked for by typing (its QR code not at hand)."""
    from kiosk.tools.simulate import reach

    reach(kiosk, "materials", "elicense")
    row = next(
        r for r in kiosk.journey.materials if [t for t in r.get("elicense_types", []) if t != "resident_id"]
    )
    kiosk.journey.expectQr(row["code"])


#: Every screen with a field to type in, and how to get there with its fields showing.
KEYBOARD_SCREENS: dict[str, Callable[[Any], None]] = {
    "search": SCREENS["search-keyboard"],
    "journey-form": SCREENS["journey-form"],
    "form-address-other": SCREENS["form-typing"],
    "form-address-village": _address_village,
    "form-bank-account": _form_of_matter_with("bank_account"),
    "form-family-row": _group_row("family_members"),
    "journey-proxy": _typing("journey-proxy", "byCard", False),
    "journey-materials-elicense": _elicense_typed,
    "journey-rate-bad": _rated_badly,
    "complaints": SCREENS["complaints"],
    "progress-number": SCREENS["progress-number"],
    "certification-principal": _typing("certification-card-principal"),
    "home-visit-resident": _typing("home-visit-card-resident"),
    "home-visit-details": SCREENS["home-visit-details"],
}


def _shown(item: Any) -> bool:
    while item is not None:
        if not item.isVisible() or item.opacity() == 0:
            return False
        item = item.parentItem()
    return True


def fields_of(kiosk: Any) -> list[Any]:
    """The screen's fields a resident can type in: Pinyin ones, and those that open a pad or picker."""
    screen = find(kiosk, "screenLoader")
    out = []
    for i in visual_items(screen):
        if not (i.inherits("QQuickTextInput") or i.inherits("QQuickTextEdit")) or not _shown(i):
            continue
        if i.property("padded"):
            if not i.property("locked"):
                out.append(i)
        elif not i.property("readOnly"):
            out.append(i)
    return sorted(out, key=lambda i: (_rect(i).top(), _rect(i).left()))


def _rect(item: Any) -> Any:
    from PySide6.QtCore import QRectF

    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def _name(item: Any, index: int) -> str:
    return item.objectName() or f"field{index}"


def _wait(kiosk: Any, pred: Callable[[], Any], seconds: float = 3.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if pred():
            return True
        settle(kiosk.qt_app, 20)
    return bool(pred())


def _panel(kiosk: Any) -> Any:
    return find(kiosk, "inputPanel")


def _keyboard_open(kiosk: Any) -> bool:
    panel = _panel(kiosk)
    return bool(panel is not None and panel.property("active") and panel.isVisible())


def _open_keyboard(kiosk: Any, field: Any, locale: str) -> None:
    from PySide6.QtGui import QGuiApplication

    field.forceActiveFocus()
    QGuiApplication.inputMethod().show()
    _wait(kiosk, lambda: _keyboard_open(kiosk))
    type_on_keyboard(kiosk, PINYIN.get(locale, "ab"))
    _wait_still(kiosk)  # the candidate row slides in, the page scrolls the field up


def _wait_still(kiosk: Any, seconds: float = 5.0) -> None:
    """Until the keyboard and the field being typed in have kept their places for a few frames (a
    picture taken mid-slide shows candidates half under the keys)."""
    end = time.monotonic() + seconds
    last, same = None, 0
    while time.monotonic() < end and same < 4:
        settle(kiosk.qt_app, 60)
        focused = kiosk.window.activeFocusItem()
        now = (_rect(_panel(kiosk)).getCoords(), _rect(focused).getCoords() if focused is not None else None)
        same = same + 1 if now == last else 0
        last = now


def _close_keyboard(kiosk: Any, field: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    writer = find(kiosk, "handwritingPanel")
    if writer is not None:
        writer.setProperty("writing", False)
    QGuiApplication.inputMethod().reset()
    QGuiApplication.inputMethod().hide()
    _wait(kiosk, lambda: not _keyboard_open(kiosk))


def _under_keyboard(kiosk: Any, field: Any) -> list[str]:
    """The field, or the label just above it, not wholly in sight above the keyboard."""
    panel = _panel(kiosk)
    top = _rect(panel).top()
    r = _rect(field)
    problems = []
    if r.bottom() > top + 0.5:
        problems.append(f"ends at y={r.bottom():.0f}, under the keyboard (top {top:.0f})")
    area = _visible_area(kiosk, field)
    if not area.contains(r.adjusted(0.5, 0.5, -0.5, -0.5)):
        problems.append(f"cut off by its page: {tuple(round(x) for x in r.getCoords())}")
    return problems


def _visible_area(kiosk: Any, item: Any) -> Any:
    from PySide6.QtCore import QRectF

    area = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            area = area.intersected(_rect(parent))
        parent = parent.parentItem()
    return area


def _candidates_overlap(kiosk: Any) -> list[str]:
    words = sorted(
        (i for i in visual_items(_panel(kiosk)) if i.objectName() == "candidateText" and _shown(i)),
        key=lambda i: _rect(i).left(),
    )
    return [
        f"candidate {a.property('text')!r} runs into {b.property('text')!r}"
        for a, b in itertools.pairwise(words)
        if _rect(a).right() > _rect(b).left() + 0.5
    ]


def _pad_outside(kiosk: Any) -> list[str]:
    """Keys of a shown pad or picker (in the overlay, or on the screen itself) not wholly in the window."""
    from PySide6.QtCore import QRectF

    window = QRectF(0, 0, kiosk.window.width(), kiosk.window.height())
    roots = [kiosk.window.contentItem().parentItem() or kiosk.window.contentItem()]
    pads = [
        i
        for r in roots
        for i in visual_items(r)
        if i.objectName() in ("numberPad", "datePicker") and _shown(i)
    ]
    return [
        f"{pad.objectName()} key {key.property('text')!r} runs out of the window"
        for pad in pads
        for key in visual_items(pad)
        if key.property("fontSize") is not None
        and _shown(key)
        and not window.contains(_rect(key).adjusted(0.5, 0.5, -0.5, -0.5))
    ]


def shoot_fields(
    kiosk: Any,
    screen: str,
    theme: str,
    locale: str,
    size: tuple[int, int],
    out_dir: Path,
    findings: list[str] | None,
) -> list[Path]:
    """Every field of one screen, its typing open, one picture each (two for a Chinese Pinyin field:
    the keys, then the 手写 panel)."""
    from PySide6.QtCore import Q_ARG, QMetaObject

    written: list[Path] = []
    show_screen_with(kiosk, screen, theme, locale)
    count = len(fields_of(kiosk))
    if count == 0:  # a pad on the screen itself (the acceptance number), or a screen that lost its fields
        stem = f"{screen}--screen--pad--{theme}--{locale}--{geometry_name(size)}"
        written.append(grab(kiosk, out_dir / f"{stem}.png"))
        pad = find(kiosk, "numberPad")
        problems = _pad_outside(kiosk) if pad is not None and _shown(pad) else ["no field to type in"]
        for problem in problems:
            _note(findings, f"{screen} [{theme} {locale} {geometry_name(size)}]: {problem}")
    for index in range(count):
        if index:
            show_screen_with(kiosk, screen, theme, locale)
        fields = fields_of(kiosk)
        if index >= len(fields):
            break
        field = fields[index]
        name = _name(field, index)
        stem = f"{screen}--{name}--{{mode}}--{theme}--{locale}--{geometry_name(size)}"
        where = f"{screen} {name} [{theme} {locale} {geometry_name(size)}]"
        if field.property("padded"):
            field.forceActiveFocus()
            QMetaObject.invokeMethod(field, "openPad")
            settle(kiosk.qt_app, 150)
            written.append(grab(kiosk, out_dir / f"{stem.format(mode='pad')}.png"))
            for problem in _pad_outside(kiosk):
                _note(findings, f"{where}: {problem}")
            QMetaObject.invokeMethod(field, "accept", Q_ARG("QVariant", field.property("text")))
            settle(kiosk.qt_app, 30)
            continue
        _open_keyboard(kiosk, field, locale)
        written.append(grab(kiosk, out_dir / f"{stem.format(mode='pinyin')}.png"))
        for problem in _under_keyboard(kiosk, field) + _candidates_overlap(kiosk):
            _note(findings, f"{where} pinyin: {problem}")
        writer = find(kiosk, "handwritingPanel")
        if locale == "zh_CN" and writer is not None and writer.isVisible():
            writer.setProperty("writing", True)
            _wait_still(kiosk)
            written.append(grab(kiosk, out_dir / f"{stem.format(mode='handwriting')}.png"))
            for problem in _under_keyboard(kiosk, field):
                _note(findings, f"{where} handwriting: {problem}")
        _close_keyboard(kiosk, field)
    return written


def _note(findings: list[str] | None, text: str) -> None:
    if findings is not None:
        findings.append(text)


def show_screen_with(kiosk: Any, screen: str, theme: str, locale: str) -> None:
    """As screenshots.show_screen, for the screens of this module."""
    reset(kiosk)
    start_in_look(kiosk, theme, locale)
    KEYBOARD_SCREENS[screen](kiosk)
    settle(kiosk.qt_app, 120)


def wait_for_keyboard_panel(kiosk: Any) -> None:
    """The keyboard panel loads after a first frame, and what is measured and drawn is that panel."""
    end = time.monotonic() + 10
    while _panel(kiosk) is None and time.monotonic() < end:
        kiosk.window.grabWindow()
        settle(kiosk.qt_app, 20)


def render_keyboards(
    config: Config,
    out_dir: Path,
    themes: Iterable[str] | None = None,
    locales: Iterable[str] | None = None,
    screens: Iterable[str] | None = None,
    geometries: Iterable[tuple[int, int]] = ((1080, 1920), (1920, 1080)),
    findings: list[str] | None = None,
) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.app import build

    with tempfile.TemporaryDirectory(prefix="kiosk-keyboards-") as tmp:
        os.environ.setdefault("XDG_CONFIG_HOME", str(Path(tmp) / "config"))
        kiosk = build(offscreen_config(config, Path(tmp) / "data"), keyboard_config_home=Path(tmp) / "config")
        written: list[Path] = []
        try:
            show_screen(kiosk, "home")
            wait_for_keyboard_panel(kiosk)
            for size in geometries:
                set_geometry(kiosk, size)
                for theme in themes or THEMES:
                    for locale in locales or LOCALES:
                        for screen in screens or KEYBOARD_SCREENS:
                            written += shoot_fields(kiosk, screen, theme, locale, size, out_dir, findings)
        finally:
            reset(kiosk)
            kiosk.close()
        return written
