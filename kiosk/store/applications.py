"""Applications, their materials and the platform's view of them: the one place they are written.

Owner of ``applications`` (migrations 0001, 0020, 0120), ``materials`` (0001, 0020) and
``sync_case_status`` (0010). Every application (a journey's, a pension certification, a home-visit
request) enters through :func:`insert`, in the caller's transaction, with all its columns and
material rows at once; ``sync.outbox.record_application`` seals the data and calls it, then queues
the row in ``outbox`` (``kiosk.store.outbox``).

One application's life, as the code runs it (the columns that change at each step)::

    journey submit ─► applications.state = 'submitted'      (never changes afterwards; any other
       │               + materials rows, outbox 'queued'     value is a draft that start-up
       │                                                     recovery deletes with its materials)
       ├─ receipt printed or not ─► receipt_printed / receipt_problem
       ├─ re-sealed to the platform key ─► sealed_payload, materials path/sha256/size; outbox 'queued'
       ├─ upload + commit ─► outbox uploading ─► committing ─► acknowledged (platform_case_no set)
       │     no answer to the commit ─► outbox 'sent-no-answer', commit retried with the same key
       │     refused ─► outbox 'needs-attention'
       ├─ status feed ─► sync_case_status row (the platform's state and note), platform_case_no
       │     filled if still empty, outbox acknowledged ─► status-synced
       ├─ acknowledged: face pictures' sealed files deleted (materials.path NULL)
       └─ retention period after acknowledgement ─► sealed files and sealed_payload purged; the rows a
             resident's progress lookup needs (acceptance no, masked name, case no, states) stay

``applications.state`` is the resident's journey on this kiosk; the outbox state is the trip to the
platform (see ``kiosk.store.outbox`` for its full diagram); ``sync_case_status.state`` is what the
platform says about the case. Progress lookup shows all three.

Materials: ``disposition`` scanned (a sealed file at ``path``) / elicense / reused / deferred /
promised; ``detail`` is public JSON (pages, e-licence type), never personal data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.store import outbox
from kiosk.store.connection import Database

SUBMITTED = "submitted"
KINDS = ("application", "certification", "home_visit")


@dataclass(frozen=True)
class NewMaterial:
    material_code: str
    disposition: str
    path: str | None = None
    sha256: str | None = None
    size: int | None = None
    due_date: str | None = None
    detail: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class NewApplication:
    id: str
    acceptance_no: str
    matter_codes: Sequence[str]
    catalog_version: str
    applicant_masked: str
    applicant_token: str
    sealed_payload: bytes
    created_at: float
    bundle_code: str | None = None
    state: str = SUBMITTED
    kind: str = "application"
    title: str | None = None
    promised_date: str | None = None
    applicant_role: str = "self"
    staff_verification: bool = False
    staff_verification_reason: str | None = None
    face_status: str | None = None


@dataclass(frozen=True)
class StoredFile:
    """A material row with its sealed file."""

    id: int
    material_code: str
    path: Path
    sha256: str
    size: int


@dataclass(frozen=True)
class ManifestFields:
    acceptance_no: str
    matter_codes: list[str]
    catalog_version: str
    sealed_payload: bytes | None


@dataclass(frozen=True)
class ProgressRow:
    """What progress lookup shows of one application (all three states)."""

    application_id: str
    acceptance_no: str
    matter_codes: tuple[str, ...]
    applicant_masked: str
    state: str
    outbox_state: str | None
    platform_state: str | None
    platform_note: str
    case_no: str | None
    submitted_at: float
    promised_date: str | None
    receipt_printed: bool
    kind: str
    title: str


@dataclass(frozen=True)
class PreviousScan:
    application_id: str
    material_id: int
    acceptance_no: str
    sha256: str
    created_at: float


def _marks(n: int) -> str:
    return ",".join("?" * n)


# --------------------------------------------------------------------------- writing


def insert(db: Database, app: NewApplication, materials: Sequence[NewMaterial]) -> None:
    """The application row and its material rows (in the given order), in the caller's transaction."""
    if not app.matter_codes:
        raise ValueError("an application needs at least one matter code")
    if app.kind not in KINDS:
        raise ValueError(f"application kind must be one of {KINDS}")
    db.execute(
        "INSERT INTO applications (id, acceptance_no, matter_codes, bundle_code, catalog_version, state, "
        "applicant_masked, applicant_token, sealed_payload, promised_date, applicant_role, "
        "staff_verification, staff_verification_reason, face_status, kind, title, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            app.id,
            app.acceptance_no,
            json.dumps(list(app.matter_codes)),
            app.bundle_code,
            app.catalog_version,
            app.state,
            app.applicant_masked,
            app.applicant_token,
            app.sealed_payload,
            app.promised_date,
            app.applicant_role,
            int(app.staff_verification),
            app.staff_verification_reason,
            app.face_status,
            app.kind,
            app.title,
            app.created_at,
            app.created_at,
        ],
    )
    for m in materials:
        db.execute(
            "INSERT INTO materials (application_id, material_code, disposition, path, sha256, size, "
            "due_date, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                app.id,
                m.material_code,
                m.disposition,
                m.path,
                m.sha256,
                m.size,
                m.due_date,
                None if m.detail is None else json.dumps(dict(m.detail), ensure_ascii=False, sort_keys=True),
            ],
        )


def record_receipt(db: Database, application_id: str, printed: bool, problem: str | None, at: float) -> None:
    db.execute(
        "UPDATE applications SET receipt_printed = ?, receipt_problem = ?, updated_at = ? WHERE id = ?",
        [int(printed), None if printed else (problem or "not_printed"), at, application_id],
    )


def replace_sealed(
    db: Database,
    application_id: str,
    sealed_payload: bytes | None,
    files: Sequence[tuple[int, Path, str, int]],
    at: float,
) -> int:
    """Re-sealed content: the payload and (material id, path, sha256, size) per file, in the caller's
    transaction. Returns the bytes now to upload."""
    db.execute(
        "UPDATE applications SET sealed_payload = ?, updated_at = ? WHERE id = ?",
        [sealed_payload, at, application_id],
    )
    for material_id, path, digest, size in files:
        db.execute(
            "UPDATE materials SET path = ?, sha256 = ?, size = ? WHERE id = ?",
            [str(path), digest, size, material_id],
        )
    return sum(f.size for f in stored_files(db, application_id))


def record_platform_receipt(db: Database, application_id: str, case_no: str, at: float) -> bool:
    """The platform's case number from its commit answer; True when the status feed already
    reported the case (the answer may have been lost while the feed ran)."""
    db.execute(
        "UPDATE applications SET platform_case_no = ?, updated_at = ? WHERE id = ?",
        [case_no, at, application_id],
    )
    seen = db.execute("SELECT 1 FROM sync_case_status WHERE application_id = ?", [application_id]).fetchone()
    return seen is not None


def apply_platform_status(
    db: Database, application_id: str, case_no: str, state: str, changed_at: float, note: str
) -> bool:
    """One status-feed item, in the caller's transaction; False for an application this kiosk does
    not hold (purged, or from before a reinstall)."""
    if db.execute("SELECT 1 FROM applications WHERE id = ?", [application_id]).fetchone() is None:
        return False
    db.execute(
        "INSERT INTO sync_case_status (application_id, case_no, state, changed_at, note) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(application_id) DO UPDATE SET "
        "case_no = excluded.case_no, state = excluded.state, "
        "changed_at = excluded.changed_at, note = excluded.note",
        [application_id, case_no, state, changed_at, note],
    )
    db.execute(
        "UPDATE applications SET platform_case_no = ? WHERE id = ? AND platform_case_no IS NULL",
        [case_no, application_id],
    )
    outbox.mark_application_status_synced(db, application_id)
    return True


def forget_file(db: Database, material_id: int) -> None:
    """The material's sealed file is gone (deleted by the caller)."""
    db.execute("UPDATE materials SET path = NULL WHERE id = ?", [material_id])


def forget_sealed_content(db: Database, application_id: str, at: float) -> None:
    """Retention: no sealed payload, no file paths, no applicant token (a keyed hash of the ID number,
    which the whole disk with its key file would let a thief test guesses against); the acceptance
    number, masked name and states stay, so the progress lookup by receipt still answers."""
    db.execute("UPDATE materials SET path = NULL WHERE application_id = ?", [application_id])
    db.execute(
        "UPDATE applications SET sealed_payload = NULL, applicant_token = '', updated_at = ? WHERE id = ?",
        [at, application_id],
    )


def delete_drafts(db: Database) -> int:
    """Start-up recovery: rows not submitted and never queued go, with their materials."""
    rows = db.execute(
        "SELECT id FROM applications WHERE state != ? "
        "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'application' AND o.ref = applications.id)",
        [SUBMITTED],
    ).fetchall()
    for (app_id,) in rows:
        db.execute("DELETE FROM materials WHERE application_id = ?", [app_id])
        db.execute("DELETE FROM applications WHERE id = ?", [app_id])
    return len(rows)


# --------------------------------------------------------------------------- reading


def exists(db: Database, application_id: str) -> bool:
    return db.execute("SELECT 1 FROM applications WHERE id = ?", [application_id]).fetchone() is not None


def sealed_payload(db: Database, application_id: str) -> bytes | None:
    """None when there is no such application or its payload was purged."""
    row = db.execute("SELECT sealed_payload FROM applications WHERE id = ?", [application_id]).fetchone()
    return None if row is None or row[0] is None else bytes(row[0])


def stored_files(db: Database, application_id: str) -> list[StoredFile]:
    """The material rows that point at a sealed file, in insertion order."""
    rows = db.execute(
        "SELECT id, material_code, path, sha256, size FROM materials "
        "WHERE application_id = ? AND path IS NOT NULL ORDER BY id",
        [application_id],
    ).fetchall()
    return [
        StoredFile(int(r[0]), str(r[1]), Path(r[2]), "" if r[3] is None else str(r[3]), int(r[4] or 0))
        for r in rows
    ]


def stored_file_sizes(db: Database, application_id: str) -> list[tuple[Path, int | None]]:
    """(path, recorded size) of every sealed file, the size as stored (None when not recorded)."""
    rows = db.execute(
        "SELECT path, size FROM materials WHERE application_id = ? AND path IS NOT NULL ORDER BY id",
        [application_id],
    ).fetchall()
    return [(Path(r[0]), None if r[1] is None else int(r[1])) for r in rows]


def all_file_names(db: Database) -> set[str]:
    """The file name of every sealed file any row points at."""
    return {
        Path(p).name for (p,) in db.execute("SELECT path FROM materials WHERE path IS NOT NULL").fetchall()
    }


def manifest_fields(db: Database, application_id: str) -> ManifestFields | None:
    row = db.execute(
        "SELECT acceptance_no, matter_codes, catalog_version, sealed_payload FROM applications WHERE id = ?",
        [application_id],
    ).fetchone()
    if row is None:
        return None
    return ManifestFields(
        str(row[0]), list(json.loads(row[1])), str(row[2]), None if row[3] is None else bytes(row[3])
    )


def acknowledged_files(db: Database, material_codes: Sequence[str]) -> list[tuple[int, Path]]:
    """(material id, path) of the sealed files with these codes whose application the platform holds."""
    codes, done = _marks(len(material_codes)), _marks(len(outbox.DONE_APPLICATION_STATES))
    join = "FROM materials m JOIN outbox o ON o.kind = 'application' AND o.ref = m.application_id"
    where = f"m.material_code IN ({codes}) AND m.path IS NOT NULL AND o.state IN ({done})"
    sql = f"SELECT m.id, m.path {join} WHERE {where}"
    rows = db.execute(sql, [*material_codes, *outbox.DONE_APPLICATION_STATES]).fetchall()
    return [(int(r[0]), Path(str(r[1]))) for r in rows]


def purgeable(db: Database, acknowledged_before: float) -> list[str]:
    """Applications the platform acknowledged before the cutoff that still hold sealed content."""
    rows = db.execute(
        "SELECT o.ref FROM outbox o JOIN applications a ON a.id = o.ref "
        "WHERE o.kind = 'application' AND o.state IN (?, ?) AND o.updated_at <= ? "
        "AND (a.sealed_payload IS NOT NULL OR EXISTS "
        "(SELECT 1 FROM materials m WHERE m.application_id = a.id AND m.path IS NOT NULL))",
        [*outbox.DONE_APPLICATION_STATES, acknowledged_before],
    ).fetchall()
    return [str(r[0]) for r in rows]


def kind_of(db: Database, application_id: str) -> str | None:
    row = db.execute("SELECT kind FROM applications WHERE id = ?", [application_id]).fetchone()
    return None if row is None else str(row[0])


def matter_codes_since(db: Database, applicant_token: str, since: float, except_kind: str) -> list[list[str]]:
    """The matter codes of each application by this applicant created since ``since``."""
    rows = db.execute(
        "SELECT matter_codes FROM applications WHERE applicant_token = ? AND kind != ? AND created_at >= ?",
        [applicant_token, except_kind, since],
    ).fetchall()
    return [list(json.loads(r[0])) for r in rows]


def same_matters_since(
    db: Database, applicant_token: str, matter_codes: Sequence[str], since: float
) -> str | None:
    """The acceptance number of this applicant's latest application (kind ``application``) created
    since ``since`` that asks for any of ``matter_codes``; None when there is none."""
    wanted = set(matter_codes)
    rows = db.execute(
        "SELECT acceptance_no, matter_codes FROM applications "
        "WHERE applicant_token = ? AND kind = 'application' AND created_at >= ? ORDER BY created_at DESC",
        [applicant_token, since],
    ).fetchall()
    for acceptance_no, codes in rows:
        if wanted & set(json.loads(codes)):
            return str(acceptance_no)
    return None


def previous_scans(
    db: Database, applicant_token: str, material_code: str, limit: int = 5
) -> list[PreviousScan]:
    """The applicant's latest applications with a scanned ``material_code``: its first page each."""
    rows = db.execute(
        "SELECT a.id, min(m.id), a.acceptance_no, a.created_at FROM materials m "
        "JOIN applications a ON a.id = m.application_id "
        "WHERE a.applicant_token = ? AND m.material_code = ? AND m.disposition = 'scanned' "
        "GROUP BY a.id ORDER BY a.created_at DESC LIMIT ?",
        [applicant_token, material_code, limit],
    ).fetchall()
    out = []
    for app_id, material_id, acceptance_no, created_at in rows:
        sha = db.execute("SELECT sha256 FROM materials WHERE id = ?", [material_id]).fetchone()[0]
        out.append(PreviousScan(app_id, int(material_id), acceptance_no, sha or "", created_at))
    return out


# Every kind of record in applications (migration 0120); its outbox row whatever kind queued it.
_PROGRESS_SQL = (
    "SELECT a.id, a.acceptance_no, a.matter_codes, a.applicant_masked, a.state, "
    "(SELECT o.state FROM outbox o WHERE o.ref = a.id ORDER BY o.id LIMIT 1), s.state, "
    "s.note, COALESCE(s.case_no, a.platform_case_no), a.created_at, a.promised_date, a.receipt_printed, "
    "a.kind, a.title "
    "FROM applications a "
    "LEFT JOIN sync_case_status s ON s.application_id = a.id "
)


def _progress(r: Sequence[Any]) -> ProgressRow:
    return ProgressRow(
        application_id=r[0],
        acceptance_no=r[1],
        matter_codes=tuple(json.loads(r[2])),
        applicant_masked=r[3],
        state=r[4],
        outbox_state=r[5],
        platform_state=r[6],
        platform_note=r[7] or "",
        case_no=r[8],
        submitted_at=float(r[9]),
        promised_date=r[10],
        receipt_printed=bool(r[11]),
        kind=r[12] or "application",
        title=r[13] or "",
    )


def progress_for_applicant(db: Database, applicant_token: str, limit: int = 50) -> list[ProgressRow]:
    rows = db.execute(
        _PROGRESS_SQL + "WHERE a.applicant_token = ? ORDER BY a.created_at DESC LIMIT ?",
        [applicant_token, limit],
    ).fetchall()
    return [_progress(r) for r in rows]


def progress_by_acceptance_no(db: Database, acceptance_no: str) -> ProgressRow | None:
    row = db.execute(_PROGRESS_SQL + "WHERE a.acceptance_no = ?", [acceptance_no]).fetchone()
    return None if row is None else _progress(row)


def progress_by_id(db: Database, application_id: str) -> ProgressRow | None:
    row = db.execute(_PROGRESS_SQL + "WHERE a.id = ?", [application_id]).fetchone()
    return None if row is None else _progress(row)


def count_by_state(db: Database) -> dict[str, int]:
    return {str(s): int(n) for s, n in db.execute("SELECT state, count(*) FROM applications GROUP BY state")}


# --------------------------------------------------------------------------- the technician's queue view


@dataclass(frozen=True)
class QueueRow:
    acceptance_no: str
    application_id: str
    matter_codes: list[str]
    bundle_code: str | None
    state: str
    outbox_state: str | None
    attempts: int | None
    bytes_total: int | None
    bytes_sent: int | None
    created_at: float
    platform_state: str | None
    stored_bytes: int


def queue_rows(db: Database) -> list[QueueRow]:
    """Every application with its outbox and platform state, oldest first."""
    rows = db.execute(
        "SELECT a.acceptance_no, a.id, a.matter_codes, a.bundle_code, a.state, o.state, o.attempts, "
        "o.bytes_total, o.bytes_sent, a.created_at, s.state, "
        "(SELECT COALESCE(sum(size), 0) FROM materials m "
        "WHERE m.application_id = a.id AND m.path IS NOT NULL) "
        "FROM applications a LEFT JOIN outbox o ON o.kind = 'application' AND o.ref = a.id "
        "LEFT JOIN sync_case_status s ON s.application_id = a.id ORDER BY a.created_at, a.acceptance_no"
    ).fetchall()
    return [
        QueueRow(
            r[0],
            r[1],
            list(json.loads(r[2])),
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            float(r[9]),
            r[10],
            int(r[11]),
        )
        for r in rows
    ]


_DETAIL_COLUMNS = (
    "id",
    "acceptance_no",
    "matter_codes",
    "bundle_code",
    "catalog_version",
    "state",
    "applicant_masked",
    "applicant_role",
    "staff_verification",
    "staff_verification_reason",
    "face_status",
    "receipt_printed",
    "receipt_problem",
    "promised_date",
    "platform_case_no",
    "created_at",
    "updated_at",
)


def clear_columns(db: Database, acceptance_no: str) -> dict[str, Any] | None:
    """The application's columns that are not sealed (the applicant's name only masked)."""
    row = db.execute(
        f"SELECT {', '.join(_DETAIL_COLUMNS)} FROM applications WHERE acceptance_no = ?",  # noqa: S608
        [acceptance_no],
    ).fetchone()
    return None if row is None else dict(zip(_DETAIL_COLUMNS, row, strict=True))


@dataclass(frozen=True)
class MaterialRow:
    material_code: str
    disposition: str
    size: int | None
    sha256: str | None
    due_date: str | None
    detail: dict[str, Any]
    path: str | None


def materials_of(db: Database, application_id: str) -> list[MaterialRow]:
    rows = db.execute(
        "SELECT material_code, disposition, size, sha256, due_date, detail, path FROM materials "
        "WHERE application_id = ? ORDER BY id",
        [application_id],
    ).fetchall()
    return [MaterialRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]) if r[5] else {}, r[6]) for r in rows]


@dataclass(frozen=True)
class PlatformStatus:
    case_no: str
    state: str
    changed_at: float
    note: str


def platform_status(db: Database, application_id: str) -> PlatformStatus | None:
    row = db.execute(
        "SELECT case_no, state, changed_at, note FROM sync_case_status WHERE application_id = ?",
        [application_id],
    ).fetchone()
    return None if row is None else PlatformStatus(row[0], row[1], row[2], row[3])
