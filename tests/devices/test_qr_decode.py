"""QR decoding: Chinese payloads come out right, the combined decoder is at least as good as each
library alone on a small corpus, and pictures without a code give nothing."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from devices.camera import qr
from devices.camera.qr_corpus import build, qr_image, scene

CHINESE = ("营业执照", "豫事办", "缴费凭证 城乡居民医疗保险 2026年度 金额380元")


@pytest.mark.parametrize("payload", CHINESE)
def test_chinese_payloads_decode_exactly(payload: str) -> None:
    rng = np.random.default_rng(5)
    frame = scene(qr_image(payload), (1280, 720), 240, rng)
    frame = np.clip(frame + rng.normal(0, 12, frame.shape), 0, 255).astype(np.uint8)
    assert qr.decode(frame) == [payload]


def test_zbar_garbles_short_chinese_and_the_repair_undoes_it() -> None:
    grey = cv2.cvtColor(qr_image("营业执照"), cv2.COLOR_BGR2GRAY)
    raw = qr.decode_zbar(grey)
    assert raw and raw != ["营业执照"]  # the known zbar bug (pyzbar #14/#55/#95) is real here
    assert qr.decode_zbar_repaired(grey) == ["营业执照"]
    assert qr.repair_zbar("plain ascii") == "plain ascii"
    assert qr.repair_zbar("日本語テキスト") == "日本語テキスト"  # real Japanese is left alone


@pytest.mark.slow  # a measure over the whole frame corpus, ~8 CPU-s
def test_combined_decoder_beats_or_equals_each_library() -> None:
    conditions = ["clean", "blurred", "small_blurred", "glare", "perspective"]
    samples = list(build(seed=3, size=(1280, 720), conditions=conditions))
    singles = {
        "zxing": qr.decode_zxing,
        "zbar": qr.decode_zbar,
        "opencv": qr.decode_opencv,
    }
    found = {name: 0 for name in [*singles, "combined"]}
    for s in samples:
        grey = qr.to_grey(s.image)
        for name, fn in singles.items():
            found[name] += s.payload in fn(grey)
        found["combined"] += s.payload in qr.decode(s.image)
    best_single = max(found[n] for n in singles)
    assert found["combined"] >= best_single, found
    assert found["combined"] > found["zbar"], found


def test_two_codes_in_one_frame() -> None:
    rng = np.random.default_rng(9)
    left = scene(qr_image("NO.1"), (640, 480), 200, rng)
    right = scene(qr_image("回执 NO.2"), (640, 480), 200, rng)
    assert sorted(qr.decode(np.hstack([left, right]))) == sorted(["NO.1", "回执 NO.2"])


def test_pictures_without_a_code_give_nothing() -> None:
    rng = np.random.default_rng(4)
    noise = rng.integers(0, 256, (720, 1280, 3), dtype=np.uint8)
    blank = np.full((480, 640), 200, np.uint8)
    assert qr.decode(noise) == []
    assert qr.decode(blank, budget_ms=float("inf")) == []


@pytest.mark.parametrize(
    "bad", [np.zeros((0, 0), np.uint8), np.zeros((10, 10), np.float32), np.zeros((4, 4, 2), np.uint8)]
)
def test_bad_input_is_a_typed_error(bad: np.ndarray) -> None:
    with pytest.raises(qr.QrInputError):
        qr.decode(bad)
