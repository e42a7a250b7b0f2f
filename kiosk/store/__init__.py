"""Local state: SQLite through sqlite-utils, WAL, versioned migrations (model: Vorta's store/)."""

from kiosk.store.connection import open_store

__all__ = ["open_store"]
