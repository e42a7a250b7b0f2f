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
    readonly property real pageHeight: flick.height   // the room the content has: pictures grow into it
    // 第2步，共6步: the journey's by default; another multi-step flow passes its own
    property int stepIndex: journey ? journey.stepIndex : 0
    property int stepCount: journey ? journey.stepCount : 0
    // While the keyboard is open the title and subtitle give their room to the field being typed in
    // (in 长辈版 landscape the page would otherwise be shorter than a label and its field).
    readonly property bool typing: Qt.inputMethod.visible
    // Errors are spoken, not only shown (ADA §707); a focus change does not cut them short.
    onMessageChanged: if (message !== "" && Window.window && Window.window.voiceCtl) Window.window.voiceCtl.speakError(message)
    anchors.fill: parent
    anchors.margins: app.t.gap * 1.5
    spacing: app.t.gap
    // Scroll the content so ``item`` (inside it) shows near the top: the error summary's entries.
    function scrollTo(item) {
        const top = item.mapToItem(body, 0, 0).y
        flick.contentY = Math.max(0, Math.min(top - app.t.gap, flick.contentHeight - flick.height))
    }

    RowLayout {
        // the step indicator shares the title's row: no height taken from the content
        Layout.fillWidth: true
        visible: !frame.typing
        spacing: app.t.gap
        ScreenTitle { Layout.fillWidth: true; text: frame.title }
        StepIndicator {
            objectName: "stepIndicator"
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            index: frame.stepIndex
            count: frame.stepCount
        }
    }
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
    Rectangle {
        // the same matter applied for today: said, never blocking (the resident may go on)
        objectName: "journeyWarning"
        Layout.fillWidth: true
        visible: !!journey && journey.warning !== ""
        implicitHeight: warn.implicitHeight + app.t.gap
        radius: app.t.radius
        color: app.t.surfaceAlt
        border.color: app.t.accent; border.width: app.t.borderWidth * 2
        BodyText {
            id: warn
            x: app.t.gap / 2; y: app.t.gap / 2
            width: parent.width - app.t.gap
            text: journey ? journey.warning : ""
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
        Flow {
            // a Flow, not a Column: an item as wide as the page takes a line of its own, as in a
            // column, while items of columnWidth sit side by side on a wide landscape screen (the
            // form's fields, the materials): not a stretched portrait page
            id: body
            width: flick.width - app.t.gap
            spacing: app.t.gap
            readonly property int columns: Window.window && Window.window.width > Window.window.height
                && width >= app.t.body * 64 ? 2 : 1
            readonly property real columnWidth: (width - (columns - 1) * spacing) / columns
        }
    }
    Connections {
        // the page is laid out after a control took the focus as the screen opened (a Flow places
        // its items when the frame is polished): bring that control into view once it has its place
        target: body
        function onImplicitHeightChanged() {
            const focused = frame.Window.activeFocusItem
            if (focused && typeof focused.reveal === "function") focused.reveal()
        }
    }
    LeaveConfirm {
        id: leaveConfirm
        onConfirmed: (action) => action === "cancel" ? journey.leave() : app.leave(action)
    }
    Connections {
        target: journey
        function onLeaveAsked(action) { leaveConfirm.ask(action) }
    }
    Flow {
        id: actionRow
        Layout.fillWidth: true
        layoutDirection: Qt.RightToLeft
        spacing: app.t.gap
        // clear of the keyboard's 手写 tab (Main.qml), which would cover the first (rightmost) button
        rightPadding: frame.Window.window && frame.Window.window.keyboardTabWidth !== undefined
                      ? frame.Window.window.keyboardTabWidth : 0
    }
}
