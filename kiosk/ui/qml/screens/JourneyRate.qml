// 好差评: five levels, the offline dimensions, a reason for the two bad levels, an optional contact.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("How satisfied are you with this service? Please choose one.")
    readonly property var opts: journey.ratingOptions
    readonly property var rc: journey.receipt
    property int level: 0
    property var dims: ({})
    property var reasons: []
    readonly property bool bad: level > 0 && level <= 2
    JourneyFrame {
        title: qsTr("Please rate this service")
        subtitle: rc.acceptanceNo ? qsTr("Acceptance number: %1").arg(rc.acceptanceNo) : ""
        Repeater {
            model: screen.opts.dimensions || []
            Column {
                id: dim
                width: parent.width
                readonly property string key: modelData.key
                readonly property string label: modelData.label
                BodyText { width: parent.width; text: modelData.label + " " + qsTr("(optional)"); color: app.t.muted }
                Flow {
                    width: parent.width
                    spacing: app.t.gap / 3
                    Repeater {
                        model: screen.opts.levels || []
                        KButton {
                            objectName: "dim_" + dim.key + "_" + modelData.value
                            context: dim.label
                            contextFirst: true
                            text: modelData.label
                            fontSize: app.t.small
                            selectable: true
                            kind: screen.dims[dim.key] === modelData.value ? "primary" : "secondary"
                            onClicked: { const d = Object.assign({}, screen.dims); d[dim.key] = modelData.value; screen.dims = d }
                        }
                    }
                }
            }
        }
        BodyText {
            width: parent.width
            font.bold: true
            text: qsTr("Overall: one touch sends your rating")
        }
        Flow {
            width: parent.width
            spacing: app.t.gap / 2
            Repeater {
                model: screen.opts.levels || []
                KButton {
                    objectName: "level_" + modelData.value
                    text: modelData.label
                    selectable: true
                    kind: screen.level === modelData.value ? "primary" : "secondary"
                    // a good or middling level is all a rating needs: sent at once; a bad one asks why
                    onClicked: {
                        screen.level = modelData.value
                        if (!modelData.bad) journey.rate(screen.level, screen.dims, [], "", "")
                    }
                }
            }
        }
        Column {
            width: parent.width
            visible: screen.bad
            spacing: app.t.gap / 2
            BodyText { width: parent.width; font.bold: true; text: qsTr("Please tell us why (required)") }
            Flow {
                width: parent.width
                spacing: app.t.gap / 3
                Repeater {
                    model: screen.opts.reasons || []
                    KButton {
                        objectName: "reason_" + modelData.key
                        readonly property bool on: screen.reasons.indexOf(modelData.key) >= 0
                        text: (on ? "✓ " : "") + modelData.label
                        selectable: true
                        kind: on ? "primary" : "secondary"
                        onClicked: {
                            const r = screen.reasons.filter(x => x !== modelData.key)
                            if (!on) r.push(modelData.key)
                            screen.reasons = r
                        }
                    }
                }
            }
            // each field's name stays above it while typing (a placeholder goes with the first letter)
            BodyText { width: parent.width; font.bold: true; text: note.placeholderText }
            JourneyField { id: note; objectName: "rateNote"; label: qsTr("Anything else"); placeholderText: qsTr("Anything else (optional)") }
            BodyText { width: parent.width; font.bold: true; text: contact.placeholderText }
            JourneyField { id: contact; objectName: "rateContact"; kind: "phone"; label: qsTr("Phone for the follow-up (optional)"); placeholderText: qsTr("Phone for the follow-up (optional)") }
        }
        actions: [
            KButton {
                objectName: "rateSubmit"
                kind: "primary"
                visible: screen.bad
                focus: visible
                text: qsTr("Submit rating")
                onClicked: journey.rate(screen.level, screen.dims, screen.reasons, note.text, contact.text)
            },
            KButton { objectName: "rateSkip"; text: qsTr("Skip"); onClicked: journey.skipRating() },
            KButton {
                objectName: "retryPrint"
                visible: !!rc.acceptanceNo && !rc.printed
                enabled: !journey.busy
                text: qsTr("Print the receipt again")
                onClicked: journey.retryPrint()
            }
        ]
    }
}
