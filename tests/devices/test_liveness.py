"""Liveness state machine driven by landmark sequences.

No video of a person blinking or turning is available offline, so the sequences are synthetic but
built from REAL geometry: the 478 face-mesh landmarks mediapipe finds on the public-domain astronaut
portrait, with the eyelids moved together (blink) or the 3-D points rotated about the vertical axis
(head turn). Frame times are passed explicitly (15 frames/s), so no test sleeps.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import cv2
import numpy as np
import pytest

from devices.camera.landmarks import LEFT_EYE, RIGHT_EYE, FaceMesh, Landmarks
from devices.camera.liveness import Challenge, FailReason, LivenessCheck, State, mean_ear, yaw
from devices.camera.setup import ASSETS

FPS = 15.0


@pytest.fixture(scope="module")
def mesh() -> Iterator[FaceMesh]:
    m = FaceMesh(tracking=False)
    yield m
    m.close()


@pytest.fixture(scope="module")
def real(mesh: FaceMesh) -> Landmarks:
    faces = mesh.landmarks(cv2.imread(str(ASSETS / "face" / "astronaut_portrait.jpg")))
    assert len(faces) == 1
    return faces[0]


def closed(points: Landmarks, amount: float) -> Landmarks:
    """Eyelids moved towards each other; amount 1 = shut."""
    out = points.copy()
    for eye in (RIGHT_EYE, LEFT_EYE):
        for upper, lower in ((eye[1], eye[5]), (eye[2], eye[4])):
            mid = (points[upper] + points[lower]) / 2
            out[upper] = points[upper] + amount * (mid - points[upper])
            out[lower] = points[lower] + amount * (mid - points[lower])
    return out


def turned(points: Landmarks, degrees: float) -> Landmarks:
    """Rotate the 3-D landmarks about the vertical axis through the face centre (positive: the nose
    moves towards image right, i.e. the resident turns to their own left)."""
    t = math.radians(degrees)
    centre = points.mean(axis=0)
    rel = points - centre
    out = points.copy()
    out[:, 0] = centre[0] + rel[:, 0] * math.cos(t) - rel[:, 2] * math.sin(t)
    out[:, 2] = centre[2] + rel[:, 0] * math.sin(t) + rel[:, 2] * math.cos(t)
    return out


def run(check: LivenessCheck, frames: list[Landmarks | None], start: float = 0.0) -> State:
    progress = check.progress
    for i, frame in enumerate(frames):
        progress = check.feed(frame, start + i / FPS)
        if progress.state in (State.PASSED, State.FAILED):
            break
    return progress.state


def jitter(points: Landmarks, rng: np.random.Generator, px: float = 0.4) -> Landmarks:
    out = points.copy()
    out[:, :2] += rng.normal(0, px, (len(points), 2)).astype(np.float32)
    return out


def test_real_landmarks_have_open_eyes_and_face_front(real: Landmarks) -> None:
    assert real.shape == (478, 3)
    assert 0.2 < mean_ear(real) < 0.45
    assert abs(yaw(real)) < 0.15
    assert mean_ear(closed(real, 1.0)) < 0.05
    assert yaw(turned(real, 30)) > 0.35 > yaw(real) > -0.35 > yaw(turned(real, -30))


def test_no_landmarks_on_a_document(mesh: FaceMesh) -> None:
    page = cv2.imread(str(ASSETS / "document" / "form_straight.jpg"))
    assert mesh.landmarks(page) == []


def test_blink_passes(real: Landmarks) -> None:
    rng = np.random.default_rng(1)
    frames = [jitter(real, rng) for _ in range(8)]
    frames += [jitter(closed(real, a), rng) for a in (0.4, 0.8, 1.0, 0.7, 0.2, 0.0)]
    frames += [jitter(real, rng) for _ in range(3)]
    check = LivenessCheck([Challenge.BLINK])
    assert run(check, frames) is State.PASSED
    assert check.progress.code == "liveness.passed"


def test_half_closed_eyes_are_not_a_blink(real: Landmarks) -> None:
    frames = [real] * 8 + [closed(real, 0.3)] * 4 + [real] * 200
    check = LivenessCheck([Challenge.BLINK], step_timeout=8.0)
    assert run(check, frames) is State.FAILED
    assert check.progress.reason is FailReason.TIMEOUT


def test_head_turn_left_passes_and_is_not_a_right_turn(real: Landmarks) -> None:
    frames = [real] * 5 + [turned(real, d) for d in range(0, 36, 4)] + [turned(real, 35)] * 3
    assert run(LivenessCheck([Challenge.TURN_LEFT]), frames) is State.PASSED
    wrong = LivenessCheck([Challenge.TURN_RIGHT], step_timeout=3.0)
    assert run(wrong, frames + [turned(real, 35)] * 60) is State.FAILED
    assert wrong.progress.reason is FailReason.TIMEOUT


def test_two_steps_blink_then_turn_right(real: Landmarks) -> None:
    blink = [real] * 4 + [closed(real, 1.0)] * 2 + [real] * 2
    turn = [real] * 4 + [turned(real, -d) for d in range(0, 40, 5)] + [turned(real, -38)] * 3
    check = LivenessCheck([Challenge.BLINK, Challenge.TURN_RIGHT])
    assert run(check, blink + turn) is State.PASSED


def test_static_photo_times_out(real: Landmarks) -> None:
    rng = np.random.default_rng(2)
    check = LivenessCheck([Challenge.BLINK], step_timeout=6.0)
    state = run(check, [jitter(real, rng) for _ in range(int(7 * FPS))])
    assert state is State.FAILED and check.progress.reason is FailReason.TIMEOUT
    assert check.progress.code == "liveness.failed.timeout"


def test_no_face_fails(real: Landmarks) -> None:
    check = LivenessCheck([Challenge.TURN_LEFT], step_timeout=4.0)
    assert run(check, [None] * int(5 * FPS)) is State.FAILED
    assert check.progress.reason is FailReason.NO_FACE


def test_face_leaving_mid_challenge_fails(real: Landmarks) -> None:
    check = LivenessCheck([Challenge.BLINK], step_timeout=8.0)
    assert run(check, [real] * 5 + [None] * int(2 * FPS)) is State.FAILED
    assert check.progress.reason is FailReason.FACE_LOST


def test_a_second_face_fails(real: Landmarks) -> None:
    check = LivenessCheck([Challenge.BLINK])
    other = real.copy()
    other[:, 0] += 300
    check.feed(real, 0.0)
    assert check.feed([real, other], 0.1).reason is FailReason.MANY_FACES


def test_blink_after_the_step_timeout_is_too_late(real: Landmarks) -> None:
    frames = [real] * int(5 * FPS) + [closed(real, 1.0)] * 2 + [real] * 3
    check = LivenessCheck([Challenge.BLINK], step_timeout=4.0)
    assert run(check, frames) is State.FAILED
    assert check.progress.reason is FailReason.TIMEOUT


def test_needs_a_challenge() -> None:
    with pytest.raises(ValueError):
        LivenessCheck([])
