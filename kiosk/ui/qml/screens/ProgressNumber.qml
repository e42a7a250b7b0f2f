// 查询进度 by typing: the acceptance number from the receipt, then the last 4 digits of the phone given on
// the application, on the number pad. The platform finds the case whichever terminal took it
// (progressCtl.byNumber); its answer, or why there is none, shows on the progress screens.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Type the acceptance number printed on your receipt, then the last 4 digits of the phone number you gave when you applied.")
    property string number: ""
    property string phone: ""
    property string editing: "number"  // which of the two the pad is typing
    readonly property bool asking: progressCtl.asking

    // The dashes of the printed number shown as the resident types (the pad has no dash key).
    function shown(value) {
        return value.length > 10 && value.indexOf("-") < 0
            ? value.slice(0, -10) + "-" + value.slice(-10, -4) + "-" + value.slice(-4) : value
    }
    function edit(which) {
        if (editing === "number") number = pad.value; else phone = pad.value
        editing = which
        pad.start(which === "number" ? number : phone)
        pad.forceActiveFocus()
    }
    function typed(value) {
        if (editing === "number") {
            number = value
            edit("phone")
        } else {
            phone = value
            search()
        }
    }
    function search() {
        if (editing === "number") number = pad.value; else phone = pad.value
        progressCtl.byNumber(number, phone)
    }
    function reset() { number = ""; phone = ""; editing = "number"; pad.start("") }
    Connections {
        target: app
        function onScreenChanged() { if (app.screen === "progress-number") screen.reset() }
    }

    JourneyFrame {
        title: qsTr("Check by acceptance number")
        message: progressCtl.message
        // The explanation and the actions sit beside the pad, not above and below it: in 长辈版 on a
        // landscape panel the pad needs the whole height.
        Flow {
            width: parent.width
            spacing: app.t.gap
            Column {
                id: fields
                // beside the pad when there is room for both, above it otherwise
                width: parent.width - pad.width - app.t.gap >= app.t.target * 5 ? parent.width - pad.width - app.t.gap : parent.width
                spacing: app.t.gap / 2
                BodyText {
                    width: parent.width
                    color: app.t.muted
                    text: qsTr("Finds applications made at any terminal. The number and the digits are sent to the government service platform only to find your application.")
                }
                KButton {
                    objectName: "numberField"
                    width: parent.width
                    selectable: true
                    kind: screen.editing === "number" ? "primary" : "secondary"
                    text: qsTr("Acceptance number") + separator
                          + (screen.shown(screen.editing === "number" ? pad.value : screen.number) || "—")
                    description: qsTr("Touch to type the acceptance number")
                    onClicked: screen.edit("number")
                }
                KButton {
                    objectName: "phoneField"
                    width: parent.width
                    selectable: true
                    kind: screen.editing === "phone" ? "primary" : "secondary"
                    text: qsTr("Last 4 digits of your phone") + separator
                          + ((screen.editing === "phone" ? pad.value : screen.phone) || "—")
                    description: qsTr("Touch to type the last 4 digits of your phone number")
                    onClicked: screen.edit("phone")
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "progressAsking"
                    width: parent.width
                    visible: screen.asking
                    wrapMode: Text.Wrap
                    text: qsTr("Asking the government service platform…")
                    color: app.t.accent; font.pixelSize: app.t.body; font.bold: true
                    Accessible.role: Accessible.StaticText; Accessible.name: text
                }
                Flow {
                    width: parent.width
                    spacing: app.t.gap
                    KButton {
                        objectName: "progressNumberSearch"
                        kind: "primary"
                        enabled: !screen.asking
                        text: qsTr("Search")
                        description: qsTr("Find the application with this number and these digits")
                        onClicked: screen.search()
                    }
                    KButton {
                        objectName: "progressNumberBack"
                        text: qsTr("Other ways to check")
                        description: qsTr("Back to the ways of checking progress")
                        onClicked: app.go("progress")
                    }
                }
            }
            NumberPad {
                id: pad
                objectName: "numberPad"
                width: implicitWidth; height: implicitHeight
                focus: true
                enabled: !screen.asking
                label: screen.editing === "number" ? qsTr("Acceptance number (letters with ABC)")
                                                   : qsTr("Last 4 digits of your phone")
                allowLetters: screen.editing === "number"
                maxLength: screen.editing === "number" ? 20 : 4
                onAccepted: (value) => screen.typed(value)
                onCancelled: app.go("progress")
            }
        }
    }
}
