// One text-like input of the form: the Pinyin keyboard for words; numbers, phone, account and ID numbers
// open a large number pad and dates a date picker instead (the field itself then takes no typing). A
// catalog field's kind comes from kiosk.core.journey.input_method (its "input"), not from its type.
import QtQuick
import QtQuick.Controls
import "../components"

TextField {
    id: field
    // text | address (Pinyin) | number (with a decimal point) | phone | id_number (X, letters) |
    // digits | digits_x (digits and X) | code (digits and capitals) | date
    property string kind: "text"
    property int maxChars: 0       // the most a pad takes; 0: the kind's usual
    property string label: ""
    property bool locked: false    // filled from the card: shown, not changed
    readonly property bool padded: ["number", "phone", "id_number", "digits", "digits_x", "code", "date"].indexOf(kind) >= 0
    readonly property bool padOpen: padPopup.opened
    signal edited(string value)
    width: parent ? parent.width : 400
    height: app.t.target
    font.pixelSize: app.t.body
    color: app.t.text
    placeholderTextColor: app.t.muted
    placeholderText: kind === "date" ? qsTr("Touch to choose the date")
        : kind === "phone" ? qsTr("Touch to type the phone number")
        : padded ? qsTr("Touch to type the number") : ""
    readOnly: padded || locked     // a read-only field never calls up the Pinyin keyboard
    inputMethodHints: kind === "id_number" ? (Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText) : Qt.ImhNoPredictiveText
    onTextEdited: field.edited(text)
    background: Rectangle {
        radius: app.t.radius; color: field.locked ? app.t.surfaceAlt : app.t.surface
        border.width: app.t.borderWidth; border.color: app.t.border
        FocusRing { visible: field.activeFocus; fill: parent.color }
    }
    ContextMenu.menu: null
    Accessible.role: Accessible.EditableText
    Accessible.name: label
    Accessible.description: locked ? "" : !padded ? qsTr("Press Enter to type on the on-screen keyboard with the arrow keys")
                          : kind === "date" ? qsTr("Press to open the date picker") : qsTr("Press to open the number pad")
    // a screen reader's activate (a double tap) does what a touch does: the pad or the keyboard opens
    Accessible.onPressAction: {
        field.forceActiveFocus()
        if (padded) openPad()
        else if (!locked) Qt.inputMethod.show()
    }

    function openPad() {
        if (!padded || locked) return
        if (kind === "date") datePicker.load(text)
        else numberPad.start(text)
        padPopup.open()
    }
    function accept(value) {
        padPopup.close()
        if (value !== text) {
            text = value
            field.edited(value)
        }
    }

    Keys.onReturnPressed: (event) => { event.accepted = padded && !locked; openPad() }
    Keys.onEnterPressed: (event) => { event.accepted = padded && !locked; openPad() }
    Keys.onSpacePressed: (event) => { event.accepted = padded && !locked; openPad() }
    Keys.onPressed: (event) => {   // a digit from a keypad opens the pad with that digit typed
        if (padded && !locked && kind !== "date" && event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            openPad()
            numberPad.value = String(event.key - Qt.Key_0)
            event.accepted = true
        }
    }

    // The pad lives in the window's overlay: it must not outlive its field (a new screen, the wipe).
    onVisibleChanged: if (!visible) padPopup.close()
    Component.onDestruction: padPopup.close()

    MouseArea {
        anchors.fill: parent
        enabled: field.padded && !field.locked
        onClicked: { field.forceActiveFocus(); field.openPad() }
    }

    // The pad takes the whole screen below the top bar (which keeps Home and Call staff): large keys,
    // nothing behind it to misread, and no dimmed half-visible screen. A Dialog, not a bare Popup, for
    // its title: the dialog's accessible name (the pad shows the field's label itself, so no header).
    Dialog {
        id: padPopup
        objectName: "padPopup"
        parent: Overlay.overlay
        x: 0
        y: app.t.target + app.t.gap * 1.5   // the top bar's height (components/TopBar.qml)
        width: parent ? parent.width : 0
        height: parent ? parent.height - y : 0
        modal: false
        dim: false
        focus: true
        closePolicy: Popup.CloseOnEscape
        padding: app.t.gap
        background: Rectangle { color: app.t.background }
        title: field.label   // named by the field it fills in (its keys are the only controls meanwhile)
        header: null
        footer: null
        contentItem: Item {
            objectName: "padOverlay"   // kiosk.tools.a11y_measure: hides what is below while it shows
            Rectangle {
                anchors.centerIn: parent
                width: Math.min(parent.width, box.implicitWidth + app.t.gap * 2)
                height: Math.min(parent.height, box.implicitHeight + app.t.gap * 2)
                radius: app.t.radius * 2; color: app.t.surface
                border.color: app.t.border; border.width: app.t.borderWidth
                Item {
                    id: box
                    anchors.centerIn: parent
                    implicitWidth: field.kind === "date" ? datePicker.implicitWidth : numberPad.implicitWidth
                    implicitHeight: field.kind === "date" ? datePicker.implicitHeight : numberPad.implicitHeight
                    width: implicitWidth; height: implicitHeight
                    NumberPad {
                        id: numberPad
                        objectName: "numberPad"
                        anchors.fill: parent
                        visible: field.kind !== "date"
                        focus: visible
                        roomWidth: padPopup.availableWidth - app.t.gap * 2
                        roomHeight: padPopup.availableHeight - app.t.gap * 2
                        label: field.label
                        allowX: field.kind === "id_number" || field.kind === "digits_x"
                        allowLetters: field.kind === "id_number" || field.kind === "code"
                        allowDot: field.kind === "number"
                        lettersRun: field.kind === "code" ? 1 : 3
                        maxLength: field.maxChars > 0 ? field.maxChars : field.kind === "id_number" ? 18
                                 : field.kind === "phone" ? 13 : field.kind === "number" ? 12 : 30
                        onAccepted: (value) => field.accept(value)
                        onCancelled: padPopup.close()
                    }
                    DatePicker {
                        id: datePicker
                        objectName: "datePicker"
                        anchors.fill: parent
                        visible: field.kind === "date"
                        focus: visible
                        label: field.label
                        onAccepted: (value) => field.accept(value)
                        onCancelled: padPopup.close()
                    }
                }
            }
        }
        // Modal: touches land on the pad (it covers the screen below the top bar), the keypad's focus
        // chain stays inside the popup, and the screen reader is shown the pad, not the form under it.
        Binding { target: field.Window.window; property: "screenCovered"; value: true; when: padPopup.opened }
        onOpened: (field.kind === "date" ? datePicker : numberPad).forceActiveFocus()
        onClosed: field.forceActiveFocus()
    }
}
