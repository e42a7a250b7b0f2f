"""Device events (reader attached, paper low, camera lost, ...) for the technician screen, capped.

API::

    record(db, device, kind, detail: dict | None = None, at=None, cap=DEFAULT_CAP) -> int   # row id
    recent(db, limit=50, device=None) -> list[DeviceEvent]                                  # newest first

The table keeps at most ``cap`` rows: the oldest are pruned as new ones arrive, so a flapping device
cannot fill the disk. ``detail`` follows the audit rule: no personal data (a card read is recorded as
"read ok", never with what was read).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

from kiosk.store.audit import check_no_personal_data
from kiosk.store.connection import Database, transaction

DEFAULT_CAP = 10_000


@dataclass(frozen=True)
class DeviceEvent:
    id: int
    at: float
    device: str
    kind: str
    detail: dict[str, Any]


def record(
    db: Database,
    device: str,
    kind: str,
    detail: dict[str, Any] | None = None,
    at: float | None = None,
    cap: int = DEFAULT_CAP,
) -> int:
    if cap < 1:
        raise ValueError("cap must be at least 1")
    detail = detail or {}
    check_no_personal_data(detail)
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    with transaction(db):
        cursor = db.execute(
            "INSERT INTO device_events (at, device, kind, detail) VALUES (?, ?, ?, ?)",
            (time.time() if at is None else at, device, kind, text),
        )
        row_id = cursor.lastrowid
        assert row_id is not None
        db.execute("DELETE FROM device_events WHERE id <= ?", (row_id - cap,))
    return row_id


def recent(db: Database, limit: int = 50, device: str | None = None) -> list[DeviceEvent]:
    if device is None:
        rows = db.execute(
            "SELECT id, at, device, kind, detail FROM device_events ORDER BY id DESC LIMIT ?", (limit,)
        )
    else:
        rows = db.execute(
            "SELECT id, at, device, kind, detail FROM device_events WHERE device = ? "
            "ORDER BY id DESC LIMIT ?",
            (device, limit),
        )
    return [DeviceEvent(r[0], r[1], r[2], r[3], json.loads(r[4])) for r in rows]
