// 查询打印: what became of it, in words: printed, kept for the printer (paper out, jam ...), a
// request left for the platform, or nothing found.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property var info: qprint.info
    readonly property string code: info.outcomeCode || ""
    readonly property bool printed: code === "a4_printed"
    readonly property bool requested: code.indexOf("query_request_") === 0
    property string prompt: info.outcome || ""
    JourneyFrame {
        message: qprint.message
        stepIndex: 0
        stepCount: 0
        title: screen.printed ? qsTr("Please take your document")
            : screen.requested ? qsTr("Your request is kept")
            : screen.code.indexOf("a4_") === 0 ? qsTr("Not printed yet") : qsTr("No document")
        subtitle: screen.info.title || screen.info.matter || ""
        Rectangle {
            objectName: "queryOutcome"
            width: parent.width
            implicitHeight: words.implicitHeight + app.t.gap
            radius: app.t.radius; color: app.t.surfaceAlt
            border.color: screen.printed || screen.requested ? app.t.accent : app.t.danger
            border.width: app.t.borderWidth * 2
            Text {
                textFormat: Text.PlainText
                id: words
                x: app.t.gap / 2; y: app.t.gap / 2
                width: parent.width - app.t.gap
                wrapMode: Text.Wrap
                text: screen.info.outcome || ""
                color: app.t.text; font.pixelSize: app.t.heading * 0.8; font.bold: true
                lineHeight: app.t.lineHeight
                Accessible.role: Accessible.StaticText; Accessible.name: text
            }
        }
        BodyText {
            width: parent.width
            visible: screen.printed
            text: qsTr("Scan the QR code on the paper to check it on the platform's website.")
        }
        actions: [
            KButton {
                objectName: "queryFinish"
                context: qsTr("Query and print")
                kind: "primary"
                focus: true
                text: qsTr("Finish")
                onClicked: qprint.finish()
            }
        ]
    }
}
