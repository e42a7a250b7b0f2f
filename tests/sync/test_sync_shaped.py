"""Applications over a rate-limited, lossy link (a namespace the test creates; root only)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import sync_shaped_link

pytestmark = pytest.mark.skipif(not sync_shaped_link.available(), reason="needs root, ip, tc, nft, ethtool")


def test_applications_arrive_whole_and_once_over_a_lossy_shaped_link():
    name = f"ksync-test-{os.getpid()}"
    sync_shaped_link.create(name, rate_mbit=8, loss_pct=5)
    try:
        out = subprocess.run(
            [
                "ip",
                "netns",
                "exec",
                name,
                sys.executable,
                str(Path(__file__).with_name("sync_shaped_run.py")),
                "8",
            ],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )
    finally:
        sync_shaped_link.delete(name)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["stored"] == 8 and result["distinct"] == 8 and result["hashes_match"]
