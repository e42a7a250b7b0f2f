"""At night the attract screen is dimmed (``[ops] night_hours``, ``night_level`` in kiosk.toml), and its
words still read at 4.5:1 at least (WCAG 1.4.3), measured from the rendered pixels in every theme."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ui_kit import wait_until

from kiosk.tools.a11y_measure import Limits, measure
from kiosk.tools.screenshots import find, settle

NIGHT = dt.datetime(2026, 11, 26, 2, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture
def night_kiosk(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from kiosk.config import load_config
    from kiosk.ui.app import build
    from kiosk.ui.ops_wiring import OpsWiring

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    toml = tmp_path / "kiosk.toml"
    toml.write_text(
        'data_dir = "data"\n[logging]\nconsole = false\n'
        '[ops]\nnight_hours = "22:00-06:30"\nnight_level = 0.15\n',
        encoding="utf-8",
    )
    kiosk = build(load_config(toml), keyboard_config_home=tmp_path / "xdg-config")
    wiring = OpsWiring(kiosk, {}, now_local=lambda: NIGHT)
    wiring.start()
    yield kiosk, wiring
    wiring.stop()
    kiosk.close()


@pytest.mark.parametrize("theme", ["standard", "elderly", "high_contrast"])
def test_the_dimmed_attract_screen_keeps_its_words_readable(night_kiosk, theme):
    kiosk, wiring = night_kiosk
    kiosk.app.setTheme(theme)
    wait_until(kiosk, lambda: wiring.dimLevel == pytest.approx(0.15), what="the night level")
    overlay = find(kiosk, "dimOverlay")
    wait_until(kiosk, lambda: overlay.property("visible"), what="the screen dimmed")
    settle(kiosk.qt_app, 60)
    limits = Limits(body_px=0, title_px=0, contrast=4.5)
    low = [f for f in measure(kiosk.window, limits, "attract") if f.rule == "contrast"]
    assert not low, "\n".join(map(str, low))
    # and it is dimmed: the screen's background is darker than the theme's undimmed accent
    image = kiosk.window.grabWindow()
    corner = image.pixelColor(5, 5)
    assert corner.lightness() < 0.7 * _lightness(kiosk.app.property("t").toVariant()["accent"])


def _lightness(colour: str) -> int:
    from PySide6.QtGui import QColor

    return QColor(colour).lightness()
