"""Capability profiles per printer model, in the spirit of python-escpos ``capabilities.py``.

The driver and the receipt renderer read the profile instead of guessing: paper width decides how
wide a raster image may be and where lines wrap; a model without native QR gets its QR code as a
raster image; a model without a cutter is never sent a cut command (it would print it as garbage on
some clones).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class PrinterProfile:
    model: str
    description: str
    paper_width_dots: int  # printable width at 203 dpi
    chars_per_line: int  # Font A (12 x 24 dots) half-width characters
    native_qr: bool  # understands GS ( k function 165..181
    cutter: bool
    chinese: bool  # has a GB18030 font and FS & / FS .

    @property
    def line_height_dots(self) -> int:
        return 24

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


PROFILES: dict[str, PrinterProfile] = {
    p.model: p
    for p in (
        PrinterProfile(
            "pos80", "80 mm thermal printer with cutter (common kiosk module)", 576, 48, True, True, True
        ),
        PrinterProfile("pos58", "58 mm thermal printer, tear bar, no cutter", 384, 32, True, False, True),
        PrinterProfile(
            "pos80-noqr", "80 mm printer without native QR (QR sent as an image)", 576, 48, False, True, True
        ),
    )
}

DEFAULT_MODEL = "pos80"


def get_profile(model: str | None) -> PrinterProfile:
    """The profile for ``model``; an unknown name is a configuration error said plainly."""
    name = model or DEFAULT_MODEL
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(PROFILES))
        raise ValueError(f"unknown printer model {name!r}; known models: {known}") from None
