import QtQuick

Text {
    color: app.t.text
    font.pixelSize: app.t.body
    wrapMode: Text.Wrap
    lineHeight: app.t.lineHeight
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
