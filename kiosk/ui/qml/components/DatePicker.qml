// A date picker with large targets and no tiny calendar grid: year, month and day each with a large
// "earlier" and "later" key (and ten years at a time), every key named and reachable by keypad.
import QtQuick
import QtQuick.Layouts

FocusScope {
    id: picker
    property string label: ""
    property int year: new Date().getFullYear()
    property int month: new Date().getMonth() + 1
    property int day: new Date().getDate()
    property int minYear: 1900
    property int maxYear: new Date().getFullYear() + 30
    signal accepted(string value)
    signal cancelled()
    implicitWidth: col.implicitWidth
    implicitHeight: col.implicitHeight

    readonly property string value: year + "-" + (month < 10 ? "0" : "") + month + "-" + (day < 10 ? "0" : "") + day

    function daysIn(y, m) { return new Date(y, m, 0).getDate() }
    function load(text) {
        const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text || "")
        const now = new Date()
        year = m ? Number(m[1]) : now.getFullYear()
        month = m ? Math.min(12, Math.max(1, Number(m[2]))) : now.getMonth() + 1
        day = m ? Math.max(1, Number(m[3])) : now.getDate()
        day = Math.min(day, daysIn(year, month))
    }
    function addYears(n) {
        year = Math.min(maxYear, Math.max(minYear, year + n))
        day = Math.min(day, daysIn(year, month))
    }
    function addMonths(n) {
        month = ((month - 1 + n) % 12 + 12) % 12 + 1
        day = Math.min(day, daysIn(year, month))
    }
    function addDays(n) {
        const last = daysIn(year, month)
        day = ((day - 1 + n) % last + last) % last + 1
    }

    component Part: ColumnLayout {
        id: part
        property string name: ""
        property string shown: ""
        property string spoken: ""
        property string partKey: ""
        signal later()
        signal earlier()
        spacing: app.t.gap / 3
        Text {
            textFormat: Text.PlainText
            Layout.alignment: Qt.AlignHCenter
            text: part.name
            color: app.t.muted; font.pixelSize: app.t.body
        }
        KButton {
            objectName: "date_" + part.partKey + "_up"
            Layout.fillWidth: true; Layout.preferredHeight: app.t.target * 1.1
            text: "▲"; fontSize: app.t.heading
            Accessible.name: qsTr("%1 later").arg(part.name)
            onClicked: part.later()
        }
        Text {
            textFormat: Text.PlainText
            objectName: "date_" + part.partKey + "_value"
            Layout.alignment: Qt.AlignHCenter
            text: part.shown
            color: app.t.text; font.pixelSize: app.t.heading * 1.2; font.bold: true
            Accessible.role: Accessible.StaticText; Accessible.name: part.spoken
        }
        KButton {
            objectName: "date_" + part.partKey + "_down"
            Layout.fillWidth: true; Layout.preferredHeight: app.t.target * 1.1
            text: "▼"; fontSize: app.t.heading
            Accessible.name: qsTr("%1 earlier").arg(part.name)
            onClicked: part.earlier()
        }
    }

    ColumnLayout {
        id: col
        anchors.fill: parent
        spacing: app.t.gap / 2
        Text {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            text: picker.label
            color: app.t.text; font.pixelSize: app.t.body; font.bold: true
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading; Accessible.name: text
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: app.t.gap
            ColumnLayout {
                spacing: app.t.gap / 3
                Part {
                    Layout.preferredWidth: app.t.target * 2.6
                    partKey: "year"; name: qsTr("Year")
                    shown: String(picker.year); spoken: qsTr("Year %1").arg(picker.year)
                    onLater: picker.addYears(1); onEarlier: picker.addYears(-1)
                }
                RowLayout {
                    spacing: app.t.gap / 3
                    KButton {
                        objectName: "date_year_down10"
                        Layout.fillWidth: true
                        text: qsTr("−10")
                        Accessible.name: qsTr("Ten years earlier")
                        onClicked: picker.addYears(-10)
                    }
                    KButton {
                        objectName: "date_year_up10"
                        Layout.fillWidth: true
                        text: qsTr("+10")
                        Accessible.name: qsTr("Ten years later")
                        onClicked: picker.addYears(10)
                    }
                }
            }
            Part {
                Layout.preferredWidth: app.t.target * 2
                Layout.alignment: Qt.AlignTop
                partKey: "month"; name: qsTr("Month")
                shown: String(picker.month); spoken: qsTr("Month %1").arg(picker.month)
                onLater: picker.addMonths(1); onEarlier: picker.addMonths(-1)
            }
            Part {
                Layout.preferredWidth: app.t.target * 2
                Layout.alignment: Qt.AlignTop
                partKey: "day"; name: qsTr("Day")
                shown: String(picker.day); spoken: qsTr("Day %1").arg(picker.day)
                onLater: picker.addDays(1); onEarlier: picker.addDays(-1)
            }
        }
        Text {
            textFormat: Text.PlainText
            objectName: "dateValue"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Year %1, month %2, day %3").arg(picker.year).arg(picker.month).arg(picker.day)
            color: app.t.accent; font.pixelSize: app.t.body; font.bold: true
            Accessible.role: Accessible.StaticText; Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: app.t.gap / 2
            KButton {
                objectName: "dateCancel"
                context: picker.label
                Layout.fillWidth: true
                text: qsTr("Cancel")
                description: qsTr("Close without changing the date")
                onClicked: picker.cancelled()
            }
            KButton {
                objectName: "dateOk"
                Layout.fillWidth: true
                kind: "primary"
                focus: true
                text: qsTr("OK")
                description: qsTr("Use this date")
                onClicked: picker.accepted(picker.value)
            }
        }
    }
}
