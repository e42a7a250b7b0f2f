// One device: its state, a self-test in words, its own test (test page, preview, scan, card read)
// and the live raw traffic (redacted).
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    readonly property string kind: app.screenArg
    readonly property var v: tech.view
    readonly property var status: (v.devices || []).find(d => d.kind === kind) || ({})
    readonly property var result: (v.selfTests || {})[kind]
    readonly property bool testing: (v.busy || []).indexOf(kind) >= 0
    readonly property bool isCamera: kind === "document_camera" || kind === "face_camera"
    property string prompt: qsTr("%1: run the self-test or the device's own test; its raw traffic is listed below.").arg(frame.kindName(kind))
    TechFrame {
        id: frame
        title: frame.kindName(screen.kind)
        subtitle: frame.line(qsTr("State"), !screen.status.health ? qsTr("not driven by this kiosk")
            : frame.healthName(screen.status.health) + (screen.status.reason ? " — " + screen.status.reason : ""))
        RowLayout {
            width: parent.width
            spacing: app.t.gap
            KButton {
                objectName: "techSelfTest"
                focus: true
                kind: "primary"
                enabled: !screen.testing && !!screen.status.health
                text: screen.testing ? qsTr("Testing…") : qsTr("Run self-test")
                onClicked: tech.selfTest(screen.kind)
            }
            BodyText {
                objectName: "techSelfTestResult"
                Layout.fillWidth: true
                visible: !!screen.result
                font.bold: true
                color: screen.result && screen.result.passed ? app.t.ok : app.t.danger
                text: !screen.result ? "" : screen.result.error ? qsTr("Self-test could not run: %1").arg(screen.result.error)
                    : (screen.result.passed ? qsTr("Passed: %1") : qsTr("Failed: %1")).arg(screen.result.summary)
            }
        }
        Repeater {
            model: screen.result ? screen.result.steps || [] : []
            BodyText {
                width: parent.width
                text: (modelData.passed ? "✓ " : "✗ ") + modelData.step + (modelData.detail ? " — " + modelData.detail : "")
                color: modelData.passed ? app.t.text : app.t.danger
            }
        }

        // -- the device's own test -------------------------------------------------------------
        RowLayout {
            visible: screen.kind === "printer"
            width: parent.width
            spacing: app.t.gap
            KButton {
                objectName: "techTestPage"
                enabled: !(screen.v.printed || {}).busy
                text: (screen.v.printed || {}).busy ? qsTr("Printing…") : qsTr("Print test page")
                onClicked: tech.printTestPage()
            }
            BodyText {
                objectName: "techPrintResult"
                Layout.fillWidth: true
                readonly property var p: screen.v.printed || {}
                visible: p.ok !== undefined || p.error !== undefined
                color: p.ok ? app.t.ok : app.t.danger
                font.bold: true
                text: p.ok ? qsTr("Test page printed (%1)").arg(p.words) : qsTr("Not printed: %1").arg(p.words || p.error || "")
            }
        }
        RowLayout {
            visible: screen.isCamera
            width: parent.width
            spacing: app.t.gap
            Rectangle {
                Layout.preferredWidth: Math.min(480, parent.width / 2)
                Layout.preferredHeight: Layout.preferredWidth * 0.75
                color: app.t.surfaceAlt
                border.color: app.t.border; border.width: app.t.borderWidth
                Image {
                    objectName: "techCameraPreview"
                    anchors.fill: parent
                    anchors.margins: app.t.borderWidth
                    fillMode: Image.PreserveAspectFit
                    cache: false
                    source: screen.isCamera && screen.visible && (screen.v.camera || {}).width ? "image://techcam/" + screen.kind + "/" + (screen.v.frame || 0) : ""
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("Camera preview")
                }
            }
            Column {
                Layout.fillWidth: true
                spacing: app.t.gap / 2
                readonly property var c: screen.v.camera || {}
                BodyText {
                    objectName: "techFocus"
                    width: parent.width
                    text: frame.line(qsTr("Focus (sharpness)"), parent.c.focus !== undefined ? qsTr("%1 (at least %2 is sharp)").arg(parent.c.focus).arg(parent.c.focusMin) : "…")
                }
                BodyText {
                    objectName: "techBrightness"
                    width: parent.width
                    text: frame.line(qsTr("Brightness (mean grey 0–255)"), parent.c.brightness !== undefined ? parent.c.brightness : "…")
                }
                BodyText {
                    width: parent.width
                    text: frame.line(qsTr("Picture"), parent.c.width ? parent.c.width + "×" + parent.c.height : "…")
                }
                BodyText {
                    width: parent.width
                    font.bold: true
                    color: parent.c.verdict === "ok" ? app.t.ok : app.t.danger
                    text: parent.c.verdict === "ok" ? qsTr("Sharp and bright enough")
                        : parent.c.verdict === "dark" ? qsTr("Too dark: check the light and the lens")
                        : parent.c.verdict === "blurred" ? qsTr("Blurred: check the focus and the lens")
                        : parent.c.error ? qsTr("No picture: %1").arg(parent.c.error) : ""
                }
            }
        }
        Column {
            visible: screen.kind === "scanner"
            width: parent.width
            spacing: app.t.gap / 2
            readonly property var s: screen.v.scan || {}
            BodyText { width: parent.width; text: qsTr("Scan any code: what the scanner reads is shown here.") }
            BodyText {
                objectName: "techScanText"
                width: parent.width
                font.bold: true
                text: parent.s.error ? qsTr("Unreadable scan: %1").arg(parent.s.error)
                    : parent.s.credential ? qsTr("A technician code (not shown)")
                    : parent.s.length !== undefined ? frame.line(qsTr("Read"), parent.s.text) : qsTr("Nothing scanned yet")
            }
            BodyText {
                width: parent.width
                visible: parent.s.length !== undefined
                color: app.t.muted
                text: qsTr("%1, %n character(s)", "", parent.s.length || 0).arg(parent.s.symbology || "?")
            }
        }
        Column {
            visible: screen.kind === "idcard"
            width: parent.width
            spacing: app.t.gap / 2
            readonly property var c: screen.v.card || {}
            BodyText { width: parent.width; text: qsTr("Place any ID card on the reader: the read is shown masked and not kept.") }
            BodyText {
                objectName: "techCardRead"
                width: parent.width
                font.bold: true
                text: parent.c.error ? qsTr("Card could not be read: %1").arg(parent.c.error)
                    : parent.c.maskedNumber ? frame.line(qsTr("Read"), parent.c.maskedName + "  " + parent.c.maskedNumber)
                    : qsTr("No card read yet")
            }
            BodyText {
                width: parent.width
                visible: !!parent.c.maskedNumber
                color: app.t.muted
                text: qsTr("Card type %1; valid to %2; check digit %3").arg(parent.c.type || "").arg(parent.c.validTo || qsTr("long-term"))
                    .arg(parent.c.checkDigitOk ? qsTr("correct") : qsTr("WRONG"))
            }
        }

        // -- raw traffic ---------------------------------------------------------------------------
        Text {
            textFormat: Text.PlainText
            text: qsTr("Raw traffic (newest last, personal data removed)")
            color: app.t.accent; font.pixelSize: app.t.body; font.bold: true
        }
        Rectangle {
            width: parent.width
            implicitHeight: trafficCol.implicitHeight + app.t.gap
            color: app.t.surfaceAlt
            radius: app.t.radius
            Column {
                id: trafficCol
                objectName: "techTraffic"
                x: app.t.gap / 2; y: app.t.gap / 2
                width: parent.width - app.t.gap
                Repeater {
                    model: (screen.v.traffic || []).slice(-14)
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width
                        text: modelData
                        color: app.t.text
                        font.family: "monospace"
                        font.pixelSize: app.t.small
                        elide: Text.ElideRight
                    }
                }
                Text {
                    textFormat: Text.PlainText
                    visible: (screen.v.traffic || []).length === 0
                    text: qsTr("No traffic yet")
                    color: app.t.muted; font.pixelSize: app.t.small
                }
            }
        }
    }
}
