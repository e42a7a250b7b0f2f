"""Local state: SQLite through sqlite-utils, WAL, versioned migrations (model: Vorta's store/).

At start-up call ``open_store_checked(path) -> (Database, StoreHealth)``: it runs the integrity check,
moves a damaged database aside (kept, never deleted) and opens a fresh one. ``open_store`` skips the
check (tests, tools). Modules: ``audit`` (hash-chained log), ``settings``, ``device_events``,
``migrations``, ``integrity``.
"""

from kiosk.store.connection import Database, open_store
from kiosk.store.integrity import StoreHealth, StoreStatus, open_store_checked

__all__ = ["Database", "StoreHealth", "StoreStatus", "open_store", "open_store_checked"]
