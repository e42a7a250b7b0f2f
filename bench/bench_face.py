"""Face detection on ONE core at 640x480: frames per second (goal >= 20) and recall on our corpus.

Corpus: the two public-domain portraits in assets/camera/face (astronaut Eileen Collins, NASA; Grace
Hopper, US Navy) placed at 4 sizes x 3 positions on a 640x480 frame, mirrored, each also dimmed,
defocused and noisy: 192 frames with exactly one face. Negatives: the document samples and plain
textures, where any box is a false alarm. Only two different people: recall says how robust a
detector is to size/light/blur/noise, not to age, skin tone or glasses.

Baseline in the same run: a plain cv2.cvtColor + resize pass over the same frames.

Run: .venv/bin/python bench/bench_face.py [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "TF_NUM_INTRAOP_THREADS"):
    os.environ[_var] = "1"
os.environ.setdefault("GLOG_minloglevel", "2")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from devices.camera.face import detect_faces  # noqa: E402
from kiosk.assets import CAMERA_SAMPLES  # noqa: E402

cv2.setNumThreads(1)
ASSETS = CAMERA_SAMPLES


def corpus() -> tuple[list[np.ndarray], list[np.ndarray]]:
    rng = np.random.default_rng(1)
    photos = [cv2.imread(str(ASSETS / "face" / n)) for n in ("astronaut.jpg", "grace_hopper.jpg")]
    placed = []
    for photo in photos:
        for mirror in (False, True):
            img = cv2.flip(photo, 1) if mirror else photo
            for scale in (0.25, 0.4, 0.6, 0.9):
                for dx, dy in ((0.5, 0.5), (0.3, 0.4), (0.7, 0.6)):
                    canvas = np.full((480, 640, 3), 90, np.uint8)
                    h = int(480 * scale)
                    w = int(img.shape[1] * h / img.shape[0])
                    x = max(0, min(640 - w, int(dx * 640 - w / 2)))
                    y = max(0, min(480 - h, int(dy * 480 - h / 2)))
                    canvas[y : y + h, x : x + w] = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
                    placed.append(canvas)
    faces = []
    for f in placed:
        faces.append(f)
        faces.append(np.clip(f * 0.35, 0, 255).astype(np.uint8))
        faces.append(cv2.GaussianBlur(f, (0, 0), 2.5))
        faces.append(np.clip(f + rng.normal(0, 18, f.shape), 0, 255).astype(np.uint8))
    pages = sorted((ASSETS / "document").glob("*.jpg"))
    negatives = [cv2.resize(cv2.imread(str(p)), (640, 480)) for p in pages]
    for level in (40, 128, 220):
        negatives.append(np.clip(rng.normal(level, 30, (480, 640, 3)), 0, 255).astype(np.uint8))
    return faces, negatives


def detectors() -> dict[str, Callable[[np.ndarray], int]]:
    found: dict[str, Callable[[np.ndarray], int]] = {
        "baseline: cvtColor+resize (no detection)": lambda f: (
            cv2.resize(cv2.cvtColor(f, cv2.COLOR_BGR2RGB), (320, 240)),
            1,
        )[1],
        "yuface 640x480 (chosen)": lambda f: len(detect_faces(f)),
        "yuface on 320x240 downscale": lambda f: len(detect_faces(cv2.resize(f, (320, 240)))),
    }
    try:
        import mediapipe as mp

        full = mp.solutions.face_detection.FaceDetection(model_selection=1, min_detection_confidence=0.5)
        short = mp.solutions.face_detection.FaceDetection(model_selection=0, min_detection_confidence=0.5)
        mesh = mp.solutions.face_mesh.FaceMesh(static_image_mode=True, max_num_faces=2, refine_landmarks=True)

        def mp_det(det: object) -> Callable[[np.ndarray], int]:
            return lambda f: len(det.process(cv2.cvtColor(f, cv2.COLOR_BGR2RGB)).detections or [])  # type: ignore[attr-defined]

        found["mediapipe 0.10.21 detector, full range"] = mp_det(full)
        found["mediapipe 0.10.21 detector, short range"] = mp_det(short)
        found["mediapipe 0.10.21 face mesh (static, 478 pts)"] = lambda f: len(
            mesh.process(cv2.cvtColor(f, cv2.COLOR_BGR2RGB)).multi_face_landmarks or []
        )
    except ImportError as exc:  # mediapipe is optional for this comparison
        print(f"(mediapipe not importable: {exc})", file=sys.stderr)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    faces, negatives = corpus()
    results = {}
    for name, fn in detectors().items():
        fn(faces[0])  # warm-up: model load and first-call allocations
        times, hits = [], 0
        for frame in faces:
            t0 = time.perf_counter()
            n = fn(frame)
            times.append(time.perf_counter() - t0)
            hits += n >= 1
        false_alarms = sum(fn(f) for f in negatives)
        ms = statistics.median(times) * 1000
        results[name] = {
            "median_ms": round(ms, 2),
            "fps": round(1000 / ms, 1),
            "recall": None if name.startswith("baseline") else round(hits / len(faces), 3),
            "false_boxes_on_negatives": false_alarms if not name.startswith("baseline") else None,
        }
    cpu = next(
        (ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
         if ln.startswith("model name")),
        "unknown",
    )
    out = {"cpu": cpu, "frames": len(faces), "negatives": len(negatives), "goal_fps": 20, "results": results}
    if args.json:
        print(json.dumps(out, indent=1))
        return
    print(f"cpu: {cpu}, one core, {len(faces)} face frames + {len(negatives)} negatives at 640x480")
    print("detector".ljust(48) + "median ms     fps  recall  false boxes")
    for name, r in results.items():
        fa = "" if r["false_boxes_on_negatives"] is None else str(r["false_boxes_on_negatives"])
        recall = "" if r["recall"] is None else f"{100 * r['recall']:6.1f}%"
        print(f"{name.ljust(48)}{r['median_ms']:9.2f} {r['fps']:7.1f} {recall:>7}  {fa}")


if __name__ == "__main__":
    main()
