"""The submit benchmark still runs (a tiny configuration; the numbers themselves are not tested)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import bench_submit


def test_bench_submit_runs(tmp_path):
    result = bench_submit.run(rounds=1, megabytes=0.2, page_count=2, base=tmp_path)
    assert result["raw_ms"] > 0 and result["submit_ms"] > 0 and result["ratio"] > 0
    assert list(tmp_path.iterdir()) == []  # cleaned up
