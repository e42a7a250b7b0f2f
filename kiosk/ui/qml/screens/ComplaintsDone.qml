// 有诉即办: filed. What happens next, and the 12345 hotline.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Thank you. Your complaint or suggestion has been recorded and will be passed to the department responsible.")
    JourneyFrame {
        title: qsTr("Thank you, it has been recorded")
        message: complaintsCtl.message
        BodyText {
            objectName: "complaintFiled"
            width: parent.width
            text: qsTr("Your complaint or suggestion has been saved at this terminal and will be passed to the department responsible, even if the network is down now.")
        }
        BodyText {
            width: parent.width
            text: qsTr("If you left a phone number, staff will call you back. For anything urgent, call the 12345 hotline.")
        }
        actions: [
            KButton {
                objectName: "complaintDone"
                kind: "primary"
                focus: true
                text: qsTr("Done")
                onClicked: app.home()
            }
        ]
    }
}
