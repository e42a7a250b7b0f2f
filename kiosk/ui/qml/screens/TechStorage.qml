// Storage: free disk, database size, the integrity check, and the degraded-store notice when present.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    readonly property var st: tech.view.storage || {}
    readonly property var check: tech.view.integrity || {}
    property string prompt: qsTr("Storage: free disk, database size and the database check.")
    TechFrame {
        id: frame
        title: qsTr("Storage")
        BodyText {
            objectName: "techFreeDisk"
            width: parent.width
            text: frame.line(qsTr("Free disk"), qsTr("%1 of %2").arg(frame.size(screen.st.freeBytes)).arg(frame.size(screen.st.totalBytes)))
        }
        BodyText {
            objectName: "techDbSize"
            width: parent.width
            text: frame.line(qsTr("Database"), qsTr("%1 (journal %2)").arg(frame.size(screen.st.dbBytes)).arg(frame.size(screen.st.walBytes)))
        }
        BodyText { width: parent.width; color: app.t.muted; text: screen.st.path || "" }
        BodyText {
            objectName: "techIntegrity"
            width: parent.width
            font.bold: true
            color: screen.check.ok === false ? app.t.danger : app.t.text
            text: frame.line(qsTr("Integrity check"), screen.check.ok === undefined ? qsTr("checking…")
                : screen.check.ok ? qsTr("passed (ok)") : qsTr("FAILED: %1").arg(screen.check.result || screen.check.error))
        }
        BodyText {
            width: parent.width
            visible: app.notice === ""
            text: qsTr("The store started normally.")
        }
        actions: [
            KButton {
                objectName: "techCheckAgain"
                focus: true
                enabled: screen.check.ok !== undefined
                text: qsTr("Check again")
                onClicked: tech.checkIntegrity()
            }
        ]
    }
}
