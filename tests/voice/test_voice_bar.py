"""VoiceBar in the real kiosk window, driven by clicks on the offscreen window, with Main.qml's two
hooks: screen prompt -> speak, focus -> speakFocus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.config import Config
from kiosk.ui.voice import DEFAULT_VOLUME, VoiceController

WAIT_MS = 5000


@pytest.fixture
def kiosk_voice(
    qapp: Any, pulse: dict[str, str], voice_config: Config, tmp_path: Path
) -> Iterator[tuple[Any, VoiceController, QQuickItem]]:
    """The real kiosk with its own voice controller, Main.qml hooks and VoiceBar."""
    from kiosk.tools.screenshots import find
    from kiosk.ui.app import build

    kiosk = build(voice_config, keyboard_config_home=tmp_path / "xdg-config")
    kiosk.window.show()
    assert QTest.qWaitForWindowExposed(kiosk.window)
    bar = find(kiosk, "voiceBar")
    assert isinstance(bar, QQuickItem)
    yield kiosk, kiosk.voice, bar
    kiosk.close()


def button(bar: QQuickItem, name: str) -> QQuickItem:
    item = bar.findChild(QQuickItem, name)
    assert item is not None, name
    return item


def click(kiosk: Any, item: QQuickItem) -> None:
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    QTest.mouseClick(
        kiosk.window,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(round(centre.x()), round(centre.y())),
    )


def playing(voice: VoiceController, text: str) -> bool:
    path = voice.cache.lookup(text, locale=voice.session.locale)
    return path is not None and voice.now_playing == path and voice.property("speaking")


def test_voice_bar_controls_and_main_qml_hooks(qtbot: Any, kiosk_voice: Any) -> None:
    kiosk, voice, bar = kiosk_voice
    kiosk.app.start()  # home screen; standard mode: voice is off, only the switch shows
    toggle = button(bar, "voiceToggle")
    assert toggle.isVisible() and not button(bar, "voiceRepeat").isVisible()
    assert toggle.property("text")

    click(kiosk, toggle)
    assert voice.property("enabled")
    names = ["voiceRepeat", "voiceStop", "voiceSofter", "voiceLouder", "voiceSlower", "voiceFaster"]
    for name in names:
        b = button(bar, name)
        assert b.isVisible() and b.property("text") and b.property("description"), name
        assert b.width() >= 44 and b.height() >= 44, name

    # Screen change -> its prompt is spoken.
    kiosk.app.go("catalog")
    prompt = kiosk.window.property("prompt")
    assert prompt
    qtbot.waitUntil(lambda: playing(voice, prompt), timeout=WAIT_MS)

    # Touching a control moves focus to it -> its name is spoken; then its action runs.
    louder = button(bar, "voiceLouder")
    click(kiosk, louder)
    assert voice.property("volume") == pytest.approx(DEFAULT_VOLUME + 0.1)
    qtbot.waitUntil(lambda: playing(voice, louder.property("text")), timeout=WAIT_MS)

    click(kiosk, button(bar, "voiceRepeat"))  # the screen prompt again, not the button's name
    qtbot.waitUntil(lambda: playing(voice, prompt), timeout=WAIT_MS)

    click(kiosk, button(bar, "voiceStop"))
    qtbot.waitUntil(lambda: not voice.property("speaking"), timeout=WAIT_MS)

    click(kiosk, button(bar, "voiceSlower"))
    assert voice.property("rate") < 160

    kiosk.app.finish()  # end of session: defaults back, the switch alone again
    assert voice.property("volume") == DEFAULT_VOLUME and voice.property("rate") == 160
    assert not voice.property("enabled")
    qtbot.waitUntil(lambda: not button(bar, "voiceRepeat").isVisible(), timeout=WAIT_MS)
