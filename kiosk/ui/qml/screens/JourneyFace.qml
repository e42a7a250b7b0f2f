// The face check: look at the camera and blink when asked. Staff verification is always offered.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Look at the camera above the screen and press Start. Blink when asked.")
    JourneyFrame {
        title: qsTr("Face verification")
        BodyText {
            width: parent.width
            text: qsTr("Look straight at the camera above the screen, press Start, and blink when asked. If it does not work, a member of staff can check your identity instead.")
        }
        Text {
            textFormat: Text.PlainText
            objectName: "facePrompt"
            width: parent.width
            visible: journey.busy
            text: journey.facePrompt || qsTr("Looking for your face…")
            color: app.t.accent; font.pixelSize: app.t.heading * 0.8; font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText; Accessible.name: text
        }
        actions: [
            KButton {
                objectName: "faceStart"
                kind: "primary"
                focus: true
                enabled: !journey.busy
                text: qsTr("Start")
                description: qsTr("Start the face check")
                onClicked: journey.faceStart()
            },
            KButton {
                objectName: "faceStaff"
                enabled: !journey.busy
                text: qsTr("Staff will check me")
                onClicked: journey.faceStaff()
            }
        ]
    }
}
