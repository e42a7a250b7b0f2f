"""The call-for-help chime: a short two-note "ding-dong" the call-staff button plays (帮办).

The sound is ``assets/sounds/help-chime.wav``, made by :func:`write_chime` (``python -m kiosk.ui.chime``
writes it again). It plays through its own Qt Multimedia player, beside the voice guidance's, so a
spoken confirmation and the chime never cut each other off (PulseAudio mixes them). The player is
made by a QML engine for the reason ``kiosk.ui.voice`` gives (Python-made multimedia objects can
deadlock in the FFmpeg backend's teardown), and only on the first press: start-up never loads Qt
Multimedia for it.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer

CHIME_PATH = Path(__file__).resolve().parents[2] / "assets" / "sounds" / "help-chime.wav"
RATE = 22050
NOTES = ((659.25, 0.38), (523.25, 0.62))  # E5 then C5: the common doorbell fall
VOLUME = 0.9

_PLAYER_QML = b"import QtMultimedia\nMediaPlayer { audioOutput: AudioOutput {} }\n"


def write_chime(path: Path = CHIME_PATH) -> Path:
    """Two soft bell notes with a quick attack and an exponential decay, 16-bit mono."""
    frames = bytearray()
    for freq, seconds in NOTES:
        n = int(RATE * seconds)
        for i in range(n):
            t = i / RATE
            envelope = min(1.0, t / 0.01) * math.exp(-4.0 * t / seconds)
            # a touch of the octave above makes it sound like a bell, not a beep
            sample = math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t)
            frames += struct.pack("<h", int(32767 * 0.55 * envelope * sample / 1.3))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(frames))
    return path


class Chime(QObject):
    started = Signal()  # the chime is playing

    def __init__(self, parent: Any = None, path: Path = CHIME_PATH) -> None:
        super().__init__(parent)
        self.path = path
        self.player: QMediaPlayer | None = None
        self._engine: Any = None

    def _ensure_player(self) -> QMediaPlayer:
        if self.player is None:
            from PySide6.QtMultimedia import QMediaPlayer
            from PySide6.QtQml import QQmlComponent, QQmlEngine

            self._engine = QQmlEngine(self)
            component = QQmlComponent(self._engine)
            component.setData(_PLAYER_QML, QUrl())
            player = component.create()
            if not isinstance(player, QMediaPlayer):
                raise RuntimeError(f"Qt Multimedia QML is unavailable: {component.errorString()}")
            player.setParent(self)
            audio = player.audioOutput()
            if audio is not None:
                audio.setVolume(VOLUME)
            player.playbackStateChanged.connect(self._on_state)
            self.player = player
        return self.player

    def play(self) -> None:
        """From the start, whatever it was doing; a missing sound device only costs the chime."""
        if not self.path.is_file():  # committed; made again only in a tree that lost it
            write_chime(self.path)
        player = self._ensure_player()
        player.setSource(QUrl.fromLocalFile(str(self.path)))
        player.setPosition(0)
        player.play()

    def _on_state(self, state: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if state == QMediaPlayer.PlaybackState.PlayingState:
            self.started.emit()

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()


if __name__ == "__main__":
    print(write_chime())
