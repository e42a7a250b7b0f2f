// A large on-screen number pad for numbers, phone, account and ID numbers (X only where the field takes
// it, a decimal point in its place for amounts): touch targets of the theme's size, every key named,
// digits and Backspace also from a keypad. ID numbers may also need letters (a foreigner's older number
// starts with three nationality letters), codes a capital here and there: "ABC" turns the digit keys
// into letter keys of the same size, nine letters a page, back to digits after ``lettersRun`` letters.
import QtQuick
import QtQuick.Layouts

FocusScope {
    id: pad
    property string label: ""
    property string value: ""
    property bool allowX: false
    property bool allowLetters: false
    property bool allowDot: false  // a decimal point, where the X key would be (never both)
    property int lettersRun: 3     // letters typed in a row before the digits come back
    property bool letters: false  // showing letter keys instead of digits
    property int letterPage: 0
    readonly property var letterPages: ["ABCDEFGHI", "JKLMNOPQR", "STUVWXYZ"]
    readonly property var keyLabels: letters
        ? (letterPages[letterPage] + "         ").slice(0, 9).split("")
        : ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
    property int maxLength: 18
    signal accepted(string value)
    signal cancelled()
    // The room the pad may take (its dialog's): in a tall one (a portrait panel) the keys grow to fill
    // about four fifths of its width, for fingers and 长辈版 eyes; otherwise, or when not told, they
    // keep the size that fits a landscape window.
    property real roomWidth: 0
    property real roomHeight: 0
    readonly property bool roomy: roomHeight > roomWidth && roomWidth > 0
    readonly property real baseKey: app.t.target * 1.6
    // the height the label and spacing take besides four rows of keys (0.8 key each), the display and
    // the action row (half a key each)
    readonly property real besidesKeys: app.t.target + app.t.body * 3
    readonly property real key: roomy
        ? Math.max(baseKey, Math.min(roomWidth * 0.8 / 3, (roomHeight - besidesKeys) / 4.2))
        : baseKey
    readonly property real keyFont: Math.max(app.t.heading, Math.round(key * 0.3))
    implicitWidth: col.implicitWidth
    implicitHeight: col.implicitHeight

    function type(ch) { if (value.length < maxLength) value += ch }
    function typeLetter(ch) {
        type(ch)
        let run = 0
        while (run < value.length && /[A-Z]/.test(value[value.length - 1 - run])) run++
        if (run >= lettersRun) letters = false  // the letters are done: digits follow
    }
    function typeDot() { if (value.indexOf(".") < 0) type(value === "" ? "0." : ".") }
    function backspace() { value = value.slice(0, -1) }
    function start(text) { value = text; letters = false; letterPage = 0 }
    function turnLetterPage(step) { letterPage = (letterPage + step + letterPages.length) % letterPages.length }

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            type(String(event.key - Qt.Key_0)); event.accepted = true
        } else if (allowLetters && event.key >= Qt.Key_A && event.key <= Qt.Key_Z) {
            type(String.fromCharCode(event.key)); event.accepted = true
        } else if (allowX && event.key === Qt.Key_X) {
            type("X"); event.accepted = true
        } else if (allowDot && (event.key === Qt.Key_Period || event.key === Qt.Key_Comma)) {
            typeDot(); event.accepted = true
        } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            backspace(); event.accepted = true
        }
    }

    ColumnLayout {
        id: col
        anchors.fill: parent
        spacing: app.t.gap / 2
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: pad.label
            color: app.t.text; font.pixelSize: app.t.body; font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading; Accessible.name: text
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: pad.roomy ? pad.key * 0.5 : app.t.target * 1.1
            radius: app.t.radius; color: app.t.surfaceAlt
            border.color: app.t.border; border.width: app.t.borderWidth
            Text {
                textFormat: Text.PlainText
                objectName: "padDisplay"
                anchors { fill: parent; margins: app.t.gap / 2 }
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: Text.AlignHCenter
                text: pad.value === "" ? "—" : pad.value
                color: app.t.text; font.pixelSize: pad.roomy ? pad.keyFont * 0.8 : app.t.heading; font.bold: true
                font.letterSpacing: 2
                fontSizeMode: Text.HorizontalFit; minimumPixelSize: app.t.body
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Typed so far: %1").arg(pad.value === "" ? qsTr("nothing") : pad.value.split("").join(" "))
            }
        }
        GridLayout {
            id: grid
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: app.t.gap / 2; columnSpacing: app.t.gap / 2
            Repeater {
                model: pad.keyLabels
                KButton {
                    objectName: modelData === " " ? "padKey_none" : "padKey_" + modelData
                    focus: index === 0
                    Layout.preferredWidth: pad.key; Layout.preferredHeight: pad.key * 0.8
                    enabled: modelData !== " "
                    opacity: enabled ? 1 : 0
                    text: modelData; fontSize: pad.keyFont
                    onClicked: pad.letters ? pad.typeLetter(modelData) : pad.type(modelData)
                }
            }
            KButton {  // X (or the decimal point) among the digits; the previous letter page among the letters
                objectName: pad.letters ? "padLettersBack" : pad.allowDot ? "padKey_dot" : "padKey_X"
                Layout.preferredWidth: pad.key; Layout.preferredHeight: pad.key * 0.8
                enabled: pad.letters || pad.allowX || pad.allowDot
                opacity: enabled ? 1 : 0
                text: pad.letters ? "◀" : pad.allowDot ? "." : "X"; fontSize: pad.keyFont
                Accessible.name: pad.letters || !pad.allowDot ? text : qsTr("Decimal point")
                description: pad.letters ? qsTr("Show the previous letters")
                           : pad.allowDot ? qsTr("For an amount with jiao and fen, or part of a mu")
                           : qsTr("The letter X, the last character of some ID numbers")
                onClicked: pad.letters ? pad.turnLetterPage(-1) : pad.allowDot ? pad.typeDot() : pad.type("X")
            }
            KButton {  // 0 among the digits; the next letter page among the letters
                objectName: pad.letters ? "padLettersNext" : "padKey_0"
                Layout.preferredWidth: pad.key; Layout.preferredHeight: pad.key * 0.8
                text: pad.letters ? "▶" : "0"; fontSize: pad.keyFont
                description: pad.letters ? qsTr("Show the next letters") : ""
                onClicked: pad.letters ? pad.turnLetterPage(1) : pad.type("0")
            }
            KButton {
                objectName: "padBackspace"
                Layout.preferredWidth: pad.key; Layout.preferredHeight: pad.key * 0.8
                text: "⌫"; fontSize: pad.keyFont
                Accessible.name: qsTr("Delete the last character")
                onClicked: pad.backspace()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: app.t.gap / 2
            KButton {
                objectName: "padCancel"
                context: pad.label
                Layout.fillWidth: true
                Layout.preferredHeight: pad.roomy ? pad.key * 0.5 : -1
                text: qsTr("Cancel")
                description: qsTr("Close the number pad without changing the field")
                onClicked: pad.cancelled()
            }
            KButton {  // in the action row, not a row of its own: the 长辈版 pad must still fit 800 px
                objectName: "padLetters"
                visible: pad.allowLetters
                Layout.fillWidth: true
                Layout.preferredHeight: pad.roomy ? pad.key * 0.5 : -1
                text: pad.letters ? "123" : "ABC"; fontSize: app.t.heading
                description: pad.letters ? qsTr("Back to the digits")
                                         : qsTr("Letters, for the nationality letters a foreigner's number starts with")
                onClicked: { pad.letters = !pad.letters; pad.letterPage = 0 }
            }
            KButton {
                objectName: "padOk"
                Layout.fillWidth: true
                Layout.preferredHeight: pad.roomy ? pad.key * 0.5 : -1
                kind: "primary"
                text: qsTr("OK")
                description: qsTr("Use this number")
                onClicked: pad.accepted(pad.value)
            }
        }
    }
}
