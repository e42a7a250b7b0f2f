// What the Pinyin engine learned in a session (phrases a resident composed, such as a rare name) lives
// in the engine's memory, not only in its file: deleting the file leaves the phrase first in the next
// resident's candidates. The engine closes its learning dictionary (writing it out and freeing it)
// whenever a field asks for sensitive data, and opens it again from the file on the next plain field.
// close() / open() walk it through that with two invisible fields, so the session wipe can delete the
// file in between (kiosk/ui/keyboard_memory.py).
import QtQuick

Item {
    width: 0
    height: 0
    opacity: 0
    property Item before: null

    // (never shown, and no field a screen reader should offer)
    TextInput { id: sensitive; inputMethodHints: Qt.ImhSensitiveData; activeFocusOnTab: false; Accessible.ignored: true }
    TextInput { id: plain; activeFocusOnTab: false; Accessible.ignored: true }

    function resetOn(field) {
        field.forceActiveFocus()
        Qt.inputMethod.update(Qt.ImHints)
        Qt.inputMethod.reset()
    }
    function close() {
        before = Window.window ? Window.window.activeFocusItem : null
        resetOn(sensitive)
    }
    function open() {
        resetOn(plain)
        plain.focus = false
        if (before)
            before.forceActiveFocus()
        before = null
    }
}
