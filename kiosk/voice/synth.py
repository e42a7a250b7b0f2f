"""Speech synthesis to WAV files: pyttsx3 over libespeak-ng, or the espeak-ng command as a fallback.

Only files: pyttsx3's ``say()`` shells out to ``aplay`` and fails quietly without a sound device,
while ``save_to_file`` works anywhere; playback is Qt Multimedia's job.

libespeak-ng is one synthesizer per process (pyttsx3 initialises it once and shares one engine per
driver name), so every synthesis, from any thread, goes through ``_ENGINE_LOCK``.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any, Protocol

from kiosk.voice.text import CLI_VOICES, Speakable

log = logging.getLogger(__name__)

_ENGINE_LOCK = threading.Lock()
DEFAULT_RATE = 160  # words per minute; espeak-ng's own default (175) is quick for older listeners
MIN_RATE, MAX_RATE = 80, 300


class SynthesisError(RuntimeError):
    pass


class Synthesizer(Protocol):
    name: str

    def synthesize(self, s: Speakable, rate: int, out: Path) -> None:
        """Write ``s`` spoken at ``rate`` words per minute to the WAV file ``out``."""


def _check_output(out: Path) -> None:
    if not out.exists() or out.stat().st_size <= 44:  # a bare WAV header
        raise SynthesisError("the synthesizer produced no audio")


class Pyttsx3Synthesizer:
    name = "pyttsx3"

    def __init__(self) -> None:
        import pyttsx3

        with _ENGINE_LOCK:
            self._engine: Any = pyttsx3.init("espeak")
            self._engine.setProperty("volume", 1.0)  # loudness is the player's, so cached files are shared

    def synthesize(self, s: Speakable, rate: int, out: Path) -> None:
        if not s.text:
            raise SynthesisError("nothing to say")
        with _ENGINE_LOCK:
            self._engine.setProperty("voice", s.voice)
            self._engine.setProperty("rate", int(rate))
            self._engine.save_to_file(s.text, str(out))
            # pyttsx3 prints "Audio saved to <file>" on stdout for every file; keep the console clean.
            with contextlib.redirect_stdout(io.StringIO()):
                self._engine.runAndWait()
        _check_output(out)


class EspeakCliSynthesizer:
    """One espeak-ng process per prompt: slower to start (~20-40 ms) but shares no state at all."""

    name = "espeak-ng"

    def __init__(self, timeout: float = 20.0) -> None:
        exe = shutil.which("espeak-ng")
        if exe is None:
            raise SynthesisError("espeak-ng is not installed: run scripts/bootstrap")
        self._exe = exe
        self._timeout = timeout

    def synthesize(self, s: Speakable, rate: int, out: Path) -> None:
        if not s.text:
            raise SynthesisError("nothing to say")
        subprocess.run(
            [self._exe, "-v", CLI_VOICES[s.language], "-s", str(int(rate)), "-w", str(out), "--", s.text],
            check=True,
            timeout=self._timeout,
            capture_output=True,
        )
        _check_output(out)


def default_synthesizer() -> Synthesizer:
    """pyttsx3 when libespeak-ng loads, else the espeak-ng command; the choice is logged once."""
    if os.environ.get("KIOSK_TTS") != "espeak-ng":
        try:
            return Pyttsx3Synthesizer()
        except Exception as exc:
            log.warning("pyttsx3 unavailable (%s); using the espeak-ng command", type(exc).__name__)
    return EspeakCliSynthesizer()
