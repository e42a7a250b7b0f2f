"""The keypad keeps its place and reaches everything: after an action on the materials list the focus
goes on to the next material (not back to the top), the review's list of what will be submitted is
read by keypad, and the number pad holds the focus while it is open. Keys go straight to the window, as
the keypad's evdev keys arrive."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from ui_kit import module_kiosk, wait_until

from kiosk.tools.screenshots import find, settle, show_screen

K = Qt.Key


@pytest.fixture(scope="module")
def kp(qapp, tmp_path_factory):
    with module_kiosk(tmp_path_factory.mktemp("keypad-reach")) as app:
        yield app


def key(k: Any, code: Any) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        k.qt_app.sendEvent(k.window, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier))
    settle(k.qt_app, 20)


def focused(k: Any) -> Any:
    return k.window.activeFocusItem()


def card_of(item: Any) -> str:
    """The material code of the card that holds ``item`` ("" when none does)."""
    while item is not None:
        if item.objectName().startswith("material_"):
            return item.objectName().removeprefix("material_")
        item = item.parentItem()
    return ""


def test_after_an_action_the_focus_goes_on_to_the_next_material(kp):
    show_screen(kp, "journey-materials", "elderly")
    wait_until(kp, lambda: find(kp, "materialsContinue") is not None, what="the materials screen")
    # the materials still to hand in, in the order they are listed
    cards = [m for m in kp.journey.materials if m.get("asked") is not False and not m.get("disposition")]
    deferrable = [i for i, m in enumerate(cards) if m.get("deferrable")]
    assert deferrable and deferrable[0] + 1 < len(cards), "the demo journey has a material to defer first"
    here, after = cards[deferrable[0]]["code"], cards[deferrable[0] + 1]["code"]

    find(kp, f"defer_{here}").forceActiveFocus()
    key(kp, K.Key_Return)  # 容缺: this material is done, the list is made again
    wait_until(kp, lambda: kp.journey.journey.materials.handling(here) is not None, what="deferred")
    wait_until(kp, lambda: card_of(focused(kp)) == after, 3000,
               what=f"focus on the next material {after}, not {card_of(focused(kp))!r}")
    assert focused(kp).property("visible") and focused(kp).objectName() == f"scan_{after}"

    # undoing it keeps the focus on the same material (its first control now)
    find(kp, f"restart_{here}").forceActiveFocus()
    key(kp, K.Key_Return)
    wait_until(kp, lambda: kp.journey.journey.materials.handling(here) is None, what="undone")
    wait_until(kp, lambda: card_of(focused(kp)) == here, 3000,
               what=f"focus kept on {here}, not {card_of(focused(kp))!r}")

