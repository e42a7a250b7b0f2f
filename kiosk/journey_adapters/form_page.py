"""Draw the application form the terminal generates (:class:`kiosk.core.journey.generated.FormPage`)
as an A4-proportioned PNG: title, matters, one row per field in words, the signature and the date.

It is sealed with the application like a scanned page, so it is drawn plainly and legibly at the
resolution of a scan (150 dpi A4 width), with the font the receipts use (a missing Chinese font is an
error, never boxes: see ``devices.printer.fonts``).
"""

from __future__ import annotations

import io
import textwrap

from PIL import Image, ImageDraw

from devices.printer.fonts import cjk_font
from kiosk.core.journey.generated import FormPage

WIDTH = 1240  # A4 at 150 dpi
MARGIN = 80
LINE = 44
WRAP = 22  # characters of a value per line: the value column is 660 px, a CJK character 28 px


def render_form_page(page: FormPage) -> bytes:
    """The page as PNG bytes (height grows with the rows; never below A4 proportions)."""
    title_font, body_font, small_font = cjk_font(44), cjk_font(28), cjk_font(22)
    lines: list[tuple[str, str]] = []
    for label, value in page.rows:
        wrapped = textwrap.wrap(value, WRAP) or [""]
        lines.append((label, wrapped[0]))
        lines.extend(("", more) for more in wrapped[1:])
    signature = Image.open(io.BytesIO(page.signature_png)).convert("L")
    signature.thumbnail((520, 200))
    body_height = MARGIN + 90 + LINE * (len(page.matter_names) + 1) + LINE * len(lines) + 60
    height = max(int(WIDTH * 297 / 210), body_height + signature.height + 160)
    img = Image.new("L", (WIDTH, height), 255)
    draw = ImageDraw.Draw(img)
    y = MARGIN
    draw.text((WIDTH // 2, y), page.title, font=title_font, fill=0, anchor="ma")
    y += 90
    for name in page.matter_names:
        draw.text((MARGIN, y), f"办理事项：{name}", font=body_font, fill=0)
        y += LINE
    y += LINE // 2
    draw.line((MARGIN, y, WIDTH - MARGIN, y), fill=0, width=2)
    y += LINE // 2
    for label, value in lines:
        if label:
            draw.text((MARGIN, y), f"{label}：", font=body_font, fill=0)
        draw.text((MARGIN + 420, y), value, font=body_font, fill=0)
        y += LINE
    y += 60
    draw.text((MARGIN, y), "申请人签名：", font=body_font, fill=0)
    img.paste(signature, (MARGIN + 420, y))
    y += signature.height + 40
    signed = f"{page.signed_on.year}年{page.signed_on.month}月{page.signed_on.day}日"
    draw.text((MARGIN + 420, y), signed, font=body_font, fill=0)
    draw.text(
        (WIDTH // 2, height - MARGIN),
        "本表由自助终端根据申请人填写内容自动生成",
        font=small_font,
        fill=0,
        anchor="ms",
    )
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()
