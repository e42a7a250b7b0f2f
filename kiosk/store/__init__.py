"""Local state: SQLite through sqlite-utils, WAL, versioned migrations (model: Vorta's store/).

At start-up call ``open_store_checked(path) -> (Database, StoreHealth)``: it runs the integrity check,
moves a damaged database aside (kept, never deleted) and opens a fresh one. ``open_store`` skips the
check (tests, tools).

This package is the only one that issues SQL against the terminal database; everything else calls
one repository module per table family, each documenting the tables it owns:

* ``applications`` — ``applications``, ``materials``, ``sync_case_status`` (one insert path; the
  application's lifecycle);
* ``outbox`` — ``outbox`` (its states and their transitions);
* ``resident_records`` — ``evaluations``, ``complaints``, ``help_requests``;
* ``catalog_versions`` — ``catalog_versions`` (validation stays in ``kiosk.core.catalog_io``);
* ``settings`` — ``settings``; ``audit`` — ``audit_log`` (hash-chained); ``device_events``;
* ``connection`` (``transaction``), ``migrations``, ``integrity``.

``tests/store/test_sql_ownership.py`` keeps it so; ``docs/store-lifecycle.md`` has the table of
owners and callers.
"""

from kiosk.store.connection import Database, open_store
from kiosk.store.integrity import StoreHealth, StoreStatus, open_store_checked

__all__ = ["Database", "StoreHealth", "StoreStatus", "open_store", "open_store_checked"]
