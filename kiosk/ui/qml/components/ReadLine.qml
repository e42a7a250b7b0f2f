// A line of text the keypad can stop on, for content a resident must be able to read before acting
// (what the review will submit): focused, it is ringed, scrolled into sight and said aloud (its words are
// its accessible name), so a keypad user reads the list line by line with Up and Down.
import QtQuick

BodyText {
    id: line
    activeFocusOnTab: true
    Accessible.focusable: true
    padding: app.t.focusWidth * 2 + 2  // room for the ring's two bands around the words, not over them
    FocusRing {
        visible: line.activeFocus
        fill: app.t.background
    }
}
