// 查询进度: one application in full: what, its status and what it means, the dates, a status slip.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property var d: progressCtl.detail
    property string prompt: d.statusText ? qsTr("%1: %2").arg(d.matter || "").arg(d.statusText) : ""
    JourneyFrame {
        title: d.matter || ""
        subtitle: d.applicant ? qsTr("Applicant: %1").arg(d.applicant) : ""
        message: progressCtl.message
        Rectangle {
            width: parent.width
            height: statusCol.implicitHeight + app.t.gap * 1.5
            radius: app.t.radius; color: app.t.surfaceAlt
            border.width: app.t.borderWidth * 2
            border.color: d.tone === "done" ? app.t.ok : d.tone === "attention" ? app.t.danger : app.t.accent
            Column {
                id: statusCol
                x: app.t.gap * 0.75; y: app.t.gap * 0.75
                width: parent.width - app.t.gap * 1.5
                spacing: app.t.gap / 3
                Text {
                    textFormat: Text.PlainText
                    objectName: "detailStatus"
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: d.statusText || ""
                    color: app.t.text; font.pixelSize: app.t.heading * 0.9; font.bold: true
                    Accessible.role: Accessible.StaticText; Accessible.name: text
                }
                BodyText { width: parent.width; visible: !!d.note; text: d.note || "" }
                BodyText { width: parent.width; visible: !!d.advice; text: d.advice || ""; color: app.t.muted }
            }
        }
        Repeater {
            model: [
                [qsTr("Acceptance number"), d.acceptanceNo],
                [qsTr("Type"), d.kindText],
                [qsTr("Submitted"), d.submitted],
                [qsTr("Promised completion"), d.promised],
                [qsTr("Case number"), d.caseNo]
            ].filter(r => !!r[1])
            Row {
                width: parent.width
                spacing: app.t.gap
                BodyText { width: parent.width * 0.35; text: modelData[0]; color: app.t.muted }
                BodyText {
                    objectName: "detail_" + index
                    width: parent.width * 0.65 - app.t.gap
                    text: modelData[1]; font.bold: true
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
        BodyText {
            objectName: "detailSlipState"
            width: parent.width
            visible: text !== ""
            font.bold: true
            color: progressCtl.printState === "printed" ? app.t.ok : app.t.danger
            text: progressCtl.printing ? qsTr("Printing the status slip…")
                : progressCtl.printState === "printed" ? qsTr("The status slip has been printed; please take it.")
                : progressCtl.printState
        }
        actions: [
            KButton {
                objectName: "detailDone"
                text: qsTr("Done")
                description: qsTr("Finish and clear this list")
                onClicked: app.home()
            },
            KButton {
                objectName: "detailBack"
                visible: progressCtl.rows.length > 1
                text: qsTr("All my applications")
                onClicked: app.back()
            },
            KButton {
                objectName: "detailPrint"
                kind: "primary"
                focus: true
                enabled: !progressCtl.printing
                text: qsTr("Print a status slip")
                description: qsTr("Print the status of this application")
                onClicked: progressCtl.printSlip(d.acceptanceNo || "")
            }
        ]
    }
}
