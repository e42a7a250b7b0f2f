"""What the console needs from inside sealed payloads, opened once per case or on a staff request.

Each application's kind (certification, home visit, ordinary application) and its deferred (容缺)
materials with their due dates are read from the payload once and kept in the console's index, so
the list pages do not open payloads per request. A certification's face photo is opened only when a
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


def index_new_cases(storage: Storage, store: ConsoleStore, open_: Opener) -> None:
    known = store.indexed_ids()
    for app in storage.applications():
        if app.id in known:
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


def reviews(
    storage: Storage, store: ConsoleStore, open_: Opener
) -> tuple[list[review.CertificationCase], list[review.HomeVisit], list[str]]:
    """Certifications and home visits, opening only those cases (by the index); a case that does not
    open is named in the third list instead of taking the page down."""
    index_new_cases(storage, store, open_)
    certs: list[review.CertificationCase] = []
    visits: list[review.HomeVisit] = []
    broken: list[str] = []
    for case_no, kind in sorted(store.case_kinds().items()):
        if kind not in ("certification", "home_visit"):
            continue
        app = storage.application(case_no)
        try:
            assert app is not None
            data = review.payload(app, open_)
            name = _masked(str((data.get("applicant") or {}).get("name", "")))
            if kind == "certification":
                face = data.get("face") or {}
                assisted = data.get("assisted_by") is not None
                certs.append(
                    review.CertificationCase(
                        app.case_no, app.id, app.state, app.received_at, name, assisted,
                        str(face.get("reference", "registry")), int(face.get("attempts", 0)),
                    )
                )  # fmt: skip
            else:
                visits.append(
                    review.HomeVisit(
                        app.case_no, app.state, app.received_at, name, str((data.get("matters") or [""])[0]),
                        str(data.get("address", "")), str(data.get("call_back_by", "")),
                    )
                )  # fmt: skip
        except Exception as exc:
            log.error("case %s not readable: %s", case_no, type(exc).__name__)
            broken.append(case_no)
    return certs, visits, broken
