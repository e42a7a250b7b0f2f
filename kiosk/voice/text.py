"""Prompt text -> what espeak-ng should read, and with which voice.

Debian's espeak-ng reads many Chinese characters as English under the ``cmn`` voice (its dictionary
lacks them and it falls back to spelling). Converting to tone-numbered pinyin (pypinyin TONE3) and
reading that with ``cmn-latn-pinyin`` gives Mandarin throughout: tests/voice checks the phonemes.
Before that, numbers, letters and symbols become Chinese words by their kind, and the phrases
pypinyin reads wrongly take the project's readings (kiosk/voice/spoken.py, pronunciations.toml).
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from dataclasses import dataclass

from kiosk.voice import spoken

ZH = "zh"
EN = "en"
LANGUAGES = (ZH, EN)

# pyttsx3 names voices by espeak-ng identifier, lower-cased.
VOICES = {ZH: "sit/cmn-latn-pinyin", EN: "gmw/en-us"}
# The same voices as the espeak-ng command line names them.
CLI_VOICES = {ZH: "cmn-latn-pinyin", EN: "en-us"}

_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_RE = re.compile(r"[A-Za-z]")
# Full-width punctuation becomes ASCII so espeak-ng pauses at it instead of skipping or naming it.
_PUNCT = str.maketrans(
    {
        "，": ", ", "、": ", ", "；": "; ", "：": ": ", "。": ". ", "！": "! ", "？": "? ",
        "（": " (", "）": ") ", "“": ' "', "”": '" ', "‘": " '", "’": "' ", "《": " ", "》": " ",
        "…": "... ", "—": ", ", "·": " ", "〔": " (", "〕": ") ", "【": " (", "】": ") ",
    }
)  # fmt: skip
_SPACES_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class Speakable:
    language: str
    voice: str
    text: str  # what the synthesizer reads (pinyin for Chinese)


def language_of(text: str, locale: str = "zh_CN") -> str:
    """Chinese if the text has Chinese characters; English if it has Latin letters; else the locale's.

    By content rather than by UI locale: the Chinese screen's "English" button is read in English.
    """
    if _CJK_RE.search(text):
        return ZH
    if _LATIN_RE.search(text):
        return EN
    return ZH if locale.startswith("zh") else EN


def to_pinyin(text: str) -> str:
    """Chinese characters -> space-separated TONE3 pinyin (neutral tone as 5); other text kept.

    Phrases of the project's dictionary (pronunciations.toml) take its reading; the rest is pypinyin's.
    """
    # Imported here: pypinyin's phrase tables take ~0.2 s to load, and start-up must stay quick.
    from pypinyin import Style, lazy_pinyin

    syllables: list[str] = []
    for piece, reading in _dictionary_pieces(text):
        if reading is not None:
            syllables.extend(reading.split())
        elif piece:
            syllables.extend(lazy_pinyin(piece, style=Style.TONE3, neutral_tone_with_five=True))
    return _SPACES_RE.sub(" ", " ".join(syllables).translate(_PUNCT)).strip()


def _dictionary_pieces(text: str) -> list[tuple[str, str | None]]:
    """The text cut at the dictionary's phrases (longest first): (phrase, its reading) or (other, None)."""
    phrases = spoken.dictionary()["phrases"]
    if not phrases:
        return [(text, None)]
    pattern = _phrase_pattern(tuple(sorted(phrases, key=len, reverse=True)))
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for m in pattern.finditer(text):
        pieces.append((text[at : m.start()], None))
        pieces.append((m.group(0), phrases[m.group(0)]))
        at = m.end()
    pieces.append((text[at:], None))
    return pieces


@functools.cache
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(p) for p in phrases))


def speakable(text: str, language: str | None = None, locale: str = "zh_CN") -> Speakable:
    lang = language or language_of(spoken.unmarked(text), locale)
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported speech language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    if lang == ZH:
        said = to_pinyin(spoken.normalize(text))
    else:
        said = _SPACES_RE.sub(" ", spoken.normalize_en(text)).strip()
    return Speakable(lang, VOICES[lang], said)


def phonemes(text: str, language: str | None = None, timeout: float = 10.0) -> str:
    """espeak-ng's phoneme transcription of what would be spoken (``-q -x``), for checks and tests.

    A switch to another language shows up as ``(en)``: that is English letters being read out.
    """
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise RuntimeError("espeak-ng is not installed: run scripts/bootstrap")
    s = speakable(text, language)
    out = subprocess.run(
        [exe, "-q", "-x", "-v", CLI_VOICES[s.language], s.text],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return out.stdout
