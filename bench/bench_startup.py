"""Cold start to the interactive home screen, against a bare QML window started the same way.

Both run as fresh processes with the same interpreter and platform (offscreen); each is timed from
spawn to its first painted frame. Runs alternate so machine noise hits both alike. Goal: <= 2x.
The kiosk's data directory is prepared once (store migrated, catalog imported) so the measured
start is a terminal's everyday start, not its very first one; the first one is printed too.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def timed(args: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE.parent))
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(HERE / "startup_probe.py"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if "READY" not in out.stdout:
        raise SystemExit(f"probe {args} failed:\n{out.stderr[-2000:]}")
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        first = timed(["kiosk", tmp])
        bare, kiosk = [], []
        for _ in range(RUNS):
            bare.append(timed(["bare"]))
            kiosk.append(timed(["kiosk", tmp]))
    b, k = statistics.median(bare), statistics.median(kiosk)
    print(f"bare QML window, median of {RUNS}: {b * 1000:.0f} ms")
    print(
        f"kiosk to interactive home, median of {RUNS}: {k * 1000:.0f} ms"
        f" (very first start: {first * 1000:.0f} ms)"
    )
    print(f"ratio kiosk/bare: {k / b:.2f}x (goal <= 2x: {'met' if k / b <= 2 else 'NOT met'})")


if __name__ == "__main__":
    main()
