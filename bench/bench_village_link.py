"""Drain time of a backlog over a village link with cuts, stalls and kill -9, against the same bytes over
the same shaped link without faults (issue goal: <= 1.3x).

    .venv/bin/python bench/bench_village_link.py            # full size: 200 applications, 420 attachments
    .venv/bin/python bench/bench_village_link.py --quick    # 20 applications, for trying it out

Both runs use tests/sync/sync_village_run.py: `kiosk-platform serve` and `kiosk-sync daemon` as their own
processes, configured through kiosk.toml, with a loopback proxy as the link (a capacity in bytes per
second and a delay on every segment). The faulted run also cuts a share of the segments, stalls some
for longer than the request timeout, and kills the platform and then kiosk-sync with SIGKILL once each.
Prints one JSON object; the delivery check (each application once, attachments byte-identical) must pass.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "sync")]

from sync_village_run import Faults, check_delivery, run  # noqa: E402

SYNC_TOML = """
request_timeout_s = 5
urgent_interval_s = 5
heartbeat_interval_s = 60
chunk_bytes = 262144
"""


def backlog(apps: int, seed: int) -> list[list[int]]:
    """`apps` applications, 2.1 attachments each on average, ~362 kB each (152 MB for 200)."""
    rng = random.Random(seed)
    three = apps // 10
    return [[rng.randrange(150_000, 575_000) for _ in range(3 if i < three else 2)] for i in range(apps)]


def one_run(sizes: list[list[int]], faults: Faults, link: float) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="village-") as tmp:
        outcome, db_path, platform, ids = run(
            Path(tmp), sizes, link_bytes_per_s=link, segment_delay_s=0.005, faults=faults,
            sync_toml=SYNC_TOML, timeout_s=3600,
        )  # fmt: skip
        try:
            check_delivery(db_path, platform, ids)
        finally:
            platform.kill()
    return {
        "drain_s": round(outcome.drain_s, 1),
        "applications": outcome.applications,
        "attachments": outcome.attachments,
        "mb": round(outcome.bytes / 1e6, 1),
        "cuts": outcome.cuts,
        "stalls": outcome.stalls,
        "kills": outcome.kills,
        "max_heartbeat_gap_s": round(max(outcome.heartbeat_gaps_s), 1),
        "needs_attention": outcome.needs_attention,
        "delivered_once_identical": True,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--link", type=float, default=1_000_000, help="link capacity, bytes per second")
    parser.add_argument("--seed", type=int, default=200)
    args = parser.parse_args()
    sizes = backlog(20 if args.quick else 200, args.seed)
    clean = one_run(sizes, Faults(), args.link)
    faulted = one_run(
        sizes,
        Faults(
            cut_probability=0.005,  # per segment of up to 64 kB: about 2 % of 256 kB chunks
            stall_probability=0.00125,  # about 0.5 % of chunks
            stall_s=60.0,
            kill_platform_at=0.3,
            kill_sync_at=0.6,
        ),
        args.link,
    )
    ratio = float(faulted["drain_s"]) / float(clean["drain_s"])  # type: ignore[arg-type]
    print(json.dumps({"link_bytes_per_s": args.link, "clean": clean, "faulted": faulted,
                      "ratio": round(ratio, 2), "goal": "<= 1.3"}, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
