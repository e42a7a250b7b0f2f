"""What the resident's journey calls to hand work to the sync engine.

    record_application(db, files_dir, platform_key, draft, personal_data, attachments) -> application_id
        seal everything, write the sealed files, the application + materials rows and the outbox
        row, all in one transaction (the sealed files are fsynced before the rows commit).
    enqueue_application(db, application_id)
        for a journey that writes its own applications/materials rows (sealed files already on disk).
    enqueue_small(db, kind, ref)
        an evaluation / complaint / help request whose row is in its own table.

Nothing here talks to the network; the engine picks the outbox up on its own thread.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from sync import sealing
from sync.engine.state import QUEUED, transaction

SMALL_KINDS = ("evaluation", "complaint", "help")


class OutboxError(ValueError):
    """The application or item cannot be queued as given; nothing was written."""


@dataclass(frozen=True)
class ApplicationDraft:
    application_id: str
    acceptance_no: str
    matter_codes: list[str]
    catalog_version: str
    applicant_masked: str
    applicant_token: str
    bundle_code: str | None = None
    state: str = "submitted"


def write_file(path: Path, data: bytes) -> None:
    """Contents durable and the name in place; the directory entry is made durable by sync_dir."""
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def sync_dir(directory: Path) -> None:
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


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
    files_dir.mkdir(parents=True, exist_ok=True)
    sealed_files: list[tuple[str, Path, str, int]] = []
    for index, (material_code, plaintext) in enumerate(attachments):
        sealed = sealing.seal(plaintext, platform_key)
        path = files_dir / f"{draft.application_id}-{index}.sealed"
        write_file(path, sealed)
        sealed_files.append((material_code, path, hashlib.sha256(sealed).hexdigest(), len(sealed)))
    if sealed_files:
        # One directory fsync covers every rename above: they are all in files_dir, and it happens
        # before the rows commit, so no committed row can point at a name a crash could lose.
        sync_dir(files_dir)
    now = time.time()
    with transaction(db):
        db.execute(
            "INSERT INTO applications (id, acceptance_no, matter_codes, bundle_code, catalog_version, state, "
            "applicant_masked, applicant_token, sealed_payload, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                draft.application_id,
                draft.acceptance_no,
                json.dumps(draft.matter_codes),
                draft.bundle_code,
                draft.catalog_version,
                draft.state,
                draft.applicant_masked,
                draft.applicant_token,
                sealing.seal(personal_data, platform_key),
                now,
                now,
            ],
        )
        for material_code, path, digest, size in sealed_files:
            db.execute(
                "INSERT INTO materials (application_id, material_code, disposition, path, sha256, size) "
                "VALUES (?, ?, 'scanned', ?, ?, ?)",
                [draft.application_id, material_code, str(path), digest, size],
            )
        enqueue_application(db, draft.application_id)
    return draft.application_id


def enqueue_application(db: sqlite_utils.Database, application_id: str) -> None:
    """Queue an application whose rows exist; its sealed payload and files must already be in place."""
    with transaction(db):
        row = db.execute("SELECT sealed_payload FROM applications WHERE id = ?", [application_id]).fetchone()
        if row is None:
            raise OutboxError(f"no application {application_id}")
        if row[0] is None:
            raise OutboxError("application has no sealed payload")
        sealing.read_header(bytes(row[0]))  # refuses anything that is not sealed
        total = 0
        for path, size in db.execute(
            "SELECT path, size FROM materials WHERE application_id = ? AND path IS NOT NULL", [application_id]
        ).fetchall():
            if size is None or not Path(path).is_file() or Path(path).stat().st_size != size:
                raise OutboxError("a material's sealed file is missing or has the wrong size")
            total += int(size)
        now = time.time()
        db.execute(
            "INSERT OR IGNORE INTO outbox (kind, ref, state, bytes_total, created_at, updated_at) "
            "VALUES ('application', ?, ?, ?, ?, ?)",
            [application_id, QUEUED, total, now, now],
        )


def enqueue_small(db: sqlite_utils.Database, kind: str, ref: str) -> None:
    """Queue an evaluation, complaint or help request (its row must exist in its own table)."""
    if kind not in SMALL_KINDS:
        raise OutboxError(f"kind must be one of {SMALL_KINDS}")
    table = {"evaluation": "evaluations", "complaint": "complaints", "help": "help_requests"}[kind]
    with transaction(db):
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [ref]).fetchone() is None:  # noqa: S608
            raise OutboxError(f"no {kind} {ref}")
        now = time.time()
        db.execute(
            "INSERT OR IGNORE INTO outbox (kind, ref, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            [kind, ref, QUEUED, now, now],
        )
