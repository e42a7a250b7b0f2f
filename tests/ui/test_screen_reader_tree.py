"""Every screen as a screen reader gets it: the accessibility tree Qt hands to AT-SPI (the same
interfaces the bridge reads), walked on every screen of kiosk.tools.screenshots.SCREENS, fails on an
actionable element without a name, a choice or toggle without its checked state, or two actionable
elements with the same name on one screen (the keyboard's keys are counted apart from the screen's).
tests/ui/test_atspi.py reads the real kiosk over AT-SPI itself; this walk covers every screen quickly."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from ui_kit import module_kiosk

from kiosk.tools.screenshots import SCREENS, show_screen

pytestmark = pytest.mark.slow  # every screen, in both languages

ACTIONABLE = {
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.PageTab,
    QAccessible.Role.EditableText,
    QAccessible.Role.Canvas,
}


@pytest.fixture(scope="module")
def sk(qapp, tmp_path_factory):
    with module_kiosk(tmp_path_factory.mktemp("screen-reader")) as app:
        QAccessible.setActive(True)
        yield app


def nodes(iface: Any, part: str = "") -> list[tuple[Any, str]]:
    """Every interface under ``iface`` that is not hidden, with the part it is in ("keyboard" or "")."""
    out = []
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is None or not child.isValid() or child.state().invisible:
            continue
        here = part or _part(child.object())
        out.append((child, here))
        out.extend(nodes(child, here))
    return out


def _part(obj: Any) -> str:
    """ "keyboard" for the on-screen keyboard's keys (an item inside the input panel), else ""."""
    from PySide6.QtQuick import QQuickItem

    item = obj if isinstance(obj, QQuickItem) else None
    while item is not None:
        if item.objectName() == "inputPanel":
            return "keyboard"
        item = item.parentItem()
    return ""


def problems_on(k: Any, screen: str) -> list[str]:
    window = QAccessible.queryAccessibleInterface(k.window)
    found, names = [], Counter()
    for iface, part in nodes(window):
        role = iface.role()
        if role not in ACTIONABLE:
            continue
        name = iface.text(QAccessible.Text.Name).strip()
        obj = iface.object()
        what = (obj.objectName() if obj is not None else "") or str(role)
        if not name:
            found.append(f"{screen}: {what} ({role.name}) has no name")
            continue
        names[(part, name)] += 1
        if obj is not None and obj.property("selectable") is True and not iface.state().checkable:
            found.append(f"{screen}: {what} is a choice but exposes no checked state")
    found += [f"{screen}: {n} actionable elements named {name!r}" for (_, name), n in names.items() if n > 1]
    return found


LOCALES = ("zh_CN", "en")


@pytest.mark.parametrize("locale", LOCALES)
def test_every_screen_names_its_controls_once_and_says_what_is_chosen(sk, locale):
    """Every screen is walked in one of the two languages, the languages taking turns screen by
    screen, so both are covered on every kind of screen at half the cost of every pair (the names
    come from the same QML in both; `kiosk-tools screenshots` can walk every pair)."""
    found = []
    turn = LOCALES.index(locale)
    for screen in list(SCREENS)[turn :: len(LOCALES)]:
        show_screen(sk, screen, "standard", locale)
        found += problems_on(sk, screen)
    assert not found, "\n".join(found)


def _find_iface(k: Any, name: str) -> Any:
    window = QAccessible.queryAccessibleInterface(k.window)
    for iface, _ in nodes(window):
        if iface.text(QAccessible.Text.Name) == name:
            return iface
    raise AssertionError(f"nothing named {name!r}")


def test_a_chosen_chip_is_said_to_be_checked_and_ratings_carry_their_question(sk):
    from ui_kit import press

    show_screen(sk, "complaints", "standard", "zh_CN")
    chip = next(
        i
        for i, _ in nodes(QAccessible.queryAccessibleInterface(sk.window))
        if i.object() is not None and i.object().objectName().startswith("category_")
    )
    assert chip.state().checkable and not chip.state().checked
    press(sk, chip.object().objectName())
    assert chip.state().checked
    show_screen(sk, "journey-rate", "standard", "zh_CN")
    named = [i.text(QAccessible.Text.Name) for i, _ in nodes(QAccessible.queryAccessibleInterface(sk.window))]
    assert "办事效率：满意" in named, named


def test_guide_text_and_keyboard_keys_are_in_the_tree(sk):
    show_screen(sk, "guide-terminal", "standard", "zh_CN")
    texts = [
        i.text(QAccessible.Text.Name)
        for i, _ in nodes(QAccessible.queryAccessibleInterface(sk.window))
        if i.role() == QAccessible.Role.StaticText
    ]
    assert sum(len(t) >= 8 for t in texts) >= 5, texts  # the guide's rows, not only its headings
    show_screen(sk, "search-pinyin", "standard", "zh_CN")
    keys = [
        i.text(QAccessible.Text.Name)
        for i, part in nodes(QAccessible.queryAccessibleInterface(sk.window))
        if part == "keyboard" and i.role() == QAccessible.Role.Button
    ]
    assert {"q", "a", "z", "删除", "确定"} <= set(keys), keys
    # and a key pressed through its accessible action types
    from PySide6.QtGui import QAccessibleActionInterface

    from kiosk.tools.screenshots import find

    field = find(sk, "searchField")
    before = field.property("preeditText").replace(" ", "")
    _find_iface(sk, "q").actionInterface().doAction(QAccessibleActionInterface.pressAction())
    assert field.property("preeditText").replace(" ", "") == before + "q"


def test_the_signature_pad_is_a_drawing_area_that_says_whether_it_is_signed(sk):
    from PySide6.QtGui import QAccessibleActionInterface

    from kiosk.tools.screenshots import find

    show_screen(sk, "journey-sign", "standard", "zh_CN")
    window = QAccessible.queryAccessibleInterface(sk.window)
    pad = next(i for i, _ in nodes(window) if i.object() is not None and i.object().objectName() == "signPad")
    assert pad.role() == QAccessible.Role.Canvas  # AT-SPI's canvas: a drawing area, not an image
    assert pad.state().focusable
    said = lambda: pad.text(QAccessible.Text.Description)  # noqa: E731
    assert pad.text(QAccessible.Text.Name).startswith("签名板"), pad.text(QAccessible.Text.Name)
    assert said().startswith("尚未签名"), said()
    find(sk, "signPad").setProperty("strokes", [[[20, 20], [80, 60], [140, 30]]])  # a finger's stroke
    assert said().startswith("已签名"), said()
    # its buttons are named and described, and 清空 pressed as a screen reader does empties the pad again
    clear = _find_iface(sk, "清空")
    assert clear.text(QAccessible.Text.Description) == "清空签名板，重新签名"
    assert _find_iface(sk, "继续办理").text(QAccessible.Text.Description)
    clear.actionInterface().doAction(QAccessibleActionInterface.pressAction())
    assert said().startswith("尚未签名")
