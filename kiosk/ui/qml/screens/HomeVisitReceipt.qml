// 上门服务 requested: the receipt; staff phone to agree the visit, the state shows under Progress.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property var rc: cert.receipt
    property string prompt: qsTr("The home-visit request has been sent. Staff will phone to agree a time. You can follow it under Progress.")
    JourneyFrame {
        message: cert.message
        title: qsTr("Home visit requested")
        subtitle: qsTr("Staff will phone to agree a time")
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
        actions: [
            KButton {
                objectName: "visitFinish"
                context: qsTr("Home visit requested")
                kind: "primary"
                focus: true
                enabled: !screen.rc.printing
                text: qsTr("Finish")
                onClicked: cert.finishVisit()
            }
        ]
    }
}
