"""Document capture: find the page, straighten it, make it readable, and judge the picture.

The verdict is a code (``document.blurred``): the kiosk turns it into the resident's words. Detection
looks for the largest convex quadrilateral from edges, and falls back to the brightest large region
(a paper page is lighter than the desk) when edges are broken by shadow.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from devices.camera.capture import Frame

Corners = npt.NDArray[np.float32]  # 4x2, order: top-left, top-right, bottom-right, bottom-left

MIN_PAGE_FRACTION = 0.12  # a page smaller than this share of the picture is too far to read
DARK_MEAN = 60.0  # mean grey of the page below which text is lost in noise
SHARPNESS_MIN = 60.0  # variance of the Laplacian of the page (at most 800 px wide); below: blurred
WORK_WIDTH = 800


class Verdict(enum.StrEnum):
    OK = "ok"
    NO_PAGE = "page_not_found"
    BLURRED = "blurred"
    TOO_DARK = "too_dark"


@dataclass(frozen=True)
class Quality:
    verdict: Verdict
    sharpness: float
    brightness: float
    page_fraction: float

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.OK

    @property
    def code(self) -> str:
        """The message code for what to tell the resident (the words are the kiosk's)."""
        return f"document.{self.verdict}"

    def as_dict(self) -> dict[str, object]:
        return {
            "verdict": str(self.verdict),
            "code": self.code,
            "sharpness": round(self.sharpness, 1),
            "brightness": round(self.brightness, 1),
            "page_fraction": round(self.page_fraction, 3),
        }


@dataclass(frozen=True)
class Capture:
    """The result of :func:`crop_document`: the straightened page (None when not found)."""

    page: Frame | None
    corners: Corners | None
    quality: Quality


def order_corners(points: npt.NDArray[np.floating]) -> Corners:
    pts = np.asarray(points, dtype=np.float32).reshape(4, 2)
    s = pts.sum(axis=1)
    d = np.diff(pts, axis=1).ravel()
    return np.array(
        [pts[np.argmin(s)], pts[np.argmin(d)], pts[np.argmax(s)], pts[np.argmax(d)]], dtype=np.float32
    )


def _grey(image: Frame) -> npt.NDArray[np.uint8]:
    if image.ndim == 2:
        return image
    return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), dtype=np.uint8)


def _looks_like_paper(norm: npt.NDArray[np.uint8], sat: npt.NDArray[np.uint8], quad: Corners) -> bool:
    """Paper is lighter than what it lies on, and nearly colourless (unlike a face or a photo)."""
    inside = np.zeros(norm.shape, np.uint8)
    cv2.fillConvexPoly(inside, quad.astype(np.int32), 255)
    outside = inside == 0
    if outside.sum() < 0.05 * norm.size:
        return False  # the "page" is the whole picture: nothing shows it is a page
    lighter = float(np.median(norm[inside > 0])) > float(np.median(norm[outside])) + 25
    return lighter and float(np.median(sat[inside > 0])) < 70


Grey = npt.NDArray[np.uint8]


def _quad_from_contours(contours: Sequence[Any], min_area: float, norm: Grey, sat: Grey) -> Corners | None:
    for contour in sorted(contours, key=cv2.contourArea, reverse=True)[:8]:
        if cv2.contourArea(contour) < min_area:
            break
        hull = cv2.convexHull(contour)
        peri = cv2.arcLength(hull, True)
        for eps in (0.02, 0.03, 0.05):
            approx = cv2.approxPolyDP(hull, eps * peri, True)
            if len(approx) == 4 and cv2.isContourConvex(approx):
                quad = order_corners(approx.reshape(4, 2).astype(np.float32))
                # A page's outline fills its quadrilateral; a bright blob (a white shirt) does not.
                filled = cv2.contourArea(contour) / max(1.0, cv2.contourArea(quad)) > 0.9
                if filled and _looks_like_paper(norm, sat, quad):
                    return quad
                break
    return None


def find_page(image: Frame) -> Corners | None:
    """The page's four corners in image coordinates, or None."""
    scale = WORK_WIDTH / image.shape[1] if image.shape[1] > WORK_WIDTH else 1.0
    if scale < 1:
        small_image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        image = np.asarray(small_image, dtype=np.uint8)
    small = _grey(image)
    sat = np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2HSV)[..., 1], dtype=np.uint8)
    min_area = MIN_PAGE_FRACTION * small.shape[0] * small.shape[1]
    # Stretch contrast first so a dim picture still has edges to find (its verdict is decided later).
    blurred = cv2.GaussianBlur(small, (5, 5), 0)
    norm = np.asarray(cv2.normalize(blurred, np.empty_like(small), 0, 255, cv2.NORM_MINMAX), dtype=np.uint8)
    edges = cv2.Canny(norm, 40, 120)
    edges = cv2.dilate(edges, np.ones((3, 3), np.uint8), iterations=2)
    contours, _ = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    quad = _quad_from_contours(contours, min_area, norm, sat)
    if quad is None:
        _, bright = cv2.threshold(norm, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
        contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        quad = _quad_from_contours(contours, min_area, norm, sat)
    if quad is None:
        return None
    return (quad / scale).astype(np.float32)


def warp_page(image: Frame, corners: Corners) -> Frame:
    tl, tr, br, bl = corners
    width = int(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = int(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    dst = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(corners, dst)
    return np.asarray(cv2.warpPerspective(image, m, (width, height), flags=cv2.INTER_CUBIC), dtype=np.uint8)


def enhance(page: Frame) -> Frame:
    """Even out lighting and contrast (CLAHE on lightness) and sharpen text a little."""
    lab = cv2.cvtColor(page, cv2.COLOR_BGR2LAB)
    lightness, a, b = cv2.split(lab)
    lightness = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(lightness)
    out = cv2.cvtColor(cv2.merge((lightness, a, b)), cv2.COLOR_LAB2BGR)
    soft = cv2.GaussianBlur(out, (0, 0), 1.5)
    return np.asarray(cv2.addWeighted(out, 1.5, soft, -0.5, 0), dtype=np.uint8)


def sharpness(image: Frame) -> float:
    grey = _grey(image)
    # Only ever shrink: upscaling a small page would smear it and read as blur.
    if grey.shape[1] > WORK_WIDTH:
        f = WORK_WIDTH / grey.shape[1]
        grey = np.asarray(cv2.resize(grey, None, fx=f, fy=f, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    return float(cv2.Laplacian(grey, cv2.CV_64F).var())


def judge(image: Frame, corners: Corners | None) -> Quality:
    h, w = image.shape[:2]
    if corners is None:
        return Quality(Verdict.NO_PAGE, sharpness(image), float(_grey(image).mean()), 0.0)
    fraction = float(cv2.contourArea(corners)) / float(w * h)
    page = warp_page(image, corners)
    bright = float(_grey(page).mean())
    sharp = sharpness(page)
    if bright < DARK_MEAN:
        verdict = Verdict.TOO_DARK
    elif sharp < SHARPNESS_MIN:
        verdict = Verdict.BLURRED
    else:
        verdict = Verdict.OK
    return Quality(verdict, sharp, bright, fraction)


def crop_document(image: Frame) -> Capture:
    """Find, judge, straighten and enhance. The page is returned even when the verdict is not ok
    (the UI shows it beside the message), but callers must only keep it when ``quality.ok``."""
    if image.ndim != 3 or image.shape[2] != 3 or image.dtype != np.uint8:
        raise ValueError("a document picture must be an 8-bit BGR image")
    corners = find_page(image)
    quality = judge(image, corners)
    if corners is None:
        return Capture(None, None, quality)
    return Capture(enhance(warp_page(image, corners)), corners, quality)
