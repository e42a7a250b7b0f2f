"""Spoken guidance for QML: speak, repeat, stop, louder/softer, slower/faster, voice on/off.

Synthesis (kiosk.voice) runs on a worker thread and comes back by a queued signal; playback is
QMediaPlayer + QAudioOutput (QSoundEffect goes to Error without a sound device and never finishes).
A cached prompt starts playing within the ``speak`` call itself. Every new ``speak`` interrupts the
one before (ADA §707: speech can be interrupted and repeated). Volume, rate and the on/off switch go
back to their defaults when the session ends (Section 508 §402.3.2): ``reset`` is a session wipe step.
"""

from __future__ import annotations

import logging
import wave
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot
from PySide6.QtQml import QQmlComponent, QQmlEngine

from kiosk.config import Config
from kiosk.core.session import Mode, Session, SessionEvent
from kiosk.voice import DEFAULT_RATE, PromptCache, Rendered, Synthesizer, default_synthesizer

if TYPE_CHECKING:  # Qt Multimedia loads with the first prompt, not at start-up (bench_startup.py)
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

log = logging.getLogger(__name__)

DEFAULT_VOLUME = 0.8
VOLUME_STEP, MIN_VOLUME, MAX_VOLUME = 0.1, 0.2, 1.0
RATE_STEP, MIN_RATE, MAX_RATE = 20, 100, 240


_PLAYER_QML = b"import QtMultimedia\nMediaPlayer { audioOutput: AudioOutput {} }\n"


def _make_player(parent: QObject) -> tuple[QMediaPlayer, QAudioOutput]:
    """A QMediaPlayer and QAudioOutput created by C++ (a QML engine), not by Python.

    Objects Python creates are shiboken wrapper subclasses whose virtuals take the GIL. Qt's FFmpeg
    backend tears down its audio renderer on its own thread, which calls the QAudioOutput's
    ``disconnectNotify`` while the UI thread waits for it inside ``stop()``/``setSource()`` holding
    the GIL: a deadlock (seen here about one run in three). Plain C++ objects never need the GIL.
    """
    from PySide6.QtMultimedia import QMediaPlayer

    engine = QQmlEngine(parent)
    component = QQmlComponent(engine)
    component.setData(_PLAYER_QML, QUrl())
    player = component.create()
    if not isinstance(player, QMediaPlayer):
        raise RuntimeError(f"Qt Multimedia QML is unavailable: {component.errorString()}")
    player.setParent(parent)
    audio = player.audioOutput()
    assert audio is not None
    return player, audio


class VoiceController(QObject):
    enabledChanged = Signal()
    volumeChanged = Signal()
    rateChanged = Signal()
    speakingChanged = Signal()
    started = Signal()  # audio of the current request is playing
    prerendered = Signal(int)  # prompts synthesized by a prerender run
    _rendered = Signal(int, str)  # (request number, WAV path or "" on failure): worker -> UI thread

    def __init__(
        self,
        session: Session,
        config: Config,
        cache_dir: Path,
        parent: Any = None,
        synthesizer: Synthesizer | None = None,
        warm_up: bool = True,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.config = config
        self.cache = PromptCache(
            cache_dir,
            synthesizer or default_synthesizer(),
            is_personal=session.redactor.contains_personal_data,
            private_dir=lambda: session.temp_dir,
        )
        self._synth_pool = ThreadPoolExecutor(1, thread_name_prefix="voice-synth")
        self._prerender_pool = ThreadPoolExecutor(1, thread_name_prefix="voice-prerender")
        self._closing = False
        self._request = 0  # bumps on every speak/stop: late results of older requests are dropped
        self._current = ""  # text of the request being spoken (or synthesized)
        self._last = ""  # what Repeat says: the last screen prompt or error, never a focus name
        self._after = ""  # a focus name waiting for an error message to finish
        self._error_playing = False
        self._hold_next_focus = False
        self._pending = False
        self._enabled = self._default_enabled()
        self._volume = DEFAULT_VOLUME
        self._rate = DEFAULT_RATE

        self.player: QMediaPlayer | None = None  # made with the first sound: see _ensure_player
        self.audio: QAudioOutput | None = None
        self._rendered.connect(self._on_rendered)
        session.add_observer(self._on_session)
        session.register_wipe("voice", self.reset)
        self._warming = False
        self._played = False
        if warm_up:
            self._warm_up(Path(cache_dir))

    def _ensure_player(self) -> QMediaPlayer:
        if self.player is None:
            self.player, self.audio = _make_player(self)
            self.audio.setVolume(self._volume)
            self.player.playbackStateChanged.connect(self._on_state)
            self.player.mediaStatusChanged.connect(self._on_status)
            self.player.errorOccurred.connect(self._on_error)
        return self.player

    def _warm_up(self, cache_dir: Path) -> None:
        """Play a moment of silence now: the first playback of a process opens the audio stream,
        which took 0.7-1.3 s on PulseAudio (bench/bench_voice.py); later ones reach the sink in ~50 ms.
        Any speech stops it; it never counts as speaking."""
        silence = cache_dir / "warm-up.wav"
        if not silence.exists():
            with wave.open(str(silence), "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(22050)
                w.writeframes(bytes(2 * 22050 // 5))
        self._warming = True
        self._play(silence)

    # -- speaking ---------------------------------------------------------------------------------

    @Slot(str)
    def speak(self, text: str) -> None:
        """A screen prompt. Interrupts whatever is being said; the same text still being said is not
        restarted (a screen's prompt often arrives twice: on load and on retranslation)."""
        text = text.strip()
        if text and text == self._current and self._speaking():
            return
        self._last = text
        self._say(text, error=False)
        self._hold_next_focus = True

    @Slot(str)
    def speakError(self, text: str) -> None:
        """An error message: spoken like a prompt, and a focus change does not cut it short."""
        text = text.strip()
        self._last = text
        self._say(text, error=True)

    @Slot(str)
    def speakFocus(self, text: str) -> None:
        """The focused or touched control's name; interrupts, except that it waits for an error message,
        and for the screen prompt when it is the first focus change after it: a new screen focuses its
        first control right after its prompt starts, and the prompt matters more."""
        text = text.strip()
        hold, self._hold_next_focus = self._hold_next_focus, False
        if not text or not self._enabled:
            return
        if self._error_playing or (hold and self._speaking()):
            self._after = text
            return
        self._say(text, error=False)

    @Slot()
    def repeat(self) -> None:
        self._say(self._last, error=False)

    @Slot()
    def stop(self) -> None:
        was_speaking = self._speaking()
        self._warming = False
        self._request += 1
        self._after = ""
        self._error_playing = False
        self._pending = False
        self._current = ""
        # Only when something was played since: every screen change calls this, voice on or off.
        from PySide6.QtMultimedia import QMediaPlayer

        if self.player is not None and (
            self._played or self.player.playbackState() != QMediaPlayer.PlaybackState.StoppedState
        ):
            self._played = False
            self.player.stop()
        if was_speaking:
            self.speakingChanged.emit()

    def _say(self, text: str, error: bool) -> None:
        self.stop()
        if not text or not self._enabled or self._closing:
            return
        self._current = text
        self._error_playing = error
        request = self._request
        locale = self.session.locale
        # Warm path: a cached prompt plays from inside this call (one stat, no thread hop).
        path = self.cache.lookup(text, rate=self._rate, locale=locale)
        if path is not None:
            self._play(path)
            return
        self._pending = True
        self.speakingChanged.emit()
        rate = self._rate
        future = self._synth_pool.submit(self.cache.render, text, None, rate, locale)
        future.add_done_callback(lambda f: self._deliver(request, f))

    def _deliver(self, request: int, future: Future[Rendered]) -> None:
        # Worker thread: only a queued signal crosses back to the UI thread.
        if self._closing or future.cancelled():
            return
        exc = future.exception()
        if exc is not None:
            log.error("speech synthesis failed: %s", type(exc).__name__)  # never the text: may be personal
            self._rendered.emit(request, "")
        else:
            self._rendered.emit(request, str(future.result().path))

    @Slot(int, str)
    def _on_rendered(self, request: int, path: str) -> None:
        if request != self._request:
            return  # interrupted while it was being synthesized
        self._pending = False
        if path:
            self._play(Path(path))
        else:
            self._current = ""
            self.speakingChanged.emit()

    def _play(self, path: Path) -> None:
        self._played = True
        player = self._ensure_player()
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.setPosition(0)
        player.play()

    def _speaking(self) -> bool:
        if self._warming:
            return False
        if self._pending:
            return True
        from PySide6.QtMultimedia import QMediaPlayer

        return (
            self.player is not None and self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState
        )

    def _on_state(self, state: QMediaPlayer.PlaybackState) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self._warming:
            self._warming = state == QMediaPlayer.PlaybackState.PlayingState
            return
        if state == QMediaPlayer.PlaybackState.PlayingState:
            self.started.emit()
        self.speakingChanged.emit()

    def _on_status(self, status: QMediaPlayer.MediaStatus) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self._warming:
            return
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            self._error_playing = False
            self._current = ""
            after, self._after = self._after, ""
            if after:
                self._say(after, error=False)
            else:
                self.speakingChanged.emit()

    def _on_error(self, error: QMediaPlayer.Error, _message: str) -> None:
        log.error("voice playback failed: %s", error.name)
        self._current = ""
        self.speakingChanged.emit()

    # -- pre-rendering ----------------------------------------------------------------------------

    @Slot(list, str, str)
    def prerender(self, prompts: list[str], version: str, language: str) -> Future[int]:
        """Synthesize a catalog version's prompts in the background; ``prerendered`` reports the count."""
        texts = [str(p) for p in prompts]

        def run() -> int:
            made = self.cache.prerender(
                texts, version, language, DEFAULT_RATE, cancelled=lambda: self._closing
            )
            if not self._closing:
                self.prerendered.emit(made)
            return made

        return self._prerender_pool.submit(run)

    # -- controls ---------------------------------------------------------------------------------

    @Slot()
    def volumeUp(self) -> None:
        self._set_volume(self._volume + VOLUME_STEP)

    @Slot()
    def volumeDown(self) -> None:
        self._set_volume(self._volume - VOLUME_STEP)

    def _set_volume(self, value: float) -> None:
        value = round(min(MAX_VOLUME, max(MIN_VOLUME, value)), 2)
        if value != self._volume:
            self._volume = value
            if self.audio is not None:
                self.audio.setVolume(value)
            self.volumeChanged.emit()

    @Slot()
    def rateUp(self) -> None:
        self._set_rate(self._rate + RATE_STEP)

    @Slot()
    def rateDown(self) -> None:
        self._set_rate(self._rate - RATE_STEP)

    def _set_rate(self, value: int) -> None:
        value = min(MAX_RATE, max(MIN_RATE, value))
        if value != self._rate:
            self._rate = value
            self.rateChanged.emit()
            if self._speaking() and self._current:
                self._say(self._current, self._error_playing)  # let the resident hear the new pace

    @Slot()
    def toggle(self) -> None:
        self._set_enabled(not self._enabled)

    def _set_enabled(self, on: bool) -> None:
        if on == self._enabled:
            return
        self._enabled = on
        self.enabledChanged.emit()
        if on:
            self._say(self._last, error=False)
        else:
            self.stop()

    def _default_enabled(self) -> bool:
        return self.session.mode is Mode.ELDERLY

    def _on_session(self, event: SessionEvent) -> None:
        if event.kind == "mode":
            self._set_enabled(event.mode is Mode.ELDERLY)  # 长辈版 speaks by default

    @Slot()
    def reset(self) -> None:
        """End of session: silence, defaults back, nothing of this resident's left to repeat."""
        self.stop()
        self._last = ""
        self._set_volume(DEFAULT_VOLUME)
        self._set_rate(DEFAULT_RATE)
        if self._enabled:
            self._enabled = False
            self.enabledChanged.emit()
        self.cache.forget_private()

    def close(self) -> None:
        self._closing = True
        self.stop()
        self._synth_pool.shutdown(wait=False, cancel_futures=True)
        self._prerender_pool.shutdown(wait=False, cancel_futures=True)

    # -- properties -------------------------------------------------------------------------------

    def _get_enabled(self) -> bool:
        return self._enabled

    def _get_volume(self) -> float:
        return self._volume

    def _get_rate(self) -> int:
        return self._rate

    enabled = Property(bool, _get_enabled, _set_enabled, notify=enabledChanged)
    volume = Property(float, _get_volume, _set_volume, notify=volumeChanged)
    rate = Property(int, _get_rate, _set_rate, notify=rateChanged)
    speaking = Property(bool, _speaking, notify=speakingChanged)
