// Step 1: the ID card. The reader's events arrive through the journey controller; this only explains.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Please place your second-generation ID card on the reader below the screen.")
    JourneyFrame {
        title: journey.wantsProxy ? qsTr("Place the agent's ID card on the reader") : qsTr("Place your ID card on the reader")
        subtitle: (journey.info.bundle || (journey.info.matters || []).join("、"))
        BodyText {
            width: parent.width
            text: qsTr("Lay the card flat on the reader below the screen and keep it there until you hear a beep.")
        }
        BodyText {
            width: parent.width
            visible: journey.wantsProxy
            text: qsTr("You are applying for someone else (代办). After your card, you will enter their details and scan the letter of authorization.")
        }
        Rectangle {
            width: parent.width; height: app.t.target * 2.2
            radius: app.t.radius; color: app.t.surfaceAlt
            border.color: app.t.accent; border.width: app.t.borderWidth * 2
            Text {
                anchors.centerIn: parent
                width: parent.width - app.t.gap * 2
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Waiting for the ID card…")
                color: app.t.accent; font.pixelSize: app.t.heading * 0.8; font.bold: true
            }
        }
        actions: [
            KButton {
                objectName: "identifyCancel"
                text: qsTr("Cancel")
                description: qsTr("Leave this application; nothing is kept")
                onClicked: journey.cancel()
            },
            KButton {
                objectName: "identifyProxy"
                focus: true
                visible: !!journey.info.proxyAllowed
                text: journey.wantsProxy ? qsTr("Apply for myself") : qsTr("Apply for someone else")
                description: qsTr("An agent (代办) applies for a family member or a client")
                onClicked: journey.setProxy(!journey.wantsProxy)
            }
        ]
    }
}
