"""The keypad's focus ring, measured from pixels on every screen (WCAG 2.4.13's test of a focus indicator,
with 1.4.11's 3:1).

For a control, the window is grabbed with the control focused and again with the focus taken away
(nothing else moves: the control was scrolled into sight first). The pixels in and just around the
control that changed by 3:1 or more between the two pictures are the visible part of the ring; there
must be at least as many as a 2 px line around the control (2 px x its perimeter). A ring in a colour
close to the control's fill (orange on the blue primary buttons, on the red 呼叫 tile) changes its
pixels by less than 3:1 and is reported.

Each screen's controls are grouped by how they look (class, kind, fill colour); one of each group is
measured, so a screen costs a few grabs, not one per control. Used by tests/ui/test_focus_ring.py and
``kiosk-tools screenshots --measure``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from kiosk.tools.a11y_measure import Finding
from kiosk.tools.screenshots import class_name, has_properties

#: the change between focused and unfocused pixels that counts as visible (WCAG 1.4.11, 2.4.13)
RING_CONTRAST = 3.0
#: the ring must cover this many pixels per pixel of the control's perimeter (a 2 px line)
RING_THICKNESS_PX = 2.0
#: how far outside the control's box a ring may be drawn
_OUTSIDE_PX = 6


def _grab(window: Any) -> Any:
    import numpy as np
    from PySide6.QtGui import QImage

    image = window.grabWindow().convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


def _luminance(rgb: Any) -> Any:
    import numpy as np

    c = rgb.astype(np.float64) / 255.0
    lin = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return 0.2126 * lin[..., 0] + 0.7152 * lin[..., 1] + 0.0722 * lin[..., 2]


def changed_pixels(focused: Any, unfocused: Any, threshold: float = RING_CONTRAST) -> int:
    """How many pixels of two same-sized HxWx3 crops differ by ``threshold``:1 or more."""
    import numpy as np

    a, b = _luminance(focused), _luminance(unfocused)
    ratio = (np.maximum(a, b) + 0.05) / (np.minimum(a, b) + 0.05)
    return int(np.count_nonzero(ratio >= threshold))


def _scene_box(item: Any) -> tuple[int, int, int, int]:
    from PySide6.QtCore import QRectF

    r = item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))
    return round(r.x()), round(r.y()), round(r.width()), round(r.height())


def _in_sight(item: Any, window: Any) -> bool:
    """Wholly inside the window and every clipping ancestor."""
    x, y, w, h = _scene_box(item)
    if w < 8 or h < 8 or x < 0 or y < 0 or x + w > window.width() or y + h > window.height():
        return False
    parent = item.parentItem()
    while parent is not None:
        if parent.clip():
            px, py, pw, ph = _scene_box(parent)
            if x < px or y < py or x + w > px + pw or y + h > py + ph:
                return False
        parent = parent.parentItem()
    return True


def next_in_focus_chain(item: Any, forward: bool = True) -> Any:
    """``item.nextItemInFocusChain(forward)``, called through Qt's meta-object system.

    Not the binding's method: PySide makes the item it returns a Python child of ``item``. The chain
    runs from a screen's controls on to the ones that outlive the screen (top bar, voice bar), and once
    the screen is gone, a garbage collection of its controls' wrappers deleted those long-lived items
    under QML's feet: the top bar's and voice bar's buttons vanished, and an item QML deleted again
    later crashed the process (SIGSEGV in ~QQuickLoader). tests/ui/test_focus_chain_wrappers.py."""
    from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt

    return QMetaObject.invokeMethod(
        item,
        "nextItemInFocusChain",
        Qt.ConnectionType.DirectConnection,
        Q_RETURN_ARG("QQuickItem*"),
        Q_ARG(bool, forward),
    )


def focus_chain(
    window: Any, limit: int = 400, step: Callable[[Any], Any] = next_in_focus_chain
) -> Iterator[Any]:
    """The controls the keypad reaches on the window as it is now, in chain order, each once."""
    start = window.activeFocusItem() or window.contentItem()
    item, seen = step(start), set[tuple[int, str, tuple[int, int, int, int]]]()
    while item is not None and len(seen) < limit:
        key = id(item), item.objectName(), _scene_box(item)
        if item is start or key in seen:
            break
        seen.add(key)
        if item.isVisible() and item.isEnabled() and item.activeFocusOnTab():
            yield item
        item = step(item)


def _look(item: Any) -> tuple[str, ...]:
    colour = item.property("color")
    fill = colour.name() if hasattr(colour, "name") else ""
    return (class_name(item).split("_QML")[0], str(item.property("kind") or ""), fill)


def _focus_sink(kiosk: Any) -> Any:
    """An empty item outside every screen that takes the focus away from a control (the window's own
    root item does not: the focus stays inside the screen's scope)."""
    sink = getattr(kiosk, "_focus_sink", None)
    if sink is None:
        from PySide6.QtQuick import QQuickItem

        # A child of the window's root item, owned by it: an item Python owns outlives the window it was
        # drawn in and, freed later from Python, crashed the next kiosk built in the same process.
        sink = QQuickItem(kiosk.window.contentItem())
        sink.setObjectName("focusRingMeasureSink")
        kiosk._focus_sink = sink
    return sink


def measure_ring(kiosk: Any, item: Any, screen: str = "") -> Finding | None:
    """The ring of ``item`` as drawn: None when enough of it shows at 3:1, else a finding."""
    from kiosk.tools.screenshots import settle

    window = kiosk.window
    from PySide6.QtGui import QGuiApplication

    item.forceActiveFocus()
    QGuiApplication.inputMethod().hide()  # a text field's ring, not the keyboard it calls up
    settle(kiosk.qt_app, 40)  # focused and scrolled into sight
    if not item.hasActiveFocus() or not _in_sight(item, window):
        return None  # the screen sent the focus on elsewhere, or nothing of it is in sight to measure
    focused = _grab(window)
    _focus_sink(kiosk).forceActiveFocus()  # the focus taken away, nothing scrolled
    settle(kiosk.qt_app, 40)
    unfocused = _grab(window)
    x, y, w, h = _scene_box(item)
    x0, y0 = max(0, x - _OUTSIDE_PX), max(0, y - _OUTSIDE_PX)
    x1 = min(window.width(), x + w + _OUTSIDE_PX)
    y1 = min(window.height(), y + h + _OUTSIDE_PX)
    count = changed_pixels(focused[y0:y1, x0:x1], unfocused[y0:y1, x0:x1])
    needed = RING_THICKNESS_PX * 2 * (w + h)
    if count >= needed:
        return None
    name = item.objectName() or str(item.property("text") or "")[:30] or _look(item)[0]
    return Finding(
        screen,
        name,
        "focus ring",
        f"{count} px changed by {RING_CONTRAST:g}:1",
        f">= {needed:.0f} px (a {RING_THICKNESS_PX:g} px line around it)",
        count / needed,
    )


def _modal_overlay(window: Any) -> Any:
    """The topmost visible overlay that hides the screen (a11y_measure.MODAL_OVERLAYS), if any."""
    from kiosk.tools.a11y_measure import MODAL_OVERLAYS

    stack, shown = [window.contentItem()], []
    while stack:
        item = stack.pop()
        if item.objectName() in MODAL_OVERLAYS and item.isVisible():
            shown.append(item)
        stack.extend(item.childItems())
    return max(shown, key=lambda i: i.z()) if shown else None


def _within(item: Any, ancestor: Any) -> bool:
    while item is not None and item is not ancestor:
        item = item.parentItem()
    return item is ancestor


def _is_text_field(item: Any) -> bool:
    return has_properties(item, "cursorPosition", "text")


def measure_window(kiosk: Any, screen: str = "", text_fields: bool = True) -> list[Finding]:
    """One control of each look on the screen as it is now (text fields only with ``text_fields``:
    focusing one opens the keyboard)."""
    looks: set[tuple[str, ...]] = set()
    chosen = []
    modal = _modal_overlay(kiosk.window)
    for item in focus_chain(kiosk.window):
        if modal is not None and not _within(item, modal):
            continue  # hidden under the overlay: the keypad's Enter would not reach it either
        if not text_fields and _is_text_field(item):
            continue
        look = _look(item)
        if look not in looks:
            looks.add(look)
            chosen.append(item)
    return [f for item in chosen if (f := measure_ring(kiosk, item, screen)) is not None]


def measure_focus_rings(
    kiosk: Any,
    screens: Iterable[str] | None = None,
    themes: Iterable[str] = ("standard",),
    text_fields: bool = True,
) -> list[Finding]:
    """Reach each screen the resident's way (kiosk.tools.screenshots.SCREENS) and measure its rings."""
    from kiosk.tools.screenshots import SCREENS, show_screen

    found: list[Finding] = []
    for theme in themes:
        for name in screens or list(SCREENS):
            show_screen(kiosk, name, theme)
            label = name if theme == "standard" else f"{name} [{theme}]"
            found.extend(measure_window(kiosk, label, text_fields))
    return found


def measure_offscreen(config: Any, themes: Iterable[str]) -> list[Finding]:
    """`kiosk-tools screenshots DIR --measure`: a throwaway kiosk offscreen, every screen's rings."""
    import os
    import tempfile
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.tools.screenshots import offscreen_config, reset
    from kiosk.ui.app import build

    with tempfile.TemporaryDirectory(prefix="kiosk-rings-") as tmp:
        os.environ.setdefault("XDG_CONFIG_HOME", str(Path(tmp) / "config"))
        kiosk = build(offscreen_config(config, Path(tmp) / "data"), keyboard_config_home=Path(tmp) / "config")
        try:
            return measure_focus_rings(kiosk, None, themes)
        finally:
            reset(kiosk)
            kiosk.close()
