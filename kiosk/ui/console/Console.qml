// The emulator console: plain controls for the emulated devices (developers and trainers, not residents).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

ApplicationWindow {
    id: win
    title: "Kiosk emulator console"
    width: 460; height: 780
    x: 1300; y: 0
    visible: true

    ScrollView {
        anchors.fill: parent
        anchors.margins: 10
        contentWidth: availableWidth
        ColumnLayout {
            width: parent.width
            spacing: 8

            Label { text: "Devices"; font.bold: true; font.pixelSize: 16 }
            Repeater {
                model: console.statuses
                RowLayout {
                    Layout.fillWidth: true
                    Label { text: modelData.kind; Layout.preferredWidth: 130 }
                    Label { text: modelData.health; color: modelData.health === "ok" ? "green" : "firebrick"; Layout.fillWidth: true; elide: Text.ElideRight }
                    Button {
                        text: modelData.plugged ? "Unplug" : "Replug"
                        onClicked: console.setPlugged(modelData.kind, !modelData.plugged)
                    }
                }
            }

            Label { text: "ID card reader"; font.bold: true; font.pixelSize: 16 }
            RowLayout {
                ComboBox { id: deck; model: console.deck; Layout.fillWidth: true }
                Button { text: "Insert"; onClicked: console.insertCard(deck.currentText) }
                Button { text: "Remove"; onClicked: console.removeCard() }
            }

            Label { text: "QR scanner"; font.bold: true; font.pixelSize: 16 }
            RowLayout {
                ComboBox { id: eltype; model: console.elicenseTypes; Layout.fillWidth: true }
                TextField { id: elnumber; placeholderText: "number"; Layout.preferredWidth: 120 }
                Button { text: "E-licence"; onClicked: console.presentElicense(eltype.currentText, elnumber.text) }
            }
            RowLayout {
                TextField { id: code; placeholderText: "any text"; Layout.fillWidth: true }
                Button { text: "Present"; onClicked: console.presentCode(code.text) }
            }
            Button { text: "Present the last receipt's QR"; onClicked: console.presentReceipt() }

            Label { text: "Cameras"; font.bold: true; font.pixelSize: 16 }
            RowLayout {
                Label { text: "Document"; Layout.preferredWidth: 80 }
                ComboBox { id: doc; model: console.documents; Layout.fillWidth: true }
                Button { text: "Show"; onClicked: console.showPicture("document_camera", doc.currentText) }
            }
            RowLayout {
                Label { text: "Face"; Layout.preferredWidth: 80 }
                ComboBox { id: face; model: console.faces; Layout.fillWidth: true }
                Button { text: "Show"; onClicked: console.showPicture("face_camera", face.currentText) }
            }

            // The liveness check wants a blink and a head turn: a still picture cannot, so someone plays
            // the resident (kiosk.ui.console.resident).
            Label { text: "Resident at the face camera"; font.bold: true; font.pixelSize: 16 }
            ButtonGroup { id: residentGroup }
            RadioButton {
                objectName: "residentFollows"
                text: "Follows the prompts by itself"
                ButtonGroup.group: residentGroup
                checked: console.resident === "follows"
                onToggled: if (checked) console.setResident("follows")
            }
            RadioButton {
                objectName: "residentHand"
                text: "Acts when you press (do what the kiosk asks)"
                ButtonGroup.group: residentGroup
                checked: console.resident === "hand"
                onToggled: if (checked) console.setResident("hand")
            }
            RadioButton {
                objectName: "residentPhoto"
                text: "A photo held up (never moves)"
                ButtonGroup.group: residentGroup
                checked: console.resident === "photo"
                onToggled: if (checked) console.setResident("photo")
            }
            RowLayout {
                enabled: console.resident === "hand"
                Button { objectName: "actBlink"; text: "Blink"; onClicked: console.act("blink") }
                Button { objectName: "actTurnLeft"; text: "Turn left"; onClicked: console.act("turn_left") }
                Button { objectName: "actTurnRight"; text: "Turn right"; onClicked: console.act("turn_right") }
            }
            Label {
                objectName: "residentAsked"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: console.asked || "The kiosk is not checking a face now (press Start on its face-check screen)."
                color: console.asked ? "#0b4f8a" : "#555"
            }

            Label { text: "Receipt printer"; font.bold: true; font.pixelSize: 16 }
            RowLayout {
                CheckBox { text: "Paper loaded"; checked: console.printer.paper; onToggled: console.setPaper(checked) }
                CheckBox { text: "Cover open"; checked: console.printer.cover; onToggled: console.setCover(checked) }
            }
            Button { text: "Open the last printed receipt"; onClicked: console.openLastReceipt() }

            Label { Layout.fillWidth: true; text: console.note; wrapMode: Text.Wrap; color: "#333" }
        }
    }
}
