// Technician sign-in, second factor: the PIN on large keys, shown only as dots.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    property string prompt: tech.stage === "locked" ? screen.lockText()
        : tech.stage === "await_pin" ? qsTr("Technician sign-in. Enter the technician PIN.")
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

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - app.t.gap * 2, app.t.target * 9)
        spacing: app.t.gap
        ScreenTitle {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Technician sign-in")
        }
        BodyText {
            objectName: "pinMessage"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: screen.prompt
            color: tech.stage === "await_pin" ? app.t.text : app.t.danger
            font.bold: tech.stage !== "await_pin"
        }
        Rectangle {
            objectName: "pinDots"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: app.t.target * 6
            Layout.preferredHeight: app.t.target
            radius: app.t.radius
            color: app.t.surface
            border.color: app.t.border; border.width: app.t.borderWidth
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("PIN, %n digit(s) entered", "", tech.pinLength)
            Text {
                objectName: "pinDotsText"
                anchors.centerIn: parent
                text: "●".repeat(tech.pinLength)
                color: app.t.text
                font.pixelSize: app.t.title
            }
        }
        GridLayout {
            id: pad
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: app.t.gap / 2
            columnSpacing: app.t.gap / 2
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "back"]
                KButton {
                    objectName: "pin_" + modelData
                    Layout.preferredWidth: app.t.target * 2
                    Layout.preferredHeight: app.t.target * 1.3
                    enabled: screen.typing
                    focus: index === 0
                    fontSize: modelData.length === 1 ? app.t.title : app.t.body
                    text: modelData === "clear" ? qsTr("Clear") : modelData === "back" ? qsTr("Delete") : modelData
                    description: modelData === "back" ? qsTr("Delete the last digit") : ""
                    onClicked: modelData === "clear" ? tech.clearPin() : modelData === "back" ? tech.backspace() : tech.digit(modelData)
                }
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: app.t.gap
            KButton {
                objectName: "pinCancel"
                text: qsTr("Cancel")
                description: qsTr("Leave technician sign-in")
                onClicked: tech.cancelEntry()
            }
            KButton {
                objectName: "pinOk"
                kind: "primary"
                enabled: screen.typing && tech.pinLength > 0
                text: qsTr("Sign in")
                onClicked: tech.submitPin()
            }
        }
    }
}
