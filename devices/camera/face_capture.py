"""The face step, frame by frame: quality gates, the best frame, and the liveness challenge.

Qt-free; the UI calls :meth:`FaceCapture.process` from a worker thread (or :func:`run` for a whole
step) and tells the resident the words for ``update.code``. The best frame stays in memory; :meth:`clear`
wipes it when the resident's session ends.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from devices.base import DeviceError
from devices.camera.capture import Frame
from devices.camera.driver import CameraDriver
from devices.camera.face import BestFrame, FaceQuality
from devices.camera.landmarks import FaceMesh
from devices.camera.liveness import Challenge, LivenessCheck, Progress, State


@dataclass(frozen=True)
class FaceUpdate:
    quality: FaceQuality
    liveness: Progress | None
    done: bool  # passed (a best frame and, if asked, liveness) or liveness failed

    @property
    def passed(self) -> bool:
        live_ok = self.liveness is None or self.liveness.state is State.PASSED
        return self.done and live_ok

    @property
    def code(self) -> str:
        """What to tell the resident now, as a message code: the liveness instruction once the face is
        good enough, else the face gate's advice."""
        if self.liveness is not None and (self.quality.ok or self.liveness.state is not State.WAITING_FACE):
            return self.liveness.code
        return self.quality.code


class FaceCapture:
    def __init__(
        self,
        challenges: Sequence[Challenge] = (Challenge.BLINK,),
        step_timeout: float = 8.0,
        mesh: FaceMesh | None = None,
    ) -> None:
        self._best = BestFrame()
        random_look = random.SystemRandom()  # the frontal look before each prompt lasts a random while
        self._check = LivenessCheck(challenges, step_timeout, rng=random_look) if challenges else None
        self._mesh = mesh if mesh is not None or not challenges else FaceMesh(tracking=True)
        self._last: FaceUpdate | None = None

    def process(self, frame: Frame, t: float) -> FaceUpdate:
        """One frame and its time in seconds."""
        quality = self._best.offer(frame)
        progress = None
        if self._check is not None and self._mesh is not None:
            progress = self._check.feed(self._mesh.landmarks(frame), t)
        have_best = self._best.frame is not None
        if progress is None:
            done = have_best
        else:
            done = progress.state is State.FAILED or (progress.state is State.PASSED and have_best)
        self._last = FaceUpdate(quality, progress, done)
        return self._last

    @property
    def best_frame(self) -> Frame | None:
        return self._best.frame

    @property
    def best_quality(self) -> FaceQuality | None:
        return self._best.quality

    def clear(self) -> None:
        self._best.clear()


def run(
    capture: FaceCapture,
    driver: CameraDriver,
    timeout: float = 20.0,
    on_update: Callable[[FaceUpdate], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> FaceUpdate | None:
    """Feed the driver's frames until the step is done or ``timeout`` passes. None: no frame came."""
    deadline = clock() + timeout
    update: FaceUpdate | None = None
    seq: int | None = None
    while clock() < deadline:
        try:
            seq, frame = driver.next_frame(timeout=min(2.0, max(0.1, deadline - clock())), after=seq)
        except DeviceError:
            continue  # the driver reports offline and recovers by itself; keep waiting
        update = capture.process(frame, clock())
        if on_update is not None:
            on_update(update)
        if update.done:
            break
    return update
