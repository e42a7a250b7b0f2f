"""An issued document as an A4 PDF: Chinese text, a table over as many pages as it needs, the
verification QR on every page and the issuer's seal beside the issuing line.

Fonts: reportlab cannot embed the OpenType/CFF Noto CJK fonts, and an embedded TrueType CJK font
(Droid Sans Fallback) loses its digits when the text is read back; the Adobe-GB1 CID font STSong-Light
reads back exactly, before and after CUPS. It is not embedded: the PDF names it and CUPS' filter chain
renders it with the system's CJK font (Noto CJK, installed by scripts/bootstrap).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from sync.protocol.documents import IssuedDocument

FONT = "STSong-Light"
MARGIN = 20 * mm
QR_SIZE = 28 * mm
SEAL_SIZE = 40 * mm
ROW_HEIGHT = 7 * mm
_FOOTER = MARGIN + QR_SIZE + 6 * mm  # nothing is drawn below this but the QR and page number


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def _qr(page: canvas.Canvas, url: str, x: float, y: float) -> None:
    widget = QrCodeWidget(url, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, page, x, y)


def _rows_per_page(first: bool, fields: int) -> int:
    top = A4[1] - MARGIN - 30 * mm - (fields * ROW_HEIGHT if first else 0)
    return max(1, int((top - _FOOTER - 30 * mm) // ROW_HEIGHT))


def _paginate(document: IssuedDocument) -> list[Sequence[tuple[str, ...]]]:
    rows = list(document.table_rows)
    pages: list[Sequence[tuple[str, ...]]] = []
    first = True
    while True:
        n = _rows_per_page(first, len(document.fields))
        pages.append(rows[:n])
        rows = rows[n:]
        first = False
        if not rows:
            return pages


def render_pdf(document: IssuedDocument, verify_url: str, seal_png: bytes) -> bytes:
    """The document as PDF bytes, in memory only (it carries a resident's record)."""
    font = _font()
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    page.setTitle(f"{document.title} {document.number}")  # no resident's name in the metadata
    width, height = A4
    pages = _paginate(document)
    seal = ImageReader(io.BytesIO(seal_png))
    for index, rows in enumerate(pages):
        y = height - MARGIN - 10 * mm
        page.setFont(font, 22)
        page.drawCentredString(width / 2, y, document.title)
        y -= 10 * mm
        page.setFont(font, 10)
        page.drawString(MARGIN, y, f"编号：{document.number}")
        page.drawRightString(width - MARGIN, y, f"第 {index + 1} 页 共 {len(pages)} 页")
        y -= 10 * mm
        if index == 0:
            page.setFont(font, 13)
            for f in document.fields:
                page.drawString(MARGIN, y, f"{f.label}：{f.value}")
                y -= ROW_HEIGHT
            y -= 3 * mm
        if document.table_header:
            y = _table(page, font, document.table_header, rows, y)
        if index == len(pages) - 1:
            page.setFont(font, 11)
            for note in document.notes:
                page.drawString(MARGIN, y, note)
                y -= ROW_HEIGHT
            issue_y = max(y - 15 * mm, _FOOTER + 5 * mm)
            page.setFont(font, 13)
            page.drawRightString(width - MARGIN, issue_y, document.issuer)
            page.drawRightString(width - MARGIN, issue_y - ROW_HEIGHT, document.issued_on)
            page.drawImage(seal, width - MARGIN - SEAL_SIZE, issue_y - SEAL_SIZE / 2 - 3 * mm,
                           SEAL_SIZE, SEAL_SIZE, mask="auto")  # fmt: skip
        _qr(page, verify_url, MARGIN, MARGIN)
        page.setFont(font, 9)
        page.drawString(MARGIN + QR_SIZE + 4 * mm, MARGIN + 10 * mm, "扫码核验本证明真伪")
        page.drawString(MARGIN + QR_SIZE + 4 * mm, MARGIN + 4 * mm, verify_url)
        page.showPage()
    page.save()
    return out.getvalue()


def _table(page: canvas.Canvas, font: str, header: Sequence[str], rows: Sequence[Sequence[str]],
           y: float) -> float:  # fmt: skip
    usable = A4[0] - 2 * MARGIN
    column = usable / max(1, len(header))
    page.setFont(font, 12)
    for i, text in enumerate(header):
        page.drawString(MARGIN + i * column + 2 * mm, y, text)
    page.line(MARGIN, y - 2 * mm, MARGIN + usable, y - 2 * mm)
    y -= ROW_HEIGHT
    page.setFont(font, 11)
    for row in rows:
        for i, text in enumerate(row):
            page.drawString(MARGIN + i * column + 2 * mm, y, text)
        y -= ROW_HEIGHT
    return float(y - 3 * mm)
