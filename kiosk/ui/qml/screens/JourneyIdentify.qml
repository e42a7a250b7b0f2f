// Step 1: the ID card. The reader's events arrive through the journey controller; this only explains.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    readonly property var suggestions: journey.suggestions || []
    readonly property bool suggesting: suggestions.length > 0
    property string prompt: suggesting
        ? qsTr("Your card has been read. You may also need: %1. Choose one, or continue.").arg(suggestions.map(function (s) { return s.name }).join("、"))
        : qsTr("Please place your second-generation ID card on the reader below the screen.")
    JourneyFrame {
        id: frame
        title: screen.suggesting ? qsTr("You may also need (您可能需要办理)")
            : journey.wantsProxy && app.elderly ? qsTr("First place your own ID card on the reader")
            : journey.wantsProxy ? qsTr("Place the agent's ID card on the reader") : qsTr("Place your ID card on the reader")
        // The suggestions' intro stands above the scrolling list, so no focused item scrolls it away
        // (长辈版's large print fills the page); the applied-for matter is named on "Continue with".
        subtitle: screen.suggesting
            ? qsTr("Your card has been read. Based on your age, these may be due. Nothing about this is saved.")
            : (journey.info.bundle || (journey.info.matters || []).join("、"))
        Column {
            // up to three matters the card suggests; judged in memory, nothing is kept
            objectName: "suggestionsPanel"
            width: parent.width
            visible: screen.suggesting
            spacing: app.t.gap / 2
            Repeater {
                model: screen.suggestions
                Column {
                    width: parent.width
                    spacing: app.t.gap / 4
                    KButton {
                        objectName: "suggestion_" + index
                        width: parent.width
                        text: modelData.name
                        description: modelData.reason
                        onClicked: journey.startSuggested(index)
                    }
                    BodyText { width: parent.width; color: app.t.muted; text: modelData.reason }
                }
            }
        }
        BodyText {
            width: parent.width
            visible: !screen.suggesting
            text: qsTr("Lay the card flat on the reader below the screen and keep it there until you hear a beep.")
        }
        BodyText {
            width: parent.width
            visible: journey.wantsProxy
            text: app.elderly ? qsTr("You are helping a family member. After your card, place their ID card on the reader: nothing needs typing.")
                : qsTr("You are applying for someone else (代办). After your card, you will enter their details and scan the letter of authorization.")
        }
        Rectangle {
            visible: !screen.suggesting
            width: parent.width; height: Math.max(reader.implicitHeight, app.t.target * 2.2) + app.t.gap
            radius: app.t.radius; color: app.t.surfaceAlt
            border.color: app.t.accent; border.width: app.t.borderWidth * 2
            ReaderPicture {
                id: reader
                x: app.t.gap / 2
                anchors.verticalCenter: parent.verticalCenter
                width: implicitWidth; height: implicitHeight
                // larger only with half the room left beside six targets' worth for the rest
                size: Math.max(1, Math.min(3, (frame.pageHeight - app.t.target * 6) / 2 / baseHeight))
                cardOn: journey.cardOnReader
            }
            Text {
                textFormat: Text.PlainText
                anchors.left: reader.right; anchors.right: parent.right
                anchors.margins: app.t.gap / 2
                anchors.verticalCenter: parent.verticalCenter
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: journey.cardOnReader ? qsTr("Reading the ID card…") : qsTr("Waiting for the ID card…")
                color: app.t.accent; font.pixelSize: app.t.heading * 0.8; font.bold: true
            }
        }
        KButton {
            // 长辈版: helping a family member is one large choice, not a small option
            objectName: "identifyFamily"
            focus: visible
            visible: app.elderly && !!journey.info.proxyAllowed && !screen.suggesting
            width: parent.width
            vertical: true
            selectable: true
            kind: journey.wantsProxy ? "primary" : "secondary"
            text: (journey.wantsProxy ? "✓ " : "") + qsTr("I am helping a family member")
            subtext: journey.wantsProxy ? qsTr("Chosen. Press again to apply for yourself") : qsTr("Your ID card first, then theirs")
            description: qsTr("A family member applies for an elderly resident, with both ID cards")
            Accessible.checkable: true
            Accessible.checked: journey.wantsProxy
            onClicked: journey.setProxy(!journey.wantsProxy)
        }
        actions: [
            KButton {
                objectName: "suggestionsContinue"
                kind: "primary"
                visible: screen.suggesting
                text: qsTr("Continue with %1").arg(journey.info.bundle || (journey.info.matters || []).join("、"))
                onClicked: journey.dismissSuggestions()
            },
            KButton {
                objectName: "identifyCancel"
                text: qsTr("Cancel")
                description: qsTr("Leave this application; nothing is kept")
                onClicked: journey.cancel()
            },
            KButton {
                objectName: "identifyProxy"
                focus: visible
                visible: !!journey.info.proxyAllowed && !screen.suggesting && !app.elderly
                text: journey.wantsProxy ? qsTr("Apply for myself") : qsTr("Apply for someone else")
                description: qsTr("An agent (代办) applies for a family member or a client")
                onClicked: journey.setProxy(!journey.wantsProxy)
            }
        ]
    }
}
