// Submitted: the acceptance number, the receipt (printed, or on screen with its QR code when not).
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property var rc: journey.receipt
    // the QR code to scan with a phone: larger where the page has room (a tall portrait panel)
    readonly property real qrSize: Math.max(app.t.target * 3.2, Math.min(app.t.target * 6, width / 3, height / 4))
    readonly property string take: journey.cardOnReader ? qsTr("Please take your ID card and your receipt.")
        : qsTr("Please take your receipt.")
    property string prompt: rc.printed ? qsTr("Your application has been submitted.") + " " + take
        : qsTr("Your application has been submitted. Please note the acceptance number on the screen.")
    JourneyFrame {
        title: qsTr("Your application has been submitted")
        Text {
            textFormat: Text.PlainText
            objectName: "acceptanceNo"
            width: parent.width
            text: qsTr("Acceptance number: %1").arg(rc.acceptanceNo || "")
            color: app.t.accent; font.pixelSize: app.t.heading; font.bold: true
            wrapMode: Text.WrapAnywhere
            Accessible.role: Accessible.StaticText; Accessible.name: text
        }
        BodyText {
            objectName: "receiptState"
            width: parent.width
            font.bold: true
            text: rc.printing ? qsTr("Printing your receipt…")
                : rc.printed ? screen.take
                : (rc.problem || "")
            color: rc.printed ? app.t.accent : app.t.text
            font.pixelSize: rc.printed ? app.t.heading * 0.8 : app.t.body
        }
        Row {
            width: parent.width
            spacing: app.t.gap
            Image {
                objectName: "receiptQr"
                visible: !rc.printed && !rc.printing && source != ""
                width: screen.qrSize; height: width
                source: rc.qr || ""
                smooth: false
                fillMode: Image.PreserveAspectFit
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code for checking the progress of this application")
            }
            Column {
                width: parent.width - (rc.printed ? 0 : screen.qrSize + app.t.gap)
                spacing: app.t.gap / 3
                Repeater {
                    model: rc.printed ? [] : (rc.lines || [])
                    BodyText { width: parent.width; text: modelData; font.pixelSize: app.t.small }
                }
            }
        }
        actions: [
            KButton {
                objectName: "receiptContinue"
                kind: "primary"
                focus: true
                visible: journey.step === "rate"
                text: qsTr("Continue")
                description: qsTr("Rate this service (the receipt stays until you go on)")
                onClicked: journey.showRating()
            }
        ]
    }
}
