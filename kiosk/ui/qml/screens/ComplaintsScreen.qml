// 有诉即办: what it is about, what happened (Pinyin keyboard), a phone for the answer or anonymous.
import QtQuick
import QtQuick.Controls
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Complaints and suggestions. Choose what it is about, write what happened, and leave a phone number or send it anonymously.")
    property string category: ""
    property bool anonymous: false
    readonly property var errors: complaintsCtl.errors
    JourneyFrame {
        title: qsTr("Complaints and suggestions")
        subtitle: qsTr("Every complaint is handled at once (有诉即办) and answered within the time limit.")
        message: complaintsCtl.message
        BodyText { width: parent.width; font.bold: true; text: qsTr("What is it about? *") }
        Flow {
            width: parent.width
            spacing: app.t.gap / 2
            Repeater {
                model: complaintsCtl.categories
                KButton {
                    objectName: "category_" + modelData.value
                    focus: index === 0
                    text: (screen.category === modelData.value ? "✓ " : "") + modelData.label
                    selectable: true
                    kind: screen.category === modelData.value ? "primary" : "secondary"
                    onClicked: screen.category = modelData.value
                }
            }
        }
        BodyText {
            objectName: "complaintError_category"
            width: parent.width; visible: text !== ""
            text: screen.errors.category || ""; color: app.t.danger; font.bold: true
        }
        BodyText { width: parent.width; font.bold: true; text: qsTr("What happened, or what do you suggest? *") }
        TextArea {
            id: body
            objectName: "complaintText"
            width: parent.width
            // lower while the keyboard is open, so its label still shows above it in 长辈版 landscape
            height: Math.max(app.t.target * (Qt.inputMethod.visible ? 1.5 : 2.5), implicitHeight)
            font.pixelSize: app.t.body
            color: app.t.text
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("Write here with the on-screen keyboard (Pinyin or English)")
            placeholderTextColor: app.t.muted
            inputMethodHints: Qt.ImhNoPredictiveText
            background: Rectangle {
                radius: app.t.radius; color: app.t.surface
                border.width: app.t.borderWidth; border.color: app.t.border
                FocusRing { visible: body.activeFocus; fill: parent.color }
            }
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("What happened, or what do you suggest?")
            Accessible.description: qsTr("Press Enter to type on the on-screen keyboard with the arrow keys")
            // a screen reader's activate (a double tap) does what a touch does: the keyboard opens
            Accessible.onPressAction: { body.forceActiveFocus(); Qt.inputMethod.show() }
            KeyNavigation.tab: anonToggle
            // Enter from the keypad starts typing on the on-screen keyboard; while typing, its Enter key
            // makes a new line as usual
            Keys.onReturnPressed: (event) => {
                if (!Window.window.keypadTyping) Window.window.startKeypadTyping(); else event.accepted = false
            }
            Keys.onEnterPressed: (event) => {
                if (!Window.window.keypadTyping) Window.window.startKeypadTyping(); else event.accepted = false
            }
            // a keypad never gets stuck in the text: Down from its end and Up from its start move on
            Keys.onDownPressed: (event) => {
                if (cursorPosition === length) anonToggle.forceActiveFocus(); else event.accepted = false
            }
            Keys.onUpPressed: (event) => {
                if (cursorPosition === 0) nextItemInFocusChain(false).forceActiveFocus(); else event.accepted = false
            }
        }
        BodyText {
            objectName: "complaintError_text"
            width: parent.width; visible: text !== ""
            text: screen.errors.text || ""; color: app.t.danger; font.bold: true
        }
        KButton {
            id: anonToggle
            objectName: "complaintAnonymous"
            text: (screen.anonymous ? "✓ " : "") + qsTr("Send it anonymously")
            description: qsTr("No name and no phone number are sent with it; nobody can call you back")
            selectable: true
            kind: screen.anonymous ? "primary" : "secondary"
            onClicked: { screen.anonymous = !screen.anonymous; if (screen.anonymous) contact.text = "" }
        }
        Column {
            width: parent.width
            visible: !screen.anonymous
            spacing: app.t.gap / 3
            BodyText { width: parent.width; font.bold: true; text: qsTr("Phone for the answer (optional)") }
            JourneyField {
                id: contact
                objectName: "complaintContact"
                kind: "phone"
                label: qsTr("Phone for the answer (optional)")
            }
            BodyText {
                objectName: "complaintError_contact"
                width: parent.width; visible: text !== ""
                text: screen.errors.contact || ""; color: app.t.danger; font.bold: true
            }
        }
        actions: [
            KButton {
                objectName: "complaintSubmit"
                kind: "primary"
                text: qsTr("Send")
                description: qsTr("Send the complaint or suggestion")
                onClicked: complaintsCtl.submit(screen.category, body.text, screen.anonymous ? "" : contact.text, screen.anonymous)
            },
            KButton {
                objectName: "complaintCancel"
                text: qsTr("Cancel")
                description: qsTr("Leave; nothing is kept")
                onClicked: app.home()
            }
        ]
    }
}
