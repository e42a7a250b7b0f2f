"""Status feed polling: each page and the cursor after it are applied in one transaction."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from sync.engine.client import PlatformClient
from sync.engine.errors import Rejected
from sync.engine.state import ACKNOWLEDGED, KEY_CURSOR, STATUS_SYNCED, get_setting, set_setting, transaction
from sync.protocol.models import StatusPage

MAX_PAGES_PER_RUN = 50


def apply_page(db: sqlite_utils.Database, page: StatusPage) -> int:
    """Apply one page and store its cursor atomically. Returns how many items were applied."""
    applied = 0
    with transaction(db):
        for item in page.items:
            known = db.execute("SELECT 1 FROM applications WHERE id = ?", [item.application_id]).fetchone()
            if known is None:  # e.g. purged or from before a reinstall: nothing to show it on
                continue
            db.execute(
                "INSERT INTO sync_case_status (application_id, case_no, state, changed_at, note) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(application_id) DO UPDATE SET "
                "case_no = excluded.case_no, state = excluded.state, "
                "changed_at = excluded.changed_at, note = excluded.note",
                [item.application_id, item.case_no, item.state, item.changed_at, item.note],
            )
            db.execute(
                "UPDATE applications SET platform_case_no = ? WHERE id = ? AND platform_case_no IS NULL",
                [item.case_no, item.application_id],
            )
            db.execute(
                "UPDATE outbox SET state = ? WHERE kind = 'application' AND ref = ? AND state = ?",
                [STATUS_SYNCED, item.application_id, ACKNOWLEDGED],
            )
            applied += 1
        set_setting(db, KEY_CURSOR, page.cursor)
    return applied


def poll(db: sqlite_utils.Database, client: PlatformClient, page_size: int = 200) -> int:
    """Read every new status page; a 410 drops the cursor and reads from the start once."""
    applied = 0
    restarted = False
    for _ in range(MAX_PAGES_PER_RUN):
        cursor = get_setting(db, KEY_CURSOR)
        params = {"limit": str(page_size)}
        if cursor:
            params["cursor"] = str(cursor)
        try:
            response = client.request("GET", "/v1/status", params=params)
        except Rejected as exc:
            if exc.status != 410 or restarted:
                raise
            restarted = True
            with transaction(db):
                set_setting(db, KEY_CURSOR, None)
            continue
        page = StatusPage.model_validate_json(response.content)
        applied += apply_page(db, page)
        if not page.more:
            break
    purge_face_photos(db)
    return applied


# Face pictures of a pension certification (issue 8): the live frame and the card chip photo. The
# platform holds them once it acknowledged the application, so the kiosk keeps no copy.
FACE_MATERIALS = ("face_photo", "card_photo")


def purge_face_photos(db: sqlite_utils.Database) -> int:
    """Delete the sealed face files of acknowledged applications; returns how many went."""
    rows = db.execute(
        "SELECT m.id, m.path FROM materials m "
        "JOIN outbox o ON o.kind = 'application' AND o.ref = m.application_id "
        "WHERE m.material_code IN (?, ?) AND m.path IS NOT NULL AND o.state IN (?, ?)",
        [*FACE_MATERIALS, ACKNOWLEDGED, STATUS_SYNCED],
    ).fetchall()
    for material_id, path in rows:
        # the file first: should the update fail, the row still names it and the next pass retries
        Path(str(path)).unlink(missing_ok=True)
        with transaction(db):
            db.execute("UPDATE materials SET path = NULL WHERE id = ?", [material_id])
    return len(rows)
