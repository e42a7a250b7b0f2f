"""Typed settings kept in the ``settings`` table (values stored as JSON).

API::

    set_setting(db, key, value)              # value: str | int | float | bool | None | list | dict
    get_setting(db, key, default=None)       # any JSON value, or default when absent
    get_str / get_int / get_float / get_bool(db, key, default)   # raise SettingTypeError on a mismatch
    all_settings(db) -> dict[str, Any]
    delete_setting(db, key) -> bool

Settings are terminal configuration the technician changes at run time (never personal data).
"""

from __future__ import annotations

import json
import time
from typing import Any, TypeVar

from kiosk.store.connection import Database

T = TypeVar("T")
_MISSING = object()


class SettingTypeError(TypeError):
    def __init__(self, key: str, expected: str, value: Any) -> None:
        self.key = key
        super().__init__(f"setting {key!r}: expected {expected}, stored value is {type(value).__name__}")


def set_setting(db: Database, key: str, value: Any) -> None:
    if not key:
        raise ValueError("setting key must be non-empty")
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"setting {key!r}: value is not plain JSON data: {exc}") from exc
    db.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        (key, text, time.time()),
    )


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def delete_setting(db: Database, key: str) -> bool:
    return db.execute("DELETE FROM settings WHERE key = ?", (key,)).rowcount > 0


def all_settings(db: Database) -> dict[str, Any]:
    rows = db.execute("SELECT key, value FROM settings ORDER BY key")
    return {key: json.loads(value) for key, value in rows}


def _typed(db: Database, key: str, default: T, kinds: tuple[type, ...], expected: str) -> T:
    value = get_setting(db, key, _MISSING)
    if value is _MISSING:
        return default
    if isinstance(value, bool) and bool not in kinds:
        raise SettingTypeError(key, expected, value)
    if not isinstance(value, kinds):
        raise SettingTypeError(key, expected, value)
    return value  # type: ignore[return-value]


def get_str(db: Database, key: str, default: str = "") -> str:
    return _typed(db, key, default, (str,), "a string")


def get_int(db: Database, key: str, default: int = 0) -> int:
    return _typed(db, key, default, (int,), "a whole number")


def get_float(db: Database, key: str, default: float = 0.0) -> float:
    return float(_typed(db, key, default, (int, float), "a number"))


def get_bool(db: Database, key: str, default: bool = False) -> bool:
    return _typed(db, key, default, (bool,), "true or false")
