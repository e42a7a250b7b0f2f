"""What a resident leaves besides applications: ratings, complaints, calls for staff.

Owner of ``evaluations``, ``complaints`` (migration 0001; the platform's reply: 0130) and
``help_requests``. Each row is queued in ``outbox`` (``kiosk.store.outbox``, kinds ``evaluation`` /
``complaint`` / ``help``) by the caller in the same transaction, and goes ``queued ──► sent`` when
the platform stored it; staff answers come back through the status feed. Sealed
columns (``sealed_contact``, ``sealed_body``) hold envelopes only; the rest is not personal data.

API::

    insert_evaluation(db, id, application_id, level, dimensions, reasons, sealed_contact, created_at)
    has_evaluation(db, application_id) / evaluation_level(db, application_id)
    insert_complaint(db, id, category, sealed_body, anonymous, created_at)
    insert_help(db, id, screen, created_at)
    exists(db, kind, ref)                         # kind: evaluation / complaint / help
    post_body(db, kind, ref) -> dict | None       # what the sync engine sends for the item
    sealed_envelope(db, kind, ref) / replace_sealed_envelope(db, kind, ref, envelope)
    apply_platform_reply(db, id, state, changed_at, note)  # status feed: help answered, complaint reply
    help_answered(db, help_id) / complaint_reply(db, complaint_id)
    complaint_by_acceptance_no(db, no) / complaint_acceptance_no(db, complaint_id)  # 查询进度
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.store.connection import Database

# kind -> (table, sealed column or None)
_TABLES: dict[str, tuple[str, str | None]] = {
    "evaluation": ("evaluations", "sealed_contact"),
    "complaint": ("complaints", "sealed_body"),
    "help": ("help_requests", None),
}
KINDS = tuple(_TABLES)
SEALED_KINDS = tuple(k for k, (_t, column) in _TABLES.items() if column is not None)


def insert_evaluation(
    db: Database,
    evaluation_id: str,
    application_id: str | None,
    level: int,
    dimensions: Mapping[str, Any],
    reasons: Sequence[str],
    sealed_contact: bytes | None,
    created_at: float,
) -> None:
    """Raises sqlite3.IntegrityError when the application was already rated."""
    db.execute(
        "INSERT INTO evaluations (id, application_id, level, dimensions, reasons, sealed_contact, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            evaluation_id,
            application_id,
            level,
            json.dumps(dimensions, sort_keys=True),
            json.dumps(reasons),
            sealed_contact,
            created_at,
        ],
    )


def has_evaluation(db: Database, application_id: str) -> bool:
    return (
        db.execute("SELECT 1 FROM evaluations WHERE application_id = ?", [application_id]).fetchone()
        is not None
    )


def evaluation_level(db: Database, application_id: str) -> int | None:
    row = db.execute("SELECT level FROM evaluations WHERE application_id = ?", [application_id]).fetchone()
    return None if row is None else int(row[0])


def insert_complaint(
    db: Database,
    complaint_id: str,
    category: str,
    sealed_body: bytes,
    anonymous: bool,
    created_at: float,
    acceptance_no: str | None = None,
) -> None:
    db.execute(
        "INSERT INTO complaints (id, category, sealed_body, anonymous, created_at, acceptance_no) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [complaint_id, category, sealed_body, int(anonymous), created_at, acceptance_no],
    )


def insert_help(db: Database, help_id: str, screen: str, created_at: float) -> None:
    db.execute(
        "INSERT INTO help_requests (id, screen, created_at) VALUES (?, ?, ?)", [help_id, screen, created_at]
    )


def _table(kind: str) -> tuple[str, str | None]:
    if kind not in _TABLES:
        raise ValueError(f"kind must be one of {KINDS}")
    return _TABLES[kind]


def exists(db: Database, kind: str, ref: str) -> bool:
    table, _column = _table(kind)
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [ref]).fetchone() is not None  # noqa: S608


def post_body(db: Database, kind: str, ref: str) -> dict[str, object] | None:
    """The item as the platform's small-post body (envelopes base64), or None if the row is gone."""
    if kind == "evaluation":
        r = db.execute(
            "SELECT application_id, level, dimensions, reasons, sealed_contact, created_at "
            "FROM evaluations WHERE id = ?",
            [ref],
        ).fetchone()
        if r is None:
            return None
        return {
            "application_id": r[0],
            "level": r[1],
            "dimensions": json.loads(r[2]) if r[2] else None,
            "reasons": json.loads(r[3]) if r[3] else None,
            "sealed_contact": base64.b64encode(r[4]).decode() if r[4] else None,
            "created_at": r[5],
        }
    if kind == "complaint":
        r = db.execute(
            "SELECT category, sealed_body, anonymous, created_at, acceptance_no FROM complaints WHERE id = ?",
            [ref],
        ).fetchone()
        if r is None:
            return None
        body = {
            "category": r[0],
            "sealed_body": base64.b64encode(r[1]).decode(),
            "anonymous": bool(r[2]),
            "created_at": r[3],
        }
        # the slip's number: another terminal that reads the slip's QR shows the complaint under it
        return body if r[4] is None else {**body, "acceptance_no": r[4]}
    if kind == "help":
        r = db.execute("SELECT screen, created_at FROM help_requests WHERE id = ?", [ref]).fetchone()
        return None if r is None else {"screen": r[0], "created_at": r[1]}
    raise ValueError(f"kind must be one of {KINDS}")


def sealed_envelope(db: Database, kind: str, ref: str) -> bytes | None:
    """The item's sealed column (None: no row, nothing sealed, or a kind that seals nothing)."""
    table, column = _table(kind)
    if column is None:
        return None
    row = db.execute(f"SELECT {column} FROM {table} WHERE id = ?", [ref]).fetchone()  # noqa: S608
    return None if row is None or row[0] is None else bytes(row[0])


def replace_sealed_envelope(db: Database, kind: str, ref: str, envelope: bytes) -> None:
    table, column = _table(kind)
    if column is None:
        raise ValueError(f"a {kind} item seals nothing")
    db.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", [envelope, ref])  # noqa: S608


def latest_complaint(db: Database) -> tuple[str, str, str] | None:
    """(id, category, outbox state) of the latest complaint."""
    row = db.execute(
        "SELECT c.id, c.category, o.state FROM complaints c JOIN outbox o ON o.kind = 'complaint' "
        "AND o.ref = c.id ORDER BY c.created_at DESC LIMIT 1"
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]), str(row[2]))


def apply_platform_reply(db: Database, item_id: str, state: str, changed_at: float, note: str) -> bool:
    """A status-feed item about a help request or a complaint, in the caller's transaction.

    Staff acknowledging a help call (``accepted``) or resolving it (``completed``) marks it answered;
    a complaint takes the platform's state, and its ``completed`` note is the staff's reply. False
    when this kiosk holds neither (the item is someone else's, or long purged)."""
    if db.execute("SELECT 1 FROM help_requests WHERE id = ?", [item_id]).fetchone() is not None:
        if state in ("accepted", "completed"):
            db.execute(
                "UPDATE help_requests SET answered_at = ? WHERE id = ? AND answered_at IS NULL",
                [changed_at, item_id],
            )
        return True
    if db.execute("SELECT 1 FROM complaints WHERE id = ?", [item_id]).fetchone() is None:
        return False
    db.execute("UPDATE complaints SET platform_state = ? WHERE id = ?", [state, item_id])
    if state == "completed" and note:
        db.execute(
            "UPDATE complaints SET reply = ?, replied_at = ? WHERE id = ?", [note, changed_at, item_id]
        )
    return True


def help_answered(db: Database, help_id: str) -> bool:
    row = db.execute("SELECT answered_at FROM help_requests WHERE id = ?", [help_id]).fetchone()
    return row is not None and row[0] is not None


@dataclass(frozen=True)
class ComplaintProgress:
    id: str
    acceptance_no: str
    category: str
    created_at: float
    outbox_state: str | None
    platform_state: str | None
    reply: str | None


def complaint_by_acceptance_no(db: Database, acceptance_no: str) -> ComplaintProgress | None:
    """A complaint as progress lookup shows it: found by the number on its slip."""
    row = db.execute(
        "SELECT c.id, c.acceptance_no, c.category, c.created_at, o.state, c.platform_state, c.reply "
        "FROM complaints c LEFT JOIN outbox o ON o.kind = 'complaint' AND o.ref = c.id "
        "WHERE c.acceptance_no = ?",
        [acceptance_no],
    ).fetchone()
    return None if row is None else ComplaintProgress(*row)


def complaint_acceptance_no(db: Database, complaint_id: str) -> str | None:
    row = db.execute("SELECT acceptance_no FROM complaints WHERE id = ?", [complaint_id]).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def complaint_reply(db: Database, complaint_id: str) -> tuple[str | None, str | None, float | None] | None:
    """(platform state, staff reply, replied at) of a complaint, or None when there is no such row."""
    row = db.execute(
        "SELECT platform_state, reply, replied_at FROM complaints WHERE id = ?", [complaint_id]
    ).fetchone()
    return None if row is None else (row[0], row[1], row[2])
