"""Who stands in front of the face camera, played frame by frame for the liveness check's tests and bench.

Two kinds of presentation, both reacting to what the check asks right now (``Progress``), the way
a person or a determined attacker would:

- :class:`BonaFideResident`, a cooperating resident. No video of a person is available offline, so
  the head is the face-mesh landmarks mediapipe finds on a portrait (run on every frame, so the
  mesh's own noise is real), moved in 3-D: a rigid rotation of all points (a head sways a few
  degrees and turns 28-40 degrees when asked) and the eyelids closing. Nothing in it knows the
  check's cues; it is the same geometry as the emulator's acting resident.
- :class:`PictureAttack`, a presentation attack: the portrait printed on paper (flat, curved or
  folded down the nose) or shown on a phone screen, held up to the camera and tilted when asked to
  blink and swung when asked to turn. Each frame is rendered in pixels (a plane in 3-D seen by a
  pinhole camera) and goes through the real face mesh.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

import cv2
import numpy as np
import numpy.typing as npt

from devices.camera.capture import Frame
from devices.camera.landmarks import LEFT_EYE, RIGHT_EYE, Landmarks
from devices.camera.liveness import Challenge, LivenessCheck, Progress, State

FRAME_W, FRAME_H = 640, 480
FOCAL = 620.0  # pixels: a typical 640x480 webcam's ~55 degree horizontal field of view
FPS = 15.0


class Mesh(Protocol):
    def landmarks(self, frame: Frame) -> list[Landmarks]: ...


# -- head geometry ---------------------------------------------------------------------------------
def blink_pose(points: Landmarks, amount: float = 1.0) -> Landmarks:
    """Eyelids moved towards each other; amount 1 = shut."""
    out = points.copy()
    for eye in (RIGHT_EYE, LEFT_EYE):
        for upper, lower in ((eye[1], eye[5]), (eye[2], eye[4])):
            mid = (points[upper] + points[lower]) / 2
            out[upper] = points[upper] + amount * (mid - points[upper])
            out[lower] = points[lower] + amount * (mid - points[lower])
    return out


def head_pose(points: Landmarks, yaw: float = 0.0, pitch: float = 0.0, roll: float = 0.0) -> Landmarks:
    """The head rotated rigidly in 3-D about its centre (degrees; positive yaw: towards the resident's
    own left, i.e. the nose moves towards image right)."""
    a, b, c = (math.radians(v) for v in (yaw, pitch, roll))
    ry = np.array([[math.cos(a), 0, -math.sin(a)], [0, 1, 0], [math.sin(a), 0, math.cos(a)]])
    rx = np.array([[1, 0, 0], [0, math.cos(b), -math.sin(b)], [0, math.sin(b), math.cos(b)]])
    rz = np.array([[math.cos(c), -math.sin(c), 0], [math.sin(c), math.cos(c), 0], [0, 0, 1]])
    centre = points.mean(axis=0)
    rotated: Landmarks = ((points - centre) @ (rz @ rx @ ry).T + centre).astype(np.float32)
    return rotated


def turn_pose(points: Landmarks, degrees: float) -> Landmarks:
    """The head turned about the vertical axis (positive: towards the resident's own left)."""
    return head_pose(points, yaw=degrees)


# -- a picture held up to the camera ---------------------------------------------------------------
@dataclass(frozen=True)
class Hold:
    """How the picture is held: rotations in degrees (tilt: top away; swing: about the vertical axis;
    roll), distance as a multiple of the focal length, and its shape: ``bend`` curves it about the
    vertical axis, ``fold`` folds it down the middle (both as depth per half width)."""

    tilt: float = 0.0
    swing: float = 0.0
    roll: float = 0.0
    distance: float = 0.9
    bend: float = 0.0
    fold: float = 0.0
    dx: float = 0.0
    dy: float = 0.0


def _rotation(hold: Hold) -> npt.NDArray[np.float64]:
    a, b, c = (math.radians(v) for v in (hold.tilt, hold.swing, hold.roll))
    rx = np.array([[1, 0, 0], [0, math.cos(a), -math.sin(a)], [0, math.sin(a), math.cos(a)]])
    ry = np.array([[math.cos(b), 0, math.sin(b)], [0, 1, 0], [-math.sin(b), 0, math.cos(b)]])
    rz = np.array([[math.cos(c), -math.sin(c), 0], [math.sin(c), math.cos(c), 0], [0, 0, 1]])
    rotation: npt.NDArray[np.float64] = rz @ ry @ rx
    return rotation


def render_picture(picture: Frame, hold: Hold, background: int = 60) -> Frame:
    """The picture (its width spans 300 world units) seen by the camera, strip by strip so a curved or
    folded sheet is drawn as the piecewise-flat surface it is."""
    h, w = picture.shape[:2]
    half_w, half_h = 150.0, 150.0 * h / w
    strips = 1 if hold.bend == 0 else 12
    xs = np.linspace(-half_w, half_w, strips + 1)
    if hold.fold and 0.0 not in xs:
        xs = np.sort(np.append(xs, 0.0))
    rotation = _rotation(hold)
    centre = np.array([hold.dx, hold.dy, FOCAL * hold.distance])

    def project(x: float, y: float) -> tuple[float, float]:
        u = abs(x) / half_w
        z = -(hold.bend * u * u + hold.fold * u) * half_w
        p = rotation @ np.array([x, y, z]) + centre
        return FOCAL * p[0] / p[2] + FRAME_W / 2, FOCAL * p[1] / p[2] + FRAME_H / 2

    out = np.full((FRAME_H, FRAME_W, 3), background, np.uint8)
    for x0, x1 in itertools.pairwise(xs):
        u0, u1 = (x0 + half_w) / (2 * half_w) * w, (x1 + half_w) / (2 * half_w) * w
        src = np.array([[u0, 0], [u1, 0], [u1, h], [u0, h]], dtype=np.float32)
        corners = [project(x0, -half_h), project(x1, -half_h), project(x1, half_h), project(x0, half_h)]
        dst = np.array(corners, dtype=np.float32)
        left, top = (int(v) for v in np.floor(dst.min(axis=0)))
        right, bottom = (int(v) + 1 for v in np.ceil(dst.max(axis=0)))
        left, top = max(left, 0), max(top, 0)
        right, bottom = min(right, FRAME_W), min(bottom, FRAME_H)
        if right <= left or bottom <= top:
            continue
        offset = np.array([left, top], dtype=np.float32)
        matrix = cv2.getPerspectiveTransform(src, dst - offset)
        patch = cv2.warpPerspective(picture, matrix, (right - left, bottom - top), flags=cv2.INTER_LINEAR)
        mask = np.zeros((bottom - top, right - left), np.uint8)
        cv2.fillConvexPoly(mask, np.round(dst - offset).astype(np.int32), 1)
        region = out[top:bottom, left:right]
        region[mask > 0] = patch[mask > 0]
    return out


def phone_screen(picture: Frame) -> Frame:
    """The picture as a phone shows it: a black bezel, a bluish backlit gamma, the pixel grid's moire
    and a glare band across the glass."""
    h, w = picture.shape[:2]
    screen = cv2.resize(picture, (w * 3 // 4, h * 3 // 4), interpolation=cv2.INTER_AREA).astype(np.float32)
    screen = 255.0 * (screen / 255.0) ** 0.8
    screen[..., 0] *= 1.08  # blue channel (BGR)
    yy, xx = np.mgrid[0 : screen.shape[0], 0 : screen.shape[1]]
    screen *= (1.0 + 0.06 * np.sin(xx * 1.9 + yy * 0.35))[..., None]
    glare = np.clip(1.0 - np.abs((xx + yy) - 0.7 * (xx.max() + yy.max())) / 40.0, 0, 1)
    screen += 70.0 * glare[..., None]
    phone = np.full((h, w, 3), 15, np.float32)
    top, left = (h - screen.shape[0]) // 2, (w - screen.shape[1]) // 2
    phone[top : top + screen.shape[0], left : left + screen.shape[1]] = screen
    return np.clip(phone, 0, 255).astype(np.uint8)


# -- presentations ---------------------------------------------------------------------------------
class Presentation(Protocol):
    def faces(self, progress: Progress, frame_no: int) -> list[Landmarks]: ...


ATTACK_SPECIES = ("print_tilt_swing", "print_curved", "print_folded", "phone_screen")


@dataclass(frozen=True)
class AttackPlan:
    species: str
    blink_tilt: float  # how far the picture is tilted (top away: positive) to fake a blink
    turn_swing: float  # how far it is swung to fake a turn (sign chosen per presentation)
    seed: int


class PictureAttack:
    """A picture held up and moved when the check asks for an action (see the module docstring)."""

    def __init__(self, portrait: Frame, plan: AttackPlan, mesh: Mesh) -> None:
        self.plan = plan
        self.mesh = mesh
        self.picture = phone_screen(portrait) if plan.species == "phone_screen" else portrait
        bend = 0.35 if plan.species == "print_curved" else 0.0
        fold = 0.45 if plan.species == "print_folded" else 0.0
        distance = 0.75 if plan.species == "phone_screen" else 0.9
        self.rest = Hold(bend=bend, fold=fold, distance=distance)
        self._rng = random.Random(plan.seed)  # noqa: S311 - a reproducible scene, not security
        self._acting_since: int | None = None

    def hold(self, progress: Progress, frame_no: int) -> Hold:
        tremor = replace(
            self.rest,
            tilt=self._rng.gauss(0, 1.0),
            swing=self._rng.gauss(0, 1.0),
            roll=self._rng.gauss(0, 0.7),
            dx=self._rng.gauss(0, 1.5),
            dy=self._rng.gauss(0, 1.5),
        )
        if progress.state is not State.ACTING:
            self._acting_since = None
            return tremor
        if self._acting_since is None:
            self._acting_since = frame_no
        t = frame_no - self._acting_since
        if progress.challenge is Challenge.BLINK:  # tilt away and back, again and again
            phase = (t % 8) / 8.0
            return replace(tremor, tilt=tremor.tilt + self.plan.blink_tilt * math.sin(math.pi * phase))
        ramp = min(1.0, t / 6.0)  # swing and hold
        return replace(tremor, swing=tremor.swing + self.plan.turn_swing * ramp)

    def faces(self, progress: Progress, frame_no: int) -> list[Landmarks]:
        return self.mesh.landmarks(render_picture(self.picture, self.hold(progress, frame_no)))


@dataclass(frozen=True)
class ResidentPlan:
    turn_degrees: float  # how far the resident turns when asked (magnitude)
    reaction_frames: int  # frames between the prompt and the action
    blink_frames: int  # frames the eyelids take to shut and open
    sway_degrees: float  # the natural unsteadiness of a standing person
    seed: int


class BonaFideResident:
    """A cooperating resident (see the module docstring)."""

    def __init__(self, portrait: Frame, plan: ResidentPlan, mesh: Mesh) -> None:
        self.plan = plan
        self.mesh = mesh
        self._rng = random.Random(plan.seed)  # noqa: S311 - a reproducible scene, not security
        self.picture = render_picture(portrait, Hold(distance=self._rng.uniform(0.8, 1.1)))
        self._pose = np.zeros(3)  # yaw, pitch, roll of the sway, a slow random walk
        self._acting_since: int | None = None
        self._yaw = 0.0

    def faces(self, progress: Progress, frame_no: int) -> list[Landmarks]:
        dx, dy = self._rng.uniform(-1, 1), self._rng.uniform(-1, 1)
        shift = np.array([[1, 0, dx], [0, 1, dy]], dtype=np.float32)
        moved = np.asarray(
            cv2.warpAffine(self.picture, shift, (FRAME_W, FRAME_H), borderValue=(60, 60, 60)), dtype=np.uint8
        )
        found = self.mesh.landmarks(moved)
        if not found:
            return found
        self._pose = 0.8 * self._pose + np.array([self._rng.gauss(0, 1) for _ in range(3)]) * (
            self.plan.sway_degrees * 0.35
        )
        self._pose = np.clip(self._pose, -self.plan.sway_degrees, self.plan.sway_degrees)
        eyes = 0.0
        target = 0.0
        if progress.state is State.ACTING:
            if self._acting_since is None:
                self._acting_since = frame_no
            t = frame_no - self._acting_since - self.plan.reaction_frames
            if progress.challenge is Challenge.BLINK and 0 <= t < self.plan.blink_frames:
                eyes = math.sin(math.pi * (t + 0.5) / self.plan.blink_frames)
            elif progress.challenge in (Challenge.TURN_LEFT, Challenge.TURN_RIGHT) and t >= 0:
                sign = 1.0 if progress.challenge is Challenge.TURN_LEFT else -1.0
                target = sign * self.plan.turn_degrees
        else:
            self._acting_since = None
        self._yaw += max(-9.0, min(9.0, target - self._yaw))  # a head turns at most ~135 degrees/s
        yaw, pitch, roll = self._pose
        head = head_pose(found[0], yaw=self._yaw + yaw, pitch=pitch, roll=roll)
        return [blink_pose(head, min(1.0, 1.15 * eyes)) if eyes > 0 else head]


def present(
    presentation: Presentation,
    challenges: Sequence[Challenge],
    step_timeout: float,
    seed: int,
) -> Progress:
    """Plays one presentation against a liveness check (random frontal look as in the kiosk) at 15
    frames per second until it passed or failed."""
    check = LivenessCheck(challenges, step_timeout, rng=random.Random(seed))  # noqa: S311 - reproducible
    limit = int((step_timeout * len(challenges) + 2) * FPS)
    progress = check.progress
    for frame_no in range(limit):
        progress = check.feed(presentation.faces(progress, frame_no), frame_no / FPS)
        if progress.state in (State.PASSED, State.FAILED):
            break
    return progress
