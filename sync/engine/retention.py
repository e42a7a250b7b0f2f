"""Purge what the kiosk no longer needs once the platform has an application.

After acknowledgement plus the retention period, the sealed attachment files and the sealed
payload go; the rows that let a resident look up progress (acceptance number, masked name,
case number, platform state) stay. Every purge is written to the audit log.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import sqlite_utils

from kiosk.store import applications, audit
from kiosk.store.connection import transaction
from sync import sealed_files


@dataclass(frozen=True)
class PurgeReport:
    applications: int
    files: int
    bytes: int


def purge(db: sqlite_utils.Database, retention_s: float, now: float | None = None) -> PurgeReport:
    cutoff = (time.time() if now is None else now) - retention_s
    due = applications.purgeable(db, cutoff)
    files = size = 0
    for application_id in due:
        with transaction(db):
            paths = applications.stored_file_sizes(db, application_id)
            applications.forget_sealed_content(db, application_id, time.time())
            # in the transaction that stopped naming them (sync.sealed_files): should the commit fail,
            # the rows come back naming files that are gone, which the next purge simply forgets again
            sealed_files.delete_unreferenced(db, [path for path, _size in paths])
            files += len(paths)
            size += sum(int(file_size or 0) for _path, file_size in paths)
            audit.append(
                db,
                "sync",
                "sync.purge",
                {"application_id": application_id, "files": len(paths), "retention_s": retention_s},
            )
    return PurgeReport(len(due), files, size)
