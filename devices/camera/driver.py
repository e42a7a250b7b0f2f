"""CameraDriver: keeps the latest frame of a FrameSource in memory and survives unplugging.

A background thread reads frames; callers take the newest one (:meth:`CameraDriver.latest`) or wait
for a fresh one (:meth:`CameraDriver.next_frame`). When the source fails the driver reports OFFLINE
and retries with a capped backoff (<= 2 s between tries), so it is back well within 5 s of the camera
returning. Frames are never logged or written: the traffic ring only holds sizes and counts.
"""

from __future__ import annotations

import threading
import time
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
from devices.camera.capture import Frame, FrameSource
from devices.camera.emulator import EmulatedCamera

BLACK_MEAN = 8.0  # mean grey level below which the lens is covered or there is no light
BLACK_STD = 3.0
TRAFFIC_EVERY = 150  # one traffic summary per this many frames: enough to see it is alive


def is_black(frame: Frame) -> bool:
    return float(frame.mean()) < BLACK_MEAN and float(frame.std()) < BLACK_STD


class CameraDriver(Driver):
    kind = "camera"

    def __init__(
        self,
        source: FrameSource,
        name: str | None = None,
        on_event: EventSink | None = None,
        expected_size: tuple[int, int] | None = None,
        backoff: Backoff | None = None,
    ) -> None:
        super().__init__(name, on_event)
        self.source = source
        self.expected_size = expected_size
        self._backoff = backoff or Backoff(first=0.1, cap=1.0)
        self._cond = threading.Condition()
        self._frame: Frame | None = None
        self._seq = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._source_open = False
        # Set when the source is the emulator, so the emulator console can switch clips or unplug.
        self.emulator: EmulatedCamera | None = source if isinstance(source, EmulatedCamera) else None

    # -- lifecycle -------------------------------------------------------------------------
    def open(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        try:
            self._open_source()
        except DeviceOffline as exc:
            self._set_status(Health.OFFLINE, exc.reason)
            # Keep trying in the background: a camera plugged in later must come up by itself.
        self._thread = threading.Thread(target=self._run, name=f"{self.name}-capture", daemon=True)
        self._thread.start()
        if not self._source_open:
            raise DeviceOffline(self.status().reason)

    def close(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)
        self._close_source()
        with self._cond:
            self._frame = None
            self._cond.notify_all()
        self._set_status(Health.OFFLINE, "closed")

    @property
    def capabilities(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "source": self.source.description,
            "expected_size": list(self.expected_size) if self.expected_size else None,
            "pixel_format": "BGR8",
        }

    # -- frames ----------------------------------------------------------------------------
    @property
    def frame_count(self) -> int:
        with self._cond:
            return self._seq

    def latest(self) -> Frame:
        """The newest frame (a copy). Raises DeviceOffline when none is available."""
        with self._cond:
            if self._frame is None:
                raise DeviceOffline(self.status().reason or "no frame yet")
            return self._frame.copy()

    def next_frame(self, timeout: float = 2.0, after: int | None = None) -> tuple[int, Frame]:
        """Wait for a frame newer than ``after`` (default: the current one). Returns (seq, frame)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            last = self._seq if after is None else after
            while self._seq <= last or self._frame is None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    if self.status().health is Health.OFFLINE:
                        raise DeviceOffline(self.status().reason)
                    raise DeviceTimeout(f"no frame from the camera within {timeout:.1f} s")
                self._cond.wait(remaining)
            return self._seq, self._frame.copy()

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
        self._source_open = True
        self._backoff.reset()
        self.traffic.add("rx", f"opened {self.source.description}")
        self._set_status(Health.OK, "capturing")

    def _close_source(self) -> None:
        if self._source_open:
            self._source_open = False
            try:
                self.source.close()
            except Exception as exc:  # a half-gone device may fail to close; it is gone anyway
                self.traffic.add("rx", f"close failed: {type(exc).__name__}")

    def _run(self) -> None:
        while not self._stop.is_set():
            if not self._source_open:
                try:
                    self._open_source()
                except DeviceOffline as exc:
                    self._set_status(Health.OFFLINE, exc.reason)
                    self._stop.wait(self._backoff.next_delay())
                    continue
            try:
                frame = self.source.read()
            except DeviceError as exc:
                self.traffic.add("rx", f"read failed: {exc.reason}")
                self._close_source()
                with self._cond:
                    self._frame = None
                    self._cond.notify_all()
                self._set_status(Health.OFFLINE, f"camera lost: {exc.reason}; retrying")
                self._stop.wait(self._backoff.next_delay())
                continue
            self._publish(np.asarray(frame, dtype=np.uint8))

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
            self._set_status(Health.OK, "capturing")
