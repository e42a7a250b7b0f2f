"""Real terminal screens: the window takes [screen] size and orientation from kiosk.toml, and the screens
use the room a floor-standing portrait panel (1080x1920) or a landscape one (1920x1080) gives them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtTest import QTest
from ui_kit import module_kiosk, wait_until

from kiosk.tools.a11y_measure import measure_fit
from kiosk.tools.screenshots import find, set_geometry, show_screen

PORTRAIT, LANDSCAPE = (1080, 1920), (1920, 1080)


@pytest.fixture(scope="module")
def gkiosk(qapp, tmp_path_factory):
    with module_kiosk(tmp_path_factory.mktemp("geometry")) as app:
        yield app


def tap(k, item) -> None:
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    QTest.mouseClick(k.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def scroller(item):
    """The scrolling view (GridView, ListView, Flickable) an item sits in."""
    while item is not None and not item.inherits("QQuickFlickable"):
        item = item.parentItem()
    assert item is not None
    return item


def scene_rect(item) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def wholly_shown(k, prefix: str, viewport) -> list[str]:
    """Names of the items called prefix* that are on screen whole, inside the scrolling viewport."""
    from kiosk.tools.a11y_measure import visible_items

    view = scene_rect(viewport).adjusted(-1, -1, 1, 1)
    return [
        s.item.objectName()
        for s in visible_items(k.window)
        if s.item.objectName().startswith(prefix) and view.contains(scene_rect(s.item))
    ]


def test_the_window_takes_size_and_orientation_from_kiosk_toml(qapp, tmp_path, monkeypatch):
    from kiosk.config import load_config
    from kiosk.ui.app import build

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    toml = tmp_path / "kiosk.toml"
    toml.write_text(
        'data_dir = "data"\n[logging]\nconsole = false\n'
        '[screen]\nsize = "1920x1080"\norientation = "portrait"\n',
        encoding="utf-8",
    )
    app = build(load_config(toml), keyboard_config_home=tmp_path / "xdg-config")
    try:
        assert (app.window.width(), app.window.height()) == PORTRAIT
        assert app.window.property("portrait") is True
    finally:
        app.close()


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_portrait_elderly_catalog_shows_six_tiles_without_scrolling(gkiosk, locale):
    set_geometry(gkiosk, PORTRAIT)
    show_screen(gkiosk, "catalog-topics", "elderly", locale)
    grid = scroller(find(gkiosk, "category_" + gkiosk.catalog.catalog.categories[0].code))
    assert grid.property("contentY") == pytest.approx(grid.property("originY"))  # not scrolled
    assert len(wholly_shown(gkiosk, "category_", grid)) >= 6


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_portrait_elderly_form_shows_three_fields_without_scrolling(gkiosk, locale):
    set_geometry(gkiosk, PORTRAIT)
    show_screen(gkiosk, "journey-form", "elderly", locale)
    page = scroller(find(gkiosk, "field_applicant_name"))
    assert page.property("contentY") == pytest.approx(page.property("originY"))
    assert len(wholly_shown(gkiosk, "field_", page)) >= 3


def test_portrait_elderly_english_voice_controls_fold_into_one_button(gkiosk):
    """Six controls in English 长辈版 are wider than a portrait panel: one row stays, holding the switch
    and one button that opens the rest above the bar, each whole and inside the window."""
    set_geometry(gkiosk, PORTRAIT)
    show_screen(gkiosk, "home", "elderly", "en")
    strip, more = find(gkiosk, "voiceStrip"), find(gkiosk, "voiceMore")
    assert more.isVisible() and not find(gkiosk, "voiceRepeat").isVisible()
    assert scene_rect(more).bottom() <= scene_rect(strip).bottom()
    tap(gkiosk, more)
    wait_until(gkiosk, lambda: find(gkiosk, "voicePanel").isVisible())
    window = QRectF(0, 0, *PORTRAIT)
    for name in ("voiceRepeat", "voiceStop", "voiceSofter", "voiceLouder", "voiceSlower", "voiceFaster"):
        button = find(gkiosk, name)
        assert button.isVisible() and window.contains(scene_rect(button)), name
    assert not measure_fit(gkiosk.window, "home"), "the open panel fits"


def test_voice_controls_stay_in_one_row_where_they_fit(gkiosk):
    set_geometry(gkiosk, LANDSCAPE)
    show_screen(gkiosk, "home", "elderly", "en")
    strip = scene_rect(find(gkiosk, "voiceStrip"))
    assert not find(gkiosk, "voiceMore").isVisible()
    for name in ("voiceToggle", "voiceRepeat", "voiceFaster"):
        button = scene_rect(find(gkiosk, name))
        assert strip.contains(button), name


def test_landscape_uses_the_width_for_more_catalog_columns(gkiosk):
    columns = {}
    for size in (PORTRAIT, LANDSCAPE):
        set_geometry(gkiosk, size)
        show_screen(gkiosk, "catalog-topics", "elderly", "zh_CN")
        tile = find(gkiosk, "category_" + gkiosk.catalog.catalog.categories[0].code)
        columns[size] = scroller(tile).property("columns")
    assert columns[PORTRAIT] >= 3 and columns[LANDSCAPE] > columns[PORTRAIT]


def test_screenshots_geometry_option_is_checked_before_anything_renders(tmp_path, capsys):
    from kiosk.tools.cli import main

    assert main(["screenshots", str(tmp_path / "shots"), "--geometry", "big"]) == 2
    assert '--geometry: expected a window size such as "1080x1920"' in capsys.readouterr().err
    assert not (tmp_path / "shots").exists()


def test_the_configured_window_is_rendered_first_then_the_standard_ones():
    import dataclasses

    from kiosk.config import default_config
    from kiosk.tools.screenshots import GEOMETRIES, geometries_for

    config = default_config({"HOME": "/nonexistent"})
    assert geometries_for(config) == [(1280, 800), (1080, 1920), (1920, 1080)]
    odd = dataclasses.replace(config, screen=dataclasses.replace(config.screen, size="1366x768"))
    assert geometries_for(odd) == [(1366, 768), *GEOMETRIES]


@pytest.mark.parametrize("theme", ["standard", "elderly"])
def test_landscape_lays_the_form_and_the_materials_in_two_columns(gkiosk, theme):
    """On a 1920x1080 panel the form's fields and the materials' cards go two to a row (not a portrait
    page stretched wide); on a portrait panel, one to a row."""
    pairs = {"journey-form": ("formRow_applicant_name", "formRow_applicant_id_number")}
    for size in (LANDSCAPE, PORTRAIT):
        set_geometry(gkiosk, size)
        show_screen(gkiosk, "journey-form", theme, "zh_CN")
        first, second = (scene_rect(find(gkiosk, n)) for n in pairs["journey-form"])
        if size == LANDSCAPE:
            assert second.left() > first.right() and second.top() == pytest.approx(first.top())
            assert first.width() < size[0] / 2
        else:
            assert second.top() > first.bottom() and second.left() == pytest.approx(first.left())
        show_screen(gkiosk, "journey-materials", theme, "zh_CN")
        cards = [scene_rect(s.item) for s in _named(gkiosk, "material_")]
        assert len(cards) >= 2
        rows = {round(c.top()) for c in cards}
        assert len(rows) < len(cards) if size == LANDSCAPE else len(rows) == len(cards)
        assert not measure_fit(gkiosk.window, "journey-materials")


def _named(k, prefix: str):
    from kiosk.tools.a11y_measure import visible_items

    return [s for s in visible_items(k.window) if s.item.objectName().startswith(prefix)]


def test_a_tall_page_gives_the_signature_and_the_reader_picture_its_room(gkiosk):
    """A portrait panel's light screens are not a small box over empty space: the signature pad is
    half as tall as it is wide, and the picture of the reader grows, its words staying their size."""
    pictures = {}
    for size in ((1280, 800), PORTRAIT):
        set_geometry(gkiosk, size)
        show_screen(gkiosk, "journey-sign", "standard", "zh_CN")
        pad = find(gkiosk, "signPad")
        if size == PORTRAIT:
            assert pad.height() >= pad.width() / 2 - 1
        show_screen(gkiosk, "journey-identify", "standard", "zh_CN")
        picture = find(gkiosk, "readerPicture")
        pictures[size] = scene_rect(picture).height()
        assert not measure_fit(gkiosk.window, "journey-identify")
    assert pictures[PORTRAIT] > pictures[1280, 800]
    assert pictures[PORTRAIT] >= 2.5 * picture.property("baseHeight")  # its size drawn for the words alone
