// The keypad's focus ring, in two bands so it shows at 3:1 or more on whatever it is drawn over
// (WCAG 1.4.11, measured by kiosk.tools.focus_ring_measure): the outer band in the theme's focus colour,
// which stands out on light controls and the page, and an inner band in whichever of the page's surface
// or text colour stands out most on the control's own fill (the blue primary buttons, the red 呼叫 tile,
// the yellow buttons of high contrast), where the focus colour alone is below 3:1.
import QtQuick

Item {
    id: ring
    objectName: "focusRing"  // drawn around its control on purpose: the fit measure lets it cross
    property color fill: app.t.surface   // what the control is filled with under the ring
    property real radius: app.t.radius
    readonly property real band: app.t.focusWidth
    anchors.fill: parent
    z: 10
    function luminance(c) {
        const lin = (v) => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
    // (the theme's colours are strings: Qt.lighter(…, 1) makes colours of them, with r, g and b)
    readonly property color surface: Qt.lighter(app.t.surface, 1)
    readonly property color ink: Qt.lighter(app.t.text, 1)
    readonly property color halo: contrast(surface, Qt.lighter(fill, 1)) >= contrast(ink, Qt.lighter(fill, 1)) ? surface : ink
    Rectangle {
        anchors.fill: parent
        color: "transparent"
        radius: ring.radius
        border.width: ring.band
        border.color: app.t.focus
    }
    Rectangle {
        anchors { fill: parent; margins: ring.band }
        color: "transparent"
        radius: Math.max(0, ring.radius - ring.band)
        border.width: Math.max(2, ring.band - 1)
        border.color: ring.halo
    }
}
