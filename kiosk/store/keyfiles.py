"""The terminal's secrets live in files, never in kiosk.db: a copy of the database alone opens nothing.

Each secret has a name (``applicant-token.key``, ``terminal-signing.key``) and is looked up in
this order:

1. ``$CREDENTIALS_DIRECTORY/<name>``: a systemd credential. The units load them with
   ``LoadCredentialEncrypted=`` from ``/etc/credstore.encrypted/township-kiosk.<name>``, which
   ``packaging/bin/kiosk-credentials`` makes at install (``systemd-creds encrypt --with-key=auto``:
   bound to the board's TPM2 where it has one, so the disk image alone cannot decrypt them);
2. ``<store dir>/keys/<name>``: the documented fallback, only when there is no credential: a file of
   mode 0600 in a 0700 folder owned by the service user, made on first use.

A secret still found in the settings table (an older kiosk) is moved to its file and removed from
the database on first use.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from kiosk.store.connection import Database

KEYS_DIR = "keys"
CREDENTIALS_ENV = "CREDENTIALS_DIRECTORY"


def keys_dir(db: Database) -> Path:
    """The folder beside the store file that holds the fallback key files."""
    row = db.execute("PRAGMA database_list").fetchone()
    if row is None or not row[2]:
        raise ValueError("the store is not a file: there is no place beside it for key files")
    return Path(str(row[2])).parent / KEYS_DIR


def credential_path(name: str) -> Path | None:
    """Where systemd put the credential ``name`` for this service, None when it did not."""
    folder = os.environ.get(CREDENTIALS_ENV)
    if not folder:
        return None
    path = Path(folder) / name
    return path if path.is_file() else None


def read_credential(name: str) -> bytes | None:
    """The systemd credential ``name`` alone (no fallback), None when the service has none."""
    path = credential_path(name)
    return None if path is None else path.read_bytes()


def _sync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_secret(db: Database, name: str, value: bytes, *, replace: bool = False) -> Path:
    """Write a secret to its fallback file (0600, fsynced). ``replace`` swaps an existing one atomically."""
    folder = keys_dir(db)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = folder / name
    target = path.with_name(name + ".new") if replace else path
    if replace:
        target.unlink(missing_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, value)
        os.fsync(fd)
    finally:
        os.close(fd)
    if replace:
        os.replace(target, path)
    _sync_dir(folder)
    return path


def read_secret(db: Database, name: str) -> bytes | None:
    """The secret from the systemd credential, else its fallback file; None when neither exists."""
    loaded = read_credential(name)
    if loaded is not None:
        return loaded
    path = keys_dir(db) / name
    return path.read_bytes() if path.is_file() else None


def remove_fallback(db: Database, name: str, *, only_if: bytes | None = None) -> bool:
    """Delete the fallback file of a secret a credential now holds (overwritten first, so a copy
    of the disk does not keep it); with ``only_if``, only a file holding exactly those bytes.
    True when one was removed."""
    path = keys_dir(db) / name
    if not path.is_file() or (only_if is not None and path.read_bytes() != only_if):
        return False
    size = path.stat().st_size
    with open(path, "r+b") as f:
        f.write(b"\0" * size)
        f.flush()
        os.fsync(f.fileno())
    path.unlink()
    _sync_dir(path.parent)
    return True


def forget_setting(db: Database, key: str) -> None:
    """Delete a setting that held a secret, its bytes overwritten in the file, not left on a free page
    (Debian's SQLite defaults to secure_delete; a build that does not is covered here)."""
    from kiosk.store.connection import transaction
    from kiosk.store.settings import delete_setting, get_setting

    if get_setting(db, key) is None:
        return
    db.execute("PRAGMA secure_delete = ON")
    try:
        with transaction(db):
            delete_setting(db, key)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the old page image leaves the WAL too
    finally:
        db.execute("PRAGMA secure_delete = OFF")


def secret(db: Database, name: str, make: Callable[[], bytes]) -> bytes:
    """The secret, made with ``make`` and written to its file on first use."""
    found = read_secret(db, name)
    if found is not None:
        return found
    try:
        write_secret(db, name, make())
    except FileExistsError:
        pass  # another thread made it a moment ago: use that one
    found = read_secret(db, name)
    assert found is not None
    return found
