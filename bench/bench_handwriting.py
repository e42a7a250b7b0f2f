"""Handwriting recognition (Zinnia + the Tegaki Simplified Chinese model): top-1 / top-5 accuracy and
latency per character over stroke recordings of 200 characters common in names and addresses.
Goal: latency <= 100 ms per character.

Two recording sets (bench/data/handwriting-200.json, made by bench/handwriting_strokes.py): the
Make Me a Hanzi stroke centre lines in standard stroke order, with jitter ("medians", the nearest an
open source gives to real writing) and strokes traced from a font's glyph skeleton with no stroke-order
knowledge ("skeleton", a worst case: a resident who writes in an unusual order). The baseline, in the
same run, is the cost of building the same characters in Zinnia without classifying them.

    .venv/bin/python bench/bench_handwriting.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import ctypes
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.input.handwriting import BOX, Recognizer

DATA = Path(__file__).resolve().parent / "data" / "handwriting-200.json"
GOAL_MS = 100.0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def build_only(recognizer: Recognizer, strokes: list[list[list[int]]], box: float) -> None:
    """The baseline: the same Zinnia character built and destroyed, no classification."""
    lib = recognizer._z.lib
    character = lib.zinnia_character_new()
    lib.zinnia_character_set_width(character, BOX)
    lib.zinnia_character_set_height(character, BOX)
    for i, stroke in enumerate(strokes):
        for x, y in stroke:
            lib.zinnia_character_add(
                character, i, ctypes.c_int(round(x * BOX / box)), ctypes.c_int(round(y * BOX / box))
            )
    lib.zinnia_character_destroy(character)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    data = json.loads(DATA.read_text(encoding="utf-8"))
    box = float(data["box"])
    started = time.perf_counter()
    recognizer = Recognizer()
    print(f"model opened in {(time.perf_counter() - started) * 1000:.1f} ms")
    for kind in ("medians", "skeleton"):
        chars: dict[str, list[list[list[int]]]] = data[kind]
        top1 = top5 = 0
        missed = []
        times: list[float] = []
        base: list[float] = []
        for rnd in range(args.rounds):
            for ch, strokes in chars.items():
                t0 = time.perf_counter()
                got = [c.text for c in recognizer.classify(strokes, box, 10)]
                times.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                build_only(recognizer, strokes, box)
                base.append((time.perf_counter() - t0) * 1000)
                if rnd == 0:
                    top1 += got[:1] == [ch]
                    top5 += ch in got[:5]
                    if ch not in got[:5]:
                        missed.append(ch)
        n = len(chars)
        p50, p95 = statistics.median(times), pct(times, 0.95)
        b50 = statistics.median(base)
        print(
            f"{kind}: {n} characters, top-1 {top1 / n:.1%} ({top1}), top-5 {top5 / n:.1%} ({top5}); "
            f"latency p50 {p50:.2f} ms, p95 {p95:.2f} ms, max {max(times):.2f} ms "
            f"(baseline build only p50 {b50:.3f} ms, ratio {p50 / b50:.0f}x); "
            f"goal p95 <= {GOAL_MS:.0f} ms: {'met' if p95 <= GOAL_MS else 'NOT met'}"
        )
        print(f"  not in the top 5: {''.join(missed)}")
    recognizer.close()


if __name__ == "__main__":
    main()
