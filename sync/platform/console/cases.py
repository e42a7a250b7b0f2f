"""What the console needs from inside sealed payloads, opened once per case or on a staff request.

Each application's kind (certification, home visit, ordinary application) and its deferred (容缺)
materials with their due dates come from the clear columns commit wrote (the payload is opened only
for a case committed before they held them) and are kept in the console's index, so the list pages do
not open payloads per request. A certification's face photo is opened only when a
staff member asks (the caller audits it).
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sync.platform import review
from sync.platform.console.store import ConsoleStore
from sync.platform.storage import Storage

log = logging.getLogger(__name__)
Opener = Callable[[bytes], bytes]


INDEX_BATCH = 5000  # cases indexed per page request at most: a backlog is worked off over a few


def index_new_cases(storage: Storage, store: ConsoleStore, open_: Opener) -> None:
    """Index the cases that arrived since the last call. Their kind and deferred materials are in the
    clear columns commit wrote; only a case committed before those columns held them is opened."""
    through = store.indexed_through()
    known = store.indexed_ids() if through == 0 else set()  # a console that indexed before the mark
    found = storage.applications(after_seq=through, limit=INDEX_BATCH)
    for app in found:
        if app.id in known:
            continue
        info = review.summary(app)
        if "deferred" in info:
            owed = [(str(code), str(due)) for code, due in info["deferred"]]
            store.index_case(app.id, app.case_no, app.kind, owed)
            continue
        try:
            manifest = json.loads(app.manifest)
            data: dict[str, Any] = json.loads(open_(base64.b64decode(manifest["sealed_payload"])))
        except Exception as exc:  # one unreadable case is listed as such; the page still works
            log.error("case %s not readable: %s", app.case_no, type(exc).__name__)
            store.index_case(app.id, app.case_no, "unreadable", [])
            continue
        owed = [
            (str(m.get("code", "")), str(m["due_date"]))
            for m in data.get("materials") or []
            if isinstance(m, dict) and m.get("disposition") == "deferred" and m.get("due_date")
        ]
        store.index_case(app.id, app.case_no, str(data.get("type") or "application"), owed)
    if found:
        store.set_indexed_through(found[-1].seq)


def face_photo(storage: Storage, blob_dir: Path, open_: Opener, application_id: str) -> bytes | None:
    """The live face frame of a certification, opened from its sealed attachment."""
    for name, upload_id in storage.attachment_uploads(application_id):
        if name.endswith("-face_photo") or name == "face_photo":
            return open_((blob_dir / upload_id).read_bytes())
    return None


def _masked(name: str) -> str:
    if len(name) <= 1:
        return "*"
    return name[0] + "*" * max(1, len(name) - 2) + (name[-1] if len(name) > 2 else "")


PAGE = 200  # the newest of each kind a list page shows


def reviews(
    storage: Storage, store: ConsoleStore, open_: Opener
) -> tuple[list[review.CertificationCase], list[review.HomeVisit], list[str]]:
    """The newest certifications (from the masked columns: nothing opened) and home visits (each
    address opened, as staff go there); a visit that does not open is named in the third list instead
    of taking the page down."""
    index_new_cases(storage, store, open_)
    certs = review.certifications(storage, newest=PAGE)
    visits: list[review.HomeVisit] = []
    broken: list[str] = []
    for app in storage.applications(kind="home_visit", limit=PAGE, newest_first=True):
        try:
            data = review.payload(app, open_)
            visits.append(
                review.HomeVisit(
                    app.case_no, app.state, app.received_at,
                    _masked(str((data.get("applicant") or {}).get("name", ""))),
                    str((data.get("matters") or [""])[0]), str(data.get("address", "")),
                    str(data.get("call_back_by", "")),
                )
            )  # fmt: skip
        except Exception as exc:
            log.error("case %s not readable: %s", app.case_no, type(exc).__name__)
            broken.append(app.case_no)
    return certs, visits, broken
