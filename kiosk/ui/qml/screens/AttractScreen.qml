// Shown while nobody is using the terminal. Any touch or key starts a session.
import QtQuick
import "../components"

Rectangle {
    id: screen
    // On battery (UPS) no new session starts; the screen says so instead of inviting a touch.
    readonly property bool paused: (window.ops !== null && !window.ops.acceptingSessions) || app.outOfService !== ""
    property string prompt: paused ? pausedText.text : qsTr("Welcome. Touch the screen to start.")
    function begin() { if (!paused) app.start() }
    color: app.t.accent
    focus: true
    Keys.onPressed: (event) => { begin(); event.accepted = true }
    // Everyone, 长辈版 users included, meets this screen before choosing a look: large print throughout.
    readonly property real lineSize: Math.max(app.t.body, app.t.heading * 0.75)

    // Dimmed (idle, night): Main.qml's dim overlay darkens the blue under these words, which dim by less,
    // so they keep 4.5:1 however dark the screen gets.
    readonly property real dim: window.ops !== null ? 1 - window.ops.dimLevel : 0
    Column {
        z: 1
        opacity: 1 - 0.4 * screen.dim
        layer.enabled: screen.dim > 0  // dimmed as one picture: the blue words on the white pill too
        anchors.centerIn: parent
        width: parent.width * 0.8
        spacing: app.t.gap * 2
        Text {
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: app.terminalName
            color: app.t.accentText
            font.pixelSize: app.t.title
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("24-hour self-service for social insurance, civil affairs, household registration and more")
            color: app.t.accentText
            font.pixelSize: screen.lineSize
            wrapMode: Text.Wrap
            lineHeight: app.t.lineHeight
        }
        Text {
            textFormat: Text.PlainText
            id: pausedText
            objectName: "attractPaused"
            visible: screen.paused
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: app.outOfService !== "" ? qsTr("This terminal is out of service for now. Please go to the service counter, or come back later.") : qsTr("Power cut: the terminal is running on battery. New services are paused until the power returns.")
            color: app.t.accentText
            font.pixelSize: app.t.heading
            font.bold: true
            wrapMode: Text.Wrap
            lineHeight: app.t.lineHeight
        }
        Rectangle {
            visible: !screen.paused
            anchors.horizontalCenter: parent.horizontalCenter
            width: startText.implicitWidth + app.t.gap * 4
            height: startText.implicitHeight + app.t.gap * 2
            radius: height / 2
            color: app.t.accentText
            Text {
                textFormat: Text.PlainText
                id: startText
                anchors.centerIn: parent
                text: qsTr("Touch the screen to start")
                color: app.t.accent
                font.pixelSize: app.t.heading
                font.bold: true
            }
        }
        Text {
            textFormat: Text.PlainText
            // Not translated on purpose: a visitor who reads no Chinese must find the way in.
            visible: app.locale === "zh_CN" && !screen.paused
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: "Touch the screen to start · English available"
            color: app.t.accentText
            font.pixelSize: screen.lineSize
        }
        Text {
            textFormat: Text.PlainText
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
        Accessible.name: screen.paused ? pausedText.text : qsTr("Touch the screen to start")
        Accessible.onPressAction: screen.begin()
        onClicked: screen.begin()
    }
}
