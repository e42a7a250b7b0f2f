"""Liveness challenge: the resident blinks or turns the head when asked, judged from landmarks.

A printed photo or a phone picture held to the camera does not blink on request and does not turn
its nose against its own face outline. The state machine below is Qt-free and clock-free: the caller
feeds one landmark set (or None when no face is seen) per frame with the frame's time, so tests can
drive it with landmark sequences.

Measures (from mediapipe face-mesh landmarks, devices/camera/landmarks.py):
- eye aspect ratio (EAR) = (|p2-p6| + |p3-p5|) / (2 |p1-p4|), averaged over both eyes; open eyes
  ~0.25-0.35, closed < ~0.15. A blink is a drop below 60 % of the resident's own open-eye value
  followed by a return above 85 % of it, so narrow eyes work too.
- yaw = sideways offset of the nose tip from the middle of the face outline, in half face widths;
  0 = frontal, positive = nose towards image right. The camera picture is not mirrored, so a
  resident turning to THEIR left moves the nose towards image right.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from devices.camera.landmarks import LEFT_CHEEK, LEFT_EYE, NOSE_TIP, RIGHT_CHEEK, RIGHT_EYE, Landmarks

BASELINE_FRAMES = 3  # frontal frames with open eyes before a step starts
BLINK_CLOSED = 0.6  # fraction of the open-eye EAR that counts as closed
BLINK_REOPENED = 0.85
TURN_YAW = 0.35  # yaw change that counts as a head turn
FRONTAL_YAW = 0.15  # yaw within which the face counts as frontal for the baseline
TURN_HOLD_FRAMES = 2
MAX_FACE_GAP = 1.0  # seconds without a face before a step fails


def eye_aspect_ratio(points: Landmarks, eye: Sequence[int]) -> float:
    p = points[list(eye), :2]
    vertical = np.linalg.norm(p[1] - p[5]) + np.linalg.norm(p[2] - p[4])
    horizontal = 2.0 * np.linalg.norm(p[0] - p[3])
    return float(vertical / horizontal) if horizontal > 0 else 0.0


def mean_ear(points: Landmarks) -> float:
    return (eye_aspect_ratio(points, RIGHT_EYE) + eye_aspect_ratio(points, LEFT_EYE)) / 2.0


def yaw(points: Landmarks) -> float:
    right, left, nose = points[RIGHT_CHEEK, 0], points[LEFT_CHEEK, 0], points[NOSE_TIP, 0]
    half_width = abs(left - right) / 2.0
    if half_width <= 0:
        return 0.0
    return float((nose - (left + right) / 2.0) / half_width)


class Challenge(enum.StrEnum):
    BLINK = "blink"
    TURN_LEFT = "turn_left"  # the resident's left
    TURN_RIGHT = "turn_right"


class State(enum.StrEnum):
    WAITING_FACE = "waiting_face"  # collecting the frontal baseline for the current step
    ACTING = "acting"  # baseline taken; waiting for the requested action
    PASSED = "passed"
    FAILED = "failed"


class FailReason(enum.StrEnum):
    TIMEOUT = "timeout"
    NO_FACE = "no_face"
    FACE_LOST = "face_lost"
    MANY_FACES = "many_faces"


@dataclass
class Progress:
    state: State
    step: int
    challenge: Challenge | None
    reason: FailReason | None = None
    detail: dict[str, float] = field(default_factory=dict)

    @property
    def code(self) -> str:
        """The message code for what to ask or tell the resident now (the words are the kiosk's):
        ``liveness.<challenge>``, ``liveness.passed`` or ``liveness.failed.<reason>``."""
        if self.state is State.FAILED and self.reason is not None:
            return f"liveness.failed.{self.reason}"
        if self.state is State.PASSED:
            return "liveness.passed"
        assert self.challenge is not None
        return f"liveness.{self.challenge}"


class LivenessCheck:
    """Runs the challenges in order, each with its own timeout (seconds, measured on frame times)."""

    def __init__(self, challenges: Sequence[Challenge], step_timeout: float = 8.0) -> None:
        if not challenges:
            raise ValueError("a liveness check needs at least one challenge")
        self.challenges = tuple(challenges)
        self.step_timeout = step_timeout
        self._step = 0
        self._state = State.WAITING_FACE
        self._reason: FailReason | None = None
        self._step_started: float | None = None
        self._last_face: float | None = None
        self._baseline: list[tuple[float, float]] = []
        self._open_ear = 0.0
        self._base_yaw = 0.0
        self._closed_seen = False
        self._turn_frames = 0
        self._detail: dict[str, float] = {}

    @property
    def progress(self) -> Progress:
        challenge = self.challenges[self._step] if self._step < len(self.challenges) else None
        return Progress(self._state, self._step, challenge, self._reason, dict(self._detail))

    def feed(self, faces: Sequence[Landmarks] | Landmarks | None, t: float) -> Progress:
        """One frame: its landmark sets (or one set, or None for no face) and its time in seconds."""
        if self._state in (State.PASSED, State.FAILED):
            return self.progress
        if self._step_started is None:
            self._step_started = t
        found = self._as_list(faces)
        if len(found) > 1:
            return self._fail(FailReason.MANY_FACES)
        if not found:
            gap_from = self._last_face if self._last_face is not None else self._step_started
            if self._last_face is not None and t - gap_from > MAX_FACE_GAP:
                return self._fail(FailReason.FACE_LOST)
            if t - self._step_started > self.step_timeout:
                return self._fail(FailReason.NO_FACE if self._last_face is None else FailReason.TIMEOUT)
            return self.progress
        self._last_face = t
        points = found[0]
        ear, face_yaw = mean_ear(points), yaw(points)
        self._detail = {"ear": ear, "yaw": face_yaw}
        if self._state is State.WAITING_FACE:
            if abs(face_yaw) <= FRONTAL_YAW:
                self._baseline.append((ear, face_yaw))
            if len(self._baseline) >= BASELINE_FRAMES:
                self._open_ear = float(np.median([e for e, _ in self._baseline]))
                self._base_yaw = float(np.median([y for _, y in self._baseline]))
                self._state = State.ACTING
        elif self._act(ear, face_yaw):
            return self._next_step(t)
        if t - self._step_started > self.step_timeout:
            return self._fail(FailReason.TIMEOUT)
        return self.progress

    def _act(self, ear: float, face_yaw: float) -> bool:
        challenge = self.challenges[self._step]
        if challenge is Challenge.BLINK:
            if ear < BLINK_CLOSED * self._open_ear:
                self._closed_seen = True
            return self._closed_seen and ear > BLINK_REOPENED * self._open_ear
        turned = face_yaw - self._base_yaw
        wanted = turned > TURN_YAW if challenge is Challenge.TURN_LEFT else turned < -TURN_YAW
        self._turn_frames = self._turn_frames + 1 if wanted else 0
        return self._turn_frames >= TURN_HOLD_FRAMES

    def _next_step(self, t: float) -> Progress:
        self._step += 1
        self._baseline.clear()
        self._closed_seen = False
        self._turn_frames = 0
        self._step_started = t
        self._state = State.PASSED if self._step >= len(self.challenges) else State.WAITING_FACE
        return self.progress

    def _fail(self, reason: FailReason) -> Progress:
        self._state = State.FAILED
        self._reason = reason
        return self.progress

    @staticmethod
    def _as_list(faces: Sequence[Landmarks] | Landmarks | None) -> list[Landmarks]:
        if faces is None:
            return []
        if isinstance(faces, np.ndarray):
            return [faces]
        return list(faces)
