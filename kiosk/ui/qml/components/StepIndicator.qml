// Where the resident is in a multi-step flow: "第2步，共6步" / "Step 2 of 6", with one dot per step.
import QtQuick

Row {
    id: root
    property int index: 0   // 1-based; 0 hides the indicator
    property int count: 0
    visible: index > 0 && count > 1
    spacing: app.t.gap / 2
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text
    Text {
        textFormat: Text.PlainText
        id: label
        objectName: "stepIndicatorText"
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Step %1 of %2").arg(root.index).arg(root.count)
        color: app.t.accent
        font.pixelSize: app.t.small
        font.bold: true
    }
    Repeater {
        model: root.count
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: app.t.small * 0.7; height: width; radius: width / 2
            color: index < root.index ? app.t.accent : "transparent"
            border.color: app.t.accent; border.width: app.t.borderWidth
        }
    }
}
