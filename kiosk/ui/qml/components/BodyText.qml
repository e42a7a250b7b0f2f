import QtQuick

Text {
    textFormat: Text.PlainText  // shown data is never markup: a status note cannot draw or fetch
    color: app.t.text
    font.pixelSize: app.t.body
    wrapMode: Text.Wrap
    lineHeight: app.t.lineHeight
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
