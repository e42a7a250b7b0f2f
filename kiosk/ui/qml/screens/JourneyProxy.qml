// 代办: whom the application is for. Two ways: their ID card on the reader (长辈版's family path: no
// typing, the relationship as big buttons, the letter optional) or their details typed with the letter
// of authorization scanned (any agent).
import QtQuick
import "../components"

FocusScope {
    id: screen
    property bool byCard: app.elderly
    readonly property bool cardRead: !!journey.principalCard.maskedName
    property string prompt: !byCard
        ? qsTr("Enter the details of the person you apply for, choose your relationship and scan the letter of authorization.")
        : cardRead ? qsTr("Their card has been read. Choose how you are related to them, then press Continue.")
        : qsTr("Now place your family member's ID card on the reader.")
    property string relationship: ""
    readonly property var errors: journey.formErrors
    onByCardChanged: relationship = ""
    // the keypad lands on the first relationship as soon as their card is read
    onCardReadChanged: if (cardRead) Qt.callLater(() => { if (familyRep.count) familyRep.itemAt(0).forceActiveFocus() })

    JourneyFrame {
        title: screen.byCard ? qsTr("Helping a family member") : qsTr("Applying for someone else (代办)")
        subtitle: qsTr("Agent: %1").arg(journey.info.maskedName || "")

        // -- their card ------------------------------------------------------------------------
        Rectangle {
            objectName: "principalCardBox"
            visible: screen.byCard
            width: parent.width; height: cardText.implicitHeight + app.t.gap * 2
            radius: app.t.radius; color: app.t.surfaceAlt
            border.color: screen.cardRead ? app.t.ok : app.t.accent; border.width: app.t.borderWidth * 2
            Text {
                textFormat: Text.PlainText
                id: cardText
                objectName: "principalCardText"
                anchors.centerIn: parent
                width: parent.width - app.t.gap * 2
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: screen.cardRead
                    ? qsTr("Applying for: %1 (%2)").arg(journey.principalCard.maskedName).arg(journey.principalCard.maskedId)
                    : qsTr("Take your own card off the reader and place your family member's ID card on it")
                color: screen.cardRead ? app.t.ok : app.t.accent
                font.pixelSize: app.t.heading * 0.8; font.bold: true
                lineHeight: app.t.lineHeight
                Accessible.role: Accessible.StaticText; Accessible.name: text
            }
        }
        BodyText {
            width: parent.width
            visible: screen.byCard && screen.cardRead
            font.bold: true
            text: qsTr("You are their")
        }
        Flow {
            width: parent.width
            visible: screen.byCard && screen.cardRead
            spacing: app.t.gap / 2
            Repeater {
                id: familyRep
                model: journey.familyRelationships
                KButton {
                    objectName: "family_" + modelData.value
                    width: Math.max(implicitWidth, app.t.target * 2.6)
                    height: app.t.target * 1.2
                    fontSize: app.t.tile
                    text: modelData.label
                    selectable: true
                    kind: screen.relationship === modelData.value ? "primary" : "secondary"
                    Accessible.checkable: true
                    Accessible.checked: screen.relationship === modelData.value
                    onClicked: screen.relationship = modelData.value
                }
            }
        }
        BodyText {
            width: parent.width
            visible: screen.byCard && (!!screen.errors.relationship || !!screen.errors.principal_phone)
            color: app.t.danger
            text: screen.errors.relationship || screen.errors.principal_phone || ""
        }

        // -- typed details ---------------------------------------------------------------------
        Column {
            width: parent.width
            visible: !screen.byCard
            spacing: app.t.gap
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
                        selectable: true
                        kind: screen.relationship === modelData.value ? "primary" : "secondary"
                        Accessible.checkable: true
                        Accessible.checked: screen.relationship === modelData.value
                        onClicked: screen.relationship = modelData.value
                    }
                }
            }
            BodyText { width: parent.width; visible: !!screen.errors.relationship; color: app.t.danger; text: screen.errors.relationship || "" }
        }
        KButton {
            objectName: "scanAuthorization"
            visible: !screen.byCard || screen.cardRead
            text: screen.byCard
                ? qsTr("Scan a letter of authorization if you have one (%n page(s) so far)", "", journey.authorizationPages)
                : qsTr("Scan the letter of authorization (%n page(s) so far)", "", journey.authorizationPages)
            onClicked: journey.scanAuthorization()
        }
        BodyText { width: parent.width; visible: !!screen.errors.authorization; color: app.t.danger; text: screen.errors.authorization || "" }
        KButton {
            objectName: "proxyWay"
            kind: "quiet"
            text: screen.byCard ? qsTr("Their card is not here: type their details instead") : qsTr("Read their ID card instead")
            onClicked: { screen.byCard = !screen.byCard; journey.clearPrincipalCard() }
        }
        actions: [
            KButton {
                objectName: "proxyContinue"
                kind: "primary"
                focus: true
                enabled: !screen.byCard || screen.cardRead
                text: qsTr("Continue")
                onClicked: screen.byCard ? journey.submitFamilyProxy(screen.relationship, "")
                    : journey.submitProxy(pname.text, pid.text, pphone.text, screen.relationship)
            },
            KButton { objectName: "proxyCancel"; text: qsTr("Cancel"); onClicked: journey.cancel() }
        ]
    }
}
