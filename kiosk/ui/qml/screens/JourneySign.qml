// Sign on the touchscreen; the review comes next, nothing is submitted yet.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Please sign your name in the box with your finger. With the keypad: press Up to reach the box, draw with the arrow keys, then press Enter.")
    JourneyFrame {
        id: frame
        title: qsTr("Sign your name")
        subtitle: qsTr("Your signature confirms that the information and materials are true.")
        scrolls: false
        JourneySignPad {
            // as much room to sign as the page gives, up to half as tall as it is wide
            id: pad; objectName: "signPad"; width: parent.width
            height: Math.max(implicitHeight, Math.min(width / 2, frame.pageHeight - app.t.gap))
        }
        actions: [
            KButton {
                objectName: "signContinue"
                kind: "primary"
                focus: true
                text: qsTr("Continue")
                description: qsTr("Keep this signature and review the application")
                onClicked: journey.sign(pad.strokes, pad.width, pad.height)
            },
            KButton {
                objectName: "signClear"; text: qsTr("Clear"); onClicked: pad.clear()
                description: qsTr("Clear the signature pad to sign again")
            },
            KButton { objectName: "signBack"; text: qsTr("Back to materials"); onClicked: journey.backTo("materials") }
        ]
    }
}
