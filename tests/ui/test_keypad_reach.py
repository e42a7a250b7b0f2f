"""The keypad keeps its place and reaches everything: after an action on the materials list the focus
goes on to the next material (not back to the top), the review's list of what will be submitted is
read by keypad, and the number pad holds the focus while it is open. Keys go straight to the window, as
the keypad's evdev keys arrive."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from ui_kit import module_kiosk, qml_warnings, wait_until

from kiosk.tools.screenshots import find, settle, show_screen

K = Qt.Key
ACTIONS = {"reviewSubmit", "reviewSign", "reviewMaterials", "reviewForm"}


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
    wait_until(
        kp,
        lambda: card_of(focused(kp)) == after,
        3000,
        what=f"focus on the next material {after}, not {card_of(focused(kp))!r}",
    )
    assert focused(kp).property("visible") and focused(kp).objectName() == f"scan_{after}"

    # undoing it keeps the focus on the same material (its first control now)
    find(kp, f"restart_{here}").forceActiveFocus()
    key(kp, K.Key_Return)
    wait_until(kp, lambda: kp.journey.journey.materials.handling(here) is None, what="undone")
    wait_until(
        kp,
        lambda: card_of(focused(kp)) == here,
        3000,
        what=f"focus kept on {here}, not {card_of(focused(kp))!r}",
    )


def test_the_review_list_is_read_line_by_line_by_keypad(kp):
    """Up from Submit reaches the list; from its first line Down walks every line of what will be
    submitted (each scrolled into sight when focused, its words its name, which the voice says) and
    goes on to the buttons under the list."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QAccessible

    show_screen(kp, "journey-review", "elderly")
    wait_until(
        kp,
        lambda: focused(kp) is not None and focused(kp).objectName() == "reviewSubmit",
        what="focus on Submit",
    )
    review = kp.journey.review
    lines = {f"reviewRow_{row['key']}" for row in review["form"]}
    lines |= {f"reviewMaterial_{m['code']}" for m in review["materials"]}
    lines |= {"reviewApplicant", "reviewSigned"}
    for _ in range(len(lines) + 10):
        key(kp, K.Key_Up)
        if focused(kp).objectName() == "reviewApplicant":
            break
    assert focused(kp).objectName() == "reviewApplicant"
    reached = {"reviewApplicant"}
    for _ in range(2 * len(lines) + 10):
        key(kp, K.Key_Down)
        item = focused(kp)
        name = item.objectName()
        if name in ACTIONS:
            break
        if name not in lines:
            continue
        reached.add(name)
        page = item.parentItem()
        while page is not None and not page.clip():
            page = page.parentItem()
        view = page.mapRectToScene(QRectF(0, 0, page.width(), page.height()))
        wait_until(
            kp,
            lambda i=item, v=view: v.contains(i.mapRectToScene(QRectF(0, 0, i.width(), i.height()))),
            3000,
            what=f"{name} in sight",
        )
        said = QAccessible.queryAccessibleInterface(item).text(QAccessible.Text.Name)
        assert said == item.property("text") and said.strip(), (name, said)
    assert focused(kp).objectName() in ACTIONS
    assert reached == lines, f"never reached by keypad: {sorted(lines - reached)}"


def tap(k: Any, item: Any) -> None:
    """A finger on the middle of ``item``, as the touch panel's events arrive (a mouse press and release)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QMouseEvent

    at = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        buttons = (
            Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
        )
        event = QMouseEvent(kind, at, at, Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
        k.qt_app.sendEvent(k.window, event)
    settle(k.qt_app, 20)


def _inside(item: Any, name: str) -> bool:
    while item is not None:
        if item.objectName() == name:
            return True
        item = item.parentItem()
    return False


def test_the_number_pad_is_a_named_modal_dialog(kp):
    """Open, the pad is a dialog named by its field; the form under it is out of the screen reader's
    tree, out of the keypad's reach and out of touch; both touch and keypad type on it."""
    from PySide6.QtGui import QAccessible
    from test_screen_reader_tree import ACTIONABLE, nodes

    QAccessible.setActive(True)
    with qml_warnings(kp) as warnings:
        show_screen(kp, "form-number-pad", "elderly")
    assert not [w for w in warnings if "Accessible" in w], warnings  # the name is set where Qt reads it
    wait_until(
        kp,
        lambda: focused(kp) is not None and focused(kp).objectName() == "padKey_1",
        what="the pad's first key focused",
    )
    pad, form_continue = find(kp, "numberPad"), find(kp, "formContinue")
    label = pad.property("label")
    assert label

    tree = [iface for iface, _ in nodes(QAccessible.queryAccessibleInterface(kp.window))]
    dialogs = [i for i in tree if i.role() == QAccessible.Role.Dialog]
    assert [d.text(QAccessible.Text.Name) for d in dialogs] == [label]
    shown_controls = {
        i.object().objectName() for i in tree if i.role() in ACTIONABLE and i.object() is not None
    }
    assert {"padKey_5", "padOk", "padCancel"} <= shown_controls
    assert "formContinue" not in shown_controls and "voiceFaster" not in shown_controls, shown_controls

    # the keypad: no arrow leaves the pad for the form under it
    for arrow in [K.Key_Up] * 5 + [K.Key_Left] * 4 + [K.Key_Down] * 6 + [K.Key_Right] * 4:
        key(kp, arrow)
        assert _inside(focused(kp), "padOverlay"), f"the keypad left the pad for {focused(kp).objectName()}"
    find(kp, "padKey_1").forceActiveFocus()
    key(kp, K.Key_Return)
    assert pad.property("value") == "1"
    # touch: a key types; a touch where the form's Continue lies stays on the pad
    tap(kp, find(kp, "padKey_3"))
    assert pad.property("value") == "13"
    tap(kp, form_continue)
    assert pad.property("visible") and kp.journey.step == "form" and _inside(focused(kp), "padOverlay")
    tap(kp, find(kp, "padOk"))
    wait_until(kp, lambda: not pad.property("visible"), 3000, what="the pad closed by OK")
    tree = [iface for iface, _ in nodes(QAccessible.queryAccessibleInterface(kp.window))]
    assert "formContinue" in {i.object().objectName() for i in tree if i.object() is not None}
