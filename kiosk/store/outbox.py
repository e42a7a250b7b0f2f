"""The ``outbox`` table: one row per item waiting for, or done with, the trip to the platform.

Owner of ``outbox`` (migrations 0001, 0010). ``kind`` is ``application``, ``evaluation``,
``complaint``, ``help`` or ``print_request`` (``kiosk.store.print_jobs``);
``ref`` is the id of the item's row in its own table and the sync
idempotency key; ``UNIQUE(kind, ref)`` makes queueing twice harmless.

Lifecycle of an application's row (the engine in ``sync.engine`` moves it; see
``kiosk.store.applications`` for how it relates to the application's own ``state``)::

    queued ──► uploading ──► committing ──► acknowledged ──► status-synced
      ▲  │          │            │   │            (platform's case seen in the status feed)
      │  │          │            │   └─► sent-no-answer ──► (commit again, same key) ──► acknowledged
      │  │          │            └─► uploading (platform lacks an attachment: upload it again)
      │  └──────────┴────────────┴─► needs-attention (refused: reason in last_error; a person acts)
      └── queued or uploading, re-sealed to the platform key (sync.at_rest): back to queued,
          upload progress cleared

A failure that may pass (link down, 5xx, 429) keeps the state, counts ``attempts`` and sets
``next_attempt_at``. Evaluations, complaints, help and print requests go ``queued ──► sent`` (or
``needs-attention``). ``PENDING_STATES`` are the ones the engine still works on.

API::

    enqueue(db, kind, ref, bytes_total=0)          # INSERT OR IGNORE, state queued
    update(db, outbox_id, state=..., ...)          # named columns, updated_at set
    due(db, due_by, limit, kinds=KINDS)            # pending and past their backoff, oldest first
    next_attempt_at(db, kinds=KINDS) -> float | None  # when the next pending item is due
    items_in(db, states) -> list[OutboxItem]
    mark_application_status_synced(db, application_id)
    pending_summary(db, states=PENDING_STATES) -> (count, oldest created_at or None)
    state_counts(db) -> list[StateCount]           # per kind and state
    count_by_state(db) -> dict[str, int]           # every kind together
    needs_attention(db) -> list[OutboxItem]
    item_for(db, kind, ref) -> OutboxItem | None
    small_items(db) -> list[OutboxItem]            # evaluations, complaints, help requests
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.store.connection import Database, transaction

QUEUED = "queued"
UPLOADING = "uploading"
COMMITTING = "committing"
SENT_NO_ANSWER = "sent-no-answer"
ACKNOWLEDGED = "acknowledged"
STATUS_SYNCED = "status-synced"
NEEDS_ATTENTION = "needs-attention"
SENT = "sent"  # small posts: stored by the platform
PENDING_STATES = (QUEUED, UPLOADING, COMMITTING, SENT_NO_ANSWER)
DONE_APPLICATION_STATES = (ACKNOWLEDGED, STATUS_SYNCED)
ALL_STATES = (*PENDING_STATES, ACKNOWLEDGED, STATUS_SYNCED, NEEDS_ATTENTION, SENT)

KINDS = ("application", "evaluation", "complaint", "help", "print_request")
_UPDATABLE = frozenset(
    {"state", "attempts", "next_attempt_at", "last_error", "upload_urls", "bytes_sent", "bytes_total"}
)


@dataclass(frozen=True)
class OutboxItem:
    id: int
    kind: str
    ref: str
    state: str
    attempts: int
    upload_urls: str | None
    bytes_sent: int
    bytes_total: int
    last_error: str | None
    next_attempt_at: float | None
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class StateCount:
    kind: str
    state: str
    count: int
    oldest_created_at: float
    max_attempts: int


_COLUMNS = (
    "id, kind, ref, state, attempts, upload_urls, bytes_sent, bytes_total, last_error, "
    "next_attempt_at, created_at, updated_at"
)


def _item(r: Sequence[Any]) -> OutboxItem:
    return OutboxItem(
        int(r[0]),
        str(r[1]),
        str(r[2]),
        str(r[3]),
        int(r[4]),
        None if r[5] is None else str(r[5]),
        int(r[6]),
        int(r[7]),
        None if r[8] is None else str(r[8]),
        None if r[9] is None else float(r[9]),
        float(r[10]),
        float(r[11]),
    )


def _marks(n: int) -> str:
    return ",".join("?" * n)


def enqueue(db: Database, kind: str, ref: str, bytes_total: int = 0) -> None:
    """Queue an item whose row exists in its own table; queueing it again changes nothing."""
    if kind not in KINDS:
        raise ValueError(f"outbox kind must be one of {KINDS}")
    now = time.time()
    db.execute(
        "INSERT OR IGNORE INTO outbox (kind, ref, state, bytes_total, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [kind, ref, QUEUED, bytes_total, now, now],
    )


def update(db: Database, outbox_id: int, **values: object) -> None:
    """Set the named columns (and ``updated_at``) of one row, in its own or the caller's transaction."""
    unknown = set(values) - _UPDATABLE
    if unknown:
        raise ValueError(f"not an updatable outbox column: {sorted(unknown)}")
    values["updated_at"] = time.time()
    columns = ", ".join(f"{k} = ?" for k in values)
    with transaction(db):
        db.execute(f"UPDATE outbox SET {columns} WHERE id = ?", [*values.values(), outbox_id])  # noqa: S608


def due(db: Database, due_by: float, limit: int, kinds: Sequence[str] = KINDS) -> list[OutboxItem]:
    """Pending items of ``kinds`` whose backoff ran out by ``due_by`` (``inf``: all), oldest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE state IN ({_marks(len(PENDING_STATES))}) "  # noqa: S608
        f"AND kind IN ({_marks(len(kinds))}) "
        "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT ?",
        [*PENDING_STATES, *kinds, due_by, limit],
    ).fetchall()
    return [_item(r) for r in rows]


def next_attempt_at(db: Database, kinds: Sequence[str] = KINDS) -> float | None:
    """When the earliest pending item of ``kinds`` comes out of its backoff (None: nothing waits)."""
    where = f"state IN ({_marks(len(PENDING_STATES))}) AND kind IN ({_marks(len(kinds))})"
    (at,) = db.execute(
        f"SELECT min(coalesce(next_attempt_at, 0)) FROM outbox WHERE {where}",  # noqa: S608
        [*PENDING_STATES, *kinds],
    ).fetchone()
    return None if at is None else float(at)


def items_in(db: Database, states: Sequence[str]) -> list[OutboxItem]:
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE state IN ({_marks(len(states))}) ORDER BY id",  # noqa: S608
        list(states),
    ).fetchall()
    return [_item(r) for r in rows]


def item_for(db: Database, kind: str, ref: str) -> OutboxItem | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM outbox WHERE kind = ? AND ref = ?", [kind, ref]).fetchone()  # noqa: S608
    return None if row is None else _item(row)


def mark_application_status_synced(db: Database, application_id: str) -> None:
    """The status feed reported the case: an acknowledged row becomes status-synced.

    ``updated_at`` is left alone: retention counts its period from the acknowledgement.
    """
    db.execute(
        "UPDATE outbox SET state = ? WHERE kind = 'application' AND ref = ? AND state = ?",
        [STATUS_SYNCED, application_id, ACKNOWLEDGED],
    )


def pending_summary(db: Database, states: Sequence[str] = PENDING_STATES) -> tuple[int, float | None]:
    """How many rows are in ``states`` and the oldest one's ``created_at``."""
    count, oldest = db.execute(
        f"SELECT count(*), min(created_at) FROM outbox WHERE state IN ({_marks(len(states))})",  # noqa: S608
        list(states),
    ).fetchone()
    return int(count), None if oldest is None else float(oldest)


def state_counts(db: Database) -> list[StateCount]:
    rows = db.execute(
        "SELECT kind, state, count(*), min(created_at), max(attempts) FROM outbox "
        "GROUP BY kind, state ORDER BY kind, state"
    ).fetchall()
    return [StateCount(str(r[0]), str(r[1]), int(r[2]), float(r[3]), int(r[4])) for r in rows]


def count_by_state(db: Database) -> dict[str, int]:
    counts: dict[str, int] = {}
    for c in state_counts(db):
        counts[c.state] = counts.get(c.state, 0) + c.count
    return counts


def needs_attention(db: Database) -> list[OutboxItem]:
    return items_in(db, (NEEDS_ATTENTION,))


def small_items(db: Database) -> list[OutboxItem]:
    """Every evaluation, complaint and help row, oldest first."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE kind != 'application' ORDER BY created_at"  # noqa: S608
    ).fetchall()
    return [_item(r) for r in rows]
