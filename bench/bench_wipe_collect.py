"""The full garbage collection after a resident's wipe (kiosk.memory.release), through the real app.

Each round: a session walks home -> catalog -> a guide -> search, ends (the wipe), and then the
post-wipe release runs and is timed (CPU of this process). Measured two ways in the same run,
alternating: as the kiosk runs it (its startup heap frozen once started, kiosk.memory.keep_startup_heap)
and the baseline with nothing frozen (how the collection ran before). Goal: the release's collection
no longer walks the startup heap, so at most half the baseline's CPU.
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))


def main() -> None:
    from kiosk.config import load_config
    from kiosk.memory import release
    from kiosk.tools.screenshots import first_code, reset, settle
    from kiosk.ui.app import build

    tmp = Path(tempfile.mkdtemp())
    (tmp / "kiosk.toml").write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    kiosk = build(load_config(tmp / "kiosk.toml"), keyboard_config_home=tmp / "cfg")
    frozen_at_start = gc.get_freeze_count()
    code = first_code(kiosk, lambda m: True)

    def one_session() -> float:
        kiosk.app.start()
        for screen in ("catalog", "guide", "search"):
            if screen == "guide":
                kiosk.catalog.openGuide(code)
            kiosk.app.go(screen)
            settle(kiosk.qt_app, 60)
        reset(kiosk)
        settle(kiosk.qt_app, 60)
        start = time.process_time()
        release()
        return (time.process_time() - start) * 1000

    product: list[float] = []
    baseline: list[float] = []
    for _ in range(ROUNDS):
        product.append(one_session())
        gc.unfreeze()
        baseline.append(one_session())
        gc.freeze()  # back as the kiosk keeps it (the baseline's session left nothing alive)
    kiosk.close()
    p, b = statistics.median(product), statistics.median(baseline)
    print(f"startup heap frozen by the kiosk: {frozen_at_start:,} objects")
    print(f"post-wipe release, CPU per session, median of {ROUNDS}: {p:.1f} ms (max {max(product):.1f})")
    print(f"baseline, nothing frozen: {b:.1f} ms (max {max(baseline):.1f})")
    print(f"ratio: {p / b:.2f}x (goal <= 0.5x)")


if __name__ == "__main__":
    main()
