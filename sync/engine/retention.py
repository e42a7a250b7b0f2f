"""Purge what the kiosk no longer needs once the platform has an application.

After acknowledgement plus the retention period, the sealed attachment files and the sealed
payload go; the rows that let a resident look up progress (acceptance number, masked name,
case number, platform state) stay. Every purge is written to the audit log.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from kiosk.store import audit
from sync.engine.state import ACKNOWLEDGED, STATUS_SYNCED, transaction


@dataclass(frozen=True)
class PurgeReport:
    applications: int
    files: int
    bytes: int


def purge(db: sqlite_utils.Database, retention_s: float, now: float | None = None) -> PurgeReport:
    cutoff = (time.time() if now is None else now) - retention_s
    due = [
        str(ref)
        for (ref,) in db.execute(
            "SELECT o.ref FROM outbox o JOIN applications a ON a.id = o.ref "
            "WHERE o.kind = 'application' AND o.state IN (?, ?) AND o.updated_at <= ? "
            "AND (a.sealed_payload IS NOT NULL OR EXISTS "
            "(SELECT 1 FROM materials m WHERE m.application_id = a.id AND m.path IS NOT NULL))",
            [ACKNOWLEDGED, STATUS_SYNCED, cutoff],
        ).fetchall()
    ]
    files = size = 0
    for application_id in due:
        with transaction(db):
            paths = db.execute(
                "SELECT path, size FROM materials WHERE application_id = ? AND path IS NOT NULL",
                [application_id],
            ).fetchall()
            # files first: if the commit below fails, the rows still point at them and the next purge
            # finishes the job; the other order could leave sealed files nobody knows about
            for path, file_size in paths:
                Path(path).unlink(missing_ok=True)
                files += 1
                size += int(file_size or 0)
            db.execute("UPDATE materials SET path = NULL WHERE application_id = ?", [application_id])
            db.execute(
                "UPDATE applications SET sealed_payload = NULL, updated_at = ? WHERE id = ?",
                [time.time(), application_id],
            )
            audit.append(
                db,
                "sync",
                "sync.purge",
                {"application_id": application_id, "files": len(paths), "retention_s": retention_s},
            )
    return PurgeReport(len(due), files, size)
