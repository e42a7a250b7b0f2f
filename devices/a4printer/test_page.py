"""The technician's A4 test page: queue, server, time and a scale, in Chinese and English.

Uses reportlab's built-in Adobe-GB1 CID font (STSong-Light), so no font file is needed to render it.
"""

from __future__ import annotations

import io
import time

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"


def render_test_page(server: str, queue: str) -> bytes:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    width, height = A4
    page.setTitle("kiosk A4 self-test")
    page.setFont(FONT, 24)
    page.drawString(20 * mm, height - 30 * mm, "自助终端 A4 打印机自检页 / A4 printer self-test")
    page.setFont(FONT, 12)
    lines = [f"CUPS: {server}", f"queue: {queue}", time.strftime("%Y-%m-%d %H:%M:%S")]
    for i, line in enumerate(lines):
        page.drawString(20 * mm, height - (45 + 8 * i) * mm, line)
    # a 100 mm ruler shows whether the printer scales the page
    y = height - 90 * mm
    page.line(20 * mm, y, 120 * mm, y)
    for tick in range(11):
        page.line((20 + 10 * tick) * mm, y, (20 + 10 * tick) * mm, y + 4 * mm)
    page.drawString(20 * mm, y - 6 * mm, "100 mm")
    page.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    page.showPage()
    page.save()
    return out.getvalue()
