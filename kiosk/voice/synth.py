"""Speech synthesis to WAV files: the espeak-ng command (default) or pyttsx3 over libespeak-ng.

Only files: pyttsx3's ``say()`` shells out to ``aplay`` and fails quietly without a sound device,
while ``save_to_file`` works anywhere; playback is Qt Multimedia's job.

Why the command by default, measured here (200 short prompts, one thread): pyttsx3 2.99 wrote no
audio for 1 of them (4 of 200 with two threads taking turns under a lock), and took 13.5 ms a prompt
against 8.0 ms for a fresh espeak-ng process: its run loop polls with a 10 ms sleep. A process per
prompt also shares no synthesizer state between threads. ``KIOSK_TTS=pyttsx3`` selects pyttsx3.

libespeak-ng is one synthesizer per process (pyttsx3 initialises it once and shares one engine per
driver name), so every pyttsx3 synthesis, from any thread, goes through ``_ENGINE_LOCK``.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import threading
from pathlib import Path
from typing import Any, Protocol

from kiosk.voice.text import CLI_VOICES, Speakable

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
        for attempt in (1, 2):  # it occasionally writes nothing (see the module docstring)
            with _ENGINE_LOCK:
                self._engine.setProperty("voice", s.voice)
                self._engine.setProperty("rate", int(rate))
                self._engine.save_to_file(s.text, str(out))
                # pyttsx3 prints "Audio saved to <file>" on stdout for every file; keep the console clean.
                with contextlib.redirect_stdout(io.StringIO()):
                    self._engine.runAndWait()
            try:
                _check_output(out)
                return
            except SynthesisError:
                if attempt == 2:
                    raise


class EspeakCliSynthesizer:
    """One espeak-ng process per prompt (~8 ms for a short one): nothing shared between threads."""

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
    """The espeak-ng command; pyttsx3 when ``KIOSK_TTS=pyttsx3`` (or when the command is missing)."""
    if os.environ.get("KIOSK_TTS") != "pyttsx3" and shutil.which("espeak-ng"):
        return EspeakCliSynthesizer()
    return Pyttsx3Synthesizer()
