// 一表申请: one form rendered from the matter's schema, prefilled from the card, checked as you type.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Please check the information taken from your ID card and fill in the rest of the form.")
    readonly property var errors: journey.formErrors
    readonly property var summary: journey.errorSummary
    // The error summary's entry: scroll to the field and put the focus in it.
    function goTo(key) {
        for (let i = 0; i < rows.count; i++) {
            const row = rows.itemAt(i)
            if (row && row.spec.key === key) {
                frame.scrollTo(row)
                const target = firstFocusable(row.input)
                if (target) target.forceActiveFocus()
                return
            }
        }
    }
    function firstFocusable(item) {
        if (!item || !item.visible) return null
        if (item.activeFocusOnTab) return item
        for (let i = 0; i < item.children.length; i++) {
            const found = firstFocusable(item.children[i])
            if (found) return found
        }
        return null
    }

    JourneyFrame {
        id: frame
        title: qsTr("Fill in the application form")
        subtitle: (journey.info.bundle || (journey.info.matters || []).join("、"))
        Rectangle {
            // what to fix, one entry per field: a touch goes to the field
            objectName: "errorSummary"
            visible: screen.summary.length > 0
            width: parent.width
            height: visible ? summaryCol.implicitHeight + app.t.gap : 0
            radius: app.t.radius
            color: app.t.surfaceAlt
            border.color: app.t.danger; border.width: app.t.borderWidth * 2
            Column {
                id: summaryCol
                x: app.t.gap / 2; y: app.t.gap / 2
                width: parent.width - app.t.gap
                spacing: app.t.gap / 3
                BodyText {
                    width: parent.width
                    font.bold: true
                    text: qsTr("Please correct these, then press Continue (touch one to go to it):")
                }
                Repeater {
                    model: screen.summary
                    KButton {
                        objectName: "errorEntry_" + modelData.path
                        width: parent.width
                        showLabel: false
                        implicitHeight: Math.max(app.t.target, entryText.implicitHeight + app.t.gap)
                        text: modelData.label + ": " + modelData.text
                        description: qsTr("Go to this field")
                        onClicked: screen.goTo(modelData.key)
                        Text {
                            textFormat: Text.PlainText
                            id: entryText
                            x: app.t.gap / 2
                            width: parent.width - app.t.gap
                            anchors.verticalCenter: parent.verticalCenter
                            wrapMode: Text.Wrap
                            text: "› " + modelData.label + (app.locale === "zh_CN" ? "：" : ": ") + modelData.text
                            color: app.t.text; font.pixelSize: app.t.body
                        }
                    }
                }
            }
        }
        Repeater {
            id: rows
            model: journey.formRows
            Column {
                id: row
                objectName: "formRow_" + spec.key
                width: spec.type === "group" ? parent.width : parent.columnWidth
                spacing: app.t.gap / 3
                readonly property var spec: modelData
                readonly property alias input: inputLoader
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
                    id: inputLoader
                    width: parent.width
                    sourceComponent: row.spec.type === "choice" ? choiceInput
                        : row.spec.type === "address" ? addressInput
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
            kind: spec.input
            maxChars: spec.input_max || 0
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
        // 同户籍地址, the township's villages, or "other" to type: nobody types what the terminal can offer
        id: addressInput
        Column {
            id: addr
            spacing: app.t.gap / 2
            readonly property var choices: journey.addressChoices(spec.key)
            readonly property string value: journey.formValues[spec.key] || ""
            property string chosen: guess()
            function guess() {
                if (value === "") return ""
                for (let i = 0; i < choices.length; i++)
                    if (choices[i].address !== "" && value.indexOf(choices[i].address) === 0) return choices[i].value
                return "other"
            }
            function base() {
                for (let i = 0; i < choices.length; i++) if (choices[i].value === chosen) return choices[i].address
                return ""
            }
            Flow {
                width: parent.width
                spacing: app.t.gap / 2
                Repeater {
                    model: addr.choices
                    KButton {
                        objectName: "address_" + spec.key + "_" + modelData.value
                        text: modelData.label
                        context: spec.label
                        contextFirst: true
                        selectable: true
                        kind: addr.chosen === modelData.value ? "primary" : "secondary"
                        onClicked: {
                            addr.chosen = modelData.value
                            journey.chooseAddress(spec.key, modelData.value, "")
                            if (modelData.value === "other") other.forceActiveFocus()
                        }
                    }
                }
            }
            BodyText {
                objectName: "addressValue_" + spec.key
                width: parent.width
                visible: addr.chosen !== "" && addr.chosen !== "other"
                textFormat: Text.PlainText
                text: addr.value
                color: app.t.muted
            }
            BodyText {  // the detail's name stays in sight while typing (its placeholder goes)
                width: parent.width; font.bold: true
                visible: detail.visible
                text: detail.label
            }
            JourneyField {
                // after a village: the 组 or house number, if the resident wants to add it
                id: detail
                objectName: "addressDetail_" + spec.key
                visible: addr.chosen.indexOf("village:") === 0
                kind: "text"
                label: qsTr("Group and house number (optional)")
                placeholderText: label
                onEdited: (detail) => journey.chooseAddress(spec.key, addr.chosen, detail)
            }
            JourneyField {
                id: other
                objectName: "field_" + spec.key
                visible: addr.chosen === "other"
                kind: "address"
                label: spec.label
                placeholderText: qsTr("Type the address")
                Component.onCompleted: if (addr.chosen === "other") text = addr.value
                onEdited: (value) => journey.setField(spec.key, value)
            }
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
                            kind: sub.input; maxChars: sub.input_max || 0; label: sub.label
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
