// One clear question before a resident's input is thrown away; the default answer is to go on.
import QtQuick
import QtQuick.Controls

Popup {
    id: popup
    objectName: "leaveConfirm"
    property string action: ""   // back | home | finish | cancel
    signal confirmed(string action)
    parent: Overlay.overlay
    width: Math.min(parent ? parent.width * 0.9 : 600, app.t.body * 34)
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round((parent.height - height) / 2) : 0
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside   // either way: the resident stays
    padding: app.t.gap * 1.5
    function ask(what) { action = what; open() }
    onOpened: {
        stay.forceActiveFocus()
        const w = stay.Window.window
        if (w && w.voiceCtl) w.voiceCtl.speakError(question.text)
    }
    background: Rectangle {
        radius: app.t.radius; color: app.t.surface
        border.color: app.t.accent; border.width: app.t.borderWidth * 2
    }
    contentItem: Column {
        objectName: "leaveOverlay"   // kiosk.tools.a11y_measure: the dimmed screen below is not measured
        width: popup.availableWidth
        spacing: app.t.gap
        Text {
            textFormat: Text.PlainText
            id: question
            objectName: "leaveQuestion"
            width: parent.width
            wrapMode: Text.Wrap
            text: qsTr("Leave this application? What you have entered will be cleared.")
            color: app.t.text; font.pixelSize: app.t.heading; font.bold: true
            lineHeight: app.t.lineHeight
            Accessible.role: Accessible.StaticText; Accessible.name: text
        }
        Row {
            anchors.right: parent.right
            spacing: app.t.gap
            layoutDirection: Qt.RightToLeft
            KButton {
                id: stay
                objectName: "leaveStay"
                kind: "primary"
                text: qsTr("Continue the application")
                description: qsTr("Stay here; nothing is cleared")
                onClicked: popup.close()
            }
            KButton {
                objectName: "leaveGo"
                kind: "danger"
                text: qsTr("Leave and clear")
                description: qsTr("Everything entered for this application is forgotten")
                onClicked: { popup.close(); popup.confirmed(popup.action) }
            }
        }
    }
}
