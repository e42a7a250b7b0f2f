// Where the ID card reader is: the terminal drawn plainly, its screen above and the reader's pad
// below it, with a card being laid on the pad (a picture says it to someone who does not read).
import QtQuick

Item {
    id: root
    objectName: "readerPicture"
    property bool cardOn: false   // a card is on the reader now
    implicitWidth: app.t.target * 3.2
    implicitHeight: app.t.target * 4
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("The ID card reader is below the screen")
    Rectangle {   // the terminal's body
        id: body
        anchors.horizontalCenter: parent.horizontalCenter
        width: parent.width * 0.8; height: parent.height
        radius: app.t.radius
        color: "transparent"
        border.color: app.t.muted; border.width: app.t.borderWidth * 2
        Rectangle {   // its screen
            x: parent.width * 0.1; y: parent.height * 0.06
            width: parent.width * 0.8; height: parent.height * 0.48
            radius: app.t.radius / 2
            color: app.t.surfaceAlt
            border.color: app.t.muted; border.width: app.t.borderWidth
        }
        Rectangle {   // the reader's pad
            id: pad
            x: parent.width * 0.2; y: parent.height * 0.66
            width: parent.width * 0.6; height: parent.height * 0.2
            radius: app.t.radius / 2
            color: app.t.accent
            opacity: 0.85
            Text {
                anchors.centerIn: parent
                text: qsTr("Reader")
                color: app.t.accentText
                font.pixelSize: app.t.small * 0.8; font.bold: true
            }
        }
    }
    Rectangle {   // the card, moving down onto the pad
        id: card
        width: pad.width * 0.8; height: pad.height * 0.9
        x: body.x + pad.x + (pad.width - width) / 2
        radius: app.t.radius / 3
        color: app.t.surface
        border.color: app.t.text; border.width: app.t.borderWidth
        y: root.cardOn ? body.y + pad.y + (pad.height - height) / 2 : body.y + pad.y - height * 1.6
        Text { anchors.centerIn: parent; text: "ID"; color: app.t.text; font.pixelSize: app.t.small * 0.8; font.bold: true }
        SequentialAnimation on y {
            running: !root.cardOn && root.visible
            loops: Animation.Infinite
            NumberAnimation { from: body.y + pad.y - card.height * 1.6; to: body.y + pad.y + (pad.height - card.height) / 2; duration: 1200; easing.type: Easing.InOutQuad }
            PauseAnimation { duration: 800 }
        }
    }
    Text {   // the arrow to the pad
        visible: !root.cardOn
        anchors.right: body.left
        anchors.rightMargin: app.t.gap / 3
        y: body.y + pad.y + (pad.height - height) / 2
        text: "➜"
        color: app.t.accent
        font.pixelSize: app.t.heading; font.bold: true
    }
}
