// 查询打印 with no link to the platform: said plainly; the resident may leave the request, to be
// printed at this terminal or mailed when the platform answers, or simply leave.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property var info: qprint.info
    property string prompt: info.canLeave
        ? qsTr("The government service platform cannot be reached just now, so your record cannot be looked up. You can leave your request: it is printed at this terminal, or mailed to you, when the platform answers.")
        : qsTr("The government service platform cannot be reached just now, so your record cannot be looked up. Please ask at the service window.")
    JourneyFrame {
        message: qprint.message
        stepIndex: 0
        stepCount: 0
        title: qsTr("No connection to the platform")
        subtitle: screen.info.matter || ""
        BodyText {
            objectName: "queryOfflineWords"
            width: parent.width
            font.bold: true
            text: screen.prompt
        }
        BodyText {
            width: parent.width
            visible: screen.info.canLeave === true
            text: screen.info.canMail
                ? qsTr("Printed here: come back and take it from the A4 printer. Mailed: it goes by post to the address the platform holds for you.")
                : qsTr("Printed here: come back and take it from the A4 printer.")
        }
        actions: [
            KButton {
                objectName: "queryLeaveTerminal"
                kind: "primary"
                focus: true
                visible: screen.info.canLeave === true
                text: qsTr("Print it here later")
                description: qsTr("When the platform answers")
                onClicked: qprint.leaveRequest("terminal")
            },
            KButton {
                objectName: "queryLeaveMail"
                visible: screen.info.canMail === true
                text: qsTr("Mail it to me")
                description: qsTr("By post, when the platform answers")
                onClicked: qprint.leaveRequest("mail")
            },
            KButton {
                objectName: "queryCancel"
                text: qsTr("Leave")
                description: qsTr("Nothing is kept")
                onClicked: qprint.cancel()
            }
        ]
    }
}
