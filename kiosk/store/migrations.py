"""Versioned schema migrations, applied in order at start-up.

Each migration is a function taking the database; the applied ones are recorded in
``_migrations`` so a database from any older release is brought forward step by step.
A migration never drops residents' data: queued applications are their property.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(name: str) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        MIGRATIONS.append((name, fn))
        return fn

    return register


@migration("0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    run_script(
        db,
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        -- Each imported catalog version, whole; exactly one row is active.
        CREATE TABLE catalog_versions (
            version TEXT PRIMARY KEY,
            imported_at REAL NOT NULL,
            sha256 TEXT NOT NULL,
            document TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE applications (
            id TEXT PRIMARY KEY,               -- UUID, also the sync idempotency key
            acceptance_no TEXT UNIQUE NOT NULL,
            matter_codes TEXT NOT NULL,        -- JSON list (one, or several for a bundle)
            bundle_code TEXT,
            catalog_version TEXT NOT NULL,
            state TEXT NOT NULL,
            applicant_masked TEXT NOT NULL,    -- what the kiosk may show or print, masked
            applicant_token TEXT NOT NULL,     -- keyed hash for progress lookup, never the ID number
            sealed_payload BLOB,               -- personal data sealed for the platform
            receipt_printed INTEGER NOT NULL DEFAULT 0,
            promised_date TEXT,
            platform_case_no TEXT,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE INDEX applications_applicant ON applications(applicant_token);

        CREATE TABLE materials (
            id INTEGER PRIMARY KEY,
            application_id TEXT NOT NULL REFERENCES applications(id),
            material_code TEXT NOT NULL,
            disposition TEXT NOT NULL,         -- scanned / elicense / reused / deferred / promised
            path TEXT,                         -- sealed file on disk
            sha256 TEXT,
            size INTEGER,
            due_date TEXT,
            detail TEXT                        -- JSON, no personal data in clear
        );
        CREATE INDEX materials_application ON materials(application_id);

        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,                -- application / evaluation / complaint / help / heartbeat
            ref TEXT NOT NULL,                 -- idempotency key
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL,
            last_error TEXT,
            upload_urls TEXT,                  -- JSON: tus URLs per attachment, for resume
            bytes_sent INTEGER NOT NULL DEFAULT 0,
            bytes_total INTEGER NOT NULL DEFAULT 0,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            UNIQUE(kind, ref)
        );

        CREATE TABLE evaluations (
            id TEXT PRIMARY KEY,
            application_id TEXT UNIQUE REFERENCES applications(id),
            level INTEGER NOT NULL,
            dimensions TEXT,
            reasons TEXT,
            sealed_contact BLOB,
            created_at REAL NOT NULL
        );

        CREATE TABLE complaints (
            id TEXT PRIMARY KEY,
            category TEXT NOT NULL,
            sealed_body BLOB NOT NULL,
            anonymous INTEGER NOT NULL,
            created_at REAL NOT NULL
        );

        CREATE TABLE help_requests (
            id TEXT PRIMARY KEY,
            screen TEXT NOT NULL,
            created_at REAL NOT NULL,
            answered_at REAL
        );

        -- Hash-chained: each row's hash covers the previous row's hash, so an edit shows.
        CREATE TABLE audit_log (
            seq INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );

        CREATE TABLE device_events (
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            device TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        """
    )


def run_script(db: sqlite_utils.Database, sql: str) -> None:
    """Run several statements inside the caller's transaction (executescript would COMMIT it)."""
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement.strip()[:60]}")


def applied(db: sqlite_utils.Database) -> list[str]:
    if "_migrations" not in db.table_names():
        return []
    return [row["name"] for row in db.query("SELECT name FROM _migrations ORDER BY id")]


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply every migration not yet applied, each in its own transaction. Returns their names."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations "
        "(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, applied_at REAL NOT NULL)"
    )
    done = set(applied(db))
    newly: list[str] = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        conn = db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            fn(db)
            conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, time.time()))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        newly.append(name)
    return newly
