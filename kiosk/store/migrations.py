"""Versioned schema migrations, applied in order at start-up.

Each migration is a function taking the database; the applied ones are recorded in
``_migrations`` so a database from any older release is brought forward step by step.
A migration never drops residents' data: queued applications are their property.

Every migration runs inside one ``BEGIN IMMEDIATE`` transaction and is rolled back whole if it
raises, leaving the database at the previous version. So a migration must use plain SQL
(``run_script`` / ``db.conn.execute``): sqlite-utils helpers such as ``Table.transform`` open
``with db.conn:`` blocks that COMMIT the migration half-way; ``migrate`` refuses a migration that
ended the transaction itself.

Names are ``NNNN_description`` and are appended at the end of this file, in order.

API: ``migrate(db) -> list[str]`` (names newly applied), ``applied(db) -> list[str]``,
``MigrationError`` / ``SchemaTooNewError`` (a database written by a newer release).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]


class MigrationError(RuntimeError):
    """A migration failed; the database was left at the version before it."""

    def __init__(self, name: str, cause: BaseException | None = None, message: str | None = None) -> None:
        self.name = name
        detail = message or f"{type(cause).__name__}: {cause}"
        super().__init__(f"migration {name} failed and was rolled back: {detail}")


class SchemaTooNewError(RuntimeError):
    """The database carries migrations this release does not know: it was written by a newer one."""

    def __init__(self, unknown: list[str]) -> None:
        self.unknown = unknown
        super().__init__(
            "database was written by a newer kiosk release (unknown migrations: "
            + ", ".join(unknown)
            + "); refusing to run an older release against it"
        )

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
    # Split at every ';' and let SQLite say when a statement is complete (a ';' may sit in a string
    # or a trigger body).
    pieces = sql.split(";")
    for i, piece in enumerate(pieces):
        statement += piece + (";" if i < len(pieces) - 1 else "")
        if sqlite3.complete_statement(statement):
            db.conn.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in migration: {statement.strip()[:60]}")


def applied(db: sqlite_utils.Database) -> list[str]:
    if "_migrations" not in db.table_names():
        return []
    return [row["name"] for row in db.query("SELECT name FROM _migrations ORDER BY id")]


def migrate(
    db: sqlite_utils.Database, migrations: list[tuple[str, Migration]] | None = None
) -> list[str]:
    """Apply every migration not yet applied, each in its own transaction. Returns their names.

    ``migrations`` defaults to the registered list; tests pass a prefix of it to build an old database.
    """
    steps = MIGRATIONS if migrations is None else migrations
    db.execute(
        "CREATE TABLE IF NOT EXISTS _migrations "
        "(id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, applied_at REAL NOT NULL)"
    )
    done = applied(db)
    known = {name for name, _ in MIGRATIONS} | {name for name, _ in steps}
    unknown = [name for name in done if name not in known]
    if unknown:
        raise SchemaTooNewError(unknown)
    newly: list[str] = []
    for name, fn in steps:
        if name in done:
            continue
        conn = db.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            fn(db)
            if not conn.in_transaction:
                raise MigrationError(name, message="it committed the transaction itself (use plain SQL)")
            conn.execute("INSERT INTO _migrations (name, applied_at) VALUES (?, ?)", (name, time.time()))
            conn.execute("COMMIT")
        except MigrationError:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise MigrationError(name, exc) from exc
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        newly.append(name)
    return newly


@migration("0002_settings_updated_at_device_events_index")
def _settings_updated_at(db: sqlite_utils.Database) -> None:
    # The technician screen shows when a setting last changed; device_events is read newest-first
    # per device and pruned by id, so index that path.
    run_script(
        db,
        """
        ALTER TABLE settings ADD COLUMN updated_at REAL;
        CREATE INDEX device_events_device ON device_events(device, id);
        """,
    )


@migration("0010_sync_case_status")
def _sync_case_status(db: sqlite_utils.Database) -> None:
    # The platform's view of each case, as last read from the status feed; kept apart from
    # applications.state, which belongs to the resident's journey on this kiosk.
    run_script(
        db,
        """
        CREATE TABLE sync_case_status (
            application_id TEXT PRIMARY KEY REFERENCES applications(id),
            case_no TEXT NOT NULL,
            state TEXT NOT NULL,
            changed_at REAL NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX outbox_due ON outbox(state, next_attempt_at);
        """,
    )


@migration("0020_journey_application_details")
def _journey_application_details(db: sqlite_utils.Database) -> None:
    # What the resident journey records in clear beside the sealed payload (no personal data):
    # who applied (self / proxy), whether staff must verify identity and why (a message code), the
    # face step's status and why no receipt was printed; materials are looked up by code for reuse.
    run_script(
        db,
        """
        ALTER TABLE applications ADD COLUMN applicant_role TEXT NOT NULL DEFAULT 'self';
        ALTER TABLE applications ADD COLUMN staff_verification INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE applications ADD COLUMN staff_verification_reason TEXT;
        ALTER TABLE applications ADD COLUMN face_status TEXT;
        ALTER TABLE applications ADD COLUMN receipt_problem TEXT;
        CREATE INDEX materials_code ON materials(material_code, application_id);
        """,
    )


@migration("0120_applications_kind_title")
def _applications_kind_title(db: sqlite_utils.Database) -> None:
    # Progress lookup lists every record a resident has in applications, not only the journey's:
    # pension certification, home-visit requests and later kinds say what they are (kind) and may
    # name their matter in words (title, Chinese) when the catalog does not know its code.
    run_script(
        db,
        """
        ALTER TABLE applications ADD COLUMN kind TEXT NOT NULL DEFAULT 'application';
        ALTER TABLE applications ADD COLUMN title TEXT;
        """,
    )


@migration("0130_complaint_platform_reply")
def _complaint_platform_reply(db: sqlite_utils.Database) -> None:
    # 有诉即办: staff answer a complaint on the platform; the answer comes back through the status
    # feed and waits here for the resident (platform_state: processing / completed), who finds it
    # under 查询进度 with the complaint's slip: its number comes from the acceptance numbering.
    run_script(
        db,
        """
        ALTER TABLE complaints ADD COLUMN acceptance_no TEXT;
        CREATE UNIQUE INDEX complaints_acceptance_no ON complaints(acceptance_no);
        ALTER TABLE complaints ADD COLUMN platform_state TEXT;
        ALTER TABLE complaints ADD COLUMN reply TEXT;
        ALTER TABLE complaints ADD COLUMN replied_at REAL;
        """,
    )


@migration("0140_print_jobs")
def _print_jobs(db: sqlite_utils.Database) -> None:
    # 查询打印: every document waiting to come out of this terminal's A4 printer, and every request a
    # resident left while the platform could not be reached (answered later: printed here or mailed).
    # The document (the platform's signed answer) is sealed with the terminal's spool key before it is
    # written; the ID number of a left request is sealed to the platform's key. In clear: codes only.
    run_script(
        db,
        """
        CREATE TABLE print_jobs (
            id TEXT PRIMARY KEY,
            matter_code TEXT NOT NULL,
            document_kind TEXT NOT NULL,
            origin TEXT NOT NULL,
            delivery TEXT NOT NULL,
            state TEXT NOT NULL,
            id_sealed TEXT,
            answer_sealed BLOB,
            document_no TEXT,
            last_code TEXT,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        );
        CREATE INDEX print_jobs_state ON print_jobs(state, created_at);
        """,
    )
