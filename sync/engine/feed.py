"""Status feed polling: each page and the cursor after it are applied in one transaction."""

from __future__ import annotations

import sqlite_utils

from kiosk.store import applications
from kiosk.store.connection import transaction
from kiosk.store.settings import get_setting, set_setting
from sync import sealed_files
from sync.engine.client import PlatformClient
from sync.engine.errors import Rejected
from sync.engine.state import KEY_CURSOR
from sync.protocol.models import StatusPage

MAX_PAGES_PER_RUN = 50


def apply_page(db: sqlite_utils.Database, page: StatusPage) -> int:
    """Apply one page and store its cursor atomically. Returns how many items were applied."""
    applied = 0
    with transaction(db):
        for item in page.items:
            # an application this kiosk no longer holds (purged, from before a reinstall) is skipped
            applied += applications.apply_platform_status(
                db, item.application_id, item.case_no, item.state, item.changed_at, item.note
            )
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


# Face pictures of a pension certification: the live frame and the card chip photo. The
# platform holds them once it acknowledged the application, so the kiosk keeps no copy.
FACE_MATERIALS = ("face_photo", "card_photo")


def purge_face_photos(db: sqlite_utils.Database) -> int:
    """Delete the sealed face files of acknowledged applications; returns how many went."""
    rows = applications.acknowledged_files(db, FACE_MATERIALS)
    for material_id, path in rows:
        with transaction(db):  # the row forgets it, then the file goes, in one transaction
            applications.forget_file(db, material_id)
            sealed_files.delete_unreferenced(db, [path])
    return len(rows)
