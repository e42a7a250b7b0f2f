"""Prompt synthesis with the real espeak-ng: audible audio of a plausible length, Chinese read as
Mandarin (through pinyin), the cache reused, personal prompts kept out of the cache directory."""

from __future__ import annotations

import array
import shutil
import subprocess
import wave
from pathlib import Path

import pytest

from kiosk.config import load_config
from kiosk.core.session import Session
from kiosk.logs import Redactor
from kiosk.voice import (
    EspeakCliSynthesizer,
    PromptCache,
    Pyttsx3Synthesizer,
    Synthesizer,
    default_synthesizer,
    phonemes,
    speakable,
    to_pinyin,
)
from kiosk.voice.text import Speakable

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng missing: scripts/bootstrap"
)

ZH_PROMPT = "欢迎使用，请触摸屏幕开始办理业务。"
EN_PROMPT = "Welcome. Touch the screen to start."


def wav_measure(path: Path) -> tuple[float, float, float]:
    """(seconds, RMS of the whole file in 0..1, share of 20 ms windows that are not silent)."""
    with wave.open(str(path)) as w:
        assert w.getsampwidth() == 2 and w.getnchannels() == 1
        rate, frames = w.getframerate(), w.readframes(w.getnframes())
    samples = array.array("h", frames)
    n = len(samples)
    rms = (sum(s * s for s in samples) / max(n, 1)) ** 0.5 / 32768
    win = rate // 50
    loud = 0
    windows = max(n // win, 1)
    for i in range(windows):
        chunk = samples[i * win : (i + 1) * win]
        if chunk and max(abs(s) for s in chunk) > 1000:
            loud += 1
    return n / rate, rms, loud / windows


def sox_stat(path: Path) -> dict[str, float]:
    out = subprocess.run(
        ["sox", str(path), "-n", "stat"], capture_output=True, text=True, timeout=20, check=True
    )
    values = {}
    for line in out.stderr.splitlines():
        name, _, value = line.partition(":")
        try:
            values[name.strip()] = float(value.strip().split()[0])
        except (ValueError, IndexError):
            pass
    return values


@pytest.fixture(params=["pyttsx3", "espeak-ng"])
def synthesizer(request: pytest.FixtureRequest) -> Synthesizer:
    return Pyttsx3Synthesizer() if request.param == "pyttsx3" else EspeakCliSynthesizer()


class Counting:
    """The real synthesizer, counted: shows whether the cache called it."""

    def __init__(self, inner: Synthesizer) -> None:
        self.inner = inner
        self.name = inner.name
        self.calls = 0

    def synthesize(self, s: Speakable, rate: int, out: Path) -> None:
        self.calls += 1
        self.inner.synthesize(s, rate, out)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [(ZH_PROMPT, 1.5, 8.0), (EN_PROMPT, 1.0, 5.0)],
    ids=["zh", "en"],
)
def test_prompt_is_audible_and_plausibly_long(
    synthesizer: Synthesizer, tmp_path: Path, text: str, lo: float, hi: float
) -> None:
    cache = PromptCache(tmp_path / "cache", synthesizer, is_personal=Redactor().contains_personal_data)
    r = cache.render(text)
    seconds, rms, voiced = wav_measure(r.path)
    assert lo <= seconds <= hi, seconds
    assert rms > 0.02, rms
    assert voiced > 0.4, voiced  # speech most of the time, pauses between phrases
    if shutil.which("sox"):
        st = sox_stat(r.path)
        assert st["Maximum amplitude"] > 0.2
        assert lo <= st["Length (seconds)"] <= hi


def test_chinese_is_read_as_mandarin_through_pinyin() -> None:
    s = speakable(ZH_PROMPT)
    assert s.language == "zh" and s.voice.endswith("cmn-latn-pinyin")
    assert s.text.startswith("huan1 ying2 shi3 yong4")
    assert to_pinyin("女儿") == "nv3 er2"
    ours = phonemes(ZH_PROMPT)
    assert ours.strip() and "(en)" not in ours
    # Tone contours (55, 35, 214, 51) are in Mandarin phonemes; English ones carry none.
    assert any(tone in ours for tone in ("55", "35", "214", "51"))
    # The reason for all this: the plain cmn voice on the characters switches to English letters.
    raw = subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", "cmn", ZH_PROMPT],
        capture_output=True,
        text=True,
        timeout=10,
        check=True,
    ).stdout
    assert "(en)" in raw


def test_english_prompt_uses_an_english_voice() -> None:
    s = speakable(EN_PROMPT, locale="zh_CN")
    assert s.language == "en" and "en" in s.voice
    assert "(cmn)" not in phonemes(EN_PROMPT)


def test_cache_hit_reuses_the_file_without_synthesis(tmp_path: Path) -> None:
    synth = Counting(default_synthesizer())
    cache = PromptCache(tmp_path / "cache", synth, is_personal=Redactor().contains_personal_data)
    first = cache.render(ZH_PROMPT)
    stamp = first.path.stat().st_mtime_ns
    second = cache.render(ZH_PROMPT)
    assert synth.calls == 1 and cache.synth_count == 1
    assert first.synthesized and not second.synthesized
    assert second.path == first.path and second.path.stat().st_mtime_ns == stamp
    assert cache.lookup(ZH_PROMPT) == first.path
    # A different rate is a different rendering.
    assert cache.render(ZH_PROMPT, rate=220).path != first.path
    assert synth.calls == 2


def test_personal_prompt_never_reaches_the_cache_dir(tmp_path: Path) -> None:
    toml = tmp_path / "kiosk.toml"
    toml.write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    redactor = Redactor()
    session = Session(load_config(toml), keyboard_config_home=tmp_path / "xdg", redactor=redactor)
    session.touch()
    session.register_sensitive("王秀英")
    cache_dir = tmp_path / "cache"
    cache = PromptCache(
        cache_dir,
        default_synthesizer(),
        is_personal=redactor.contains_personal_data,
        private_dir=lambda: session.temp_dir,
    )
    texts = ["王秀英，您好，请核对您的信息。", "请拨打13812345678联系您的家人。"]
    rendered = [cache.render(t) for t in texts]
    assert cache.prerender([*texts, "请选择服务。"], version="7", language="zh") == 1
    assert session.temp_dir is not None
    for r in rendered:
        assert not r.cached
        assert r.path.is_relative_to(session.temp_dir) and wav_measure(r.path)[1] > 0.02
        assert cache.lookup(texts[0]) is None
    cached = sorted(cache_dir.rglob("*.wav"))
    assert len(cached) == 1  # only the neutral prompt
    assert all("王" not in p.read_text("utf-8") for p in cache_dir.glob("*.json"))
    session.finish()  # the wipe removes the session temp dir and with it the personal audio
    assert not any(r.path.exists() for r in rendered)


def test_personal_prompt_without_a_session_goes_to_a_private_dir_forget_removes(tmp_path: Path) -> None:
    redactor = Redactor()
    redactor.register_sensitive("李建国")
    cache = PromptCache(
        tmp_path / "cache", default_synthesizer(), is_personal=redactor.contains_personal_data
    )
    r = cache.render("李建国，请取走您的身份证。")
    assert r.path.exists() and not r.path.is_relative_to(tmp_path / "cache")
    cache.forget_private()
    assert not r.path.exists()


def test_prerender_per_version_and_prune(tmp_path: Path) -> None:
    synth = Counting(default_synthesizer())
    cache = PromptCache(tmp_path / "cache", synth, is_personal=Redactor().contains_personal_data)
    v1 = ["请选择服务。", "户籍办理", "社保医保"]
    v2 = ["请选择服务。", "户籍办理", "退役军人"]
    assert cache.prerender(v1, "1", "zh") == 3
    assert cache.prerender(v2, "2", "zh") == 1  # two were already there
    assert cache.prerender(v2, "2", "zh") == 0
    assert cache.prune(keep=[("2", "zh")]) == 1  # 社保医保 only v1 used
    assert cache.lookup("社保医保") is None and cache.lookup("退役军人") is not None
    assert not cache.manifest_path("1", "zh").exists()
    stop = iter([False, True])
    assert cache.prerender(["新的提示一", "新的提示二"], "3", "zh", cancelled=lambda: next(stop)) == 1
    assert not cache.manifest_path("3", "zh").exists()
