"""The store's file system, for the heartbeat: a kiosk that runs out of disk refuses applications, so the
platform flags one running low before residents meet it."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlite_utils


def store_disk(db: sqlite_utils.Database) -> tuple[int | None, int | None]:
    """(free, total) bytes where the store file lives; (None, None) for an in-memory store."""
    row = db.execute("PRAGMA database_list").fetchone()
    if row is None or not row[2]:
        return None, None
    try:
        usage = shutil.disk_usage(Path(str(row[2])).parent)
    except OSError:
        return None, None
    return usage.free, usage.total
