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
