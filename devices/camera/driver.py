"""CameraDriver: captures while someone needs frames, keeps the latest one, survives unplugging.

A background thread reads frames while there is demand; callers take the newest one
(:meth:`CameraDriver.latest`) or wait for a fresh one (:meth:`CameraDriver.next_frame`). Asking for a
frame is demand for ``linger`` seconds (polling consumers such as previews and the QR watch keep the
camera going that way); a screen can also hold it with :meth:`CameraDriver.use`. With no demand the
camera is closed and its frames freed ("standby"): the kiosk idles for hours between residents, and
a capturing camera costs a CPU share and ~10 MB of frames for nothing (bench/bench_soak.py). Health
does not change with it (:attr:`CameraDriver.capturing` says which).

Health in standby: a cheap presence check every ``probe_every`` seconds (the device node, or the
emulator's cable) reports an unplugged camera as OFFLINE, and a returning one is opened for a single
frame to judge it, so it is back within 5 s. A camera whose picture was black looks again every
``relook_every`` seconds until it is not; a working camera is not opened in standby (its LED would
blink at the residents). When capture fails the driver reports OFFLINE and retries with a capped
backoff. Frames are never logged or written: the traffic ring only holds sizes and counts.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import numpy as np

from devices.base import (
    Backoff,
    DeviceError,
    DeviceOffline,
    DeviceTimeout,
    Driver,
    EventSink,
    Health,
    SelfTestResult,
)
from devices.camera.capture import Frame, FrameSource, copy_frame
from devices.camera.emulator import EmulatedCamera
from devices.camera.heap import keep_big_buffers_out_of_arenas

BLACK_MEAN = 8.0  # mean grey level below which the lens is covered or there is no light
BLACK_STD = 3.0
BLACK_SAMPLE_STEP = 8  # judge every 8th pixel of every 8th row: the same verdict, 1/64 of the work
TRAFFIC_EVERY = 150  # one traffic summary per this many frames: enough to see it is alive
LINGER_S = 2.0  # capture goes on this long after the last ask (previews poll at 0.4 s, the QR watch at 1 s)
PROBE_S = 1.0  # a camera in standby checks that it is still there this often
RELOOK_S = 10.0  # a camera in standby whose picture was black looks again this often
WAKE_S = 2.0  # latest() on a camera in standby waits this long for its first frame
# One reason for a working camera, capturing or in standby: status events mean a change of health,
# not the comings and goings of consumers (every status event refreshes the device lists on screen).
READY = "ready: captures while a screen needs it"


ROTATIONS = (0, 90, 180, 270)


def rotate_frame(frame: Frame, rotation: int) -> Frame:
    """``frame`` turned ``rotation`` degrees clockwise (a camera mounted on its side or upside down)."""
    if rotation not in ROTATIONS:
        raise ValueError(f"rotation must be one of {ROTATIONS}, not {rotation}")
    if rotation == 0:
        return frame
    return copy_frame(np.rot90(frame, k=-(rotation // 90)))


def is_black(frame: Frame) -> bool:
    sample = frame[::BLACK_SAMPLE_STEP, ::BLACK_SAMPLE_STEP]
    return float(sample.mean()) < BLACK_MEAN and float(sample.std()) < BLACK_STD


class CameraDriver(Driver):
    kind = "camera"

    def __init__(
        self,
        source: FrameSource,
        name: str | None = None,
        on_event: EventSink | None = None,
        expected_size: tuple[int, int] | None = None,
        backoff: Backoff | None = None,
        linger: float = LINGER_S,
        probe_every: float = PROBE_S,
        relook_every: float = RELOOK_S,
        wake_timeout: float = WAKE_S,
        rotation: int = 0,
    ) -> None:
        super().__init__(name, on_event)
        if rotation not in ROTATIONS:
            raise ValueError(f"rotation must be one of {ROTATIONS}, not {rotation}")
        self.source = source
        self.rotation = rotation
        self.expected_size = expected_size
        self.linger = linger
        self.probe_every = probe_every
        self.relook_every = relook_every
        self.wake_timeout = wake_timeout
        self._backoff = backoff or Backoff(first=0.1, cap=1.0)
        self._cond = threading.Condition()  # guards the frame, the demand and the source's state
        self._frame: Frame | None = None
        self._seq = 0
        self._consumers: set[str] = set()
        self._asked_until = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._source_open = False
        self._looked_at = 0.0
        # Set when the source is the emulator, so the emulator console can switch clips or unplug.
        self.emulator: EmulatedCamera | None = source if isinstance(source, EmulatedCamera) else None

    # -- lifecycle -------------------------------------------------------------------------
    def open(self) -> None:
        """Look at one frame to judge the camera, then stand by until someone needs frames.
        Raises DeviceOffline when it cannot be opened; it keeps checking in the background, so a
        camera plugged in later comes up by itself."""
        if self._thread is not None:
            return
        keep_big_buffers_out_of_arenas()
        self._stop.clear()
        self._look()
        self._thread = threading.Thread(target=self._run, name=f"{self.name}-capture", daemon=True)
        self._thread.start()
        if self.status().health is Health.OFFLINE:
            raise DeviceOffline(self.status().reason)

    def close(self) -> None:
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)
        self._close_source()
        self._drop_frame()
        self._set_status(Health.OFFLINE, "closed")

    @property
    def capabilities(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "source": self.source.description,
            "expected_size": list(self.expected_size) if self.expected_size else None,
            "rotation": self.rotation,
            "pixel_format": "BGR8",
        }

    # -- demand ----------------------------------------------------------------------------
    def use(self, consumer: str, active: bool = True) -> None:
        """``consumer`` needs frames from now on (``active``) or no longer. A screen that will ask
        for a frame soon holds the camera so its first frame is not a cold start."""
        with self._cond:
            if active:
                self._consumers.add(consumer)
            else:
                self._consumers.discard(consumer)
            self._cond.notify_all()

    @contextmanager
    def using(self, consumer: str) -> Iterator[CameraDriver]:
        self.use(consumer)
        try:
            yield self
        finally:
            self.use(consumer, False)

    @property
    def capturing(self) -> bool:
        """Whether frames are being read now (False in standby)."""
        with self._cond:
            return self._source_open

    @property
    def consumers(self) -> frozenset[str]:
        with self._cond:
            return frozenset(self._consumers)

    def _ask(self) -> None:
        """Caller holds ``_cond``: someone wants frames now and for ``linger`` seconds."""
        now = time.monotonic()
        idle = not self._consumers and now >= self._asked_until
        self._asked_until = now + self.linger
        if idle:  # only a standing-by thread needs waking (waiters re-ask: no notify ping-pong)
            self._cond.notify_all()

    def _wanted(self) -> bool:
        with self._cond:
            return bool(self._consumers) or time.monotonic() < self._asked_until

    # -- frames ----------------------------------------------------------------------------
    @property
    def frame_count(self) -> int:
        with self._cond:
            return self._seq

    def latest(self) -> Frame:
        """The newest frame (a copy). A camera in standby is woken and its first frame waited for
        (up to ``wake_timeout``). Raises DeviceOffline when no frame is available."""
        with self._cond:
            deadline = time.monotonic() + self.wake_timeout
            self._ask()
            while self._frame is None and self._thread is not None and not self._down():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(min(remaining, self.linger / 2))
                self._ask()
            if self._frame is None:
                raise DeviceOffline(self.status().reason or "no frame yet")
            return copy_frame(self._frame)

    def next_frame(self, timeout: float = 2.0, after: int | None = None) -> tuple[int, Frame]:
        """Wait for a frame newer than ``after`` (default: the current one). Returns (seq, frame)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            last = self._seq if after is None else after
            while self._seq <= last or self._frame is None:
                self._ask()  # demand lasts while the caller waits, and ``linger`` after
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    if self.status().health is Health.OFFLINE:
                        raise DeviceOffline(self.status().reason)
                    raise DeviceTimeout(f"no frame from the camera within {timeout:.1f} s")
                self._cond.wait(min(remaining, self.linger / 2))
            self._ask()
            return self._seq, copy_frame(self._frame)

    def _down(self) -> bool:
        return self._stop.is_set() or self.status().health is Health.OFFLINE

    # -- self-test -------------------------------------------------------------------------
    def self_test(self) -> SelfTestResult:
        steps: list[tuple[str, bool, str]] = []
        try:
            _, frame = self.next_frame(timeout=3.0)
        except DeviceError as exc:
            steps.append(("frame arrives", False, exc.reason))
            return SelfTestResult(False, f"no picture from the camera: {exc.reason}", tuple(steps))
        h, w = frame.shape[:2]
        steps.append(("frame arrives", True, f"{w}x{h}"))
        black = is_black(frame)
        grey = f"mean grey {frame.mean():.0f}" + (": lens covered?" if black else "")
        steps.append(("picture not black", not black, grey))
        size_ok = self.expected_size is None or (w, h) == self.expected_size
        want = f"{self.expected_size[0]}x{self.expected_size[1]}" if self.expected_size else "any"
        steps.append(("resolution", size_ok, f"got {w}x{h}, configured {want}"))
        passed = all(ok for _, ok, _ in steps)
        summary = "camera works" if passed else "camera answers but: " + "; ".join(
            d for _, ok, d in steps if not ok
        )
        return SelfTestResult(passed, summary, tuple(steps))

    # -- capture thread --------------------------------------------------------------------
    def _open_source(self) -> None:
        self.source.open()
        with self._cond:
            self._source_open = True
        self._backoff.reset()
        self.traffic.add("rx", f"opened {self.source.description}")
        self._set_status(Health.OK, READY)

    def _close_source(self) -> None:
        with self._cond:
            was_open, self._source_open = self._source_open, False
        if was_open:
            try:
                self.source.close()
            except Exception as exc:  # a half-gone device may fail to close; it is gone anyway
                self.traffic.add("rx", f"close failed: {type(exc).__name__}")

    def _drop_frame(self) -> None:
        with self._cond:
            self._frame = None
            self._cond.notify_all()

    def _offline(self, reason: str) -> None:
        self._set_status(Health.OFFLINE, reason)
        with self._cond:
            self._cond.notify_all()  # a latest() waiting for a first frame gives up now

    def _run(self) -> None:
        next_probe = time.monotonic() + self.probe_every
        while not self._stop.is_set():
            if self._wanted():
                self._capture_one()
                continue
            if self.capturing:
                self._stand_by()
            now = time.monotonic()
            if now >= next_probe:
                self._probe()
                next_probe = time.monotonic() + self.probe_every
            with self._cond:
                if not self._stop.is_set() and not self._wanted():
                    self._cond.wait(max(0.0, next_probe - time.monotonic()))

    def _capture_one(self) -> None:
        if not self.capturing:
            try:
                self._open_source()
            except DeviceOffline as exc:
                self._offline(exc.reason)
                self._stop.wait(self._backoff.next_delay())
                return
        try:
            frame = self.source.read()
        except DeviceError as exc:
            self.traffic.add("rx", f"read failed: {exc.reason}")
            self._close_source()
            self._drop_frame()
            self._offline(f"camera lost: {exc.reason}; retrying")
            self._stop.wait(self._backoff.next_delay())
            return
        self._publish(rotate_frame(np.asarray(frame, dtype=np.uint8), self.rotation))

    def _stand_by(self) -> None:
        """No one needs frames: close the camera and let its frames go."""
        self._close_source()
        self._drop_frame()
        self.traffic.add("rx", "standby: no one needs frames")
        self._looked_at = time.monotonic()

    def _present(self) -> bool:
        present = getattr(self.source, "present", None)
        return bool(present()) if callable(present) else True

    def _probe(self) -> None:
        """In standby: is the camera still there, and is a returning or black one working again?"""
        health = self.status().health
        if not self._present():
            if health is not Health.OFFLINE:
                self.traffic.add("rx", "camera not found in standby")
                self._offline("camera not found (unplugged?)")
            return
        relook = health is Health.DEGRADED and time.monotonic() - self._looked_at >= self.relook_every
        if health is Health.OFFLINE or relook:
            self._look()

    def _look(self) -> None:
        """Open the camera for one frame, judge it and close it again (nothing is kept)."""
        self._looked_at = time.monotonic()
        try:
            self.source.open()
        except DeviceOffline as exc:
            self._offline(exc.reason)
            return
        except Exception as exc:  # the probe thread must live on to see the camera return
            self._offline(f"camera cannot be opened: {type(exc).__name__}")
            return
        try:
            frame = self.source.read()
        except DeviceError as exc:
            self._offline(f"camera gives no picture: {exc.reason}")
            return
        except Exception as exc:
            self._offline(f"camera gives no picture: {type(exc).__name__}")
            return
        finally:
            try:
                self.source.close()
            except Exception as exc:  # a half-gone device may fail to close; it is gone anyway
                self.traffic.add("rx", f"close failed: {type(exc).__name__}")
        self.traffic.add("rx", f"looked at one frame {frame.shape[1]}x{frame.shape[0]}")
        if is_black(frame):
            self._set_status(Health.DEGRADED, "the picture is black: lens covered or no light")
        else:
            self._set_status(Health.OK, READY)

    def _publish(self, frame: Frame) -> None:
        with self._cond:
            self._frame = frame
            self._seq += 1
            seq = self._seq
            self._cond.notify_all()
        if seq % TRAFFIC_EVERY == 1:
            self.traffic.add("rx", f"frame #{seq} {frame.shape[1]}x{frame.shape[0]}")
        if is_black(frame):
            self._set_status(Health.DEGRADED, "the picture is black: lens covered or no light")
        elif self.status().health is not Health.OK:
            self._set_status(Health.OK, READY)
