"""Every screen's spoken prompt, as the running kiosk builds it (with its real dates, numbers and names
filled in), goes to espeak-ng as Mandarin: after kiosk/voice/spoken.py no digit, Latin letter or "*"
is left, every word is a tone-numbered pinyin syllable, and espeak-ng never switches to English.
(tests/voice/test_spoken.py does the same for every string of the translations and the catalog.)

The screens' prompts are checked where every screen is already shown in the standard look in Chinese,
tests/ui/test_shell.py's every-screen test, which calls ``check_said_in_mandarin``: a second walk
through every screen for the same prompts would cost a whole pass. Here: that the check catches what it
is there to catch."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from kiosk.voice import speakable
from kiosk.voice.spoken import normalize

SYLLABLE = re.compile(r"[a-z]+[1-5]")
PUNCTUATION = re.compile(r"[,.;:!?()\"'\-]+|\.\.\.")


def mandarin_problems(prompt: str) -> list[str]:
    """What would not be said as Mandarin: characters left after normalising, words that are not a
    tone-numbered pinyin syllable, or nothing to say at all."""
    said = speakable(prompt, "zh")
    words = [w for w in said.text.split() if not PUNCTUATION.fullmatch(w)]
    problems = [f"left as is: {c!r}" for c in re.findall(r"[A-Za-z0-9*＊%]", normalize(prompt))]
    problems += [f"not a syllable: {w!r}" for w in words if not SYLLABLE.fullmatch(w)]
    return problems if words else [*problems, "nothing to say"]


def espeak_switches_to_english(prompt: str) -> bool:
    """espeak-ng's own verdict: ``(en)`` in its phonemes when it reads a word as English."""
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng missing: run scripts/bootstrap, which installs it")
    out = subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", "cmn-latn-pinyin", "--stdin"],
        input=speakable(prompt, "zh").text,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    return "(en)" in out


def check_said_in_mandarin(name: str, prompt: str) -> None:
    problems = mandarin_problems(prompt)
    assert not problems, f"{name}: {prompt!r}: {problems}"
    assert not espeak_switches_to_english(prompt), f"{name}: espeak-ng reads part of {prompt!r} as English"


def test_the_check_passes_a_chinese_prompt_with_numbers_and_letters_said_as_words():
    check_said_in_mandarin("sample", "请在2026年12月6日前补交材料，按OK键，第2步，共12步。")


def test_the_check_flags_a_voice_path_that_lets_latin_and_digits_through(monkeypatch):
    from types import SimpleNamespace

    monkeypatch.setattr(f"{__name__}.speakable", lambda text, _language: SimpleNamespace(text=text))
    assert mandarin_problems("请按OK键确认") == ["not a syllable: '请按OK键确认'"]
