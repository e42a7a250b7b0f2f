// 上门服务: the family member's own card first, then the card (or name and ID number) of the resident
// who cannot come.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property bool residentStep: cert.step === "visit-resident"
    property bool typing: false
    property string prompt: residentStep
        ? qsTr("Now place the card of the person who needs the visit on the reader, or type their name and ID number.")
        : qsTr("A home visit for someone who cannot come. First place your own ID card on the reader.")
    JourneyFrame {
        message: cert.message
        title: screen.residentStep ? qsTr("Who needs the home visit?") : qsTr("Home visit (上门服务): your ID card")
        subtitle: screen.residentStep ? qsTr("Requested by: %1").arg(cert.info.requesterMaskedName || "") : ""
        BodyText {
            width: parent.width
            text: screen.residentStep
                ? qsTr("Take your card away and place theirs on the reader. If their card is not here, type their name and ID number.")
                : qsTr("For residents who are bedridden or cannot come to the centre: staff visit them at home, for the pension check or another matter.")
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
                text: qsTr("Waiting for the ID card…")
                color: app.t.accent; font.pixelSize: app.t.heading * 0.8; font.bold: true
                Accessible.role: Accessible.StaticText; Accessible.name: text
            }
        }
        BodyText { width: parent.width; visible: screen.typing; font.bold: true; text: qsTr("Their name") }
        JourneyField { id: rname; objectName: "visitResidentName"; visible: screen.typing; label: qsTr("Their name") }
        BodyText { width: parent.width; visible: screen.typing; font.bold: true; text: qsTr("Their ID number") }
        JourneyField { id: rid; objectName: "visitResidentId"; kind: "id_number"; visible: screen.typing; label: qsTr("Their ID number") }
        actions: [
            KButton {
                objectName: "visitContinue"
                kind: "primary"
                visible: screen.residentStep && screen.typing
                text: qsTr("Continue")
                onClicked: cert.residentEntered(rname.text, rid.text)
            },
            KButton {
                objectName: "visitType"
                focus: true
                visible: screen.residentStep
                text: screen.typing ? qsTr("Read their card instead") : qsTr("Their card is not here")
                onClicked: screen.typing = !screen.typing
            },
            KButton {
                objectName: "visitCancel"
                text: qsTr("Cancel")
                description: qsTr("Leave; nothing is kept")
                onClicked: cert.cancel()
            }
        ]
    }
}
