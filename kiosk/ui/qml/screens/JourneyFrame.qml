// The common layout of every journey step: title, what went wrong (in words), the content, the actions.
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import "../components"

ColumnLayout {
    id: frame
    property string title: ""
    property string subtitle: ""
    property string message: journey.message   // other resident screens (progress, complaints) pass theirs
    default property alias content: body.data
    property alias actions: actionRow.data
    property bool scrolls: true
    // While the keyboard is open the title and subtitle give their room to the field being typed in
    // (in 长辈版 landscape the page would otherwise be shorter than a label and its field).
    readonly property bool typing: Qt.inputMethod.visible
    // Errors are spoken, not only shown (ADA §707); a focus change does not cut them short.
    onMessageChanged: if (message !== "" && Window.window && Window.window.voiceCtl) Window.window.voiceCtl.speakError(message)
    anchors.fill: parent
    anchors.margins: app.t.gap * 1.5
    spacing: app.t.gap

    ScreenTitle { Layout.fillWidth: true; text: frame.title; visible: !frame.typing }
    BodyText {
        Layout.fillWidth: true
        visible: frame.subtitle !== "" && !frame.typing
        text: frame.subtitle
        color: app.t.muted
    }
    Rectangle {
        objectName: "journeyMessage"
        Layout.fillWidth: true
        visible: frame.message !== ""
        implicitHeight: msg.implicitHeight + app.t.gap
        radius: app.t.radius
        color: app.t.surfaceAlt
        border.color: app.t.danger; border.width: app.t.borderWidth * 2
        BodyText {
            id: msg
            x: app.t.gap / 2; y: app.t.gap / 2
            width: parent.width - app.t.gap
            text: frame.message
            font.bold: true
        }
    }
    Flickable {
        id: flick
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        contentHeight: body.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        interactive: frame.scrolls
        ScrollBar.vertical: KScrollBar {}
        Column {
            id: body
            width: flick.width - app.t.gap
            spacing: app.t.gap
        }
    }
    Flow {
        id: actionRow
        Layout.fillWidth: true
        layoutDirection: Qt.RightToLeft
        spacing: app.t.gap
    }
}
