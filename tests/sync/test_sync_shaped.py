"""Applications over a rate-limited, lossy, delayed link (a namespace the test creates; root only)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sync_shaped_link

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0, reason="the shaped link is a network namespace: needs root"),
]
DELAY_MS = 150  # each way: a 300 ms round trip, as on the village links the issue describes


def test_applications_arrive_whole_and_once_over_a_lossy_delayed_shaped_link():
    if not sync_shaped_link.available():
        pytest.fail("ip, tc, nft or ethtool missing: run scripts/bootstrap")
    why_not = sync_shaped_link.delay_available()
    if why_not is not None:
        pytest.fail(f"delay line: {why_not}")
    link = sync_shaped_link.create(f"ksync-test-{os.getpid()}", rate_mbit=8, loss_pct=5, delay_ms=DELAY_MS)
    try:
        out = subprocess.run(
            [
                "ip",
                "netns",
                "exec",
                link.name,
                sys.executable,
                str(Path(__file__).with_name("sync_shaped_run.py")),
                "4",
            ],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )
        dropped = sync_shaped_link.dropped_packets(link)
    finally:
        sync_shaped_link.delete(link)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["stored"] == 4 and result["distinct"] == 4 and result["hashes_match"]
    # the link really had its delay line in it (a lower bound: a loaded box only makes it longer)
    assert result["rtt_ms"] >= 2 * DELAY_MS * 0.9
    assert dropped > 0  # and really lost packets (a loss rule on the output hook lost nothing, unnoticed)
