// Browse the catalog three ways: by topic (policy clause 1), by life event (一件事), by department.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"
import "../components/Glyphs.js" as Glyphs

FocusScope {
    id: screen
    property string prompt: qsTr("Services. Choose a topic, a life event or a department.")
    property string tab: "categories"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: app.t.gap * 1.5
        spacing: app.t.gap
        RowLayout {
            Layout.fillWidth: true
            spacing: app.t.gap / 2
            ScreenTitle { Layout.fillWidth: true; text: qsTr("Services") }
            KButton {
                objectName: "catalogSearch"
                text: qsTr("Search")
                onClicked: app.go("search")
            }
        }
        BodyText {
            objectName: "catalogUnavailable"
            Layout.fillWidth: true
            visible: !catalog.available
            text: catalog.loading ? qsTr("Loading the list of services…")
                : qsTr("The service catalog is being updated. Please ask at the service window or call staff.")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: app.t.gap / 2
            Repeater {
                model: [
                    { key: "categories", label: qsTr("By topic") },
                    { key: "bundles", label: qsTr("Life events (one-stop)") },
                    { key: "departments", label: qsTr("By department") }
                ]
                KButton {
                    objectName: "tab_" + modelData.key
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    focus: index === 0
                    text: modelData.label
                    selectable: true
                    kind: screen.tab === modelData.key ? "primary" : "secondary"
                    Accessible.role: Accessible.PageTab
                    Accessible.checkable: true
                    Accessible.checked: screen.tab === modelData.key
                    onClicked: screen.tab = modelData.key
                }
            }
        }
        Item {  // the topic names laid out at the tiles' width, unseen: the tallest sets the rows (made
            // before the grid, so its first layout already has the rows' height)
            id: nameRoom
            visible: false
            readonly property real tallest: {
                let h = app.t.tile * 2
                for (let i = 0; i < names.count; i++)
                    if (names.itemAt(i)) h = Math.max(h, names.itemAt(i).implicitHeight)
                return h
            }
            Repeater {
                id: names
                model: catalog.categoryModel
                Text {
                    textFormat: Text.PlainText
                    width: grid.cellWidth - app.t.gap * 2; wrapMode: Text.Wrap; text: model.name
                    font.pixelSize: app.t.tile; font.bold: true
                    lineHeightMode: Text.FixedHeight; lineHeight: Math.ceil(font.pixelSize * app.t.lineHeight)
                }
            }
        }
        GridView {
            id: grid
            ScrollBar.vertical: KScrollBar {}
            visible: screen.tab === "categories"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            // As many columns as tiles of a readable width fit (3 in 长辈版 on a portrait panel, more
            // across a landscape one); rows as tall as the longest topic name needs in this language.
            readonly property int columns: Math.max(2, Math.floor(width / (app.t.tile * (app.elderly ? 9 : 10))))
            cellWidth: (width - app.t.gap) / columns
            cellHeight: app.t.tile * 2.4 + nameRoom.tallest + app.t.small * 2 + app.t.gap * 3
            model: catalog.categoryModel
            boundsBehavior: Flickable.StopAtBounds
            delegate: Item {
                width: grid.cellWidth; height: grid.cellHeight
                KButton {
                    objectName: "category_" + model.code
                    anchors.fill: parent
                    anchors.margins: app.t.gap / 2
                    vertical: true
                    glyph: Glyphs.glyph(model.icon, model.name.charAt(0))
                    text: model.name
                    subtext: qsTr("%n service(s)", "", model.count)
                    onClicked: { catalog.showList("category", model.code); app.go("matters") }
                }
            }
        }
        ListView {
            id: bundleList
            ScrollBar.vertical: KScrollBar {}
            visible: screen.tab === "bundles"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: app.t.gap / 2
            model: catalog.bundleModel
            boundsBehavior: Flickable.StopAtBounds
            delegate: KButton {
                objectName: "bundle_" + model.code
                width: bundleList.width - app.t.gap
                height: Math.max(app.t.target * 1.6, bundleText.implicitHeight + app.t.gap * 1.5)
                text: model.name
                description: model.description
                showLabel: false
                onClicked: { catalog.showList("bundle", model.code); app.go("matters") }
                Row {
                    anchors.fill: parent
                    anchors.margins: app.t.gap
                    spacing: app.t.gap
                    Rectangle {
                        width: app.t.target; height: width; radius: width / 2
                        color: app.t.accent
                        anchors.verticalCenter: parent.verticalCenter
                        Text { textFormat: Text.PlainText; anchors.centerIn: parent; text: Glyphs.glyph(model.icon, "事"); color: app.t.accentText; font.pixelSize: app.t.heading * 0.8; font.bold: true }
                    }
                    Column {
                        id: bundleText
                        width: parent.width - app.t.target - app.t.gap
                        anchors.verticalCenter: parent.verticalCenter
                        Text {
                            textFormat: Text.PlainText
                            width: parent.width; text: model.name; color: app.t.text; font.pixelSize: app.t.body * 1.15; font.bold: true; wrapMode: Text.Wrap
                            lineHeightMode: Text.FixedHeight; lineHeight: Math.ceil(font.pixelSize * app.t.lineHeight)
                        }
                        Text { textFormat: Text.PlainText; width: parent.width; text: model.trigger + " · " + qsTr("%n matter(s) in one application", "", model.count); color: app.t.muted; font.pixelSize: app.t.small; wrapMode: Text.Wrap; lineHeight: app.t.lineHeight }
                    }
                }
            }
        }
        ListView {
            id: deptList
            ScrollBar.vertical: KScrollBar {}
            visible: screen.tab === "departments"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: app.t.gap / 2
            model: catalog.departmentModel
            boundsBehavior: Flickable.StopAtBounds
            delegate: KButton {
                objectName: "department_" + model.code
                width: deptList.width - app.t.gap
                height: Math.max(app.t.target * 1.2, deptName.implicitHeight + app.t.gap)
                text: model.name
                showLabel: false
                subtext: qsTr("%n service(s)", "", model.count)
                onClicked: { catalog.showList("department", model.code); app.go("matters") }
                Text {  // wraps, never elided
                    textFormat: Text.PlainText
                    id: deptName
                    anchors.left: parent.left; anchors.leftMargin: app.t.gap
                    anchors.right: countText.left; anchors.rightMargin: app.t.gap
                    anchors.verticalCenter: parent.verticalCenter
                    text: model.name; color: app.t.text; font.pixelSize: app.t.body; wrapMode: Text.Wrap
                    lineHeight: app.t.lineHeight
                }
                Text {
                    textFormat: Text.PlainText
                    id: countText
                    anchors.right: parent.right; anchors.rightMargin: app.t.gap
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("%n service(s)", "", model.count); color: app.t.muted; font.pixelSize: app.t.small
                }
            }
        }
    }
}
