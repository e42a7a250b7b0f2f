// A signature pad: strokes are captured as points in pad coordinates; the core renders and checks them.
import QtQuick

Rectangle {
    id: pad
    property var strokes: []
    property var current: []
    readonly property bool empty: strokes.length === 0
    function clear() { strokes = []; current = []; canvas.requestPaint() }
    implicitHeight: app.t.target * 3.2
    radius: app.t.radius
    color: "#ffffff"
    border.color: app.t.border; border.width: app.t.borderWidth * 2
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Signature pad: sign with your finger")
    Text {
        anchors.centerIn: parent
        visible: pad.empty && pad.current.length === 0
        text: qsTr("Sign here")
        // The pad is paper-white in every theme (dark ink); its hint stays >= 7:1 on it.
        color: "#3d3d3d"; font.pixelSize: app.t.heading
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
        onReleased: { const s = pad.strokes.slice(); s.push(pad.current); pad.strokes = s; pad.current = []; canvas.requestPaint() }
    }
}
