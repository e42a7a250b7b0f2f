// A signature pad: strokes are captured as points in pad coordinates; the core renders and checks them.
// Keypad residents draw their mark with the arrow keys (the pen moves and inks) and press Enter.
import QtQuick
import "../components"

Rectangle {
    id: pad
    property var strokes: []
    property var current: []
    readonly property bool empty: strokes.length === 0
    readonly property real step: Math.max(8, width / 24)
    property point pen: Qt.point(width * 0.1, height / 2)
    function clear() { strokes = []; current = []; pen = Qt.point(width * 0.1, height / 2); canvas.requestPaint() }
    function penTo(dx, dy) {
        const c = pad.current.length ? pad.current : [[pen.x, pen.y]]
        pen = Qt.point(Math.min(Math.max(pen.x + dx, 2), width - 2), Math.min(Math.max(pen.y + dy, 2), height - 2))
        c.push([pen.x, pen.y])
        pad.current = c
        canvas.requestPaint()
    }
    function endStroke() {
        if (pad.current.length === 0) return
        const s = pad.strokes.slice(); s.push(pad.current); pad.strokes = s; pad.current = []
        canvas.requestPaint()
    }
    implicitHeight: app.t.target * 3.2
    radius: app.t.radius
    color: "#ffffff"
    border.color: app.t.border
    border.width: app.t.borderWidth * 2
    FocusRing { visible: pad.activeFocus; fill: pad.color }
    activeFocusOnTab: true
    // A drawing area (not a picture): a screen reader says what it is for, how to draw on it, and
    // whether it holds a signature yet (the description changes as the resident signs or clears).
    Accessible.role: Accessible.Canvas
    Accessible.name: qsTr("Signature pad: sign with your finger, or draw with the arrow keys and press Enter")
    Accessible.description: empty && current.length === 0
        ? qsTr("Not signed yet. Sign in this box with your finger.")
        : qsTr("Signed. Continue keeps this signature; Clear lets you sign again.")
    Accessible.focusable: true
    Keys.onPressed: (event) => {
        const moves = { [Qt.Key_Left]: [-1, 0], [Qt.Key_Right]: [1, 0], [Qt.Key_Up]: [0, -1], [Qt.Key_Down]: [0, 1] }
        const m = moves[event.key]
        if (m !== undefined) {
            pad.penTo(m[0] * pad.step, m[1] * pad.step)
            event.accepted = true
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pad.endStroke()
            pad.nextItemInFocusChain(true).forceActiveFocus()  // on to Continue
            event.accepted = true
        }
    }
    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        width: parent.width - app.t.gap * 2
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        visible: pad.empty && pad.current.length === 0
        text: pad.activeFocus ? qsTr("Draw with the arrow keys, then press Enter") : qsTr("Sign here")
        // The pad is paper-white in every theme (dark ink); its hint stays >= 7:1 on it.
        color: "#3d3d3d"; font.pixelSize: app.t.heading
    }
    Rectangle {  // the keypad pen
        visible: pad.activeFocus
        x: pad.pen.x - width / 2; y: pad.pen.y - height / 2
        width: pad.step; height: width; radius: width / 2
        color: "transparent"; border.color: app.t.focus; border.width: 3
    }
    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.lineWidth = 4; ctx.lineCap = "round"; ctx.lineJoin = "round"; ctx.strokeStyle = "#111111"
            const all = pad.strokes.concat(pad.current.length ? [pad.current] : [])
            for (const s of all) {
                if (s.length === 0) continue
                ctx.beginPath(); ctx.moveTo(s[0][0], s[0][1])
                for (let i = 1; i < s.length; ++i) ctx.lineTo(s[i][0], s[i][1])
                ctx.stroke()
            }
        }
    }
    MouseArea {
        anchors.fill: parent
        onPressed: (m) => { pad.current = [[m.x, m.y]]; canvas.requestPaint() }
        onPositionChanged: (m) => { const c = pad.current; c.push([m.x, m.y]); pad.current = c; canvas.requestPaint() }
        onReleased: pad.endStroke()
    }
}
