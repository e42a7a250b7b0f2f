"""The handwriting recognizer with the real Zinnia library and the Debian model: strokes in, the written
character among the first candidates; bad input answered clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.input.handwriting import HandwritingUnavailable, Recognizer

RECORDINGS = Path(__file__).resolve().parents[2] / "bench" / "data" / "handwriting-200.json"


@pytest.fixture(scope="module")
def recognizer():
    r = Recognizer()
    yield r
    r.close()


def test_simple_strokes_in_a_finger_sized_box(recognizer):
    # A 480-pixel box on the screen: the recognizer scales it, so the size a panel has does not matter.
    ten = [[(40, 240), (440, 240)], [(240, 40), (240, 440)]]
    two = [[(100, 160), (380, 160)], [(40, 330), (440, 330)]]
    assert recognizer.classify(ten, 480)[0].text == "十"
    assert recognizer.classify(two, 480)[0].text == "二"
    scores = [c.score for c in recognizer.classify(ten, 480, best=5)]
    assert len(scores) == 5 and scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("char", ["王", "李", "陈", "付", "村", "镇", "路", "号"])
def test_names_and_places_written_in_stroke_order(recognizer, char):
    recordings = json.loads(RECORDINGS.read_text(encoding="utf-8"))
    if char not in recordings["medians"]:
        pytest.fail(f"{char} has no recording")
    got = [c.text for c in recognizer.classify(recordings["medians"][char], recordings["box"], 10)]
    assert char in got


def test_nothing_written_gives_no_candidates_and_a_bad_box_is_refused(recognizer):
    assert recognizer.classify([], 300) == []
    assert recognizer.classify([[]], 300) == []
    with pytest.raises(ValueError, match="size"):
        recognizer.classify([[(1, 1), (2, 2)]], 0)


def test_a_missing_model_or_library_says_what_to_install(tmp_path):
    with pytest.raises(HandwritingUnavailable, match="tegaki-zinnia-simplified-chinese"):
        Recognizer(model=tmp_path / "none.model")
    with pytest.raises(HandwritingUnavailable, match="libzinnia0"):
        Recognizer(library="libzinnia-absent.so.0")
    broken = tmp_path / "broken.model"
    broken.write_bytes(b"not a model")
    with pytest.raises(HandwritingUnavailable, match="cannot open"):
        Recognizer(model=broken)
