import QtQuick

Text {
    textFormat: Text.PlainText
    readonly property bool screenTitle: true   // kiosk.tools.a11y_measure holds it to the 30 pt heading rule
    width: parent ? parent.width : implicitWidth
    color: app.t.text
    font.pixelSize: app.t.heading
    font.bold: true
    wrapMode: Text.Wrap
    lineHeight: 1.15
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
