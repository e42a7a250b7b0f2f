"""While the on-screen keyboard is open, the field being typed in stays in sight above it: every text
field of every screen with one, in every theme, in landscape and portrait. What is checked is the
geometry a resident sees: the field, its label and its error all lie inside the screen's area and above
the keyboard's top edge, not hidden by a clipping list or the keyboard itself."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication
from ui_kit import module_kiosk, wait_until

from kiosk.tools.screenshots import find, show_screen, visual_items

#: the screens with a field typed on the Pinyin keyboard
TEXT_SCREENS = ("search-keyboard", "form-typing", "complaints", "home-visit-details")
THEMES = ("standard", "elderly", "high_contrast")
GEOMETRIES = ((1280, 800), (1080, 1920), (1920, 1080))
pytestmark = pytest.mark.slow  # 27 layouts with the keyboard opened on every field: about a minute


@pytest.fixture(scope="module")
def kb(qapp, tmp_path_factory):
    with module_kiosk(tmp_path_factory.mktemp("keyboard-field")) as app:
        size = app.window.width(), app.window.height()
        # The keyboard panel loads after the first frame, and its top edge is what the fields are
        # measured against.
        show_screen(app, "home")
        wait_until(app, lambda: find(app, "inputPanel") is not None, what="the keyboard panel loaded")
        yield app
        app.window.resize(*size)


def scene_rect(item: Any) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def typed_fields(k: Any) -> list[Any]:
    """The visible fields of the screen that take typing from the on-screen keyboard."""
    screen = find(k, "screenLoader")
    return [
        i
        for i in visual_items(screen)
        if (i.inherits("QQuickTextInput") or i.inherits("QQuickTextEdit"))
        and i.isVisible()
        and not i.property("readOnly")
    ]


def visible_area(k: Any, item: Any) -> QRectF:
    """What of the window is left for ``item`` after every clipping ancestor. (Not item.window(): the
    wrapper PySide makes for it deletes the window when it is collected.)"""
    area = QRectF(0, 0, k.window.width(), k.window.height())
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            area = area.intersected(scene_rect(parent))
        parent = parent.parentItem()
    return area


def label_and_error(field: Any, danger: str) -> list[Any]:
    """The texts that belong to the field: the texts just above it (its label and help) and an error
    just below it (drawn in the danger colour), among the siblings of the field, or of the Loader that
    holds it."""
    unit = field
    while unit.parentItem() is not None and len(unit.parentItem().childItems()) == 1:
        unit = unit.parentItem()
    siblings = unit.parentItem().childItems()
    at = siblings.index(unit)
    shown = [s for s in siblings if s.isVisible() and s.height() > 0]
    out = []
    before = [s for s in shown if siblings.index(s) < at]
    for s in reversed(before):
        if not s.inherits("QQuickText"):
            break
        out.append(s)
    after = [s for s in shown if siblings.index(s) > at]
    if after and after[0].inherits("QQuickText") and after[0].property("color").name() == danger:
        out.append(after[0])
    return out


def open_keyboard(k: Any, field: Any) -> Any:
    field.forceActiveFocus()
    QGuiApplication.inputMethod().show()
    wait_until(
        k,
        lambda: (p := find(k, "inputPanel")) is not None and p.property("active") and p.isVisible(),
        what="the keyboard open",
    )
    return find(k, "inputPanel")


def hidden_parts(k: Any, field: Any) -> list[str]:
    panel = find(k, "inputPanel")
    top = scene_rect(panel).top()
    problems = []
    for part in [field, *label_and_error(field, k.app.property("t").toVariant()["danger"])]:
        r = scene_rect(part)
        area = visible_area(k, part)
        name = part.objectName() or repr(part.property("text"))[:30]
        if r.bottom() > top + 0.5:
            problems.append(f"{name} ends at y={r.bottom():.0f}, below the keyboard's top {top:.0f}")
        if not area.contains(r.adjusted(0.5, 0.5, -0.5, -0.5)):
            problems.append(f"{name} {r.getCoords()} is clipped to {area.getCoords()}")
    return problems


@pytest.mark.parametrize("geometry", GEOMETRIES, ids=lambda g: f"{g[0]}x{g[1]}")
@pytest.mark.parametrize("theme", THEMES)
def test_the_field_being_typed_in_stays_above_the_keyboard(kb, theme, geometry):
    kb.window.resize(*geometry)
    print("resized", kb.window)
    problems = []
    for screen in TEXT_SCREENS:
        show_screen(kb, screen, theme)
        fields = typed_fields(kb)
        assert fields, f"{screen}: no text field found"
        for field in fields:
            open_keyboard(kb, field)
            # the screen's layout follows the keyboard in a frame or two: wait for it, then report
            try:
                wait_until(kb, lambda f=field: not hidden_parts(kb, f), timeout_ms=3000)
            except AssertionError:
                problems += [f"{screen} {field.objectName()}: {p}" for p in hidden_parts(kb, field)]
            QGuiApplication.inputMethod().hide()
            wait_until(kb, lambda: not find(kb, "inputPanel").property("active"), what="keyboard closed")
    assert not problems, "\n".join(problems)


def _typist_key(k: Any, key: Any, text: str) -> None:
    from PySide6.QtCore import Q_ARG, QMetaObject

    from kiosk.tools.screenshots import keyboard_typist

    QMetaObject.invokeMethod(
        keyboard_typist(k), "click", Q_ARG("QVariant", int(key)), Q_ARG("QVariant", text)
    )


@pytest.mark.parametrize("screen", ["search-keyboard", "form-typing"])
def test_the_keyboards_ok_key_commits_what_was_typed_and_closes_it(kb, screen):
    from PySide6.QtCore import Qt

    from kiosk.tools.screenshots import type_on_keyboard

    kb.window.resize(1280, 800)
    show_screen(kb, screen, "standard")
    field = typed_fields(kb)[0]
    field.setProperty("text", "")
    open_keyboard(kb, field)
    type_on_keyboard(kb, "he")
    wait_until(kb, lambda: field.property("preeditText").replace(" ", "") == "he", what="pinyin he")
    _typist_key(kb, Qt.Key.Key_Return, "\n")
    wait_until(kb, lambda: not QGuiApplication.inputMethod().isVisible(), what="the keyboard closed")
    assert field.property("text") == "he" and field.property("preeditText") == ""
    assert kb.window.activeFocusItem() is field  # the resident is where they were
    assert kb.window.property("keypadTyping") is False


@pytest.mark.parametrize("theme", THEMES)
def test_pinyin_candidates_never_overlap(kb, theme):
    from kiosk.tools.screenshots import type_on_keyboard

    kb.window.resize(1280, 800)
    show_screen(kb, "search-keyboard", theme)
    field = typed_fields(kb)[0]
    field.setProperty("text", "")
    open_keyboard(kb, field)
    type_on_keyboard(kb, "he")
    panel = find(kb, "inputPanel")

    def words() -> list[Any]:
        return sorted(
            (i for i in visual_items(panel) if i.objectName() == "candidateText" and i.isVisible()),
            key=lambda i: scene_rect(i).left(),
        )

    wait_until(kb, lambda: len(words()) >= 5, what="candidates for he")
    boxes = [(w.property("text"), scene_rect(w)) for w in words()]
    for (a, ra), (b, rb) in itertools.pairwise(boxes):
        assert ra.right() <= rb.left(), f"{theme}: candidate {a!r} {ra.getCoords()} runs into {b!r}"
    body = kb.app.property("t").toVariant()["body"]
    for word, rect in boxes:
        assert rect.height() >= body, f"{theme}: {word!r} is drawn too small"


@pytest.mark.parametrize("geometry", [(1080, 1920), (1920, 1080)], ids=lambda g: f"{g[0]}x{g[1]}")
def test_the_handwriting_tab_draws_over_nothing_of_the_screen(kb, geometry):
    """The 手写 tab stands on the keys' top edge, at the right: the screen's action row keeps clear of
    it (it covered 发送 and 继续 in 长辈版 portrait), and so does the field being typed in."""
    kb.window.resize(*geometry)
    show_screen(kb, "complaints", "elderly")
    open_keyboard(kb, typed_fields(kb)[0])
    tab = find(kb, "handwritingSwitch")
    wait_until(kb, lambda: tab.isVisible(), what="the 手写 tab")
    clear = ("complaintSubmit", "complaintCancel", "complaintText")

    def covered() -> list[str]:
        return [n for n in clear if scene_rect(find(kb, n)).intersects(scene_rect(tab))]

    wait_until(kb, lambda: not covered(), timeout_ms=3000, what=f"{covered()} clear of the 手写 tab")
    QGuiApplication.inputMethod().hide()
    wait_until(kb, lambda: not find(kb, "inputPanel").property("active"), what="keyboard closed")
    # the search results, a list down to the keys, end above it
    show_screen(kb, "search-keyboard", "elderly")
    open_keyboard(kb, typed_fields(kb)[0])
    clear = ("searchResults", "searchField")
    wait_until(kb, lambda: tab.isVisible() and not covered(), timeout_ms=3000, what=f"{covered()} clear")
    QGuiApplication.inputMethod().hide()
    wait_until(kb, lambda: not find(kb, "inputPanel").property("active"), what="keyboard closed")


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_every_key_shows_its_whole_word_in_every_theme(kb, locale):
    """On the narrowest panel (1080 px wide) a key's word is set smaller rather than cut to "Engl…"
    (长辈版's large type); the style's floor for that is the look's small size."""
    kb.window.resize(1080, 1920)
    problems = []
    for theme in THEMES:
        show_screen(kb, "search-keyboard", theme, locale)
        panel = open_keyboard(kb, typed_fields(kb)[0])
        labels = [
            i
            for i in visual_items(panel)
            if i.objectName() == "keyLabel" and i.isVisible() and i.property("text")
        ]
        assert len(labels) >= 8, f"{theme}: the function keys' words not found"
        for label in labels:
            word = label.property("text")
            if label.property("truncated"):
                problems.append(f"{theme} {locale}: {word!r} is cut to fit its key")
        QGuiApplication.inputMethod().hide()
        wait_until(kb, lambda: not find(kb, "inputPanel").property("active"), what="keyboard closed")
    assert not problems, "\n".join(problems)


def test_every_field_of_every_typing_screen_keeps_its_name_in_sight_above_it(kb):
    """A field's name is a text just above it, not only its placeholder (which goes with the first
    letter typed): two fields typed in side by side stay told apart. Every field of every screen of
    the keyboard pictures (kiosk.tools.keyboard_shots)."""
    from kiosk.tools.keyboard_shots import KEYBOARD_SCREENS, fields_of, show_screen_with

    kb.window.resize(1080, 1920)
    problems, checked = [], 0
    for screen in KEYBOARD_SCREENS:
        show_screen_with(kb, screen, "standard", "zh_CN")
        for field in fields_of(kb):
            name = field.property("label")
            if not name:  # the search box: the screen's title names it
                continue
            top = scene_rect(field).top()
            above = [
                t
                for t in visual_items(find(kb, "screenLoader"))
                if t.inherits("QQuickText")
                and t.isVisible()
                and str(t.property("text")).startswith(name)
                and top - 3 * field.height() <= scene_rect(t).bottom() <= top + 0.5
            ]
            checked += 1
            if not above:
                problems.append(f"{screen} {field.objectName()}: no {name!r} above the field")
    assert checked >= 20, checked
    assert not problems, "\n".join(problems)


def test_the_keyboard_pictures_show_each_field_with_what_it_opens(kb, tmp_path):
    """`kiosk-tools screenshots DIR --keyboard`, one screen of it: a picture per field and what it
    opens (the bank account its pad, a name Pinyin and 手写), none of them with a finding."""
    from kiosk.tools.cli import main
    from kiosk.tools.keyboard_shots import shoot_fields

    findings: list[str] = []
    written = shoot_fields(kb, "form-bank-account", "standard", "zh_CN", (1080, 1920), tmp_path, findings)
    names = {p.name.split("--")[1] + "--" + p.name.split("--")[2] for p in written}
    opened = {"field_bank_account--pad", "field_subject_name--pinyin", "field_subject_name--handwriting"}
    assert opened <= names, names
    assert all(p.stat().st_size > 10_000 for p in written)
    assert not findings, findings
    assert main(["screenshots", str(tmp_path), "--keyboard", "--screen", "nowhere"]) == 2


def stroke_across(k: Any, box: Any) -> None:
    """A finger's horizontal stroke through the box's middle (一), enough for candidates."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    def at(fx: float) -> Any:
        return box.mapToScene(QPointF(fx * box.width(), box.height() / 2)).toPoint()

    button, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QTest.mousePress(k.window, button, none, at(0.2))
    for step in range(1, 13):
        QTest.mouseMove(k.window, at(0.2 + 0.6 * step / 12))
    QTest.mouseRelease(k.window, button, none, at(0.8))


PORTRAIT_AND_LANDSCAPE = pytest.mark.parametrize(
    "size", [(1080, 1920), (1920, 1080)], ids=lambda g: f"{g[0]}x{g[1]}"
)


#: the least share of a portrait window's width the 手写 box takes (on a narrow 800 px panel 长辈版's two
#: rows of candidates take some of the height the box would have)
BOX_SHARE = {(1080, 1920): 0.7, (800, 1280): 0.48}


@pytest.mark.parametrize("size", [(1080, 1920), (800, 1280), (1920, 1080)], ids=lambda g: f"{g[0]}x{g[1]}")
@pytest.mark.parametrize("theme", ["standard", "elderly"])
def test_the_writing_box_takes_a_portrait_panels_width(kb, theme, size):
    """On a 1080x1920 panel the 手写 box is big for a finger (at least 70 % of the window's width, a
    square), its candidates above it and no smaller than a touch target, clear of the buttons beside
    it, while the field being written into stays above the keyboard; a landscape window keeps its box
    as tall as the panel."""
    kb.window.resize(*size)
    show_screen(kb, "complaints", theme, "zh_CN")
    t = kb.app.property("t").toVariant()
    field = find(kb, "complaintText")
    open_keyboard(kb, field)
    writer = find(kb, "handwritingPanel")
    writer.setProperty("writing", True)
    box, sheet = find(kb, "handwritingBox"), find(kb, "handwritingSheet")
    wait_until(kb, lambda: sheet.isVisible() and not hidden_parts(kb, field), what="the box, the field above")
    rect = scene_rect(box)
    assert abs(rect.width() - rect.height()) < 1, f"the box is no square: {rect}"
    assert QRectF(0, 0, *size).contains(rect), f"the box {rect} leaves the window"
    if size[1] > size[0]:
        assert rect.width() >= BOX_SHARE[size] * size[0], f"the box is {rect.width():.0f} px of {size[0]}"
        stroke_across(kb, box)
        wait_until(kb, lambda: len(kb.handwriting.candidates) >= 3, what="candidates for 一")
        assert not find(kb, "handwritingHint").isVisible(), "the hint stays under the finger's ink"
        choices = [
            c for c in visual_items(sheet) if c.objectName() == "handwritingCandidate" and c.isVisible()
        ]
        buttons = [find(kb, n) for n in ("handwritingClear", "handwritingDelete", "handwritingHide")]
        assert len(choices) >= 3
        for c in choices:
            cr = scene_rect(c)
            assert cr.bottom() <= rect.top(), f"candidate {cr} not above the box {rect}"
            assert cr.height() >= t["target"], f"candidate {cr} smaller than a target"
            assert not any(cr.intersects(scene_rect(b)) for b in buttons), f"candidate {cr} on a button"
        assert not any(rect.intersects(scene_rect(b)) for b in buttons), "the box under a button"
    else:
        assert rect.height() >= scene_rect(sheet).height() - 2 * t["gap"] - 1, "the box lower than the panel"
    writer.setProperty("writing", False)
    QGuiApplication.inputMethod().hide()
    wait_until(kb, lambda: not find(kb, "inputPanel").property("active"), what="keyboard closed")


@PORTRAIT_AND_LANDSCAPE
@pytest.mark.parametrize("theme", ["standard", "elderly"])
def test_the_forms_number_pad_keys_grow_on_a_portrait_panel(kb, theme, size):
    """The bank account's pad: on 1080x1920 its keys are at least a fifth of the window wide (and the
    pad inside the window); on 1920x1080 they keep the landscape size (1.6 targets)."""
    from PySide6.QtCore import Q_ARG, QMetaObject

    from kiosk.tools.keyboard_shots import fields_of, show_screen_with

    kb.window.resize(*size)
    show_screen_with(kb, "form-bank-account", theme, "zh_CN")
    target = kb.app.property("t").toVariant()["target"]
    field = next(f for f in fields_of(kb) if f.objectName() == "field_bank_account")
    field.forceActiveFocus()
    QMetaObject.invokeMethod(field, "openPad")
    one, ok, overlay = find(kb, "padKey_1"), find(kb, "padOk"), find(kb, "padOverlay")
    wait_until(
        kb,
        lambda: field.property("padOpen") and one.isVisible() and overlay.width() > size[0] / 2,
        what="the pad opened over the window",
    )
    pad = find(kb, "numberPad")
    # the keys are laid out a frame after the pad learns its room
    wait_until(kb, lambda: abs(one.width() - pad.property("key")) < 1, what="the keys laid out")
    key = scene_rect(one)
    assert QRectF(0, 0, *size).contains(scene_rect(pad)), f"the pad {scene_rect(pad)} leaves the window"
    if size[1] > size[0]:
        assert key.width() >= size[0] / 5, f"a key {key.width():.0f} px wide on {size[0]}"
        assert scene_rect(ok).height() >= target, f"OK is {scene_rect(ok).height()} px tall"
    else:
        assert abs(key.width() - target * 1.6) < 1, f"a landscape key {key.width()} px"
    QMetaObject.invokeMethod(field, "accept", Q_ARG("QVariant", field.property("text")))
    wait_until(kb, lambda: not field.property("padOpen"), what="the pad closed")
