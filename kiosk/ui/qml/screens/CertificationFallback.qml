// 养老金资格认证 could not be done here: staff help (帮办) or a home visit (上门服务). Never a dead end.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: (cert.info.fallbackText || "") + " " + qsTr("Choose: call a member of staff, or ask for a home visit.")
    JourneyFrame {
        message: ""
        title: qsTr("We can help you another way")
        subtitle: cert.info.maskedName ? qsTr("Pensioner: %1").arg(cert.info.maskedName) : ""
        BodyText {
            objectName: "certFallbackReason"
            width: parent.width
            font.bold: true
            text: cert.info.fallbackText || ""
        }
        BodyText {
            width: parent.width
            text: qsTr("A member of staff can do the check with you now. If the pensioner cannot come to the centre, staff can visit them at home.")
        }
        actions: [
            KButton {
                objectName: "certCallStaff"
                context: qsTr("We can help you another way")
                kind: "primary"
                focus: true
                text: qsTr("Call a member of staff")
                onClicked: cert.chooseStaff()
            },
            KButton {
                objectName: "certHomeVisit"
                text: qsTr("Ask for a home visit")
                onClicked: cert.chooseHomeVisit()
            },
            KButton {
                objectName: "certFallbackCancel"
                text: qsTr("Not now")
                onClicked: cert.cancel()
            }
        ]
    }
}
