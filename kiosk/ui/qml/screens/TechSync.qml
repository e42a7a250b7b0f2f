// Sync with the platform: what waits, since when, the last success, the upload window, "sync now".
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    readonly property var s: tech.view.sync || {}
    readonly property var run: tech.view.syncRun || {}
    property string prompt: qsTr("Sync state: items waiting, the oldest, the last success and the upload window.")
    TechFrame {
        id: frame
        title: qsTr("Sync")
        BodyText {
            width: parent.width
            text: frame.line(qsTr("Platform"), !screen.s.platformConfigured ? qsTr("not configured: everything stays queued")
                : screen.s.enrolled ? qsTr("configured, terminal enrolled") : qsTr("configured, terminal not enrolled"))
        }
        BodyText {
            objectName: "techQueueDepth"
            width: parent.width
            text: frame.line(qsTr("Waiting to be sent"), qsTr("%n item(s)", "", screen.s.pending || 0))
        }
        BodyText {
            width: parent.width
            text: frame.line(qsTr("Oldest waiting item"), screen.s.pending ? frame.age(screen.s.oldestAgeS) : qsTr("none"))
        }
        BodyText {
            width: parent.width
            color: screen.s.attention ? app.t.danger : app.t.text
            text: frame.line(qsTr("Needing attention"), qsTr("%n item(s)", "", screen.s.attention || 0))
        }
        BodyText {
            objectName: "techLastSync"
            width: parent.width
            text: frame.line(qsTr("Last successful sync"), frame.age(screen.s.lastSuccessAgeS))
        }
        BodyText {
            width: parent.width
            text: frame.line(qsTr("Upload window"), !(screen.s.windows || []).length ? qsTr("any time")
                : screen.s.inWindow ? qsTr("open now (%1)").arg(screen.s.currentWindow)
                : qsTr("closed now; windows %1").arg((screen.s.windows || []).join(", ")))
        }
        BodyText {
            objectName: "techSyncSettings"
            width: parent.width
            text: frame.line(qsTr("Settings in force"),
                qsTr("a pass every %1 s, request timeout %2 s, %3, sealed data kept %4 days")
                    .arg(screen.s.intervalS).arg(screen.s.requestTimeoutS)
                    .arg(screen.s.bandwidthBytesPerS
                        ? qsTr("cap %1 kB/s").arg(Math.round(screen.s.bandwidthBytesPerS / 1000))
                        : qsTr("no bandwidth cap"))
                    .arg(screen.s.retentionDays))
        }
        BodyText {
            objectName: "techSyncRun"
            width: parent.width
            font.bold: true
            visible: screen.run.state !== undefined
            text: screen.run.state === "running" ? qsTr("Syncing now…")
                : screen.run.state === "done" ? qsTr("Sync pass finished.")
                : screen.run.state === "asked" ? qsTr("Sync asked to run now.")
                : screen.run.state === "unavailable" ? qsTr("No platform is configured: nothing to sync with.")
                : qsTr("Still syncing; the state above updates by itself.")
        }
        actions: [
            KButton {
                objectName: "techSyncNow"
                kind: "primary"
                focus: true
                enabled: screen.run.state !== "running"
                text: qsTr("Sync now")
                description: qsTr("Send everything waiting now, outside the upload window")
                onClicked: tech.syncNow()
            }
        ]
    }
}
