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
