"""Capability profiles per printer model, in the spirit of python-escpos ``capabilities.py``.

The driver and the receipt renderer read the profile instead of guessing: paper width decides how
wide a raster image may be and where lines wrap; a model without native QR gets its QR code as a
raster image; a model without a cutter is never sent a cut command (it would print it as garbage on
some clones); the code page (ESC t) and how Chinese mode is entered differ between firmwares.

The named presets are the printers township kiosks are usually built with. Their values are the
makers' published defaults; they were checked against the emulator, not against each real model,
so a technician confirms with ``kiosk-devices printer test`` and overrides a single setting in
``[devices.printer]`` (``paper_mm``, ``cutter``, ``code_page``, ``chinese_mode``) when one differs.
"""

from __future__ import annotations

import dataclasses
from dataclasses import asdict, dataclass
from typing import Any, Literal

ChineseMode = Literal["fs", "always"]
# Dots across the printable width at 203 dpi, and Font A (12 x 24) columns, per paper width.
PAPER: dict[int, tuple[int, int]] = {58: (384, 32), 80: (576, 48)}


@dataclass(frozen=True)
class PrinterProfile:
    model: str
    description: str
    paper_width_dots: int  # printable width at 203 dpi
    chars_per_line: int  # Font A (12 x 24 dots) half-width characters
    native_qr: bool  # understands GS ( k function 165..181
    cutter: bool
    chinese: bool  # has a GB18030 font
    # "fs": Chinese mode is entered with FS & (most Chinese firmwares); "always": the firmware prints
    # GB18030 from power-on and FS & is not sent.
    chinese_mode: ChineseMode = "fs"
    code_page: int | None = None  # ESC t n after ESC @ for single-byte text; None: the printer's own

    @property
    def line_height_dots(self) -> int:
        return 24

    @property
    def paper_mm(self) -> int:
        return 58 if self.paper_width_dots <= PAPER[58][0] else 80

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "paper_mm": self.paper_mm}


def _preset(model: str, description: str, paper_mm: int, cutter: bool, **extra: Any) -> PrinterProfile:
    dots, columns = PAPER[paper_mm]
    native_qr, chinese = extra.pop("native_qr", True), extra.pop("chinese", True)
    return PrinterProfile(model, description, dots, columns, native_qr, cutter, chinese, **extra)


PROFILES: dict[str, PrinterProfile] = {
    p.model: p
    for p in (
        _preset("pos80", "80 mm thermal printer with cutter (common kiosk module)", 80, True),
        _preset("pos58", "58 mm thermal printer, tear bar, no cutter", 58, False),
        _preset(
            "pos80-noqr", "80 mm printer without native QR (QR sent as an image)", 80, True, native_qr=False
        ),
        _preset("xprinter-xp58", "Xprinter XP-58 series: 58 mm, tear bar, USB printer class", 58, False),
        _preset("xprinter-xp80", "Xprinter XP-80 series (XP-80C, XP-N160): 80 mm, cutter", 80, True),
        _preset("gprinter-gp58", "Gprinter GP-5890 series: 58 mm, tear bar, USB printer class", 58, False),
        _preset("gprinter-gp80", "Gprinter GP-80 series: 80 mm, cutter", 80, True),
        _preset("snbc-bk-t680", "SNBC BK-T680 kiosk module: 80 mm, cutter, serial or USB", 80, True),
        _preset(
            "epson-tm-t82",
            "Epson TM-T82 (China model): 80 mm, cutter, GB18030 from power-on",
            80,
            True,
            chinese_mode="always",
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


def customise(
    profile: PrinterProfile,
    paper_mm: int | None = None,
    cutter: bool | None = None,
    code_page: int | None = None,
    chinese_mode: ChineseMode | None = None,
) -> PrinterProfile:
    """``profile`` with the settings a technician overrode; None keeps the preset's value."""
    changes: dict[str, Any] = {}
    if paper_mm is not None:
        if paper_mm not in PAPER:
            raise ValueError(f"paper width must be 58 or 80 mm, not {paper_mm}")
        changes["paper_width_dots"], changes["chars_per_line"] = PAPER[paper_mm]
    if cutter is not None:
        changes["cutter"] = cutter
    if code_page is not None:
        if not 0 <= code_page <= 255:
            raise ValueError(f"code page (ESC t n) must be 0..255, not {code_page}")
        changes["code_page"] = code_page
    if chinese_mode is not None:
        changes["chinese_mode"] = chinese_mode
    return dataclasses.replace(profile, **changes) if changes else profile
