"""Find a font that can draw Chinese, for the emulator's receipt pictures.

Without one, Chinese would be drawn as empty boxes and a broken receipt would look like a passing
test, so a missing font is a clear error instead of a silent fallback.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT_ENV = "KIOSK_CJK_FONT"
_KNOWN = (
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),  # index 2 = Simplified Chinese
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
)


class CjkFontMissing(RuntimeError):
    pass


def _fc_match() -> tuple[str, int] | None:
    if shutil.which("fc-match") is None:
        return None
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}|%{index}", "Noto Sans CJK SC:lang=zh-cn"],
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    path, _, index = found.partition("|")
    return (path, int(index or 0)) if path else None


def _draws_chinese(path: str, index: int) -> bool:
    try:
        font = ImageFont.truetype(path, 24, index=index)
    except OSError:
        return False
    # A font without the glyph draws the same .notdef box for any two characters.
    return _draw(font, "中") != _draw(font, "乡")


def _draw(font: ImageFont.FreeTypeFont, char: str) -> bytes:
    img = Image.new("L", (32, 32), 0)
    ImageDraw.Draw(img).text((4, 4), char, font=font, fill=255)
    return img.tobytes()


@functools.cache
def find_cjk_font() -> tuple[str, int]:
    """(path, face index) of a font that draws Chinese; override with $KIOSK_CJK_FONT."""
    candidates: list[tuple[str, int]] = []
    if os.environ.get(FONT_ENV):
        candidates.append((os.environ[FONT_ENV], 0))
    matched = _fc_match()
    if matched:
        candidates.append(matched)
    candidates.extend(_KNOWN)
    for path, index in candidates:
        if Path(path).is_file() and _draws_chinese(path, index):
            return path, index
    raise CjkFontMissing(
        "no font that can draw Chinese was found; install the Debian package fonts-noto-cjk "
        f"(scripts/bootstrap does) or set {FONT_ENV} to a .ttf/.ttc file"
    )


@functools.cache
def cjk_font(size: int) -> ImageFont.FreeTypeFont:
    path, index = find_cjk_font()
    return ImageFont.truetype(path, size, index=index)
