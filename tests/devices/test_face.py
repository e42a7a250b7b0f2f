"""Face detection on real public-domain photographs and each quality gate failing on a crafted frame."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from devices.camera.face import BestFrame, Gate, assess, detect_faces
from devices.camera.setup import ASSETS

FACES = ASSETS / "face"


def load(name: str, folder: str = "face") -> np.ndarray:
    image = cv2.imread(str(ASSETS / folder / name))
    assert image is not None
    return image


@pytest.fixture(scope="module")
def portrait() -> np.ndarray:
    return load("astronaut_portrait.jpg")


@pytest.mark.parametrize("name", ["astronaut.jpg", "grace_hopper.jpg"])
def test_detects_the_face_in_real_photos(name: str) -> None:
    image = load(name)
    faces = detect_faces(image)
    assert len(faces) == 1
    f = faces[0]
    # The eyes lie inside the box, in its upper half: the box is on the face, not somewhere else.
    for ex, ey in f.landmarks[:2]:
        assert f.x < ex < f.x + f.w and f.y < ey < f.y + f.h / 1.6


@pytest.mark.parametrize("name", ["astronaut_portrait.jpg", "grace_hopper_portrait.jpg"])
def test_portraits_pass_every_gate(name: str) -> None:
    quality = assess(load(name))
    assert quality.gate is Gate.OK, quality.metrics


def test_no_face_in_a_document() -> None:
    quality = assess(load("form_straight.jpg", "document"))
    assert quality.gate is Gate.NO_FACE and quality.faces == ()


def test_two_faces_side_by_side(portrait: np.ndarray) -> None:
    other = load("grace_hopper_portrait.jpg")
    pair = np.hstack([cv2.resize(portrait, (320, 240)), cv2.resize(other, (320, 240))])
    frame = np.vstack([np.full((120, 640, 3), 90, np.uint8), pair, np.full((120, 640, 3), 90, np.uint8)])
    quality = assess(frame)
    assert quality.gate is Gate.MANY_FACES and len(quality.faces) == 2


def test_too_small(portrait: np.ndarray) -> None:
    frame = np.full_like(portrait, 90)
    small = cv2.resize(portrait, (213, 160))  # a third of the size, centred: too far away
    frame[160:320, 213:426] = small
    assert assess(frame).gate is Gate.TOO_SMALL


def test_off_centre(portrait: np.ndarray) -> None:
    frame = np.full_like(portrait, 90)
    frame[:, 200:] = portrait[:, :440]  # shifted right by 200 px
    assert assess(frame).gate is Gate.OFF_CENTRE


def test_dark(portrait: np.ndarray) -> None:
    dark = (portrait.astype(np.float32) * 0.3).astype(np.uint8)
    quality = assess(dark)
    assert quality.gate is Gate.TOO_DARK
    assert quality.code == "face.too_dark"


def test_blurred(portrait: np.ndarray) -> None:
    assert assess(cv2.GaussianBlur(portrait, (0, 0), 4)).gate is Gate.BLURRED


def test_not_frontal(portrait: np.ndarray) -> None:
    h, w = portrait.shape[:2]
    # A 25-degree roll (head tilted to the shoulder) keeps the face found but not frontal.
    rot = cv2.warpAffine(portrait, cv2.getRotationMatrix2D((w / 2, h / 2), 25, 1.0), (w, h),
                         borderMode=cv2.BORDER_REPLICATE)
    quality = assess(rot)
    assert quality.gate is Gate.NOT_FRONTAL, quality.metrics


def test_best_frame_keeps_the_sharpest_ok_frame(portrait: np.ndarray) -> None:
    best = BestFrame()
    soft = cv2.GaussianBlur(portrait, (0, 0), 1.0)
    for frame in (cv2.GaussianBlur(portrait, (0, 0), 4), soft, portrait, soft):
        best.offer(frame)
    kept = best.frame
    assert kept is not None and np.array_equal(kept, portrait)
    best.clear()
    assert best.frame is None and best.quality is None


def test_bad_input_is_a_typed_error() -> None:
    with pytest.raises(ValueError):
        detect_faces(np.zeros((10, 10), np.uint8))
