"""Open the kiosk's SQLite database with the settings durability needs, then migrate it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from kiosk.store.migrations import migrate


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection with WAL and synchronous=FULL: a queued application survives a power cut."""
    conn = sqlite3.connect(str(path), timeout=10, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    return sqlite_utils.Database(conn)


def open_store(path: Path | str) -> sqlite_utils.Database:
    """Connect and bring the schema up to date."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    migrate(db)
    return db
