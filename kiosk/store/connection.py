"""Open the kiosk's SQLite database with the settings durability needs, then migrate it.

API: ``connect(path) -> Database`` (no migration), ``open_store(path) -> Database`` (connect + migrate).
At start-up the app calls ``kiosk.store.integrity.open_store_checked`` instead, which checks the file
first and moves a damaged one aside.

The connection is in autocommit mode (``isolation_level=None``): callers that need several statements
to be atomic say ``BEGIN IMMEDIATE`` / ``COMMIT`` themselves (see ``transaction``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from kiosk.store.migrations import migrate

Database = sqlite_utils.Database


def connect(path: Path | str) -> Database:
    """A connection with WAL and synchronous=FULL: a queued application survives a power cut."""
    conn = sqlite3.connect(str(path), timeout=10, check_same_thread=False, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=10000")
    except BaseException:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def open_store(path: Path | str) -> Database:
    """Connect and bring the schema up to date."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    try:
        migrate(db)
    except BaseException:
        db.conn.close()
        raise
    return db


@contextmanager
def transaction(db: Database) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, or join the caller's transaction if one is already open."""
    conn = db.conn
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        # COMMIT inside the try: a COMMIT that fails (disk full) must roll back, or the connection
        # would stay in a transaction that every later ``transaction`` silently joins.
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
