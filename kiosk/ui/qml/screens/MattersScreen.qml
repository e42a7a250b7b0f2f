// The matters in one topic, life event or department.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Choose a service to read its guide.")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: app.t.gap * 1.5
        spacing: app.t.gap
        ScreenTitle { Layout.fillWidth: true; text: catalog.listTitle }
        BodyText {
            Layout.fillWidth: true
            visible: catalog.listDescription !== ""
            text: catalog.listDescription
            color: app.t.muted
        }
        BodyText {
            Layout.fillWidth: true
            visible: list.count === 0
            text: qsTr("No services here yet.")
        }
        KButton {
            // 一件事一次办: one form and one set of materials for every matter of the life event.
            objectName: "startBundle"
            focus: visible  // the keypad lands here first
            visible: catalog.bundleApplicable
            kind: "primary"
            text: qsTr("Apply for all of these at once")
            description: qsTr("One application, one form and one set of materials for the whole life event")
            onClicked: journey.startBundle(catalog.listCode)
        }
        ListView {
            id: list
            focus: !catalog.bundleApplicable  // the keypad lands on the first service
            ScrollBar.vertical: KScrollBar {}
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: app.t.gap / 2
            model: catalog.matterModel
            boundsBehavior: Flickable.StopAtBounds
            delegate: KButton {
                objectName: "matter_" + model.code
                focus: index === 0
                width: list.width - app.t.gap
                height: Math.max(app.t.target * 1.3, info.implicitHeight + app.t.gap * 1.5)
                showLabel: false
                text: model.name
                description: model.typeLabel + ", " + (model.terminal ? qsTr("can be done at this terminal") : qsTr("done at the service window"))
                onClicked: { catalog.openGuide(model.code); app.go("guide") }
                Column {
                    id: info
                    anchors.left: parent.left; anchors.right: badge.left
                    anchors.margins: app.t.gap
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 2
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width; text: model.name; color: app.t.text; font.pixelSize: app.t.body * 1.1; font.bold: true; wrapMode: Text.Wrap
                        lineHeightMode: Text.FixedHeight; lineHeight: Math.ceil(font.pixelSize * app.t.lineHeight)
                    }
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width
                        text: model.typeLabel + " · " + qsTr("Time limit: %1").arg(model.limit) + " · " + (model.fee ? qsTr("Fee charged") : qsTr("Free"))
                        color: app.t.muted; font.pixelSize: app.t.small; wrapMode: Text.Wrap
                    }
                }
                Rectangle {
                    id: badge
                    anchors.right: parent.right; anchors.rightMargin: app.t.gap
                    anchors.verticalCenter: parent.verticalCenter
                    width: badgeText.implicitWidth + app.t.gap; height: badgeText.implicitHeight + app.t.gap / 2
                    radius: height / 2
                    color: model.terminal ? app.t.ok : app.t.surfaceAlt
                    border.color: app.t.border; border.width: model.terminal ? 0 : 1
                    Text {
                        textFormat: Text.PlainText
                        id: badgeText
                        anchors.centerIn: parent
                        text: model.terminal ? qsTr("At this terminal") : qsTr("At the window")
                        color: model.terminal ? app.t.surface : app.t.text
                        font.pixelSize: app.t.small
                    }
                }
            }
        }
    }
}
