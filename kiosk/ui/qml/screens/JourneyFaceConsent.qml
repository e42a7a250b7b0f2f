// Face verification is optional and needs consent: a separate screen, and a way round it.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("This service can check your identity with your face. Do you agree? If not, staff will check your identity instead.")
    JourneyFrame {
        title: qsTr("Face verification: do you agree?")
        BodyText {
            width: parent.width
            text: qsTr("Your face is sensitive personal information. With your consent the camera takes a short picture to compare with your ID card. The picture is encrypted, used only for this application and deleted when it is no longer needed.")
        }
        BodyText {
            width: parent.width
            text: qsTr("If you do not agree, or the camera is not working, you can still apply: a member of staff will check your identity, and this is noted on the application.")
        }
        actions: [
            KButton {
                objectName: "faceAgree"
                kind: "primary"
                text: qsTr("I agree")
                onClicked: journey.faceConsent(true)
            },
            KButton {
                objectName: "faceRefuse"
                focus: true
                text: qsTr("No, staff will check me")
                onClicked: journey.faceConsent(false)
            }
        ]
    }
}
