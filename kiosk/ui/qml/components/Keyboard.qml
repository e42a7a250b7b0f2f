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
    onActiveChanged: if (!active) keypadTyping = false
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
    height: writingPanel.writing && Window.window
            ? Math.max(implicitHeight, Math.min(Window.window.height * 0.42, Window.window.width * 0.6))
            : implicitHeight
    // Under the writing box the keys are out of sight: hidden, so no reader or measure finds them there.
    Binding { target: panel.keyboard; property: "visible"; value: !writingPanel.writing; when: panel.keyboard !== null }

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
