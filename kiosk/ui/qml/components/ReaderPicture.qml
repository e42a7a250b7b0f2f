// Where the ID card reader is: the terminal drawn plainly, its screen above and the reader's pad
// below it, with a card being laid on the pad (a picture says it to someone who does not read).
import QtQuick

Item {
    id: root
    objectName: "readerPicture"
    property bool cardOn: false   // a card is on the reader now
    property real size: 1         // larger on a page with room for it; its words keep their size
    // sized from its label, so the label keeps the body's size in every look (长辈版 included)
    // the body's width, and room on its left for the arrow pointing at the pad
    readonly property real baseWidth: Math.max(app.t.target * 2.2, padLabel.implicitWidth / 0.68 + app.t.gap) * 0.85
    readonly property real baseHeight: baseWidth / 0.85 * 1.1
    readonly property real bodyWidth: baseWidth * size
    implicitWidth: bodyWidth + arrow.implicitWidth + app.t.gap / 3
    implicitHeight: bodyWidth / 0.85 * 1.1
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("The ID card reader is below the screen")
    Rectangle {   // the terminal's body
        id: body
        anchors.right: parent.right
        width: root.bodyWidth; height: parent.height
        radius: app.t.radius
        color: "transparent"
        border.color: app.t.muted; border.width: app.t.borderWidth * 2
        Rectangle {   // its screen
            x: parent.width * 0.1; y: parent.height * 0.06
            width: parent.width * 0.8; height: parent.height * 0.45
            radius: app.t.radius / 2
            color: app.t.surfaceAlt
            border.color: app.t.muted; border.width: app.t.borderWidth
        }
        Rectangle {   // the reader's pad
            id: pad
            x: parent.width * 0.1; y: parent.height * 0.62
            width: parent.width * 0.8; height: Math.max(parent.height * 0.24, padLabel.implicitHeight * 1.2)
            radius: app.t.radius / 2
            color: app.t.accent
            Text {
                textFormat: Text.PlainText
                id: padLabel
                anchors.centerIn: parent
                text: qsTr("Reader")
                color: app.t.accentText
                font.pixelSize: app.t.small; font.bold: true
            }
        }
    }
    Rectangle {   // the card, moving down onto the pad
        id: card
        width: pad.width * 0.7; height: pad.height * 0.9
        x: body.x + pad.x + (pad.width - width) / 2
        radius: app.t.radius / 3
        color: app.t.surface
        border.color: app.t.text; border.width: app.t.borderWidth
        y: root.cardOn ? body.y + pad.y + (pad.height - height) / 2 : body.y + pad.y - height * 1.6
        Rectangle {   // the card's photo, drawn: no text too small to read
            x: parent.width * 0.1; y: parent.height * 0.2
            width: parent.width * 0.25; height: parent.height * 0.6
            color: app.t.muted
        }
        SequentialAnimation on y {
            running: !root.cardOn && root.visible
            loops: Animation.Infinite
            NumberAnimation { from: body.y + pad.y - card.height * 1.6; to: body.y + pad.y + (pad.height - card.height) / 2; duration: 1200; easing.type: Easing.InOutQuad }
            PauseAnimation { duration: 800 }
        }
    }
    Text {   // the arrow to the pad
        textFormat: Text.PlainText
        id: arrow
        visible: !root.cardOn
        anchors.right: body.left
        anchors.rightMargin: app.t.gap / 3
        y: body.y + pad.y + (pad.height - height) / 2
        text: "➜"
        color: app.t.accent
        font.pixelSize: app.t.heading; font.bold: true
    }
}
