"""Theme tokens for the three looks a resident can choose: standard, 长辈版 (elderly), high contrast.

Qt-free on purpose: the numbers are tested against the MIIT elderly-friendly spec and WCAG without a
display. Sizes are given in points and converted to pixels from the configured screen density and
viewing distance (``ScreenConfig.pt_to_px``), so a 18 pt body really is 18 pt on the terminal.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from kiosk.config import ScreenConfig

THEMES = ("standard", "elderly", "high_contrast")


@dataclass(frozen=True)
class Palette:
    background: str
    surface: str
    surface_alt: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    focus: str
    danger: str
    danger_text: str
    ok: str
    overlay: str


@dataclass(frozen=True)
class Scale:
    """Type sizes in points; targets in pixels at the reference density (MIIT counts targets that way)."""

    small_pt: float
    body_pt: float
    heading_pt: float
    title_pt: float
    tile_pt: float
    target_px: int
    line_height: float
    items_per_page: int  # lists show fewer, larger rows in 长辈版


PALETTES = {
    "standard": Palette(
        background="#f4f6f9",
        surface="#ffffff",
        surface_alt="#e8eef6",
        text="#1a1f27",
        muted="#4a5563",
        accent="#0a4f96",  # >= 7:1 with white, the background and surface_alt (the attract screen is blue)
        accent_text="#ffffff",
        border="#c4ccd8",
        focus="#e0730b",
        danger="#b3261e",
        danger_text="#ffffff",
        ok="#1e6b35",
        overlay="#cc0d1420",
    ),
    # 长辈版: every text/background pair at least 7:1 (WCAG 1.4.6), warm and calm.
    "elderly": Palette(
        background="#fffaf0",
        surface="#ffffff",
        surface_alt="#f5ead6",
        text="#111111",
        muted="#333333",
        accent="#0a4a8a",
        accent_text="#ffffff",
        border="#6b5a40",
        focus="#c05800",
        danger="#8a1c12",
        danger_text="#ffffff",
        ok="#0f5223",
        overlay="#e6000000",
    ),
    "high_contrast": Palette(
        background="#000000",
        surface="#000000",
        surface_alt="#1a1a1a",
        text="#ffffff",
        muted="#ffff66",
        accent="#ffff00",
        accent_text="#000000",
        border="#ffffff",
        focus="#00ffff",
        danger="#ff6666",
        danger_text="#000000",
        ok="#66ff66",
        overlay="#f0000000",
    ),
}

SCALES = {
    "standard": Scale(
        small_pt=12,
        body_pt=15,
        heading_pt=24,
        title_pt=30,
        tile_pt=20,
        target_px=48,
        line_height=1.3,
        items_per_page=8,
    ),
    # MIIT 长辈版: body >= 18 pt, main headings >= 30 pt, targets >= 60x60, line spacing >= 1.3.
    "elderly": Scale(
        small_pt=18,
        body_pt=20,
        heading_pt=30,
        title_pt=36,
        tile_pt=28,
        target_px=72,
        line_height=1.4,
        items_per_page=5,
    ),
    "high_contrast": Scale(
        small_pt=14,
        body_pt=17,
        heading_pt=26,
        title_pt=32,
        tile_pt=22,
        target_px=56,
        line_height=1.35,
        items_per_page=7,
    ),
}


def tokens(theme: str, screen: ScreenConfig) -> dict[str, Any]:
    """Everything QML needs for one theme: colours, pixel sizes, spacing."""
    if theme not in PALETTES:
        raise ValueError(f"unknown theme {theme!r}; expected one of {', '.join(THEMES)}")
    scale = SCALES[theme]

    def px(pt: float) -> int:
        return round(screen.pt_to_px(pt))

    out: dict[str, Any] = dict(asdict(PALETTES[theme]))
    out.update(
        name=theme,
        small=px(scale.small_pt),
        body=px(scale.body_pt),
        heading=px(scale.heading_pt),
        title=px(scale.title_pt),
        tile=px(scale.tile_pt),
        target=scale.target_px,
        lineHeight=scale.line_height,
        itemsPerPage=scale.items_per_page,
        gap=round(scale.target_px / 4),
        radius=10 if theme != "high_contrast" else 4,
        borderWidth=1 if theme == "standard" else 3,
        focusWidth=4,
    )
    # QML property names are camelCase.
    return {_camel(k): v for k, v in out.items()}


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(p.capitalize() for p in rest)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2.x contrast ratio of two #rrggbb colours."""

    def luminance(colour: str) -> float:
        colour = colour.lstrip("#")[-6:]
        channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
