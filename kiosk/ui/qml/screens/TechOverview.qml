// Technician mode, first screen: every device's state and why, and the way to each check.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Technician mode. Device states are listed; choose a device or a check.")
    TechFrame {
        id: frame
        title: qsTr("Technician mode")
        subtitle: qsTr("Terminal %1 · signed in as %2").arg(app.terminalName).arg(tech.techRef)
        Repeater {
            model: tech.view.devices || []
            KButton {
                objectName: "techDevice_" + modelData.kind
                width: parent.width
                showLabel: false
                focus: index === 0
                text: frame.kindName(modelData.kind) + ", " + frame.healthName(modelData.health)
                description: modelData.reason
                implicitHeight: deviceRow.implicitHeight + app.t.gap
                onClicked: tech.open("tech-device", modelData.kind)
                RowLayout {
                    id: deviceRow
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: app.t.gap / 2 }
                    spacing: app.t.gap
                    Rectangle {
                        Layout.preferredWidth: app.t.body; Layout.preferredHeight: app.t.body
                        radius: width / 2
                        color: frame.healthColor(modelData.health)
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.preferredWidth: app.t.target * 5
                        text: frame.kindName(modelData.kind)
                        color: app.t.text; font.pixelSize: app.t.body; font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "techHealth_" + modelData.kind
                        Layout.preferredWidth: app.t.target * 2.5
                        text: frame.healthName(modelData.health)
                        color: frame.healthColor(modelData.health); font.pixelSize: app.t.body; font.bold: true
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: modelData.reason
                        color: app.t.muted; font.pixelSize: app.t.small
                        wrapMode: Text.Wrap
                        lineHeight: app.t.lineHeight
                    }
                    Text { textFormat: Text.PlainText; text: "›"; color: app.t.text; font.pixelSize: app.t.heading }
                }
            }
        }
        BodyText {
            width: parent.width
            visible: (tech.view.devices || []).length === 0
            text: qsTr("No devices are driven by this kiosk (or they are still starting).")
        }
        actions: [
            KButton {
                objectName: "techLeave"
                kind: "danger"
                text: qsTr("Leave technician mode")
                description: qsTr("Sign out and clear everything, as at the end of a session")
                onClicked: tech.leave()
            },
            KButton { objectName: "techOpenExport"; text: qsTr("Export"); description: qsTr("Export a diagnostics bundle"); onClicked: tech.open("tech-export") },
            KButton { objectName: "techOpenSoftware"; text: qsTr("Software"); description: qsTr("Software and catalog versions, recent errors"); onClicked: tech.open("tech-software") },
            KButton { objectName: "techOpenStorage"; text: qsTr("Storage"); onClicked: tech.open("tech-storage") },
            KButton {
                objectName: "techOpenSync"
                focus: (tech.view.devices || []).length === 0  // keypad users start here when no device is listed
                text: qsTr("Sync")
                onClicked: tech.open("tech-sync")
            }
        ]
    }
}
