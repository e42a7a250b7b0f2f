"""The certification's guided liveness challenge over the face camera.

:func:`run_challenge` feeds camera frames to the quality gates (``devices.camera.face.BestFrame``)
and the liveness state machine (``devices.camera.liveness``) until every challenge passed, one
failed, or time ran out; it reports each step so the screen can show and speak it. The best frame
stays in memory and is handed back as JPEG for sealing; nothing here writes or logs a picture.

On the EMULATED face camera nobody can blink at a still picture, so :class:`ActingResident` stands
in for the resident: it takes the real face-mesh landmarks of the picture shown and moves the
eyelids or turns the head in 3-D the way a cooperating person would when asked (the geometry of
``devices.camera.liveness_scenes``, which the liveness tests and bench use). ``cooperative=False``
is a photo held up to the camera: it never acts, and the challenge fails. Real cameras always use
the plain face mesh.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from devices.base import DeviceError
from devices.camera.landmarks import Landmarks
from devices.camera.liveness import Challenge, LivenessCheck, Progress, State
from devices.camera.liveness_scenes import blink_pose, turn_pose

__all__ = [
    "ActingResident",
    "ChallengeResult",
    "FrameClock",
    "blink_pose",
    "challenges",
    "run_challenge",
    "turn_pose",
]

TURN_DEGREES = 35.0


class ActingResident:
    """Face mesh for the emulated camera: acts out the challenge being asked (see module docstring)."""

    def __init__(self, mesh: Any, cooperative: bool = True) -> None:
        self.mesh = mesh
        self.cooperative = cooperative
        self.progress: Callable[[], Progress] | None = None
        self._acting_frames = 0

    def landmarks(self, frame: Any) -> list[Landmarks]:
        faces: list[Landmarks] = list(self.mesh.landmarks(frame))
        now = self.progress() if self.progress is not None else None
        if not faces or not self.cooperative or now is None or now.state is not State.ACTING:
            self._acting_frames = 0
            return faces
        self._acting_frames += 1
        if self._acting_frames < 3:  # a moment to understand the prompt
            return faces
        if now.challenge is Challenge.BLINK:
            return [blink_pose(faces[0])] if self._acting_frames in (3, 4) else faces
        degrees = TURN_DEGREES if now.challenge is Challenge.TURN_LEFT else -TURN_DEGREES
        return [turn_pose(faces[0], degrees)]

    def close(self) -> None:
        close = getattr(self.mesh, "close", None)
        if callable(close):
            close()


class FrameClock:
    """The emulated camera's time: one frame interval per frame read. The acting resident moves in
    frames, so with this clock a loaded machine (the face mesh slower per frame) sees the same blink
    lengths and step times as an idle one. Real cameras run on the wall clock."""

    def __init__(self, fps: float) -> None:
        self.interval = 1.0 / fps if fps > 0 else 1.0 / 15.0
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def tick(self) -> None:
        self.now += self.interval


def challenges(rng: random.Random | None = None) -> tuple[Challenge, ...]:
    """A blink and a head turn to a side chosen at random, so a recording made for one visit fails."""
    side = (rng or random.SystemRandom()).choice((Challenge.TURN_LEFT, Challenge.TURN_RIGHT))
    return (Challenge.BLINK, side)


@dataclass
class ChallengeResult:
    passed: bool
    jpeg: bytes | None
    score: float | None
    reason: str  # "" when passed; a liveness FailReason or "no_frame"


def run_challenge(
    camera: Any,
    steps: Sequence[Challenge],
    mesh: Any,
    *,
    step_timeout: float,
    on_step: Callable[[int, str, str], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
    encode: Callable[[Any], bytes] | None = None,
) -> ChallengeResult:
    """Frames until the challenge passed (with a good frame), failed, or time ran out.

    ``on_step(index, challenge, state)`` is called whenever the step or its state changes."""
    from devices.camera.face import BestFrame

    if encode is None:
        from kiosk.journey_adapters.devices import face_jpeg

        encode = face_jpeg
    check = LivenessCheck(steps, step_timeout, rng=random.SystemRandom())
    if isinstance(mesh, ActingResident):
        mesh.progress = lambda: check.progress
    best = BestFrame()
    deadline = clock() + step_timeout * (len(steps) + 1)
    seq: int | None = None
    shown: tuple[int, str, str] | None = None
    progress = check.progress
    try:
        tick = clock.tick if isinstance(clock, FrameClock) else None
        while clock() < deadline:
            try:
                seq, frame = camera.next_frame(timeout=min(2.0, max(0.1, deadline - clock())), after=seq)
            except DeviceError:
                if tick is not None:
                    tick()
                continue  # the driver recovers by itself; the deadline still holds
            if tick is not None:
                tick()
            best.offer(frame)
            progress = check.feed(mesh.landmarks(frame), clock())
            now = (
                progress.step,
                progress.challenge.value if progress.challenge else "",
                progress.state.value,
            )
            if on_step is not None and now != shown:
                on_step(*now)
            shown = now
            if progress.state is State.FAILED:
                return ChallengeResult(False, None, None, str(progress.reason or "timeout"))
            if progress.state is State.PASSED and best.frame is not None:
                quality = best.quality
                frame_jpeg = encode(best.frame)
                return ChallengeResult(True, frame_jpeg, float(quality.score) if quality else None, "")
        return ChallengeResult(
            False, None, None, "timeout" if progress.state is not State.PASSED else "no_frame"
        )
    finally:
        best.clear()
