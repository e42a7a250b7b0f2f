// Everything on one screen before the one submit.
import QtQuick
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Please check everything once more, then press Submit.")
    readonly property var r: journey.review
    function line(label, value) { return label + (app.locale === "zh_CN" ? "：" : ": ") + value }
    JourneyFrame {
        title: qsTr("Check and submit")
        subtitle: r.bundle || (r.matters || []).join("、")
        ReadLine {
            objectName: "reviewApplicant"
            width: parent.width
            text: screen.line(qsTr("Applicant"), (r.applicant ? r.applicant.masked_name + "  " + r.applicant.id_number : ""))
        }
        ReadLine {
            width: parent.width
            visible: !!r.agent
            text: screen.line(qsTr("Agent (代办)"), r.agent ? r.agent.masked_name : "")
        }
        ReadLine {
            width: parent.width
            visible: !!r.face && r.face.status !== "not_needed"
            text: screen.line(qsTr("Identity check"), r.face && r.face.staff_verification ? qsTr("by staff") : qsTr("face verified"))
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width   // a heading on a line of its own
            text: qsTr("Form"); color: app.t.accent; font.pixelSize: app.t.body * 1.2; font.bold: true
        }
        Repeater {
            // each value as the resident chose it, in words; a masked one they typed can be shown to check it
            model: r.form || []
            Row {
                id: formRow
                width: parent.columnWidth
                spacing: app.t.gap / 2
                property bool revealed: false
                readonly property bool canReveal: !!modelData.revealable && modelData.full !== modelData.value
                ReadLine {
                    objectName: "reviewRow_" + modelData.key
                    width: parent.width - (reveal.visible ? reveal.width + parent.spacing : 0)
                    // as tall as its Show button: level with it, Down reaches the words first, Right the button
                    height: Math.max(implicitHeight, reveal.visible ? reveal.height : 0)
                    verticalAlignment: Text.AlignVCenter
                    text: screen.line(modelData.label, formRow.revealed ? modelData.full : modelData.value)
                    textFormat: Text.PlainText
                }
                KButton {
                    id: reveal
                    objectName: "reveal_" + modelData.key
                    visible: formRow.canReveal
                    kind: "quiet"
                    fontSize: app.t.small
                    text: formRow.revealed ? qsTr("Hide") : qsTr("Show")
                    context: modelData.label
                    description: qsTr("Show or hide the full value to check it")
                    onClicked: formRow.revealed = !formRow.revealed
                }
            }
        }
        Repeater {
            // the application form the terminal made from the form and the signature (never asked for)
            model: r.generated || []
            Rectangle {
                objectName: "generatedPage"
                width: parent.width
                height: page.implicitHeight + app.t.gap * 2
                radius: app.t.radius
                color: app.t.surface
                border.color: app.t.border; border.width: app.t.borderWidth
                Column {
                    id: page
                    x: app.t.gap; y: app.t.gap
                    width: parent.width - app.t.gap * 2
                    spacing: app.t.gap / 3
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width
                        text: modelData.title + qsTr(" (made by this terminal, nothing to bring)")
                        wrapMode: Text.Wrap
                        color: app.t.accent; font.pixelSize: app.t.body; font.bold: true
                    }
                    Repeater {
                        model: modelData.rows
                        BodyText {
                            width: parent.width
                            font.pixelSize: app.t.small
                            textFormat: Text.PlainText
                            text: modelData[0] + "：" + modelData[1]
                        }
                    }
                    Flow {
                        width: parent.width
                        spacing: app.t.gap / 2
                        KButton {
                            objectName: "printFormPage"
                            text: qsTr("Print my copy")
                            description: qsTr("Print this application form for your records")
                            enabled: journey.slip !== "printing"
                            onClicked: journey.printFormPage()
                        }
                        BodyText {
                            objectName: "formPageState"
                            text: journey.slip === "printing" ? qsTr("Printing…")
                                : journey.slip === "printed" ? qsTr("Printed: please take it.")
                                : journey.slip === "window" ? qsTr("It cannot be printed here: ask for a printed copy at the service window.")
                                : ""
                        }
                    }
                }
            }
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width   // a heading on a line of its own
            text: qsTr("Materials"); color: app.t.accent; font.pixelSize: app.t.body * 1.2; font.bold: true
        }
        Repeater {
            model: r.materials || []
            ReadLine {
                objectName: "reviewMaterial_" + modelData.code
                width: parent.columnWidth
                text: screen.line(modelData.name,
                    modelData.disposition === "scanned" ? qsTr("scanned, %n page(s)", "", modelData.pages)
                    : modelData.disposition === "elicense" ? qsTr("e-licence")
                    : modelData.disposition === "reused" ? qsTr("earlier copy")
                    : modelData.disposition === "deferred" ? qsTr("later (容缺) by %1").arg(modelData.due_date)
                    : modelData.disposition === "promised" ? qsTr("commitment signed (告知承诺)")
                    : modelData.asked === false ? modelData.supply_text
                    : qsTr("not handed in"))
            }
        }
        ReadLine { objectName: "reviewSigned"; width: parent.width; text: screen.line(qsTr("Signed"), r.signed ? qsTr("yes") : qsTr("no")) }
        actions: [
            KButton {
                objectName: "reviewSubmit"
                kind: "primary"
                focus: true
                enabled: !journey.busy
                text: qsTr("Submit")
                description: qsTr("Submit the application; it is saved on this terminal at once")
                onClicked: journey.submit()
            },
            KButton { objectName: "reviewSign"; text: qsTr("Sign again"); onClicked: journey.backTo("sign") },
            KButton { objectName: "reviewMaterials"; text: qsTr("Change materials"); onClicked: journey.backTo("materials") },
            KButton { objectName: "reviewForm"; text: qsTr("Change the form"); onClicked: journey.backTo("form") }
        ]
    }
}
