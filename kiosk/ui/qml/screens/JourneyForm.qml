// 一表申请: one form rendered from the matter's schema, prefilled from the card, checked as you type.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Please check the information taken from your ID card and fill in the rest of the form.")
    readonly property var errors: journey.formErrors

    JourneyFrame {
        title: qsTr("Fill in the application form")
        subtitle: (journey.info.bundle || (journey.info.matters || []).join("、"))
        Repeater {
            model: journey.formRows
            Column {
                id: row
                width: parent.width
                spacing: app.t.gap / 3
                readonly property var spec: modelData
                readonly property string err: screen.errors[spec.key] || ""
                BodyText {
                    width: parent.width
                    font.bold: true
                    text: row.spec.label + (row.spec.required ? " *" : "")
                }
                BodyText {
                    width: parent.width
                    visible: row.spec.help !== ""
                    text: row.spec.help
                    color: app.t.muted
                    font.pixelSize: app.t.small
                }
                Loader {
                    width: parent.width
                    sourceComponent: row.spec.type === "choice" ? choiceInput
                        : row.spec.type === "multichoice" ? multiInput
                        : row.spec.type === "group" ? groupInput : textInput
                    property var spec: row.spec
                }
                BodyText {
                    objectName: "error_" + row.spec.key
                    width: parent.width
                    visible: row.err !== ""
                    text: row.err
                    color: app.t.danger
                    font.bold: true
                }
            }
        }
        actions: [
            KButton {
                objectName: "formContinue"
                kind: "primary"
                text: qsTr("Continue")
                description: qsTr("Check the form and go on to the materials")
                onClicked: journey.submitForm()
            },
            KButton {
                objectName: "formCancel"
                text: qsTr("Cancel")
                description: qsTr("Leave this application; nothing is kept")
                onClicked: journey.cancel()
            }
        ]
    }

    Component {
        id: textInput
        JourneyField {
            objectName: "field_" + spec.key
            kind: spec.type
            label: spec.label
            locked: journey.formLocked.indexOf(spec.key) >= 0
            Component.onCompleted: {
                const v = journey.formValues[spec.key]
                text = v === undefined || v === null ? "" : String(v)
            }
            onEdited: (value) => journey.setField(spec.key, value)
        }
    }
    Component {
        id: choiceInput
        Flow {
            id: flow
            spacing: app.t.gap / 2
            property string chosen: journey.formValues[spec.key] || ""
            Repeater {
                model: spec.options
                KButton {
                    objectName: "choice_" + spec.key + "_" + modelData.value
                    text: modelData.label
                    selectable: true
                    context: spec.label
                    contextFirst: true
                    kind: flow.chosen === modelData.value ? "primary" : "secondary"
                    onClicked: { flow.chosen = modelData.value; journey.setField(spec.key, modelData.value) }
                }
            }
        }
    }
    Component {
        id: multiInput
        Flow {
            id: mflow
            spacing: app.t.gap / 2
            property var chosen: journey.formValues[spec.key] || []
            Repeater {
                model: spec.options
                KButton {
                    readonly property bool on: mflow.chosen.indexOf(modelData.value) >= 0
                    text: (on ? "✓ " : "") + modelData.label
                    selectable: true
                    context: spec.label
                    contextFirst: true
                    kind: on ? "primary" : "secondary"
                    onClicked: {
                        const next = mflow.chosen.filter(v => v !== modelData.value)
                        if (!on) next.push(modelData.value)
                        mflow.chosen = next
                        journey.setField(spec.key, next)
                    }
                }
            }
        }
    }
    Component {
        id: groupInput
        Column {
            id: group
            spacing: app.t.gap / 2
            property var rows: journey.formValues[spec.key] || []
            function push() { journey.setField(spec.key, rows) }
            Repeater {
                model: group.rows.length
                Rectangle {
                    id: entry
                    readonly property int i: index
                    width: group.width
                    height: entryCol.implicitHeight + app.t.gap
                    radius: app.t.radius; color: app.t.surfaceAlt
                    Column {
                        id: entryCol
                        x: app.t.gap / 2; y: app.t.gap / 2
                        width: parent.width - app.t.gap
                        spacing: app.t.gap / 3
                        Repeater {
                            model: spec.fields
                            Column {
                                width: entryCol.width
                                BodyText { width: parent.width; text: modelData.label; font.pixelSize: app.t.small }
                                Loader {
                                    width: parent.width
                                    property var sub: modelData
                                    sourceComponent: modelData.type === "choice" ? subChoice : subText
                                }
                            }
                        }
                        KButton {
                            text: qsTr("Remove this entry")
                            onClicked: { const r = group.rows.slice(); r.splice(entry.i, 1); group.rows = r; group.push() }
                        }
                    }
                    Component {
                        id: subText
                        JourneyField {
                            kind: sub.type; label: sub.label
                            Component.onCompleted: text = (group.rows[entry.i] || {})[sub.key] || ""
                            onEdited: (value) => { group.rows[entry.i][sub.key] = value; group.push() }
                        }
                    }
                    Component {
                        id: subChoice
                        Flow {
                            id: sflow
                            spacing: app.t.gap / 2
                            property string chosen: (group.rows[entry.i] || {})[sub.key] || ""
                            Repeater {
                                model: sub.options
                                KButton {
                                    text: modelData.label
                                    selectable: true
                                    context: sub.label
                                    contextFirst: true
                                    kind: sflow.chosen === modelData.value ? "primary" : "secondary"
                                    onClicked: { sflow.chosen = modelData.value; group.rows[entry.i][sub.key] = modelData.value; group.push() }
                                }
                            }
                        }
                    }
                }
            }
            KButton {
                objectName: "groupAdd_" + spec.key
                text: qsTr("Add an entry")
                onClicked: { const r = group.rows.slice(); r.push({}); group.rows = r; group.push() }
            }
        }
    }
}
