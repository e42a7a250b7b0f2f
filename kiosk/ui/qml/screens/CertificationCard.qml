// 养老金资格认证, step 1: the ID card. With a family member helping, first their card, then the elder's.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property bool principalStep: cert.step === "principal"
    property string relationship: ""
    property bool typing: false
    property string prompt: principalStep
        ? qsTr("Now place the elderly resident's own ID card on the reader, and choose how you are related.")
        : qsTr("Please place your ID card on the reader below the screen.")
    JourneyFrame {
        message: cert.message
        title: screen.principalStep ? qsTr("The elderly resident's ID card")
            : cert.wantsProxy ? qsTr("Place your own ID card on the reader (family member)")
            : qsTr("Place your ID card on the reader")
        subtitle: screen.principalStep ? qsTr("Helping: %1").arg(cert.info.helperMaskedName || cert.info.maskedName || "")
            : (cert.info.matter || "")
        BodyText {
            width: parent.width
            visible: !screen.principalStep
            text: cert.wantsProxy
                ? qsTr("You are helping an elderly family member. After your card, you place their card on the reader. The face photo must be theirs: they look at the camera themselves.")
                : qsTr("Lay the card flat on the reader below the screen and keep it there until you hear a beep.")
        }
        BodyText {
            width: parent.width
            visible: screen.principalStep
            text: qsTr("Take your card away and lay the elderly resident's card on the reader. If their card is not here, you can type their name and ID number instead.")
        }
        Rectangle {
            width: parent.width; height: app.t.target * 1.8
            visible: !screen.typing
            radius: app.t.radius; color: app.t.surfaceAlt
            border.color: app.t.accent; border.width: app.t.borderWidth * 2
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                width: parent.width - app.t.gap * 2
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: cert.principalRead ? qsTr("Card read. Now choose how you are related.") : qsTr("Waiting for the ID card…")
                color: app.t.accent; font.pixelSize: app.t.heading * 0.8; font.bold: true
                Accessible.role: Accessible.StaticText; Accessible.name: text
            }
        }
        BodyText { width: parent.width; visible: screen.principalStep && screen.typing; font.bold: true; text: qsTr("Their name") }
        JourneyField { id: pname; objectName: "certPrincipalName"; visible: screen.principalStep && screen.typing; label: qsTr("Their name") }
        BodyText { width: parent.width; visible: screen.principalStep && screen.typing; font.bold: true; text: qsTr("Their ID number") }
        JourneyField { id: pid; objectName: "certPrincipalId"; kind: "id_number"; visible: screen.principalStep && screen.typing; label: qsTr("Their ID number") }
        BodyText { width: parent.width; visible: screen.principalStep; font.bold: true; text: qsTr("You are their") }
        Flow {
            width: parent.width
            visible: screen.principalStep
            spacing: app.t.gap / 2
            Repeater {
                model: cert.relationships
                KButton {
                    objectName: "certRelationship_" + modelData.value
                    text: modelData.label
                    selectable: true
                    kind: screen.relationship === modelData.value ? "primary" : "secondary"
                    onClicked: screen.relationship = modelData.value
                }
            }
        }
        actions: [
            KButton {
                objectName: "certContinue"
                kind: "primary"
                visible: screen.principalStep
                text: qsTr("Continue")
                onClicked: screen.typing ? cert.principalEntered(pname.text, pid.text, screen.relationship)
                                         : cert.principalFromCard(screen.relationship)
            },
            KButton {
                objectName: "certTypePrincipal"
                visible: screen.principalStep
                text: screen.typing ? qsTr("Read their card instead") : qsTr("Their card is not here")
                onClicked: screen.typing = !screen.typing
            },
            KButton {
                objectName: "certProxy"
                focus: true
                visible: !screen.principalStep && !!cert.info.proxyAllowed
                text: cert.wantsProxy ? qsTr("I am the pensioner") : qsTr("I am helping a family member")
                description: qsTr("A family member may operate the screens; the face must be the pensioner's own")
                onClicked: cert.setProxy(!cert.wantsProxy)
            },
            KButton {
                objectName: "certCancel"
                text: qsTr("Cancel")
                description: qsTr("Leave; nothing is kept")
                onClicked: cert.cancel()
            }
        ]
    }
}
