"""The terminal-generated application form on A4, for the resident's own records.

The form is already drawn as a 150 dpi page image (``kiosk.journey_adapters.form_page``) and sealed
with the application in that form; printing the same image keeps the resident's copy identical to what
was submitted. A form taller than A4 continues on further pages.
"""

from __future__ import annotations

import io

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def form_page_pdf(png: bytes, title: str) -> bytes:
    """``title``: the form's code (the PDF's metadata, what CUPS shows), never the resident's name."""
    image = Image.open(io.BytesIO(png)).convert("L")
    width, height = A4
    slice_height = int(image.width * height / width)  # image pixels that fill one A4 page
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4, invariant=True)
    page.setTitle(title)
    for top in range(0, image.height, slice_height):
        part = image.crop((0, top, image.width, min(image.height, top + slice_height)))
        drawn_height = height * part.height / slice_height
        page.drawImage(ImageReader(part), 0, height - drawn_height, width, drawn_height)
        page.showPage()
    page.save()
    return out.getvalue()
