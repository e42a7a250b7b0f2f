"""VoiceController with Qt offscreen, playing through a private PulseAudio null sink: speak plays,
new speech interrupts, stop stops, the session's end resets volume and rate; VoiceBar in the real
kiosk's QML context; the focus wiring the lead adds to Main.qml."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtMultimedia import QMediaPlayer

from kiosk.config import Config
from kiosk.core.session import Mode, Session
from kiosk.logs import Redactor
from kiosk.ui.voice import DEFAULT_VOLUME, VoiceController
from kiosk.voice import DEFAULT_RATE, cache_key, speakable

WAIT_MS = 5000
PLAYING = QMediaPlayer.PlaybackState.PlayingState
STOPPED = QMediaPlayer.PlaybackState.StoppedState


@pytest.fixture
def session(voice_config: Config, tmp_path: Path) -> Session:
    return Session(voice_config, keyboard_config_home=tmp_path / "xdg-config", redactor=Redactor())


@pytest.fixture
def voice(
    qapp: Any, pulse: dict[str, str], session: Session, voice_config: Config, tmp_path: Path
) -> Iterator[VoiceController]:
    v = VoiceController(session, voice_config, tmp_path / "voice-cache")
    yield v
    v.close()
    v.deleteLater()


def source_path(v: VoiceController) -> Path:
    return Path(v.player.source().toLocalFile())


def wait_playing(qtbot: Any, v: VoiceController, path: Path | None = None) -> None:
    def check() -> None:
        assert v.player.playbackState() == PLAYING
        if path is not None:
            assert source_path(v) == path

    qtbot.waitUntil(check, timeout=WAIT_MS)


def test_off_by_default_in_standard_on_in_elderly_mode(voice: VoiceController, session: Session) -> None:
    assert not voice.property("enabled")
    voice.speak("请选择服务。")
    assert not voice.property("speaking") and voice.player.playbackState() == STOPPED
    session.touch()
    session.set_mode(Mode.ELDERLY)
    assert voice.property("enabled")


def test_speak_plays_the_prompt(qtbot: Any, voice: VoiceController, session: Session) -> None:
    session.touch()
    voice.setProperty("enabled", True)
    with qtbot.waitSignal(voice.started, timeout=WAIT_MS):
        voice.speak("首页。请选择办事，或者查询办理进度。")
    wait_playing(qtbot, voice)
    assert voice.property("speaking")
    assert source_path(voice).is_relative_to(voice.cache.cache_dir)
    # It really plays: the position moves on.
    qtbot.waitUntil(lambda: voice.player.position() > 0, timeout=WAIT_MS)


def test_new_speech_interrupts_the_old(qtbot: Any, voice: VoiceController, session: Session) -> None:
    session.touch()
    voice.setProperty("enabled", True)
    first, second = "这是第一段很长的提示，请耐心听完所有内容。", "第二个屏幕。"
    # Both cold: the first one's synthesis finishes after the second was asked for, and is dropped.
    starts: list[Path] = []
    voice.started.connect(lambda: starts.append(source_path(voice)))
    voice.speak(first)
    voice.speak(second)
    spoken = speakable(second)
    second_path = voice.cache.cache_path(cache_key(spoken.text, spoken.language, spoken.voice, DEFAULT_RATE))
    wait_playing(qtbot, voice, second_path)
    qtbot.waitUntil(lambda: voice.cache.lookup(first) is not None, timeout=WAIT_MS)
    qapp_process(qtbot)
    assert starts == [second_path]
    # Warm now: interrupting a prompt that is playing switches at once.
    voice.speak(first)
    first_path = voice.cache.lookup(first)
    assert first_path is not None and source_path(voice) == first_path
    wait_playing(qtbot, voice, first_path)
    voice.speak(second)
    assert source_path(voice) == second_path
    wait_playing(qtbot, voice, second_path)


def qapp_process(qtbot: Any) -> None:
    """Let queued signals from the synthesis thread arrive."""
    qtbot.wait(50)


def test_same_prompt_twice_does_not_restart_but_repeat_does(
    qtbot: Any, voice: VoiceController, session: Session
) -> None:
    session.touch()
    voice.setProperty("enabled", True)
    prompt = "请选择一个主题。"
    voice.speak(prompt)
    wait_playing(qtbot, voice)
    qtbot.waitUntil(lambda: voice.player.position() > 0, timeout=WAIT_MS)
    with qtbot.assertNotEmitted(voice.started, wait=100):
        voice.speak(prompt)
    with qtbot.waitSignal(voice.started, timeout=WAIT_MS):
        voice.repeat()


def test_stop(qtbot: Any, voice: VoiceController, session: Session) -> None:
    session.touch()
    voice.setProperty("enabled", True)
    voice.speak("请稍候，正在查询。")
    wait_playing(qtbot, voice)
    voice.stop()
    qtbot.waitUntil(lambda: voice.player.playbackState() == STOPPED, timeout=WAIT_MS)
    assert not voice.property("speaking")


def test_session_end_resets_volume_rate_and_voice(
    qtbot: Any, voice: VoiceController, session: Session
) -> None:
    session.touch()
    session.set_mode(Mode.ELDERLY)
    voice.volumeUp()
    voice.volumeUp()
    voice.rateDown()
    assert voice.property("volume") == pytest.approx(min(1.0, DEFAULT_VOLUME + 0.2))
    assert voice.audio.volume() == pytest.approx(voice.property("volume"))
    assert voice.property("rate") == DEFAULT_RATE - 20
    voice.speak("您的业务已办理完成。")
    wait_playing(qtbot, voice)
    session.finish()
    assert voice.property("volume") == DEFAULT_VOLUME
    assert voice.audio.volume() == pytest.approx(DEFAULT_VOLUME)
    assert voice.property("rate") == DEFAULT_RATE
    assert not voice.property("enabled") and not voice.property("speaking")
    qtbot.waitUntil(lambda: voice.player.playbackState() == STOPPED, timeout=WAIT_MS)
    voice.setProperty("enabled", True)
    voice.repeat()  # nothing of the last resident is left to repeat
    assert not voice.property("speaking")


def test_volume_and_rate_stay_in_range(voice: VoiceController) -> None:
    for _ in range(20):
        voice.volumeUp()
        voice.rateUp()
    assert voice.property("volume") == 1.0 and voice.property("rate") == 240
    for _ in range(20):
        voice.volumeDown()
        voice.rateDown()
    assert voice.property("volume") == pytest.approx(0.2) and voice.property("rate") == 100


def test_personal_prompt_plays_from_the_session_dir_and_is_wiped(
    qtbot: Any, voice: VoiceController, session: Session
) -> None:
    session.touch()
    session.register_sensitive("赵桂兰")
    voice.setProperty("enabled", True)
    voice.speak("赵桂兰，您好，请核对您的身份信息。")
    wait_playing(qtbot, voice)
    played = source_path(voice)
    assert session.temp_dir is not None and played.is_relative_to(session.temp_dir)
    # Only the warm-up silence is in the cache dir: no prompt was cached.
    assert [p.name for p in voice.cache.cache_dir.rglob("*.wav")] == ["warm-up.wav"]
    session.finish()
    assert not played.exists()


def test_focus_waits_for_an_error_to_finish(qtbot: Any, voice: VoiceController, session: Session) -> None:
    session.touch()
    voice.setProperty("enabled", True)
    voice.cache.render("返回")  # warm, so the focus name plays as soon as the error ends
    voice.speakError("读卡失败。")
    wait_playing(qtbot, voice)
    error_path = source_path(voice)
    voice.speakFocus("返回")
    assert source_path(voice) == error_path  # not cut short
    focus_path = voice.cache.lookup("返回")
    wait_playing(qtbot, voice, focus_path)
    # Without an error in the way, focus speech interrupts at once.
    voice.speak("请选择服务。")
    voice.speakFocus("返回")
    assert source_path(voice) == focus_path


def test_prerender_runs_off_the_ui_thread(qtbot: Any, voice: VoiceController) -> None:
    prompts = ["户籍办理", "社保医保", "退役军人事务"]
    with qtbot.waitSignal(voice.prerendered, timeout=WAIT_MS) as sig:
        voice.prerender(prompts, "demo-1", "zh")
    assert sig.args == [3]
    assert all(voice.cache.lookup(p) is not None for p in prompts)


def test_warm_up_opens_the_output_silently(qtbot: Any, voice: VoiceController) -> None:
    # Built a moment ago: it is playing its silence, which is not speech.
    qtbot.waitUntil(lambda: source_path(voice).name == "warm-up.wav", timeout=WAIT_MS)
    with qtbot.assertNotEmitted(voice.started, wait=300):
        qtbot.waitUntil(lambda: voice.player.playbackState() == PLAYING, timeout=WAIT_MS)
        assert not voice.property("speaking")
    qtbot.waitUntil(lambda: voice.player.playbackState() == STOPPED, timeout=WAIT_MS)
    assert not voice.property("speaking")
