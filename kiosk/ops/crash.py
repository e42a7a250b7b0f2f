"""Crash bookkeeping: a run marker written at start and removed at a clean exit.

API::

    report = start_run(config, db, temp_root=None, keyboard_config_home=None, now=None) -> CrashReport
    report.crashed, report.crash_count, report.previous (what the dead run wrote), report.pending_items
    report.heartbeat_fields() -> {"crash_count": int, "last_crash_at": float | None}
    clean_exit(config)                         # at a clean exit only (aboutToQuit, SIGTERM handled)
    crash_count(db) -> int

A marker still present at start means the previous run never reached ``clean_exit``: killed by the
watchdog, a segfault, a power cut. Then the crash is counted (settings ``ops.crash_count``,
``ops.last_crash_at``), logged, appended to the audit chain, and whatever the dead session left is
wiped with the session module's own start-up purge. The queue is not touched: it lives in the store
(WAL, synchronous=FULL), and the report says how many items are still pending so the log shows it.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.config import Config
from kiosk.core.session import purge_stale_session_dirs, wipe_pinyin_dictionary
from kiosk.store import audit, outbox
from kiosk.store import settings as store_settings
from kiosk.store.connection import Database, transaction

log = logging.getLogger(__name__)

MARKER_NAME = "run.marker"
KEY_COUNT = "ops.crash_count"
KEY_LAST = "ops.last_crash_at"


@dataclass(frozen=True)
class CrashReport:
    crashed: bool
    crash_count: int
    last_crash_at: float | None = None
    previous: dict[str, Any] = field(default_factory=dict)
    stale_dirs_removed: int = 0
    pending_items: int = 0

    def heartbeat_fields(self) -> dict[str, Any]:
        return {"crash_count": self.crash_count, "last_crash_at": self.last_crash_at}


def marker_path(config: Config) -> Path:
    return config.data_dir / MARKER_NAME


def crash_count(db: Database) -> int:
    return int(store_settings.get_setting(db, KEY_COUNT, 0) or 0)


def _read_marker(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a power cut can leave it empty or torn: still a crash
    return data if isinstance(data, dict) else {}


def _write_marker(path: Path, now: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    body = {"pid": os.getpid(), "started_at": now, "version": __version__}
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(body, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)  # the marker must survive the very power cut it is there to detect
    finally:
        os.close(fd)


def _pending(db: Database) -> int:
    return outbox.pending_summary(db)[0]


def start_run(
    config: Config,
    db: Database,
    temp_root: Path | None = None,
    keyboard_config_home: Path | None = None,
    now: float | None = None,
) -> CrashReport:
    """Call once at start-up, after the store is open and before the first session."""
    t = time.time() if now is None else now
    path = marker_path(config)
    crashed = path.exists()
    previous = _read_marker(path) if crashed else {}
    removed = 0
    if crashed:
        removed = purge_stale_session_dirs(temp_root or config.data_dir / "tmp")
        try:
            wipe_pinyin_dictionary(keyboard_config_home)
        except OSError as exc:
            log.error("crash recovery: pinyin dictionary wipe failed: %s", type(exc).__name__)
        with transaction(db):
            count = crash_count(db) + 1
            store_settings.set_setting(db, KEY_COUNT, count)
            store_settings.set_setting(db, KEY_LAST, t)
            started = previous.get("started_at")
            audit.append(db, "system", "kiosk.crash_detected", {
                "crash_count": count,
                "previous_started_at": started if isinstance(started, int | float) else None,
                "previous_version": str(previous.get("version", "unknown"))[:32],
                "stale_session_dirs_removed": removed,
            }, at=t)  # fmt: skip
        pending = _pending(db)
        log.error(
            "previous run ended without a clean exit (crash %d); removed %d stale session dir(s); "
            "%d item(s) still queued for the platform",
            count, removed, pending,
        )  # fmt: skip
    else:
        count = crash_count(db)
        pending = _pending(db)
    last = store_settings.get_setting(db, KEY_LAST)
    _write_marker(path, t)
    return CrashReport(crashed, count, None if last is None else float(last), previous, removed, pending)


def clean_exit(config: Config) -> bool:
    """Remove the marker; True if there was one. Only a clean shutdown path calls this."""
    try:
        marker_path(config).unlink()
    except FileNotFoundError:
        return False
    return True
