// The standardized guide (办事指南): every element, read-only, kinetic scrolling.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    readonly property var g: catalog.guide
    property string prompt: g.terminal
        ? qsTr("Guide for %1. Read the conditions and materials, then start your application.").arg(g.name)
        : qsTr("Guide for %1. This service is handled at the service window: %2").arg(g.name).arg(g.whereToGo)

    readonly property real labelWidth: app.t.body * (app.locale === "zh_CN" ? 5.6 : 9)
    function sectionTitle(key) {
        switch (key) {
        case "summary": return qsTr("About this service")
        case "basic": return qsTr("Basic information")
        case "conditions": return qsTr("Who can apply")
        case "materials": return qsTr("Materials")
        case "process": return qsTr("Steps")
        case "special": return qsTr("Special procedures")
        case "limits": return qsTr("Time limits")
        case "fees": return qsTr("Fees")
        case "result": return qsTr("What you receive")
        case "commitment": return qsTr("Notice and commitment")
        case "legal_basis": return qsTr("Legal basis")
        case "contact": return qsTr("Place, hours and phones")
        }
        return key
    }
    function rowLabel(key) {
        switch (key) {
        case "type": return qsTr("Type")
        case "implementing_body": return qsTr("Implementing body")
        case "accepting_body": return qsTr("Accepted by")
        case "service_object": return qsTr("For")
        case "case_type": return qsTr("Case type")
        case "handling_forms": return qsTr("Ways to apply")
        case "terminal": return qsTr("At this terminal")
        case "face": return qsTr("Face check")
        case "tongban": return qsTr("Where else")
        case "basic_code": return qsTr("Basic code")
        case "implementation_code": return qsTr("Implementation code")
        case "version": return qsTr("Guide version")
        case "quantity_limit": return qsTr("Quantity limit")
        case "promised_limit": return qsTr("Promised time")
        case "statutory_limit": return qsTr("Statutory time")
        case "visits": return qsTr("Visits")
        case "fee": return qsTr("Fee")
        case "fee_basis": return qsTr("Fee basis")
        case "result": return qsTr("Result")
        case "delivery": return qsTr("Delivery")
        case "notice": return qsTr("Notice")
        case "liability": return qsTr("Liability")
        case "place": return qsTr("Place")
        case "hours": return qsTr("Hours")
        case "consultation_phone": return qsTr("Enquiries")
        case "complaint_phone": return qsTr("Complaints")
        }
        return ""
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: app.t.gap * 1.5
        spacing: app.t.gap
        ScreenTitle { Layout.fillWidth: true; text: screen.g.name || "" }
        Flow {
            Layout.fillWidth: true
            spacing: app.t.gap / 2
            Repeater {
                model: [
                    screen.g.terminal ? qsTr("Can be done at this terminal") : qsTr("Done at the service window"),
                    qsTr("Time limit: %1").arg(screen.g.limit || ""),
                    screen.g.fee ? qsTr("Fee charged") : qsTr("Free"),
                    qsTr("%n material(s)", "", screen.g.materialCount || 0)
                ]
                Rectangle {
                    width: chip.implicitWidth + app.t.gap; height: chip.implicitHeight + app.t.gap / 2
                    radius: height / 2; color: app.t.surfaceAlt
                    Text { textFormat: Text.PlainText; id: chip; anchors.centerIn: parent; text: modelData; color: app.t.text; font.pixelSize: app.t.small }
                }
            }
        }
        Flickable {
            id: flick
            objectName: "guideFlick"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: body.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            flickableDirection: Flickable.VerticalFlick
            focus: true
            activeFocusOnTab: true
            Accessible.role: Accessible.Document
            Accessible.name: qsTr("Guide text")
            ScrollBar.vertical: KScrollBar {}
            // The keypad reads the guide page by page; past either end the arrows move on to the buttons.
            Keys.onDownPressed: {
                if (atYEnd || contentHeight <= height) nextItemInFocusChain(true).forceActiveFocus()
                else contentY = Math.min(contentHeight - height, contentY + height * 0.8)
            }
            Keys.onUpPressed: {
                if (atYBeginning) nextItemInFocusChain(false).forceActiveFocus()
                else contentY = Math.max(0, contentY - height * 0.8)
            }
            Keys.onRightPressed: nextItemInFocusChain(true).forceActiveFocus()
            Keys.onLeftPressed: nextItemInFocusChain(false).forceActiveFocus()
            FocusRing {  // on the page itself, not its scrolled content
                parent: flick
                visible: flick.activeFocus
                fill: app.t.background
            }
            Column {
                id: body
                width: flick.width - app.t.gap * 1.5
                spacing: app.t.gap
                Rectangle {
                    objectName: "whereToGo"
                    visible: !screen.g.terminal
                    width: body.width
                    height: goText.implicitHeight + app.t.gap * 2
                    radius: app.t.radius
                    color: app.t.surfaceAlt
                    border.color: app.t.accent; border.width: app.t.focusWidth / 2
                    BodyText {
                        id: goText
                        objectName: "whereToGoText"
                        x: app.t.gap; y: app.t.gap
                        width: parent.width - app.t.gap * 2
                        font.bold: true
                        text: qsTr("This service is handled at the service window. Please go to: %1").arg(screen.g.whereToGo || "")
                            + (journey.slip === "printing" ? "\n" + qsTr("Printing the checklist…")
                               : journey.slip === "printed" ? "\n" + qsTr("The checklist has been printed: please take it.")
                               : journey.slip === "window" ? "\n" + qsTr("It cannot be printed here: the materials are listed below.")
                               : "")
                    }
                }
                Repeater {
                    model: screen.g.sections || []
                    Rectangle {
                        width: body.width
                        height: sec.implicitHeight + app.t.gap * 2
                        radius: app.t.radius
                        color: app.t.surface
                        border.color: app.t.border; border.width: app.t.borderWidth
                        Column {
                            id: sec
                            x: app.t.gap; y: app.t.gap
                            width: parent.width - 2 * app.t.gap
                            spacing: app.t.gap / 2
                            Text {
                                textFormat: Text.PlainText
                                text: screen.sectionTitle(modelData.key)
                                color: app.t.accent
                                font.pixelSize: app.t.body * 1.2; font.bold: true
                                Accessible.role: Accessible.Heading; Accessible.name: text
                            }
                            Repeater {
                                model: modelData.rows
                                Column {
                                    width: sec.width
                                    readonly property string label: modelData.title || screen.rowLabel(modelData.key)
                                    Text {
                                        textFormat: Text.PlainText
                                        visible: parent.label !== "" && (modelData.title !== "" && modelData.title !== undefined)
                                        width: parent.width; text: parent.label; wrapMode: Text.Wrap
                                        color: app.t.text; font.pixelSize: app.t.body; font.bold: true
                                        Accessible.role: Accessible.StaticText; Accessible.name: text
                                    }
                                    Row {
                                        width: parent.width
                                        spacing: app.t.gap / 2
                                        Text {
                                            textFormat: Text.PlainText
                                            id: lab
                                            visible: !(modelData.title) && parent.parent.label !== ""
                                            width: visible ? screen.labelWidth : 0
                                            text: parent.parent.label + (app.locale === "zh_CN" ? "：" : ":")
                                            color: app.t.muted; font.pixelSize: app.t.body; wrapMode: Text.Wrap
                                            lineHeight: app.t.lineHeight
                                            Accessible.role: Accessible.StaticText; Accessible.name: text
                                        }
                                        Text {
                                            textFormat: Text.PlainText
                                            width: parent.width - lab.width - (lab.visible ? parent.spacing : 0)
                                            text: modelData.value; wrapMode: Text.Wrap
                                            color: modelData.title ? app.t.muted : app.t.text
                                            font.pixelSize: modelData.title ? app.t.small * 1.05 : app.t.body
                                            lineHeight: app.t.lineHeight
                                            Accessible.role: Accessible.StaticText; Accessible.name: text
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: app.t.gap
            Item { Layout.fillWidth: true }
            KButton {
                objectName: "scrollDown"
                text: qsTr("Scroll down")
                onClicked: flick.contentY = Math.min(flick.contentHeight - flick.height, flick.contentY + flick.height * 0.8)
            }
            KButton {
                // 一次性告知单: what to bring, where, when and whom to call, so the resident comes once
                objectName: "printNotice"
                visible: !screen.g.terminal && !!screen.g.code
                kind: "primary"
                enabled: journey.slip !== "printing"
                text: qsTr("Print the checklist (一次性告知单)")
                description: qsTr("The materials to bring, the window, its hours and phone, on paper")
                onClicked: journey.printWindowNotice(screen.g.code)
            }
            KButton {
                objectName: "startApplication"
                visible: !!screen.g.terminal
                kind: "primary"
                text: qsTr("Start application")
                description: qsTr("Identify with your ID card and fill in one form")
                onClicked: journey.start(screen.g.code)
            }
        }
    }
}
