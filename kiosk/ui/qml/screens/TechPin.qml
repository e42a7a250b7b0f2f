// Technician sign-in, second factor: the PIN on large keys, shown only as dots.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    // Spoken once per change: the lock's countdown is shown, not read out every second.
    property string prompt: tech.stage === "locked" ? qsTr("Too many wrong attempts. Technician sign-in is locked for a while.")
        : tech.stage === "await_pin" ? qsTr("Enter the technician PIN, then press Sign in.")
        : screen.reasonText()
    function duration(seconds) {
        var m = Math.floor(seconds / 60), s = seconds % 60
        if (m > 0 && s > 0) return qsTr("%n minute(s)", "", m) + " " + qsTr("%n second(s)", "", s)
        if (m > 0) return qsTr("%n minute(s)", "", m)
        return qsTr("%n second(s)", "", s)
    }
    function lockText() {
        return qsTr("Too many wrong attempts. Technician sign-in is locked; try again in %1.").arg(screen.duration(tech.lockSeconds))
    }
    function reasonText() {
        switch (tech.reason) {
        case "wrong_pin": return qsTr("Wrong PIN. Present the technician card or code again, then enter the PIN.")
        case "no_pin": return qsTr("No technician PIN is set on this terminal (kiosk ops tech-pin).")
        case "expired": return qsTr("Too slow: present the technician card or code again.")
        case "code_rejected": return qsTr("This technician code is not accepted here (expired, another terminal, or not signed by a trusted key).")
        }
        return qsTr("Present the technician card or code.")
    }
    readonly property bool typing: tech.stage === "await_pin"
    Keys.onPressed: (event) => {
        if (event.text >= "0" && event.text <= "9" && event.text.length === 1) { tech.digit(event.text); event.accepted = true }
        else if (event.key === Qt.Key_Backspace) { tech.backspace(); event.accepted = true }
        else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) { tech.submitPin(); event.accepted = true }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: app.t.gap * 1.5
        spacing: app.t.gap * 2
        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: app.t.gap
            ScreenTitle { Layout.fillWidth: true; text: qsTr("Technician sign-in") }
            BodyText {
                objectName: "pinMessage"
                Layout.fillWidth: true
                text: tech.stage === "locked" ? screen.lockText() : screen.prompt
                color: tech.stage === "await_pin" ? app.t.text : app.t.danger
                font.bold: tech.stage !== "await_pin"
            }
            Rectangle {
                objectName: "pinDots"
                Layout.fillWidth: true
                Layout.maximumWidth: app.t.target * 7
                Layout.preferredHeight: app.t.target * 1.2
                radius: app.t.radius
                color: app.t.surface
                border.color: app.t.border; border.width: app.t.borderWidth
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("PIN, %n digit(s) entered", "", tech.pinLength)
                Text {
                    textFormat: Text.PlainText
                    objectName: "pinDotsText"
                    anchors.centerIn: parent
                    text: "●".repeat(tech.pinLength)
                    color: app.t.text
                    font.pixelSize: app.t.title
                }
            }
            RowLayout {
                spacing: app.t.gap
                KButton {
                    objectName: "pinOk"
                    kind: "primary"
                    enabled: screen.typing && tech.pinLength > 0
                    text: qsTr("Sign in")
                    onClicked: tech.submitPin()
                }
                KButton {
                    objectName: "pinCancel"
                    focus: !screen.typing
                    text: qsTr("Cancel")
                    description: qsTr("Leave technician sign-in")
                    onClicked: tech.cancelEntry()
                }
            }
        }
        GridLayout {
            id: pad
            Layout.alignment: Qt.AlignVCenter
            columns: 3
            rowSpacing: app.t.gap / 2
            columnSpacing: app.t.gap / 2
            // Four rows of large keys that still fit the screen in 长辈版.
            readonly property real keyHeight: Math.min(app.t.target + app.t.gap * 3, (screen.height - app.t.gap * 5) / 4)
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
                KButton {
                    objectName: "pin_" + modelData
                    Layout.preferredWidth: pad.keyHeight * 1.5
                    Layout.preferredHeight: pad.keyHeight
                    enabled: screen.typing
                    focus: index === 0 && screen.typing
                    fontSize: modelData.length === 1 ? app.t.title : app.t.body
                    text: modelData === "clear" ? qsTr("Clear") : modelData === "back" ? qsTr("Delete") : modelData
                    description: modelData === "back" ? qsTr("Delete the last digit") : ""
                    onClicked: modelData === "clear" ? tech.clearPin() : modelData === "back" ? tech.backspace() : tech.digit(modelData)
                }
            }
        }
    }
}
