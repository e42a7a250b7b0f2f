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

A flat picture can be tilted (the eyes look narrower: a "blink") or swung in perspective (the nose
shifts against the outline: a "turn"), so two cues a flat picture cannot fake gate the actions:
- a blink counts only while the head holds still: the skull's points (face outline and nose,
  ``RIGID``) keep the layout of the step's frontal look up to a similarity (shift, scale, roll).
  Tilting a picture squashes the whole face, not just the eyelids.
- a turn counts only when the skull's points moved in depth: the points of anything flat move
  between two views by one homography, a head's do not (the nose stands out of the outline). The
  residual of the best homography from the frontal look, fitted to each half of the face (a sheet
  folded down the nose is two planes), must exceed ``DEPTH_RESIDUAL`` face widths. The face mesh
  reads a folded picture swung far as a turned face, so a fold is only partly stopped by this cue;
  its "blink" is not (figures per attack species in bench/RESULTS.md).
The frontal look a step starts with lasts a random number of frames, so a recording cannot know
when the prompt comes.
"""

from __future__ import annotations

import enum
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

import cv2
import numpy as np
import numpy.typing as npt

from devices.camera.landmarks import (
    LEFT_CHEEK,
    LEFT_EYE,
    NOSE_RIDGE,
    NOSE_TIP,
    RIGHT_CHEEK,
    RIGHT_EYE,
    RIGID,
    Landmarks,
)

BASELINE_FRAMES = 3  # frontal frames with open eyes before a step starts
BLINK_CLOSED = 0.6  # fraction of the open-eye EAR that counts as closed
BLINK_REOPENED = 0.85
TURN_YAW = 0.35  # yaw change that counts as a head turn
FRONTAL_YAW = 0.15  # yaw within which the face counts as frontal for the baseline
TURN_HOLD_FRAMES = 2
MAX_FACE_GAP = 1.0  # seconds without a face before a step fails
MAX_EXTRA_BASELINE = 5  # up to this many more frontal frames, at random, before the prompt counts
STILL_RESIDUAL = 0.03  # skull layout change (face widths) within which the head counts as still
DEPTH_RESIDUAL = 0.035  # planar-fit residual (face widths) a turned head exceeds and a picture does not


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


def _face_width(points: Landmarks) -> float:
    return float(np.linalg.norm(points[LEFT_CHEEK, :2] - points[RIGHT_CHEEK, :2]))


def shape_change(before: Landmarks, after: Landmarks) -> float:
    """How far the skull's points moved apart from a shift, a scale and a roll, in face widths (RMS
    after the best similarity transform): ~0 for a head held still, large for a tilted picture."""
    a = before[list(RIGID), :2].astype(np.float64)
    b = after[list(RIGID), :2].astype(np.float64)
    a0, b0 = a - a.mean(axis=0), b - b.mean(axis=0)
    ca, cb = a0[:, 0] + 1j * a0[:, 1], b0[:, 0] + 1j * b0[:, 1]
    denominator = float(np.vdot(ca, ca).real)
    if denominator <= 0:
        return 0.0
    similarity = np.vdot(ca, cb) / denominator  # complex scale-and-rotation, least squares
    rms = float(np.sqrt(np.mean(np.abs(similarity * ca - cb) ** 2)))
    width = _face_width(after)
    return rms / width if width > 0 else 0.0


def _planar_fit_residual(a: npt.NDArray[np.float64], b: npt.NDArray[np.float64]) -> float:
    homography, _ = cv2.findHomography(a, b, 0)
    if homography is None:
        return 0.0
    mapped = cv2.perspectiveTransform(a.reshape(-1, 1, 2), homography).reshape(-1, 2)
    return float(np.sqrt(np.mean(np.sum((mapped - b) ** 2, axis=1))))


def depth_residual(before: Landmarks, after: Landmarks) -> float:
    """How far the skull's points are from having moved as a flat or folded picture would, in face
    widths: the RMS residual of the best homography from ``before`` to ``after``, fitted to each side
    of the face (outline and nose) separately, the larger of the two. A picture, flat or folded
    down the nose, gives ~0 whichever way it is tilted or swung; a head's nose stands out of either
    side's outline, so the residual grows with the turn."""
    a = before[list(RIGID), :2].astype(np.float64)
    b = after[list(RIGID), :2].astype(np.float64)
    nose = np.isin(np.array(RIGID), NOSE_RIDGE)
    midline = before[NOSE_TIP, 0]
    sides = (nose | (a[:, 0] <= midline), nose | (a[:, 0] >= midline))
    rms = max(_planar_fit_residual(a[side], b[side]) for side in sides)
    width = _face_width(after)
    return rms / width if width > 0 else 0.0


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
    """Runs the challenges in order, each with its own timeout (seconds, measured on frame times).

    With ``rng`` each step's frontal look lasts a random number of extra frames (see the module
    docstring); without, it lasts ``BASELINE_FRAMES`` (tests that count frames)."""

    def __init__(
        self,
        challenges: Sequence[Challenge],
        step_timeout: float = 8.0,
        rng: random.Random | None = None,
    ) -> None:
        if not challenges:
            raise ValueError("a liveness check needs at least one challenge")
        self.challenges = tuple(challenges)
        self.step_timeout = step_timeout
        self._rng = rng
        self._baseline_frames = self._draw_baseline_frames()
        self._step = 0
        self._state = State.WAITING_FACE
        self._reason: FailReason | None = None
        self._step_started: float | None = None
        self._last_face: float | None = None
        self._baseline: list[tuple[float, float]] = []
        self._baseline_points: list[Landmarks] = []
        self._frontal: Landmarks | None = None
        self._open_ear = 0.0
        self._base_yaw = 0.0
        self._closed_seen = False
        self._turn_frames = 0
        self._detail: dict[str, float] = {}

    def _draw_baseline_frames(self) -> int:
        extra = self._rng.randint(0, MAX_EXTRA_BASELINE) if self._rng is not None else 0
        return BASELINE_FRAMES + extra

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
                self._baseline_points.append(points)
            if len(self._baseline) >= self._baseline_frames:
                self._open_ear = float(np.median([e for e, _ in self._baseline]))
                self._base_yaw = float(np.median([y for _, y in self._baseline]))
                self._frontal = np.median(np.stack(self._baseline_points), axis=0).astype(np.float32)
                self._state = State.ACTING
        elif self._act(points, ear, face_yaw):
            return self._next_step(t)
        if t - self._step_started > self.step_timeout:
            return self._fail(FailReason.TIMEOUT)
        return self.progress

    def _act(self, points: Landmarks, ear: float, face_yaw: float) -> bool:
        challenge = self.challenges[self._step]
        assert self._frontal is not None
        if challenge is Challenge.BLINK:
            still = shape_change(self._frontal, points)
            self._detail["still"] = still
            if still > STILL_RESIDUAL:
                return False  # the head (or the picture) moved: its eyes prove nothing now
            if ear < BLINK_CLOSED * self._open_ear:
                self._closed_seen = True
            return self._closed_seen and ear > BLINK_REOPENED * self._open_ear
        turned = face_yaw - self._base_yaw
        wanted = turned > TURN_YAW if challenge is Challenge.TURN_LEFT else turned < -TURN_YAW
        if wanted:
            depth = depth_residual(self._frontal, points)
            self._detail["depth"] = depth
            wanted = depth > DEPTH_RESIDUAL
        self._turn_frames = self._turn_frames + 1 if wanted else 0
        return self._turn_frames >= TURN_HOLD_FRAMES

    def _next_step(self, t: float) -> Progress:
        self._step += 1
        self._baseline.clear()
        self._baseline_points.clear()
        self._frontal = None
        self._baseline_frames = self._draw_baseline_frames()
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
