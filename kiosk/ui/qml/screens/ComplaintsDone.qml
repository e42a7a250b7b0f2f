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
        BodyText {
            objectName: "complaintSlipNumber"
            width: parent.width
            visible: complaintsCtl.slipNumber !== ""
            textFormat: Text.PlainText
            font.bold: true
            text: qsTr("Number: %1. Print the slip and scan it under Progress to read the answer.").arg(complaintsCtl.slipNumber)
        }
        BodyText {
            objectName: "complaintSlipState"
            width: parent.width
            visible: complaintsCtl.printState !== "" && complaintsCtl.printState !== "printing"
            textFormat: Text.PlainText
            text: complaintsCtl.printState
        }
        actions: [
            KButton {
                objectName: "complaintPrintSlip"
                visible: complaintsCtl.slipNumber !== ""
                enabled: complaintsCtl.printState !== "printing"
                text: qsTr("Print slip")
                onClicked: complaintsCtl.printSlip()
            },
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
