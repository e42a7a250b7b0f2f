"""The audit chain's head in every heartbeat, anchored to what the platform already acknowledged.

Each heartbeat carries the chain's entry count and head hash, and the hash the chain has *now* at
the count the last acknowledged heartbeat carried (the anchor). Someone who edits kiosk.db and
shortens or rewrites the chain cannot make both agree with what the platform keeps: a smaller count
shows a shrink, a different hash at the anchor shows a fork (sync/platform/review.py).
"""

from __future__ import annotations

from typing import Any

import sqlite_utils

from kiosk.store import audit
from kiosk.store.connection import transaction
from kiosk.store.settings import get_setting, set_setting

KEY_AUDIT_ANCHOR = "sync.audit_anchor_seq"  # the audit count of the last heartbeat the platform took


def heartbeat_fields(db: sqlite_utils.Database) -> dict[str, Any]:
    count, head = audit.head(db)
    anchor = get_setting(db, KEY_AUDIT_ANCHOR)
    anchor_seq = int(anchor) if isinstance(anchor, int) else None
    anchor_hash = None if anchor_seq is None else audit.hash_at(db, anchor_seq)
    return {
        "audit_count": count,
        "audit_head": head,
        "audit_anchor_seq": anchor_seq,
        "audit_anchor_hash": anchor_hash,
    }


def acknowledged(db: sqlite_utils.Database, count: int | None) -> None:
    """The platform took a heartbeat carrying ``count``: the next ones are anchored there."""
    if count is not None:
        with transaction(db):
            set_setting(db, KEY_AUDIT_ANCHOR, count)
