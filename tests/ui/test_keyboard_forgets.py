"""Wipe means wiped for the Pinyin keyboard: a name composed character by character in one session is
not the next resident's first candidate. The Pinyin engine is one per process, so the test uses one
kiosk for both sessions, as a terminal does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtQml import QQmlComponent, QQmlEngine
from ui_kit import wait_until

from kiosk.core.session import State
from kiosk.tools.screenshots import find, show_screen, type_on_keyboard

_CANDIDATES_QML = b"""import QtQuick
import QtQuick.VirtualKeyboard
QtObject {
    function pinyinReady() {
        return InputContext.inputEngine.inputMethod !== null
            && InputContext.inputEngine.inputMode === InputEngine.InputMode.Pinyin
    }
    function candidates() {
        var m = InputContext.inputEngine.wordCandidateListModel, r = []
        for (var i = 0; i < m.count; i++) r.push(m.dataAt(i))
        return r.join("\\n")
    }
    function pick(i) { InputContext.inputEngine.wordCandidateListModel.selectItem(i) }
}
"""

NAME, SPELLING = "付一航", "fuyihang"


def candidate_reader(kiosk: Any) -> Any:
    component = QQmlComponent(kiosk.engine)
    component.setData(_CANDIDATES_QML, QUrl())
    reader = component.create()
    assert reader is not None, component.errorString()
    QQmlEngine.setObjectOwnership(reader, QQmlEngine.ObjectOwnership.CppOwnership)
    reader.setParent(kiosk.engine)
    return reader


def candidates(reader: Any) -> list[str]:
    listed = str(reader.candidates())
    return listed.split("\n") if listed else []


def spell_in_search(kiosk: Any, reader: Any) -> list[str]:
    """A new resident opens search, touches the field and spells the name on the keyboard."""
    show_screen(kiosk, "search-keyboard", "standard", "zh_CN")
    field = find(kiosk, "searchField")
    field.setProperty("text", "")
    field.forceActiveFocus()
    wait_until(kiosk, lambda: field.hasActiveFocus(), what="the field focused")
    wait_until(kiosk, lambda: reader.pinyinReady(), what="the Pinyin keyboard")
    type_on_keyboard(kiosk, SPELLING)
    wait_until(kiosk, lambda: len(candidates(reader)) > 5, what="candidates for " + SPELLING)
    return candidates(reader)


def test_a_name_composed_by_one_resident_is_not_offered_to_the_next(fresh_kiosk):
    kiosk = fresh_kiosk
    reader = candidate_reader(kiosk)
    before = spell_in_search(kiosk, reader)
    assert before[0] != NAME  # the engine does not know the name yet
    field = find(kiosk, "searchField")
    for char in NAME:  # one character at a time, as a resident spells a rare name
        reader.pick(candidates(reader).index(char))
    wait_until(kiosk, lambda: field.property("text") == NAME, what="the name in the field")
    # Within the session the engine has learned it: the same spelling offers the name first.
    field.setProperty("text", "")
    type_on_keyboard(kiosk, SPELLING)
    wait_until(kiosk, lambda: candidates(reader)[:1] == [NAME], what="the learned name")

    kiosk.app.finish()
    wait_until(kiosk, lambda: kiosk.session.state is State.ATTRACT, what="the session wiped")
    after = spell_in_search(kiosk, reader)
    assert after[0] == before[0]
    assert NAME not in after[:5]
