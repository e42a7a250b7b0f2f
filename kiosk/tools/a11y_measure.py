"""Measure a rendered screen against the 长辈版 numbers (MIIT elderly-friendly spec, WCAG 2.2 1.4.6).

What is measured, from the live QML item tree and the grabbed window image:

* text size: every visible text's pixel size (times any scaling) >= body minimum (18 pt at the configured
  DPI and viewing distance); screen titles (``ScreenTitle``, marked ``screenTitle: true``) and each
  screen's largest text >= 30 pt;
* targets: every actionable item (accessible role button, check box, tab, editable text...; every enabled
  MouseArea; every item marked ``touchTarget: true``, such as the keyboard's drawn keys) >= 60x60 px;
  close controls (``closes: true``) >= 44x44 where the spec puts them;
* contrast: inside each text's painted box, the background is the most common colour and the glyph colour
  is the 90th percentile of the pixels that clearly differ from it: their WCAG ratio must be >= 7:1.
  Disabled controls are exempt (WCAG 1.4.3's inactive components), as are texts not wholly on screen;
* line spacing: texts laid out on two or more lines: distance between lines / pixel size >= 1.3;
* fit (every theme and language, any window size: :func:`measure_fit`): no text elided or cut at its
  maximum line count; no text painted outside its box (the nearest bordered frame or button around it),
  outside the window, or cut by a clipping ancestor across (a scrolled list cuts text only at its top and
  bottom, which scrolling reaches); no glyph badge or bordered part crossing its frame's border.

Used by tests/ui/test_elderly_measure.py and ``kiosk-tools screenshots --measure``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from kiosk.config import ScreenConfig
from kiosk.tools.screenshots import class_name

#: screens only staff use: the 长辈版 rules do not apply (prefix of the screen name -> why)
EXEMPT = {"tech": "technician screens are for staff only"}

#: overlays that hide and block everything below them while they show (padOverlay: the form's number
#: pad and date picker, JourneyField.qml; leaveOverlay: the question before a journey's input is lost)
MODAL_OVERLAYS = ("idleWarning", "helpOverlay", "padOverlay", "leaveOverlay")

_TEXT_CLASSES = ("QQuickText", "QQuickTextInput", "QQuickTextEdit", "QQuickTextField", "QQuickTextArea")
_GLYPH_PERCENTILE = 90
_MIN_GLYPH_PIXELS = 6


@dataclass(frozen=True)
class Limits:
    body_px: float
    title_px: float
    target_px: float = 60
    close_px: float = 44
    contrast: float = 7.0
    line_spacing: float = 1.3

    @classmethod
    def elderly(cls, screen: ScreenConfig) -> Limits:
        # Half a pixel of slack: sizes are rounded to whole pixels from the same conversion.
        return cls(body_px=screen.pt_to_px(18) - 0.5, title_px=screen.pt_to_px(30) - 0.5)


@dataclass(frozen=True)
class Finding:
    screen: str
    item: str  # objectName, else the text (shortened), else the QML type
    rule: str  # text size | title size | largest text | target size | contrast | line spacing
    measured: str
    required: str
    value: float = 0.0  # the measured number (px, ratio), smallest side for targets
    part: str = ""  # "keyboard": inside the virtual keyboard (drawn by our style, kiosk/ui/qml/keyboard)

    def __str__(self) -> str:
        where = f" [{self.part}]" if self.part else ""
        return f"{self.screen}: {self.item}{where}: {self.rule} {self.measured} (needs {self.required})"


def exempt(screen: str) -> str:
    """Why a screen is exempt from the 长辈版 rules, or ""."""
    return next((why for prefix, why in EXEMPT.items() if screen.startswith(prefix)), "")


# --------------------------------------------------------------------------- the item tree


@dataclass
class _Seen:
    item: Any
    rect: tuple[float, float, float, float]  # x, y, w, h in window pixels
    clip: tuple[float, float, float, float]  # what of the window is left after every clipping ancestor
    part: str = ""
    # The same, but a scrolling ancestor (Flickable, ListView) clips only across: its top and bottom
    # cut what scrolling brings into view.
    hard_clip: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    scrolled: bool = False  # inside a scrolling ancestor
    frame: Any = None  # the _Seen of the nearest bordered frame or button around this item, if any


def _class(item: Any) -> str:
    return class_name(item)


def visible_items(window: Any) -> Iterator[_Seen]:
    root = window.contentItem()
    width, height = window.width(), window.height()
    modal = [i for i in _walk_all(root) if i.objectName() in MODAL_OVERLAYS and i.isVisible()]
    starts = [max(modal, key=lambda i: i.z())] if modal else [root]
    window_rect = (0.0, 0.0, float(width), float(height))
    for start in starts:
        yield from _visible(start, _Context(window_rect, window_rect), 1.0, "")


@dataclass(frozen=True)
class _Context:
    clip: tuple[float, float, float, float]
    hard_clip: tuple[float, float, float, float]
    scrolled: bool = False
    frame: _Seen | None = None


def _walk_all(item: Any) -> Iterator[Any]:
    yield item
    for child in item.childItems():
        yield from _walk_all(child)


def _visible(item: Any, ctx: _Context, opacity: float, part: str) -> Iterator[_Seen]:
    if not item.isVisible():
        return
    opacity *= item.opacity()
    if opacity <= 0.01:
        return
    rect = _scene_rect(item)
    if item.objectName() == "inputPanel":
        part = "keyboard"
    seen = _Seen(item, rect, ctx.clip, part, ctx.hard_clip, ctx.scrolled, ctx.frame)
    yield seen
    if _scrolls(item):
        # What scrolls is reached by scrolling: from here on only sideways cuts count.
        hard = _intersect(ctx.hard_clip, rect) if item.clip() else ctx.hard_clip
        unbounded = (hard[0], -_FAR, hard[2], 2 * _FAR)
        ctx = _Context(_intersect(ctx.clip, rect) if item.clip() else ctx.clip, unbounded, True, ctx.frame)
    elif item.clip():
        ctx = _Context(_intersect(ctx.clip, rect), _intersect(ctx.hard_clip, rect), ctx.scrolled, ctx.frame)
    if _is_frame(item):
        ctx = dataclasses.replace(ctx, frame=seen)
    for child in item.childItems():
        yield from _visible(child, ctx, opacity, part)


_FAR = 1e9  # "no limit" for a rectangle's edge


def _scrolls(item: Any) -> bool:
    return bool(item.inherits("QQuickFlickable"))


def _border_width(item: Any) -> float:
    if not item.inherits("QQuickRectangle"):
        return 0.0
    from PySide6.QtQml import QQmlProperty

    width = QQmlProperty.read(item, "border.width")  # a grouped property: not readable as a QObject
    return float(width) if isinstance(width, int | float) else 0.0


def _is_frame(item: Any) -> bool:
    """A box whose edge the resident sees: a bordered rectangle, or a button (its edge is its fill)."""
    return _border_width(item) > 0 or (item.inherits("QQuickRectangle") and _role(item) in _action_roles())


def _scene_rect(item: Any) -> tuple[float, float, float, float]:
    from PySide6.QtCore import QRectF

    r = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    return (r.x(), r.y(), r.width(), r.height())


def _intersect(a: tuple[float, ...], b: tuple[float, ...]) -> tuple[float, float, float, float]:
    x1, y1 = max(a[0], b[0]), max(a[1], b[1])
    x2, y2 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    return (x1, y1, max(0.0, x2 - x1), max(0.0, y2 - y1))


def _scale(item: Any) -> float:
    from PySide6.QtCore import QPointF

    a, b = item.mapToScene(QPointF(0, 0)), item.mapToScene(QPointF(0, 100))
    return float(((b.x() - a.x()) ** 2 + (b.y() - a.y()) ** 2) ** 0.5 / 100)


def _label(item: Any) -> str:
    if item.objectName():
        return str(item.objectName())
    for prop in ("text", "placeholderText"):
        value = item.property(prop)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return repr(text if len(text) <= 30 else text[:29] + "…")
    parent = item.parentItem()
    owner = f" in {parent.objectName()}" if parent is not None and parent.objectName() else ""
    return _class(item).split("_QML")[0] + owner


# --------------------------------------------------------------------------- rules


_ACTION_ROLES: set[Any] = set()


def _action_roles() -> set[Any]:
    if not _ACTION_ROLES:
        from PySide6.QtGui import QAccessible

        r = QAccessible.Role
        _ACTION_ROLES.update(
            {
                r.Button,
                r.CheckBox,
                r.RadioButton,
                r.PageTab,
                r.ComboBox,
                r.Link,
                r.MenuItem,
                r.SpinBox,
                r.Slider,
                r.EditableText,
                r.ButtonMenu,
                r.ButtonDropDown,
            }
        )
    return _ACTION_ROLES


def _role(item: Any) -> Any:
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(item)
    return iface.role() if iface is not None else None


def _is_text(item: Any) -> bool:
    return any(item.inherits(name) for name in _TEXT_CLASSES)


def _font_px(item: Any) -> float:
    font = item.property("font")
    px = font.pixelSize()
    if px <= 0:
        from PySide6.QtGui import QFontInfo

        px = QFontInfo(font).pixelSize()
    return float(px) * _scale(item)


def _painted_rect(seen: _Seen) -> tuple[float, float, float, float]:
    """Where a text's glyphs are: a Text's box (its background is its most common colour even when the
    box is wider than the glyphs); a field's box inside its border and padding."""
    if seen.item.inherits("QQuickTextInput"):
        return _padded(seen.item, seen.rect)
    return seen.rect


def _padded(item: Any, rect: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    x, y, w, h = rect
    pads = [item.property(p) for p in ("leftPadding", "topPadding", "rightPadding", "bottomPadding")]
    left, top, right, bottom = (float(p) if isinstance(p, int | float) else 0.0 for p in pads)
    return (x + left, y + top, max(0.0, w - left - right), max(0.0, h - top - bottom))


def _linear_table() -> Any:
    """WCAG's linear value of each 8-bit channel level: looked up per pixel, not computed per pixel."""
    import numpy as np

    c = np.arange(256, dtype=np.float64) / 255.0
    return np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


_LINEAR: Any = None


def _luminance(rgb: Any) -> Any:
    global _LINEAR
    if _LINEAR is None:
        _LINEAR = _linear_table()
    lin = _LINEAR[rgb]
    return 0.2126 * lin[..., 0] + 0.7152 * lin[..., 1] + 0.0722 * lin[..., 2]


def measured_contrast(pixels: Any) -> float | None:
    """WCAG contrast of glyphs against their background in an HxWx3 crop; None without glyph pixels.
    Background: the most common colour. Glyphs: the pixels that clearly differ from it; their
    90th-percentile contrast is the glyph core's (edges are anti-aliased towards the background)."""
    import numpy as np

    flat = pixels.reshape(-1, 3).astype(np.uint32)
    packed = (flat[:, 0] << 16) | (flat[:, 1] << 8) | flat[:, 2]
    values, counts = np.unique(packed, return_counts=True)
    bg = values[np.argmax(counts)]
    bg_rgb = np.array([(bg >> 16) & 255, (bg >> 8) & 255, bg & 255])
    lum = _luminance(flat)
    bg_lum = float(_luminance(bg_rgb))
    hi, lo = np.maximum(lum, bg_lum), np.minimum(lum, bg_lum)
    ratio = (hi + 0.05) / (lo + 0.05)
    glyph = ratio[ratio > 1.5]
    if glyph.size < _MIN_GLYPH_PIXELS:
        return None
    return float(np.percentile(glyph, _GLYPH_PERCENTILE))


def _image_array(window: Any) -> Any:
    import numpy as np
    from PySide6.QtGui import QImage

    image = window.grabWindow().convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


def _inside(rect: tuple[float, ...], clip: tuple[float, ...]) -> bool:
    inter = _intersect(rect, clip)
    return rect[2] * rect[3] > 0 and inter[2] * inter[3] >= 0.98 * rect[2] * rect[3]


def settle_rendering(window: Any) -> None:
    """Finish what is half made, then render a frame (which lays out what changed since the last one).
    Lists create their off-view delegates a little at a time between frames (incubation); one caught
    half made sits unsized at the list's corner and is no part of the screen the resident sees."""
    controller = window.incubationController()
    for _ in range(100):
        if controller is None or not controller.incubatingObjectCount():
            break
        controller.incubateFor(20)
    window.grabWindow()


def measure(window: Any, limits: Limits, screen: str = "") -> list[Finding]:
    """Every violation on the window as rendered now (the screen must be settled)."""
    from PySide6.QtGui import QAccessible

    QAccessible.setActive(True)  # roles are read through the accessibility interfaces
    settle_rendering(window)
    pixels = _image_array(window)
    return _elderly_findings(list(visible_items(window)), pixels, limits, screen)


def _elderly_findings(items: list[_Seen], pixels: Any, limits: Limits, screen: str) -> list[Finding]:
    found: list[Finding] = []
    largest = 0.0
    targets_seen: list[tuple[float, float, float, float]] = []
    roles = _action_roles()
    for seen in items:
        item = seen.item
        if _is_text(item) and str(item.property("text") or item.property("placeholderText") or "").strip():
            largest = max(largest, _font_px(item))
            found.extend(_text_rules(seen, limits, pixels, screen))
        actionable = (
            _role(item) in roles
            or (item.inherits("QQuickMouseArea") and item.isEnabled())
            or item.property("touchTarget") is True  # drawn keys: the keyboard takes touches for all keys
        )
        if actionable and seen.rect not in targets_seen:
            targets_seen.append(seen.rect)
            found.extend(_target_rule(seen, limits, screen))
    if largest and largest < limits.title_px:
        found.append(
            Finding(
                screen,
                "(screen)",
                "largest text",
                f"{largest:.0f} px",
                f">= {limits.title_px:.0f} px",
                largest,
            )
        )
    return found


def _text_rules(seen: _Seen, limits: Limits, pixels: Any, screen: str) -> Iterator[Finding]:
    item = seen.item
    px = _font_px(item)
    name = _label(item)
    if px < limits.body_px:
        yield Finding(screen, name, "text size", f"{px:.1f} px", f">= {limits.body_px:.0f} px", px, seen.part)
    if item.property("screenTitle") is True and px < limits.title_px:
        yield Finding(
            screen, name, "title size", f"{px:.1f} px", f">= {limits.title_px:.0f} px", px, seen.part
        )
    lines = item.property("lineCount")
    height = item.property("contentHeight")
    if isinstance(lines, int) and lines >= 2 and isinstance(height, int | float) and px > 0:
        spacing = height * _scale(item) / lines / px
        if spacing < limits.line_spacing - 0.005:
            need = f">= {limits.line_spacing}"
            yield Finding(screen, name, "line spacing", f"{spacing:.2f}", need, spacing, seen.part)
    if not item.isEnabled():
        return
    box = _intersect(_painted_rect(seen), (0, 0, pixels.shape[1], pixels.shape[0]))
    if not _inside(box, seen.clip) or box[2] < 2 or box[3] < 2:
        return
    x, y, w, h = (round(v) for v in box)
    ratio = measured_contrast(pixels[y : y + h, x : x + w])
    if ratio is not None and ratio < limits.contrast:
        yield Finding(screen, name, "contrast", f"{ratio:.2f}:1", f">= {limits.contrast}:1", ratio, seen.part)


def _target_rule(seen: _Seen, limits: Limits, screen: str) -> Iterator[Finding]:
    item = seen.item
    _x, _y, w, h = seen.rect
    owner = item.parentItem() if item.inherits("QQuickMouseArea") else item
    closes = any(o is not None and o.property("closes") is True for o in (item, owner))
    need = limits.close_px if closes else limits.target_px
    if w < 0.5 or h < 0.5:
        # Nothing drawn, nothing to touch: a list delegate caught between creation and layout while
        # the language changes (seen once in ~5 runs on search-keyboard [en]), not a target on screen.
        return
    if w < need - 0.5 or h < need - 0.5:
        name = _label(item) if item.objectName() or owner is None else _label(owner)
        size = f"{w:.0f}x{h:.0f} px"
        yield Finding(screen, name, "target size", size, f">= {need:.0f}x{need:.0f} px", min(w, h), seen.part)


# --------------------------------------------------------------------------- fit

#: a pixel of slack: layouts place items on fractional pixels
_FIT_SLACK = 1.0


def measure_fit(window: Any, screen: str = "") -> list[Finding]:
    """Text that does not fit its box and parts that cross their frame's border, in any look."""
    from PySide6.QtGui import QAccessible

    QAccessible.setActive(True)  # frames are found by role too
    settle_rendering(window)
    return _fit_findings(list(visible_items(window)), window, screen)


def _fit_findings(items: list[_Seen], window: Any, screen: str) -> list[Finding]:
    width, height = float(window.width()), float(window.height())
    found: list[Finding] = []
    for seen in items:
        if seen.part:  # the keyboard lays out its own keys (kiosk/ui/qml/keyboard)
            continue
        item = seen.item
        if item.inherits("QQuickText") and str(item.property("text") or "").strip():
            found.extend(_text_fit(seen, width, height, screen))
        elif (
            seen.frame is not None
            and _is_badge(item)
            and seen.rect[2] * seen.rect[3] > 0
            and not _in_focus_ring(item)
        ):
            inner = _inner(seen.frame)
            overlap = _intersect(inner, seen.rect)
            # wholly outside is a pop-up beside its owner (the voice panel above the bar), not a crossing
            if overlap[2] * overlap[3] > 0 and not _contains(inner, seen.rect):
                found.append(_fit_finding(screen, seen, "crosses a border", seen.rect, inner))
    return found


def _in_focus_ring(item: Any) -> bool:
    """The keypad's focus ring (components/FocusRing.qml) is drawn around its control's border."""
    parent = item.parentItem()
    return parent is not None and parent.objectName() == "focusRing"


def _is_badge(item: Any) -> bool:
    """A drawn part a frame holds (a glyph's disc, a bordered chip): it must stay inside the frame."""
    if not item.inherits("QQuickRectangle") or _role(item) in _action_roles():
        return False
    colour = item.property("color")
    filled = colour is not None and colour.alpha() > 0
    return _border_width(item) > 0 or (filled and item.childItems() != [])


def _text_fit(seen: _Seen, width: float, height: float, screen: str) -> Iterator[Finding]:
    item = seen.item
    if item.property("truncated") is True:
        yield _fit_finding(screen, seen, "text cut short", seen.rect, seen.rect, "elided")
        return
    painted = _text_extent(seen)
    across = (0.0, -_FAR, width, 2 * _FAR) if seen.scrolled else (0.0, 0.0, width, height)
    if not _contains(across, painted):
        yield _fit_finding(screen, seen, "text outside the window", painted, (0, 0, width, height))
    elif not _contains(seen.hard_clip, painted):
        yield _fit_finding(screen, seen, "text clipped", painted, seen.hard_clip)
    elif seen.frame is not None and not _contains(_inner(seen.frame), painted):
        yield _fit_finding(screen, seen, "text overflows its box", painted, _inner(seen.frame))


def _text_extent(seen: _Seen) -> tuple[float, float, float, float]:
    """Where the glyphs are drawn, in window pixels: the laid-out text aligned inside the item's box."""
    from PySide6.QtCore import Qt

    item = seen.item
    x, y, w, h = seen.rect
    scale = _scale(item)
    pads = [item.property(p) for p in ("leftPadding", "topPadding", "rightPadding", "bottomPadding")]
    left, top, right, bottom = (float(p) * scale if isinstance(p, int | float) else 0.0 for p in pads)
    cw = float(item.property("contentWidth") or 0) * scale
    ch = float(item.property("contentHeight") or 0) * scale
    room_w, room_h = w - left - right, h - top - bottom
    halign = _enum(item, "effectiveHorizontalAlignment")
    valign = _enum(item, "verticalAlignment")
    if halign & Qt.AlignmentFlag.AlignHCenter.value:
        dx = (room_w - cw) / 2
    elif halign & Qt.AlignmentFlag.AlignRight.value:
        dx = room_w - cw
    else:
        dx = 0.0
    if valign & Qt.AlignmentFlag.AlignVCenter.value:
        dy = (room_h - ch) / 2
    elif valign & Qt.AlignmentFlag.AlignBottom.value:
        dy = room_h - ch
    else:
        dy = 0.0
    return (x + left + dx, y + top + dy, cw, ch)


def _enum(item: Any, name: str) -> int:
    """An enum property as a number (PySide cannot convert QQuickText's own enums)."""
    from PySide6.QtQml import QQmlEngine, QQmlExpression

    context = QQmlEngine.contextForObject(item)
    value, failed = QQmlExpression(context, item, f"Number({name})").evaluate()
    return 0 if failed or not isinstance(value, int | float) else int(value)


def _inner(frame: _Seen) -> tuple[float, float, float, float]:
    x, y, w, h = frame.rect
    b = _border_width(frame.item) * _scale(frame.item)
    return (x + b, y + b, max(0.0, w - 2 * b), max(0.0, h - 2 * b))


def _contains(outer: tuple[float, ...], inner: tuple[float, ...]) -> bool:
    s = _FIT_SLACK
    return (
        inner[0] >= outer[0] - s
        and inner[1] >= outer[1] - s
        and inner[0] + inner[2] <= outer[0] + outer[2] + s
        and inner[1] + inner[3] <= outer[1] + outer[3] + s
    )


def _fit_finding(
    screen: str,
    seen: _Seen,
    rule: str,
    drawn: tuple[float, ...],
    room: tuple[float, ...],
    measured: str = "",
) -> Finding:
    def box(r: tuple[float, ...]) -> str:
        return f"{r[2]:.0f}x{r[3]:.0f} at {r[0]:.0f},{r[1]:.0f}"

    over = max(room[0] - drawn[0], room[1] - drawn[1], drawn[0] + drawn[2] - room[0] - room[2],
               drawn[1] + drawn[3] - room[1] - room[3], 0.0)  # fmt: skip
    return Finding(screen, _label(seen.item), rule, measured or box(drawn), f"inside {box(room)}", over)


# --------------------------------------------------------------------------- every screen


def measure_screen(kiosk: Any, label: str) -> list[Finding]:
    """The screen shown now: fit in every look; the 长辈版 numbers too when 长辈版 is on. One rendering
    and one walk of the item tree feed both measures (the walk is most of a measure's cost)."""
    from PySide6.QtGui import QAccessible

    window = kiosk.window
    QAccessible.setActive(True)  # roles and frames are read through the accessibility interfaces
    settle_rendering(window)
    pixels = _image_array(window)
    items = list(visible_items(window))
    found = _fit_findings(items, window, label)
    if kiosk.app.theme == "elderly" and not exempt(label):
        found.extend(_elderly_findings(items, pixels, Limits.elderly(kiosk.config.screen), label))
    return found


def measure_screens(
    kiosk: Any,
    screens: Iterable[str] | None = None,
    locales: Iterable[str] = ("zh_CN",),
    geometries: Iterable[tuple[int, int]] | None = None,
    alternate_locales: bool = False,
) -> list[Finding]:
    """Reach each screen the resident's way (kiosk.tools.screenshots.SCREENS) in 长辈版, at each window
    size (default: the window as it is), and measure it. ``alternate_locales``: each screen once per
    window size, its language taking turns (screen i at size g in locales[(i + g) % n]), so every
    screen and every size meets every language with a third of the renders."""
    from kiosk.tools.screenshots import SCREENS, geometry_name, set_geometry, show_screen

    languages = list(locales)
    names = [n for n in (screens or list(SCREENS)) if not exempt(n)]
    sizes = list(geometries or [(kiosk.window.width(), kiosk.window.height())])
    found: list[Finding] = []
    for g, size in enumerate(sizes):
        set_geometry(kiosk, size)
        for i, name in enumerate(names):
            chosen = [languages[(i + g) % len(languages)]] if alternate_locales else languages
            for locale in chosen:
                show_screen(kiosk, name, "elderly", locale)
                where = [] if locale == "zh_CN" else [locale]
                if len(sizes) > 1:
                    where.append(geometry_name(size))
                label = f"{name} [{' '.join(where)}]" if where else name
                found.extend(measure_screen(kiosk, label))
    return found


def measure_offscreen(
    config: Any,
    locales: Iterable[str] = ("zh_CN",),
    geometries: Iterable[tuple[int, int]] | None = None,
) -> list[Finding]:
    """A throwaway kiosk offscreen, every screen measured in 长辈版 at each window size."""
    import os
    import tempfile
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.tools.screenshots import offscreen_config, reset
    from kiosk.ui.app import build

    with tempfile.TemporaryDirectory(prefix="kiosk-measure-") as tmp:
        os.environ.setdefault("XDG_CONFIG_HOME", str(Path(tmp) / "config"))
        kiosk = build(offscreen_config(config, Path(tmp) / "data"), keyboard_config_home=Path(tmp) / "config")
        try:
            return measure_screens(kiosk, None, locales, geometries)
        finally:
            reset(kiosk)
            kiosk.close()
