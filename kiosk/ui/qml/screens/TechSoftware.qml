// Software and catalog versions, and the newest warnings and errors from the log (redacted).
import QtQuick
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    readonly property var ver: tech.view.versions || {}
    readonly property var errs: tech.view.errors
    property string prompt: qsTr("Software and catalog versions, and the recent errors from the log.")
    TechFrame {
        id: frame
        title: qsTr("Software and errors")
        BodyText { objectName: "techAppVersion"; width: parent.width; text: frame.line(qsTr("Kiosk software"), screen.ver.app || "") }
        BodyText { objectName: "techCatalogVersion"; width: parent.width; text: frame.line(qsTr("Service catalog"), screen.ver.catalog || qsTr("none")) }
        BodyText {
            width: parent.width
            color: app.t.muted
            text: "Python " + (screen.ver.python || "") + " · Qt " + (screen.ver.qt || "") + " · " + (screen.ver.os || "") + " · " + (screen.ver.kernel || "")
        }
        BodyText {
            objectName: "techCrashes"
            width: parent.width
            readonly property var sys: tech.view.system || {}
            color: sys.crashes ? app.t.danger : app.t.text
            text: frame.line(qsTr("Unclean exits (crashes)"), (sys.crashes || 0)
                + (sys.crashes ? qsTr(", last %1").arg(frame.age(sys.lastCrashAgeS)) : ""))
        }
        BodyText {
            objectName: "techUps"
            width: parent.width
            readonly property var ups: (tech.view.system || {}).ups || {}
            function stateName(state) {
                switch (state) {
                case "online": return qsTr("on mains")
                case "on_battery": return qsTr("ON BATTERY")
                case "low_battery": return qsTr("BATTERY LOW")
                }
                return qsTr("not answering")
            }
            color: ups.state && ups.state !== "online" ? app.t.danger : app.t.text
            text: frame.line(qsTr("UPS"), !ups.configured ? qsTr("none configured")
                : !ups.state ? qsTr("no reading yet")
                : stateName(ups.state) + (ups.charge >= 0 ? qsTr(", battery %1%").arg(Math.round(ups.charge)) : "")
                    + (ups.runtimeS >= 0 ? qsTr(", about %1 min left").arg(Math.round(ups.runtimeS / 60)) : ""))
        }
        Text {
            textFormat: Text.PlainText
            text: qsTr("Recent warnings and errors (newest first)")
            color: app.t.accent; font.pixelSize: app.t.body; font.bold: true
        }
        BodyText {
            width: parent.width
            visible: !screen.errs || screen.errs.length === 0
            text: !screen.errs ? qsTr("Reading the log…") : qsTr("None in the recent log.")
        }
        Repeater {
            objectName: "techErrors"
            model: screen.errs || []
            Column {
                width: parent.width
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: modelData.at + "  " + modelData.level + "  " + modelData.logger
                    color: modelData.level === "WARNING" ? app.t.muted : app.t.danger
                    font.pixelSize: app.t.small; font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: modelData.message
                    color: app.t.text
                    font.pixelSize: app.t.small
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                }
            }
        }
        actions: [
            KButton {
                objectName: "techReadLog"
                focus: true
                text: qsTr("Read the log again")
                onClicked: tech.refreshErrors()
            }
        ]
    }
}
