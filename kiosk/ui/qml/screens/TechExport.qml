// Export the diagnostics bundle (personal data replaced by consistent tokens) to the USB stick.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    readonly property var ex: tech.view.export || {}
    readonly property var stick: tech.view.stick || {}
    readonly property var carried: tech.view.bundle || {}
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
        // Sync by USB stick, for a station with no link: offered while the stick is in (polled).
        BodyText {
            objectName: "techStickTitle"
            width: parent.width
            visible: !!screen.stick.present
            font.bold: true
            text: qsTr("Sync by USB stick")
        }
        BodyText {
            objectName: "techStickState"
            width: parent.width
            visible: !!screen.stick.present
            text: !screen.stick.enrolled ? qsTr("This terminal is not enrolled: there is nothing to carry.")
                : qsTr("Write the queue to the stick for the platform (sealed: only the platform can read it). The platform's answers on the stick: %1.").arg(screen.stick.answers || 0)
        }
        Flow {
            width: parent.width
            spacing: app.t.gap
            visible: !!screen.stick.present && !!screen.stick.enrolled
            KButton {
                objectName: "techStickExport"
                enabled: !screen.carried.busy
                text: qsTr("Write the queue to the stick")
                onClicked: tech.syncByStick("export")
            }
            KButton {
                objectName: "techStickImport"
                enabled: !screen.carried.busy && (screen.stick.answers || 0) > 0
                text: qsTr("Read the platform's answers")
                onClicked: tech.syncByStick("import")
            }
        }
        BodyText {
            objectName: "techStickResult"
            width: parent.width
            font.bold: true
            visible: !!screen.carried.busy || !!screen.carried.direction
            color: screen.carried.error ? app.t.danger : app.t.ok
            text: screen.carried.busy ? qsTr("Working…")
                : screen.carried.error ? qsTr("Refused: %1").arg(screen.carried.error)
                : screen.carried.direction === "export"
                    ? qsTr("Written to %3 (applications: %1, other items: %2)").arg(screen.carried.applications).arg(screen.carried.small).arg(screen.carried.path || "")
                    : qsTr("Acknowledged by the platform: %1; status changes applied: %2").arg(screen.carried.acknowledged).arg(screen.carried.statuses)
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
