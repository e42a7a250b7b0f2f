// Qt Virtual Keyboard with zh_CN Pinyin (and English), embedded in the window.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

InputPanel {
    objectName: "inputPanel"
    width: parent ? parent.width : 0
    Binding { target: VirtualKeyboardSettings; property: "activeLocales"; value: ["zh_CN", "en_US"] }
    Binding { target: VirtualKeyboardSettings; property: "locale"; value: app.locale === "zh_CN" ? "zh_CN" : "en_US" }
}
