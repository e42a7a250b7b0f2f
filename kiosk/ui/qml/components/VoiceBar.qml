// Spoken guidance controls (ADA §707: repeat, interrupt, volume; plus pace). The on/off switch is
// always shown so standard-mode residents can turn voice on; the rest appear once it is on.
// Needs the `voice` context property (kiosk/ui/voice.py VoiceController).
import QtQuick

Row {
    id: bar
    objectName: "voiceBar"
    spacing: app.t.gap / 2

    KButton {
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
        objectName: "voiceRepeat"
        visible: voice.enabled
        glyph: "↻"
        text: qsTr("Repeat")
        description: qsTr("Say this screen's guidance again")
        onClicked: voice.repeat()
    }
    KButton {
        objectName: "voiceStop"
        visible: voice.enabled
        glyph: "■"
        text: qsTr("Stop")
        description: qsTr("Stop speaking")
        onClicked: voice.stop()
    }
    KButton {
        objectName: "voiceSofter"
        visible: voice.enabled
        enabled: voice.volume > 0.21
        glyph: "−"
        text: qsTr("Softer")
        description: qsTr("Volume %1 of 10. Make the voice quieter").arg(Math.round(voice.volume * 10))
        onClicked: voice.volumeDown()
    }
    KButton {
        objectName: "voiceLouder"
        visible: voice.enabled
        enabled: voice.volume < 0.99
        glyph: "+"
        text: qsTr("Louder")
        description: qsTr("Volume %1 of 10. Make the voice louder").arg(Math.round(voice.volume * 10))
        onClicked: voice.volumeUp()
    }
    KButton {
        objectName: "voiceSlower"
        visible: voice.enabled
        glyph: "«"
        text: qsTr("Slower")
        description: qsTr("Speak more slowly")
        onClicked: voice.rateDown()
    }
    KButton {
        objectName: "voiceFaster"
        visible: voice.enabled
        glyph: "»"
        text: qsTr("Faster")
        description: qsTr("Speak more quickly")
        onClicked: voice.rateUp()
    }
}
