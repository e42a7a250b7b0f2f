import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Home. Choose Services to apply, or check the progress of an application.")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: app.t.gap * 1.5
        spacing: app.t.gap
        ScreenTitle { objectName: "homeTitle"; Layout.fillWidth: true; text: qsTr("How can we help you today?") }
        RowLayout {
            // the search box, and the two errands that bring most elderly residents here
            Layout.fillWidth: true
            spacing: app.t.gap
            KButton {
                objectName: "searchBox"
                Layout.fillWidth: true; Layout.preferredWidth: 1
                text: qsTr("Search services (Chinese or pinyin)")
                kind: "secondary"
                onClicked: app.go("search")
            }
            KButton {
                objectName: "certificationTile"
                Layout.fillWidth: true; Layout.preferredWidth: 1
                glyph: "认"
                text: qsTr("Pension check")
                description: qsTr("The yearly pension eligibility certification, with your face")
                enabled: typeof cert !== "undefined" && cert !== null
                onClicked: cert.startCertification()
            }
            KButton {
                objectName: "homeVisitTile"
                Layout.fillWidth: true; Layout.preferredWidth: 1
                glyph: "访"
                text: qsTr("Home visit")
                description: qsTr("Staff visit someone who cannot come")
                enabled: typeof cert !== "undefined" && cert !== null
                onClicked: cert.startHomeVisit()
            }
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: 3
            rowSpacing: app.t.gap
            columnSpacing: app.t.gap
            KButton {
                id: firstTile
                objectName: "servicesTile"
                focus: true
                Layout.fillWidth: true; Layout.fillHeight: true
                Layout.preferredWidth: 1; Layout.preferredHeight: 1
                vertical: true; kind: "primary"; glyph: "办"
                text: qsTr("Services")
                subtext: qsTr("Apply for a matter, read its guide")
                onClicked: app.go("catalog")
            }
            KButton {
                objectName: "progressTile"
                Layout.fillWidth: true; Layout.fillHeight: true
                Layout.preferredWidth: 1; Layout.preferredHeight: 1
                vertical: true; glyph: "查"
                text: qsTr("Check progress")
                subtext: qsTr("With your ID card or receipt")
                onClicked: app.go("progress")
            }
            KButton {
                objectName: "complaintsTile"
                Layout.fillWidth: true; Layout.fillHeight: true
                Layout.preferredWidth: 1; Layout.preferredHeight: 1
                vertical: true; glyph: "诉"
                text: qsTr("Complaints and suggestions")
                subtext: qsTr("Handled at once")
                onClicked: app.go("complaints")
            }
            KButton {
                objectName: "elderlyTile"
                context: subtext  // the top bar has a button of the same words
                Layout.fillWidth: true; Layout.fillHeight: true
                Layout.preferredWidth: 1; Layout.preferredHeight: 1
                vertical: true; glyph: "长"
                text: app.elderly ? qsTr("Standard mode") : qsTr("Elderly mode")
                subtext: app.elderly ? qsTr("Back to normal print") : qsTr("Large print, voice, more time")
                onClicked: app.toggleElderly()
            }
            KButton {
                objectName: "languageTile"
                context: subtext  // the top bar has a button of the same words
                Layout.fillWidth: true; Layout.fillHeight: true
                Layout.preferredWidth: 1; Layout.preferredHeight: 1
                vertical: true; glyph: app.locale === "zh_CN" ? "A" : "中"
                text: app.locale === "zh_CN" ? "English" : "中文"
                subtext: qsTr("Change the language")
                onClicked: app.toggleLocale()
            }
            KButton {
                objectName: "helpTile"
                context: subtext  // the top bar has a button of the same words
                Layout.fillWidth: true; Layout.fillHeight: true
                Layout.preferredWidth: 1; Layout.preferredHeight: 1
                vertical: true; kind: "danger"; glyph: "帮"
                text: qsTr("Call staff")
                subtext: qsTr("Someone will come to help you")
                onClicked: app.callHelp("home")
            }
        }
    }
}
