// 手写: for residents who cannot spell pinyin. A tab on the keyboard's top edge swaps the keys for a
// writing box: one character at a time, drawn with a finger; the recognizer (HandwritingController,
// Zinnia, offline) offers the likeliest characters, and choosing one types it into the field. Sizes
// follow the theme, so 长辈版 gets larger candidates and buttons; the box is as tall as the keys were
// in landscape, and in portrait nearly as wide as the panel.
// Strokes are the resident's: they stay in this item until a character is chosen, the box is cleared
// or the session is wiped.
import QtQuick
import QtQuick.VirtualKeyboard

Item {
    id: hw
    objectName: "handwritingPanel"
    readonly property var t: app.t
    property bool writing: false
    property var strokes: []  // [[[x, y], ...], ...] in the box's pixels
    readonly property real boxSize: box.width
    // A tall window (1080x1920): the candidates go above the box so the box can take the panel's width.
    readonly property bool portrait: Window.window !== null && Window.window.height > Window.window.width
    readonly property real actionsWidth: Math.max(t.target * 2, 120)
    // the width left for the box (and the candidates' row) beside the buttons
    readonly property real portraitBoxRoom: width - 3 * t.gap - actionsWidth
    // one row of nine candidates as wide as the box, as tall as a candidate is wide (two targets at most);
    // two rows where one would make them smaller than a touch target (a narrow portrait, 长辈版), kept
    // low so the box still gets most of the height
    readonly property real oneRowCell: Math.floor(Math.min((portraitBoxRoom - 8 * t.gap / 2) / 9, t.target * 2))
    readonly property real twoRowCell: Math.floor(Math.min((portraitBoxRoom - 4 * t.gap / 2) / 5, t.target * 1.25))
    readonly property real portraitChoicesHeight: oneRowCell >= t.target ? oneRowCell : 2 * twoRowCell + t.gap / 2
    // the panel's height that makes the portrait box a square as wide as its room (Keyboard.qml caps it)
    readonly property real portraitHeight: 3 * t.gap + portraitChoicesHeight + portraitBoxRoom
    // how much of the keys' top edge, from the right, the 手写 tab takes (a screen's action row keeps
    // clear of it: JourneyFrame.qml)
    readonly property real tabWidth: visible && tab.visible ? tab.width + tab.anchors.rightMargin : 0

    function redraw() { ink.requestPaint() }
    function clearBox() {
        strokes = []
        redraw()
        handwriting.clear()
    }
    // Into the focused field directly (its validator and length limit still apply); through the
    // keyboard's input context only for an editor that is not a text field.
    function field() {
        const item = Window.window ? Window.window.activeFocusItem : null
        return item && item.insert !== undefined && item.remove !== undefined ? item : null
    }
    function choose(text) {
        const f = field()
        if (f) {
            if (f.selectedText)
                f.remove(f.selectionStart, f.selectionEnd)
            f.insert(f.cursorPosition, text)
        } else {
            InputContext.commit(text)
        }
        clearBox()
    }
    function deleteBack() {
        const f = field()
        if (f && f.selectedText)
            f.remove(f.selectionStart, f.selectionEnd)
        else if (f && f.cursorPosition > 0)
            f.remove(f.cursorPosition - 1, f.cursorPosition)
        else if (!f)
            InputContext.inputEngine.virtualKeyClick(Qt.Key_Backspace, "", 0)
    }
    onWritingChanged: {
        if (writing)
            Qt.inputMethod.reset()  // half-typed pinyin is dropped, not left in the field as letters
        clearBox()
    }

    Connections {
        target: handwriting
        function onAvailableChanged() { if (!handwriting.available) hw.writing = false }
        function onWiped() {
            hw.strokes = []
            hw.writing = false
            hw.redraw()
        }
    }

    component PanelButton: Rectangle {
        id: button
        property string label
        property bool primary: false
        signal activated()
        radius: hw.t.radius
        color: primary ? hw.t.accent : hw.t.surface
        border.width: hw.t.borderWidth
        border.color: hw.t.border
        readonly property bool touchTarget: true  // measured like any button (kiosk.tools.a11y_measure)
        Accessible.role: Accessible.Button
        Accessible.name: label
        Accessible.onPressAction: activated()
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            width: parent.width - hw.t.gap
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            text: button.label
            color: button.primary ? hw.t.accentText : hw.t.text
            font.family: fontFamily
            font.pixelSize: hw.t.body
            font.bold: true
        }
        MouseArea { anchors.fill: parent; onClicked: button.activated() }
    }

    // The switch: a tab standing on the keyboard's top edge, at the right.
    PanelButton {
        id: tab
        objectName: "handwritingSwitch"
        visible: handwriting.available
        anchors.right: parent.right
        anchors.rightMargin: hw.t.gap
        anchors.bottom: parent.top
        width: Math.max(hw.t.target * 2, 120)
        height: hw.t.target
        primary: hw.writing
        label: hw.writing ? qsTr("Pinyin keys") : qsTr("Handwriting")
        onActivated: hw.writing = !hw.writing
    }

    Rectangle {
        id: sheet
        objectName: "handwritingSheet"
        anchors.fill: parent
        visible: hw.writing
        color: hw.t.surfaceAlt
        MouseArea { anchors.fill: parent }  // the keys underneath take no touches while writing

        // Landscape: box, candidates and buttons side by side. Portrait (a tall panel, the common
        // cabinet): the candidates in one row on top and the box below them as wide as the room beside
        // the buttons allows, for a finger's big strokes (and a bigger box recognises better).
        Item {
            id: room
            anchors.fill: parent
            anchors.margins: hw.t.gap
            readonly property real spacing: hw.t.gap

            Rectangle {
                id: box
                objectName: "handwritingBox"
                y: hw.portrait ? choices.height + room.spacing : 0
                height: hw.portrait ? Math.min(parent.height - y, hw.portraitBoxRoom) : parent.height
                width: hw.portrait ? height : Math.min(height, parent.width * 0.5)
                color: hw.t.background
                border.width: Math.max(hw.t.borderWidth, 2)
                border.color: hw.t.border
                radius: hw.t.radius
                Accessible.role: Accessible.Canvas
                Accessible.name: qsTr("Writing box: write one Chinese character here with your finger")
                // Guide lines (a 田字格), faint: help keep the character in the middle.
                Rectangle { anchors.centerIn: parent; width: parent.width - 2 * hw.t.gap; height: 1; color: hw.t.border; opacity: 0.35 }
                Rectangle { anchors.centerIn: parent; height: parent.height - 2 * hw.t.gap; width: 1; color: hw.t.border; opacity: 0.35 }
                Text {
                    textFormat: Text.PlainText
                    objectName: "handwritingHint"
                    anchors.centerIn: parent
                    width: parent.width - 2 * hw.t.gap
                    visible: hw.strokes.length === 0
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    text: qsTr("Write one character here")
                    color: hw.t.muted
                    font.family: fontFamily
                    font.pixelSize: hw.t.body
                }
                Canvas {
                    id: ink
                    anchors.fill: parent
                    onPaint: {
                        const ctx = getContext("2d")
                        ctx.clearRect(0, 0, width, height)
                        ctx.lineWidth = Math.max(6, width / 45)
                        ctx.lineCap = "round"
                        ctx.lineJoin = "round"
                        ctx.strokeStyle = hw.t.text
                        for (const stroke of hw.strokes) {
                            ctx.beginPath()
                            ctx.moveTo(stroke[0][0], stroke[0][1])
                            for (let i = 1; i < stroke.length; i++)
                                ctx.lineTo(stroke[i][0], stroke[i][1])
                            if (stroke.length === 1)
                                ctx.lineTo(stroke[0][0] + 0.5, stroke[0][1] + 0.5)
                            ctx.stroke()
                        }
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    preventStealing: true
                    function inside(v, size) { return Math.max(0, Math.min(size, v)) }
                    onPressed: (mouse) => {
                        hw.strokes.push([[inside(mouse.x, width), inside(mouse.y, height)]])
                        hw.strokesChanged()  // a push tells no binding: the hint under the ink goes
                        hw.redraw()
                    }
                    onPositionChanged: (mouse) => {
                        const stroke = hw.strokes[hw.strokes.length - 1]
                        if (!stroke)
                            return
                        const last = stroke[stroke.length - 1]
                        const x = inside(mouse.x, width), y = inside(mouse.y, height)
                        if (Math.abs(x - last[0]) + Math.abs(y - last[1]) >= 3) {
                            stroke.push([x, y])
                            hw.redraw()
                        }
                    }
                    onReleased: handwriting.recognize(hw.strokes, box.width)
                }
            }

            Grid {
                id: choices
                objectName: "handwritingCandidates"
                // Nine candidates in 1, 2 or 3 rows, whichever gives the largest buttons in the space.
                readonly property int shown: 9
                function cellFor(rows) {
                    const cols = Math.ceil(shown / rows)
                    return Math.min((height - (rows - 1) * spacing) / rows, (width - (cols - 1) * spacing) / cols)
                }
                readonly property int rowCount: [1, 2, 3].reduce((best, r) => cellFor(r) > cellFor(best) ? r : best, 3)
                readonly property real cell: Math.floor(cellFor(rowCount))
                x: hw.portrait ? 0 : box.width + room.spacing
                width: hw.portrait ? hw.portraitBoxRoom : parent.width - box.width - actions.width - 2 * room.spacing
                height: hw.portrait ? hw.portraitChoicesHeight : parent.height
                columns: Math.ceil(shown / rowCount)
                spacing: hw.t.gap / 2
                Repeater {
                    model: handwriting.candidates
                    PanelButton {
                        objectName: "handwritingCandidate"
                        width: choices.cell
                        height: choices.cell
                        label: modelData
                        primary: index === 0
                        Accessible.name: qsTr("Type %1").arg(modelData)
                        onActivated: hw.choose(modelData)
                        Component.onCompleted: children[0].font.pixelSize = Math.min(hw.t.heading * 1.4, choices.cell * 0.6)
                    }
                }
            }

            Column {
                id: actions
                x: parent.width - width
                width: hw.actionsWidth
                height: parent.height
                spacing: hw.t.gap / 2
                readonly property real buttonHeight: Math.max(hw.t.target, (height - 2 * spacing) / 3)
                PanelButton {
                    objectName: "handwritingClear"
                    width: parent.width; height: actions.buttonHeight
                    label: qsTr("Rewrite")
                    onActivated: hw.clearBox()
                }
                PanelButton {
                    objectName: "handwritingDelete"
                    width: parent.width; height: actions.buttonHeight
                    label: qsTr("Delete")
                    onActivated: hw.deleteBack()
                }
                PanelButton {
                    objectName: "handwritingHide"
                    width: parent.width; height: actions.buttonHeight
                    label: qsTr("Hide")
                    onActivated: Qt.inputMethod.hide()
                }
            }
        }
    }
}
