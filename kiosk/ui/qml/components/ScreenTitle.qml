import QtQuick

Text {
    width: parent ? parent.width : implicitWidth
    color: app.t.text
    font.pixelSize: app.t.heading
    font.bold: true
    wrapMode: Text.Wrap
    lineHeight: 1.15
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
