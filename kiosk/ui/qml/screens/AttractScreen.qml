// Shown while nobody is using the terminal. Any touch or key starts a session.
import QtQuick
import "../components"

Rectangle {
    id: screen
    property string prompt: qsTr("Welcome. Touch the screen to start.")
    color: app.t.accent
    focus: true
    Keys.onPressed: (event) => { app.start(); event.accepted = true }
    // Everyone, 长辈版 users included, meets this screen before choosing a look: large print throughout.
    readonly property real lineSize: Math.max(app.t.body, app.t.heading * 0.75)

    Column {
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: app.t.gap * 2
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: app.terminalName
            color: app.t.accentText
            font.pixelSize: app.t.title
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("24-hour self-service for social insurance, civil affairs, household registration and more")
            color: app.t.accentText
            font.pixelSize: screen.lineSize
            wrapMode: Text.Wrap
            lineHeight: app.t.lineHeight
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: startText.implicitWidth + app.t.gap * 4
            height: startText.implicitHeight + app.t.gap * 2
            radius: height / 2
            color: app.t.accentText
            Text {
                id: startText
                anchors.centerIn: parent
                text: qsTr("Touch the screen to start")
                color: app.t.accent
                font.pixelSize: app.t.heading
                font.bold: true
            }
        }
        Text {
            // Not translated on purpose: a visitor who reads no Chinese must find the way in.
            visible: app.locale === "zh_CN"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: "Touch the screen to start · English available"
            color: app.t.accentText
            font.pixelSize: screen.lineSize
        }
        Text {
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Your information is cleared from this terminal when you finish.")
            color: app.t.accentText
            font.pixelSize: screen.lineSize
            wrapMode: Text.Wrap
        }
    }
    MouseArea {
        objectName: "attractArea"
        anchors.fill: parent
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Touch the screen to start")
        Accessible.onPressAction: app.start()
        onClicked: app.start()
    }
}
