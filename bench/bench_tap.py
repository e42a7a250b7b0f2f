"""Tap to next screen painted, offscreen, p50/p95 over many taps. Goal: p95 <= 50 ms.

A tap is a real mouse press/release on a tile's centre; "painted" means the new screen is loaded and
a frame of the whole window has been rendered (grabWindow renders synchronously offscreen). The
baseline, measured in the same run, is rendering a frame with no change: the cost of painting alone.

The headline is the home <-> services pair; the same is then printed per screen reached (home, the
catalog, a topic's matters, a guide, search, progress) and for 长辈版 on a portrait panel
(BENCH_SCREENS=0 skips the per-screen rounds).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "40"))
PER_SCREEN = os.environ.get("BENCH_SCREENS", "1") != "0"


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtTest import QTest

    from kiosk.config import load_config
    from kiosk.tools.screenshots import find, settle
    from kiosk.ui.app import build

    tmp = Path(tempfile.mkdtemp())
    (tmp / "kiosk.toml").write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    kiosk = build(load_config(tmp / "kiosk.toml"), keyboard_config_home=tmp / "cfg")
    kiosk.app.start()
    settle(kiosk.qt_app, 200)

    def tap(name: str) -> None:
        item = find(kiosk, name)
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
        QTest.mouseClick(
            kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(centre)
        )

    def timed(target: str, expect: str) -> float:
        kiosk.qt_app.processEvents()
        start = time.perf_counter()
        tap(target)
        while kiosk.app.screen != expect:
            kiosk.qt_app.processEvents()
        kiosk.qt_app.processEvents()
        kiosk.window.grabWindow()
        return time.perf_counter() - start

    taps, paints = [], []
    for _ in range(ROUNDS):
        for target, expect in (("servicesTile", "catalog"), ("homeButton", "home")):
            taps.append(timed(target, expect))
            start = time.perf_counter()
            kiosk.window.grabWindow()
            paints.append(time.perf_counter() - start)
    t95, b95 = p95(taps) * 1000, p95(paints) * 1000
    print(
        f"tap -> next screen painted: p50 {statistics.median(taps) * 1000:.1f} ms, p95 {t95:.1f} ms "
        f"over {len(taps)} taps (goal p95 <= 50 ms: {'met' if t95 <= 50 else 'NOT met'})"
    )
    print(f"baseline, paint with no change: p50 {statistics.median(paints) * 1000:.1f} ms, p95 {b95:.1f} ms")
    print(f"ratio tap/paint p95: {t95 / b95:.2f}x")
    if PER_SCREEN:
        per_screen(kiosk, timed)
        kiosk.window.resize(1080, 1920)
        kiosk.app.toggleElderly()
        settle(kiosk.qt_app, 200)
        per_screen(kiosk, timed, "长辈版 1080x1920: ")
    kiosk.close()


def per_screen(kiosk, timed, label: str = "") -> None:  # type: ignore[no-untyped-def]
    """One walk home -> catalog -> a topic's matters -> a guide -> home -> search -> home -> progress ->
    home, ROUNDS times; p50/p95 of the taps that reach each screen."""
    cat = kiosk.catalog.catalog
    topic = max(cat.categories, key=lambda c: len(cat.matters_in_category(c.code)))
    matter = cat.matters_in_category(topic.code)[0]
    walk = [
        ("servicesTile", "catalog"),
        (f"category_{topic.code}", "matters"),
        (f"matter_{matter.code}", "guide"),
        ("homeButton", "home"),
        ("searchBox", "search"),
        ("homeButton", "home"),
        ("progressTile", "progress"),
        ("homeButton", "home"),
    ]
    times: dict[str, list[float]] = {}
    kiosk.app.home()
    for _ in range(ROUNDS):
        for target, expect in walk:
            times.setdefault(expect, []).append(timed(target, expect))
    for screen, values in times.items():
        print(
            f"  {label}-> {screen:9s} p50 {statistics.median(values) * 1000:5.1f} ms, "
            f"p95 {p95(values) * 1000:5.1f} ms over {len(values)} taps"
        )


if __name__ == "__main__":
    main()
