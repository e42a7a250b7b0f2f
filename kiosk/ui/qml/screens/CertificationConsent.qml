// 养老金资格认证: a separate consent screen in plain words, spoken in 长辈版. Saying no is never a dead end.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("To confirm you still receive your pension, the camera takes a photo of your face. It is sent, locked, to the social insurance office for this check only. Do you agree?")
    JourneyFrame {
        message: cert.message
        title: qsTr("May we take a photo of your face?")
        subtitle: cert.info.maskedName ? qsTr("Pensioner: %1").arg(cert.info.maskedName) : ""
        BodyText {
            width: parent.width
            font.bold: true
            text: qsTr("The camera takes a photo of the pensioner's face.")
        }
        BodyText {
            width: parent.width
            text: qsTr("The photo is locked so that only the social insurance office can open it. It is used for this yearly check only, and this terminal deletes its copy as soon as the office has received it.")
        }
        BodyText {
            width: parent.width
            text: qsTr("You will be asked to blink and to turn your head slowly. Take your time.")
        }
        BodyText {
            width: parent.width
            color: app.t.muted
            text: qsTr("If you do not agree, a member of staff can help you, or you can ask for someone to visit you at home.")
        }
        actions: [
            KButton {
                objectName: "certAgree"
                kind: "primary"
                focus: true
                text: qsTr("I agree")
                onClicked: cert.consent(true)
            },
            KButton {
                objectName: "certRefuse"
                text: qsTr("No, I do not agree")
                onClicked: cert.consent(false)
            }
        ]
    }
}
