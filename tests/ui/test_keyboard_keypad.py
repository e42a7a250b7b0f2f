"""The tactile keypad types on the on-screen keyboard (components/Keyboard.qml and our keyboard style).

Arrows move between the screen's controls until Enter on a text field gives them to the keys; the ringed
key is spoken; Enter presses it; the Pinyin candidates are reached with Up; 收起 (Hide) or the keyboard's
own 确定 give the arrows back to the screen. Keys go straight to the window, as the keypad's evdev keys
arrive (QTest.keyClick blocks under the virtual keyboard)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from ui_kit import module_kiosk, shown, wait_until

from kiosk.tools.screenshots import find, settle, show_screen

K = Qt.Key


@pytest.fixture(scope="module")
def kb(qapp, tmp_path_factory):
    with module_kiosk(tmp_path_factory.mktemp("keyboard-keypad")) as app:
        yield app


def key(kiosk: Any, code: Any) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        kiosk.qt_app.sendEvent(kiosk.window, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier))
    settle(kiosk.qt_app, 40)


def on_search(kiosk: Any) -> Any:
    show_screen(kiosk, "home", "elderly", "zh_CN")
    kiosk.app.go("search", "")
    field = shown(kiosk, "searchField")
    wait_until(kiosk, lambda: kiosk.window.activeFocusItem() is field, what="focus on the search field")
    return field


def ringed(kiosk: Any) -> tuple[str, Any]:
    """The spoken label of the key the keypad ring is on, and that key."""
    ring = find(kiosk, "keyHighlight")
    if ring is None or not ring.isVisible():
        return "", None
    return ring.property("spoken"), ring.property("target")


def labelled(kiosk: Any, label: str) -> Any:
    stack = [find(kiosk, "inputPanel")]
    while stack:
        item = stack.pop()
        if item.objectName() == "keyLabel" and item.property("text") == label and item.isVisible():
            return item
        stack.extend(item.childItems())
    raise AssertionError(f"no key labelled {label!r}")


def centre(item: Any) -> QPointF:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2))


def ring_to(kiosk: Any, label: str) -> None:
    """Arrow the ring onto the key labelled ``label``, as a resident listening to the keys would."""
    goal = centre(labelled(kiosk, label))
    trail = []
    for _ in range(30):
        spoken, item = ringed(kiosk)
        trail.append(spoken)
        if spoken == label:
            return
        if item is None:
            key(kiosk, K.Key_Down)  # the first arrow puts the ring on a key
            continue
        here = centre(item)
        if abs(goal.y() - here.y()) > item.height() / 2:
            key(kiosk, K.Key_Down if goal.y() > here.y() else K.Key_Up)
        else:
            key(kiosk, K.Key_Right if goal.x() > here.x() else K.Key_Left)
    raise AssertionError(f"the ring never reached {label!r}: {trail}")


def test_arrows_move_between_controls_until_enter_gives_them_to_the_keys(kb):
    field = on_search(kb)
    assert QGuiApplication.inputMethod().isVisible()  # shown for a finger, but not in the keypad's way
    key(kb, K.Key_Down)
    assert kb.window.activeFocusItem() is not field
    assert ringed(kb) == ("", None)
    field.forceActiveFocus()
    key(kb, K.Key_Return)
    assert kb.window.property("keypadTyping") is True
    key(kb, K.Key_Down)
    assert kb.window.activeFocusItem() is field  # the arrow went to the keys
    spoken, item = ringed(kb)
    assert spoken and item is not None


def test_the_keypad_types_pinyin_and_picks_a_candidate(kb):
    field = on_search(kb)
    key(kb, K.Key_Return)
    for letter in "yanglao":
        ring_to(kb, letter)
        key(kb, K.Key_Return)
    assert field.property("preeditText").replace(" ", "") == "yanglao"
    key(kb, K.Key_Up)  # up from the top row: the candidate words
    spoken, _ = ringed(kb)
    assert spoken == "养老"
    key(kb, K.Key_Return)
    assert field.property("text") == "养老"
    assert any("养老" in r["name"] for r in kb.catalog.results.rows())


def test_the_ringed_key_is_spoken(kb, qtbot):
    on_search(kb)
    voice = kb.voice
    assert voice.property("enabled")  # on by default in 长辈版
    key(kb, K.Key_Return)
    ring_to(kb, "删除")
    # Spoken through the voice's focus path: synthesized for the session's language and played.
    qtbot.waitUntil(
        lambda: voice.cache.lookup("删除", locale=voice.session.locale) is not None, timeout=10000
    )


@pytest.mark.parametrize("finish", ["收起", "确定"])
def test_hide_or_the_keyboards_enter_key_gives_the_arrows_back(kb, finish):
    field = on_search(kb)
    key(kb, K.Key_Return)
    ring_to(kb, finish)
    key(kb, K.Key_Return)
    assert kb.window.property("keypadTyping") is False
    assert ringed(kb) == ("", None)
    key(kb, K.Key_Down)
    assert kb.window.activeFocusItem() is not field


def test_enter_in_the_complaint_text_starts_typing_instead_of_a_new_line(kb):
    show_screen(kb, "home", "elderly", "zh_CN")
    kb.app.go("complaints", "")
    text = shown(kb, "complaintText")
    text.forceActiveFocus()
    wait_until(kb, text.hasActiveFocus)
    key(kb, K.Key_Return)
    assert kb.window.property("keypadTyping") is True
    assert text.property("text") == ""
    ring_to(kb, "English")  # plain letters, no Pinyin composition
    key(kb, K.Key_Return)
    ring_to(kb, "h")
    key(kb, K.Key_Return)
    ring_to(kb, "i")
    key(kb, K.Key_Return)
    assert text.property("text").lower() == "hi"
    ring_to(kb, "收起")
    key(kb, K.Key_Return)
    assert kb.window.property("keypadTyping") is False


def test_the_next_resident_gets_the_keyboard_in_their_own_language(kb):
    on_search(kb)
    key(kb, K.Key_Return)
    ring_to(kb, "English")
    key(kb, K.Key_Return)
    assert labelled(kb, "中文")  # switched to the English layout
    kb.session.finish()
    wait_until(kb, lambda: kb.app.screen == "attract")
    on_search(kb)
    assert labelled(kb, "English")  # Pinyin again, as this resident's language is Chinese
