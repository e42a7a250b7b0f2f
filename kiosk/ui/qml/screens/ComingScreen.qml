// A part of the kiosk not built yet says so plainly, and offers a way on.
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("This service is not available at this terminal yet. Please ask at the service window, or call staff.")
    function what(key) {
        switch (key) {
        case "progress": return qsTr("Checking progress")
        case "complaints": return qsTr("Complaints and suggestions")
        case "apply": return qsTr("Applying at the terminal")
        }
        return qsTr("This function")
    }
    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width * 0.7
        spacing: app.t.gap * 1.5
        ScreenTitle {
            id: comingTitle
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("%1 is coming soon").arg(screen.what(app.screenArg))
        }
        BodyText {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("It is not available at this terminal yet. The service window can help you today, or press Call staff.")
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: app.t.gap
            KButton { objectName: "comingBack"; context: comingTitle.text; focus: true; text: qsTr("Back"); onClicked: app.back() }
            KButton { objectName: "comingHelp"; context: comingTitle.text; kind: "danger"; text: qsTr("Call staff"); onClicked: app.callHelp("coming") }
        }
    }
}
