"""QR codes from camera frames (e-licence and receipt codes shown on phones or paper).

Measured on our synthetic corpus (devices/camera/qr_corpus.py, bench/bench_qr.py) and, per the field
notes, on real photographs: zxing-cpp decodes the most codes and is the fastest (~13 ms for a noisy
1080p frame on one core), and reads UTF-8 Chinese correctly; zbar (pyzbar) turns short UTF-8 Chinese
payloads into Shift-JIS mojibake; OpenCV's QRCodeDetectorAruco is slowest and misses small and
blurred codes. So :func:`decode` runs zxing-cpp first and, only when it finds nothing, retries on
contrast-equalised and sharpened copies, then OpenCV and zbar (whose text is repaired), within a
time budget so a camera loop never stalls on a frame without a code.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
import zxingcpp
from pyzbar import pyzbar

Grey = npt.NDArray[np.uint8]
DEFAULT_BUDGET_MS = 60.0
QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)


class QrInputError(ValueError):
    """The picture given is not an image the decoders can read."""


def to_grey(image: npt.NDArray[Any]) -> Grey:
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8 or image.size == 0:
        raise QrInputError("a QR picture must be a non-empty 8-bit image")
    if image.ndim == 2:
        return np.ascontiguousarray(image)
    if image.ndim == 3 and image.shape[2] == 3:
        return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), dtype=np.uint8)
    if image.ndim == 3 and image.shape[2] == 4:
        return np.asarray(cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY), dtype=np.uint8)
    raise QrInputError(f"unsupported image shape {image.shape}")


def _unique(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(t for t in texts if t))


# -- single libraries (also what the bench compares) ------------------------------------------
def decode_zxing(grey: Grey) -> list[str]:
    found = zxingcpp.read_barcodes(grey, formats=QR_ONLY)
    return _unique([b.text for b in found if b.valid])


def decode_zbar(grey: Grey) -> list[str]:
    """zbar exactly as it answers (its UTF-8 Chinese may be garbled; see :func:`repair_zbar`)."""
    found = pyzbar.decode(grey, symbols=[pyzbar.ZBarSymbol.QRCODE])
    return _unique([s.data.decode("utf-8", errors="replace") for s in found])


_ARUCO: cv2.QRCodeDetectorAruco | None = None


def decode_opencv(grey: Grey) -> list[str]:
    global _ARUCO
    if _ARUCO is None:
        _ARUCO = cv2.QRCodeDetectorAruco()
    ok, texts, *_ = _ARUCO.detectAndDecodeMulti(grey)
    return _unique(list(texts)) if ok and texts else []


def _has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def repair_zbar(text: str) -> str:
    """Undo zbar's charset guess: it read UTF-8 bytes as Shift-JIS (or ISO-8859-1) and converted.

    A re-encoding is accepted only when it round-trips to valid UTF-8 that contains Chinese, which a
    genuine Japanese or Latin-1 text practically never does."""
    if text.isascii():
        return text
    for codec in ("shift_jis", "cp932", "latin-1"):
        try:
            fixed = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if _has_cjk(fixed):
            return fixed
    return text


def decode_zbar_repaired(grey: Grey) -> list[str]:
    return _unique([repair_zbar(t) for t in decode_zbar(grey)])


# -- the combined decoder ---------------------------------------------------------------------
def _clahe(grey: Grey) -> Grey:
    return np.asarray(cv2.createCLAHE(clipLimit=3.0, tileGridSize=(8, 8)).apply(grey), dtype=np.uint8)


def _sharpen(grey: Grey) -> Grey:
    soft = cv2.GaussianBlur(grey, (0, 0), 3.0)
    return np.asarray(cv2.addWeighted(grey, 3.5, soft, -2.5, 0), dtype=np.uint8)


# (name, decoder, cost relative to the first attempt as measured by bench/bench_qr.py)
Attempt = tuple[str, Callable[[Grey], list[str]], float]

# Ordered by codes found per millisecond on the corpus: each later step rescues a kind of frame
# the earlier ones miss (glare and dim light; defocus; codes OpenCV's detector finds; zbar last,
# with its text repaired).
ATTEMPTS: tuple[Attempt, ...] = (
    ("zxing", decode_zxing, 1.0),
    ("zxing+clahe", lambda g: decode_zxing(_clahe(g)), 1.4),
    ("zxing+sharpen", lambda g: decode_zxing(_sharpen(g)), 1.5),
    ("opencv", decode_opencv, 10.0),
    ("zbar", decode_zbar_repaired, 4.5),
)


def decode_detailed(
    image: npt.NDArray[Any], budget_ms: float = DEFAULT_BUDGET_MS
) -> tuple[list[str], str]:
    """Payloads and the name of the attempt that found them ("" when none).

    The first attempt always runs; a later one only when its expected cost (scaled from the first
    attempt's time on this frame) still fits in the budget, so a frame without a code costs at most
    about ``budget_ms``."""
    grey = to_grey(image)
    start = time.perf_counter()
    unit_ms = 0.0
    for i, (name, attempt, cost) in enumerate(ATTEMPTS):
        spent = (time.perf_counter() - start) * 1000.0
        if i and spent + cost * unit_ms > budget_ms:
            continue
        texts = attempt(grey)
        if i == 0:
            unit_ms = (time.perf_counter() - start) * 1000.0
        if texts:
            return texts, name
    return [], ""


def decode(image: npt.NDArray[Any], budget_ms: float = DEFAULT_BUDGET_MS) -> list[str]:
    """Every QR payload found in a frame (BGR, BGRA or grey), or an empty list."""
    return decode_detailed(image, budget_ms)[0]


def decode_file(path: str) -> list[str]:
    image = cv2.imread(path, cv2.IMREAD_COLOR)
    if image is None:
        raise QrInputError(f"cannot read an image from {path}")
    return decode(np.asarray(image, dtype=np.uint8), budget_ms=float("inf"))
