"""The keypad's arrows move by position (components/Spatial.js): Down on the home grid goes to the tile
below, the number pad is walked key by key as it is drawn, and a control the focus moves to is scrolled
into sight. Keys go straight to the window, as the keypad's evdev keys arrive."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent
from ui_kit import module_kiosk, shown, wait_until

from kiosk.tools.screenshots import find, settle, show_screen

K = Qt.Key


@pytest.fixture(scope="module")
def kp(qapp, tmp_path_factory):
    with module_kiosk(tmp_path_factory.mktemp("keypad-spatial")) as app:
        yield app


def key(k: Any, code: Any) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        k.qt_app.sendEvent(k.window, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier))
    settle(k.qt_app, 20)


def focused(k: Any) -> str:
    item = k.window.activeFocusItem()
    return item.objectName() if item is not None else ""


def centre(item: Any) -> QPointF:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2))


def inside(item: Any, page: Any) -> bool:
    area = page.mapRectToScene(QRectF(0, 0, page.width(), page.height()))
    return area.contains(item.mapRectToScene(QRectF(0, 0, item.width(), item.height())))


@pytest.mark.parametrize("theme", ["standard", "elderly"])
def test_down_on_the_home_grid_goes_to_the_tile_below(kp, theme):
    show_screen(kp, "home", theme)
    wait_until(kp, lambda: focused(kp) == "servicesTile", what="focus on the first tile")
    below = {"servicesTile": "elderlyTile", "progressTile": "languageTile", "complaintsTile": "helpTile"}
    for top, bottom in below.items():
        find(kp, top).forceActiveFocus()
        key(kp, K.Key_Down)
        assert focused(kp) == bottom, f"Down from {top} went to {focused(kp)}"
        key(kp, K.Key_Up)
        assert focused(kp) == top
    find(kp, "servicesTile").forceActiveFocus()
    key(kp, K.Key_Right)
    assert focused(kp) == "progressTile"
    key(kp, K.Key_Left)
    assert focused(kp) == "servicesTile"


def press_digits_by_arrows(k: Any, digits: str) -> int:
    """Type ``digits`` on the number pad with arrows and Enter, moving towards each key as a resident
    who sees the pad would; returns the number of key presses."""
    presses = 0
    for digit in digits:
        goal = find(k, f"padKey_{digit}")
        for _ in range(8):
            if k.window.activeFocusItem() is goal:
                break
            here, there = centre(k.window.activeFocusItem()), centre(goal)
            if abs(there.y() - here.y()) > goal.height() / 2:
                key(k, K.Key_Down if there.y() > here.y() else K.Key_Up)
            else:
                key(k, K.Key_Right if there.x() > here.x() else K.Key_Left)
            presses += 1
        assert k.window.activeFocusItem() is goal, f"never reached key {digit}"
        key(k, K.Key_Return)
        presses += 1
    return presses


def test_a_phone_number_on_the_number_pad_takes_one_press_per_key_step(kp):
    show_screen(kp, "form-number-pad", "elderly")
    pad = shown(kp, "numberPad")
    wait_until(kp, lambda: focused(kp) == "padKey_1", what="the pad's first key focused")
    number = "13800138000"
    presses = press_digits_by_arrows(kp, number)
    assert pad.property("value") == number
    # As the keys are drawn (1 2 3 / 4 5 6 / 7 8 9 / X 0 ⌫), each step is one arrow: 16 arrows and
    # 11 Enters. Walking the keys in a line took 35 presses.
    assert presses == 27, presses


def test_focus_moved_by_the_keypad_is_scrolled_into_sight(kp):
    show_screen(kp, "journey-form", "elderly")
    wait_until(kp, lambda: kp.window.activeFocusItem() is not None, what="focus on the form")
    seen = []
    for _ in range(60):
        key(kp, K.Key_Down)
        item = kp.window.activeFocusItem()
        name = item.objectName()
        if name in seen or name.startswith("topBar") or name == "formContinue":
            break
        seen.append(name)
        page = item.parentItem()
        while page is not None and not page.clip():
            page = page.parentItem()
        if page is not None:
            # the page follows the focus (and the keyboard a text field opens) within a frame or two
            wait_until(kp, lambda i=item, p=page: inside(i, p), timeout_ms=3000, what=f"{name} in sight")
    assert len(seen) > 3, seen
