// Search with the on-screen Pinyin keyboard: Chinese, full pinyin or initials (ylbx) all work.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import "../components"

FocusScope {
    id: screen
    property string prompt: qsTr("Search. Type the name of a service in Chinese or pinyin, then choose a result.")
    property bool keyboardSpace: true

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: app.t.gap * 1.5
        spacing: app.t.gap
        ScreenTitle { Layout.fillWidth: true; text: qsTr("Search services") }
        RowLayout {
            Layout.fillWidth: true
            spacing: app.t.gap / 2
            TextField {
                id: field
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.preferredHeight: app.t.target
                focus: true
                font.pixelSize: app.t.body * 1.2
                color: app.t.text
                placeholderText: qsTr("e.g. 养老保险, yanglao, ylbx")
                placeholderTextColor: app.t.muted
                inputMethodHints: Qt.ImhNoPredictiveText
                Component.onCompleted: text = catalog.query   // no binding: typing drives the query
                background: Rectangle {
                    radius: app.t.radius; color: app.t.surface
                    border.width: app.t.borderWidth; border.color: app.t.border
                    FocusRing { visible: field.activeFocus; fill: parent.color }
                }
                ContextMenu.menu: null   // long-press is right-click on Linux touch: no menu, no way out
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Search services")
                Accessible.description: qsTr("Press Enter to type on the on-screen keyboard with the arrow keys")
                // a screen reader's activate (a double tap) does what a touch does: the keyboard opens
                Accessible.onPressAction: { field.forceActiveFocus(); Qt.inputMethod.show() }
                // Pinyin still being composed counts too, so "yanglao" finds 养老 before a candidate is picked.
                onDisplayTextChanged: catalog.search(text + preeditText)
                onPreeditTextChanged: catalog.search(text + preeditText)
                onTextChanged: catalog.search(text + preeditText)
                Keys.onDownPressed: results.forceActiveFocus()
            }
            KButton {
                objectName: "clearSearch"
                text: qsTr("Clear")
                onClicked: { field.clear(); catalog.search(""); field.forceActiveFocus() }
            }
        }
        BodyText {
            Layout.fillWidth: true
            visible: catalog.query.trim() !== "" && results.count === 0
            text: qsTr("Nothing found for \"%1\". Try fewer characters, pinyin, or browse by topic.").arg(catalog.query)
        }
        ListView {
            id: results
            ScrollBar.vertical: KScrollBar {}
            objectName: "searchResults"
            Layout.fillWidth: true
            Layout.fillHeight: true
            // ends above the keyboard's 手写 tab (Main.qml), which would cover the last row's right end
            Layout.bottomMargin: Window.window && Window.window.keyboardTabWidth > 0 ? app.t.target : 0
            clip: true
            spacing: app.t.gap / 3
            model: catalog.resultModel
            boundsBehavior: Flickable.StopAtBounds
            delegate: KButton {
                objectName: "result_" + model.code
                width: results.width - app.t.gap
                height: Math.max(app.t.target * 1.15, resultName.implicitHeight + app.t.gap)
                showLabel: false
                text: model.name
                description: model.subtitle
                onClicked: {
                    if (model.kind === "bundle") { catalog.showList("bundle", model.code); app.go("matters") }
                    else { catalog.openGuide(model.code); app.go("guide") }
                }
                Text {  // a long name wraps (never elided: it is how the resident knows the matter)
                    textFormat: Text.PlainText
                    id: resultName
                    anchors.left: parent.left; anchors.leftMargin: app.t.gap
                    anchors.right: sub.left; anchors.rightMargin: app.t.gap
                    anchors.verticalCenter: parent.verticalCenter
                    text: model.name; color: app.t.text; font.pixelSize: app.t.body; wrapMode: Text.Wrap
                    lineHeight: app.t.lineHeight
                }
                Text {
                    textFormat: Text.PlainText
                    id: sub
                    anchors.right: parent.right; anchors.rightMargin: app.t.gap
                    anchors.verticalCenter: parent.verticalCenter
                    text: model.subtitle; color: app.t.muted; font.pixelSize: app.t.small
                }
            }
        }
    }
}
