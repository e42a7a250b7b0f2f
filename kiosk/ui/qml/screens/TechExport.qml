// Export the diagnostics bundle (personal data replaced by consistent tokens) to the USB stick.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    readonly property var ex: tech.view.export || {}
    property string prompt: qsTr("Export a diagnostics bundle to the USB stick. Personal data is replaced by tokens.")
    TechFrame {
        id: frame
        title: qsTr("Export diagnostics")
        BodyText {
            width: parent.width
            text: qsTr("The bundle holds the configuration without secrets, versions, device states and self-tests, the queue summary and recent logs. ID numbers, phone numbers and names are replaced by tokens.")
        }
        BodyText {
            objectName: "techExportTarget"
            width: parent.width
            visible: !!screen.ex.target
            font.bold: true
            text: frame.line(qsTr("Saves to"), screen.ex.target || "")
        }
        BodyText {
            width: parent.width
            visible: !!screen.ex.note
            color: app.t.danger
            text: qsTr("%1: saved on the terminal instead.").arg(screen.ex.note || "")
        }
        BodyText {
            objectName: "techExportResult"
            width: parent.width
            font.bold: true
            visible: !!screen.ex.busy || !!screen.ex.path || !!screen.ex.error
            color: screen.ex.error ? app.t.danger : app.t.ok
            text: screen.ex.busy ? qsTr("Writing the bundle (devices are self-tested first)…")
                : screen.ex.path ? qsTr("Written to %1").arg(screen.ex.path)
                : qsTr("Export failed: %1").arg(screen.ex.error || "")
        }
        actions: [
            KButton {
                objectName: "techExport"
                kind: "primary"
                focus: true
                enabled: !screen.ex.busy
                text: qsTr("Export now")
                onClicked: tech.exportDiagnostics()
            }
        ]
    }
}
