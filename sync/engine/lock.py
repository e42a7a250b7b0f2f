"""One sync process per kiosk database: an advisory lock beside it that names its holder.

Two processes syncing one database (a technician's `kiosk-sync run-once` beside the service) upload
the same bytes twice and mark each other's commits as refused. The lock is `flock` on
`<db>.sync-lock`: the kernel drops it when the holder dies, even by kill -9, so a stale file never
blocks anyone; the file's text (pid, what, since) is only there to say who holds it.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path


class SyncLockHeld(RuntimeError):
    """Another process syncs this database; the message says which."""


class SyncLock:
    def __init__(self, db_path: Path, holder: str) -> None:
        self.path = Path(str(db_path) + ".sync-lock")
        self.holder = holder
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            held_by = os.pread(fd, 512, 0).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise SyncLockHeld(
                f"{self.path.name.removesuffix('.sync-lock')} is being synced by {held_by}"
            ) from None
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime())
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} ({self.holder}) since {stamp}\n".encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            os.close(self._fd)  # closing drops the flock
            self._fd = None

    def __enter__(self) -> SyncLock:
        self.acquire()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
