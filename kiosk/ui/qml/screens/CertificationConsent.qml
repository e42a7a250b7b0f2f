// 养老金资格认证: a separate consent screen in plain words, spoken in 长辈版. Saying no is never a dead end.
// Consent is an explicit act: the keypad starts on "read it to me again", never on "I agree", so an Enter
// pressed out of habit on arrival agrees to nothing.
import QtQuick
import QtQuick.Window
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("To confirm you still receive your pension, the camera takes a photo of your face. It is sent, locked, to the social insurance office for this check only. Do you agree?")
    // What "read it to me again" says: the whole explanation, not only the prompt.
    readonly property string readAloud: [frame.title, what.text, locked.text, steps.text, alternatives.text].join(" ")
    JourneyFrame {
        id: frame
        message: cert.message
        title: qsTr("May we take a photo of your face?")
        subtitle: cert.info.maskedName ? qsTr("Pensioner: %1").arg(cert.info.maskedName) : ""
        KButton {
            objectName: "certReadAgain"
            focus: true
            glyph: "↻"
            text: Window.window && Window.window.voiceCtl && Window.window.voiceCtl.enabled
                ? qsTr("Read this to me again") : qsTr("Read this to me")
            description: qsTr("Say the explanation again; this does not agree to anything")
            onClicked: {
                const voice = Window.window ? Window.window.voiceCtl : null
                if (!voice)
                    return
                if (!voice.enabled)
                    voice.toggle()  // asked to be read to: the voice stays on for the session
                voice.stop()
                voice.speak(screen.readAloud)
            }
        }
        BodyText {
            id: what
            width: parent.width
            font.bold: true
            text: qsTr("The camera takes a photo of the pensioner's face.")
        }
        BodyText {
            id: locked
            width: parent.width
            text: qsTr("The photo is locked so that only the social insurance office can open it. It is used for this yearly check only, and this terminal deletes its copy as soon as the office has received it.")
        }
        BodyText {
            id: steps
            width: parent.width
            text: qsTr("You will be asked to blink and to turn your head slowly. Take your time.")
        }
        BodyText {
            id: alternatives
            objectName: "certAlternatives"
            width: parent.width
            color: app.t.muted
            text: qsTr("If you do not agree, a member of staff can help you, or you can ask for someone to visit you at home.")
        }
        actions: [
            KButton {
                objectName: "certAgree"
                kind: "primary"
                text: qsTr("I agree")
                onClicked: cert.consent(true)
            },
            KButton {
                objectName: "certRefuse"
                text: qsTr("No, I do not agree")
                onClicked: cert.consent(false)
            }
        ]
    }
}
