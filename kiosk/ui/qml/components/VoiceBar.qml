// Spoken guidance controls (ADA §707: repeat, interrupt, volume; plus pace). The on/off switch is
// always shown so standard-mode residents can turn voice on; the rest appear once it is on.
// One row: where the row is wider than the window (长辈版 English on a portrait panel), the six
// controls fold behind one "Voice settings" button that opens them in a panel above the bar.
// Needs the `voice` context property (kiosk/ui/voice.py VoiceController).
import QtQuick

Item {
    id: bar
    objectName: "voiceBar"
    property real availableWidth: 0   // the strip's width (Main.qml)
    readonly property real spacing: app.t.gap / 2
    readonly property real controlsWidth: {
        let sum = 0
        for (const b of [voiceRepeat, voiceStop, voiceSofter, voiceLouder, voiceSlower, voiceFaster])
            sum += b.implicitWidth
        return sum + 5 * spacing
    }
    readonly property bool folded: voice.enabled
        && toggle.implicitWidth + spacing + controlsWidth > availableWidth
    property bool open: false
    onFoldedChanged: open = false
    implicitWidth: strip.implicitWidth
    implicitHeight: strip.implicitHeight

    Connections {  // a new screen closes the panel: it never hides the next screen's content
        target: app
        function onScreenChanged() { bar.open = false }
    }

    Row {
        id: strip
        spacing: bar.spacing
        KButton {
            id: toggle
            objectName: "voiceToggle"
            kind: voice.enabled ? "primary" : "secondary"
            glyph: "♪"
            text: voice.enabled ? qsTr("Voice: on") : qsTr("Voice: off")
            description: qsTr("Turn spoken guidance on or off")
            Accessible.checkable: true
            Accessible.checked: voice.enabled
            onClicked: voice.toggle()
        }
        KButton {
            objectName: "voiceMore"
            visible: bar.folded
            glyph: bar.open ? "▾" : "▴"
            text: qsTr("Voice settings")
            description: qsTr("Repeat, stop, volume and pace of the voice")
            Accessible.checkable: true
            Accessible.checked: bar.open
            onClicked: bar.open = !bar.open
        }
        Item {  // where the controls sit when they fit in the row
            id: inlineSlot
            visible: voice.enabled && !bar.folded
            width: controls.implicitWidth
            height: controls.implicitHeight
        }
    }

    Rectangle {
        id: panel
        objectName: "voicePanel"
        visible: bar.folded && bar.open
        anchors.bottom: strip.top
        anchors.bottomMargin: app.t.gap
        width: controls.implicitWidth + 2 * app.t.gap
        height: controls.implicitHeight + 2 * app.t.gap
        radius: app.t.radius
        color: app.t.surface
        border.color: app.t.border; border.width: Math.max(app.t.borderWidth, 2)
    }

    Grid {
        id: controls
        parent: bar.folded ? panel : inlineSlot
        x: bar.folded ? app.t.gap : 0
        y: bar.folded ? app.t.gap : 0
        spacing: bar.spacing
        // in the panel: as many to a row as the window holds
        columns: bar.folded ? Math.max(1, Math.floor((bar.availableWidth - 2 * app.t.gap + spacing)
                                                      / (widest + spacing))) : 6
        readonly property real widest: Math.max(voiceRepeat.implicitWidth, voiceStop.implicitWidth,
            voiceSofter.implicitWidth, voiceLouder.implicitWidth, voiceSlower.implicitWidth,
            voiceFaster.implicitWidth)

        KButton {
            id: voiceRepeat
            objectName: "voiceRepeat"
            glyph: "↻"
            text: qsTr("Repeat")
            description: qsTr("Say this screen's guidance again")
            onClicked: voice.repeat()
        }
        KButton {
            id: voiceStop
            objectName: "voiceStop"
            glyph: "■"
            text: qsTr("Stop")
            description: qsTr("Stop speaking")
            onClicked: voice.stop()
        }
        KButton {
            id: voiceSofter
            objectName: "voiceSofter"
            enabled: voice.volume > 0.21
            glyph: "−"
            text: qsTr("Softer")
            description: qsTr("Volume %1 of 10. Make the voice quieter").arg(Math.round(voice.volume * 10))
            onClicked: voice.volumeDown()
        }
        KButton {
            id: voiceLouder
            objectName: "voiceLouder"
            enabled: voice.volume < 0.99
            glyph: "+"
            text: qsTr("Louder")
            description: qsTr("Volume %1 of 10. Make the voice louder").arg(Math.round(voice.volume * 10))
            onClicked: voice.volumeUp()
        }
        KButton {
            id: voiceSlower
            objectName: "voiceSlower"
            glyph: "«"
            text: qsTr("Slower")
            description: qsTr("Speak more slowly")
            onClicked: voice.rateDown()
        }
        KButton {
            id: voiceFaster
            objectName: "voiceFaster"
            glyph: "»"
            text: qsTr("Faster")
            description: qsTr("Speak more quickly")
            onClicked: voice.rateUp()
        }
    }
}
