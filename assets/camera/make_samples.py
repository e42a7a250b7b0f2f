"""Regenerate the sample pictures the camera emulators play and the tests use.

Run from the repository root: ``.venv/bin/python assets/camera/make_samples.py``. Needs the Noto CJK
font (fonts-noto-cjk). Document pages are drawn here (no real person's data); the true page corners
of each sample go to document/corners.json so tests can check the cropper. Face photographs are
copied from PyPI wheels (see LICENSES.md); this script only re-encodes them.
"""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
BOLD = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
PAGE_W, PAGE_H = 840, 1188  # A4 at ~100 dpi
SCENE_W, SCENE_H = 1024, 768


def render_page() -> np.ndarray:
    page = Image.new("RGB", (PAGE_W, PAGE_H), (250, 249, 244))
    d = ImageDraw.Draw(page)
    title = ImageFont.truetype(BOLD, 46)
    body = ImageFont.truetype(FONT, 26)
    small = ImageFont.truetype(FONT, 20)
    d.text((PAGE_W // 2, 90), "居民身份证申领登记表", font=title, fill=(20, 20, 20), anchor="mm")
    d.text((PAGE_W // 2, 150), "（样表 · 仅供演示）", font=small, fill=(90, 90, 90), anchor="mm")
    rows = ["姓名", "性别", "民族", "出生日期", "住址", "联系电话", "申领原因", "受理单位"]
    values = ["张三", "男", "汉", "1970年1月1日", "河南省信阳市某某乡某某村", "（不填）", "有效期满换领", "某某乡便民服务中心"]
    top, row_h, left, mid, right = 200, 80, 60, 250, PAGE_W - 60
    for i, (label, value) in enumerate(zip(rows, values, strict=True)):
        y = top + i * row_h
        d.rectangle((left, y, right, y + row_h), outline=(30, 30, 30), width=2)
        d.line((mid, y, mid, y + row_h), fill=(30, 30, 30), width=2)
        d.text((left + 20, y + row_h // 2), label, font=body, fill=(20, 20, 20), anchor="lm")
        d.text((mid + 20, y + row_h // 2), value, font=body, fill=(30, 30, 110), anchor="lm")
    y = top + len(rows) * row_h + 40
    for line in ("本人承诺以上信息真实有效。", "申请人签字：__________    日期：____年__月__日"):
        d.text((left, y), line, font=body, fill=(20, 20, 20))
        y += 50
    d.ellipse((PAGE_W - 260, PAGE_H - 300, PAGE_W - 80, PAGE_H - 120), outline=(200, 30, 30), width=5)
    d.text((PAGE_W - 170, PAGE_H - 210), "样章", font=title, fill=(200, 30, 30), anchor="mm")
    return cv2.cvtColor(np.asarray(page), cv2.COLOR_RGB2BGR)


def desk(rng: np.random.Generator) -> np.ndarray:
    base = np.zeros((SCENE_H, SCENE_W, 3), np.float32)
    base[:] = (40, 62, 92)  # dark wood, BGR
    grain = cv2.GaussianBlur(rng.normal(0, 14, (SCENE_H, SCENE_W)).astype(np.float32), (0, 0), sigmaX=25, sigmaY=2)
    base += grain[..., None]
    return np.clip(base, 0, 255)


def compose(page: np.ndarray, corners: list[list[float]], rng: np.random.Generator, light: float = 1.0,
            gradient: float = 0.0, blur: float = 0.0) -> np.ndarray:
    src = np.float32([[0, 0], [PAGE_W, 0], [PAGE_W, PAGE_H], [0, PAGE_H]])
    m = cv2.getPerspectiveTransform(src, np.float32(corners))
    warped = cv2.warpPerspective(page, m, (SCENE_W, SCENE_H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((PAGE_H, PAGE_W), 255, np.uint8), m, (SCENE_W, SCENE_H))
    scene = desk(rng)
    alpha = (mask.astype(np.float32) / 255.0)[..., None]
    scene = scene * (1 - alpha) + warped.astype(np.float32) * alpha
    if gradient:
        ramp = np.linspace(1.0, 1.0 - gradient, SCENE_W, dtype=np.float32)[None, :, None]
        scene *= ramp
    scene *= light
    scene += rng.normal(0, 3, scene.shape)
    out = np.clip(scene, 0, 255).astype(np.uint8)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    return out


def main() -> None:
    rng = np.random.default_rng(20261126)
    page = render_page()
    docs = HERE / "document"
    docs.mkdir(exist_ok=True)
    samples = {
        "form_straight": dict(corners=[[300, 70], [720, 70], [720, 664], [300, 664]]),
        "form_angled": dict(corners=[[330, 60], [760, 120], [700, 720], [250, 650]]),
        "form_tilted_shadow": dict(corners=[[220, 110], [640, 40], [760, 620], [300, 710]], gradient=0.45),
        "form_soft_focus": dict(corners=[[280, 90], [710, 80], [740, 690], [260, 680]], blur=1.2),
        "form_blurred": dict(corners=[[300, 80], [730, 100], [710, 690], [280, 670]], blur=7.0),
        "form_too_dark": dict(corners=[[300, 80], [730, 100], [710, 690], [280, 670]], light=0.13),
    }
    truth = {}
    for name, spec in samples.items():
        corners = spec.pop("corners")
        img = compose(page, corners, rng, **spec)  # type: ignore[arg-type]
        cv2.imwrite(str(docs / f"{name}.jpg"), img, [cv2.IMWRITE_JPEG_QUALITY, 85])
        truth[name] = corners
    (docs / "corners.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    face_portraits()


def face_portraits() -> None:
    """Crop the public-domain photographs to how a resident stands before the kiosk camera (4:3)."""
    faces = HERE / "face"
    crops = {"astronaut": (73, 5, 300, 225), "grace_hopper": (0, 34, 512, 384)}
    for name, (x, y, w, h) in crops.items():
        img = cv2.imread(str(faces / f"{name}.jpg"))
        portrait = cv2.resize(img[y : y + h, x : x + w], (640, 480), interpolation=cv2.INTER_CUBIC)
        cv2.imwrite(str(faces / f"{name}_portrait.jpg"), portrait, [cv2.IMWRITE_JPEG_QUALITY, 88])


if __name__ == "__main__":
    main()
