// 上门服务: where, how to reach the family, and what the visit is for.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string reason: cert.info.presetReason || ""
    property string relationship: cert.info.relationship || ""
    readonly property var errors: cert.errors
    property string prompt: qsTr("Enter the address for the visit, a phone number staff can call, and what the visit is for.")
    JourneyFrame {
        message: cert.message
        title: qsTr("Home visit details")
        subtitle: qsTr("For: %1").arg(cert.info.residentMaskedName || "")
        BodyText { width: parent.width; font.bold: true; text: qsTr("Address for the visit") }
        JourneyField { id: address; objectName: "visitAddress"; kind: "address"; label: qsTr("Address for the visit") }
        BodyText { width: parent.width; visible: !!screen.errors.address; color: app.t.danger; text: screen.errors.address || "" }
        BodyText { width: parent.width; font.bold: true; text: qsTr("Phone number staff can call") }
        JourneyField { id: phone; objectName: "visitPhone"; kind: "phone"; label: qsTr("Phone number staff can call") }
        BodyText { width: parent.width; visible: !!screen.errors.phone; color: app.t.danger; text: screen.errors.phone || "" }
        BodyText { width: parent.width; font.bold: true; text: qsTr("The visit is for") }
        Flow {
            width: parent.width
            spacing: app.t.gap / 2
            Repeater {
                model: cert.visitReasons
                KButton {
                    objectName: "visitReason_" + index
                    text: modelData.name
                    selectable: true
                    kind: screen.reason === modelData.code ? "primary" : "secondary"
                    onClicked: screen.reason = modelData.code
                }
            }
        }
        BodyText { width: parent.width; visible: !!screen.errors.reason; color: app.t.danger; text: screen.errors.reason || "" }
        BodyText { width: parent.width; visible: !cert.info.samePerson; font.bold: true; text: qsTr("You are their") }
        Flow {
            width: parent.width
            visible: !cert.info.samePerson
            spacing: app.t.gap / 2
            Repeater {
                model: cert.relationships
                KButton {
                    objectName: "visitRelationship_" + modelData.value
                    text: modelData.label
                    selectable: true
                    kind: screen.relationship === modelData.value ? "primary" : "secondary"
                    onClicked: screen.relationship = modelData.value
                }
            }
        }
        BodyText { width: parent.width; visible: !!screen.errors.relationship; color: app.t.danger; text: screen.errors.relationship || "" }
        BodyText { width: parent.width; font.bold: true; text: qsTr("Anything staff should know (optional)") }
        JourneyField { id: note; objectName: "visitNote"; label: qsTr("Anything staff should know (optional)") }
        actions: [
            KButton {
                objectName: "visitSubmit"
                kind: "primary"
                focus: true
                text: qsTr("Send the request")
                onClicked: cert.submitVisit(address.text, phone.text, screen.reason, screen.relationship, note.text)
            },
            KButton {
                objectName: "visitDetailsCancel"
                text: qsTr("Cancel")
                onClicked: cert.cancel()
            }
        ]
    }
}
