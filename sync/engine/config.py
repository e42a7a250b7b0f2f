"""Engine options from the kiosk's settings table, so a technician can change them without a rebuild.

sync.upload_windows        ["22:00-06:00", ...]   attachments only inside these (empty: any time)
sync.bandwidth_bytes_per_s 25000                  cap for attachment bytes (null: none)
sync.retention_days        30                     purge sealed data this long after acknowledgement
sync.chunk_bytes           262144                 tus PATCH size (also the most a cut can cost)
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils

from kiosk.store.settings import get_setting
from sync.engine.engine import EngineOptions
from sync.engine.schedule import Schedule, Window


class SyncConfigError(ValueError):
    """A sync setting has a value the engine cannot use; the message names the key."""


def _number(db: sqlite_utils.Database, key: str) -> float | None:
    value = get_setting(db, key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise SyncConfigError(f"setting {key} must be a non-negative number, not {value!r}")
    return float(value)


def options_from_settings(
    db: sqlite_utils.Database,
    *,
    resident_at_screen: Callable[[], bool] = lambda: False,
    link_is_good: Callable[[], bool] = lambda: False,
) -> EngineOptions:
    raw_windows = get_setting(db, "sync.upload_windows") or []
    if not isinstance(raw_windows, list) or not all(isinstance(w, str) for w in raw_windows):
        raise SyncConfigError("setting sync.upload_windows must be a list of 'HH:MM-HH:MM' strings")
    try:
        windows = [Window.parse(w) for w in raw_windows]
    except ValueError as exc:
        raise SyncConfigError(f"setting sync.upload_windows: {exc}") from exc
    options = EngineOptions(
        schedule=Schedule(windows, link_is_good=link_is_good, resident_at_screen=resident_at_screen),
        bandwidth_bytes_per_s=_number(db, "sync.bandwidth_bytes_per_s"),
    )
    days = _number(db, "sync.retention_days")
    if days is not None:
        options.retention_s = days * 86400
    chunk = _number(db, "sync.chunk_bytes")
    if chunk is not None:
        if chunk < 1024:
            raise SyncConfigError("setting sync.chunk_bytes must be at least 1024")
        options.chunk_size = int(chunk)
    return options
