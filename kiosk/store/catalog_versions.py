"""The imported catalog versions: every document ever imported, exactly one of them active.

Owner of ``catalog_versions`` (migration 0001): ``version`` (primary key; a version names one
document), ``imported_at``, ``sha256`` over the stored text's UTF-8 bytes, ``document`` (the text
itself) and ``active``. Validation is the core's (``kiosk.core.catalog_io``); this module stores
what it validated and hands stored rows back to it to be checked and built.

API::

    apply_catalog(db, path_or_doc) -> ImportResult       # validate, store, make it the only active
    load_active_catalog(db, revalidate=True) -> Catalog | None   # raises CatalogCorrupt if damaged
    active_version(db) -> str | None                     # no checks: for reports and heartbeats

The core is imported inside the two functions that validate: ``sync`` (which never loads
``kiosk.core``) reads ``active_version`` for its heartbeat.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.store.connection import Database

if TYPE_CHECKING:
    from kiosk.core.catalog import Catalog
    from kiosk.core.catalog_io import ImportResult


def apply_catalog(db: Database, path_or_doc: Path | str | Mapping[str, Any]) -> ImportResult:
    """Validate a catalog (a file path or a parsed document) and make it the only active version.

    One ``BEGIN IMMEDIATE ... COMMIT`` transaction: afterwards either the new version is the only
    active row, or (on any error: invalid document, version clash, database failure) nothing has
    changed and the previous version is still active. Re-importing an identical version just makes
    it active again; the same version string with different content is refused.
    """
    from kiosk.core.catalog_io import CatalogError, ImportResult, prepare_catalog, version_clash

    prepared = prepare_catalog(path_or_doc)
    catalog = prepared.catalog
    conn = db.conn
    if conn.in_transaction:
        raise CatalogError("apply_catalog must run outside any open transaction (it uses its own)")
    conn.execute("BEGIN IMMEDIATE")
    try:
        existing = conn.execute(
            "SELECT sha256 FROM catalog_versions WHERE version = ?", (catalog.version,)
        ).fetchone()
        previous = conn.execute(
            "SELECT version FROM catalog_versions WHERE active = 1 ORDER BY imported_at DESC"
        ).fetchone()
        if existing is not None and existing[0] != prepared.sha256:
            raise version_clash(catalog.version, prepared.source)
        conn.execute("UPDATE catalog_versions SET active = 0 WHERE active <> 0")
        if existing is not None:
            conn.execute("UPDATE catalog_versions SET active = 1 WHERE version = ?", (catalog.version,))
        else:
            conn.execute(
                "INSERT INTO catalog_versions (version, imported_at, sha256, document, active) "
                "VALUES (?, ?, ?, ?, 1)",
                (catalog.version, time.time(), prepared.sha256, prepared.text),
            )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return ImportResult(
        version=catalog.version,
        sha256=prepared.sha256,
        matters=len(catalog.matters),
        bundles=len(catalog.bundles),
        previous_version=previous[0] if previous else None,
        reactivated=existing is not None,
    )


def active_version(db: Database) -> str | None:
    row = db.conn.execute("SELECT version FROM catalog_versions WHERE active = 1").fetchone()
    return None if row is None else str(row[0])


def load_active_catalog(db: Database, *, revalidate: bool = True) -> Catalog | None:
    """The active catalog, or None when none was ever imported.

    Raises CatalogCorrupt with a plain explanation when the stored document is damaged, more than
    one row is active, or the table itself cannot be read.
    """
    from kiosk.core.catalog_io import CatalogCorrupt, catalog_from_stored

    try:
        rows = db.conn.execute(
            "SELECT version, sha256, document FROM catalog_versions WHERE active = 1"
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise CatalogCorrupt(f"cannot read the stored catalog: {exc}") from exc
    if not rows:
        return None
    if len(rows) > 1:
        versions = ", ".join(str(r[0]) for r in rows)
        raise CatalogCorrupt(
            f"{len(rows)} catalog versions are marked active ({versions}); re-import the catalog"
        )
    version, sha, text = rows[0]
    return catalog_from_stored(version, sha, text, revalidate=revalidate)
