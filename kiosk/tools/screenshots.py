"""Render every screen in every theme and language to PNG, offscreen (`kiosk-tools screenshots DIR`).

Also the driver the UI tests use to reach each screen the way a resident would.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from kiosk.config import LOCALES, Config
from kiosk.tools.query_print_walk import SHOTS as QUERY_PRINT_SHOTS
from kiosk.ui.themes import THEMES


def settle(qt_app: Any, ms: int = 60) -> None:
    """Let queued events, bindings, timers, animations and the loaders run, and what they let go be
    deleted, as the running kiosk's event loop does (processEvents() alone never deletes: old screens would
    pile up and all go at once much later); rendering happens on grab. Returns once the loop has had
    nothing to do for QUIET_MS and no window is still making delegates, or after ``ms`` at most. A running
    animation keeps the loop busy (a frame is asked for every few milliseconds), so it finishes within the
    limit. What a worker thread will post later is not waited for: wait for its result by name."""
    from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QEventLoop

    dispatcher = QAbstractEventDispatcher.instance()
    everything = QEventLoop.ProcessEventsFlag.AllEvents
    now = time.monotonic()
    end, quiet_since = now + ms / 1000, now
    while True:
        busy = dispatcher.processEvents(everything)
        qt_app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        now = time.monotonic()
        if busy or _incubating(qt_app):
            quiet_since = now
        if now - quiet_since >= QUIET_MS / 1000 or now >= end:
            return
        time.sleep(0.003)


#: How long the event loop must have had nothing to do for :func:`settle` to call it settled: longer
#: than an animation's frame (16 ms) and the wait before a window's next frame is drawn (5 ms).
QUIET_MS = 25


def _incubating(qt_app: Any) -> bool:
    """A window's lists are still making delegates a few at a time (incubation)."""
    for window in qt_app.topLevelWindows():
        controller = getattr(window, "incubationController", None)
        incubation = controller() if controller is not None else None
        if incubation is not None and incubation.incubatingObjectCount():
            return True
    return False


def find(kiosk: Any, name: str) -> Any:
    """The item named ``name`` in the visual tree (delegates are not QObject children of the window)."""
    from PySide6.QtCore import QObject

    stack = [kiosk.window.contentItem()]
    while stack:
        item = stack.pop()
        if item.objectName() == name:
            return item
        stack.extend(item.childItems())
    return kiosk.window.findChild(QObject, name)


def visual_items(root: Any) -> list[Any]:
    """``root`` and every item under it in the visual tree."""
    out, stack = [], [root]
    while stack:
        item = stack.pop()
        out.append(item)
        stack.extend(item.childItems())
    return out


def class_name(item: Any) -> str:
    """The item's class name (a QML type's: "KButton_QMLTYPE_12"), leaving no wrapper of its
    meta-object behind. PySide keeps the wrapper ``metaObject()`` returns for as long as the item's own
    wrapper lives, and keeps it in its table of C++ addresses even after the item is gone. A screen's
    QML types are freed with the screen, their meta-objects' memory is used again for new items, and
    ``childItems()`` then handed back that old QMetaObject wrapper in place of a live item (two
    clean-clone runs: "'QMetaObject' object has no attribute 'metaObject'"). Invalidating the wrapper
    takes it out of the table at once."""
    import shiboken6

    meta = item.metaObject()
    try:
        return str(meta.className())
    finally:
        shiboken6.invalidate(meta)


def has_properties(item: Any, *names: str) -> bool:
    """Whether the item's class has every property in ``names`` (the same care as :func:`class_name`)."""
    import shiboken6

    meta = item.metaObject()
    try:
        return all(meta.indexOfProperty(name) >= 0 for name in names)
    finally:
        shiboken6.invalidate(meta)


def forget_foreign_wrappers() -> int:
    """Take PySide's wrappers of what Qt owns but PySide cannot watch (QML types' meta-objects and
    accessibility interfaces: no QObjects, so PySide never learns they were freed) out of its address
    table. A walk that asked for them leaves wrappers that outlive the screen; a new item at the freed
    address then came back from ``childItems()`` as a ``QMetaObject`` or a ``QAccessibleObject``.
    Between screens nothing may hold them. Returns how many were taken out."""
    import shiboken6
    from PySide6.QtCore import QMetaObject
    from PySide6.QtGui import QAccessibleInterface

    foreign = [
        o
        for o in shiboken6.getAllValidWrappers()
        if isinstance(o, QAccessibleInterface) or (isinstance(o, QMetaObject) and "_QML" in o.className())
    ]
    for wrapper in foreign:
        shiboken6.invalidate(wrapper)
    return len(foreign)


def first_code(kiosk: Any, pred: Callable[[Any], bool]) -> str:
    cat = kiosk.catalog.catalog
    return str(next(m.code for m in cat.matters if pred(m)))


def _open(kiosk: Any, screen: str, arg: str = "") -> None:
    kiosk.app.home()
    if screen != "home":
        kiosk.app.go(screen, arg)


def _catalog_tab(tab: str) -> Callable[[Any], None]:
    def show(kiosk: Any) -> None:
        _open(kiosk, "catalog")
        settle(kiosk.qt_app, 30)
        kiosk.window.property("currentScreen").setProperty("tab", tab)

    return show


def _matters(kind: str) -> Callable[[Any], None]:
    def show(kiosk: Any) -> None:
        cat = kiosk.catalog.catalog
        if kind == "category":
            code = max(cat.categories, key=lambda c: len(cat.matters_in_category(c.code))).code
        else:
            code = cat.bundles[0].code if cat.bundles else ""
        kiosk.catalog.showList(kind, code)
        _open(kiosk, "matters")

    return show


def _guide(terminal: bool) -> Callable[[Any], None]:
    def show(kiosk: Any) -> None:
        matters = [m for m in kiosk.catalog.catalog.matters if m.terminal_handling is terminal]
        richest = max(matters, key=lambda m: len(m.materials), default=None)
        kiosk.catalog.openGuide(richest.code if richest else "")
        _open(kiosk, "guide")

    return show


def _search(kiosk: Any) -> None:
    _open(kiosk, "search")
    settle(kiosk.qt_app, 30)
    field = find(kiosk, "searchField")
    field.forceActiveFocus()
    field.setProperty("text", "yanglao")
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.inputMethod().show()


_TYPIST_QML = b"""import QtQuick
import QtQuick.VirtualKeyboard
QtObject {
    function type(s) {
        for (var i = 0; i < s.length; i++)
            InputContext.inputEngine.virtualKeyClick(Qt.Key_A + s.charCodeAt(i) - 97, s[i], 0)
    }
    function click(key, text) { InputContext.inputEngine.virtualKeyClick(key, text, 0) }
    function pick(i) {
        var m = InputContext.inputEngine.wordCandidateListModel
        if (m.count > i) m.selectItem(i)
        return m.count
    }
}
"""


def keyboard_typist(kiosk: Any) -> Any:
    """Drives Qt Virtual Keyboard's own input engine, as a finger on the keys would: ``type("yanglao")``
    through the Pinyin engine, ``pick(0)`` the first candidate."""
    typist = getattr(kiosk, "_keyboard_typist", None)
    if typist is None:
        from PySide6.QtCore import QUrl
        from PySide6.QtQml import QQmlComponent

        component = QQmlComponent(kiosk.engine)
        component.setData(_TYPIST_QML, QUrl())
        typist = component.create()
        if typist is None:
            raise RuntimeError(component.errorString())
        # Owned by the engine, not by the JS garbage collector that would delete it between calls.
        from PySide6.QtQml import QQmlEngine

        QQmlEngine.setObjectOwnership(typist, QQmlEngine.ObjectOwnership.CppOwnership)
        typist.setParent(kiosk.engine)
        kiosk._keyboard_typist = typist
    return typist


def type_on_keyboard(kiosk: Any, letters: str) -> None:
    from PySide6.QtCore import Q_ARG, QMetaObject

    QMetaObject.invokeMethod(keyboard_typist(kiosk), "type", Q_ARG("QVariant", letters))


def _search_pinyin(kiosk: Any) -> None:
    """Pinyin typed on the keyboard: the candidate words show above the keys."""
    _open(kiosk, "search")
    settle(kiosk.qt_app, 30)
    field = find(kiosk, "searchField")
    field.setProperty("text", "")
    field.forceActiveFocus()
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.inputMethod().show()
    settle(kiosk.qt_app, 30)
    type_on_keyboard(kiosk, "yanglao")
    settle(kiosk.qt_app, 500)  # the candidate row slides in


def _search_handwriting(kiosk: Any) -> None:
    """The keyboard's 手写 panel open, a character (李) written in its box, the candidates offered."""
    end = time.monotonic() + 5
    while find(kiosk, "inputPanel") is None and time.monotonic() < end:  # it loads after a first frame
        kiosk.window.grabWindow()
        settle(kiosk.qt_app, 20)
    _search_pinyin(kiosk)
    panel = find(kiosk, "handwritingPanel")
    if kiosk.app.locale != "zh_CN":  # writing Chinese is offered on the Chinese keyboard only
        return
    while not (panel and panel.isVisible()) and time.monotonic() < end:
        settle(kiosk.qt_app, 20)
        panel = find(kiosk, "handwritingPanel")
    panel.setProperty("writing", True)
    settle(kiosk.qt_app, 60)
    size = find(kiosk, "handwritingBox").width()
    strokes = [[[x * size / 100, y * size / 100] for x, y in stroke] for stroke in _LI_STROKES]
    panel.setProperty("strokes", strokes)
    from PySide6.QtCore import QMetaObject

    QMetaObject.invokeMethod(panel, "redraw")
    kiosk.handwriting.recognize(strokes, size)
    end = time.monotonic() + 3
    while not kiosk.handwriting.candidates and time.monotonic() < end:
        settle(kiosk.qt_app, 20)
    settle(kiosk.qt_app, 60)


# 李 in stroke order, in a 100-unit box (a hand's rough lines, drawn for the pictures).
_LI_STROKES = [
    [[18, 22], [50, 20], [82, 22]],
    [[50, 8], [50, 30], [50, 46]],
    [[48, 22], [36, 34], [20, 44]],
    [[52, 24], [66, 34], [82, 42]],
    [[34, 52], [52, 52], [62, 50], [50, 62], [46, 66]],
    [[46, 66], [52, 74], [52, 86], [44, 92], [38, 90]],
    [[14, 70], [50, 68], [86, 68]],
]


def _idle_warning(kiosk: Any) -> None:
    _open(kiosk, "home")
    session = kiosk.session
    session.last_activity -= session.idle_timeout_s + 0.1  # as if nobody had touched it since
    session.tick()


def _help(kiosk: Any) -> None:
    _open(kiosk, "home")
    kiosk.app.callHelp("home")


def _journey(step: str, journey: str = "simple") -> Callable[[Any], None]:
    def show(kiosk: Any) -> None:
        from kiosk.tools.simulate import reach

        reach(kiosk, step, journey)

    return show


def _journey_done(kiosk: Any) -> None:
    """办理完成 after the rating, the card still on the reader (as a resident leaves it)."""
    from kiosk.tools.simulate import reach

    reach(kiosk, "rate")
    kiosk.journey._set_card(True)
    kiosk.journey.rate(5, {}, [], "", "")


def _journey_form_typing(kiosk: Any) -> None:
    """The form with an address the terminal could not offer: "other" chosen, the address typed."""
    from kiosk.tools.simulate import reach

    reach(kiosk, "form")
    kiosk.journey.setField("residential_address", "城关镇建设路18号")
    settle(kiosk.qt_app, 30)


def _journey_form_errors(kiosk: Any) -> None:
    """The form after Continue with fields missing: the summary of what to fix."""
    from kiosk.tools.simulate import reach

    reach(kiosk, "form")
    kiosk.journey.submitForm()


def _journey_leave_question(kiosk: Any) -> None:
    """The question before a half-filled form is thrown away (Finish pressed)."""
    from kiosk.tools.simulate import reach

    reach(kiosk, "form")
    kiosk.app.finish()


#: A made-up technician for screenshot runs and tests (the emulator deck's "technician" card).
TECH_CARD = "411502198501011001"
TECH_PIN = "204816"


def provision_technician(kiosk: Any, card: str = TECH_CARD, pin: str = TECH_PIN) -> None:
    """Put the test card and PIN on this (scratch) store when missing; never on a real terminal's."""
    from kiosk.ops.tech_auth import KEY_PIN
    from kiosk.store import settings as store_settings

    auth = kiosk.tech._auth()
    if not store_settings.get_setting(auth.db, KEY_PIN):
        auth.add_card(card)
        auth.set_pin(pin)


def enter_technician(kiosk: Any, card: str = TECH_CARD, pin: str = TECH_PIN) -> None:
    """Technician mode the way a technician gets there, through the controller: card, then PIN."""
    provision_technician(kiosk, card, pin)
    tech = kiosk.tech
    tech.presentCard(card)
    for d in pin:
        tech.digit(d)
    tech.submitPin()


def _tech(screen: str, arg: str = "") -> Callable[[Any], None]:
    def show(kiosk: Any) -> None:
        enter_technician(kiosk)
        if screen != "tech-overview":
            kiosk.tech.open(screen, arg)

    return show


def _tech_pin(kiosk: Any) -> None:
    provision_technician(kiosk)
    kiosk.tech.presentCard(TECH_CARD)
    for d in TECH_PIN[:3]:
        kiosk.tech.digit(d)


def _certification(step: str) -> Callable[[Any], None]:
    """养老金资格认证 and 上门服务, see kiosk.tools.simulate.reach_certification."""

    def show(kiosk: Any) -> None:
        from kiosk.tools.simulate import reach_certification

        reach_certification(kiosk, step)

    return show


def _query_print(shot: str) -> Callable[[Any], None]:
    """查询打印, see kiosk.tools.query_print_walk.reach_query_print."""

    def show(kiosk: Any) -> None:
        from kiosk.tools.query_print_walk import reach_query_print

        reach_query_print(kiosk, shot)

    return show


def _suggestions(kiosk: Any) -> None:
    """您可能需要办理: a made-up 82-year-old's card read at the start of an ordinary application (not a
    deck card: the certification screenshots certify those, and done this year means no suggestion)."""
    import datetime as dt

    from kiosk.core.journey.identity import CardData, id_check_char
    from kiosk.tools.simulate import reach

    number = "41152319440808004"
    reach(kiosk, "identify")
    elder = CardData("赵桂兰", number + id_check_char(number), "female", dt.date(1944, 8, 8), "汉", "东湖村")
    kiosk.journey.identify(elder)


def _resident_card() -> Any:
    from devices.idcard.deck import DECK
    from kiosk.journey_adapters.devices import card_data

    return card_data(DECK["zhangsan"].data)


def _progress(view: str) -> Callable[[Any], None]:
    """查询进度 for the demo card; an application is submitted first when the store has none."""

    def show(kiosk: Any) -> None:
        if view == "identify":
            _open(kiosk, "progress")
            return
        kiosk.progress.byCard(_resident_card())
        if not kiosk.progress.rows:
            from kiosk.tools.simulate import reach

            reach(kiosk, "rate")  # submitted and printed (or not): the journey waits at the rating
            kiosk.app.home()
        _open(kiosk, "progress")
        kiosk.progress.byCard(_resident_card())
        if view == "detail":
            kiosk.progress.open(kiosk.progress.rows[0]["acceptanceNo"])

    return show


def _progress_complaint_elsewhere(kiosk: Any) -> None:
    """A complaint slip from another terminal under the scanner, answered there: the detail as the
    platform's answer shows it (handed to the screen directly: no platform in an offscreen run)."""
    from kiosk.journey_adapters.remote_progress import PlatformAnswer, as_status
    from sync.engine.lookup import RemoteCase

    _open(kiosk, "progress")
    now = time.time()
    case = RemoteCase("", "0", "complaint", "completed", now, "", now - 86400, "0202-261205-0003", (), now)
    ctl = kiosk.progress
    ctl._lookups += 1
    ctl._on_platform_answer(PlatformAnswer("found", [as_status(case, "")]), "qr", ctl._lookups)


def _progress_number(view: str) -> Callable[[Any], None]:
    """查询进度 by typed acceptance number: the empty pad, or a number and digits typed on a kiosk that
    cannot reach the platform (the offline words)."""

    def show(kiosk: Any) -> None:
        _open(kiosk, "progress-number")
        settle(kiosk.qt_app, 30)
        if view == "offline":
            screen = kiosk.window.property("currentScreen")
            screen.setProperty("number", "00012612060007")
            screen.setProperty("editing", "phone")
            pad = find(kiosk, "numberPad")
            if pad is not None:
                pad.setProperty("value", "5678")
            kiosk.progress.byNumber("00012612060007", "5678")  # no platform enrolled: offline at once
            settle(kiosk.qt_app, 60)

    return show


def _complaints(view: str) -> Callable[[Any], None]:
    def show(kiosk: Any) -> None:
        _open(kiosk, "complaints")
        if view == "done":
            kiosk.complaints.submit("suggestion", "希望多安排一台自助终端。", "", True)

    return show


def _form_pad(field: str) -> Callable[[Any], None]:
    """The form with a number pad or the date picker open on one of its fields."""

    def show(kiosk: Any) -> None:
        from PySide6.QtCore import QMetaObject

        from kiosk.tools.simulate import reach

        reach(kiosk, "form", "elicense")
        settle(kiosk.qt_app, 60)
        item = find(kiosk, f"field_{field}")
        if item is not None:
            item.forceActiveFocus()
            QMetaObject.invokeMethod(item, "openPad")

    return show


def _family_proxy(kiosk: Any) -> None:
    """长辈版's family path: the helper's card read, then the elderly resident's (a 长期 card)."""
    from devices.base import DeviceKind, EventKind
    from devices.idcard.deck import DECK
    from kiosk.tools.simulate import reach

    if not kiosk.app.elderly:
        kiosk.app.toggleElderly()
    reach(kiosk, "proxy", "proxy")
    # the card as the reader hands it over (without devices nothing else would)
    kiosk.journey.on_device(DeviceKind.IDCARD, EventKind.CARD_INSERTED, {"card": DECK["lisi_for_life"].data})


#: name -> how to get there. Order is the order a resident meets them.
SCREENS: dict[str, Callable[[Any], None]] = {
    "attract": lambda k: None,
    "home": lambda k: _open(k, "home"),
    "catalog-topics": _catalog_tab("categories"),
    "catalog-life-events": _catalog_tab("bundles"),
    "catalog-departments": _catalog_tab("departments"),
    "matters-topic": _matters("category"),
    "matters-life-event": _matters("bundle"),
    "guide-terminal": _guide(True),
    "guide-window-only": _guide(False),
    "search-keyboard": _search,
    "search-pinyin": _search_pinyin,
    "search-handwriting": _search_handwriting,
    "journey-identify": _journey("identify"),
    "journey-proxy": _journey("proxy", "proxy"),
    "elderly-family-proxy": _family_proxy,  # not "journey-…": tests take those keys for screen names
    "journey-face-consent": _journey("face_consent", "face"),
    "journey-form": _journey("form"),
    "form-number-pad": _form_pad("applicant_phone"),
    "form-date-picker": _form_pad("subject_birth_date"),
    "journey-materials": _journey("materials", "deferred"),
    "journey-sign": _journey("sign"),
    "journey-review": _journey("review"),
    "journey-receipt": _journey("receipt"),
    "journey-rate": _journey("rate"),
    "journey-done": _journey_done,
    "leave-question": _journey_leave_question,  # not "journey-…": tests take those keys for screen names
    "form-errors": _journey_form_errors,
    "form-typing": _journey_form_typing,
    "coming": lambda k: _open(k, "not-yet-built"),
    "idle-warning": _idle_warning,
    "help-called": _help,
    "progress": _progress("identify"),
    "progress-list": _progress("list"),
    "progress-detail": _progress("detail"),
    "progress-detail-complaint-elsewhere": _progress_complaint_elsewhere,
    "progress-number": _progress_number("empty"),
    "progress-number-offline": _progress_number("offline"),
    "certification-card": _certification("identify"),
    "certification-card-principal": _certification("principal"),
    "certification-consent": _certification("consent"),
    "certification-liveness": _certification("liveness"),
    "certification-fallback": _certification("fallback"),
    "certification-receipt": _certification("receipt"),
    "home-visit-card": _certification("visit-identify"),
    "home-visit-card-resident": _certification("visit-resident"),
    "home-visit-details": _certification("visit-details"),
    "home-visit-receipt": _certification("visit-receipt"),
    "suggestions-after-card": _suggestions,
    **{name: _query_print(name) for name in QUERY_PRINT_SHOTS},
    "complaints": _complaints("form"),
    "complaints-done": _complaints("done"),
    "tech-pin": _tech_pin,
    "tech-overview": _tech("tech-overview"),
    "tech-device-printer": _tech("tech-device", "printer"),
    "tech-device-document-camera": _tech("tech-device", "document_camera"),
    "tech-device-scanner": _tech("tech-device", "scanner"),
    "tech-device-idcard": _tech("tech-device", "idcard"),
    "tech-sync": _tech("tech-sync"),
    "tech-storage": _tech("tech-storage"),
    "tech-software": _tech("tech-software"),
    "tech-export": _tech("tech-export"),
}


def reset(kiosk: Any) -> None:
    """Back to a fresh session state between pictures."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.inputMethod().hide()
    forget_foreign_wrappers()  # the screen that was shown is about to go
    if kiosk.session.state.value != "attract":
        kiosk.session.finish()
    settle(kiosk.qt_app, 20)


def start_in_look(kiosk: Any, theme: str, locale: str) -> None:
    """A session started the resident's way, in ``theme`` and ``locale``."""
    kiosk.app.start()
    if theme == "elderly":
        kiosk.app.toggleElderly()
    elif theme != "standard":
        kiosk.app.setTheme(theme)
    kiosk.app.setLocale(locale)


def show_screen(kiosk: Any, name: str, theme: str = "standard", locale: str = "zh_CN") -> None:
    reset(kiosk)
    if name != "attract":
        start_in_look(kiosk, theme, locale)
    SCREENS[name](kiosk)
    settle(kiosk.qt_app, 120)


#: The windows every screen is rendered and measured at: the floor-standing portrait panel most
#: township halls have, the landscape 1920x1080 panel, and the 1280x800 the screens were first drawn for.
GEOMETRIES: tuple[tuple[int, int], ...] = ((1080, 1920), (1920, 1080), (1280, 800))


def geometry_name(size: tuple[int, int]) -> str:
    return f"{size[0]}x{size[1]}"


def parse_geometry(text: str) -> tuple[int, int]:
    """ "1080x1920" -> (1080, 1920); ValueError otherwise."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise ValueError(f'expected a window size such as "1080x1920", got {text!r}')
    return int(width), int(height)


def geometries_for(config: Config) -> list[tuple[int, int]]:
    """The configured window first, then the standard ones it is not."""
    configured = config.screen.window_size
    return [configured, *(g for g in GEOMETRIES if g != configured)]


def set_geometry(kiosk: Any, size: tuple[int, int]) -> None:
    """Resize the window and let the screens lay themselves out again for it."""
    window = kiosk.window
    if (window.width(), window.height()) != size:
        window.resize(*size)
        settle(kiosk.qt_app, 30)


def grab(kiosk: Any, path: Path) -> Path:
    image = kiosk.window.grabWindow()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def offscreen_config(config: Config, data_dir: Path) -> Config:
    return dataclasses.replace(
        config,
        data_dir=data_dir,
        logging=dataclasses.replace(config.logging, dir=data_dir / "logs", console=False),
    )


def render_all(
    config: Config,
    out_dir: Path,
    themes: Iterable[str] | None = None,
    locales: Iterable[str] | None = None,
    screens: Iterable[str] | None = None,
    geometries: Iterable[tuple[int, int]] | None = None,
    findings: list[Any] | None = None,
) -> list[Path]:
    """Every screen x theme x language x window size to ``DIR/<screen>--<theme>--<locale>--<WxH>.png``;
    the window sizes default to the configured one and the standard ones (GEOMETRIES). With a
    ``findings`` list, each picture is also measured into it (kiosk.tools.a11y_measure.measure_screen:
    fit in every look, the 长辈版 numbers in 长辈版)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.app import build

    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as tmp:
        os.environ.setdefault("XDG_CONFIG_HOME", str(Path(tmp) / "config"))
        kiosk = build(offscreen_config(config, Path(tmp) / "data"), keyboard_config_home=Path(tmp) / "config")
        written = []
        try:
            for size in geometries or geometries_for(config):
                set_geometry(kiosk, size)
                for theme in themes or THEMES:
                    for locale in locales or LOCALES:
                        for name in screens or SCREENS:
                            show_screen(kiosk, name, theme, locale)
                            stem = f"{name}--{theme}--{locale}--{geometry_name(size)}"
                            written.append(grab(kiosk, out_dir / f"{stem}.png"))
                            if findings is not None:
                                from kiosk.tools.a11y_measure import measure_screen

                                findings.extend(measure_screen(kiosk, stem))
        finally:
            reset(kiosk)
            kiosk.close()
        return written
