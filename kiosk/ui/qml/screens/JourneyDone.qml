// 办理完成: the last screen of an application. It stays while the ID card is on the reader and says
// again to take it; once the card is off it returns to the start by itself (JourneyEnding), or at 完成.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property string takeText: qsTr("Please take your ID card and your receipt.")
    readonly property string stillText: qsTr("Your ID card is still on the reader. Please take your ID card and your receipt.")
    property string prompt: qsTr("Your application is complete.") + " " + (journey.cardOnReader ? screen.stillText : screen.takeText)
    Connections {
        target: journey
        function onRemindersChanged() {
            const w = screen.Window.window
            if (journey.reminders > 0 && w && w.voiceCtl) w.voiceCtl.speakError(screen.stillText)
        }
    }
    JourneyFrame {
        id: frame
        title: qsTr("Application complete")
        scrolls: false
        Text {
            textFormat: Text.PlainText
            objectName: "doneTake"
            width: parent.width
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            text: journey.cardOnReader ? screen.stillText : screen.takeText
            color: journey.cardOnReader ? app.t.danger : app.t.accent
            font.pixelSize: app.t.heading; font.bold: true
            lineHeight: app.t.lineHeight
            Accessible.role: Accessible.StaticText; Accessible.name: text
        }
        Item {
            // centred on its own line (the frame's page is a Flow, which places its items itself)
            width: parent.width; height: picture.height
            visible: journey.cardOnReader
            ReaderPicture {
                id: picture
                anchors.horizontalCenter: parent.horizontalCenter
                width: implicitWidth; height: implicitHeight
                size: Math.max(1, Math.min(3, (frame.pageHeight - app.t.target * 6) / 2 / baseHeight))
                cardOn: true
            }
        }
        BodyText {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            color: app.t.muted
            text: qsTr("Thank you. The terminal returns to the start once your card is taken.")
        }
        actions: [
            KButton {
                objectName: "doneFinish"
                kind: "primary"
                focus: true
                text: qsTr("Done")
                description: qsTr("Return to the start")
                onClicked: journey.finishTouched()
            }
        ]
    }
}
