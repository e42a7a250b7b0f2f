"""长辈版 measured, not assumed: every screen of kiosk.tools.screenshots.SCREENS in the elderly theme, in both
languages, at each window size of kiosk.tools.screenshots.GEOMETRIES, offscreen, for fit (no text cut or
over its box: kiosk.tools.a11y_measure.measure_fit) and against the MIIT numbers (text >= 18 pt, titles
>= 30 pt, targets >= 60x60, line spacing >= 1.3) and WCAG 1.4.6 contrast (>= 7:1, from the rendered
pixels). New screens are covered as soon as they are added to SCREENS; technician screens are exempt by
name (kiosk.tools.a11y_measure.EXEMPT)."""

from __future__ import annotations

import numpy as np
import pytest
from ui_kit import module_kiosk

from kiosk.tools.a11y_measure import (
    EXEMPT,
    Limits,
    exempt,
    measure,
    measure_screens,
    measured_contrast,
    visible_items,
)
from kiosk.tools.screenshots import GEOMETRIES, SCREENS, set_geometry, show_screen


@pytest.fixture(scope="module")
def mkiosk(qapp, tmp_path_factory):
    with module_kiosk(tmp_path_factory.mktemp("measure")) as app:
        yield app


@pytest.fixture(autouse=True)
def default_window(mkiosk):
    """Each test starts at the configured 1280x800 (the every-screen test moves through the others)."""
    set_geometry(mkiosk, mkiosk.config.screen.window_size)


# Every screen at every window size (portrait 1080x1920, landscape 1920x1080, 1280x800), measured from
# pixels and for fit, each rendered once per size with the languages taking turns, so every screen and
# every size meets both languages. One shared kiosk.
@pytest.mark.slow
@pytest.mark.timeout(900)
def test_every_screen_meets_the_elderly_numbers_and_fits_every_window(mkiosk):
    found = measure_screens(mkiosk, list(SCREENS), ("zh_CN", "en"), GEOMETRIES, alternate_locales=True)
    # The keyboard is held to the same numbers: its keys and Pinyin candidates are drawn by our style.
    assert not found, "长辈版 violations (screen: item: rule measured):\n" + "\n".join(map(str, found))


def test_the_keyboard_is_measured_too(mkiosk):
    """Not vacuous for the keyboard: its keys, labels and candidates are seen, and in the standard look
    (15 pt function-key labels) they are too small for the 长辈版 numbers."""
    show_screen(mkiosk, "search-pinyin", "elderly", "zh_CN")
    items = [s for s in visible_items(mkiosk.window) if s.part == "keyboard"]
    keys = [s for s in items if s.item.property("touchTarget") is True]
    candidates = [s for s in items if s.item.objectName() == "candidateText" and s.item.property("text")]
    assert len(keys) >= 30 and all(min(s.rect[2], s.rect[3]) >= 60 for s in keys)
    assert any("养" in s.item.property("text") for s in candidates)
    show_screen(mkiosk, "search-pinyin", "standard", "zh_CN")
    found = measure(mkiosk.window, Limits.elderly(mkiosk.config.screen), "search-pinyin")
    assert {"keyLabel"} <= {f.item for f in found if f.part == "keyboard" and f.rule == "text size"}


def test_the_measure_sees_standard_print_as_too_small(mkiosk):
    """The check is not vacuous: the standard look (15 pt body, 48 px targets) fails the 长辈版 numbers."""
    show_screen(mkiosk, "home", "standard", "zh_CN")
    found = measure(mkiosk.window, Limits.elderly(mkiosk.config.screen), "home")
    rules = {f.rule for f in found}
    assert {"text size", "target size"} <= rules, found
    assert any(f.item == "homeButton" and f.rule == "target size" for f in found)


def test_contrast_is_read_from_glyph_pixels_not_declared_colours():
    white = np.full((40, 80, 3), 255, dtype=np.uint8)
    grey_text = white.copy()
    grey_text[10:30, 10:20] = 0x77  # #777777 on white: 4.48:1
    assert measured_contrast(grey_text) == pytest.approx(4.48, abs=0.02)
    dark_text = white.copy()
    dark_text[10:30, 10:20] = 0x11
    dark_text[10:30, 9] = 0x88  # an anti-aliased edge does not pull the measure down
    assert measured_contrast(dark_text) > 17
    assert measured_contrast(white) is None  # nothing drawn: nothing to measure


def test_staff_screens_are_the_only_exemption():
    assert set(EXEMPT) == {"tech"}
    assert exempt("tech-diagnostics") and exempt("tech")
    assert not any(exempt(name) for name in SCREENS if not name.startswith("tech"))
