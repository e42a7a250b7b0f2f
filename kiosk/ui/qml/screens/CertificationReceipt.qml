// 养老金资格认证 submitted: the receipt (when the result can be checked), then a rating.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property var rc: cert.receipt
    readonly property bool rating: cert.step === "rate"
    property string prompt: qsTr("The certification has been submitted. You can check the result under Progress from %1.").arg(rc.resultFrom || "")
    JourneyFrame {
        message: cert.message
        title: qsTr("Certification submitted")
        subtitle: qsTr("Result can be checked from %1").arg(screen.rc.resultFrom || "")
        Rectangle {
            width: parent.width
            implicitHeight: lines.implicitHeight + app.t.gap
            radius: app.t.radius; color: app.t.surfaceAlt
            border.color: app.t.border; border.width: app.t.borderWidth
            Column {
                id: lines
                x: app.t.gap / 2; y: app.t.gap / 2
                width: parent.width - app.t.gap
                spacing: app.t.gap / 4
                Repeater {
                    model: screen.rc.lines || []
                    BodyText { width: lines.width; text: modelData }
                }
            }
        }
        Image {
            objectName: "receiptQr"
            visible: !screen.rc.printed && !screen.rc.printing && source != ""
            width: app.t.target * 3; height: width
            source: screen.rc.qr || ""
            fillMode: Image.PreserveAspectFit
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code to check the progress")
        }
        BodyText {
            width: parent.width
            text: screen.rc.printing ? qsTr("Printing the receipt…") : screen.rc.printed ? qsTr("Please take your receipt.") : ""
            visible: text !== ""
        }
        BodyText { width: parent.width; visible: screen.rating; font.bold: true; text: qsTr("How was this service?") }
        Flow {
            width: parent.width
            visible: screen.rating
            spacing: app.t.gap / 2
            KButton { objectName: "certRate5"; kind: "primary"; text: qsTr("Very satisfied"); onClicked: cert.rate(5) }
            KButton { objectName: "certRate4"; text: qsTr("Satisfied"); onClicked: cert.rate(4) }
            KButton { objectName: "certRate3"; text: qsTr("Fairly satisfied"); onClicked: cert.rate(3) }
            KButton { objectName: "certRate2"; text: qsTr("Dissatisfied"); onClicked: cert.rate(2) }
            KButton { objectName: "certRate1"; text: qsTr("Very dissatisfied"); onClicked: cert.rate(1) }
        }
        actions: [
            KButton {
                objectName: "certFinish"
                context: qsTr("Certification submitted")
                focus: true
                enabled: screen.rating
                text: qsTr("Finish")
                description: qsTr("End without rating")
                onClicked: cert.skipRating()
            }
        ]
    }
}
