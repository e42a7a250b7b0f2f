// 查询打印 for a record that is released only to its holder: the face is compared with the ID card's
// holder first. The camera starts only when the resident says yes; the window is always another way.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property bool required: qprint.info.faceRequired === true
    property string prompt: qsTr("This record is released only to its holder. If you agree, look at the camera above the screen, press Yes, and blink when asked.")
    JourneyFrame {
        message: qprint.message
        stepIndex: 0
        stepCount: 0
        title: qsTr("Face check before your record is shown")
        subtitle: qprint.info.maskedName || ""
        BodyText {
            width: parent.width
            text: qsTr("A live check at the camera, here and now, that the card holder is the one at the screen. The picture is not kept.")
        }
        BodyText {
            width: parent.width
            text: screen.required
                ? qsTr("Without the face check, the service window prints this record for you.")
                : qsTr("You may also go on without the face check.")
        }
        Text {
            textFormat: Text.PlainText
            objectName: "queryFacePrompt"
            width: parent.width
            visible: qprint.faceBusy
            text: qprint.facePrompt || qsTr("Looking for your face…")
            color: app.t.accent; font.pixelSize: app.t.heading * 0.8; font.bold: true
            lineHeight: app.t.lineHeight
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText; Accessible.name: text
        }
        actions: [
            KButton {
                objectName: "queryFaceStart"
                kind: "primary"
                focus: true
                enabled: !qprint.faceBusy
                text: qsTr("Yes, check my face")
                onClicked: qprint.faceStart()
            },
            KButton {
                objectName: "queryFaceDecline"
                enabled: !qprint.faceBusy
                text: screen.required ? qsTr("No, I will go to the window") : qsTr("Go on without it")
                onClicked: qprint.faceDecline()
            }
        ]
    }
}
