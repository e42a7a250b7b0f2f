"""QR decoding from camera frames: decode rate per library on the synthetic corpus, and time per
noisy 1080p frame, on ONE core. Goal: <= 70 ms per frame for the chosen decoder.

Baseline measured in the same run: loading the frame from PNG and converting it to grey (work every
decoder needs anyway), so numbers can be compared across machines as ratios.

Run: .venv/bin/python bench/bench_qr.py [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

# One core: thread pools read these when the native libraries load, so set them before importing.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import cv2  # noqa: E402
import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from devices.camera import qr  # noqa: E402
from devices.camera.qr_corpus import CONDITIONS, build  # noqa: E402

cv2.setNumThreads(1)

DECODERS: dict[str, Callable[[np.ndarray], list[str]]] = {
    "pyzbar (as is)": lambda img: qr.decode_zbar(qr.to_grey(img)),
    "pyzbar + mojibake repair": lambda img: qr.decode_zbar_repaired(qr.to_grey(img)),
    "zxing-cpp": lambda img: qr.decode_zxing(qr.to_grey(img)),
    "opencv QRCodeDetectorAruco": lambda img: qr.decode_opencv(qr.to_grey(img)),
    "combined (devices.camera.qr.decode)": qr.decode,
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    samples = list(build())
    rates: dict[str, dict[str, float]] = {}
    for name, fn in DECODERS.items():
        per_cond: dict[str, list[bool]] = {c: [] for c in CONDITIONS}
        for s in samples:
            per_cond[s.name.split("/")[0]].append(s.payload in fn(s.image))
        total = [ok for oks in per_cond.values() for ok in oks]
        rates[name] = {"all": sum(total) / len(total)} | {c: sum(v) / len(v) for c, v in per_cond.items()}

    noisy = [s for s in build(seed=11, conditions=["noisy"])]
    encoded = [cv2.imencode(".png", s.image)[1] for s in noisy]
    timings: dict[str, float] = {}
    t = []
    for _ in range(3):
        for buf in encoded:
            t0 = time.perf_counter()
            img = cv2.imdecode(buf, cv2.IMREAD_COLOR)
            qr.to_grey(img)
            t.append(time.perf_counter() - t0)
    timings["baseline: PNG load + grey"] = statistics.median(t) * 1000
    # Worst case for a camera loop: a noisy frame with no code in it.
    rng = np.random.default_rng(3)
    empty = [np.clip(rng.normal(128, 40, (1080, 1920, 3)), 0, 255).astype(np.uint8) for _ in range(4)]
    t = []
    for img in empty:
        t0 = time.perf_counter()
        qr.decode(img)
        t.append(time.perf_counter() - t0)
    timings["combined, noisy frame WITHOUT a code"] = statistics.median(t) * 1000
    for name, fn in DECODERS.items():
        t = []
        for _ in range(3):
            for s in noisy:
                t0 = time.perf_counter()
                fn(s.image)
                t.append(time.perf_counter() - t0)
        timings[name] = statistics.median(t) * 1000
    result = {
        "machine": f"{platform.processor() or platform.machine()} {platform.python_version()}",
        "cpu": _cpu_name(),
        "corpus_size": len(samples),
        "decode_rate": rates,
        "ms_per_noisy_1080p_frame_median": timings,
        "goal_ms": 70,
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return
    print(f"cpu: {result['cpu']}, one core, corpus {len(samples)} frames at 1920x1080")
    conds = ["all", *CONDITIONS]
    print("decoder".ljust(38) + " ".join(c[:9].rjust(9) for c in conds))
    for name, r in rates.items():
        print(name.ljust(38) + " ".join(f"{100 * r[c]:8.0f}%" for c in conds))
    print("\nmedian ms per noisy 1080p frame (goal <= 70 for the chosen decoder):")
    for name, ms in timings.items():
        print(f"  {name.ljust(38)} {ms:7.1f}")


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.machine()


if __name__ == "__main__":
    main()
