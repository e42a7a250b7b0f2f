"""The platform's tables (SQLAlchemy Core, one definition for SQLite and PostgreSQL) and their migrations.

Why our own migrations rather than Alembic: the schema is a dozen tables with a handful of additive
steps, the same Python runs them on both databases, and Alembic (not in the platform's pinned set)
would add a tool, an env.py and a version folder for what is a list of functions here. A fresh
database gets the current tables at once and is stamped with the newest version; an existing one runs
each step after its stamped version. Workers starting together take a lock first (an advisory lock on
PostgreSQL, the write lock on SQLite), so a step runs once.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import (
    Column,
    Double,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    inspect,
    text,
)
from sqlalchemy.engine import Connection

metadata = MetaData()

settings = Table(
    "settings", metadata, Column("key", Text, primary_key=True), Column("value", Text, nullable=False)
)
enrol_tokens = Table(
    "enrol_tokens",
    metadata,
    Column("token_hash", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("created_at", Double, nullable=False),
    Column("used_by", Text),
)
terminals = Table(
    "terminals",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("public_key", LargeBinary, nullable=False),
    Column("enrolled_at", Double, nullable=False),
    Column("revoked_at", Double),
    Column("last_seen", Double),
    Column("last_heartbeat", Text),  # the latest heartbeat body: the fleet page's "now"
    # the audit chain's verdict as of the latest heartbeat (sync/platform/audit_chain.py): NULL = "ok"
    Column("audit_chain", Text),
    Column("audit_highest", Integer),  # the largest chain length a heartbeat reported
    # from the latest heartbeat, so the fleet page finds the terminals with alerts in SQL
    Column("device_faults", Text),  # JSON [[device, state], ...] of devices not "ok"; NULL: none
    Column("disk_free_bytes", Double),
)
uploads = Table(
    "uploads",
    metadata,
    Column("id", Text, primary_key=True),
    Column("terminal_id", Text, nullable=False),
    Column("length", Integer, nullable=False),
    Column("offset", Integer, nullable=False),
    Column("metadata", Text, nullable=False),
    Column("expires_at", Double, nullable=False),
    Column("sha256", Text),
    Column("bytes_received", Integer, nullable=False, server_default="0"),
    Column("committed_to", Text),
)
idempotency = Table(
    "idempotency",
    metadata,
    Column("key", Text, primary_key=True),
    Column("terminal_id", Text, nullable=False),
    Column("request_hash", Text, nullable=False),
    Column("state", Text, nullable=False),
    Column("response", Text),
    Column("started_at", Double, nullable=False),
)
applications = Table(
    "applications",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", Text, unique=True, nullable=False),
    Column("terminal_id", Text, nullable=False),
    Column("case_no", Text, unique=True),
    Column("state", Text, nullable=False),
    Column("manifest", Text, nullable=False),
    Column("received_at", Double, nullable=False),
    # read when the payload is opened at commit, so list pages and staff tools never decrypt
    Column("kind", Text, nullable=False, server_default="application"),
    Column("summary", Text, nullable=False, server_default="{}"),  # masked, no personal data
    Column("acceptance_no", Text),
    Column("person_key", Text),  # keyed hash of the ID number: finds a resident's cases
    Column("phone_key", Text),  # keyed hash of acceptance number + last 4 phone digits
    sqlite_autoincrement=True,
)
Index("applications_kind_state", applications.c.kind, applications.c.state, applications.c.seq)
Index("applications_kind_seq", applications.c.kind, applications.c.seq)
Index("terminals_name", terminals.c.name, terminals.c.id)
Index("applications_person", applications.c.person_key)
Index("applications_phone", applications.c.phone_key)
attachments = Table(
    "attachments",
    metadata,
    Column("application_id", Text, primary_key=True),
    Column("name", Text, primary_key=True),
    Column("upload_id", Text, nullable=False),
)
case_events = Table(
    "case_events",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("application_id", Text, nullable=False),
    Column("terminal_id", Text, nullable=False),
    Column("case_no", Text, nullable=False),
    Column("state", Text, nullable=False),
    Column("changed_at", Double, nullable=False),
    Column("note", Text, nullable=False, server_default=""),
    sqlite_autoincrement=True,
)
Index("case_events_terminal", case_events.c.terminal_id, case_events.c.seq)
Index("case_events_case", case_events.c.case_no, case_events.c.seq)
small_posts = Table(
    "small_posts",
    metadata,
    Column("kind", Text, primary_key=True),
    Column("terminal_id", Text, primary_key=True),
    Column("item_id", Text, primary_key=True),
    Column("body", Text, nullable=False),
    Column("received_at", Double, nullable=False),
)
Index("small_posts_received", small_posts.c.kind, small_posts.c.received_at)
heartbeat_daily = Table(
    "heartbeat_daily",
    metadata,
    Column("terminal_id", Text, primary_key=True),
    Column("day", Text, primary_key=True),  # YYYY-MM-DD, UTC
    Column("beats", Integer, nullable=False),
    Column("max_queue_depth", Integer, nullable=False),
    Column("faults", Integer, nullable=False),  # beats with any device not "ok"
)
lookup_misses = Table(  # typed lookups that matched nothing, to stop guessing the last 4 digits
    "lookup_misses",
    metadata,
    Column("guess_key", Text, nullable=False),
    Column("at", Double, nullable=False),
)
Index("lookup_misses_key", lookup_misses.c.guess_key, lookup_misses.c.at)
request_nonces = Table(  # signed requests' nonces, kept while their signature could still be accepted
    "request_nonces",
    metadata,
    Column("terminal_id", Text, primary_key=True),
    Column("nonce", Text, primary_key=True),
    Column("expires_at", Double, nullable=False),
)
Index("request_nonces_expiry", request_nonces.c.expires_at)
# 查询打印: every document the platform issued (its public /verify answers from here, after a restart
# too) and every request a terminal left while it had no link, with the answer it was given.
issued_documents = Table(
    "issued_documents",
    metadata,
    Column("number", Text, primary_key=True),
    Column("sha256", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("issuer", Text, nullable=False),
    Column("issued_on", Text, nullable=False),
    Column("issued_at", Double, nullable=False),
)
record_requests = Table(
    "record_requests",
    metadata,
    Column("terminal_id", Text, primary_key=True),
    Column("request_id", Text, primary_key=True),
    Column("kind", Text, nullable=False),
    Column("delivery", Text, nullable=False),
    Column("outcome", Text, nullable=False),  # print / mail / no_record
    Column("answer", Text, nullable=False),  # the answer's JSON as first given: a replay gets the same
    Column("received_at", Double, nullable=False),
    # a document to mail: what it is, whose (a keyed hash, for the resident's progress lookup), where to
    # (masked for the staff's list; the full address sealed to the platform's key), and when it was posted
    Column("person_key", Text),
    Column("document_no", Text),
    Column("title", Text),
    Column("address_masked", Text),
    Column("address_sealed", Text),
    Column("posted_on", Text),  # YYYY-MM-DD, as staff entered it
    Column("posted_by", Text),
    Column("posted_at", Double),
)
Index("record_requests_person", record_requests.c.person_key)
Index("record_requests_outcome", record_requests.c.outcome, record_requests.c.received_at)
audit_heads = Table(  # each chain length a terminal reported and its head: a rewrite behind it shows
    "audit_heads",
    metadata,
    Column("terminal_id", Text, primary_key=True),
    Column("count", Integer, primary_key=True),
    Column("head", Text, nullable=False),
    Column("received_at", Double, nullable=False),  # purged with the raw heartbeats
)
Index("audit_heads_received", audit_heads.c.received_at)
schema_version = Table("schema_version", metadata, Column("version", Integer, nullable=False))


def _v2_metadata_columns(c: Connection) -> None:
    for column in ("kind TEXT NOT NULL DEFAULT 'application'", "summary TEXT NOT NULL DEFAULT '{}'"):
        c.execute(text(f"ALTER TABLE applications ADD COLUMN {column}"))
    for column in ("acceptance_no", "person_key", "phone_key"):
        c.execute(text(f"ALTER TABLE applications ADD COLUMN {column} TEXT"))
    for index in applications.indexes | case_events.indexes | small_posts.indexes | terminals.indexes:
        index.create(c, checkfirst=True)
    heartbeat_daily.create(c, checkfirst=True)
    lookup_misses.create(c, checkfirst=True)


def _v3_request_nonces(c: Connection) -> None:
    request_nonces.create(c, checkfirst=True)
    for index in request_nonces.indexes:
        index.create(c, checkfirst=True)


def _v4_documents(c: Connection) -> None:
    issued_documents.create(c, checkfirst=True)
    record_requests.create(c, checkfirst=True)


def device_faults(beat: dict[str, object]) -> str | None:
    """A heartbeat's devices that are not "ok", as the terminals.device_faults column holds them."""
    health = beat.get("device_health")
    faults = sorted(
        [str(k), str(v)] for k, v in (health.items() if isinstance(health, dict) else ()) if v != "ok"
    )
    return json.dumps(faults) if faults else None


def disk_free(beat: dict[str, object]) -> float | None:
    free = beat.get("disk_free_bytes")
    return float(free) if isinstance(free, int | float) else None


def _v5_fleet_columns(c: Connection) -> None:
    """The audit chain's verdict (judged again from the heartbeats kept so far), the devices at fault and
    the free disk on the terminal's row, from its latest heartbeat."""
    from sync.platform.audit_chain import OK, judge

    for column in ("audit_chain TEXT", "audit_highest INTEGER", "device_faults TEXT"):
        c.execute(text(f"ALTER TABLE terminals ADD COLUMN {column}"))
    c.execute(
        text(
            "ALTER TABLE terminals ADD COLUMN disk_free_bytes "
            + ("REAL" if c.dialect.name == "sqlite" else "DOUBLE PRECISION")
        )
    )
    for terminal_id, body in c.execute(text("SELECT id, last_heartbeat FROM terminals")).all():
        try:
            latest = json.loads(body) if body else {}
        except ValueError:
            continue
        c.execute(
            terminals.update()
            .where(terminals.c.id == terminal_id)
            .values(device_faults=device_faults(latest), disk_free_bytes=disk_free(latest))
        )
    audit_heads.create(c, checkfirst=True)
    for index in audit_heads.indexes:
        index.create(c, checkfirst=True)
    beats = c.execute(
        text(
            "SELECT terminal_id, body, received_at FROM small_posts WHERE kind = 'heartbeats' "
            "ORDER BY terminal_id, received_at, item_id"
        )
    ).all()
    verdicts: dict[str, tuple[str, int]] = {}
    heads: dict[str, dict[int, str]] = {}
    first_seen: dict[tuple[str, int], float] = {}
    for terminal_id, body, received_at in beats:
        tid = str(terminal_id)
        verdict, highest = verdicts.get(tid, (OK, -1))
        seen = heads.setdefault(tid, {})
        step = judge(verdict, highest, json.loads(body), seen.get)
        if step.head is not None and step.head[0] not in seen:
            seen[step.head[0]] = step.head[1]
            first_seen[(tid, step.head[0])] = float(received_at)
        verdicts[tid] = (step.verdict, step.highest)
    for tid, (verdict, highest) in verdicts.items():
        c.execute(
            terminals.update()
            .where(terminals.c.id == tid)
            .values(audit_chain=None if verdict == OK else verdict, audit_highest=highest)
        )
    rows = [
        {"terminal_id": tid, "count": count, "head": head, "received_at": first_seen[(tid, count)]}
        for tid, seen in heads.items()
        for count, head in seen.items()
    ]
    if rows:
        c.execute(audit_heads.insert(), rows)


def _v6_mail_columns(c: Connection) -> None:
    """Mailed documents: the columns of :data:`record_requests` after ``answer`` (a database that made
    the table at version 4 from these definitions has them already)."""
    have = {col["name"] for col in inspect(c).get_columns("record_requests")}
    double = "REAL" if c.dialect.name == "sqlite" else "DOUBLE PRECISION"
    for name, kind in (("person_key", "TEXT"), ("document_no", "TEXT"), ("title", "TEXT"),
                       ("address_masked", "TEXT"), ("address_sealed", "TEXT"), ("posted_on", "TEXT"),
                       ("posted_by", "TEXT"), ("posted_at", double)):  # fmt: skip
        if name not in have:
            c.execute(text(f"ALTER TABLE record_requests ADD COLUMN {name} {kind}"))
    for index in record_requests.indexes:
        index.create(c, checkfirst=True)


# (version, step): a database stamped N runs every step above N, in order.
#: PostgreSQL's advisory lock ("kiosk") every migrator takes: the platform's tables and the console's
MIGRATION_LOCK = 0x6B696F736B

MIGRATIONS: list[tuple[int, Callable[[Connection], None]]] = [
    (2, _v2_metadata_columns),
    (3, _v3_request_nonces),
    (4, _v4_documents),
    (5, _v5_fleet_columns),
    (6, _v6_mail_columns),
]
LATEST = 6
# The tables of a database made before versions were stamped (version 1).
_V1_MARKER = "applications"


def migrate(c: Connection) -> int:
    """Bring the schema to LATEST inside the caller's (locked) transaction; returns the old version."""
    inspector = inspect(c)
    if not inspector.has_table("schema_version"):
        fresh = not inspector.has_table(_V1_MARKER)
        schema_version.create(c)
        if fresh:
            metadata.create_all(c)
            c.execute(schema_version.insert().values(version=LATEST))
            return 0
        c.execute(schema_version.insert().values(version=1))
    current = int(c.execute(schema_version.select()).scalar_one())
    for version, step in MIGRATIONS:
        if version > current:
            step(c)
            c.execute(schema_version.update().values(version=version))
    return current
