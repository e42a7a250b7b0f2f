// One card per material the guide lists: scan, e-licence QR, the card just read, 容缺 or 告知承诺.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Hand in each material: place it under the document camera and press Scan, or use one of the other ways shown.")
    property string committing: ""   // the material whose 告知承诺 panel is open
    function status(m) {
        switch (m.disposition) {
        case "scanned": return qsTr("Scanned: %n page(s)", "", m.pages)
        case "elicense": return qsTr("E-licence recorded (%1)").arg(m.elicense_number || "")
        case "reused": return qsTr("Copy from an earlier application")
        case "deferred": return qsTr("To be handed in later (容缺), by %1").arg(m.due_date)
        case "promised": return qsTr("Replaced by your signed commitment (告知承诺)")
        }
        if (m.asked === false) return m.supply_text
        return m.required ? qsTr("Required, not handed in yet") : qsTr("Optional")
    }
    function verdictText(v) {
        switch (v) {
        case "": case "ok": return ""
        case "camera_offline": return qsTr("The document camera is not working.")
        case "page_not_found": return qsTr("No page found: place the whole page under the camera.")
        case "blurred": return qsTr("The picture is blurred: hold the page still and scan again.")
        case "too_dark": return qsTr("Too dark: move the page somewhere brighter and scan again.")
        }
        return qsTr("The page could not be read well (%1): please retake it.").arg(v)
    }

    // Each action makes a new list (journey.materials), so the card that had the keypad's focus is
    // rebuilt without it. The focus goes on from where it was: to the next material still to hand in when
    // this one is done, else back to the same control of the same card; never to the top of the list.
    property string focusCode: ""    // the material whose control had the focus last
    property string focusName: ""    // that control's objectName ("" for one without)
    property bool focusWasDone: false
    function cardOf(item) {
        for (let p = item; p; p = p.parent)
            if (p.m !== undefined && p.objectName === "material_" + (p.m ? p.m.code : ""))
                return p
        return null
    }
    function firstControl(item) {
        for (const child of item.children) {
            if (!child.visible || !child.enabled)
                continue
            if (child.activeFocusOnTab && child.width > 0)
                return child
            const inner = firstControl(child)
            if (inner)
                return inner
        }
        return null
    }
    function named(item, name) {
        for (const child of item.children) {
            if (child.objectName === name && child.visible && child.enabled)
                return child
            const inner = named(child, name)
            if (inner)
                return inner
        }
        return null
    }
    function keepFocus() {
        const window = screen.Window.window
        const now = window ? window.activeFocusItem : null
        if (!screen.visible || screen.focusCode === "" || (now && now.activeFocusOnTab && now.visible))
            return  // the focus was not lost with the old list
        let index = -1
        for (let i = 0; i < cards.count; ++i)
            if (cards.itemAt(i) && cards.itemAt(i).m.code === screen.focusCode)
                index = i
        if (index < 0)
            return
        const card = cards.itemAt(index)
        let goal = null
        if (card.m.disposition && !screen.focusWasDone) {
            for (let step = 1; step < cards.count && !goal; ++step) {
                const next = cards.itemAt((index + step) % cards.count)
                if (next && !next.m.disposition && next.m.asked !== false)
                    goal = firstControl(next)
            }
            if (!goal)
                goal = continueButton
        } else {
            goal = (screen.focusName !== "" && named(card, screen.focusName)) || firstControl(card)
        }
        if (!goal)
            return
        // the new cards are laid out at the next frame: now, so the focus is scrolled to where it will be
        for (let p = goal.parent; p; p = p.parent)
            if (typeof p.forceLayout === "function")
                p.forceLayout()
        goal.forceActiveFocus()
    }
    Connections {
        target: screen.Window.window
        function onActiveFocusItemChanged() {
            const item = screen.Window.window.activeFocusItem
            const card = item ? screen.cardOf(item) : null
            if (!card)
                return
            screen.focusCode = card.m.code
            screen.focusName = item.objectName
            screen.focusWasDone = !!card.m.disposition
        }
    }
    Connections {
        target: journey
        function onMaterialsChanged() { Qt.callLater(screen.keepFocus) }
    }

    JourneyFrame {
        title: qsTr("Hand in the materials")
        subtitle: qsTr("Only the materials this service asks for are listed.")
        Image {
            id: preview
            objectName: "documentPreview"
            visible: journey.previewAvailable
            property int tick: 0
            width: parent.width; height: Math.min(parent.width, app.t.target * 6) * 0.75   // the picture fits centred
            asynchronous: true
            cache: false
            fillMode: Image.PreserveAspectFit
            source: visible ? "image://journeycam/document/" + tick : ""
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("What the document camera sees")
            Timer {
                interval: 400; repeat: true
                running: preview.visible && screen.visible
                onTriggered: if (preview.status !== Image.Loading) preview.tick += 1
            }
        }
        Repeater {
            id: cards
            model: journey.materials
            Rectangle {
                id: card
                readonly property var m: modelData
                objectName: "material_" + m.code
                width: parent.columnWidth
                height: col.implicitHeight + app.t.gap * 1.5
                radius: app.t.radius
                color: app.t.surface
                border.color: m.disposition ? app.t.ok : (m.required ? app.t.accent : app.t.border)
                border.width: app.t.borderWidth * 2
                Column {
                    id: col
                    x: app.t.gap * 0.75; y: app.t.gap * 0.75
                    width: parent.width - app.t.gap * 1.5
                    spacing: app.t.gap / 2
                    BodyText { width: parent.width; text: card.m.name; font.bold: true }
                    BodyText {
                        width: parent.width
                        text: (card.m.disposition ? "✓ " : "") + screen.status(card.m)
                        color: card.m.disposition ? app.t.ok : app.t.muted
                    }
                    BodyText {
                        width: parent.width
                        visible: text !== ""
                        text: screen.verdictText(card.m.verdict)
                        color: app.t.danger
                    }
                    Repeater {  // held from an earlier application of this resident: no new paper
                        model: card.m.disposition ? [] : (card.m.previous || []).slice(0, 1)
                        Rectangle {
                            width: col.width
                            height: reuseCol.implicitHeight + app.t.gap
                            radius: app.t.radius; color: app.t.surfaceAlt
                            border.color: app.t.accent; border.width: app.t.borderWidth
                            Column {
                                id: reuseCol
                                x: app.t.gap / 2; y: app.t.gap / 2
                                width: parent.width - app.t.gap
                                spacing: app.t.gap / 3
                                BodyText {
                                    width: parent.width
                                    text: qsTr("You handed this in with application %1. It can be used again: no new copy is needed.").arg(modelData.acceptanceNo)
                                }
                                KButton {
                                    objectName: "reuse_" + card.m.code
                                    context: card.m.name
                                    kind: "primary"
                                    text: qsTr("Use the copy from %1").arg(modelData.date)
                                    description: qsTr("Use the copy held from your earlier application instead of handing in paper again")
                                    onClicked: journey.reuse(card.m.code, modelData.applicationId, modelData.materialId)
                                }
                            }
                        }
                    }
                    Column {
                        id: typed
                        visible: journey.qrTarget === card.m.code
                        width: parent.width
                        spacing: app.t.gap / 3
                        property string type: card.m.elicense_labels.length ? card.m.elicense_labels[0].value : ""
                        BodyText {
                            width: parent.width
                            text: qsTr("Show the e-licence QR code on your phone to the scanner now, or type its details.")
                            color: app.t.accent; font.bold: true
                        }
                        Flow {
                            width: parent.width
                            spacing: app.t.gap / 3
                            Repeater {
                                model: card.m.elicense_labels
                                KButton {
                                    text: modelData.label
                                    context: card.m.name
                                    selectable: true
                                    kind: typed.type === modelData.value ? "primary" : "secondary"
                                    onClicked: typed.type = modelData.value
                                }
                            }
                        }
                        // each field's name stays above it while typing (a placeholder goes with the first letter)
                        BodyText { width: parent.width; font.bold: true; text: elNumber.label }
                        JourneyField { id: elNumber; objectName: "elNumber_" + card.m.code; label: qsTr("Licence number"); placeholderText: label }
                        BodyText { width: parent.width; font.bold: true; text: elRef.label }
                        JourneyField { id: elRef; objectName: "elRef_" + card.m.code; label: qsTr("Verification code"); placeholderText: label }
                        KButton {
                            objectName: "elTyped_" + card.m.code
                            context: card.m.name
                            text: qsTr("Use these details")
                            onClicked: journey.elicenseTyped(card.m.code, typed.type, elNumber.text, elRef.text)
                        }
                    }
                    Flow {
                        visible: card.m.asked !== false  // generated here or shared: nothing to do
                        width: parent.width
                        spacing: app.t.gap / 2
                        KButton {
                            objectName: "scan_" + card.m.code
                            readonly property bool working: journey.scanning === card.m.code
                            context: card.m.name
                            kind: card.m.disposition ? "secondary" : "primary"
                            enabled: !journey.busy || working
                            // the page is straightened on a worker: the button says so at once
                            text: working ? qsTr("Taking the picture… hold the page still")
                                : card.m.pages > 0 ? qsTr("Scan another page") : qsTr("Scan")
                            glyph: working ? "⏳" : ""
                            description: qsTr("Place the page under the document camera first")
                            onClicked: journey.scanStart(card.m.code)
                        }
                        KButton {
                            visible: card.m.pages > 0
                            text: qsTr("Retake last page")
                            onClicked: journey.retake(card.m.code)
                        }
                        KButton {
                            objectName: "elicense_" + card.m.code
                            context: card.m.name
                            visible: card.m.elicense_types.filter(t => t !== "resident_id").length > 0
                            text: qsTr("E-licence QR")
                            description: qsTr("Use an electronic licence instead of paper (免证办)")
                            onClicked: journey.expectQr(card.m.code)
                        }
                        KButton {
                            objectName: "cardRead_" + card.m.code
                            context: card.m.name
                            visible: !!card.m.cardRead
                            text: qsTr("Use the card just read")
                            onClicked: journey.useCardRead(card.m.code)
                        }
                        KButton {
                            objectName: "defer_" + card.m.code
                            context: card.m.name
                            visible: card.m.deferrable
                            text: qsTr("Hand in later (by %1)").arg(card.m.latest_due || "")
                            description: qsTr("容缺: the application goes ahead; bring this material by the date shown")
                            onClicked: journey.defer(card.m.code)
                        }
                        KButton {
                            objectName: "promise_" + card.m.code
                            context: card.m.name
                            visible: card.m.commitment_allowed
                            text: qsTr("Sign a commitment instead")
                            description: qsTr("告知承诺: read the notice and the liability, then sign")
                            onClicked: screen.committing = card.m.code
                        }
                        KButton {
                            objectName: "restart_" + card.m.code
                            context: card.m.name
                            visible: !!card.m.disposition
                            kind: "quiet"
                            text: qsTr("Start this material again")
                            onClicked: journey.clearMaterial(card.m.code)
                        }
                    }
                    Column {
                        // hidden by the recorded promise too: the confirm handler's delegate is rebuilt under it
                        visible: screen.committing === card.m.code && card.m.disposition !== "promised"
                        width: parent.width
                        spacing: app.t.gap / 2
                        BodyText { width: parent.width; font.bold: true; text: qsTr("Notice (告知)") }
                        BodyText { width: parent.width; text: (card.m.notice || []).join("\n") }
                        BodyText { width: parent.width; font.bold: true; text: qsTr("Liability (法律责任)") }
                        BodyText { width: parent.width; text: (card.m.liability || []).join("\n") }
                        JourneySignPad { id: cpad; objectName: "commitPad_" + card.m.code; width: parent.width }
                        Flow {
                            width: parent.width
                            spacing: app.t.gap / 2
                            KButton {
                                objectName: "commitConfirm_" + card.m.code
                                context: card.m.name
                                kind: "primary"
                                text: qsTr("I have read it, I commit and sign")
                                onClicked: if (journey.promise(card.m.code, cpad.strokes, cpad.width, cpad.height, true)) screen.committing = ""
                            }
                            KButton { text: qsTr("Clear"); onClicked: cpad.clear() }
                            KButton { text: qsTr("Close"); onClicked: screen.committing = "" }
                        }
                    }
                }
            }
        }
        actions: [
            KButton {
                id: continueButton
                objectName: "materialsContinue"
                kind: "primary"
                text: qsTr("Continue")
                description: qsTr("All required materials handed in: go on to sign")
                onClicked: journey.finishMaterials()
            },
            KButton { objectName: "materialsBack"; text: qsTr("Back to the form"); onClicked: journey.backTo("form") }
        ]
    }
}
