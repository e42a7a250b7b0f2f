"""手写 on the on-screen keyboard, driven as a finger would: the tab on the keyboard's edge opens the
writing box, strokes drawn in it bring candidates from the real recognizer, choosing one types it
into the field; the session wipe leaves no strokes and no candidates for the next resident."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from ui_kit import wait_until

from kiosk.core.session import State
from kiosk.tools.screenshots import find, show_screen


def centre(item: Any) -> QPoint:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def tap(kiosk: Any, item: Any) -> None:
    QTest.mouseClick(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre(item))


def draw(kiosk: Any, box: Any, points: list[tuple[float, float]]) -> None:
    """One stroke with a finger, ``points`` as fractions of the box."""
    size = box.width()

    def at(p: tuple[float, float]) -> QPoint:
        return box.mapToScene(QPointF(p[0] * size, p[1] * size)).toPoint()

    QTest.mousePress(kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(points[0]))
    for a, b in itertools.pairwise(points):
        for k in range(1, 9):
            QTest.mouseMove(kiosk.window, at((a[0] + (b[0] - a[0]) * k / 8, a[1] + (b[1] - a[1]) * k / 8)))
    QTest.mouseRelease(
        kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(points[-1])
    )


def open_writing(kiosk: Any) -> Any:
    show_screen(kiosk, "search-keyboard", "standard", "zh_CN")
    field = find(kiosk, "searchField")
    field.setProperty("text", "")
    field.forceActiveFocus()
    wait_until(kiosk, lambda: field.hasActiveFocus(), what="the field focused")
    switch = find(kiosk, "handwritingSwitch")
    wait_until(kiosk, lambda: switch is not None and switch.isVisible() and switch.height() > 0)
    tap(kiosk, switch)
    wait_until(kiosk, lambda: find(kiosk, "handwritingSheet").isVisible(), what="the writing box")
    return field


def candidate_texts(kiosk: Any) -> list[str]:
    return list(kiosk.handwriting.candidates)


def test_writing_a_character_types_it_into_the_field(fresh_kiosk):
    kiosk = fresh_kiosk
    field = open_writing(kiosk)
    box = find(kiosk, "handwritingBox")
    assert box.width() >= 200 and box.width() == box.height()  # a box a finger can write in
    draw(kiosk, box, [(0.15, 0.5), (0.85, 0.5)])  # 一 then 丨: 十
    draw(kiosk, box, [(0.5, 0.12), (0.5, 0.88)])
    wait_until(kiosk, lambda: "十" in candidate_texts(kiosk)[:3], what="十 among the candidates")
    assert find(kiosk, "handwritingBox").isVisible()
    buttons = [i for i in _items(kiosk) if i.objectName() == "handwritingCandidate" and i.isVisible()]
    assert len(buttons) == len(candidate_texts(kiosk))
    # The grid places new buttons when it next lays out: tap once each has a place of its own.
    wait_until(
        kiosk, lambda: len({(b.x(), b.y()) for b in buttons}) == len(buttons), what="the candidates laid out"
    )
    tap(kiosk, next(b for b in buttons if b.property("label") == "十"))
    wait_until(
        kiosk,
        lambda: field.property("text") == "十",
        what=f"十 in the field (candidates {candidate_texts(kiosk)})",
    )
    assert candidate_texts(kiosk) == []  # the box is clear for the next character
    tap(kiosk, find(kiosk, "handwritingDelete"))
    wait_until(kiosk, lambda: field.property("text") == "", what="the character deleted")


def test_the_wipe_leaves_no_strokes_and_no_candidates(fresh_kiosk):
    kiosk = fresh_kiosk
    open_writing(kiosk)
    panel = find(kiosk, "handwritingPanel")
    draw(kiosk, find(kiosk, "handwritingBox"), [(0.15, 0.5), (0.85, 0.5)])
    wait_until(kiosk, lambda: candidate_texts(kiosk), what="candidates")
    assert len(panel.property("strokes").toVariant()) == 1
    kiosk.app.finish()
    wait_until(kiosk, lambda: kiosk.session.state is State.ATTRACT, what="the session wiped")
    assert candidate_texts(kiosk) == []
    assert panel.property("strokes").toVariant() == []
    assert panel.property("writing") is False  # the next resident starts on the keys


def _items(kiosk: Any) -> list[Any]:
    out, stack = [], [kiosk.window.contentItem()]
    while stack:
        item = stack.pop()
        out.append(item)
        stack.extend(item.childItems())
    return out


def test_without_the_model_there_is_no_tab_and_nothing_breaks(qapp, qtbot, kiosk_config, tmp_path):
    from kiosk.core.session import Session
    from kiosk.ui.handwriting_controller import HandwritingController

    controller = HandwritingController(Session(kiosk_config), model=tmp_path / "absent.model")
    assert controller.available is False  # the panel hides its 手写 tab on this
    controller.recognize([[[1, 1], [50, 50]]], 100)
    controller.close()  # waits for the worker: its answer (none) is then queued
    qapp.processEvents()
    assert controller.candidates == []
