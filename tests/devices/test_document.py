"""Document cropping on the generated samples (assets/camera/make_samples.py keeps their true corners)."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest

from devices.camera.document import Verdict, crop_document, find_page, order_corners
from devices.camera.setup import ASSETS

DOCS = ASSETS / "document"
TRUTH: dict[str, list[list[float]]] = json.loads((DOCS / "corners.json").read_text(encoding="utf-8"))
TOLERANCE_PX = 8.0  # on 1024x768 pictures: under 1 % of the width


def load(name: str) -> np.ndarray:
    image = cv2.imread(str(DOCS / f"{name}.jpg"))
    assert image is not None
    return image


@pytest.mark.parametrize("name", sorted(TRUTH))
def test_page_corners_found_within_tolerance(name: str) -> None:
    corners = find_page(load(name))
    assert corners is not None
    err = np.abs(corners - order_corners(np.array(TRUTH[name], dtype=np.float32))).max()
    assert err <= TOLERANCE_PX


@pytest.mark.parametrize("name", ["form_straight", "form_angled", "form_tilted_shadow", "form_soft_focus"])
def test_good_samples_are_ok_and_straightened(name: str) -> None:
    capture = crop_document(load(name))
    assert capture.quality.verdict is Verdict.OK
    assert capture.page is not None
    h, w = capture.page.shape[:2]
    # Upright (portrait, as drawn). The samples' corners are not all a true camera projection of A4,
    # so only the orientation and rough proportion are checked.
    assert 1.15 < h / w < 1.7
    # The straightened page is paper: bright, with dark text.
    grey = cv2.cvtColor(capture.page, cv2.COLOR_BGR2GRAY)
    assert np.median(grey) > 180 and np.percentile(grey, 2) < 100


def test_blurred_sample_is_judged_blurred_with_its_code() -> None:
    quality = crop_document(load("form_blurred")).quality
    assert quality.verdict is Verdict.BLURRED
    assert quality.code == "document.blurred" and quality.as_dict()["code"] == "document.blurred"


def test_dark_sample_is_judged_too_dark() -> None:
    quality = crop_document(load("form_too_dark")).quality
    assert quality.verdict is Verdict.TOO_DARK
    assert quality.code == "document.too_dark"


def test_same_page_blurred_by_the_test_turns_blurred() -> None:
    sharp = load("form_angled")
    assert crop_document(sharp).quality.ok
    assert crop_document(cv2.GaussianBlur(sharp, (0, 0), 6)).quality.verdict is Verdict.BLURRED


def test_no_page_in_a_face_photo_or_an_empty_desk() -> None:
    face = cv2.imread(str(ASSETS / "face" / "grace_hopper.jpg"))
    assert crop_document(face).quality.verdict is Verdict.NO_PAGE
    desk = np.full((480, 640, 3), (40, 60, 90), np.uint8)
    capture = crop_document(desk)
    assert capture.quality.verdict is Verdict.NO_PAGE and capture.page is None
    assert capture.quality.code == "document.page_not_found"


def test_bad_input_is_a_typed_error() -> None:
    with pytest.raises(ValueError):
        crop_document(np.zeros((10, 10), np.float32))
