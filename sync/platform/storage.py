"""Everything the platform keeps, behind one interface.

`Storage` is the interface the web app and the admin CLI use; `SqliteStorage` is the reference
implementation (SQLite for records, one file per upload for bytes). A PostgreSQL implementation
only has to provide the same methods with the same atomicity.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

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


class UploadTooLong(ValueError):
    pass


class Storage(Protocol):
    def add_enrol_token(self, token_hash: str, name: str) -> None: ...
    def use_enrol_token(self, token_hash: str, terminal_id: str, public_key: bytes, name: str) -> bool: ...
    def terminal(self, terminal_id: str) -> Terminal | None: ...
    def terminals(self) -> list[Terminal]: ...
    def revoke_terminal(self, terminal_id: str) -> bool: ...
    def touch_terminal(self, terminal_id: str) -> None: ...

    def create_upload(self, upload: Upload) -> None: ...
    def upload(self, upload_id: str) -> Upload | None: ...
    def append(self, upload_id: str, offset: int, data: bytes) -> Upload: ...
    def blob_sha256(self, upload_id: str) -> tuple[int, str] | None: ...
    def delete_upload(self, upload_id: str) -> None: ...
    def bytes_received(self, upload_id: str) -> int: ...
    def purge_expired_uploads(self, now: float) -> int: ...

    def begin_commit(
        self, key: str, terminal_id: str, request_hash: str
    ) -> tuple[CommitStart, str | None]: ...
    def abort_commit(self, key: str) -> None: ...
    def finish_commit(
        self, key: str, terminal_id: str, manifest: str, upload_ids: list[str]
    ) -> tuple[str, float]: ...
    def application(self, key: str) -> StoredApplication | None: ...
    def applications(self) -> list[StoredApplication]: ...
    def attachment_uploads(self, application_id: str) -> list[tuple[str, str]]: ...
    def set_case_state(self, case_no: str, state: str, note: str) -> bool: ...
    def case_events(self, terminal_id: str, after_seq: int, limit: int) -> list[CaseEvent]: ...
    def feed_generation(self) -> int: ...
    def bump_feed_generation(self) -> int: ...

    def put_small(self, kind: str, terminal_id: str, item_id: str, body: str) -> PutResult: ...
    def count_small(self, kind: str) -> int: ...
    def heartbeats(self, terminal_id: str) -> list[str]: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS enrol_tokens (token_hash TEXT PRIMARY KEY, name TEXT NOT NULL,
    created_at REAL NOT NULL, used_by TEXT);
CREATE TABLE IF NOT EXISTS terminals (id TEXT PRIMARY KEY, name TEXT NOT NULL, public_key BLOB NOT NULL,
    enrolled_at REAL NOT NULL, revoked_at REAL, last_seen REAL, last_heartbeat TEXT);
CREATE TABLE IF NOT EXISTS uploads (id TEXT PRIMARY KEY, terminal_id TEXT NOT NULL, length INTEGER NOT NULL,
    offset INTEGER NOT NULL, metadata TEXT NOT NULL, expires_at REAL NOT NULL, sha256 TEXT,
    bytes_received INTEGER NOT NULL DEFAULT 0, committed_to TEXT);
CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, terminal_id TEXT NOT NULL,
    request_hash TEXT NOT NULL, state TEXT NOT NULL, response TEXT, started_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS applications (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL,
    terminal_id TEXT NOT NULL, case_no TEXT UNIQUE, state TEXT NOT NULL, manifest TEXT NOT NULL,
    received_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS attachments (application_id TEXT NOT NULL, name TEXT NOT NULL,
    upload_id TEXT NOT NULL, PRIMARY KEY (application_id, name));
CREATE TABLE IF NOT EXISTS case_events (seq INTEGER PRIMARY KEY AUTOINCREMENT, application_id TEXT NOT NULL,
    terminal_id TEXT NOT NULL, case_no TEXT NOT NULL, state TEXT NOT NULL, changed_at REAL NOT NULL,
    note TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS case_events_terminal ON case_events(terminal_id, seq);
CREATE TABLE IF NOT EXISTS small_posts (kind TEXT NOT NULL, terminal_id TEXT NOT NULL, item_id TEXT NOT NULL,
    body TEXT NOT NULL, received_at REAL NOT NULL, PRIMARY KEY (kind, terminal_id, item_id));
"""

# A commit whose process died keeps its key "in flight"; after this long another attempt may take over.
IN_FLIGHT_TAKEOVER_S = 60.0
LAST_SEEN_RESOLUTION_S = 30.0


class SqliteStorage:
    def __init__(self, data_dir: Path, *, durable: bool = True) -> None:
        """`durable=False` skips fsyncs (synchronous=NORMAL, no fsync of blobs): for test runs only,
        where a power cut is not part of the experiment and a thousand applications must be quick."""
        self.data_dir = data_dir
        self.durable = durable
        self._last_seen_written: dict[str, float] = {}
        self.blob_dir = data_dir / "uploads"
        self.blob_dir.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(
            str(data_dir / "platform.db"), check_same_thread=False, isolation_level=None, timeout=10
        )
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL" if durable else "PRAGMA synchronous=NORMAL")
        self._lock = threading.RLock()
        with self._tx() as c:
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    c.execute(statement)

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        with self._lock:
            row: tuple[Any, ...] | None = self._conn.execute(sql, params).fetchone()
            return row

    def _all(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return list(self._conn.execute(sql, params).fetchall())

    # -- terminals -------------------------------------------------------------------------------
    def add_enrol_token(self, token_hash: str, name: str) -> None:
        with self._tx() as c:
            c.execute("INSERT INTO enrol_tokens VALUES (?, ?, ?, NULL)", (token_hash, name, time.time()))

    def use_enrol_token(self, token_hash: str, terminal_id: str, public_key: bytes, name: str) -> bool:
        with self._tx() as c:
            used = c.execute(
                "UPDATE enrol_tokens SET used_by = ? WHERE token_hash = ? AND used_by IS NULL",
                (terminal_id, token_hash),
            ).rowcount
            if used != 1:
                return False
            c.execute(
                "INSERT INTO terminals (id, name, public_key, enrolled_at) VALUES (?, ?, ?, ?)",
                (terminal_id, name, public_key, time.time()),
            )
            return True

    def _terminal(self, row: tuple[Any, ...]) -> Terminal:
        tid, name, key, enrolled, revoked, seen, heartbeat = row
        return Terminal(
            str(tid),
            str(name),
            bytes(key),
            float(enrolled),
            revoked is not None,
            None if seen is None else float(seen),
            None if heartbeat is None else str(heartbeat),
        )

    def terminal(self, terminal_id: str) -> Terminal | None:
        row = self._one("SELECT * FROM terminals WHERE id = ?", (terminal_id,))
        return None if row is None else self._terminal(row)

    def terminals(self) -> list[Terminal]:
        return [self._terminal(r) for r in self._all("SELECT * FROM terminals ORDER BY name")]

    def revoke_terminal(self, terminal_id: str) -> bool:
        with self._tx() as c:
            n = c.execute(
                "UPDATE terminals SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                (time.time(), terminal_id),
            ).rowcount
            return n == 1

    def touch_terminal(self, terminal_id: str) -> None:
        # every request calls this: a write transaction (and fsync) each time cost a few ms per
        # request for a "last seen" the fleet page shows to the minute
        now = time.time()
        if now - self._last_seen_written.get(terminal_id, 0.0) < LAST_SEEN_RESOLUTION_S:
            return
        with self._tx() as c:
            c.execute("UPDATE terminals SET last_seen = ? WHERE id = ?", (now, terminal_id))
        self._last_seen_written[terminal_id] = now

    # -- uploads ---------------------------------------------------------------------------------
    def _blob(self, upload_id: str) -> Path:
        return self.blob_dir / upload_id

    def create_upload(self, upload: Upload) -> None:
        self._blob(upload.id).touch()
        with self._tx() as c:
            c.execute(
                "INSERT INTO uploads (id, terminal_id, length, offset, metadata, expires_at) "
                "VALUES (?,?,?,?,?,?)",
                (upload.id, upload.terminal_id, upload.length, 0, upload.metadata, upload.expires_at),
            )

    def upload(self, upload_id: str) -> Upload | None:
        row = self._one(
            "SELECT id, terminal_id, length, offset, metadata, expires_at, sha256 FROM uploads WHERE id = ?",
            (upload_id,),
        )
        if row is None:
            return None
        uid, tid, length, offset, meta, expires, sha = row
        return Upload(
            str(uid),
            str(tid),
            int(length),
            int(offset),
            str(meta),
            float(expires),
            None if sha is None else str(sha),
        )

    def append(self, upload_id: str, offset: int, data: bytes) -> Upload:
        """Write `data` at the recorded offset. Caller has checked `offset` equals the recorded one."""
        with self._lock:
            current = self.upload(upload_id)
            if current is None or current.offset != offset:
                raise ValueError("offset changed under the caller")
            if offset + len(data) > current.length:
                raise UploadTooLong("chunk goes past Upload-Length")
            # A crash mid-write can leave bytes past the recorded offset: cut them before appending.
            with open(self._blob(upload_id), "r+b") as f:
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
            with self._tx() as c:
                c.execute(
                    "UPDATE uploads SET offset = ?, sha256 = ?, bytes_received = bytes_received + ? "
                    "WHERE id = ?",
                    (new_offset, digest, len(data), upload_id),
                )
            updated = self.upload(upload_id)
            assert updated is not None
            return updated

    def blob_sha256(self, upload_id: str) -> tuple[int, str] | None:
        path = self._blob(upload_id)
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
            c.execute("DELETE FROM uploads WHERE id = ? AND committed_to IS NULL", (upload_id,))
        if self.upload(upload_id) is None:
            self._blob(upload_id).unlink(missing_ok=True)

    def bytes_received(self, upload_id: str) -> int:
        row = self._one("SELECT bytes_received FROM uploads WHERE id = ?", (upload_id,))
        return 0 if row is None else int(row[0])

    def purge_expired_uploads(self, now: float) -> int:
        """Delete uploads past their expiry that no application committed. Returns how many."""
        rows = self._all("SELECT id FROM uploads WHERE expires_at < ? AND committed_to IS NULL", (now,))
        for (upload_id,) in rows:
            self.delete_upload(str(upload_id))
        return len(rows)

    # -- applications ----------------------------------------------------------------------------
    def begin_commit(self, key: str, terminal_id: str, request_hash: str) -> tuple[CommitStart, str | None]:
        with self._tx() as c:
            row = c.execute(
                "SELECT terminal_id, request_hash, state, response, started_at "
                "FROM idempotency WHERE key = ?",
                (key,),
            ).fetchone()
            now = time.time()
            if row is None:
                c.execute(
                    "INSERT INTO idempotency VALUES (?, ?, ?, 'in_flight', NULL, ?)",
                    (key, terminal_id, request_hash, now),
                )
                return "new", None
            owner, saved_hash, state, response, started = row
            if owner != terminal_id:
                return "mismatch", None
            if state == "in_flight" and now - float(started) < IN_FLIGHT_TAKEOVER_S:
                return "in_flight", None
            if saved_hash != request_hash:
                return "mismatch", None
            if state == "done":
                return "replay", str(response)
            c.execute("UPDATE idempotency SET started_at = ? WHERE key = ?", (now, key))
            return "new", None

    def abort_commit(self, key: str) -> None:
        with self._tx() as c:
            c.execute("DELETE FROM idempotency WHERE key = ? AND state = 'in_flight'", (key,))

    def finish_commit(
        self, key: str, terminal_id: str, manifest: str, upload_ids: list[str]
    ) -> tuple[str, float]:
        now = time.time()
        with self._tx() as c:
            cur = c.execute(
                "INSERT INTO applications (id, terminal_id, state, manifest, received_at) "
                "VALUES (?, ?, 'received', ?, ?)",
                (key, terminal_id, manifest, now),
            )
            seq = int(cur.lastrowid or 0)
            case_no = time.strftime("HN%Y%m%d", time.gmtime(now)) + f"{seq:07d}"
            c.execute("UPDATE applications SET case_no = ? WHERE seq = ?", (case_no, seq))
            names = [a["name"] for a in json.loads(manifest)["attachments"]]
            for name, upload_id in zip(names, upload_ids, strict=True):
                c.execute("INSERT INTO attachments VALUES (?, ?, ?)", (key, name, upload_id))
                c.execute("UPDATE uploads SET committed_to = ? WHERE id = ?", (key, upload_id))
            c.execute(
                "INSERT INTO case_events (application_id, terminal_id, case_no, state, changed_at) "
                "VALUES (?, ?, ?, 'received', ?)",
                (key, terminal_id, case_no, now),
            )
            response = json.dumps({"application_id": key, "case_no": case_no, "received_at": now})
            c.execute("UPDATE idempotency SET state = 'done', response = ? WHERE key = ?", (response, key))
        return case_no, now

    def _application(self, row: tuple[Any, ...]) -> StoredApplication:
        _, aid, tid, case_no, state, manifest, received = row
        return StoredApplication(str(aid), str(tid), str(case_no), str(state), str(manifest), float(received))

    def application(self, key: str) -> StoredApplication | None:
        row = self._one("SELECT * FROM applications WHERE id = ? OR case_no = ?", (key, key))
        return None if row is None else self._application(row)

    def applications(self) -> list[StoredApplication]:
        return [self._application(r) for r in self._all("SELECT * FROM applications ORDER BY seq")]

    def attachment_uploads(self, application_id: str) -> list[tuple[str, str]]:
        rows = self._all(
            "SELECT name, upload_id FROM attachments WHERE application_id = ?", (application_id,)
        )
        return [(str(n), str(u)) for n, u in rows]

    def set_case_state(self, case_no: str, state: str, note: str) -> bool:
        with self._tx() as c:
            sql = "SELECT id, terminal_id FROM applications WHERE case_no = ?"
            row = c.execute(sql, (case_no,)).fetchone()
            if row is None:
                return False
            c.execute("UPDATE applications SET state = ? WHERE case_no = ?", (state, case_no))
            c.execute(
                "INSERT INTO case_events (application_id, terminal_id, case_no, state, changed_at, note) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (row[0], row[1], case_no, state, time.time(), note),
            )
            return True

    def case_events(self, terminal_id: str, after_seq: int, limit: int) -> list[CaseEvent]:
        rows = self._all(
            "SELECT seq, application_id, case_no, state, changed_at, note FROM case_events "
            "WHERE terminal_id = ? AND seq > ? ORDER BY seq LIMIT ?",
            (terminal_id, after_seq, limit),
        )
        return [CaseEvent(int(s), str(a), str(c), str(st), float(t), str(n)) for s, a, c, st, t, n in rows]

    def feed_generation(self) -> int:
        row = self._one("SELECT value FROM settings WHERE key = 'feed_generation'")
        return 1 if row is None else int(str(row[0]))

    def bump_feed_generation(self) -> int:
        with self._tx() as c:
            new = self.feed_generation() + 1
            c.execute("INSERT OR REPLACE INTO settings VALUES ('feed_generation', ?)", (str(new),))
            return new

    # -- small posts -----------------------------------------------------------------------------
    def put_small(self, kind: str, terminal_id: str, item_id: str, body: str) -> PutResult:
        with self._tx() as c:
            row = c.execute(
                "SELECT body FROM small_posts WHERE kind = ? AND terminal_id = ? AND item_id = ?",
                (kind, terminal_id, item_id),
            ).fetchone()
            if row is not None:
                return "same" if row[0] == body else "mismatch"
            c.execute(
                "INSERT INTO small_posts VALUES (?, ?, ?, ?, ?)",
                (kind, terminal_id, item_id, body, time.time()),
            )
            if kind == "heartbeats":
                c.execute("UPDATE terminals SET last_heartbeat = ? WHERE id = ?", (body, terminal_id))
            return "created"

    def count_small(self, kind: str) -> int:
        row = self._one("SELECT count(*) FROM small_posts WHERE kind = ?", (kind,))
        return 0 if row is None else int(row[0])

    def heartbeats(self, terminal_id: str) -> list[str]:
        """Every heartbeat body of a terminal, in the order received (for the audit chain check)."""
        rows = self._all(
            "SELECT body FROM small_posts WHERE kind = 'heartbeats' AND terminal_id = ? "
            "ORDER BY received_at, rowid",
            (terminal_id,),
        )
        return [str(r[0]) for r in rows]
