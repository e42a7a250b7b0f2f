// 查询进度: the resident's applications, newest first, each with its status in words. Touch one to open it.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property var rows: progressCtl.rows
    property string prompt: rows.length ? qsTr("Your applications are listed with their status. Touch one to see the details, or print a status slip.")
        : qsTr("No applications were found for this ID card at this terminal.")
    JourneyFrame {
        title: qsTr("Your applications")
        subtitle: progressCtl.applicant ? qsTr("Applicant: %1").arg(progressCtl.applicant) : ""
        message: progressCtl.message
        BodyText {
            objectName: "progressEmpty"
            width: parent.width
            visible: screen.rows.length === 0
            font.bold: true
            text: qsTr("No applications were found for this ID card at this terminal. Applications made at a service window can be checked there or by calling 12345.")
        }
        Repeater {
            model: screen.rows
            KButton {
                id: rowButton
                objectName: "progressRow_" + modelData.acceptanceNo
                focus: index === 0
                width: parent.width
                height: rowCol.implicitHeight + app.t.gap * 1.5
                showLabel: false
                text: modelData.matter + "，" + modelData.statusText
                context: modelData.acceptanceNo  // two applications for one matter read apart
                description: qsTr("Acceptance number %1, submitted %2").arg(modelData.acceptanceNo).arg(modelData.submitted)
                onClicked: progressCtl.open(modelData.acceptanceNo)
                Column {
                    id: rowCol
                    x: app.t.gap * 0.75; y: app.t.gap * 0.75
                    width: parent.width - app.t.gap * 1.5
                    spacing: app.t.gap / 4
                    BodyText { width: parent.width; text: modelData.matter; font.bold: true }
                    BodyText {
                        objectName: "progressStatus_" + modelData.acceptanceNo
                        width: parent.width
                        text: "● " + modelData.statusText
                        color: modelData.tone === "attention" ? app.t.danger
                            : modelData.tone === "done" ? app.t.ok : app.t.accent
                        font.bold: true
                    }
                    BodyText {
                        width: parent.width
                        color: app.t.muted
                        font.pixelSize: app.t.small
                        text: [qsTr("Acceptance number: %1").arg(modelData.acceptanceNo),
                               qsTr("Submitted: %1").arg(modelData.submitted),
                               modelData.promised ? qsTr("Promised by: %1").arg(modelData.promised) : "",
                               modelData.kind !== "application" ? modelData.kindText : ""]
                            .filter(x => x !== "").join("　")
                    }
                }
            }
        }
        BodyText {
            objectName: "slipState"
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
                objectName: "progressDone"
                kind: "primary"
                text: qsTr("Done")
                description: qsTr("Finish and clear this list")
                onClicked: app.home()
            },
            KButton {
                objectName: "progressPrintAll"
                visible: screen.rows.length > 0
                enabled: !progressCtl.printing
                text: qsTr("Print a status slip")
                description: qsTr("Print the statuses of all the applications listed")
                onClicked: progressCtl.printSlip("")
            }
        ]
    }
}
