// Always there once a session runs: back, home, the look and language switches, and 呼叫工作人员.
import QtQuick
import QtQuick.Layouts

Rectangle {
    id: bar
    property string screenName: ""
    height: app.t.target + app.t.gap * 1.5
    color: app.t.surface
    border.color: app.t.border
    border.width: app.t.borderWidth

    RowLayout {
        anchors.fill: parent
        anchors.margins: app.t.gap * 0.75
        spacing: app.t.gap / 2
        KButton {
            objectName: "backButton"
            visible: app.canGoBack
            text: qsTr("Back"); glyph: "‹"
            description: qsTr("Go back to the previous screen")
            onClicked: app.back()
        }
        KButton {
            objectName: "homeButton"
            text: qsTr("Home"); glyph: "⌂"
            description: qsTr("Go to the home screen")
            onClicked: app.home()
        }
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: app.terminalName
            color: app.t.muted
            font.pixelSize: app.t.small
            visible: !app.elderly
            opacity: implicitWidth <= width ? 1 : 0  // whole or not at all: a cut name helps nobody
        }
        Item { Layout.fillWidth: true; visible: app.elderly }
        KButton {
            objectName: "languageButton"
            text: app.locale === "zh_CN" ? "English" : "中文"
            description: qsTr("Switch the language")
            onClicked: app.toggleLocale()
        }
        KButton {
            objectName: "elderlyButton"
            text: app.elderly ? qsTr("Standard") : qsTr("Elderly mode")
            description: qsTr("Large print, spoken guidance and more time")
            onClicked: app.toggleElderly()
        }
        KButton {
            objectName: "contrastButton"
            text: qsTr("Contrast")
            description: qsTr("Switch high contrast on or off")
            Accessible.checkable: true
            Accessible.checked: app.theme === "high_contrast"
            onClicked: app.toggleHighContrast()
        }
        KButton {
            objectName: "finishButton"
            // ends the session: marked apart from the switches beside it (a cross, a red outline)
            text: qsTr("Finish"); glyph: "✕"
            border.color: activeFocus ? app.t.focus : app.t.danger
            border.width: activeFocus ? app.t.focusWidth : app.t.borderWidth * 2
            description: qsTr("End and clear this session")
            onClicked: app.finish()
        }
        KButton {
            objectName: "helpButton"
            kind: "danger"
            text: qsTr("Call staff")
            description: qsTr("Ask a member of staff to come and help")
            onClicked: app.callHelp(bar.screenName)
        }
    }
}
