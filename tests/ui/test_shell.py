"""The Qt Quick shell, offscreen: navigation, themes, languages, idle warning and wipe, help, a11y."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Q_ARG, QMetaObject
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtQuick import QQuickItem
from test_spoken_prompts import check_said_in_mandarin
from ui_kit import qml_warnings, shown, wait_until

from kiosk.core.session import State
from kiosk.tools.screenshots import (
    SCREENS,
    find,
    grab,
    keyboard_typist,
    settle,
    show_screen,
    type_on_keyboard,
)


def current(kiosk) -> QQuickItem:
    return kiosk.window.property("currentScreen")


def walk(item: QQuickItem):
    yield item
    for child in item.childItems():
        yield from walk(child)


def visible_buttons(kiosk):
    """What a screen reader is offered: every visible control with the Button role."""
    QAccessible.setActive(True)
    for item in walk(kiosk.window.contentItem()):
        if not item.isVisible() or item.opacity() == 0:
            continue
        iface = QAccessible.queryAccessibleInterface(item)
        if iface is not None and iface.role() == QAccessible.Role.Button:
            yield item, iface


@pytest.fixture
def kiosk(shared_kiosk):
    """Most tests here need only a clean session, so they share the module's kiosk; those that check
    the store's rows or their own files ask for ``fresh_kiosk``."""
    return shared_kiosk


def test_first_touch_starts_a_session_on_home(kiosk):
    assert kiosk.app.screen == "attract"
    assert kiosk.session.state is State.ATTRACT
    kiosk.app.start()
    wait_until(kiosk, lambda: kiosk.app.screen == "home" and current(kiosk).property("prompt"))
    assert kiosk.session.state is State.ACTIVE


def test_browse_category_to_guide(kiosk):
    kiosk.app.start()
    kiosk.app.go("catalog")
    cat = kiosk.catalog.catalog
    category = next(c for c in cat.categories if cat.matters_in_category(c.code))
    shown(kiosk, f"category_{category.code}")
    kiosk.catalog.showList("category", category.code)
    kiosk.app.go("matters")
    wait_until(kiosk, lambda: kiosk.catalog.matters.count == len(cat.matters_in_category(category.code)))
    matter = cat.matters_in_category(category.code)[0]
    kiosk.catalog.openGuide(matter.code)
    kiosk.app.go("guide")
    wait_until(kiosk, lambda: kiosk.app.screen == "guide")
    guide = kiosk.catalog.guide
    assert guide["name"] == matter.name.text("zh_CN")
    keys = [s["key"] for s in guide["sections"]]
    assert {"basic", "materials", "limits", "fees", "contact", "legal_basis"} <= set(keys)
    kiosk.app.back()
    assert kiosk.app.screen == "matters"


@pytest.mark.parametrize("name", list(SCREENS))
def test_every_screen_loads_with_a_prompt_and_no_qml_errors(kiosk, name):
    with qml_warnings(kiosk) as errors:
        show_screen(kiosk, name, "standard", "zh_CN")
    screen = current(kiosk)
    assert screen is not None, f"{name}: no screen item"
    assert screen.property("prompt"), f"{name}: the screen has no spoken prompt"
    assert not errors, f"{name}: {errors}"
    check_said_in_mandarin(name, str(kiosk.window.property("prompt")))  # see test_spoken_prompts.py


def test_unbuilt_parts_show_coming_not_a_crash(kiosk):
    kiosk.app.start()
    for target in ("apply", "no-such-screen"):  # progress and complaints are built now
        kiosk.app.go(target)
        wait_until(kiosk, lambda: kiosk.app.screen == "coming")
        assert kiosk.app.screenArg == target


@pytest.mark.parametrize(
    "name", ["home", "catalog-topics", "guide-terminal", "search-keyboard", "idle-warning"]
)
def test_every_button_has_an_accessible_name(kiosk, name):
    show_screen(kiosk, name, "elderly", "zh_CN")
    buttons = list(visible_buttons(kiosk))
    assert buttons, f"{name}: no buttons found"
    unnamed = [
        item.objectName() or repr(item) for item, iface in buttons if not iface.text(QAccessible.Text.Name)
    ]
    assert not unnamed, f"{name}: buttons without an accessible name: {unnamed}"


def test_elderly_mode_meets_the_large_print_numbers(kiosk):
    config = kiosk.config.screen
    show_screen(kiosk, "home", "elderly", "zh_CN")
    t = kiosk.app.t.toVariant()  # the object QML reads
    assert t["body"] >= config.pt_to_px(18) - 0.5
    assert t["heading"] >= config.pt_to_px(30) - 0.5
    assert t["lineHeight"] >= 1.3
    for item, _iface in visible_buttons(kiosk):
        assert item.width() >= 60 and item.height() >= 60, (
            f"{item.objectName()}: {item.width()}x{item.height()}"
        )
    title = find(kiosk, "homeTitle")
    assert title.property("font").pixelSize() >= config.pt_to_px(30) - 0.5


def test_theme_resets_when_the_session_ends(kiosk):
    kiosk.app.start()
    kiosk.app.toggleElderly()
    assert kiosk.app.theme == "elderly" and kiosk.app.elderly
    kiosk.app.toggleHighContrast()
    assert QColor(kiosk.app.t.property("background").toString()) == QColor("#000000")
    kiosk.app.finish()
    wait_until(kiosk, lambda: kiosk.app.theme == "standard" and not kiosk.app.elderly)


def test_language_switches_live_and_resets(kiosk):
    kiosk.app.start()
    assert shown(kiosk, "homeTitle").property("text") == "您好，请问您要办理什么？"
    kiosk.app.toggleLocale()
    wait_until(kiosk, lambda: find(kiosk, "homeTitle").property("text") == "How can we help you today?")
    cat = kiosk.catalog.catalog
    assert kiosk.catalog.categories.rows()[0]["name"] == cat.categories[0].name.text("en")
    kiosk.app.finish()
    kiosk.app.start()
    wait_until(kiosk, lambda: find(kiosk, "homeTitle").property("text") == "您好，请问您要办理什么？")


def test_idle_warning_counts_down_then_wipes_every_trace(fresh_kiosk, tmp_path):
    kiosk = fresh_kiosk
    dictionary = tmp_path / "xdg-config" / "qtvirtualkeyboard" / "pinyin"
    kiosk.app.start()
    kiosk.app.toggleElderly()
    kiosk.app.go("search")
    kiosk.catalog.search("养老")
    wait_until(kiosk, lambda: kiosk.catalog.results.count > 0)
    dictionary.mkdir(parents=True, exist_ok=True)
    (dictionary / "userdictionary.dat").write_bytes(b"learned words")
    temp = kiosk.session.temp_dir
    (temp / "scan.tmp").write_bytes(b"x")

    session = kiosk.session
    idle_at = session.last_activity + session.idle_timeout_s + 0.1
    session.tick(idle_at)
    wait_until(kiosk, lambda: find(kiosk, "idleWarning").property("visible"))
    assert session.countdown(idle_at) >= 20

    session.tick(idle_at + session.warning_s + 0.1)
    wait_until(kiosk, lambda: kiosk.app.screen == "attract")
    assert session.state is State.ATTRACT
    assert kiosk.catalog.query == "" and kiosk.catalog.results.count == 0
    assert kiosk.catalog.guide == {}
    assert not any(dictionary.iterdir())
    assert not temp.exists()
    assert kiosk.app.theme == "standard"


def test_continue_keeps_the_session(kiosk):
    kiosk.app.start()
    kiosk.app.go("catalog")
    session = kiosk.session
    session.tick(session.last_activity + session.idle_timeout_s + 0.1)
    wait_until(kiosk, lambda: find(kiosk, "continueButton").property("visible"))
    kiosk.bridge.continueSession()
    wait_until(kiosk, lambda: session.state is State.ACTIVE)
    assert kiosk.app.screen == "catalog"


def test_call_for_help_is_recorded_and_confirmed(fresh_kiosk):
    kiosk = fresh_kiosk
    kiosk.app.start()
    kiosk.app.go("catalog")
    kiosk.app.callHelp("catalog")
    wait_until(kiosk, lambda: find(kiosk, "helpOverlay").property("visible"))
    rows = list(kiosk.db["help_requests"].rows)
    assert [r["screen"] for r in rows] == ["catalog"]
    actions = [r["action"] for r in kiosk.db["audit_log"].rows]
    assert actions.count("help.requested") == 1
    queued = [(r["kind"], r["ref"], r["state"]) for r in kiosk.db["outbox"].rows]
    assert queued == [("help", rows[0]["id"], "queued")]  # it reaches the platform with the next sync
    assert find(kiosk, "helpOverlay").property("visible")


def test_help_pressed_again_is_one_call_until_the_next_resident(fresh_kiosk):
    kiosk = fresh_kiosk
    kiosk.app.start()
    kiosk.app.go("catalog")
    kiosk.app.callHelp("catalog")
    kiosk.app.dismissHelp()
    kiosk.app.callHelp("catalog")  # pressed again while staff are on their way: still one call
    wait_until(kiosk, lambda: find(kiosk, "helpOverlay").property("visible"))  # answered every time
    assert kiosk.db["help_requests"].count == 1
    kiosk.app.finish()  # the session is wiped: the next resident's first press is a call of its own
    wait_until(kiosk, lambda: kiosk.session.state is State.ATTRACT, what="the session wiped")
    kiosk.app.start()
    kiosk.app.go("catalog")
    kiosk.app.callHelp("catalog")
    wait_until(kiosk, lambda: kiosk.db["help_requests"].count == 2, what="the second resident's call")
    assert kiosk.db.execute("SELECT count(*) FROM outbox WHERE kind = 'help'").fetchone()[0] == 2


def test_search_through_the_pinyin_keyboard(fresh_kiosk, qtbot):
    # Its own kiosk: after earlier Pinyin typing in a shared one the engine's candidates never come.
    kiosk = fresh_kiosk
    show_screen(kiosk, "search-keyboard", "standard", "zh_CN")
    kiosk.catalog.search("")
    field = find(kiosk, "searchField")
    field.setProperty("text", "")
    field.forceActiveFocus()
    wait_until(kiosk, lambda: field.hasActiveFocus())
    # Qt Virtual Keyboard's own Pinyin engine, driven as a finger on the keys would.
    type_on_keyboard(kiosk, "yanglao")
    qtbot.waitUntil(lambda: kiosk.catalog.results.count > 0, timeout=5000)
    names = [r["name"] for r in kiosk.catalog.results.rows()]
    assert any("养老" in n for n in names), names
    # Choosing the first candidate commits Chinese characters into the field.
    QMetaObject.invokeMethod(keyboard_typist(kiosk), "pick", Q_ARG("QVariant", 0))
    qtbot.waitUntil(lambda: "养老" in field.property("text"), timeout=5000)
    assert any("养老" in r["name"] for r in kiosk.catalog.results.rows())


def test_the_keyboard_wears_our_style_with_words_on_its_function_keys(kiosk):
    """Our style (kiosk/ui/qml/keyboard) draws the keys, not Qt's built-in one: function keys say what
    they do in the resident's language, and the Pinyin candidates show above the keys."""
    show_screen(kiosk, "search-pinyin", "elderly", "zh_CN")
    labels = {i.property("text") for i in walk(kiosk.window.contentItem()) if i.objectName() == "keyLabel"}
    assert {"删除", "确定", "收起", "符号", "空格", "English"} <= labels
    candidates = [
        i.property("text") for i in walk(kiosk.window.contentItem()) if i.objectName() == "candidateText"
    ]
    assert "养老" in candidates
    show_screen(kiosk, "search-keyboard", "elderly", "en")
    labels = {i.property("text") for i in walk(kiosk.window.contentItem()) if i.objectName() == "keyLabel"}
    assert {"Delete", "OK", "Hide", "Symbols", "Space", "中文", "Capitals"} <= labels


def test_kiosk_mode_is_frameless_and_cannot_be_closed(qapp, kiosk_config, tmp_path):
    from PySide6.QtCore import Qt

    from kiosk.ui.app import build

    app = build(kiosk_config, kiosk_mode=True, keyboard_config_home=tmp_path / "xdg-config")
    try:
        assert app.window.flags() & Qt.WindowType.FramelessWindowHint
        app.window.close()
        # Nothing observable happens when the close is refused: give the event loop a turn to act on it.
        settle(app.qt_app)
        assert app.window.isVisible()
    finally:
        app.close()


def test_screens_render_to_png(kiosk, tmp_path):
    from PySide6.QtGui import QImage

    show_screen(kiosk, "guide-terminal", "high_contrast", "en")
    path = grab(kiosk, tmp_path / "guide.png")
    image = QImage(str(path))
    assert image.width() == kiosk.window.width() and image.height() == kiosk.window.height()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    assert len(colours) > 2  # not a blank frame


def test_run_without_a_display_says_how_instead_of_crashing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["KIOSK_CONFIG"] = ""
    out = subprocess.run(
        [sys.executable, "-m", "kiosk.cli", "run"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 2
    assert "No display" in out.stderr and "xvfb-run" in out.stderr
    assert "Traceback" not in out.stderr


def test_lazy_start_paints_home_first_then_opens_store_and_catalog(qapp, kiosk_config, tmp_path, qtbot):
    from kiosk.ui.app import build

    app = build(kiosk_config, keyboard_config_home=tmp_path / "xdg-config", lazy=True)
    try:
        assert app.db is None and app.catalog.loading  # nothing heavy before the first frame
        app.app.start()
        wait_until(app, lambda: app.app.screen == "home")
        app.window.grabWindow()
        qtbot.waitUntil(lambda: app.catalog.available, timeout=10000)
        assert app.db is not None and not app.catalog.loading
        assert app.catalog.categories.count > 0
    finally:
        app.close()


def test_damaged_store_is_kept_and_the_kiosk_starts_degraded(qapp, kiosk_config, tmp_path):
    from kiosk.ui.app import build

    kiosk_config.data_dir.mkdir(parents=True, exist_ok=True)
    kiosk_config.store_path.write_bytes(b"this is not a database, but it may be a resident's queue" * 100)
    app = build(kiosk_config, keyboard_config_home=tmp_path / "xdg-config")
    try:
        kept = list(kiosk_config.data_dir.glob("kiosk.db.damaged-*"))
        assert kept and kept[0].read_bytes().startswith(b"this is not a database")
        assert "damage" in app.app.notice.lower() or "moved" in app.app.notice.lower()
        assert app.catalog.available  # a fresh store got the demo catalog
    finally:
        app.close()


def test_corrupt_catalog_leaves_the_kiosk_running_with_a_clear_notice(qapp, kiosk_config, tmp_path):
    from kiosk.store import open_store
    from kiosk.ui.app import build

    db = open_store(kiosk_config.store_path)
    db.conn.execute(
        "INSERT INTO catalog_versions (version, imported_at, sha256, document, active)"
        " VALUES ('x', 0, 'bad', '{', 1)"
    )
    db.conn.close()
    app = build(kiosk_config, keyboard_config_home=tmp_path / "xdg-config")
    try:
        assert not app.catalog.available
        assert "catalog" in app.app.notice
        app.app.start()
        app.app.go("catalog")
        assert shown(app, "catalogUnavailable").property("visible")
    finally:
        app.close()


def test_keypad_alone_walks_home_to_a_guide_and_back(kiosk):
    """The tactile keypad: arrows move the focus ring, Enter presses, Escape goes back."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    def focused() -> str:
        item = kiosk.window.activeFocusItem()
        return item.objectName() if item is not None else ""

    def key(k, until):
        # Straight to the window, as the keypad's evdev keys arrive (QTest.keyClick blocks here).
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            kiosk.qt_app.sendEvent(kiosk.window, QKeyEvent(kind, k, Qt.KeyboardModifier.NoModifier))
        wait_until(kiosk, until, what=f"the keypad's {k} to take effect")

    # the attract screen: any key starts
    key(Qt.Key.Key_Return, lambda: kiosk.app.screen == "home" and focused() == "servicesTile")
    key(Qt.Key.Key_Right, lambda: focused() == "progressTile")
    key(Qt.Key.Key_Left, lambda: focused() == "servicesTile")
    key(Qt.Key.Key_Return, lambda: kiosk.app.screen == "catalog" and focused() == "tab_categories")
    for _ in range(4):  # past the other tabs to the first topic tile
        before = focused()
        key(Qt.Key.Key_Down, lambda before=before: focused() != before)
        if focused().startswith("category_"):
            break
    assert focused().startswith("category_")
    key(Qt.Key.Key_Return, lambda: kiosk.app.screen == "matters" and focused().startswith("matter_"))
    key(Qt.Key.Key_Return, lambda: kiosk.app.screen == "guide")
    key(Qt.Key.Key_Escape, lambda: kiosk.app.screen == "matters")


def test_device_events_reach_the_ui_thread_as_signals(qapp, kiosk_config, tmp_path, qtbot):
    import threading

    from kiosk.ui.app import build

    app = build(kiosk_config, keyboard_config_home=tmp_path / "xdg-config", devices=True)
    try:
        qtbot.waitUntil(lambda: app.devices.manager is not None, timeout=20000)
        kinds = {row["kind"] for row in app.devices.statuses}
        assert kinds == {"idcard", "scanner", "printer", "document_camera", "face_camera"}
        received = []
        app.devices.deviceEvent.connect(
            lambda device, kind, data: received.append((device, kind, threading.current_thread()))
        )
        app.devices.manager.driver("idcard").emulator.insert("zhangsan")
        qtbot.waitUntil(lambda: any(k == "card_inserted" for _, k, _ in received), timeout=10000)
        device, _kind, thread = next(r for r in received if r[1] == "card_inserted")
        assert device == "idcard" and thread is threading.main_thread()
    finally:
        app.close()


def test_views_use_the_simplified_chinese_face(kiosk):
    # The Noto collection lists its Japanese face first; hanzi such as 关 and 这 differ in it.
    assert kiosk.window.property("font").family() == "Noto Sans CJK SC"
