"""The call-for-help chime: a short two-note "ding-dong" the call-staff button plays (帮办).

The sound is ``assets/sounds/help-chime.wav``, made by :func:`write_chime` (``python -m kiosk.ui.chime``
writes it again). It plays through the voice output's sound stream (``VoiceController.playSound``),
beside the speech stream, so a spoken confirmation and the chime never cut each other off and no
media player (30 MB and 50-80 ms to open a stream) is loaded for it.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

from kiosk.assets import HELP_CHIME

CHIME_PATH = HELP_CHIME
RATE = 22050
NOTES = ((659.25, 0.38), (523.25, 0.62))  # E5 then C5: the common doorbell fall


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


if __name__ == "__main__":
    print(write_chime())
