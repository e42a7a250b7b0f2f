"""Spoken guidance for QML: speak, repeat, stop, louder/softer, slower/faster, voice on/off.

Synthesis (kiosk.voice) runs on a worker thread and comes back by a queued signal; playback is
kiosk.voice.output.PcmOutput: one audio stream opened once and kept, a writer thread copying the
cached WAV's samples into it. A cached prompt is handed to the writer from inside the ``speak`` call
and its first sample reaches the output a few milliseconds later (bench/bench_voice.py); Qt
Multimedia is not used (its player set up a new stream for every prompt: 53-79 ms). Every new
``speak`` interrupts the one before (ADA §707: speech can be interrupted and repeated). Volume, rate
and the on/off switch go back to their defaults when the session ends (Section 508 §402.3.2):
``reset`` is a session wipe step. ``playSound`` plays any WAV file (a chime) on a second stream.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot

from kiosk.config import Config
from kiosk.core.session import Mode, Session, SessionEvent
from kiosk.voice import DEFAULT_RATE, PromptCache, Rendered, Synthesizer, default_synthesizer, speakable
from kiosk.voice.output import FAILED, FINISHED, STARTED, PcmOutput

log = logging.getLogger(__name__)

DEFAULT_VOLUME = 0.8
VOLUME_STEP, MIN_VOLUME, MAX_VOLUME = 0.1, 0.2, 1.0
RATE_STEP, MIN_RATE, MAX_RATE = 20, 100, 240


class VoiceController(QObject):
    enabledChanged = Signal()
    volumeChanged = Signal()
    rateChanged = Signal()
    speakingChanged = Signal()
    started = Signal()  # the first samples of the current request are in the audio output
    prerendered = Signal(int)  # prompts synthesized by a prerender run
    _rendered = Signal(int, str)  # (request number, WAV path or "" on failure): worker -> UI thread
    _output_event = Signal(int, str)  # (request number, output event): writer thread -> UI thread

    def __init__(
        self,
        session: Session,
        config: Config,
        cache_dir: Path,
        parent: Any = None,
        synthesizer: Synthesizer | None = None,
        warm_up: bool = True,
        audio_server: str | None = None,
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
        self._pending = False  # being synthesized
        self._enabled = self._default_enabled()
        self._volume = DEFAULT_VOLUME
        self._rate = DEFAULT_RATE

        # PulseAudio's server from the environment (PULSE_SERVER) unless one is given; ``emit`` from
        # the writer thread is queued to this (the UI) thread.
        self.output = PcmOutput(self._output_event.emit, server=audio_server)
        self.output.volume = self._volume
        self._audio_server = audio_server
        self.sounds: PcmOutput | None = None  # a second stream for playSound, made on first use
        self.now_playing: Path | None = None  # the file whose samples go to the output now
        self._rendered.connect(self._on_rendered)
        self._output_event.connect(self._on_output)
        session.add_observer(self._on_session)
        session.register_wipe("voice", self.reset)
        if warm_up:
            # Opens the stream on the writer thread now: the first prompt then finds it ready (the first
            # playback of a process reached a null sink after ~1.6 s without this). The text conversion
            # (pypinyin, ~0.15 s to load) too, on the synthesis thread: a prompt's cache lookup needs it.
            self.output.prepare()
            self._synth_pool.submit(speakable, "您好")

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

    @Slot(str, str, result=str)
    def sayAs(self, kind: str, value: str) -> str:
        """``value`` marked as a kind of number (phone, hotline, code, count, amount, date, time, masked)
        for a prompt: ``qsTr("Call %1").arg(voice.sayAs("hotline", "12345"))``. For spoken prompts only:
        the mark is not for display."""
        from kiosk.voice.spoken import mark

        return mark(kind, value)

    @Slot()
    def repeat(self) -> None:
        self._say(self._last, error=False)

    @Slot(str)
    def playSound(self, path: str) -> None:
        """Play a WAV file (a path or a file: URL; 8/16-bit PCM, 22,050 Hz mono starts quickest): a
        chime or any other UI sound. It has its own output stream, so it and speech are mixed and
        never cut each other short; a new sound replaces the one playing. It plays with voice guidance
        on or off, at the voice volume, and never counts as speaking."""
        if self._closing or not path:
            return
        if path.startswith("file:"):  # QML hands over URLs (Qt.resolvedUrl)
            path = QUrl(path).toLocalFile()
        if self.sounds is None:
            self.sounds = PcmOutput(server=self._audio_server, stream_name="sounds")
            self.sounds.volume = self._volume
        self.sounds.play_wav(Path(path), 0)

    @Slot()
    def stop(self) -> None:
        was_speaking = self._speaking()
        self._request += 1
        self._after = ""
        self._error_playing = False
        self._pending = False
        self._current = ""
        if self.now_playing is not None:  # every screen change calls this, voice on or off
            self.now_playing = None
            self.output.stop()
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
        # Warm path: a cached prompt goes to the output from inside this call (one stat, no thread hop
        # on this side; the writer thread reads the file).
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
        was_speaking = self._speaking()
        self.now_playing = path
        self.output.play_wav(path, self._request)
        if not was_speaking:
            self.speakingChanged.emit()

    def _speaking(self) -> bool:
        return self._pending or self.now_playing is not None

    @Slot(int, str)
    def _on_output(self, request: int, event: str) -> None:
        if request != self._request:
            return  # an interrupted request's late news
        if event == STARTED:
            self.started.emit()
            return
        if event == FAILED:
            log.error("voice playback failed")
        self.now_playing = None
        if event == FINISHED:
            self._error_playing = False
            self._current = ""
            after, self._after = self._after, ""
            if after:
                self._say(after, error=False)
                return
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
            self.output.volume = value
            if self.sounds is not None:
                self.sounds.volume = value
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
        self.output.close()
        if self.sounds is not None:
            self.sounds.close()

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
