"""What the heartbeats say about a terminal's audit chain, judged one heartbeat at a time.

The chain only grows. A heartbeat with a smaller count than one before shows a chain that shrank; one
whose anchor (the hash the chain has now at a count an earlier heartbeat carried) differs from that
earlier head shows a chain rewritten (forked) behind the platform's back. The first break is kept:
a terminal's verdict never returns to "ok" by itself.

Judged as each heartbeat is stored (sync/platform/storage.py keeps the verdict on the terminal's row
and the heads it has seen), so a fleet page reads one column instead of every kept heartbeat.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

OK = "ok"


@dataclass(frozen=True)
class ChainStep:
    verdict: str  # "ok", or how the chain was tampered with
    highest: int  # the largest count seen (-1: none yet)
    head: tuple[int, str] | None  # (count, head) this heartbeat carried, to remember


def judge(
    verdict: str, highest: int, beat: dict[str, Any], head_at: Callable[[int], str | None]
) -> ChainStep:
    """The next verdict after ``beat``; ``head_at(count)`` is the head an earlier heartbeat carried at
    that count (None if none did)."""
    count, head = beat.get("audit_count"), beat.get("audit_head")
    if verdict != OK or not isinstance(count, int) or not isinstance(head, str):
        return ChainStep(verdict, highest, None)  # already broken, or a kiosk that sends no chain head
    if count < highest:
        return ChainStep(f"shrunk: {highest} entries, then {count}", highest, None)
    anchor_seq, anchor_hash = beat.get("audit_anchor_seq"), beat.get("audit_anchor_hash")
    if isinstance(anchor_seq, int):
        earlier = head_at(anchor_seq)
        if earlier is not None and earlier != anchor_hash:
            return ChainStep(f"forked: entry {anchor_seq} is not the one reported before", highest, None)
    earlier = head_at(count)
    if earlier is not None and earlier != head:
        return ChainStep(f"forked: two different chains of {count} entries", highest, None)
    return ChainStep(OK, max(highest, count), (count, head))
