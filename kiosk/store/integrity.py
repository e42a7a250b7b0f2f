"""Start-up integrity check: a damaged database is moved aside and kept, never deleted or overwritten.

Queued applications in the database are the residents' property. If the file is corrupt, truncated or
not a database at all, it is renamed (with its ``-wal`` and ``-shm`` companions, so the set stays
openable for recovery) to ``<name>.damaged-<UTC timestamp>`` in the same directory, a fresh database is
created, and the app starts degraded: the returned ``StoreHealth`` says so, and the technician screen and
the log show it.

API::

    db, health = open_store_checked(path)          # -> (Database, StoreHealth)
    health.ok / health.degraded / health.status    # StoreStatus.OK | StoreStatus.RECOVERED_FROM_DAMAGE
    health.moved_to, health.reason                 # where the damaged copy went, and why
    damaged_copies(path) -> list[Path]             # every kept damaged copy, for the technician screen

Only damage moves a file aside (SQLite's CORRUPT / NOTADB answers, or integrity_check findings). Any
other error (locked, permission denied, a migration bug) is raised: moving a healthy database aside
because of a bug would hide the residents' applications from the sync.
"""

from __future__ import annotations

import enum
import errno
import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import kiosk.store.audit as audit
from kiosk.logs import REDACTOR
from kiosk.store.connection import Database, connect
from kiosk.store.migrations import migrate

log = logging.getLogger(__name__)

COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
_DAMAGE_ERRORS = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_MAX_PROBLEMS = 10


class StoreStatus(enum.Enum):
    OK = "ok"
    RECOVERED_FROM_DAMAGE = "recovered_from_damage"


@dataclass(frozen=True)
class StoreHealth:
    status: StoreStatus
    path: Path
    moved_to: Path | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.status is StoreStatus.OK

    @property
    def degraded(self) -> bool:
        return not self.ok

    def describe(self) -> str:
        if self.ok:
            return f"store {self.path}: ok"
        return (
            f"store {self.path} was damaged ({self.reason}); "
            f"kept as {self.moved_to}; started with a fresh store"
        )


class StoreUnavailableError(RuntimeError):
    """The database is damaged and could not be moved aside; nothing was deleted."""


def is_disk_full(exc: BaseException) -> bool:
    """ENOSPC/EDQUOT from a file operation, or SQLite's SQLITE_FULL, anywhere in the cause chain."""
    seen: BaseException | None = exc
    for _ in range(10):  # a cause chain is short; bounded in case of a cycle
        if seen is None:
            return False
        if isinstance(seen, OSError) and seen.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(seen, sqlite3.Error) and (
            getattr(seen, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(seen)
        ):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def is_damage(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.DatabaseError) and getattr(exc, "sqlite_errorname", "") in _DAMAGE_ERRORS


def check(path: Path) -> str | None:
    """None if the file is absent or healthy, else why it is damaged. Opens read-only: changes nothing."""
    if not path.exists():
        return None
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return str(exc)
        raise
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA integrity_check({_MAX_PROBLEMS})")]
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return str(exc)
        raise
    finally:
        conn.close()
    if rows == ["ok"]:
        return None
    return "integrity_check: " + "; ".join(str(row) for row in rows)


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename the database and its companions to ``<name>.damaged-<UTC timestamp>``; return the new path."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while any(Path(str(target) + s).exists() for s in ("", *COMPANION_SUFFIXES)):
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
        n += 1
    try:
        # Companions first: if the main file moved and a -wal stayed, the fresh database would adopt it.
        for suffix in COMPANION_SUFFIXES:
            companion = Path(str(path) + suffix)
            if companion.exists():
                companion.rename(str(target) + suffix)
        path.rename(target)
    except OSError as exc:
        raise StoreUnavailableError(
            f"store {path} is damaged and could not be moved aside ({exc}); nothing was deleted"
        ) from exc
    return target


def damaged_copies(path: Path | str) -> list[Path]:
    path = Path(path)
    if not path.parent.exists():
        return []
    return sorted(
        p for p in path.parent.glob(f"{path.name}.damaged-*") if not p.name.endswith(COMPANION_SUFFIXES)
    )


def _open_migrated(path: Path) -> Database:
    db = connect(path)
    try:
        migrate(db)
    except BaseException:
        db.conn.close()
        raise
    return db


def open_store_checked(path: Path | str, now: datetime | None = None) -> tuple[Database, StoreHealth]:
    """Check, move aside if damaged, open (fresh if needed) and migrate. See the module docstring."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    reason = check(path)
    if reason is None:
        try:
            return _open_migrated(path), StoreHealth(StoreStatus.OK, path)
        except sqlite3.DatabaseError as exc:
            # integrity_check passed but the pages migrate touched were bad: still damage.
            if not is_damage(exc):
                raise
            reason = str(exc)
    moved_to = move_aside(path, now)
    health = StoreHealth(StoreStatus.RECOVERED_FROM_DAMAGE, path, moved_to, reason)
    log.error("%s", health.describe())
    db = _open_migrated(path)
    audit.append(
        db,
        actor="system",
        action="store.recovered_from_damage",
        detail={"moved_to": moved_to.name, "reason": REDACTOR.redact(reason)[:500]},
    )
    return db, health
