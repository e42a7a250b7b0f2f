"""The resident's signature: stroke points from the touchscreen -> a PNG and its SHA-256.

The UI collects strokes as lists of (x, y) points in the signature pad's own pixel coordinates and
passes the pad size. Points outside the pad are clamped, points that are not numbers are dropped.
A signature with no ink, or too little (fewer than ``MIN_POINTS`` points or a total stroke length
under ``MIN_LENGTH_FRACTION`` of the pad's width), is refused with :class:`SignatureError`
(``signature_empty`` / ``signature_too_short``). Rendering uses Pillow (the only non-stdlib import
of the journey core, and display-free).
"""

from __future__ import annotations

import hashlib
import io
import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kiosk.core.journey.messages import JourneyError

MIN_POINTS = 8
MIN_LENGTH_FRACTION = 0.25
MAX_POINTS = 20_000
LINE_WIDTH = 4

Point = tuple[float, float]


class SignatureError(JourneyError):
    pass


@dataclass(frozen=True, repr=False)
class Signature:
    png: bytes
    sha256: str
    width: int
    height: int
    strokes: int
    points: int

    def __repr__(self) -> str:
        return f"Signature({self.width}x{self.height}, {self.strokes} strokes, sha256={self.sha256[:12]})"


def _clean(strokes: object, width: int, height: int) -> list[list[Point]]:
    out: list[list[Point]] = []
    if not isinstance(strokes, Iterable) or isinstance(strokes, str | bytes):
        return out
    total = 0
    for stroke in strokes:
        if not isinstance(stroke, Iterable) or isinstance(stroke, str | bytes):
            continue
        points: list[Point] = []
        for p in stroke:
            if total >= MAX_POINTS:
                break
            try:
                x, y = float(p[0]), float(p[1])
            except (TypeError, ValueError, IndexError, KeyError):
                continue
            if not (math.isfinite(x) and math.isfinite(y)):
                continue
            points.append((min(max(x, 0.0), width - 1.0), min(max(y, 0.0), height - 1.0)))
            total += 1
        if points:
            out.append(points)
    return out


def stroke_length(strokes: Sequence[Sequence[Point]]) -> float:
    return sum(math.dist(a, b) for stroke in strokes for a, b in itertools.pairwise(stroke))


def render_signature(strokes: object, pad_size: tuple[int, int] = (600, 240)) -> Signature:
    """Black strokes on white, the pad's size, as a compact 1-bit-looking greyscale PNG."""
    from PIL import Image, ImageDraw  # display-free; imported here to keep the core light

    width, height = int(pad_size[0]), int(pad_size[1])
    if not (16 <= width <= 4000 and 16 <= height <= 4000):
        raise SignatureError("signature_empty")
    clean = _clean(strokes, width, height)
    points = sum(len(s) for s in clean)
    if points == 0:
        raise SignatureError("signature_empty")
    if points < MIN_POINTS or stroke_length(clean) < MIN_LENGTH_FRACTION * width:
        raise SignatureError("signature_too_short")
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    r = LINE_WIDTH / 2
    for stroke in clean:
        if len(stroke) > 1:
            draw.line(stroke, fill=0, width=LINE_WIDTH, joint="curve")
        for x, y in (stroke[0], stroke[-1]):
            draw.ellipse((x - r, y - r, x + r, y + r), fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    png = buffer.getvalue()
    return Signature(png, hashlib.sha256(png).hexdigest(), width, height, len(clean), points)
