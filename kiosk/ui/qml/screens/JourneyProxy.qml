// 代办: the principal's details, the relationship and the letter of authorization.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Enter the details of the person you apply for, choose your relationship and scan the letter of authorization.")
    property string relationship: ""
    readonly property var errors: journey.formErrors
    JourneyFrame {
        title: qsTr("Applying for someone else (代办)")
        subtitle: qsTr("Agent: %1").arg(journey.info.maskedName || "")
        BodyText { width: parent.width; font.bold: true; text: qsTr("Their name") }
        JourneyField { id: pname; objectName: "principalName"; label: qsTr("Their name") }
        BodyText { width: parent.width; visible: !!screen.errors.principal_name; color: app.t.danger; text: screen.errors.principal_name || "" }
        BodyText { width: parent.width; font.bold: true; text: qsTr("Their ID number") }
        JourneyField { id: pid; objectName: "principalId"; kind: "id_number"; label: qsTr("Their ID number") }
        BodyText { width: parent.width; visible: !!screen.errors.principal_id_number; color: app.t.danger; text: screen.errors.principal_id_number || "" }
        BodyText { width: parent.width; font.bold: true; text: qsTr("Their phone") }
        JourneyField { id: pphone; objectName: "principalPhone"; kind: "phone"; label: qsTr("Their phone") }
        BodyText { width: parent.width; visible: !!screen.errors.principal_phone; color: app.t.danger; text: screen.errors.principal_phone || "" }
        BodyText { width: parent.width; font.bold: true; text: qsTr("You are their") }
        Flow {
            width: parent.width
            spacing: app.t.gap / 2
            Repeater {
                model: journey.relationships
                KButton {
                    objectName: "relationship_" + modelData.value
                    text: modelData.label
                    kind: screen.relationship === modelData.value ? "primary" : "secondary"
                    onClicked: screen.relationship = modelData.value
                }
            }
        }
        BodyText { width: parent.width; visible: !!screen.errors.relationship; color: app.t.danger; text: screen.errors.relationship || "" }
        KButton {
            objectName: "scanAuthorization"
            text: qsTr("Scan the letter of authorization (%n page(s) so far)", "", journey.authorizationPages)
            onClicked: journey.scanAuthorization()
        }
        BodyText { width: parent.width; visible: !!screen.errors.authorization; color: app.t.danger; text: screen.errors.authorization || "" }
        actions: [
            KButton {
                objectName: "proxyContinue"
                kind: "primary"
                text: qsTr("Continue")
                onClicked: journey.submitProxy(pname.text, pid.text, pphone.text, screen.relationship)
            },
            KButton { text: qsTr("Cancel"); onClicked: journey.cancel() }
        ]
    }
}
