"""A synthetic corpus of QR codes as a camera sees them, for tests and bench/bench_qr.py.

Codes are made with the ``qrcode`` package and spoilt with OpenCV the ways residents' codes are:
sensor noise, defocus, tilt (perspective), small codes far from the lens, glare from a phone screen,
dim light, JPEG compression. Payloads include Chinese UTF-8 text, which zbar mis-decodes. Fully
deterministic for a given seed, so decode rates can be compared across libraries and runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import cv2
import numpy as np
import qrcode
from qrcode.constants import ERROR_CORRECT_M

from devices.camera.capture import Frame

PAYLOADS: tuple[str, ...] = (
    "https://zwfw.henan.gov.cn/license/verify?id=4115280001&sig=9f3c2a",
    "豫事办电子证照：营业执照 统一社会信用代码 92411528MA4X0000XX",
    "缴费凭证 城乡居民医疗保险 2026年度 金额380元 流水号202611260001",
    "NO.20261126-0042",
    "张三 河南省信阳市息县 预约号 A017",
    "WIFI:T:WPA;S:便民服务中心;P:kiosk2026;;",
    # Short Chinese payloads are where zbar's Shift-JIS guess garbles UTF-8 (pyzbar #14, #55, #95).
    "营业执照",
    "豫事办",
)

Spoil = Callable[[Frame, np.random.Generator], Frame]


@dataclass(frozen=True)
class Sample:
    name: str
    payload: str
    image: Frame  # BGR


def qr_image(payload: str, box: int = 8, border: int = 4) -> Frame:
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box, border=border)
    qr.add_data(payload.encode("utf-8"))
    qr.make(fit=True)
    matrix = np.array(qr.get_matrix(), dtype=bool)
    img = np.where(matrix, 0, 255).astype(np.uint8)
    img = np.kron(img, np.ones((box, box), dtype=np.uint8))
    return np.asarray(cv2.cvtColor(img, cv2.COLOR_GRAY2BGR), dtype=np.uint8)


def scene(code: Frame, size: tuple[int, int], code_px: int, rng: np.random.Generator,
          tilt: float = 0.0) -> Frame:
    """Paste the code (scaled to ``code_px``) into a textured scene, optionally under perspective."""
    w, h = size
    background = np.full((h, w, 3), (150, 140, 130), np.float32)
    background += cv2.GaussianBlur(rng.normal(0, 25, (h, w, 1)).astype(np.float32), (0, 0), 9)[..., None]
    resized = cv2.resize(code, (code_px, code_px), interpolation=cv2.INTER_AREA)
    cx = w // 2 + int(rng.integers(-w // 8, w // 8))
    cy = h // 2 + int(rng.integers(-h // 8, h // 8))
    half = code_px / 2
    corners = [[cx - half, cy - half], [cx + half, cy - half], [cx + half, cy + half], [cx - half, cy + half]]
    dst = np.array(corners, dtype=np.float32)
    if tilt:
        shrink = tilt * code_px
        dst[1] += (-shrink * 0.6, shrink * 0.3)
        dst[2] += (-shrink * 0.6, -shrink * 0.3)
    src = np.array([[0, 0], [code_px, 0], [code_px, code_px], [0, code_px]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(resized, m, (w, h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((code_px, code_px), 255, np.uint8), m, (w, h))
    alpha = (mask.astype(np.float32) / 255.0)[..., None]
    out = background * (1 - alpha) + warped.astype(np.float32) * alpha
    return np.asarray(np.clip(out, 0, 255), dtype=np.uint8)


def noise(sigma: float) -> Spoil:
    def spoil(img: Frame, rng: np.random.Generator) -> Frame:
        return np.asarray(np.clip(img + rng.normal(0, sigma, img.shape), 0, 255), dtype=np.uint8)

    return spoil


def blur(sigma: float) -> Spoil:
    return lambda img, rng: np.asarray(cv2.GaussianBlur(img, (0, 0), sigma), dtype=np.uint8)


def dim(factor: float) -> Spoil:
    return lambda img, rng: np.asarray(np.clip(img.astype(np.float32) * factor + 5, 0, 255), dtype=np.uint8)


def glare(strength: float) -> Spoil:
    """A bright washed-out blob, like a lamp reflected on a phone screen."""

    def spoil(img: Frame, rng: np.random.Generator) -> Frame:
        h, w = img.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx = w / 2 + float(rng.uniform(-0.05, 0.05)) * w
        cy = h / 2 + float(rng.uniform(-0.05, 0.05)) * h
        blob = np.exp(-(((xx - cx) / (0.09 * w)) ** 2 + ((yy - cy) / (0.12 * h)) ** 2))
        out = img.astype(np.float32) + strength * 255 * blob[..., None]
        return np.asarray(np.clip(out, 0, 255), dtype=np.uint8)

    return spoil


def jpeg(quality: int) -> Spoil:
    def spoil(img: Frame, rng: np.random.Generator) -> Frame:
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
        assert ok
        return np.asarray(cv2.imdecode(buf, cv2.IMREAD_COLOR), dtype=np.uint8)

    return spoil


# name -> (code size in px at 1080p, tilt, spoils)
CONDITIONS: dict[str, tuple[int, float, tuple[Spoil, ...]]] = {
    "clean": (360, 0.0, ()),
    "noisy": (240, 0.0, (noise(45),)),
    "blurred": (360, 0.0, (blur(4.6),)),
    "blurred_noisy": (300, 0.0, (blur(2.8), noise(28))),
    "perspective": (380, 0.62, (noise(12),)),
    "small": (85, 0.0, (noise(10),)),
    "small_blurred": (110, 0.0, (blur(1.6), noise(8))),
    "glare": (380, 0.0, (glare(1.0), noise(8))),
    "dim_noisy": (320, 0.0, (dim(0.14), noise(9))),
    "jpeg_tilt": (260, 0.4, (blur(1.5), jpeg(12))),
}


def build(seed: int = 7, size: tuple[int, int] = (1920, 1080), conditions: list[str] | None = None,
          payloads: tuple[str, ...] = PAYLOADS) -> Iterator[Sample]:
    rng = np.random.default_rng(seed)
    scale = size[1] / 1080
    for cond in conditions or list(CONDITIONS):
        code_px, tilt, spoils = CONDITIONS[cond]
        for i, payload in enumerate(payloads):
            img = scene(qr_image(payload), size, max(40, int(code_px * scale)), rng, tilt)
            for spoil in spoils:
                img = spoil(img, rng)
            yield Sample(f"{cond}/{i}", payload, img)
