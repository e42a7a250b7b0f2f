"""The village-link fault run at a small size: a shaped link that cuts and stalls, the platform and
kiosk-sync each killed with SIGKILL part-way: nothing lost, nothing twice, nothing falsely flagged,
the heartbeat never silent for more than two intervals. bench/bench_village_link.py runs it at full
size against the same link without faults."""

from __future__ import annotations

import random

import pytest
from sync_village_run import Faults, check_delivery, run

HEARTBEAT_S = 10.0  # the smallest kiosk.toml allows
SYNC_TOML = f"""
request_timeout_s = 1
urgent_interval_s = 1
heartbeat_interval_s = {HEARTBEAT_S}
chunk_bytes = 16384
retention_days = 30
"""


@pytest.mark.slow
def test_village_link_with_cuts_stalls_and_kills_delivers_everything_once(tmp_path):
    rng = random.Random(5)
    sizes = [[rng.randrange(20_000, 80_000) for _ in range(rng.choice((1, 2, 2)))] for _ in range(12)]
    faults = Faults(
        cut_probability=0.03,
        stall_probability=0.01,
        stall_s=3.0,
        sure_cut_after=100_000,  # besides the random ones, so every run has at least one of each
        sure_stall_after=200_000,
        kill_platform_at=0.3,
        kill_sync_at=0.6,
    )
    outcome, db_path, platform, ids = run(
        tmp_path, sizes, link_bytes_per_s=300_000, segment_delay_s=0.002, faults=faults, sync_toml=SYNC_TOML
    )
    try:
        print("village link:", outcome)
        check_delivery(db_path, platform, ids)
    finally:
        platform.kill()
    assert outcome.kills == ["platform", "kiosk-sync"]
    assert outcome.cuts > 0 and outcome.stalls > 0
    assert outcome.needs_attention == 0
    assert max(outcome.heartbeat_gaps_s) <= 2 * HEARTBEAT_S, outcome.heartbeat_gaps_s
