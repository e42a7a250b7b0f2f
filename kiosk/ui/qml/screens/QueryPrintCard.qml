// 查询打印: the resident's own ID card says whose record to look up; then the platform is asked.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property bool asking: qprint.step === "query-asking"
    property string prompt: asking
        ? qsTr("Looking up your record on the government service platform. Please wait.")
        : qsTr("Place your ID card on the reader to look up your record.")
    JourneyFrame {
        message: qprint.message
        stepIndex: 0
        stepCount: 0
        title: qprint.info.matter || qsTr("Query and print")
        subtitle: screen.asking ? qsTr("Looking up the record of %1").arg(qprint.info.maskedName || "") : qsTr("Query and print: your ID card")
        BodyText {
            width: parent.width
            text: qsTr("The document is printed here on A4 paper, with the department's electronic seal and a QR code that anyone can scan to check it.")
        }
        Rectangle {
            objectName: "queryWaiting"
            width: parent.width; height: Math.max(reader.implicitHeight, app.t.target * 2.2) + app.t.gap
            radius: app.t.radius; color: app.t.surfaceAlt
            border.color: app.t.accent; border.width: app.t.borderWidth * 2
            ReaderPicture {
                id: reader
                x: app.t.gap / 2
                anchors.verticalCenter: parent.verticalCenter
                width: implicitWidth; height: implicitHeight
                cardOn: screen.asking
            }
            Text {
                textFormat: Text.PlainText
                anchors.left: reader.right; anchors.right: parent.right
                anchors.margins: app.t.gap / 2
                anchors.verticalCenter: parent.verticalCenter
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: screen.asking ? qsTr("Asking the platform…") : qsTr("Waiting for the ID card…")
                color: app.t.accent; font.pixelSize: app.t.heading * 0.8; font.bold: true
                Accessible.role: Accessible.StaticText; Accessible.name: text
            }
        }
        actions: [
            KButton {
                objectName: "queryCancel"
                focus: true
                text: qsTr("Cancel")
                description: qsTr("Leave; nothing is kept")
                onClicked: qprint.cancel()
            }
        ]
    }
}
