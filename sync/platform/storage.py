"""Everything the platform keeps, behind one interface.

`Storage` is the interface the web app, the admin CLI and the staff tools use; `SqlStorage` is its one
implementation: records in SQLite (the embedded default, one file beside the data) or PostgreSQL (a
county fleet, several worker processes) through SQLAlchemy Core, so both run the same statements; the
bytes of uploads are files in a blob directory every worker shares. Nothing another worker needs lives
in one process's memory: upload offsets, idempotency keys and case numbers are rows, and a chunk's
write happens under that upload's row lock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from sqlalchemy import (
    Engine,
    and_,
    case,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from sync.platform import schema
from sync.platform.audit_chain import OK, judge
from sync.platform.schema import (
    applications,
    attachments,
    audit_heads,
    case_events,
    enrol_tokens,
    heartbeat_daily,
    idempotency,
    issued_documents,
    lookup_misses,
    record_requests,
    request_nonces,
    settings,
    small_posts,
    terminals,
    uploads,
)


@dataclass(frozen=True)
class IssuedRecord:
    """What the public check of an issued document needs: no one's name, no ID number."""

    number: str
    sha256: str
    kind: str
    title: str
    issuer: str
    issued_on: str


CommitStart = Literal["new", "replay", "mismatch", "in_flight"]
PutResult = Literal["created", "same", "mismatch"]


@dataclass(frozen=True)
class Terminal:
    id: str
    name: str
    public_key: bytes
    enrolled_at: float
    revoked: bool
    last_seen: float | None
    last_heartbeat: str | None
    audit_chain: str = OK  # the verdict on its audit chain (sync/platform/audit_chain.py)


@dataclass(frozen=True)
class FleetPage:
    terminals: list[Terminal]
    total: int  # terminals on every page
    alerting: int  # of those, with an alert


@dataclass(frozen=True)
class Upload:
    id: str
    terminal_id: str
    length: int
    offset: int
    metadata: str
    expires_at: float
    sha256: str | None  # of the whole upload, set when the last byte arrives


@dataclass(frozen=True)
class CaseEvent:
    seq: int
    application_id: str
    case_no: str
    state: str
    changed_at: float
    note: str


@dataclass(frozen=True)
class StoredApplication:
    id: str
    terminal_id: str
    case_no: str
    state: str
    manifest: str
    received_at: float
    kind: str = "application"
    summary: str = "{}"  # JSON, masked: what list pages show without opening the payload
    acceptance_no: str = ""  # the kiosk's 受理号, as the manifest gave it
    seq: int = 0  # the order of arrival


@dataclass(frozen=True)
class CaseMeta:
    """What the platform learns by opening a payload at commit, kept in clear columns: the kind, a
    masked summary, and keyed hashes a lookup can match (never the ID or phone number themselves)."""

    kind: str = "application"
    summary: str = "{}"
    acceptance_no: str | None = None
    person_key: str | None = None
    phone_key: str | None = None


@dataclass(frozen=True)
class SmallItem:
    kind: str
    terminal_id: str
    item_id: str
    body: str
    received_at: float


@dataclass(frozen=True)
class PostProgress:
    """A small post (a complaint) as its public status page tells it: when it arrived, and the states
    staff gave it on the status feed, oldest first, as (state, changed_at), and the number printed on
    its slip ("" from a kiosk that sends none). Nothing the resident wrote."""

    received_at: float
    events: tuple[tuple[str, float], ...]
    number: str = ""


@dataclass(frozen=True)
class MailDetails:
    """What the platform keeps of a document it promised to mail, beside the left request's answer."""

    person_key: str  # keyed hash of the ID number: the resident's progress lookup finds it
    document_no: str
    title: str
    address_masked: str  # for the staff's list
    address_sealed: str  # base64 envelope to the platform's seal key: opened only on a staff member's request


@dataclass(frozen=True)
class Mailing:
    """A document to post (or posted): a left request the platform answered with ``mail``."""

    terminal_id: str
    request_id: str
    kind: str
    document_no: str
    title: str
    address_masked: str
    address_sealed: str = field(repr=False)
    received_at: float
    posted_on: str | None
    posted_by: str | None
    posted_at: float | None


@dataclass(frozen=True)
class HeartbeatDay:
    terminal_id: str
    day: str
    beats: int
    max_queue_depth: int
    faults: int


class UploadTooLong(ValueError):
    pass


class Storage(Protocol):
    def add_enrol_token(self, token_hash: str, name: str) -> None: ...
    def use_enrol_token(self, token_hash: str, terminal_id: str, public_key: bytes, name: str) -> bool: ...
    def terminal(self, terminal_id: str) -> Terminal | None: ...
    def terminals(self, *, limit: int | None = None, offset: int = 0) -> list[Terminal]: ...
    def count_terminals(self) -> int: ...
    def terminal_names(self, ids: set[str]) -> dict[str, str]: ...
    def fleet_page(
        self,
        *,
        offline_before: float,
        disk_low_bytes: float,
        only: list[str] | None = None,
        limit: int,
        offset: int = 0,
    ) -> FleetPage: ...
    def revoke_terminal(self, terminal_id: str) -> bool: ...
    def touch_terminal(self, terminal_id: str) -> None: ...

    def create_upload(self, upload: Upload) -> None: ...
    def upload(self, upload_id: str) -> Upload | None: ...
    def append(self, upload_id: str, offset: int, data: bytes) -> Upload: ...
    def blob_sha256(self, upload_id: str) -> tuple[int, str] | None: ...
    def blob_path(self, upload_id: str) -> Path: ...
    def delete_upload(self, upload_id: str) -> None: ...
    def bytes_received(self, upload_id: str) -> int: ...
    def purge_expired_uploads(self, now: float) -> int: ...

    def begin_commit(
        self, key: str, terminal_id: str, request_hash: str
    ) -> tuple[CommitStart, str | None]: ...
    def abort_commit(self, key: str) -> None: ...
    def finish_commit(
        self, key: str, terminal_id: str, manifest: str, upload_ids: list[str], meta: CaseMeta | None = None
    ) -> tuple[str, float]: ...
    def application(self, key: str) -> StoredApplication | None: ...
    def applications(
        self,
        *,
        kind: str | None = None,
        states: tuple[str, ...] | None = None,
        limit: int | None = None,
        newest_first: bool = False,
        after_seq: int | None = None,
    ) -> list[StoredApplication]: ...
    def find_cases(
        self, *, person_key: str | None = None, phone_key: str | None = None
    ) -> list[StoredApplication]: ...
    def attachment_uploads(self, application_id: str) -> list[tuple[str, str]]: ...
    def set_case_state(self, case_no: str, state: str, note: str) -> bool: ...
    def case_history(self, case_no: str) -> list[CaseEvent]: ...
    def case_events(self, terminal_id: str, after_seq: int, limit: int) -> list[CaseEvent]: ...
    def feed_generation(self) -> int: ...
    def bump_feed_generation(self) -> int: ...
    def setting(self, key: str) -> str | None: ...
    def set_setting_once(self, key: str, value: str) -> str: ...

    def put_small(self, kind: str, terminal_id: str, item_id: str, body: str) -> PutResult: ...
    def count_small(self, kind: str) -> int: ...
    def heartbeats(self, terminal_id: str) -> list[str]: ...
    def small_items(self, kind: str, *, limit: int = 500) -> list[SmallItem]: ...
    def post_progress(self, kind: str, item_id: str) -> PostProgress | None: ...
    def mailings(self, *, limit: int = 200) -> list[Mailing]: ...
    def mailing(self, terminal_id: str, request_id: str) -> Mailing | None: ...
    def mark_posted(self, terminal_id: str, request_id: str, posted_on: str, who: str) -> bool: ...
    def mailings_for(self, person_key: str) -> list[Mailing]: ...
    def heartbeat_days(self, terminal_id: str) -> list[HeartbeatDay]: ...
    def failed_guesses(self, guess_key: str, since: float) -> int: ...
    def record_failed_guess(self, guess_key: str) -> None: ...
    def purge_heartbeats(self, before: float) -> int: ...
    def first_nonce(self, terminal_id: str, nonce: str, expires_at: float) -> bool: ...
    def add_issued(self, document: IssuedRecord) -> None: ...
    def issued(self, number: str) -> IssuedRecord | None: ...
    def put_record_request(
        self,
        terminal_id: str,
        request_id: str,
        kind: str,
        delivery: str,
        outcome: str,
        answer: str,
        mail: MailDetails | None = None,
    ) -> tuple[str, str]: ...


# A commit whose process died keeps its key "in flight"; after this long another attempt may take over.
IN_FLIGHT_TAKEOVER_S = 60.0
LAST_SEEN_RESOLUTION_S = 30.0
# expired nonces are swept at most this often per process: a sweep on every request made concurrent
# requests delete the same expired rows, each waiting on the other's commit (its fsync) to do it
NONCE_SWEEP_INTERVAL_S = 1.0
DEFAULT_HEARTBEAT_RETENTION_DAYS = 14


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


class SqlStorage:
    def __init__(
        self, database_url: str, blob_dir: Path, *, durable: bool = True, pool_size: int = 8
    ) -> None:
        """`durable=False` skips fsyncs (SQLite synchronous=NORMAL, PostgreSQL synchronous_commit=off, no
        fsync of blobs): for test runs and benches only, where a power cut is not the experiment."""
        self.database_url = database_url
        self.durable = durable
        self.blob_dir = blob_dir
        self.blob_dir.mkdir(parents=True, exist_ok=True)
        self._last_seen_written: dict[str, float] = {}  # a write-saving cache, never shared state
        # a set-once setting never changes once set: each process reads it from the database once
        self._settled: dict[str, str] = {}
        self._nonces_swept_at = 0.0
        self.engine = _make_engine(database_url, durable, pool_size)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        with self._tx() as c:
            if not self.is_sqlite:
                c.execute(select(func.pg_advisory_xact_lock(schema.MIGRATION_LOCK)))  # one migrator at a time
            schema.migrate(c)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _tx(self, *, relaxed: bool = False) -> Iterator[Connection]:
        """A write transaction: SQLite takes its write lock at BEGIN (no lock upgrade to deadlock on).
        `relaxed`: PostgreSQL may answer before the commit is on disk, for writes a crash may lose
        without loss to anyone (a last-seen time, an in-flight marker, a heartbeat; never a receipt)."""
        with self.engine.connect().execution_options(platform_write=True) as c, c.begin():
            if relaxed and not self.is_sqlite:
                c.exec_driver_sql("SET LOCAL synchronous_commit TO off")
            yield c

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """Reads of one statement each: on PostgreSQL in autocommit (no BEGIN/COMMIT round trips)."""
        if self.is_sqlite:  # no BEGIN: sqlite3 in autocommit runs a lone SELECT as its own transaction
            with self.engine.connect().execution_options(platform_read=True) as c:
                yield c
        else:
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                yield c

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        """A read in plain SQL with `?` placeholders (the SQLite pattern staff queries were written in);
        prefer SQLAlchemy expressions on the `schema` tables for anything new."""
        with self._read() as c:
            row = c.execute(*_qmark(sql, params)).first()
        return None if row is None else tuple(row)

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._read() as c:
            return [tuple(r) for r in c.execute(*_qmark(sql, params))]

    def _insert(self, table: Any) -> Any:
        return (sqlite.insert if self.is_sqlite else postgresql.insert)(table)

    # -- terminals -------------------------------------------------------------------------------
    def add_enrol_token(self, token_hash: str, name: str) -> None:
        with self._tx() as c:
            c.execute(insert(enrol_tokens).values(token_hash=token_hash, name=name, created_at=time.time()))

    def use_enrol_token(self, token_hash: str, terminal_id: str, public_key: bytes, name: str) -> bool:
        with self._tx() as c:
            used = c.execute(
                update(enrol_tokens)
                .where(enrol_tokens.c.token_hash == token_hash, enrol_tokens.c.used_by.is_(None))
                .values(used_by=terminal_id)
            ).rowcount
            if used != 1:
                return False
            c.execute(
                insert(terminals).values(
                    id=terminal_id, name=name, public_key=public_key, enrolled_at=time.time()
                )
            )
            return True

    @staticmethod
    def _terminal(row: Any) -> Terminal:
        return Terminal(
            str(row.id),
            str(row.name),
            bytes(row.public_key),
            float(row.enrolled_at),
            row.revoked_at is not None,
            None if row.last_seen is None else float(row.last_seen),
            None if row.last_heartbeat is None else str(row.last_heartbeat),
            OK if row.audit_chain is None else str(row.audit_chain),
        )

    def terminal(self, terminal_id: str) -> Terminal | None:
        with self._read() as c:
            row = c.execute(select(terminals).where(terminals.c.id == terminal_id)).first()
        return None if row is None else self._terminal(row)

    def terminals(self, *, limit: int | None = None, offset: int = 0) -> list[Terminal]:
        query = select(terminals).order_by(terminals.c.name, terminals.c.id).offset(offset)
        with self._read() as c:
            return [self._terminal(r) for r in c.execute(query if limit is None else query.limit(limit))]

    def fleet_page(
        self,
        *,
        offline_before: float,
        disk_low_bytes: float,
        only: list[str] | None = None,
        limit: int,
        offset: int = 0,
    ) -> FleetPage:
        """One page of terminals (`only` these, when given), those with an alert first, then by name: an
        alert is a silence since before `offline_before`, a device at fault, less free disk than
        `disk_low_bytes` or a broken audit chain (the same as sync/platform/console/fleet.py says in
        words), found from the columns the latest heartbeat wrote, so no heartbeat is read."""
        t = terminals.c
        alerting = and_(
            t.revoked_at.is_(None),
            or_(
                t.last_seen.is_(None),
                t.last_seen < offline_before,
                t.device_faults.is_not(None),
                t.disk_free_bytes < disk_low_bytes,
                t.audit_chain.is_not(None),
            ),
        )
        where = true() if only is None else t.id.in_(only)
        first = case((alerting, 0), else_=1)
        query = select(terminals).where(where).order_by(first, t.name, t.id).limit(limit).offset(offset)
        counts = select(func.count(), func.count().filter(alerting)).select_from(terminals).where(where)
        with self._read() as c:
            rows = [self._terminal(r) for r in c.execute(query)]
            total, alerts = c.execute(counts).one()
        return FleetPage(rows, int(total), int(alerts))

    def terminal_names(self, ids: set[str]) -> dict[str, str]:
        """The names of these terminals only: a list page names the few it shows, not the fleet."""
        if not ids:
            return {}
        with self._read() as c:
            rows = c.execute(select(terminals.c.id, terminals.c.name).where(terminals.c.id.in_(sorted(ids))))
            return {str(r.id): str(r.name) for r in rows}

    def count_terminals(self) -> int:
        with self._read() as c:
            return int(c.execute(select(func.count()).select_from(terminals)).scalar_one())

    def revoke_terminal(self, terminal_id: str) -> bool:
        with self._tx() as c:
            n = c.execute(
                update(terminals)
                .where(terminals.c.id == terminal_id, terminals.c.revoked_at.is_(None))
                .values(revoked_at=time.time())
            ).rowcount
            return bool(n == 1)

    def touch_terminal(self, terminal_id: str) -> None:
        # every request calls this: a write each time cost a few ms per request for a "last seen" the
        # fleet page shows to the minute
        now = time.time()
        if now - self._last_seen_written.get(terminal_id, 0.0) < LAST_SEEN_RESOLUTION_S:
            return
        with self._tx(relaxed=True) as c:
            c.execute(update(terminals).where(terminals.c.id == terminal_id).values(last_seen=now))
        self._last_seen_written[terminal_id] = now

    # -- uploads ---------------------------------------------------------------------------------
    def blob_path(self, upload_id: str) -> Path:
        if not upload_id.isalnum():  # ids are ours (uuid hex); never a path a manifest could steer
            raise ValueError("not an upload id")
        return self.blob_dir / upload_id

    def create_upload(self, upload: Upload) -> None:
        self.blob_path(upload.id).touch()
        with self._tx() as c:
            c.execute(
                insert(uploads).values(
                    id=upload.id,
                    terminal_id=upload.terminal_id,
                    length=upload.length,
                    offset=0,
                    metadata=upload.metadata,
                    expires_at=upload.expires_at,
                )
            )

    @staticmethod
    def _upload(row: Any) -> Upload:
        return Upload(
            str(row.id),
            str(row.terminal_id),
            int(row.length),
            int(row.offset),
            str(row.metadata),
            float(row.expires_at),
            None if row.sha256 is None else str(row.sha256),
        )

    def upload(self, upload_id: str) -> Upload | None:
        with self._read() as c:
            row = c.execute(select(uploads).where(uploads.c.id == upload_id)).first()
        return None if row is None else self._upload(row)

    def append(self, upload_id: str, offset: int, data: bytes) -> Upload:
        """Write `data` at the recorded offset, under the upload's row lock (any worker may hold the
        next chunk). Caller has checked `offset` equals the recorded one."""
        with self._tx() as c:
            row = c.execute(select(uploads).where(uploads.c.id == upload_id).with_for_update()).first()
            current = None if row is None else self._upload(row)
            if current is None or current.offset != offset:
                raise ValueError("offset changed under the caller")
            if offset + len(data) > current.length:
                raise UploadTooLong("chunk goes past Upload-Length")
            # A crash mid-write can leave bytes past the recorded offset: cut them before appending.
            with open(self.blob_path(upload_id), "r+b") as f:
                f.truncate(offset)
                f.seek(offset)
                try:
                    f.write(data)
                    f.flush()
                    if self.durable:
                        os.fsync(f.fileno())
                except OSError:
                    # a full disk: give back what part of the chunk did land, so space frees up as
                    # soon as anything else is removed, and the offset stays the recorded one
                    f.truncate(offset)
                    raise
            new_offset = offset + len(data)
            digest = None
            if new_offset == current.length:
                measured = self.blob_sha256(upload_id)
                digest = None if measured is None or measured[0] != current.length else measured[1]
            c.execute(
                update(uploads)
                .where(uploads.c.id == upload_id)
                .values(offset=new_offset, sha256=digest, bytes_received=uploads.c.bytes_received + len(data))
            )
            return Upload(
                current.id,
                current.terminal_id,
                current.length,
                new_offset,
                current.metadata,
                current.expires_at,
                digest,
            )

    def blob_sha256(self, upload_id: str) -> tuple[int, str] | None:
        path = self.blob_path(upload_id)
        if not path.exists():
            return None
        h = hashlib.sha256()
        size = 0
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                h.update(chunk)
                size += len(chunk)
        return size, h.hexdigest()

    def delete_upload(self, upload_id: str) -> None:
        with self._tx() as c:
            gone = c.execute(
                delete(uploads).where(uploads.c.id == upload_id, uploads.c.committed_to.is_(None))
            ).rowcount
            still = c.execute(select(uploads.c.id).where(uploads.c.id == upload_id)).first()
        if gone or still is None:
            self.blob_path(upload_id).unlink(missing_ok=True)

    def bytes_received(self, upload_id: str) -> int:
        with self._read() as c:
            value = c.execute(select(uploads.c.bytes_received).where(uploads.c.id == upload_id)).scalar()
        return 0 if value is None else int(value)

    def purge_expired_uploads(self, now: float) -> int:
        """Delete uploads past their expiry that no application committed. Returns how many."""
        with self._read() as c:
            rows = c.execute(
                select(uploads.c.id).where(uploads.c.expires_at < now, uploads.c.committed_to.is_(None))
            ).all()
        for (upload_id,) in rows:
            self.delete_upload(str(upload_id))
        return len(rows)

    # -- applications ----------------------------------------------------------------------------
    def begin_commit(self, key: str, terminal_id: str, request_hash: str) -> tuple[CommitStart, str | None]:
        now = time.time()
        with self._tx(relaxed=True) as c:  # lost in a crash, the kiosk's retry simply claims it again
            claimed = c.execute(
                self._insert(idempotency)
                .values(
                    key=key,
                    terminal_id=terminal_id,
                    request_hash=request_hash,
                    state="in_flight",
                    started_at=now,
                )
                .on_conflict_do_nothing(index_elements=["key"])
                .returning(idempotency.c.key)  # rowcount is not reported for this statement by psycopg
            ).first()
            if claimed is not None:
                return "new", None
            row = c.execute(select(idempotency).where(idempotency.c.key == key).with_for_update()).one()
            if row.terminal_id != terminal_id:
                return "mismatch", None
            if row.state == "in_flight" and now - float(row.started_at) < IN_FLIGHT_TAKEOVER_S:
                return "in_flight", None
            if row.request_hash != request_hash:
                return "mismatch", None
            if row.state == "done":
                return "replay", str(row.response)
            c.execute(update(idempotency).where(idempotency.c.key == key).values(started_at=now))
            return "new", None

    def abort_commit(self, key: str) -> None:
        with self._tx() as c:
            c.execute(delete(idempotency).where(idempotency.c.key == key, idempotency.c.state == "in_flight"))

    def finish_commit(
        self, key: str, terminal_id: str, manifest: str, upload_ids: list[str], meta: CaseMeta | None = None
    ) -> tuple[str, float]:
        now = time.time()
        meta = meta or CaseMeta()
        with self._tx() as c:
            seq = c.execute(
                insert(applications)
                .values(
                    id=key,
                    terminal_id=terminal_id,
                    state="received",
                    manifest=manifest,
                    received_at=now,
                    kind=meta.kind,
                    summary=meta.summary,
                    acceptance_no=meta.acceptance_no,
                    person_key=meta.person_key,
                    phone_key=meta.phone_key,
                )
                .returning(applications.c.seq)
            ).scalar_one()
            case_no = time.strftime("HN%Y%m%d", time.gmtime(now)) + f"{int(seq):07d}"
            c.execute(update(applications).where(applications.c.seq == seq).values(case_no=case_no))
            names = [a["name"] for a in json.loads(manifest)["attachments"]]
            for name, upload_id in zip(names, upload_ids, strict=True):
                c.execute(insert(attachments).values(application_id=key, name=name, upload_id=upload_id))
                c.execute(update(uploads).where(uploads.c.id == upload_id).values(committed_to=key))
            c.execute(
                insert(case_events).values(
                    application_id=key,
                    terminal_id=terminal_id,
                    case_no=case_no,
                    state="received",
                    changed_at=now,
                )
            )
            response = json.dumps({"application_id": key, "case_no": case_no, "received_at": now})
            c.execute(
                update(idempotency).where(idempotency.c.key == key).values(state="done", response=response)
            )
        return case_no, now

    @staticmethod
    def _application(row: Any) -> StoredApplication:
        return StoredApplication(
            str(row.id),
            str(row.terminal_id),
            str(row.case_no),
            str(row.state),
            str(row.manifest),
            float(row.received_at),
            str(row.kind),
            str(row.summary),
            str(row.acceptance_no or ""),
            int(row.seq),
        )

    def application(self, key: str) -> StoredApplication | None:
        with self._read() as c:
            row = c.execute(
                select(applications).where((applications.c.id == key) | (applications.c.case_no == key))
            ).first()
        return None if row is None else self._application(row)

    def applications(
        self,
        *,
        kind: str | None = None,
        states: tuple[str, ...] | None = None,
        limit: int | None = None,
        newest_first: bool = False,
        after_seq: int | None = None,
    ) -> list[StoredApplication]:
        """Oldest first, or with `newest_first` the latest `limit` (a list page: an index walk);
        `after_seq`: only those that arrived after that one."""
        query = select(applications).order_by(
            applications.c.seq.desc() if newest_first else applications.c.seq
        )
        if after_seq is not None:
            query = query.where(applications.c.seq > after_seq)
        if kind is not None:
            query = query.where(applications.c.kind == kind)
        if states is not None:
            query = query.where(applications.c.state.in_(states))
        if limit is not None:
            query = query.limit(limit)
        with self._read() as c:
            return [self._application(r) for r in c.execute(query)]

    def find_cases(
        self, *, person_key: str | None = None, phone_key: str | None = None
    ) -> list[StoredApplication]:
        if person_key is None and phone_key is None:
            return []
        query = select(applications).order_by(applications.c.seq.desc()).limit(50)
        if person_key is not None:
            query = query.where(applications.c.person_key == person_key)
        if phone_key is not None:
            query = query.where(applications.c.phone_key == phone_key)
        with self._read() as c:
            return [self._application(r) for r in c.execute(query)]

    def attachment_uploads(self, application_id: str) -> list[tuple[str, str]]:
        with self._read() as c:
            rows = c.execute(
                select(attachments.c.name, attachments.c.upload_id).where(
                    attachments.c.application_id == application_id
                )
            ).all()
        return [(str(n), str(u)) for n, u in rows]

    def set_case_state(self, case_no: str, state: str, note: str) -> bool:
        with self._tx() as c:
            row = c.execute(
                select(applications.c.id, applications.c.terminal_id).where(applications.c.case_no == case_no)
            ).first()
            if row is None:
                return False
            c.execute(update(applications).where(applications.c.case_no == case_no).values(state=state))
            c.execute(
                insert(case_events).values(
                    application_id=row.id,
                    terminal_id=row.terminal_id,
                    case_no=case_no,
                    state=state,
                    changed_at=time.time(),
                    note=note,
                )
            )
            return True

    @staticmethod
    def _event(r: Any) -> CaseEvent:
        return CaseEvent(
            int(r.seq), str(r.application_id), str(r.case_no), str(r.state), float(r.changed_at), str(r.note)
        )

    def case_history(self, case_no: str) -> list[CaseEvent]:
        with self._read() as c:
            rows = c.execute(
                select(case_events).where(case_events.c.case_no == case_no).order_by(case_events.c.seq)
            ).all()
        return [self._event(r) for r in rows]

    def case_events(self, terminal_id: str, after_seq: int, limit: int) -> list[CaseEvent]:
        with self._read() as c:
            rows = c.execute(
                select(case_events)
                .where(case_events.c.terminal_id == terminal_id, case_events.c.seq > after_seq)
                .order_by(case_events.c.seq)
                .limit(limit)
            ).all()
        return [self._event(r) for r in rows]

    def setting(self, key: str) -> str | None:
        with self._read() as c:
            value = c.execute(select(settings.c.value).where(settings.c.key == key)).scalar()
        return None if value is None else str(value)

    def set_setting_once(self, key: str, value: str) -> str:
        """Store `value` unless the key has one; returns the value in force (every worker gets the same)."""
        settled = self._settled.get(key)
        if settled is not None:
            return settled
        with self._tx() as c:
            c.execute(
                self._insert(settings)
                .values(key=key, value=value)
                .on_conflict_do_nothing(index_elements=["key"])
            )
            settled = str(c.execute(select(settings.c.value).where(settings.c.key == key)).scalar_one())
        self._settled[key] = settled
        return settled

    def feed_generation(self) -> int:
        value = self.setting("feed_generation")
        return 1 if value is None else int(value)

    def bump_feed_generation(self) -> int:
        with self._tx() as c:
            row = c.execute(
                select(settings.c.value).where(settings.c.key == "feed_generation").with_for_update()
            ).first()
            new = (1 if row is None else int(row.value)) + 1
            c.execute(
                self._insert(settings)
                .values(key="feed_generation", value=str(new))
                .on_conflict_do_update(index_elements=["key"], set_={"value": str(new)})
            )
            return new

    # -- small posts -----------------------------------------------------------------------------
    def put_small(self, kind: str, terminal_id: str, item_id: str, body: str) -> PutResult:
        now = time.time()
        with self._tx(relaxed=kind == "heartbeats") as c:  # a lost heartbeat is replaced in 5 minutes
            created = c.execute(
                self._insert(small_posts)
                .values(kind=kind, terminal_id=terminal_id, item_id=item_id, body=body, received_at=now)
                .on_conflict_do_nothing(index_elements=["kind", "terminal_id", "item_id"])
                .returning(small_posts.c.item_id)
            ).first()
            if created is None:
                saved = c.execute(
                    select(small_posts.c.body).where(
                        small_posts.c.kind == kind,
                        small_posts.c.terminal_id == terminal_id,
                        small_posts.c.item_id == item_id,
                    )
                ).scalar_one()
                return "same" if saved == body else "mismatch"
            if kind == "heartbeats":
                self._roll_up_heartbeat(c, terminal_id, body, now)
            return "created"

    def _roll_up_heartbeat(self, c: Connection, terminal_id: str, body: str, now: float) -> None:
        """The latest beat and the audit chain's verdict on the terminal's row, and the day's aggregate:
        what stays once raw beats go."""
        beat = json.loads(body)
        chain = c.execute(
            select(terminals.c.audit_chain, terminals.c.audit_highest).where(terminals.c.id == terminal_id)
        ).first()
        verdict = OK if chain is None or chain.audit_chain is None else str(chain.audit_chain)
        highest = -1 if chain is None or chain.audit_highest is None else int(chain.audit_highest)

        def head_at(count: int) -> str | None:
            found = c.execute(
                select(audit_heads.c.head).where(
                    audit_heads.c.terminal_id == terminal_id, audit_heads.c.count == count
                )
            ).scalar()
            return None if found is None else str(found)

        step = judge(verdict, highest, beat, head_at)
        if step.head is not None:
            c.execute(
                self._insert(audit_heads)
                .values(terminal_id=terminal_id, count=step.head[0], head=step.head[1], received_at=now)
                .on_conflict_do_nothing(index_elements=["terminal_id", "count"])
            )
        c.execute(
            update(terminals)
            .where(terminals.c.id == terminal_id)
            .values(
                last_heartbeat=body,
                audit_chain=None if step.verdict == OK else step.verdict,
                audit_highest=step.highest,
                device_faults=schema.device_faults(beat),
                disk_free_bytes=schema.disk_free(beat),
            )
        )
        depth = int(beat.get("queue_depth", 0) or 0)
        fault = int(any(str(v) != "ok" for v in dict(beat.get("device_health", {})).values()))
        day = dt.datetime.fromtimestamp(now, dt.UTC).date().isoformat()
        stmt = self._insert(heartbeat_daily).values(
            terminal_id=terminal_id, day=day, beats=1, max_queue_depth=depth, faults=fault
        )
        excluded = stmt.excluded
        c.execute(
            stmt.on_conflict_do_update(
                index_elements=["terminal_id", "day"],
                set_={
                    "beats": heartbeat_daily.c.beats + 1,
                    "max_queue_depth": func.max(heartbeat_daily.c.max_queue_depth, excluded.max_queue_depth)
                    if self.is_sqlite
                    else func.greatest(heartbeat_daily.c.max_queue_depth, excluded.max_queue_depth),
                    "faults": heartbeat_daily.c.faults + excluded.faults,
                },
            )
        )

    def heartbeat_days(self, terminal_id: str) -> list[HeartbeatDay]:
        with self._read() as c:
            rows = c.execute(
                select(heartbeat_daily)
                .where(heartbeat_daily.c.terminal_id == terminal_id)
                .order_by(heartbeat_daily.c.day)
            ).all()
        return [
            HeartbeatDay(str(r.terminal_id), str(r.day), int(r.beats), int(r.max_queue_depth), int(r.faults))
            for r in rows
        ]

    def purge_heartbeats(self, before: float) -> int:
        """Delete raw heartbeats received before `before`; the daily rollups and the latest beat stay."""
        with self._tx() as c:
            n = c.execute(
                delete(small_posts).where(
                    small_posts.c.kind == "heartbeats", small_posts.c.received_at < before
                )
            ).rowcount
            # the heads go with them: a rewrite is then seen back to the retention window, as before
            c.execute(delete(audit_heads).where(audit_heads.c.received_at < before))
        return int(n)

    def count_small(self, kind: str) -> int:
        with self._read() as c:
            return int(
                c.execute(
                    select(func.count()).select_from(small_posts).where(small_posts.c.kind == kind)
                ).scalar_one()
            )

    def small_items(self, kind: str, *, limit: int = 500) -> list[SmallItem]:
        """The newest `limit` posts of a kind, newest first."""
        with self._read() as c:
            rows = c.execute(
                select(small_posts)
                .where(small_posts.c.kind == kind)
                .order_by(small_posts.c.received_at.desc())
                .limit(limit)
            ).all()
        return [SmallItem(r.kind, r.terminal_id, r.item_id, r.body, float(r.received_at)) for r in rows]

    def post_progress(self, kind: str, item_id: str) -> PostProgress | None:
        """The first terminal to post `item_id` owns it: another terminal reusing the id sees none of
        the staff's answers to the first one."""
        with self._read() as c:
            post = c.execute(
                select(small_posts.c.terminal_id, small_posts.c.received_at, small_posts.c.body)
                .where(small_posts.c.kind == kind, small_posts.c.item_id == item_id)
                .order_by(small_posts.c.received_at)
                .limit(1)
            ).first()
            if post is None:
                return None
            events = c.execute(
                select(case_events.c.state, case_events.c.changed_at)
                .where(case_events.c.case_no == item_id, case_events.c.terminal_id == post.terminal_id)
                .order_by(case_events.c.seq)
            ).all()
        states = tuple((str(e[0]), float(e[1])) for e in events)
        return PostProgress(float(post.received_at), states, _slip_number(post.body))

    def failed_guesses(self, guess_key: str, since: float) -> int:
        with self._read() as c:
            query = select(func.count()).where(
                lookup_misses.c.guess_key == guess_key, lookup_misses.c.at >= since
            )
            return int(c.execute(query.select_from(lookup_misses)).scalar_one())

    def record_failed_guess(self, guess_key: str) -> None:
        now = time.time()
        with self._tx() as c:
            c.execute(delete(lookup_misses).where(lookup_misses.c.at < now - 86400.0))  # old misses go
            c.execute(insert(lookup_misses).values(guess_key=guess_key, at=now))

    def first_nonce(self, terminal_id: str, nonce: str, expires_at: float) -> bool:
        """True the first time a terminal's nonce is seen (by any worker); False for a replay. Nonces
        whose signatures have expired are dropped as new ones arrive (a sweep a second at most)."""
        now = time.time()
        if now - self._nonces_swept_at >= NONCE_SWEEP_INTERVAL_S:
            self._nonces_swept_at = now
            with self._tx(relaxed=True) as c:  # a sweep lost in a crash is made by the next one
                c.execute(delete(request_nonces).where(request_nonces.c.expires_at < now))
        with self._tx() as c:
            stored = c.execute(
                self._insert(request_nonces)
                .values(terminal_id=terminal_id, nonce=nonce, expires_at=expires_at)
                .on_conflict_do_nothing(index_elements=["terminal_id", "nonce"])
                .returning(request_nonces.c.nonce)
            ).first()
        return stored is not None

    def heartbeats(self, terminal_id: str) -> list[str]:
        """The heartbeat bodies kept for a terminal, in the order received (for the audit chain check;
        `gc` keeps the latest ones, so a shrink or fork is seen within the retention window)."""
        with self._read() as c:
            rows = c.execute(
                select(small_posts.c.body)
                .where(small_posts.c.kind == "heartbeats", small_posts.c.terminal_id == terminal_id)
                .order_by(small_posts.c.received_at, small_posts.c.item_id)
            ).all()
        return [str(r.body) for r in rows]

    # -- 查询打印 ----------------------------------------------------------------------------------
    def add_issued(self, document: IssuedRecord) -> None:
        with self._tx() as c:
            c.execute(
                self._insert(issued_documents)
                .values(**document.__dict__, issued_at=time.time())
                .on_conflict_do_nothing(index_elements=["number"])
            )

    def issued(self, number: str) -> IssuedRecord | None:
        with self._read() as c:
            row = c.execute(select(issued_documents).where(issued_documents.c.number == number)).first()
        if row is None:
            return None
        return IssuedRecord(row.number, row.sha256, row.kind, row.title, row.issuer, row.issued_on)

    def put_record_request(
        self,
        terminal_id: str,
        request_id: str,
        kind: str,
        delivery: str,
        outcome: str,
        answer: str,
        mail: MailDetails | None = None,
    ) -> tuple[str, str]:
        """Keep a left request's answer; the first one stands: (outcome, answer) as first given."""
        details = {} if mail is None else dataclasses.asdict(mail)
        with self._tx() as c:
            c.execute(
                self._insert(record_requests)
                .values(
                    terminal_id=terminal_id,
                    request_id=request_id,
                    kind=kind,
                    delivery=delivery,
                    outcome=outcome,
                    answer=answer,
                    received_at=time.time(),
                    **details,
                )
                .on_conflict_do_nothing(index_elements=["terminal_id", "request_id"])
            )
            row = c.execute(
                select(record_requests.c.outcome, record_requests.c.answer).where(
                    record_requests.c.terminal_id == terminal_id, record_requests.c.request_id == request_id
                )
            ).one()
        return str(row.outcome), str(row.answer)

    def record_requests(self, outcome: str | None = None) -> list[tuple[str, str, str, str]]:
        """(terminal, request id, delivery, outcome) of the left requests, oldest first (staff's list
        of documents to post)."""
        query = select(record_requests).order_by(record_requests.c.received_at)
        if outcome is not None:
            query = query.where(record_requests.c.outcome == outcome)
        with self._read() as c:
            rows = c.execute(query).all()
        return [(str(r.terminal_id), str(r.request_id), str(r.delivery), str(r.outcome)) for r in rows]

    # -- documents to mail -------------------------------------------------------------------------
    @staticmethod
    def _mailing(r: Any) -> Mailing:
        return Mailing(
            str(r.terminal_id),
            str(r.request_id),
            str(r.kind),
            str(r.document_no or ""),
            str(r.title or ""),
            str(r.address_masked or ""),
            str(r.address_sealed or ""),
            float(r.received_at),
            r.posted_on,
            r.posted_by,
            None if r.posted_at is None else float(r.posted_at),
        )

    def mailings(self, *, limit: int = 200) -> list[Mailing]:
        """Documents to post, the longest waiting first, then the posted, the latest first."""
        waiting = record_requests.c.posted_at.is_(None)
        query = (
            select(record_requests)
            .where(record_requests.c.outcome == "mail")
            .order_by(
                case((waiting, 0), else_=1),
                case((waiting, record_requests.c.received_at), else_=-record_requests.c.posted_at),
            )
            .limit(limit)
        )
        with self._read() as c:
            return [self._mailing(r) for r in c.execute(query)]

    def mailing(self, terminal_id: str, request_id: str) -> Mailing | None:
        with self._read() as c:
            row = c.execute(
                select(record_requests).where(
                    record_requests.c.terminal_id == terminal_id,
                    record_requests.c.request_id == request_id,
                    record_requests.c.outcome == "mail",
                )
            ).first()
        return None if row is None else self._mailing(row)

    def mark_posted(self, terminal_id: str, request_id: str, posted_on: str, who: str) -> bool:
        """Once: False when there is no such document to mail or it was marked posted already."""
        with self._tx() as c:
            changed = c.execute(
                update(record_requests)
                .where(
                    record_requests.c.terminal_id == terminal_id,
                    record_requests.c.request_id == request_id,
                    record_requests.c.outcome == "mail",
                    record_requests.c.posted_at.is_(None),
                )
                .values(posted_on=posted_on, posted_by=who, posted_at=time.time())
            ).rowcount
        return bool(changed)

    def mailings_for(self, person_key: str) -> list[Mailing]:
        """A resident's mailed documents (the progress lookup by ID card), the latest first."""
        with self._read() as c:
            rows = c.execute(
                select(record_requests)
                .where(record_requests.c.person_key == person_key, record_requests.c.outcome == "mail")
                .order_by(record_requests.c.received_at.desc())
                .limit(50)
            ).all()
        return [self._mailing(r) for r in rows]


class SqliteStorage(SqlStorage):
    """The embedded default: `platform.db` and `uploads/` in the data directory."""

    def __init__(self, data_dir: Path, *, durable: bool = True) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        super().__init__(sqlite_url(data_dir / "platform.db"), data_dir / "uploads", durable=durable)
        self.data_dir = data_dir


def open_storage(data_dir: Path, database_url: str | None = None, *, durable: bool = True) -> SqlStorage:
    """The platform's storage: PostgreSQL (or any URL) when given, else SQLite in `data_dir`; blobs
    always in `data_dir/uploads`, which every worker must share."""
    if database_url is None:
        return SqliteStorage(data_dir, durable=durable)
    return SqlStorage(database_url, data_dir / "uploads", durable=durable)


def _slip_number(body: str) -> str:
    """The slip's number a complaint's post carries, or "" (an older kiosk's post, or not a number)."""
    try:
        number = json.loads(body).get("acceptance_no")
    except (ValueError, AttributeError):
        return ""
    return number if isinstance(number, str) and 0 < len(number) <= 64 and number.isprintable() else ""


def _qmark(sql: str, params: tuple[Any, ...]) -> tuple[Any, dict[str, Any]]:
    """`?` placeholders as SQLAlchemy's named ones, so one statement runs on SQLite and PostgreSQL."""
    pieces = sql.split("?")
    if len(pieces) - 1 != len(params):
        raise ValueError("placeholders and parameters do not match")
    named = "".join(piece + (f":p{i}" if i < len(params) else "") for i, piece in enumerate(pieces))
    return text(named), {f"p{i}": value for i, value in enumerate(params)}


def _make_engine(url: str, durable: bool, pool_size: int) -> Engine:
    if url.startswith("sqlite"):
        # pooled per process: uvicorn's workers are spawned, not forked, so none inherits a connection
        engine = create_engine(
            url,
            pool_size=pool_size,
            max_overflow=pool_size,
            connect_args={"check_same_thread": False, "timeout": 30},
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi: Any, _record: Any) -> None:
            dbapi.isolation_level = None  # SQLAlchemy's "begin" event below issues BEGIN itself
            dbapi.execute("PRAGMA journal_mode=WAL")  # persistent; a no-op once the file is in WAL
            dbapi.execute("PRAGMA synchronous=FULL" if durable else "PRAGMA synchronous=NORMAL")

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            options = conn.get_execution_options()
            if options.get("platform_read", False):
                return
            conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("platform_write", False) else "BEGIN")

        return engine
    # no pre-ping (a round trip per checkout); a connection the server dropped fails one request
    engine = create_engine(url, pool_size=pool_size, max_overflow=pool_size, pool_recycle=600)
    if not durable:

        @event.listens_for(engine, "connect")
        def _fast(dbapi: Any, _record: Any) -> None:
            with dbapi.cursor() as cur:
                cur.execute("SET synchronous_commit = off")
            dbapi.commit()

    return engine
