"""The one owner of sealed files on disk: when one may be written, and when one may be deleted.

A sealed file and the row naming it must never disagree, whichever thread or process does what (the
sync worker re-sealing, a start-up clean-up on the UI thread, retention). Two rules make that so:

* a new sealed file is written only inside the write transaction (``BEGIN IMMEDIATE``) that commits
  the row naming it, so while it is unreferenced no other connection can even begin a transaction;
* a sealed file is deleted only inside a write transaction that proves no row names it (orphans), or
  that has just changed the row that named it (retention, face photos, the old half of a re-seal).

The clean-up scans the folder inside its transaction, so it sees either no new file or a referenced one.

API::

    write(db, path, data)                       # inside the caller's transaction
    delete_unreferenced(db, paths) -> int       # inside the caller's transaction; skips named files
    remove_orphans(db, files_dir, quarantine) -> (orphans, temps)   # start-up clean-up, own transaction
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import sqlite_utils

from kiosk.store import applications
from kiosk.store.connection import transaction

SUFFIX = ".sealed"


def write_file(path: Path, data: bytes) -> None:
    """Contents durable and the name in place; the directory entry is made durable by sync_dir."""
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def sync_dir(directory: Path) -> None:
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


class NotInTransaction(RuntimeError):
    """A sealed file was to be written or deleted outside the transaction that makes it safe."""


def _require_transaction(db: sqlite_utils.Database, what: str) -> None:
    if not db.conn.in_transaction:
        raise NotInTransaction(f"{what} a sealed file only inside a write transaction")


def write(db: sqlite_utils.Database, path: Path, data: bytes) -> None:
    """Write (durably) a file the same transaction will name; its directory is fsynced by the caller."""
    _require_transaction(db, "write")
    write_file(path, data)


def delete_unreferenced(db: sqlite_utils.Database, paths: Iterable[Path]) -> int:
    """Delete those of `paths` no material row names now; returns how many went."""
    _require_transaction(db, "delete")
    known = applications.all_file_names(db)
    gone = 0
    for path in paths:
        if path.name in known:
            continue
        try:
            path.unlink()
            gone += 1
        except FileNotFoundError:
            pass
    return gone


def remove_orphans(db: sqlite_utils.Database, files_dir: Path, quarantine: Path) -> tuple[int, int]:
    """Half-written temporary files go; sealed files no row names are moved to `quarantine`, never
    deleted: after a damaged database was moved aside they are the queued applications.
    Returns (orphans quarantined, temps removed).

    By file name (application id + index), so a differently spelled `files_dir` never makes a
    queued application's file look orphaned.
    """
    orphans = temps = 0
    if not Path(files_dir).is_dir():
        return 0, 0
    with transaction(db):
        known = applications.all_file_names(db)
        for entry in os.scandir(files_dir):
            if not entry.is_file():
                continue
            if entry.name.endswith(".tmp"):  # a writer's temporary file lives only inside its transaction
                os.unlink(entry.path)
                temps += 1
            elif entry.name.endswith(SUFFIX) and entry.name not in known:
                quarantine.mkdir(exist_ok=True)
                os.replace(entry.path, quarantine / entry.name)
                orphans += 1
    if orphans or temps:
        sync_dir(Path(files_dir))
    return orphans, temps
