// 查询进度, first step: the resident identifies with the ID card or the QR code on a receipt, or goes on
// to type the acceptance number (ProgressNumber). The reader's and scanner's events arrive through
// progressCtl; this only explains.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Check progress. Place your ID card on the reader, or hold the QR code on your receipt under the scanner, or type the acceptance number.")
    JourneyFrame {
        title: qsTr("Check the progress of your applications")
        subtitle: qsTr("Only your own applications are shown, and they are cleared when you finish.")
        message: progressCtl.message
        Repeater {
            model: [
                { glyph: "证", head: qsTr("With your ID card"),
                  body: qsTr("Lay your second-generation ID card flat on the reader below the screen. All your applications made at this terminal are listed.") },
                { glyph: "码", head: qsTr("With your receipt"),
                  body: qsTr("Hold the QR code printed on your receipt under the scanner. That application is shown.") }
            ]
            Rectangle {
                width: parent.width
                height: way.implicitHeight + app.t.gap * 1.5
                radius: app.t.radius; color: app.t.surfaceAlt
                border.color: app.t.accent; border.width: app.t.borderWidth * 2
                Row {
                    id: way
                    x: app.t.gap * 0.75; y: app.t.gap * 0.75
                    width: parent.width - app.t.gap * 1.5
                    spacing: app.t.gap
                    Rectangle {
                        width: app.t.target; height: width; radius: width / 2
                        color: app.t.accent
                        Text {
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            text: modelData.glyph
                            color: app.t.accentText; font.pixelSize: parent.width * 0.5; font.bold: true
                        }
                    }
                    Column {
                        width: parent.width - app.t.target - app.t.gap
                        spacing: app.t.gap / 3
                        BodyText { width: parent.width; text: modelData.head; font.bold: true }
                        BodyText { width: parent.width; text: modelData.body }
                    }
                }
            }
        }
        Text {
            textFormat: Text.PlainText
            objectName: "progressWaiting"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Waiting for your ID card or receipt…")
            color: app.t.accent; font.pixelSize: app.t.heading * 0.8; font.bold: true
            Accessible.role: Accessible.StaticText; Accessible.name: text
        }
        actions: [
            KButton {
                objectName: "progressTypeNumber"
                kind: "primary"
                text: qsTr("Type the acceptance number")
                description: qsTr("With the last 4 digits of your phone; finds applications made at any terminal")
                onClicked: app.go("progress-number")
            },
            KButton {
                objectName: "progressCancel"
                focus: true
                text: qsTr("Back to home")
                description: qsTr("Leave without checking")
                onClicked: app.home()
            }
        ]
    }
}
