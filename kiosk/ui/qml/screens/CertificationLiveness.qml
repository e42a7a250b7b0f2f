// 养老金资格认证: the guided liveness challenge. One step at a time, a large picture, the prompt spoken.
import QtQuick
import "../components"

FocusScope {
    id: screen
    readonly property string step: cert.challenge
    readonly property string stepText: step === "blink" ? qsTr("Please blink your eyes")
        : step === "turn_left" ? qsTr("Please turn your head slowly to the left")
        : step === "turn_right" ? qsTr("Please turn your head slowly to the right")
        : ""
    property string prompt: stepText !== "" ? stepText
        : qsTr("Look at the camera above the screen and press Start. Then do what the screen asks, slowly.")
    JourneyFrame {
        message: cert.message
        title: qsTr("Look at the camera")
        subtitle: cert.info.maskedName ? qsTr("Pensioner: %1").arg(cert.info.maskedName) : ""
        Rectangle {
            objectName: "certChallengePicture"
            width: parent.width
            height: app.t.target * 3.2 + app.t.heading * 2.2 + app.t.gap
            radius: app.t.radius
            color: app.t.surfaceAlt
            border.color: app.t.accent; border.width: app.t.borderWidth * 2
            Accessible.role: Accessible.Graphic
            Accessible.name: screen.stepText || qsTr("Waiting to start")
            Item {
                // a drawn face that shows what to do: eyes closing for a blink, the head turned for a turn
                id: picture
                anchors.horizontalCenter: parent.horizontalCenter
                y: app.t.gap / 2
                width: app.t.target * 3.2; height: app.t.target * 3.2
                Rectangle {
                    id: head
                    anchors.centerIn: parent
                    width: parent.width * 0.8; height: parent.height * 0.95
                    radius: width / 2
                    color: app.t.surface
                    border.color: app.t.accent; border.width: app.t.borderWidth * 3
                    transform: Rotation {
                        origin.x: head.width / 2; origin.y: head.height / 2
                        axis { x: 0; y: 1; z: 0 }
                        angle: screen.step === "turn_left" ? -28 : screen.step === "turn_right" ? 28 : 0
                        Behavior on angle { NumberAnimation { duration: 900 } }
                    }
                    Repeater {
                        model: 2
                        Rectangle {
                            id: eye
                            x: head.width * (index === 0 ? 0.28 : 0.58); y: head.height * 0.36
                            width: head.width * 0.14; height: head.width * 0.14
                            radius: width / 2
                            color: app.t.accent
                            SequentialAnimation on height {
                                running: screen.step === "blink"
                                loops: Animation.Infinite
                                NumberAnimation { to: head.width * 0.02; duration: 250 }
                                NumberAnimation { to: head.width * 0.14; duration: 250 }
                                PauseAnimation { duration: 900 }
                            }
                        }
                    }
                    Rectangle {
                        x: head.width * 0.35; y: head.height * 0.7
                        width: head.width * 0.3; height: app.t.borderWidth * 3
                        color: app.t.accent
                    }
                }
                Text {
                    textFormat: Text.PlainText
                    visible: screen.step === "turn_left" || screen.step === "turn_right"
                    anchors.verticalCenter: parent.verticalCenter
                    x: screen.step === "turn_left" ? -width - app.t.gap / 2 : parent.width + app.t.gap / 2
                    text: screen.step === "turn_left" ? "←" : "→"
                    font.pixelSize: app.t.target * 1.2; font.bold: true
                    color: app.t.accent
                }
            }
            Text {
                textFormat: Text.PlainText
                anchors.top: picture.bottom
                anchors.horizontalCenter: parent.horizontalCenter
                width: parent.width - app.t.gap * 2
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: screen.stepText || (cert.busy ? qsTr("Looking for your face…") : qsTr("Press Start when you are ready"))
                color: app.t.text; font.pixelSize: app.t.heading * 0.8; font.bold: true
            }
        }
        StepIndicator {
            visible: cert.challengeCount > 0 && cert.busy
            index: cert.challengeIndex + 1
            count: cert.challengeCount
        }
        BodyText {
            width: parent.width
            color: app.t.muted
            text: qsTr("The pensioner looks at the camera themselves. Only one face in the picture, please.")
        }
        actions: [
            KButton {
                objectName: "certStart"
                kind: "primary"
                focus: true
                enabled: !cert.busy
                text: qsTr("Start")
                description: qsTr("Start the face check")
                onClicked: cert.startLiveness()
            },
            KButton {
                objectName: "certLivenessCancel"
                enabled: !cert.busy
                text: qsTr("Cancel")
                onClicked: cert.cancel()
            }
        ]
    }
}
