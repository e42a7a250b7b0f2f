// A touch target every screen uses: named for screen readers, reachable by keypad, with a focus ring.
import QtQuick
import "Spatial.js" as Spatial

Rectangle {
    id: root
    property string text: ""
    property string subtext: ""
    property string glyph: ""
    property string description: ""
    property string kind: "secondary"   // primary | secondary | danger | quiet
    property bool vertical: false
    property bool showLabel: true  // false when the caller lays out its own content inside
    property bool closes: false  // closes a pop-up: MIIT allows 44x44 (kiosk.tools.a11y_measure), not 60x60
    property real fontSize: app.t.body
    signal clicked()

    // From the words' natural width, never from the label (which narrows to the button: below).
    implicitWidth: Math.max(app.t.target, (root.glyph !== "" ? glyphText.implicitWidth + row.spacing : 0)
                                          + Math.ceil(natural.advanceWidth) + 2 * app.t.gap)
    TextMetrics {  // the label's font, set apart from the label (whose size follows labelWraps)
        id: natural
        font.family: glyphText.font.family; font.pixelSize: root.fontSize; font.bold: root.kind === "primary"
        text: root.text
    }
    // Never wider than the window's content (its words wrap instead); a layout or a caller that sets
    // the width replaces this.
    width: Window.width > 0 ? Math.min(implicitWidth, Window.width - 3 * app.t.gap) : implicitWidth
    // Only a button given less than its natural width (by a layout, or the window's edge) narrows its
    // label: one sized to its words never wraps them, whatever the rounding. A squeezed button first
    // gives up half of its side padding, then wraps. (From the words' natural width, not the label's:
    // the label's own size follows this; set on every change of the two widths rather than bound, as a
    // binding here is reported as a loop through the label's height in Flows.)
    property bool labelWraps: false
    readonly property real squeeze: app.t.gap
    function decideWrap() { labelWraps = root.width + 0.5 < root.implicitWidth - root.squeeze }
    onWidthChanged: decideWrap()
    onImplicitWidthChanged: decideWrap()
    onSqueezeChanged: decideWrap()
    Component.onCompleted: decideWrap()
    implicitHeight: Math.max(app.t.target, (vertical ? col.naturalHeight : row.implicitHeight) + app.t.gap)
    radius: app.t.radius
    color: kind === "primary" ? app.t.accent : kind === "danger" ? app.t.danger
         : kind === "quiet" ? "transparent" : app.t.surface
    border.width: kind === "quiet" ? 0 : app.t.borderWidth
    border.color: app.t.border
    opacity: enabled ? 1 : 0.5
    readonly property bool filled: kind === "primary" || kind === "danger"
    readonly property color fg: kind === "primary" ? app.t.accentText : kind === "danger" ? app.t.dangerText : app.t.text

    activeFocusOnTab: true
    // A choice among several, or an on/off toggle: drawn as primary when chosen, and said to be checked.
    property bool selectable: false
    // What the control acts on, said after its words when they alone repeat on the screen (the 拍摄 of
    // every material, the 满意 of every rating question): "拍摄：户口簿", "办事效率：满意".
    property string context: ""
    property bool contextFirst: false  // a question before its answer: "办事效率：满意"
    readonly property string separator: app.locale.indexOf("zh") === 0 ? "：" : ": "
    Accessible.role: Accessible.Button
    Accessible.name: context === "" ? text
                     : contextFirst ? context + separator + text : text + separator + context
    Accessible.checkable: selectable
    Accessible.checked: selectable && kind === "primary"
    Accessible.description: description || subtext
    Accessible.focusable: true
    Accessible.onPressAction: root.clicked()
    Keys.onReturnPressed: root.clicked()
    Keys.onEnterPressed: root.clicked()
    Keys.onSpacePressed: root.clicked()
    // The arrows move by position (Spatial.js): Down to the control below, Right to the one beside.
    Keys.onRightPressed: Spatial.target(root, "right").forceActiveFocus()
    Keys.onDownPressed: if (!showMoreBelow()) Spatial.target(root, "down").forceActiveFocus()
    Keys.onLeftPressed: Spatial.target(root, "left").forceActiveFocus()
    Keys.onUpPressed: Spatial.target(root, "up").forceActiveFocus()
    // Text below the last control of a scrolled page cannot take the focus: before Down leaves the page,
    // it scrolls that text into view a page at a time (a keypad has no other way to read it).
    function showMoreBelow() {
        const page = scrolledPage()
        if (!page)
            return false
        const next = Spatial.target(root, "down")
        for (let p = next; p; p = p.parent)
            if (p === page)
                return false  // the next control is on the same page: reveal() brings it into view
        const end = page.originY + page.contentHeight - page.height
        if (page.contentY >= end - 1)
            return false
        page.contentY = Math.min(end, page.contentY + page.height * 0.8)
        return true
    }
    function scrolledPage() {
        for (let p = parent; p; p = p.parent)
            if (p.contentItem !== undefined && p.contentY !== undefined && p.flickableDirection !== undefined)
                return p.contentHeight > p.height ? p : null
        return null
    }
    // The keypad moves focus through lists and scrolled pages: keep the focused control (and its ring) in view.
    onActiveFocusChanged: if (activeFocus) reveal()
    // ... also when its page changes height under it (the keyboard closing as the focus leaves a field)
    Connections {
        target: root.activeFocus ? Spatial.page(root) : null
        function onHeightChanged() { root.reveal() }
    }
    function reveal() {
        for (let p = parent; p; p = p.parent) {
            if (p.contentItem === undefined || p.contentY === undefined || p.flickableDirection === undefined)
                continue
            if (p.contentHeight <= p.height)
                return
            const top = root.mapToItem(p.contentItem, 0, 0).y
            const margin = app.t.gap
            if (top - margin < p.contentY)
                p.contentY = Math.max(p.originY, top - margin)
            else if (top + root.height + margin > p.contentY + p.height)
                p.contentY = Math.min(p.originY + p.contentHeight - p.height, top + root.height + margin - p.height)
            return
        }
    }

    Rectangle {  // pressed feedback
        anchors.fill: parent
        radius: parent.radius
        color: app.t.text
        opacity: mouse.pressed ? 0.12 : 0
    }

    Row {
        id: row
        visible: !root.vertical && root.showLabel
        anchors.centerIn: parent
        spacing: app.t.gap / 2
        Text {
            textFormat: Text.PlainText
            id: glyphText
            visible: root.glyph !== ""
            text: root.glyph
            color: root.fg
            font.pixelSize: root.fontSize
            font.bold: true
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            textFormat: Text.PlainText
            id: label
            // A button narrower than its words (a long language, a narrow window) wraps them and grows
            // taller instead of letting them run over its edges.
            readonly property bool wraps: root.labelWraps
            width: wraps ? root.width - app.t.gap
                           - (glyphText.visible ? glyphText.implicitWidth + row.spacing : 0)
                         : Math.ceil(natural.advanceWidth)
            wrapMode: wraps ? Text.Wrap : Text.NoWrap
            horizontalAlignment: wraps ? Text.AlignHCenter : Text.AlignLeft
            text: root.text
            color: root.fg
            font.pixelSize: root.fontSize
            font.bold: root.kind === "primary"
            lineHeight: wraps ? app.t.lineHeight : 1
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    Column {
        id: col
        visible: root.vertical && root.showLabel
        anchors.centerIn: parent
        width: parent.width - app.t.gap
        spacing: app.t.gap / 3
        // with the explanation whether or not it shows: a button sized by itself always has room for it
        // (the disc at its smallest: its size follows the button's height, which follows this)
        readonly property real naturalHeight: (root.glyph !== "" ? app.t.body / 0.55 + spacing : 0)
            + nameText.implicitHeight + (root.subtext !== "" ? spacing + subText.implicitHeight : 0)
        readonly property real wordsHeight: nameText.implicitHeight + spacing
            + (subText.visible ? subText.implicitHeight + spacing : 0)
        Rectangle {
            id: disc
            visible: root.glyph !== ""
            // never so small that the glyph (55% of it) falls under the body size
            // and never taller than the room the words leave in the button (it would cross the border)
            width: Math.max(app.t.body / 0.55, Math.min(app.t.tile * 2.4, root.height * 0.3,
                                                         root.height - app.t.gap - col.wordsHeight))
            height: width; radius: width / 2
            anchors.horizontalCenter: parent.horizontalCenter
            color: root.filled ? root.fg : app.t.accent
            Text {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                text: root.glyph
                color: root.filled ? root.color : app.t.accentText
                font.pixelSize: parent.width * 0.55
                font.bold: true
            }
        }
        Text {
            textFormat: Text.PlainText
            id: nameText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: root.text
            color: root.fg
            font.pixelSize: app.t.tile
            font.bold: true
            // Fixed, not proportional: Latin faces' own spacing is ~1.2, CJK's ~1.45 (MIIT asks >= 1.3).
            lineHeightMode: Text.FixedHeight
            lineHeight: Math.ceil(font.pixelSize * app.t.lineHeight)
        }
        Text {
            textFormat: Text.PlainText
            id: subText
            // a tile too short for its explanation shows its name (the explanation stays its
            // accessible description) rather than words over its border
            visible: root.subtext !== "" && nameText.implicitHeight + implicitHeight + col.spacing * 2
                     + app.t.body / 0.55 + app.t.gap <= root.height
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: root.subtext
            color: root.filled ? root.fg : app.t.muted
            font.pixelSize: app.t.small
            lineHeight: app.t.lineHeight
        }
    }

    FocusRing {
        visible: root.activeFocus
        fill: root.kind === "quiet" ? app.t.background : root.color
        radius: root.radius
    }

    MouseArea {
        id: mouse
        anchors.fill: parent
        acceptedButtons: Qt.LeftButton   // long-press acts as right-click on Linux touch: ignore it
        onClicked: { root.forceActiveFocus(); root.clicked() }
    }
}
