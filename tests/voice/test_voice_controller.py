"""VoiceController with Qt offscreen, playing through a private PulseAudio null sink and listened to
on the sink's monitor: speak plays and the samples reach the sink, new speech interrupts, stop
silences the sink, volume scales the samples, the session's end resets volume and rate, sounds play
through the same output, and with no audio output at all nothing breaks (logged once)."""

from __future__ import annotations

import array
import logging
import math
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pulse_null import SinkMonitor
from PySide6.QtCore import QUrl

from kiosk.config import Config
from kiosk.core.session import Mode, Session
from kiosk.logs import Redactor
from kiosk.ui.voice import DEFAULT_VOLUME, VoiceController
from kiosk.voice import DEFAULT_RATE, cache_key, speakable

WAIT_MS = 5000
LONG_PROMPT = "这是第一段很长的提示，请耐心听完所有内容，然后再选择下一步。"


@pytest.fixture
def session(voice_config: Config, tmp_path: Path) -> Session:
    return Session(voice_config, keyboard_config_home=tmp_path / "xdg-config", redactor=Redactor())


@pytest.fixture
def voice(
    qapp: Any, pulse: dict[str, str], session: Session, voice_config: Config, tmp_path: Path
) -> Iterator[VoiceController]:
    if not pulse:
        pytest.skip("pulseaudio missing: scripts/bootstrap")
    v = VoiceController(session, voice_config, tmp_path / "voice-cache")
    yield v
    v.close()
    v.deleteLater()


@pytest.fixture
def sink(qtbot: Any, pulse: dict[str, str]) -> Iterator[SinkMonitor]:
    monitor = SinkMonitor()
    qtbot.waitUntil(lambda: monitor.blocks > 0, timeout=WAIT_MS)  # listening before anything plays
    yield monitor
    monitor.close()


def wait_playing(qtbot: Any, v: VoiceController, path: Path | None = None) -> None:
    def check() -> None:
        assert v.now_playing is not None and v.property("speaking")
        if path is not None:
            assert v.now_playing == path

    qtbot.waitUntil(check, timeout=WAIT_MS)


def chime(path: Path, rate: int = 44100, channels: int = 2, seconds: float = 0.3) -> Path:
    frames = array.array(
        "h",
        (int(12000 * math.sin(2 * math.pi * 880 * i / rate)) for i in range(int(rate * seconds)) for _ in
         range(channels)),
    )  # fmt: skip
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames.tobytes())
    return path


def test_off_by_default_in_standard_on_in_elderly_mode(voice: VoiceController, session: Session) -> None:
    assert not voice.property("enabled")
    voice.speak("请选择服务。")
    assert not voice.property("speaking") and voice.now_playing is None
    session.touch()
    session.set_mode(Mode.ELDERLY)
    assert voice.property("enabled")


def test_speak_plays_the_prompt_to_the_sink(
    qtbot: Any, voice: VoiceController, session: Session, sink: SinkMonitor
) -> None:
    session.touch()
    voice.setProperty("enabled", True)
    sink.arm()
    with qtbot.waitSignal(voice.started, timeout=WAIT_MS):
        voice.speak("首页。请选择办事，或者查询办理进度。")
    wait_playing(qtbot, voice)
    assert voice.now_playing is not None and voice.now_playing.is_relative_to(voice.cache.cache_dir)
    qtbot.waitUntil(lambda: sink.first is not None, timeout=WAIT_MS)  # samples reached the output
    # Played to the end, then quiet; the next prompt goes through the same stream.
    qtbot.waitUntil(lambda: not voice.property("speaking"), timeout=3 * WAIT_MS)
    assert voice.now_playing is None
    sink.arm()
    with qtbot.waitSignal(voice.started, timeout=WAIT_MS):
        voice.speak("返回")
    qtbot.waitUntil(lambda: sink.first is not None, timeout=WAIT_MS)
    assert voice.output.streams_opened == 1


def test_new_speech_interrupts_the_old(qtbot: Any, voice: VoiceController, session: Session) -> None:
    session.touch()
    voice.setProperty("enabled", True)
    first, second = "这是第一段很长的提示，请耐心听完所有内容。", "第二个屏幕。"
    # Both cold: the first one's synthesis finishes after the second was asked for, and is dropped.
    starts: list[Path | None] = []
    voice.started.connect(lambda: starts.append(voice.now_playing))
    voice.speak(first)
    voice.speak(second)
    spoken = speakable(second)
    second_path = voice.cache.cache_path(cache_key(spoken.text, spoken.language, spoken.voice, DEFAULT_RATE))
    wait_playing(qtbot, voice, second_path)
    qtbot.waitUntil(lambda: voice.cache.lookup(first) is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(starts), timeout=WAIT_MS)
    qapp_process(qtbot)
    assert starts == [second_path]
    # Warm now: interrupting a prompt that is playing switches at once.
    voice.speak(first)
    first_path = voice.cache.lookup(first)
    assert first_path is not None and voice.now_playing == first_path
    wait_playing(qtbot, voice, first_path)
    voice.speak(second)
    assert voice.now_playing == second_path
    wait_playing(qtbot, voice, second_path)


def test_stop_silences_the_sink_at_once(
    qtbot: Any, voice: VoiceController, session: Session, sink: SinkMonitor
) -> None:
    session.touch()
    voice.setProperty("enabled", True)
    voice.cache.render(LONG_PROMPT)  # warm: several seconds of speech
    sink.arm()
    voice.speak(LONG_PROMPT)
    qtbot.waitUntil(lambda: sink.first is not None, timeout=WAIT_MS)
    voice.stop()
    assert not voice.property("speaking") and voice.now_playing is None
    # Quiet long before the prompt would have ended: what the server held was dropped.
    qtbot.waitUntil(lambda: sink.quiet_for(0.25), timeout=1500)


def test_volume_scales_the_samples(
    qtbot: Any, voice: VoiceController, session: Session, sink: SinkMonitor
) -> None:
    session.touch()
    voice.setProperty("enabled", True)
    voice.cache.render(LONG_PROMPT)
    peaks = []
    for _ in range(10):
        voice.volumeUp()
    for step in (None, "down"):
        if step:
            for _ in range(10):
                voice.volumeDown()
        voice.stop()
        qtbot.waitUntil(lambda: sink.quiet_for(0.1), timeout=WAIT_MS)  # the louder run's tail is gone
        sink.arm()
        voice.speak(LONG_PROMPT)
        qtbot.waitUntil(lambda: sink.first is not None and sink.blocks_since_arm > 400, timeout=WAIT_MS)
        peaks.append(sink.peak)
    assert voice.output.volume == pytest.approx(0.2)
    assert peaks[1] < peaks[0] * 0.35, peaks  # 0.2 of the volume: 0.2 of the amplitude


def qapp_process(qtbot: Any) -> None:
    """Let queued signals from the synthesis thread arrive."""
    qtbot.wait(50)


def test_same_prompt_twice_does_not_restart_but_repeat_does(
    qtbot: Any, voice: VoiceController, session: Session
) -> None:
    session.touch()
    voice.setProperty("enabled", True)
    prompt = "请选择一个主题。"
    # The first playback's own start is awaited: arriving late, it would look like a restart.
    with qtbot.waitSignal(voice.started, timeout=WAIT_MS):
        voice.speak(prompt)
    wait_playing(qtbot, voice)
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
    assert not voice.property("speaking") and voice.now_playing is None


def test_session_end_resets_volume_rate_and_voice(
    qtbot: Any, voice: VoiceController, session: Session
) -> None:
    session.touch()
    session.set_mode(Mode.ELDERLY)
    voice.volumeUp()
    voice.volumeUp()
    voice.rateDown()
    assert voice.property("volume") == pytest.approx(min(1.0, DEFAULT_VOLUME + 0.2))
    assert voice.output.volume == pytest.approx(voice.property("volume"))
    assert voice.property("rate") == DEFAULT_RATE - 20
    voice.speak("您的业务已办理完成。")
    wait_playing(qtbot, voice)
    session.finish()
    assert voice.property("volume") == DEFAULT_VOLUME
    assert voice.output.volume == pytest.approx(DEFAULT_VOLUME)
    assert voice.property("rate") == DEFAULT_RATE
    assert not voice.property("enabled") and not voice.property("speaking")
    assert voice.now_playing is None
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
    played = voice.now_playing
    assert played is not None
    assert session.temp_dir is not None and played.is_relative_to(session.temp_dir)
    assert not list(voice.cache.cache_dir.rglob("*.wav"))  # no prompt was cached
    session.finish()
    assert not played.exists()


def test_focus_waits_for_an_error_to_finish(qtbot: Any, voice: VoiceController, session: Session) -> None:
    session.touch()
    voice.setProperty("enabled", True)
    voice.cache.render("返回")  # warm, so the focus name plays as soon as the error ends
    voice.speakError("读卡失败。")
    wait_playing(qtbot, voice)
    error_path = voice.now_playing
    voice.speakFocus("返回")
    assert voice.now_playing == error_path  # not cut short
    focus_path = voice.cache.lookup("返回")
    wait_playing(qtbot, voice, focus_path)
    # Without an error in the way, focus speech interrupts at once (after the first focus change that
    # follows a screen prompt: that one waits for the prompt).
    voice.speak("请选择服务。")
    voice.speakFocus("首页")
    voice.speakFocus("返回")
    assert voice.now_playing == focus_path


def test_prerender_runs_off_the_ui_thread(qtbot: Any, voice: VoiceController) -> None:
    prompts = ["户籍办理", "社保医保", "退役军人事务"]
    with qtbot.waitSignal(voice.prerendered, timeout=WAIT_MS) as sig:
        voice.prerender(prompts, "demo-1", "zh")
    assert sig.args == [3]
    assert all(voice.cache.lookup(p) is not None for p in prompts)


def test_warm_up_opens_the_output_silently(qtbot: Any, voice: VoiceController, session: Session) -> None:
    # Built a moment ago: the writer thread opens the stream with a moment of silence, not speech.
    with qtbot.assertNotEmitted(voice.started, wait=300):
        qtbot.waitUntil(voice.output.opened.is_set, timeout=WAIT_MS)
    assert not voice.property("speaking") and voice.now_playing is None
    session.touch()
    voice.setProperty("enabled", True)
    with qtbot.waitSignal(voice.started, timeout=WAIT_MS):
        voice.speak("返回")
    assert voice.output.streams_opened == 1  # the prompt used the stream the warm-up opened


def test_play_sound_plays_with_voice_off_and_beside_speech(
    qtbot: Any, voice: VoiceController, session: Session, sink: SinkMonitor, tmp_path: Path
) -> None:
    session.touch()
    assert not voice.property("enabled")
    sound = chime(tmp_path / "chime.wav")  # 44.1 kHz stereo: a stream of its own format
    sink.arm()
    voice.playSound(QUrl.fromLocalFile(str(sound)).toString())  # as QML passes it
    assert not voice.property("speaking") and voice.now_playing is None  # a sound is not speech
    qtbot.waitUntil(lambda: sink.first is not None, timeout=WAIT_MS)
    # While a prompt is spoken, a sound plays beside it: neither cuts the other short.
    voice.setProperty("enabled", True)
    voice.cache.render(LONG_PROMPT)
    voice.speak(LONG_PROMPT)
    wait_playing(qtbot, voice)
    spoken = voice.now_playing
    voice.playSound(str(sound))
    assert voice.now_playing == spoken and voice.property("speaking")
    voice.volumeDown()
    assert voice.sounds is not None and voice.sounds.volume == pytest.approx(voice.property("volume"))
    assert voice.sounds.streams_opened == 1


def test_without_any_audio_output_nothing_breaks_and_it_is_logged_once(
    qtbot: Any, session: Session, voice_config: Config, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="kiosk.voice.output")
    v = VoiceController(
        session, voice_config, tmp_path / "voice-cache", audio_server=f"unix:{tmp_path}/no-such-socket"
    )
    try:
        session.touch()
        v.setProperty("enabled", True)
        for prompt in ("首页。", "返回", "首页。"):
            v.speak(prompt)  # returns at once: the output is the writer thread's business
            qtbot.waitUntil(lambda: not v.property("speaking"), timeout=WAIT_MS)
        assert not v.output.available and v.output.streams_opened == 0
        warnings = [r for r in caplog.records if "no audio output" in r.getMessage()]
        assert len(warnings) == 1
        v.volumeUp()
        v.repeat()
        qtbot.waitUntil(lambda: not v.property("speaking"), timeout=WAIT_MS)
    finally:
        v.close()


def test_a_prompt_built_in_qml_says_what_kind_a_number_is(voice: VoiceController) -> None:
    """``voice.sayAs`` marks a value for a prompt; the marked hotline is read digit by digit, 幺 for 1."""
    from kiosk.voice import speakable

    prompt = "请拨打" + voice.sayAs("hotline", "12345") + "咨询"
    assert speakable(prompt).text == "qing3 bo1 da3 yao1 er4 san1 si4 wu3 zi1 xun2"
    assert speakable(voice.sayAs("count", "12345")).text == "yi1 wan4 er4 qian1 san1 bai3 si4 shi2 wu3"
