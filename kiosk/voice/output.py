"""One audio output stream, opened once and kept: a prompt's first sample leaves with no stream setup.

Qt Multimedia's QMediaPlayer opened a new PulseAudio stream for every prompt and took 53-79 ms to
the first sample (bench/bench_voice.py). Here one writer thread owns one libpulse-simple playback
stream for the life of the process. Between prompts nothing is written: the stream runs dry and
waits, and PulseAudio starts it again the moment new samples arrive. A prompt is copied in as 16-bit
PCM, 10 ms at a time, scaled by the volume as it goes (so a volume change is heard within a chunk);
an interrupt drops what the server still holds (``pa_simple_flush``) before the next chunk.

All libpulse calls happen on the writer thread, so nothing here ever blocks the caller (the UI
thread). ctypes releases the GIL around each call.

No audio at all (no libpulse, no server, no sound card): logged once, every play is reported
``finished`` at once, and the next play tries to open the output again (a server that comes back is
used, and logged). Events go to ``on_event(token, event)`` on the writer thread: ``started`` (the
first chunk is in the server), ``finished`` (played to the end, or nothing could play),
``failed`` (the file is not playable PCM). An interrupted job reports nothing.
"""

from __future__ import annotations

import array
import ctypes
import ctypes.util
import logging
import sys
import threading
import wave
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

STARTED, FINISHED, FAILED = "started", "finished", "failed"
CHUNK_MS = 10
# What the server holds ahead of the speaker: room for a busy Python thread to fall behind for a
# while without a gap, and the latency a real sound card adds (a null sink renders on arrival).
BUFFER_MS = 50
_PA_STREAM_PLAYBACK = 1
_PA_SAMPLE_U8, _PA_SAMPLE_S16LE = 0, 3
_UNSET = 0xFFFFFFFF  # (uint32_t) -1: "the server's default"


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [(n, ctypes.c_uint32) for n in ("maxlength", "tlength", "prebuf", "minreq", "fragsize")]


@dataclass(frozen=True)
class PcmFormat:
    rate: int
    channels: int
    width: int = 2  # bytes per sample: 16-bit (1 = unsigned 8-bit)

    @property
    def frame_bytes(self) -> int:
        return self.channels * self.width

    def bytes_for_ms(self, ms: int) -> int:
        return self.rate * ms // 1000 * self.frame_bytes


def read_wav(path: Path) -> tuple[bytes, PcmFormat]:
    """The PCM of a WAV file (8- or 16-bit); ValueError for anything else."""
    try:
        with wave.open(str(path), "rb") as w:
            fmt = PcmFormat(w.getframerate(), w.getnchannels(), w.getsampwidth())
            pcm = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as exc:
        raise ValueError(f"not a PCM WAV file: {exc}") from exc
    if fmt.width not in (1, 2) or not 1 <= fmt.channels <= 8:
        raise ValueError(f"unsupported WAV: {fmt.width * 8}-bit, {fmt.channels} channels")
    return pcm, fmt


def scaled(chunk: bytes, fmt: PcmFormat, volume: float) -> bytes:
    if volume >= 0.999:
        return chunk
    if fmt.width == 1:
        return bytes(128 + int((b - 128) * volume) for b in chunk)
    samples = array.array("h", chunk)
    if sys.byteorder == "big":
        samples.byteswap()
    out = array.array("h", [int(s * volume) for s in samples])
    if sys.byteorder == "big":
        out.byteswap()
    return out.tobytes()


class _Pulse:
    """libpulse-simple through ctypes; every argument type declared (a pointer passed as a C int
    would be cut to 32 bits)."""

    def __init__(self) -> None:
        name = ctypes.util.find_library("pulse-simple")
        if name is None:
            raise OSError("libpulse-simple is not installed (Debian: libpulse0)")
        lib = ctypes.CDLL(name)
        ptr, err = ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)
        lib.pa_simple_new.restype = ptr
        lib.pa_simple_new.argtypes = [
            ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p,
            ctypes.POINTER(_SampleSpec), ctypes.c_void_p, ctypes.POINTER(_BufferAttr), err,
        ]  # fmt: skip
        lib.pa_simple_write.argtypes = [ptr, ctypes.c_char_p, ctypes.c_size_t, err]
        for fn in (lib.pa_simple_flush, lib.pa_simple_drain):
            fn.argtypes = [ptr, err]
        lib.pa_simple_get_latency.argtypes = [ptr, err]
        lib.pa_simple_get_latency.restype = ctypes.c_uint64
        lib.pa_simple_free.argtypes = [ptr]
        lib.pa_simple_free.restype = None
        lib.pa_strerror.argtypes = [ctypes.c_int]
        lib.pa_strerror.restype = ctypes.c_char_p
        self.lib = lib

    def error(self, code: int) -> str:
        text = self.lib.pa_strerror(code)
        return text.decode("utf-8", "replace") if text else f"error {code}"


@dataclass
class _Job:
    generation: int
    token: int
    path: Path | None = None
    pcm: bytes = b""
    fmt: PcmFormat | None = None
    warm_up: bool = False


class PcmOutput:
    def __init__(
        self,
        on_event: Callable[[int, str], None] = lambda token, event: None,
        server: str | None = None,
        app_name: str = "township-kiosk",
        stream_name: str = "spoken guidance",
    ) -> None:
        self.on_event = on_event
        self.volume = 1.0  # read by the writer before every chunk
        self._server = server.encode() if server else None
        self._app_name = app_name.encode()
        self._stream_name = stream_name.encode()
        self._cond = threading.Condition()
        self._job: _Job | None = None
        self._generation = 0
        self._closed = False
        self._thread: threading.Thread | None = None
        self._pulse: _Pulse | None = None
        self._stream: int | None = None
        self._stream_fmt: PcmFormat | None = None
        self._failing = False  # the last open failed (logged once until it works again)
        self.opened = threading.Event()  # the stream is open (tests, the bench)
        self.streams_opened = 0  # how many times a stream was set up (the bench checks it stays 1)

    # -- called from any thread (the UI thread) -------------------------------------------------------

    def prepare(self, fmt: PcmFormat | None = None) -> None:
        """Open the stream now, with a moment of silence, so the first prompt finds it ready."""
        self._submit(_Job(0, -1, pcm=b"", fmt=fmt or PcmFormat(22050, 1), warm_up=True))

    def play_wav(self, path: Path, token: int) -> None:
        """Play a WAV file (8/16-bit PCM, any rate), interrupting whatever plays."""
        self._submit(_Job(0, token, path=Path(path)))

    def play_pcm(self, pcm: bytes, fmt: PcmFormat, token: int) -> None:
        self._submit(_Job(0, token, pcm=pcm, fmt=fmt))

    def stop(self) -> None:
        """Interrupt: what is queued is dropped, what the server holds is flushed."""
        with self._cond:
            self._generation += 1
            self._job = None
            self._cond.notify_all()

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._generation += 1
            self._job = None
            self._cond.notify_all()
        if self._thread is not None:
            # Not long: a write can wait ~2 s on a sink that just woke; the thread ends by itself then
            # and reports nothing after close.
            self._thread.join(timeout=0.5)

    @property
    def available(self) -> bool:
        """False once opening the output failed (until it works again)."""
        return not self._failing

    def _submit(self, job: _Job) -> None:
        with self._cond:
            if self._closed:
                return
            self._generation += 1
            job.generation = self._generation
            self._job = job
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="voice-output", daemon=True)
                self._thread.start()
            self._cond.notify_all()

    # -- the writer thread ----------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            while True:
                with self._cond:
                    while self._job is None and not self._closed:
                        self._cond.wait()
                    if self._closed:
                        return
                    job, self._job = self._job, None
                if job is not None:
                    self._play(job)
        finally:
            self._close_stream()

    def _report(self, token: int, event: str) -> None:
        if not self._closed:
            self.on_event(token, event)

    def _current(self, job: _Job) -> bool:
        return job.generation == self._generation and not self._closed

    def _play(self, job: _Job) -> None:
        pcm, fmt = job.pcm, job.fmt
        if job.path is not None:
            try:
                pcm, fmt = read_wav(job.path)
            except (OSError, ValueError) as exc:
                log.error("sound not playable: %s", type(exc).__name__)  # never the path: may be personal
                self._report(job.token, FAILED)
                return
        assert fmt is not None
        stream = self._open(fmt)
        if stream is None:
            if not job.warm_up:
                self._report(job.token, FINISHED)  # nothing can play: the prompt is over
            return
        lib, err = self._lib(), ctypes.c_int()
        if job.warm_up:
            pcm = bytes(fmt.bytes_for_ms(20))
        # 10 ms a write: after a pause the client library counts less room in the server's buffer than
        # there is until the server's next request, and a larger first write waited ~16 ms for it.
        step = fmt.bytes_for_ms(CHUNK_MS)
        pos = 0
        while pos < len(pcm):
            if not self._current(job):
                lib.pa_simple_flush(stream, ctypes.byref(err))
                return
            end = min(len(pcm), pos + step)
            chunk = scaled(pcm[pos:end], fmt, self.volume)
            if lib.pa_simple_write(stream, chunk, len(chunk), ctypes.byref(err)) < 0:
                self._lost(err.value)
                self._report(job.token, FINISHED)
                return
            if pos == 0 and not job.warm_up:
                self._report(job.token, STARTED)
            pos = end
        # Played out when the server's latency has passed; a new job or stop() cuts the wait short.
        # (No pa_simple_drain: it cannot be interrupted, and right after the stream is opened a null
        # sink takes up to 2 s to play anything while it finishes the long block it was idling in.)
        latency_s = lib.pa_simple_get_latency(stream, ctypes.byref(err)) / 1e6
        with self._cond:
            self._cond.wait_for(lambda: not self._current(job), timeout=min(latency_s, 5.0))
        if not self._current(job):
            lib.pa_simple_flush(stream, ctypes.byref(err))
        elif not job.warm_up:
            self._report(job.token, FINISHED)

    def _lib(self) -> ctypes.CDLL:
        assert self._pulse is not None
        return self._pulse.lib

    def _open(self, fmt: PcmFormat) -> int | None:
        if self._stream is not None and self._stream_fmt == fmt:
            return self._stream
        self._close_stream()
        try:
            if self._pulse is None:
                self._pulse = _Pulse()
        except (OSError, AttributeError) as exc:
            self._fail(str(exc))
            return None
        spec = _SampleSpec(_PA_SAMPLE_S16LE if fmt.width == 2 else _PA_SAMPLE_U8, fmt.rate, fmt.channels)
        attr = _BufferAttr(
            _UNSET, fmt.bytes_for_ms(BUFFER_MS), fmt.frame_bytes, fmt.bytes_for_ms(CHUNK_MS), _UNSET
        )  # prebuf of one frame: playback restarts with the first sample written
        err = ctypes.c_int()
        stream: int | None = self._lib().pa_simple_new(
            self._server, self._app_name, _PA_STREAM_PLAYBACK, None, self._stream_name,
            ctypes.byref(spec), None, ctypes.byref(attr), ctypes.byref(err),
        )  # fmt: skip
        if not stream:
            self._fail(self._pulse.error(err.value))
            return None
        if self._failing:
            log.info("audio output available again")
        self._failing = False
        self._stream, self._stream_fmt = stream, fmt
        self.streams_opened += 1
        self.opened.set()
        return stream

    def _fail(self, reason: str) -> None:
        if not self._failing:
            log.warning("no audio output, voice guidance is silent: %s", reason)
        self._failing = True

    def _lost(self, code: int) -> None:
        assert self._pulse is not None
        self._fail(f"the audio stream broke: {self._pulse.error(code)}")
        self._close_stream()

    def _close_stream(self) -> None:
        if self._stream is not None:
            self._lib().pa_simple_free(self._stream)
            self._stream, self._stream_fmt = None, None
