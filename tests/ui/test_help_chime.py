"""帮办: the call-staff button records and queues the request, plays the chime on the private PulseAudio
null sink (tests/conftest.py) and, with voice guidance on, speaks the confirmation."""

from __future__ import annotations

import os
import shutil
import subprocess
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QMetaObject
from ui_kit import shown

from kiosk.tools.screenshots import find
from kiosk.ui.chime import CHIME_PATH, write_chime


def sink_inputs(pulse: dict[str, str]) -> list[str]:
    """Streams playing into the null sink right now, as PulseAudio itself reports them."""
    out = subprocess.run(
        ["pactl", "list", "short", "sink-inputs"],
        env={**os.environ, **pulse},
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in out.stdout.splitlines() if line.strip()]


def test_the_committed_chime_is_short_and_what_the_generator_makes(tmp_path: Path) -> None:
    with wave.open(str(CHIME_PATH)) as w:
        seconds = w.getnframes() / w.getframerate()
        assert w.getnchannels() == 1 and 0.3 < seconds < 2.0
    assert write_chime(tmp_path / "chime.wav").read_bytes() == CHIME_PATH.read_bytes()


@pytest.mark.skipif(shutil.which("pulseaudio") is None, reason="needs pulseaudio for the null sink")
def test_call_staff_plays_the_chime_and_speaks_the_confirmation(kiosk, qtbot, pulse) -> None:
    k = kiosk
    k.app.start()
    k.app.toggleElderly()  # 长辈版: voice guidance on
    shown(k, "helpButton")
    before = len(sink_inputs(pulse))
    assert k.voice.sounds is None  # no sound stream until something plays
    QMetaObject.invokeMethod(find(k, "helpButton"), "clicked")
    sounds = k.voice.sounds  # the voice output's own sound stream, beside speech
    assert sounds is not None
    qtbot.waitUntil(lambda: sounds.streams_opened == 1, timeout=5000)  # it really plays
    qtbot.waitUntil(lambda: len(sink_inputs(pulse)) > before, timeout=5000)  # into the sink
    # the confirmation is spoken too (the voice's own player, alongside the chime)
    shown(k, "helpOverlay")
    qtbot.waitUntil(lambda: k.voice.property("speaking"), timeout=15000)
    assert "工作人员" in k.voice._last
    # and the request is recorded and queued
    assert k.db.execute("SELECT screen FROM help_requests").fetchall() == [("home",)]
    assert k.db.execute("SELECT count(*) FROM outbox WHERE kind = 'help'").fetchone() == (1,)
