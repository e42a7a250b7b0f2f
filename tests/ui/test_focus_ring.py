"""The keypad's focus ring shows at 3:1 or more on every screen, in every theme, on whatever it sits on
(the blue primary buttons and the red 呼叫 tile included), measured from pixels by
kiosk.tools.focus_ring_measure; and the measure does catch the one-colour ring those buttons had."""

from __future__ import annotations

import gc

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


# Text fields included: focusing one opens the on-screen keyboard. The walk once crashed its process in
# about a third of runs (SIGSEGV in ~QQuickLoader): PySide's nextItemInFocusChain tied the lasting
# controls' wrappers to the old screens' ones, and a garbage collection after a session's wipe deleted
# those controls under QML's feet (kiosk.tools.focus_ring_measure.next_in_focus_chain). After each walk
# the top bar's and voice bar's buttons must still be there.
LASTING = ("voiceToggle", "helpButton", "homeButton", "backButton", "elderlyButton", "contrastButton")


@pytest.mark.parametrize("theme", THEMES)
def test_every_screens_focus_ring_shows_at_3_to_1(rk, theme):
    """Each screen in one theme, the themes taking turns screen by screen: every screen and every
    theme measured at a third of the cost of every pair (`kiosk-tools screenshots --measure` does all)."""
    turn = list(THEMES).index(theme)
    found = measure_focus_rings(rk, list(SCREENS)[turn :: len(THEMES)], [theme])
    gc.collect()
    assert [name for name in LASTING if rk_find(rk, name) is None] == []
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
