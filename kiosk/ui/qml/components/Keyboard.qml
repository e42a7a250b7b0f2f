// Qt Virtual Keyboard with zh_CN Pinyin (and English), embedded in the window, in our own style
// (qml/keyboard/QtQuick/VirtualKeyboard/Styles/kiosk).
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

InputPanel {
    id: panel
    objectName: "inputPanel"
    width: parent ? parent.width : 0
    // The tactile keypad types too. Enter on a text field gives the arrows to the keys (the ringed key
    // is spoken; Enter presses it); 收起 (Hide) or the keyboard's own 确定 gives them back to the screen.
    // Until then the arrows move between the screen's controls, so a keypad never gets stuck in a field.
    property bool keypadTyping: false
    Binding { target: VirtualKeyboardSettings; property: "activeLocales"; value: ["zh_CN", "en_US"] }
    Binding { target: VirtualKeyboardSettings; property: "locale"; value: app.locale === "zh_CN" ? "zh_CN" : "en_US" }
    Binding { target: VirtualKeyboardSettings; property: "arrowKeyNavigationEnabled"; value: panel.keypadTyping }
    onActiveChanged: { if (!active) keypadTyping = false; else revealSoon() }
    // A resident who switched the keys to English must not hand them on: the next one starts in the
    // kiosk's language. (InputPanel.keyboard is the panel's own keyboard; its language is localeIndex.)
    Connections {
        target: session
        function onEnded() {
            panel.keypadTyping = false
            if (panel.keyboard && panel.keyboard.defaultLocaleIndex >= 0)
                panel.keyboard.localeIndex = panel.keyboard.defaultLocaleIndex
        }
    }

    // 手写: a tab on the keys' top edge swaps them for a writing box (components/HandwritingPanel.qml),
    // taller than the keys where the window has room (a portrait screen), so the box is big.
    HandwritingPanel { id: writingPanel; anchors.fill: parent; visible: panel.active && app.locale === "zh_CN" }
    readonly property real tabWidth: writingPanel.tabWidth
    // In portrait as tall as a square box nearly the panel's width needs, up to half the window: the
    // upper half keeps the field being typed in and the screen's buttons.
    height: !writingPanel.writing || !Window.window ? implicitHeight
            : writingPanel.portrait
            ? Math.max(implicitHeight, Math.min(Window.window.height * 0.5, writingPanel.portraitHeight))
            : Math.max(implicitHeight, Math.min(Window.window.height * 0.42, Window.window.width * 0.6))
    // Under the writing box the keys are out of sight: hidden, so no reader or measure finds them there.
    Binding { target: panel.keyboard; property: "visible"; value: !writingPanel.writing; when: panel.keyboard !== null }

    // The field being typed in stays in sight: when the keyboard opens, when the focus moves to another
    // field, and when the screen's scrolled page shrinks to the space left above the keys, the page
    // scrolls so the field, its label above and its error below are all shown above the keyboard.
    property Item revealPage: null
    Connections {
        target: panel.Window.window
        function onActiveFocusItemChanged() { panel.revealSoon() }
    }
    Connections {
        target: panel.revealPage
        function onHeightChanged() { panel.revealSoon() }
    }
    function revealSoon() { if (active) Qt.callLater(revealTypingField) }
    function isTyped(item) { return item !== null && (item instanceof TextInput || item instanceof TextEdit) }
    function scrolledPageOf(item) {
        for (let p = item.parent; p; p = p.parent)
            if (p.contentItem !== undefined && p.contentY !== undefined && p.flickableDirection !== undefined)
                return p
        return null
    }
    // The field with what belongs to it: the texts just above it (label, help) and an error (drawn in
    // the danger colour) just below, among the siblings of the field or of the Loader that holds it.
    function fieldBlock(field) {
        let unit = field
        while (unit.parent && unit.parent.children.length === 1)
            unit = unit.parent
        const siblings = unit.parent ? unit.parent.children : []
        let at = 0
        while (at < siblings.length && siblings[at] !== unit)
            ++at
        const shown = (s) => s.visible && s.height > 0
        let first = unit, last = unit
        for (let i = at - 1; i >= 0; --i) {
            if (!shown(siblings[i])) continue
            if (!(siblings[i] instanceof Text)) break
            first = siblings[i]
        }
        for (let i = at + 1; i < siblings.length; ++i) {
            if (!shown(siblings[i])) continue
            if (siblings[i] instanceof Text && Qt.colorEqual(siblings[i].color, app.t.danger)) last = siblings[i]
            break
        }
        return [first, last]
    }
    function revealTypingField() {
        const field = Window.window ? Window.window.activeFocusItem : null
        if (!active || !isTyped(field))
            return
        const page = scrolledPageOf(field)
        revealPage = page
        if (!page)
            return
        const [first, last] = fieldBlock(field)
        const margin = app.t.gap / 2
        const top = first.mapToItem(page.contentItem, 0, 0).y - margin
        const fieldBottom = field.mapToItem(page.contentItem, 0, field.height).y + margin
        const bottom = Math.max(fieldBottom, last.mapToItem(page.contentItem, 0, last.height).y + margin)
        const lowest = page.originY + Math.max(0, page.contentHeight - page.height)
        let y = page.contentY
        if (bottom > y + page.height) y = bottom - page.height
        if (top < y) y = top
        if (fieldBottom > y + page.height) y = fieldBottom - page.height  // too tall: the field wins
        page.contentY = Math.max(page.originY, Math.min(lowest, y))
    }

    // 确定 (the keyboard's Enter) on a one-line field: what was typed is committed (Pinyin still being
    // composed goes in as typed) and the keyboard closes, giving the screen back. On a multi-line
    // field it makes a new line. The Return the keyboard sends on is swallowed (enterClosing), so it
    // does not reach the screen as the keypad's Enter and open the keyboard again.
    property bool enterClosing: false
    Connections {
        target: InputContext.inputEngine
        function onVirtualKeyClicked(key, text, modifiers, isAutoRepeat) {
            const field = panel.Window.window ? panel.Window.window.activeFocusItem : null
            if ((key === Qt.Key_Return || key === Qt.Key_Enter) && field instanceof TextInput) {
                panel.enterClosing = true
                Qt.callLater(panel.finishTyping)
            }
        }
    }
    function finishTyping() {
        enterClosing = false
        stopKeypadTyping()
    }

    function startKeypadTyping() {
        Qt.inputMethod.show()
        keypadTyping = true
        const voice = Window.window ? Window.window.voiceCtl : null
        if (voice)
            voice.speak(qsTr("Keyboard. Choose a key with the arrows and press Enter to type it. Choose Hide when you are done."))
    }
    function stopKeypadTyping() {
        keypadTyping = false
        Qt.inputMethod.hide()
    }
}
