"""Walking the keypad's focus chain from Python leaves QML's items to QML.

PySide's own ``nextItemInFocusChain`` makes the item it returns a Python child of the item it was
called on. A walk runs from a screen's controls on to controls that outlive the screen (the top bar,
the voice bar); once the screen was gone, a garbage collection of the old controls' wrappers deleted
those long-lived items while QML still held them: the voice bar's buttons vanished, and an item deleted
twice crashed the process. Whether a collection frees them depends on the collector's order, so the
test shows the tie itself; tests/ui/test_focus_ring.py checks the kiosk's lasting buttons after its walks."""

from __future__ import annotations

SCREENS = b"""
import QtQuick
import QtQuick.Window
Window {
    width: 300; height: 600; visible: true
    property int screen: 0
    Column {
        Loader { sourceComponent: screen % 2 ? one : two; onLoaded: item.forceActiveFocus() }
        Rectangle { objectName: "voiceToggle"; width: 50; height: 50; activeFocusOnTab: true }
        Rectangle { objectName: "helpButton"; width: 50; height: 50; activeFocusOnTab: true }
    }
    Component { id: one; FocusScope { width: 100; height: 120; Column {
        Rectangle { width: 50; height: 50; activeFocusOnTab: true; focus: true }
        Rectangle { width: 50; height: 50; activeFocusOnTab: true } } } }
    Component { id: two; FocusScope { width: 100; height: 120; Column {
        Rectangle { width: 50; height: 50; activeFocusOnTab: true; focus: true }
        Rectangle { width: 50; height: 50; activeFocusOnTab: true } } } }
}
"""


def _python_parent(item):
    import shiboken6

    return [line for line in shiboken6.dump(item).splitlines() if line.startswith("parent")]


def test_the_binding_ties_the_item_it_returns_to_the_caller_and_the_walk_does_not(qapp):
    """The cause, shown without freeing anything: PySide's own method gives the item it returns a
    Python parent (the item it was called on, here a control of a screen that goes); the measure's
    call through the meta-object system gives none. If PySide stops doing this, focus_chain's note
    can go."""
    from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QUrl
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow  # noqa: F401 (the root object comes as a QQuickWindow)

    from kiosk.tools.focus_ring_measure import next_in_focus_chain

    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(SCREENS), QUrl())
    window = engine.rootObjects()[0]
    qapp.processEvents()
    try:
        control = window.activeFocusItem()
        assert control is not None
        reached = next_in_focus_chain(control)
        assert reached is not None and _python_parent(reached) == []
        assert control.nextItemInFocusChain(True) is reached
        assert len(_python_parent(reached)) == 1
    finally:
        window.close()
        engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


LOADED = b"""
import QtQuick
import QtQuick.Window
Window {
    width: 300; height: 300; visible: true
    property int screen: 0
    Loader { objectName: "screen"; sourceComponent: screen % 2 ? one : two }
    Component { id: one; Item { property int first: 1 } }
    Component { id: two; Rectangle {
        property string second: "x"; Accessible.role: Accessible.Button; Accessible.name: "two" } }
}
"""


def _meta_wrappers() -> list[str]:
    """The QML types whose meta-object has a live wrapper in PySide's table of C++ addresses."""
    import shiboken6
    from PySide6.QtCore import QMetaObject

    return [
        o.className()
        for o in shiboken6.getAllValidWrappers()
        if isinstance(o, QMetaObject) and "_QML_" in o.className()
    ]


def test_an_items_meta_object_wrapper_outlives_the_item_and_class_name_leaves_none(qapp):
    """The cause of a wrapper of the wrong type (twice in clean-clone runs, from the plain-text walk):
    PySide keeps the wrapper ``metaObject()`` returns while the item's wrapper lives, and keeps it in
    its address table after the item is gone. Once the screen's type is freed, that address can hold a
    new item, and ``childItems()`` returns the old QMetaObject wrapper for it. The tools' class_name
    takes the wrapper out of the table at once."""
    import shiboken6
    from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QUrl
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickItem, QQuickWindow  # noqa: F401 (the root object comes as a QQuickWindow)

    from kiosk.tools.screenshots import class_name, has_properties

    def switch(window, screen: int) -> None:
        window.setProperty("screen", screen)
        for _ in range(3):
            qapp.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(LOADED), QUrl())
    window = engine.rootObjects()[0]
    qapp.processEvents()
    try:
        loader = window.findChild(QQuickItem, "screen")
        shown = loader.childItems()[0]
        name = shown.metaObject().className()  # PySide's own call, as the walks made it
        assert name.startswith("QQuickRectangle_QML_") and name in _meta_wrappers()
        switch(window, 1)  # the screen goes; the Python name of its item stays
        assert not shiboken6.isValid(shown)
        assert name in _meta_wrappers()  # a wrapper for memory QML may free and use again
        del shown

        item = loader.childItems()[0]
        assert class_name(item).startswith("QQuickItem_QML_") and has_properties(item, "first")
        assert not has_properties(item, "second")
        assert not [n for n in _meta_wrappers() if n.startswith("QQuickItem_QML_")]
    finally:
        window.close()
        engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_nothing_else_asks_an_item_for_its_meta_object() -> None:
    """The rule in docs/ARCHITECTURE.md, kept: only the two helpers call ``metaObject()`` on an item."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    allowed = {root / "kiosk/tools/screenshots.py", Path(__file__).resolve()}
    call = re.compile(r"\.metaObject\(\)")
    found = [
        f"{path.relative_to(root)}:{n}"
        for top in ("kiosk", "devices", "sync", "tests", "bench")
        for path in sorted((root / top).rglob("*.py"))
        if path not in allowed
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if call.search(line)
    ]
    assert found == [], "use kiosk.tools.screenshots.class_name / has_properties"


def test_an_accessibility_interface_outlives_its_item_until_the_sweep_between_screens(qapp):
    """The same for an accessibility interface (a fast-set run: ``childItems()`` returned a
    ``QAccessibleObject``). kiosk.tools.screenshots.reset sweeps such wrappers before each screen."""
    import shiboken6
    from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QUrl
    from PySide6.QtGui import QAccessible, QAccessibleInterface
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickItem, QQuickWindow  # noqa: F401 (the root object comes as a QQuickWindow)

    from kiosk.tools.screenshots import forget_foreign_wrappers

    def interfaces() -> list[object]:
        return [o for o in shiboken6.getAllValidWrappers() if isinstance(o, QAccessibleInterface)]

    QAccessible.setActive(True)
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(LOADED), QUrl())
    window = engine.rootObjects()[0]
    qapp.processEvents()
    try:
        forget_foreign_wrappers()
        shown = window.findChild(QQuickItem, "screen").childItems()[0]
        asked = QAccessible.queryAccessibleInterface(shown)
        assert asked is not None and asked in interfaces()
        window.setProperty("screen", 1)  # the screen goes, and with it what the interface describes
        for _ in range(3):
            qapp.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert asked in interfaces()  # still in PySide's table: memory Qt may use again
        assert forget_foreign_wrappers() >= 1 and asked not in interfaces()
    finally:
        QAccessible.setActive(False)
        window.close()
        engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
