// A scroll bar that is there whenever there is more to see: residents do not guess at hidden rows.
import QtQuick
import QtQuick.Controls

ScrollBar {
    id: bar
    readonly property Flickable view: parent
    policy: view && view.contentHeight > view.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
    width: app.t.gap * 0.8
    contentItem: Rectangle {
        implicitWidth: app.t.gap * 0.8
        radius: width / 2
        color: app.t.muted
    }
    background: Rectangle { color: app.t.surfaceAlt; radius: width / 2 }
    Accessible.ignored: true
}
