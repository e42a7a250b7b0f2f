"""Face detection and quality gates for the face capture step.

Detector: libfacedetection through the ``yuface`` wheel (BSD-3, weights compiled into the wheel, no
file to ship or download). Chosen by measurement (bench/bench_face.py): on our corpus it found every
face mediapipe's detector found and more (small, dark, blurred faces), at ~30 frames/s at 640x480 on
one core. It also gives five landmarks (eyes, nose, mouth corners), enough to judge frontal pose.
Blink detection needs eyelids, which come from mediapipe's face mesh (devices/camera/landmarks.py).

Frames stay in memory; nothing here writes or logs a picture.
"""

from __future__ import annotations

import enum
import warnings
from dataclasses import dataclass, field

import cv2
import numpy as np
import yuface

from devices.camera.capture import Frame

MIN_SCORE = 0.5  # libfacedetection boxes below this are mostly false alarms
DETECT_MAX_SIDE = 960  # the detector slows down and warns above this; larger frames are scaled down

MIN_FACE_WIDTH = 0.18  # share of frame width: smaller and the face is too far for a usable portrait
MAX_CENTRE_OFFSET = 0.18  # share of frame size the face centre may stray from the frame centre
MIN_BRIGHTNESS = 70.0  # mean grey inside the face box
MIN_SHARPNESS = 40.0  # variance of the Laplacian of the face scaled to 160 px wide
MAX_YAW = 0.22  # nose offset from the eye midpoint, in eye distances
MAX_ROLL_DEG = 15.0


@dataclass(frozen=True)
class FaceBox:
    x: int
    y: int
    w: int
    h: int
    score: float
    # (x, y) of: right eye, left eye (of the person), nose tip, right and left mouth corner.
    landmarks: tuple[tuple[int, int], ...] = ()

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def as_dict(self) -> dict[str, object]:
        return {"x": self.x, "y": self.y, "w": self.w, "h": self.h, "score": round(self.score, 2)}


def detect_faces(frame: Frame, min_score: float = MIN_SCORE) -> list[FaceBox]:
    """Faces in a BGR frame, best first."""
    if frame.ndim != 3 or frame.shape[2] != 3 or frame.dtype != np.uint8:
        raise ValueError("face detection needs an 8-bit BGR image")
    h, w = frame.shape[:2]
    scale = min(1.0, DETECT_MAX_SIDE / max(h, w))
    image = frame
    if scale < 1.0:
        image = np.asarray(cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        scores, boxes, marks = yuface.detect(np.ascontiguousarray(image), min_score)
    faces = []
    for score, box, mark in zip(scores, boxes, marks, strict=True):
        bx, by, bw, bh = (round(float(v) / scale) for v in box)
        xy = [round(float(v) / scale) for v in mark[:10]]
        points = tuple(zip(xy[0::2], xy[1::2], strict=True))
        faces.append(FaceBox(bx, by, bw, bh, float(score) / 100.0, points))
    return sorted(faces, key=lambda f: f.score, reverse=True)


def yaw_roll(face: FaceBox) -> tuple[float, float]:
    """Yaw as the nose's sideways offset from the eye midpoint in eye distances (0 = frontal,
    positive = nose towards image right) and roll in degrees, from the five landmarks."""
    (ax, ay), (bx, by), (nx, _), *_ = face.landmarks
    eye_dist = max(1.0, float(np.hypot(bx - ax, by - ay)))
    yaw = (nx - (ax + bx) / 2) / eye_dist
    roll = float(np.degrees(np.arctan2(by - ay, bx - ax)))
    return float(yaw), roll


class Gate(enum.StrEnum):
    OK = "ok"
    NO_FACE = "no_face"
    MANY_FACES = "many_faces"
    TOO_SMALL = "too_small"
    OFF_CENTRE = "off_centre"
    TOO_DARK = "too_dark"
    BLURRED = "blurred"
    NOT_FRONTAL = "not_frontal"


@dataclass(frozen=True)
class FaceQuality:
    gate: Gate
    faces: tuple[FaceBox, ...]
    metrics: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.gate is Gate.OK

    @property
    def score(self) -> float:
        """How good an OK frame is, for choosing the best one (0 when not OK)."""
        if not self.ok:
            return 0.0
        m = self.metrics
        return m["sharpness"] * (1.0 - abs(m["yaw"])) * min(1.0, m["brightness"] / 140.0)

    @property
    def code(self) -> str:
        """The message code for what to tell the resident (the words are the kiosk's)."""
        return f"face.{self.gate}"

    def as_dict(self) -> dict[str, object]:
        return {
            "faces_found": len(self.faces),
            "boxes": [f.as_dict() for f in self.faces],
            "verdict": str(self.gate),
            "code": self.code,
            "metrics": {k: round(v, 3) for k, v in self.metrics.items()},
        }


def _face_region(frame: Frame, face: FaceBox) -> Frame:
    h, w = frame.shape[:2]
    x0, y0 = max(0, face.x), max(0, face.y)
    x1, y1 = min(w, face.x + face.w), min(h, face.y + face.h)
    return frame[y0:y1, x0:x1]


def assess(frame: Frame, faces: list[FaceBox] | None = None) -> FaceQuality:
    """Apply the gates in the order a resident can fix them: who, where, light, stillness, pose."""
    found = detect_faces(frame) if faces is None else faces
    if not found:
        return FaceQuality(Gate.NO_FACE, ())
    if len(found) > 1:
        return FaceQuality(Gate.MANY_FACES, tuple(found))
    face = found[0]
    h, w = frame.shape[:2]
    region = _face_region(frame, face)
    grey = cv2.cvtColor(region, cv2.COLOR_BGR2GRAY)
    norm = cv2.resize(grey, (160, max(1, round(160 * grey.shape[0] / max(1, grey.shape[1])))))
    cx, cy = face.centre
    yaw, roll = yaw_roll(face)
    metrics = {
        "width_share": face.w / w,
        "centre_offset": max(abs(cx / w - 0.5), abs(cy / h - 0.5)),
        "brightness": float(grey.mean()),
        "sharpness": float(cv2.Laplacian(norm, cv2.CV_64F).var()),
        "yaw": yaw,
        "roll": roll,
    }
    if metrics["width_share"] < MIN_FACE_WIDTH:
        gate = Gate.TOO_SMALL
    elif metrics["centre_offset"] > MAX_CENTRE_OFFSET:
        gate = Gate.OFF_CENTRE
    elif metrics["brightness"] < MIN_BRIGHTNESS:
        gate = Gate.TOO_DARK
    elif metrics["sharpness"] < MIN_SHARPNESS:
        gate = Gate.BLURRED
    elif abs(yaw) > MAX_YAW or abs(roll) > MAX_ROLL_DEG:
        gate = Gate.NOT_FRONTAL
    else:
        gate = Gate.OK
    return FaceQuality(gate, (face,), metrics)


class BestFrame:
    """Keeps, in memory only, the best frame that passed every gate."""

    def __init__(self) -> None:
        self._frame: Frame | None = None
        self._quality: FaceQuality | None = None

    def offer(self, frame: Frame, quality: FaceQuality | None = None) -> FaceQuality:
        q = assess(frame) if quality is None else quality
        if q.ok and (self._quality is None or q.score > self._quality.score):
            self._frame = frame.copy()
            self._quality = q
        return q

    @property
    def frame(self) -> Frame | None:
        return None if self._frame is None else self._frame.copy()

    @property
    def quality(self) -> FaceQuality | None:
        return self._quality

    def clear(self) -> None:
        """Forget the picture (end of a resident's session)."""
        if self._frame is not None:
            self._frame.fill(0)
        self._frame = None
        self._quality = None
