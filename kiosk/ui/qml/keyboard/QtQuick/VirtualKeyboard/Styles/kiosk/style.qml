// The kiosk's own look for Qt Virtual Keyboard, written for this app (not derived from Qt's styles).
// Everything follows the theme tokens (app.t), so the keyboard meets the same numbers as the screens:
// in 长辈版 key labels >= 18 pt, keys >= 60x60 px, every label >= 7:1 against its key. Function keys
// carry words (删除, 确定, 收起) instead of pictograms an elderly resident has to guess.
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles

KeyboardStyle {
    id: style
    readonly property var t: app.t
    readonly property string family: fontFamily
    // Room around each key: the touch area is the whole cell, the drawn key is inset by half of it.
    readonly property real keyGap: t.gap / 2
    // Keys are typed in quick runs: never below 60 px, even where the theme's targets are smaller.
    readonly property int keyHeight: Math.max(t.target, 60)
    readonly property int rowHeight: keyHeight + keyGap
    readonly property int rows: 4
    readonly property int panelHeight: rows * rowHeight + keyGap
    // The window's width, up to the 1280 px the views were first laid out for: a narrower window (a
    // portrait panel's 1080) keeps full-size keys across its width; wider windows keep this height and
    // centre the keys instead of growing them taller than the reach of a seated or short resident.
    readonly property real referenceWidth: Math.min(1280, app.windowWidth > 0 ? app.windowWidth : 1280)

    keyboardDesignWidth: 2560
    keyboardDesignHeight: keyboardDesignWidth * panelHeight / referenceWidth
    keyboardDesignMaximumHeight: panelHeight
    keyboardRelativeLeftMargin: keyGap / 2 / referenceWidth
    keyboardRelativeRightMargin: keyGap / 2 / referenceWidth
    keyboardRelativeTopMargin: keyGap / 2 / panelHeight
    keyboardRelativeBottomMargin: keyGap / 2 / panelHeight

    keyboardBackground: Rectangle {
        objectName: "keyboardBackground"
        color: app.t.surfaceAlt
        Rectangle {  // a clear edge between the page and the keys
            width: parent.width; height: app.t.borderWidth
            color: app.t.border
        }
    }

    // One drawn key: the panel fills the key's cell; the visible key sits inside it.
    component KeyFace: Rectangle {
        property bool down: false
        property bool functionKey: false
        property bool primary: false
        readonly property bool touchTarget: true  // measured like any button (kiosk.tools.a11y_measure)
        anchors.fill: parent
        anchors.margins: app.t.gap / 4
        radius: app.t.radius
        color: down ? app.t.accent : primary ? app.t.accent : functionKey ? app.t.background : app.t.surface
        border.width: app.t.borderWidth
        border.color: app.t.border
    }

    component KeyLabel: Text {
        property bool down: false
        property bool primary: false
        anchors.centerIn: parent
        width: parent.width - app.t.gap / 2
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // A word too wide for its key (English in 长辈版 on a narrow panel) is set a little smaller,
        // never below the look's small size, before it would lose letters to the ellipsis.
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Math.min(app.t.small, font.pixelSize)
        elide: Text.ElideRight
        color: down || primary ? app.t.accentText : app.t.text
        font.family: fontFamily
        font.pixelSize: app.t.body
        font.bold: true
    }

    // Character keys: the letter large; an alternative (the "!?" on the full stop) small in the corner.
    keyPanel: KeyPanel {
        id: charKey
        // Every key is in the screen reader's tree, named by what it types, and can be pressed from it.
        Accessible.role: Accessible.Button
        Accessible.name: charKey.control ? charKey.control.displayText : ""
        Accessible.onPressAction: if (charKey.control)
            InputContext.inputEngine.virtualKeyClick(charKey.control.key, charKey.control.displayText, 0)
        KeyFace {
            id: charFace
            down: charKey.control.pressed
            KeyLabel {
                objectName: "keyLabel"
                text: charKey.control.displayText
                font.pixelSize: app.t.heading
                font.bold: false
                down: charKey.control.pressed
            }
            Text {
                visible: charKey.control.smallTextVisible && charKey.control.smallText !== ""
                text: charKey.control.smallText
                anchors { right: parent.right; top: parent.top; margins: app.t.gap / 4 }
                color: charKey.control.pressed ? app.t.accentText : app.t.muted
                font.family: fontFamily
                font.pixelSize: app.t.small
            }
        }
        states: State {
            name: "disabled"; when: !charKey.control.enabled
            PropertyChanges { charFace.opacity: 0.45 }
        }
    }

    component FunctionKeyPanel: KeyPanel {
        id: fnKey
        Accessible.role: Accessible.Button
        Accessible.name: fnKey.label
        property string label: ""
        property bool primary: false
        property bool lit: false  // a mode that is on (capitals)
        KeyFace {
            id: fnFace
            functionKey: true
            primary: fnKey.primary || fnKey.lit
            down: fnKey.control.pressed
            KeyLabel {
                objectName: "keyLabel"
                text: fnKey.label
                down: fnKey.control.pressed
                primary: fnKey.primary || fnKey.lit
            }
        }
        states: State {
            // A key that does nothing here (capitals in Pinyin) is drawn as an empty slot, not a dead button.
            name: "disabled"; when: !fnKey.control.enabled
            PropertyChanges { fnFace.visible: false }
        }
    }

    backspaceKeyPanel: FunctionKeyPanel { label: qsTr("Delete") }
    enterKeyPanel: FunctionKeyPanel {
        primary: true
        label: control && control.displayText !== "" ? control.displayText : qsTr("OK")
    }
    hideKeyPanel: FunctionKeyPanel { label: qsTr("Hide") }
    shiftKeyPanel: FunctionKeyPanel {
        label: qsTr("Capitals")
        lit: InputContext.capsLockActive || InputContext.shiftActive
    }
    spaceKeyPanel: FunctionKeyPanel { label: qsTr("Space") }
    symbolKeyPanel: FunctionKeyPanel {
        label: control && control.displayText === "&123" ? qsTr("Symbols") : control ? control.displayText : ""
    }
    modeKeyPanel: FunctionKeyPanel {
        label: control ? control.displayText : ""
        lit: control ? control.mode : false
    }
    languageKeyPanel: FunctionKeyPanel {
        // Says which language the next touch gives, in that language's own words.
        label: InputContext.locale.indexOf("zh") === 0 ? "English" : "中文"
    }
    handwritingKeyPanel: FunctionKeyPanel { label: qsTr("Handwriting") }

    characterPreviewMargin: keyGap
    characterPreviewDelegate: Rectangle {
        property string text
        width: app.t.target * 1.4
        height: app.t.target * 1.4
        radius: app.t.radius
        color: app.t.accent
        border.width: app.t.borderWidth
        border.color: app.t.border
        Text {
            anchors.centerIn: parent
            text: parent.text
            color: app.t.accentText
            font.family: fontFamily
            font.pixelSize: app.t.title
        }
    }

    alternateKeysListItemWidth: t.target
    alternateKeysListItemHeight: t.target
    alternateKeysListBottomMargin: keyGap
    alternateKeysListLeftMargin: keyGap
    alternateKeysListRightMargin: keyGap
    alternateKeysListDelegate: Item {
        id: altKey
        width: style.alternateKeysListItemWidth
        height: style.alternateKeysListItemHeight
        Text {
            anchors.centerIn: parent
            objectName: "candidateText"
            text: model.text
            color: altKey.ListView.isCurrentItem ? app.t.accentText : app.t.text
            font.family: fontFamily
            font.pixelSize: app.t.heading
        }
    }
    alternateKeysListHighlight: Rectangle { objectName: "listHighlight"; radius: app.t.radius; color: app.t.accent }
    alternateKeysListBackground: Rectangle {
        radius: app.t.radius
        color: app.t.surface
        border.width: app.t.borderWidth
        border.color: app.t.border
    }

    // The Pinyin candidates: whole words, large, each at least a finger wide.
    selectionListHeight: keyHeight + keyGap
    selectionListDelegate: SelectionListItem {
        id: candidate
        width: Math.max(app.t.target, 60, word.implicitWidth + 2 * app.t.gap)
        Text {
            id: word
            objectName: "candidateText"
            anchors.centerIn: parent
            text: display
            color: candidate.ListView.isCurrentItem ? app.t.accentText : app.t.text
            font.family: fontFamily
            font.pixelSize: app.t.heading
        }
        Rectangle {  // separator
            anchors { right: parent.right; verticalCenter: parent.verticalCenter }
            width: app.t.borderWidth
            height: parent.height * 0.6
            color: app.t.border
        }
    }
    selectionListHighlight: Rectangle { objectName: "listHighlight"; radius: app.t.radius; color: app.t.accent }
    selectionListBackground: Rectangle {
        color: app.t.surface
        Rectangle { width: parent.width; height: app.t.borderWidth; color: app.t.border }
    }
    selectionListAdd: Transition {}
    selectionListRemove: Transition {}

    // Keypad use: the key that Enter will press is ringed in the focus colour, as on every screen.
    // The ringed key is spoken, as the focused control is on every screen.
    navigationHighlight: Rectangle {
        objectName: "keyHighlight"
        readonly property var target: parent ? parent.highlightItem : null
        readonly property string spoken: target && visible ? labelOf(target) : ""
        function labelOf(item) {
            if (item.objectName === "keyLabel" || item.objectName === "candidateText")
                return item.text
            if (item.objectName === "listHighlight") {  // a list's highlight: say its current item
                const view = item.parent ? item.parent.parent : null
                return view && view.currentItem ? labelOf(view.currentItem) : ""
            }
            for (let i = 0; i < item.children.length; i++) {
                const found = labelOf(item.children[i])
                if (found !== "")
                    return found
            }
            return ""
        }
        onSpokenChanged: if (spoken !== "" && Window.window && Window.window.voiceCtl)
            Window.window.voiceCtl.speakFocus(spoken)
        color: "transparent"
        radius: app.t.radius
        border.width: app.t.focusWidth
        border.color: app.t.focus
    }

    popupListDelegate: SelectionListItem {
        id: popupItem
        width: Math.max(app.t.target, 60, popupWord.implicitWidth + 2 * app.t.gap)
        height: app.t.target
        Text {
            id: popupWord
            anchors.centerIn: parent
            text: display
            color: popupItem.ListView.isCurrentItem ? app.t.accentText : app.t.text
            font.family: fontFamily
            font.pixelSize: app.t.heading
        }
    }
    popupListHighlight: Rectangle { objectName: "listHighlight"; radius: app.t.radius; color: app.t.accent }
    popupListBackground: Rectangle {
        radius: app.t.radius
        color: app.t.surface
        border.width: app.t.borderWidth
        border.color: app.t.border
    }
    popupListAdd: Transition {}
    popupListRemove: Transition {}
    languagePopupListEnabled: false
}
