// The face check itself. Liveness at the terminal is not built yet: staff verification is offered.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("The face check is not available at this terminal yet. Staff will check your identity.")
    JourneyFrame {
        title: qsTr("Face verification")
        BodyText {
            width: parent.width
            text: qsTr("The face check with liveness is not available at this terminal yet. Please continue: a member of staff will check your identity, and this is noted on the application.")
        }
        actions: [
            KButton {
                objectName: "faceStaff"
                kind: "primary"
                focus: true
                text: qsTr("Continue with staff verification")
                onClicked: journey.faceStaff()
            }
        ]
    }
}
