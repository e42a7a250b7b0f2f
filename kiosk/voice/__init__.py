"""Spoken guidance (长辈版 and screen-reader users): prompt text -> WAV files, cached, and the audio
output they play through (``kiosk.voice.output``: one PulseAudio stream kept open). Qt-free.

The controls (speak, repeat, stop, volume, pace) live in kiosk/ui/voice.py.
"""

from kiosk.voice.cache import PromptCache, Rendered, cache_key
from kiosk.voice.synth import (
    DEFAULT_RATE,
    MAX_RATE,
    MIN_RATE,
    EspeakCliSynthesizer,
    Pyttsx3Synthesizer,
    SynthesisError,
    Synthesizer,
    default_synthesizer,
)
from kiosk.voice.text import EN, ZH, language_of, phonemes, speakable, to_pinyin

__all__ = [
    "DEFAULT_RATE",
    "EN",
    "MAX_RATE",
    "MIN_RATE",
    "ZH",
    "EspeakCliSynthesizer",
    "PromptCache",
    "Pyttsx3Synthesizer",
    "Rendered",
    "SynthesisError",
    "Synthesizer",
    "cache_key",
    "default_synthesizer",
    "language_of",
    "phonemes",
    "speakable",
    "to_pinyin",
]
