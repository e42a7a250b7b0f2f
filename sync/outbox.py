"""What the resident's journey calls to hand work to the sync engine.

    record_application(db, files_dir, platform_key, draft, personal_data, attachments) -> application_id
        seal everything, write the sealed files, then (through ``kiosk.store.applications.insert``,
        the one insert path for applications) the application + materials rows and the outbox
        row, all in one transaction (the sealed files are fsynced before the rows commit).
    enqueue_application(db, application_id)
        queue an application whose rows exist (sealed files already on disk).
    enqueue_small(db, kind, ref)
        an evaluation / complaint / help request whose row is in its own table.

Nothing here talks to the network or holds SQL; the rows are ``kiosk.store``'s
(``applications``, ``outbox``, ``resident_records``), the engine picks the outbox up on its own thread.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from kiosk.store import applications, outbox, resident_records
from kiosk.store.applications import NewApplication, NewMaterial
from kiosk.store.connection import transaction
from sync import sealed_files, sealing
from sync.sealed_files import sync_dir, write_file

__all__ = ["sync_dir", "write_file"]  # re-exported: sealed files are written through sync.sealed_files

SMALL_KINDS = ("evaluation", "complaint", "help")


class OutboxError(ValueError):
    """The application or item cannot be queued as given; nothing was written."""


@dataclass(frozen=True)
class ApplicationDraft:
    """Everything about an application that is stored in clear (no personal data).

    ``attachment_details``: public detail per attachment, by index (pages, ...);
    ``other_materials``: the materials that are not scanned here (e-licence, reused, deferred,
    promised), stored after the scanned pages.
    """

    application_id: str
    acceptance_no: str
    matter_codes: list[str]
    catalog_version: str
    applicant_masked: str
    applicant_token: str
    bundle_code: str | None = None
    state: str = "submitted"
    kind: str = "application"
    promised_date: str | None = None
    applicant_role: str = "self"
    staff_verification: bool = False
    staff_verification_reason: str | None = None
    face_status: str | None = None
    created_at: float | None = None
    attachment_details: tuple[Mapping[str, Any] | None, ...] = ()
    other_materials: tuple[NewMaterial, ...] = ()


def record_application(
    db: sqlite_utils.Database,
    files_dir: Path,
    platform_key: X25519PublicKey,
    draft: ApplicationDraft,
    personal_data: bytes,
    attachments: list[tuple[str, bytes]],
) -> str:
    """Seal and queue one application. `attachments` are (material_code, plaintext bytes)."""
    if not draft.matter_codes:
        raise OutboxError("an application needs at least one matter code")
    if draft.kind not in applications.KINDS:
        raise OutboxError(f"application kind must be one of {applications.KINDS}")
    if draft.attachment_details and len(draft.attachment_details) != len(attachments):
        raise OutboxError("attachment details do not match the attachments")
    files_dir.mkdir(parents=True, exist_ok=True)
    written: list[tuple[str, Path, str, int]] = []
    with transaction(db):  # files and rows together: see sync.sealed_files
        try:
            _write_sealed(db, files_dir, platform_key, draft.application_id, attachments, written)
            _insert(db, draft, platform_key, personal_data, written)
        except BaseException:
            for _code, path, _digest, _size in written:  # the rows naming them roll back with us
                path.unlink(missing_ok=True)
            raise
    return draft.application_id


def _write_sealed(
    db: sqlite_utils.Database,
    files_dir: Path,
    platform_key: X25519PublicKey,
    application_id: str,
    attachments: list[tuple[str, bytes]],
    written: list[tuple[str, Path, str, int]],
) -> None:
    for index, (material_code, plaintext) in enumerate(attachments):
        sealed = sealing.seal(plaintext, platform_key)
        path = files_dir / f"{application_id}-{index}.sealed"
        sealed_files.write(db, path, sealed)
        written.append((material_code, path, hashlib.sha256(sealed).hexdigest(), len(sealed)))
    if written:
        # One directory fsync covers every rename above: they are all in files_dir, and it happens
        # before the rows commit, so no committed row can point at a name a crash could lose.
        sync_dir(files_dir)


def _insert(
    db: sqlite_utils.Database,
    draft: ApplicationDraft,
    platform_key: X25519PublicKey,
    personal_data: bytes,
    sealed_files: list[tuple[str, Path, str, int]],
) -> None:
    details = draft.attachment_details or (None,) * len(sealed_files)
    row = NewApplication(
        id=draft.application_id,
        acceptance_no=draft.acceptance_no,
        matter_codes=list(draft.matter_codes),
        catalog_version=draft.catalog_version,
        applicant_masked=draft.applicant_masked,
        applicant_token=draft.applicant_token,
        sealed_payload=sealing.seal(personal_data, platform_key),
        created_at=time.time() if draft.created_at is None else draft.created_at,
        bundle_code=draft.bundle_code,
        state=draft.state,
        kind=draft.kind,
        promised_date=draft.promised_date,
        applicant_role=draft.applicant_role,
        staff_verification=draft.staff_verification,
        staff_verification_reason=draft.staff_verification_reason,
        face_status=draft.face_status,
    )
    pages = [
        NewMaterial(material_code, "scanned", str(path), digest, size, detail=detail)
        for (material_code, path, digest, size), detail in zip(sealed_files, details, strict=True)
    ]
    applications.insert(db, row, [*pages, *draft.other_materials])
    enqueue_application(db, draft.application_id)


def enqueue_application(db: sqlite_utils.Database, application_id: str) -> None:
    """Queue an application whose rows exist; its sealed payload and files must already be in place."""
    with transaction(db):
        if not applications.exists(db, application_id):
            raise OutboxError(f"no application {application_id}")
        payload = applications.sealed_payload(db, application_id)
        if payload is None:
            raise OutboxError("application has no sealed payload")
        sealing.read_header(payload)  # refuses anything that is not sealed
        total = 0
        for path, size in applications.stored_file_sizes(db, application_id):
            if size is None or not path.is_file() or path.stat().st_size != size:
                raise OutboxError("a material's sealed file is missing or has the wrong size")
            total += size
        outbox.enqueue(db, "application", application_id, bytes_total=total)


def enqueue_small(db: sqlite_utils.Database, kind: str, ref: str) -> None:
    """Queue an evaluation, complaint or help request (its row must exist in its own table)."""
    if kind not in SMALL_KINDS:
        raise OutboxError(f"kind must be one of {SMALL_KINDS}")
    with transaction(db):
        if not resident_records.exists(db, kind, ref):
            raise OutboxError(f"no {kind} {ref}")
        outbox.enqueue(db, kind, ref)
