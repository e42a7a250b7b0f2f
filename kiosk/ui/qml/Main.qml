// The one window. Screens are loaded by name from app.screen; overlays sit above them.
import QtQuick
import QtQuick.Controls
import "components"
import "components/Spatial.js" as Spatial

ApplicationWindow {
    id: window
    width: configuredWidth    // [screen] size and orientation (kiosk/ui/app.py)
    height: configuredHeight
    // Screens choose their layout from the window's shape: a portrait panel stacks, landscape spreads.
    readonly property bool portrait: height > width
    Binding { target: app; property: "windowWidth"; value: window.width }   // for the keyboard's style
    visible: true
    title: app.terminalName
    color: app.t.background
    font.family: fontFamily
    flags: kioskMode ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    visibility: kioskMode ? Window.FullScreen : Window.Windowed
    property bool allowClose: false   // set by the app itself when it shuts down
    onClosing: (close) => { close.accepted = !kioskMode || allowClose }   // nothing lets a resident leave

    readonly property Item currentScreen: loader.item
    // A dialog that covers the screen (the form's number pad) is modal for a screen reader too: the
    // screen and the voice row under it are made transparent, which leaves them out of the
    // accessibility tree (nothing of them shows meanwhile).
    property bool screenCovered: false
    readonly property string prompt: loader.item && loader.item.prompt !== undefined ? loader.item.prompt : ""
    function isTextField(item) { return item !== null && (item instanceof TextInput || item instanceof TextEdit) }
    // For a multi-line field, whose Enter makes a new line: see ComplaintsScreen.qml.
    function startKeypadTyping() { if (keyboardLoader.item) keyboardLoader.item.startKeypadTyping() }
    readonly property bool keypadTyping: keyboardLoader.item !== null && keyboardLoader.item.keypadTyping
    // The keyboard's 手写 tab stands on the keys' top edge at the right, over the bottom of the screen:
    // the screens' action rows keep this much of their right end clear while the keyboard is open.
    readonly property real keyboardTabWidth: keyboardLoader.active_ ? keyboardLoader.item.tabWidth : 0


    TopBar {
        id: topBar
        objectName: "topBar"
        visible: app.screen !== "attract"
        screenName: app.screen
        anchors { left: parent.left; right: parent.right; top: parent.top }
    }

    Loader {
        id: loader
        objectName: "screenLoader"
        anchors {
            left: parent.left; right: parent.right
            top: banners.bottom
            bottom: keyboardLoader.active_ ? keyboardLoader.top : voiceStrip.visible ? voiceStrip.top : parent.bottom
        }
        source: app.screenSource   // found by name: see kiosk.ui.app_controller.screen_file
        opacity: window.screenCovered ? 0 : 1
        focus: true
        onLoaded: if (item) item.forceActiveFocus()
        Keys.onEscapePressed: app.back()
        Keys.onBackPressed: app.back()
        // The keypad: arrows no control takes for itself (a screen whose first control has no focus
        // yet, Up and Down in a text field) move the focus along the chain.
        function moveFocus(direction) {
            const from = window.activeFocusItem || loader.item
            const next = from ? Spatial.target(from, direction) : null
            if (next) next.forceActiveFocus()
        }
        Keys.onDownPressed: moveFocus("down")
        Keys.onRightPressed: moveFocus("right")
        // Enter on a text field that no control took: the keypad starts typing on the on-screen keyboard;
        // the keyboard's own Enter key (a Return sent while typing) ends it (components/Keyboard.qml).
        Keys.onReturnPressed: (event) => keypadEnter(event)
        Keys.onEnterPressed: (event) => keypadEnter(event)
        function keypadEnter(event) {
            const keyboard = keyboardLoader.item
            if (!keyboard || !window.isTextField(window.activeFocusItem)) {
                event.accepted = false
                return
            }
            if (keyboard.enterClosing)
                return  // the keyboard's own 确定: it closes itself (components/Keyboard.qml)
            if (keyboard.keypadTyping)
                keyboard.stopKeypadTyping()
            else
                keyboard.startKeypadTyping()
        }
        Keys.onUpPressed: moveFocus("up")
        Keys.onLeftPressed: moveFocus("left")
    }

    // Spoken guidance (ADA §707): every screen's prompt is read out when voice is on (always in 长辈版),
    // the focused control is named, and the resident can repeat, stop, and change volume and pace.
    // Set by the app right after the first frame (voice is not needed to paint the first screen).
    property QtObject voiceCtl: null
    // Set by kiosk.ui.ops_wiring when the kiosk runs unattended: dimLevel, acceptingSessions, onBattery.
    property QtObject ops: null
    // Set by the app when a platform is configured (kiosk.ui.catalog_sync): outOfDate.
    property QtObject catalogSync: null
    onVoiceCtlChanged: if (voiceCtl) voiceCtl.speak(prompt)
    onPromptChanged: if (voiceCtl) voiceCtl.speak(prompt)
    onActiveFocusItemChanged: {
        if (voiceCtl && activeFocusItem && activeFocusItem.Accessible.name)
            voiceCtl.speakFocus(activeFocusItem.Accessible.name)
        if (activeFocusItem && !keypadTyping)
            Spatial.reveal(activeFocusItem, app.t.gap)  // the keypad's focus is always in sight
    }

    Rectangle {
        id: voiceStrip
        objectName: "voiceStrip"
        visible: app.screen !== "attract" && !keyboardLoader.active_
        opacity: window.screenCovered ? 0 : 1
        Accessible.role: Accessible.Grouping  // in the tree itself, so its transparency hides its controls
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
        height: app.t.target + app.t.gap
        color: app.t.surface
        border.color: app.t.border; border.width: app.t.borderWidth
        Loader {
            active: window.voiceCtl !== null
            anchors { left: parent.left; leftMargin: app.t.gap / 2; verticalCenter: parent.verticalCenter }
            sourceComponent: VoiceBar { availableWidth: voiceStrip.width - app.t.gap }
        }
    }

    // WCAG 2.2.1: warn before the time limit, at least 20 s, one touch extends.
    Rectangle {
        id: idleWarning
        objectName: "idleWarning"
        anchors.fill: parent
        visible: session.state === "warning"
        color: app.t.overlay
        z: 10
        onVisibleChanged: if (visible && window.voiceCtl) window.voiceCtl.speakError(qsTr("Are you still there? Touch the screen to continue."))
        MouseArea { anchors.fill: parent; onClicked: session.continueSession() }
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width * 0.7, 900)
            height: warnCol.implicitHeight + app.t.gap * 3
            radius: app.t.radius * 2
            color: app.t.surface
            border.color: app.t.border; border.width: app.t.borderWidth
            Column {
                id: warnCol
                anchors.centerIn: parent
                width: parent.width - app.t.gap * 3
                spacing: app.t.gap
                ScreenTitle {
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Are you still there?")
                }
                BodyText {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("For your privacy this session will be cleared in %n second(s).", "", session.countdown)
                }
                KButton {
                    objectName: "continueButton"
                    anchors.horizontalCenter: parent.horizontalCenter
                    kind: "primary"
                    text: qsTr("Continue")
                    description: qsTr("Keep this session and carry on")
                    focus: idleWarning.visible
                    onClicked: session.continueSession()
                }
            }
        }
    }

    Rectangle {
        id: helpOverlay
        objectName: "helpOverlay"
        anchors.fill: parent
        visible: app.helpCalled && !idleWarning.visible
        color: app.t.overlay
        z: 9
        onVisibleChanged: if (visible && window.voiceCtl) window.voiceCtl.speakError(qsTr("Staff have been called. Please stay at the terminal."))
        MouseArea { anchors.fill: parent }
        Rectangle {
            anchors.centerIn: parent
            width: Math.min(parent.width * 0.7, 900)
            height: helpCol.implicitHeight + app.t.gap * 3
            radius: app.t.radius * 2
            color: app.t.surface
            border.color: app.t.border; border.width: app.t.borderWidth
            Column {
                id: helpCol
                anchors.centerIn: parent
                width: parent.width - app.t.gap * 3
                spacing: app.t.gap
                ScreenTitle { horizontalAlignment: Text.AlignHCenter; text: qsTr("Staff have been called") }
                BodyText {
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Please stay at the terminal. A member of staff will come to help you.")
                }
                BodyText {
                    objectName: "helpComing"
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    visible: app.helpComing !== ""
                    textFormat: Text.PlainText
                    font.bold: true
                    text: app.helpComing
                }
                KButton {
                    objectName: "helpOk"
                    anchors.horizontalCenter: parent.horizontalCenter
                    kind: "primary"
                    text: qsTr("OK")
                    focus: helpOverlay.visible
                    onClicked: app.dismissHelp()
                }
            }
        }
    }

    // Notices between the top bar and the screen (never over either); each is there only when needed.
    Column {
        id: banners
        anchors { left: parent.left; right: parent.right; top: topBar.visible ? topBar.bottom : parent.top }
        // On battery (UPS): the resident at the screen is told to finish; no new session starts.
        Rectangle {
            id: batteryBanner
            objectName: "batteryBanner"
            visible: window.ops !== null && window.ops.onBattery && app.screen !== "attract"
            width: parent.width
            height: batteryText.implicitHeight + app.t.gap
            color: app.t.surface
            border.color: app.t.border; border.width: app.t.borderWidth
            BodyText {
                id: batteryText
                anchors.centerIn: parent
                width: parent.width - app.t.gap * 2
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Power cut: the terminal is on battery. Please finish soon.")
            }
            onVisibleChanged: if (visible && window.voiceCtl) window.voiceCtl.speakError(batteryText.text)
        }
        // Signed catalog metadata expired (or long unconfirmed): the last good catalog stays in service.
        Rectangle {
            objectName: "catalogOutOfDate"
            visible: window.catalogSync !== null && window.catalogSync.outOfDate && app.screen !== "attract"
            width: parent.width
            height: staleText.implicitHeight + app.t.gap
            color: app.t.surface
            border.color: app.t.border; border.width: app.t.borderWidth
            BodyText {
                id: staleText
                anchors.centerIn: parent
                width: parent.width - app.t.gap * 2
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("The list of services may be out of date. Staff can confirm what you need to bring.")
            }
        }
    }

    // Dimming instead of powering the screen off (a dark screen looks broken); never eats a touch.
    // On the attract screen it lies under the words (which dim less): they keep 4.5:1 at night.
    Rectangle {
        objectName: "dimOverlay"
        readonly property bool underWords: app.screen === "attract" && loader.item !== null
        parent: underWords ? loader.item : window.contentItem
        anchors.fill: parent
        z: underWords ? 0 : 30
        color: app.t.overlay
        opacity: window.ops !== null ? 1 - window.ops.dimLevel : 0
        visible: opacity > 0
    }

    // The keyboard is the heaviest QML import: it loads after the first frame so start-up stays quick.
    Loader {
        id: keyboardLoader
        property bool needed: false
        readonly property bool active_: status === Loader.Ready && item.active
        active: needed
        z: 20
        width: parent.width
        y: active_ ? parent.height - height : parent.height
        visible: active_
        source: "components/Keyboard.qml"
        // Right after the first frame: ready before any text field can take focus (the panel
        // only attaches to a field focused after it exists).
        Connections {
            target: window
            function onFrameSwapped() { Qt.callLater(() => { keyboardLoader.needed = true }) }
        }
    }
}
