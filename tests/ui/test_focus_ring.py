"""The keypad's focus ring shows at 3:1 or more on every screen, in every theme, on whatever it sits on
(the blue primary buttons and the red 呼叫 tile included), measured from pixels by
kiosk.tools.focus_ring_measure; and the measure does catch the one-colour ring those buttons had."""

from __future__ import annotations

import pytest
from ui_kit import module_kiosk

from kiosk.tools.focus_ring_measure import measure_focus_rings, measure_ring
from kiosk.tools.screenshots import SCREENS, show_screen
from kiosk.ui.themes import THEMES

pytestmark = pytest.mark.slow  # every screen in three themes, two grabs per kind of control


@pytest.fixture(scope="module")
def rk(qapp, tmp_path_factory):
    with module_kiosk(tmp_path_factory.mktemp("focus-ring")) as app:
        yield app


# An open bug, left visible here: in about a third of runs this walk crashed its process (SIGSEGV in
# ~QQuickLoader, on a Loader inside a Repeater inside a layout whose item was already freed, while a
# session wipe deleted what the screens let go: 5 core dumps, the same stack), also with the form's screens
# left out. The walk is the only one that opens the on-screen keyboard (a focused text field) in every
# theme in turn; until the cause is found it leaves text fields out, whose ring the keypad walks and the
# keyboard tests check on the form.
@pytest.mark.parametrize("theme", THEMES)
def test_every_screens_focus_ring_shows_at_3_to_1(rk, theme):
    """Each screen in one theme, the themes taking turns screen by screen: every screen and every
    theme measured at a third of the cost of every pair (`kiosk-tools screenshots --measure` does all)."""
    turn = list(THEMES).index(theme)
    found = measure_focus_rings(rk, list(SCREENS)[turn :: len(THEMES)], [theme], text_fields=False)
    assert not found, "focus rings too faint:\n" + "\n".join(map(str, found))


# The ring every control had: the border turned the focus colour (orange on a blue button).
ONE_COLOUR_RING = b"""
import QtQuick
Rectangle {
    objectName: "oneColourRing"
    x: 40; y: 200; width: 240; height: 80
    radius: app.t.radius
    color: app.t.accent
    activeFocusOnTab: true
    border.width: activeFocus ? app.t.focusWidth : app.t.borderWidth
    border.color: activeFocus ? app.t.focus : app.t.border
}
"""


def test_the_measure_catches_a_one_colour_ring_on_a_blue_button(rk):
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlComponent

    show_screen(rk, "home", "standard")
    component = QQmlComponent(rk.engine)
    component.setData(ONE_COLOUR_RING, QUrl())
    button = component.create(rk.engine.rootContext())
    assert button is not None, component.errorString()
    button.setParentItem(rk.window.contentItem())
    button.setZ(100)
    try:
        finding = measure_ring(rk, button, "home")
        assert finding is not None and finding.rule == "focus ring" and finding.value < 0.5, finding
        assert measure_ring(rk, rk_find(rk, "servicesTile"), "home") is None  # the real blue tile
    finally:
        button.setParentItem(None)
        button.deleteLater()


def rk_find(k, name):
    from kiosk.tools.screenshots import find

    return find(k, name)
