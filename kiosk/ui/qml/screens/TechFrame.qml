// The common layout of the technician's screens: title, the degraded-store notice, content, actions.
// A part, not a screen (no prompt of its own); it also words device kinds, health, ages and sizes.
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import "../components"

ColumnLayout {
    id: frame
    property string title: ""
    property string subtitle: ""
    property bool showNotice: true
    default property alias content: body.data
    property alias actions: actionRow.data
    anchors.fill: parent
    anchors.margins: app.t.gap * 1.5
    spacing: app.t.gap

    function kindName(kind) {
        switch (kind) {
        case "idcard": return qsTr("ID card reader")
        case "scanner": return qsTr("QR scanner")
        case "printer": return qsTr("Receipt printer")
        case "document_camera": return qsTr("Document camera")
        case "face_camera": return qsTr("Face camera")
        }
        return kind
    }
    function healthName(health) {
        switch (health) {
        case "ok": return qsTr("working")
        case "degraded": return qsTr("degraded")
        case "offline": return qsTr("offline")
        }
        return health
    }
    function healthColor(health) {
        return health === "ok" ? app.t.ok : app.t.danger
    }
    function age(seconds) {
        if (seconds === undefined || seconds < 0) return qsTr("never")
        if (seconds < 120) return qsTr("%n second(s) ago", "", Math.round(seconds))
        if (seconds < 7200) return qsTr("%n minute(s) ago", "", Math.round(seconds / 60))
        if (seconds < 172800) return qsTr("%n hour(s) ago", "", Math.round(seconds / 3600))
        return qsTr("%n day(s) ago", "", Math.round(seconds / 86400))
    }
    function size(bytes) {
        if (bytes === undefined || bytes < 0) return qsTr("unknown")
        if (bytes >= 1073741824) return qsTr("%1 GB").arg((bytes / 1073741824).toFixed(1))
        if (bytes >= 1048576) return qsTr("%1 MB").arg((bytes / 1048576).toFixed(1))
        return qsTr("%1 KB").arg(Math.max(1, Math.round(bytes / 1024)))
    }
    function line(label, value) { return label + (app.locale === "zh_CN" ? "：" : ": ") + value }

    ScreenTitle { Layout.fillWidth: true; text: frame.title }
    BodyText {
        Layout.fillWidth: true
        visible: frame.subtitle !== ""
        text: frame.subtitle
        color: app.t.muted
    }
    Rectangle {
        objectName: "techNotice"
        Layout.fillWidth: true
        visible: frame.showNotice && app.notice !== ""
        implicitHeight: noticeText.implicitHeight + app.t.gap
        radius: app.t.radius
        color: app.t.surfaceAlt
        border.color: app.t.danger; border.width: app.t.borderWidth * 2
        BodyText {
            id: noticeText
            objectName: "techNoticeText"
            x: app.t.gap / 2; y: app.t.gap / 2
            width: parent.width - app.t.gap
            text: qsTr("Attention: %1").arg(app.notice)
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
        ScrollBar.vertical: KScrollBar {}
        Column {
            id: body
            width: flick.width - app.t.gap
            spacing: app.t.gap * 0.75
        }
    }
    Flow {
        id: actionRow
        Layout.fillWidth: true
        layoutDirection: Qt.RightToLeft
        spacing: app.t.gap
    }
}
