"""The county-scale benches still run, in a tiny configuration (the numbers themselves are not tested):
a change to the signed protocol once left bench_platform_scale.py failing on its first request, unnoticed
until the next measurement."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_bench(name: str, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / name), *args],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow  # a PostgreSQL cluster and the load bench, ~6 CPU-s and 15 s
def test_platform_scale_bench_signs_requests_the_platform_accepts():
    result = run_bench(
        "bench_platform_scale.py",
        "--duration",
        "3",
        "--terminals",
        "300",
        "--commits",
        "5",
        "--applications",
        "500",
    )
    assert result["errors"] == {}
    assert result["commits"]["n"] > 0 and result["heartbeats"]["n"] > 0


def test_console_pages_bench_fetches_every_page():
    result = run_bench(
        "bench_console_pages.py", "--terminals", "30", "--applications", "300", "--rounds", "2"
    )
    assert result["pages"] and all(page["n"] == 2 for page in result["pages"].values())
