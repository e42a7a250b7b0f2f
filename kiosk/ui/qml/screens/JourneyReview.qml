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
        BodyText {
            objectName: "reviewApplicant"
            width: parent.width
            text: screen.line(qsTr("Applicant"), (r.applicant ? r.applicant.masked_name + "  " + r.applicant.id_number : ""))
        }
        BodyText {
            width: parent.width
            visible: !!r.agent
            text: screen.line(qsTr("Agent (代办)"), r.agent ? r.agent.masked_name : "")
        }
        BodyText {
            width: parent.width
            visible: !!r.face && r.face.status !== "not_needed"
            text: screen.line(qsTr("Identity check"), r.face && r.face.staff_verification ? qsTr("by staff") : qsTr("face verified"))
        }
        Text {
            textFormat: Text.PlainText
            text: qsTr("Form"); color: app.t.accent; font.pixelSize: app.t.body * 1.2; font.bold: true
        }
        Repeater {
            model: r.form || []
            BodyText { width: parent.width; text: screen.line(modelData.label, modelData.value) }
        }
        Text {
            textFormat: Text.PlainText
            text: qsTr("Materials"); color: app.t.accent; font.pixelSize: app.t.body * 1.2; font.bold: true
        }
        Repeater {
            model: r.materials || []
            BodyText {
                width: parent.width
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
        BodyText { width: parent.width; text: screen.line(qsTr("Signed"), r.signed ? qsTr("yes") : qsTr("no")) }
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
