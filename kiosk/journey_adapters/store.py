"""The journey's ports over the kiosk's SQLite store and the sync outbox.

:class:`JourneyStore` implements ``Submitter``, ``EvaluationStore``, ``ComplaintStore``,
``HelpStore`` and ``ProgressStore`` (see ``kiosk.core.journey.ports``)::

    store = JourneyStore(db, files_dir, platform_key, terminal_code="0001")
    report = recover(db, files_dir)          # at start-up, before the first resident

Submit, in ONE SQLite transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``; WAL with synchronous=FULL, so
the commit is on disk when ``submit`` returns):

1. the next acceptance number (``journey.acceptance_seq`` in ``settings``: the day and its sequence);
2. ``sync.outbox.record_application``: the personal data sealed into ``applications.sealed_payload``,
   each scanned page sealed into its own file (written and fsynced before the rows), one
   ``materials`` row per page, the ``outbox`` row — it joins this transaction (its helper joins an
   open one), so nothing here needed changing in ``sync/``;
3. the public detail of the page rows, the rows of the other dispositions (e-licence, reused,
   deferred with its due date, promised), the clear columns of migration 0020;
4. a hash-chained audit entry ``application.submitted`` (no personal data).

A failure anywhere rolls everything back and removes the sealed files already written.

Keys: the terminal's secret (``journey.terminal_secret`` in ``settings``, 32 random bytes, made on
first use) keys the applicant tokens and the receipts' QR tags. Sealing: ``platform_key`` is a key or
a function giving the key to seal to *now* (:func:`sealing_key_now`: the platform's once known, else
the terminal's at-rest key; the sync engine re-seals those items to the platform key before upload,
see ``sync/at_rest.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from kiosk.core.journey.complaints import ComplaintRecord
from kiosk.core.journey.evaluation import AlreadyRated, EvaluationRecord
from kiosk.core.journey.help import HelpRecord
from kiosk.core.journey.materials import PreviousMaterial
from kiosk.core.journey.numbers import (
    applicant_token,
    format_acceptance_no,
    parse_progress_qr,
    progress_qr_payload,
)
from kiosk.core.journey.progress import ApplicationStatus
from kiosk.core.journey.submit import SubmissionPackage, SubmitResult
from kiosk.logs import REDACTOR
from kiosk.store import audit
from kiosk.store.connection import Database, transaction
from kiosk.store.settings import get_setting, set_setting
from sync import sealing
from sync.outbox import ApplicationDraft, enqueue_small, record_application

log = logging.getLogger(__name__)

KEY_SECRET = "journey.terminal_secret"  # noqa: S105 (a settings key, not a secret)
KEY_SEQUENCE = "journey.acceptance_seq"
ACTOR = "journey"
SUBMITTED = "submitted"


def default_files_dir(data_dir: Path) -> Path:
    return data_dir / "sealed"


def sealing_key_now(db: Database) -> Callable[[], X25519PublicKey]:
    """For JourneyStore: the platform's key once enrolment or a catalog brought it, else the
    terminal's at-rest key; asked at every seal, so enrolling mid-day needs no restart."""
    from sync.at_rest import sealing_key

    return lambda: sealing_key(db)[0]


def platform_key_from_store(db: Database) -> X25519PublicKey:
    """The enrolled platform's sealing key (raises sync's NotEnrolled when the kiosk is not enrolled)."""
    from sync.engine.state import load_credentials

    return sealing.public_key_from_raw(load_credentials(db).seal_public_key)


def audit_safe(detail: Mapping[str, Any]) -> dict[str, Any]:
    """The detail with any string the redactor would flag replaced by a short hash.

    Catalog codes and acceptance numbers are designed not to look like ID or phone numbers, but an
    audit refusal would abort a resident's submission, so a false positive must never get that far.
    """

    def clean(value: Any) -> Any:
        if isinstance(value, str) and REDACTOR.contains_personal_data(value):
            return "h:" + hashlib.sha256(value.encode()).hexdigest()[:16]
        if isinstance(value, Mapping):
            return {str(k): clean(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [clean(v) for v in value]
        return value

    return {str(k): clean(v) for k, v in detail.items()}


def _day(at: float) -> dt.date:
    return dt.datetime.fromtimestamp(at).date()


class JourneyStore:
    def __init__(
        self,
        db: Database,
        files_dir: Path,
        platform_key: X25519PublicKey | Callable[[], X25519PublicKey],
        terminal_code: str,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db = db
        self.files_dir = Path(files_dir)
        self.platform_key = platform_key
        self.terminal_code = terminal_code
        self.clock = clock
        self._secret: bytes | None = None

    # -- keys ---------------------------------------------------------------------------------------
    def seal_key(self) -> X25519PublicKey:
        key = self.platform_key
        return key if isinstance(key, X25519PublicKey) else key()

    @property
    def secret(self) -> bytes:
        if self._secret is None:
            with transaction(self.db):
                value = get_setting(self.db, KEY_SECRET)
                if not isinstance(value, str) or len(value) != 64:
                    value = secrets.token_hex(32)
                    set_setting(self.db, KEY_SECRET, value)
            self._secret = bytes.fromhex(value)
        return self._secret

    def token(self, id_number: str) -> str:
        return applicant_token(self.secret, id_number)

    def _next_sequence(self, day: dt.date) -> int:
        """Inside the caller's transaction: the day's next sequence number."""
        current = get_setting(self.db, KEY_SEQUENCE)
        seq = 1
        if isinstance(current, dict) and current.get("day") == day.isoformat():
            seq = int(current.get("seq", 0)) + 1
        set_setting(self.db, KEY_SEQUENCE, {"day": day.isoformat(), "seq": seq})
        return seq

    def _seal(self, data: Mapping[str, Any]) -> bytes:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return sealing.seal(text.encode(), self.seal_key())

    # -- Submitter ----------------------------------------------------------------------------------
    def submit(self, package: SubmissionPackage) -> SubmitResult:
        secret = self.secret  # made outside the submit transaction
        token = applicant_token(secret, package.subject_id_number)
        now = self.clock()
        submitted_at = dt.datetime.fromtimestamp(now).astimezone()
        db = self.db
        try:
            with transaction(db):
                seq = self._next_sequence(submitted_at.date())
                acceptance_no = format_acceptance_no(self.terminal_code, submitted_at.date(), seq)
                draft = ApplicationDraft(
                    application_id=package.application_id,
                    acceptance_no=acceptance_no,
                    matter_codes=list(package.matter_codes),
                    catalog_version=package.catalog_version,
                    applicant_masked=package.applicant_masked,
                    applicant_token=token,
                    bundle_code=package.bundle_code,
                    state=SUBMITTED,
                )
                record_application(
                    db,
                    self.files_dir,
                    self.seal_key(),
                    draft,
                    package.personal_json(),
                    list(package.attachments),
                )
                page_ids = [
                    int(r[0])
                    for r in db.execute(
                        "SELECT id FROM materials WHERE application_id = ? AND path IS NOT NULL ORDER BY id",
                        [package.application_id],
                    ).fetchall()
                ]
                if len(page_ids) != len(package.attachments):
                    raise RuntimeError("materials rows do not match the attachments")
                for row in package.materials:
                    detail = json.dumps(dict(row.detail), ensure_ascii=False, sort_keys=True)
                    if row.attachment is not None:
                        db.execute(
                            "UPDATE materials SET detail = ? WHERE id = ?", [detail, page_ids[row.attachment]]
                        )
                    else:
                        db.execute(
                            "INSERT INTO materials (application_id, material_code, disposition, due_date, "
                            "detail) VALUES (?, ?, ?, ?, ?)",
                            [package.application_id, row.code, row.disposition, row.due_date, detail],
                        )
                db.execute(
                    "UPDATE applications SET promised_date = ?, applicant_role = ?, staff_verification = ?, "
                    "staff_verification_reason = ?, face_status = ?, created_at = ?, updated_at = ? "
                    "WHERE id = ?",
                    [
                        package.promised_date.isoformat(),
                        package.role,
                        int(package.staff_verification),
                        package.staff_reason,
                        package.face_status,
                        now,
                        now,
                        package.application_id,
                    ],
                )
                audit.append(
                    db,
                    ACTOR,
                    "application.submitted",
                    audit_safe(
                        {
                            **package.audit,
                            "acceptance_no": acceptance_no,
                            "attachment_bytes": package.attachment_bytes,
                        }
                    ),
                    at=now,
                )
        except BaseException:
            self._remove_files(package.application_id)
            raise
        log.info("application %s submitted (%d attachments)", acceptance_no, len(package.attachments))
        return SubmitResult(
            package.application_id,
            acceptance_no,
            submitted_at,
            package.promised_date,
            progress_qr_payload(secret, acceptance_no),
        )

    def _remove_files(self, application_id: str) -> None:
        if not self.files_dir.is_dir():
            return
        for path in self.files_dir.glob(f"{application_id}-*"):
            try:
                path.unlink()
            except OSError as exc:
                log.error("could not remove a sealed file of a failed submit: %s", type(exc).__name__)

    def record_receipt(self, application_id: str, printed: bool, problem: str | None) -> None:
        with transaction(self.db):
            self.db.execute(
                "UPDATE applications SET receipt_printed = ?, receipt_problem = ?, updated_at = ? "
                "WHERE id = ?",
                [int(printed), None if printed else (problem or "not_printed"), self.clock(), application_id],
            )
            audit.append(
                self.db,
                ACTOR,
                "receipt.printed" if printed else "receipt.not_printed",
                audit_safe({"application_id": application_id, "problem": None if printed else problem}),
            )

    def previous_materials(self, id_number: str, material_code: str) -> Sequence[PreviousMaterial]:
        rows = self.db.execute(
            "SELECT a.id, min(m.id), a.acceptance_no, a.created_at FROM materials m "
            "JOIN applications a ON a.id = m.application_id "
            "WHERE a.applicant_token = ? AND m.material_code = ? AND m.disposition = 'scanned' "
            "GROUP BY a.id ORDER BY a.created_at DESC LIMIT 5",
            [self.token(id_number), material_code],
        ).fetchall()
        out = []
        for app_id, material_id, acceptance_no, created_at in rows:
            sha = self.db.execute("SELECT sha256 FROM materials WHERE id = ?", [material_id]).fetchone()[0]
            out.append(
                PreviousMaterial(
                    app_id, int(material_id), acceptance_no, material_code, sha or "", created_at
                )
            )
        return out

    # -- EvaluationStore ----------------------------------------------------------------------------
    def has_evaluation(self, application_id: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM evaluations WHERE application_id = ?", [application_id]
        ).fetchone()
        return row is not None

    def save_evaluation(self, record: EvaluationRecord) -> None:
        sealed = None
        if record.contact or record.note:
            sealed = self._seal({"contact": record.contact, "note": record.note})
        try:
            with transaction(self.db):
                self.db.execute(
                    "INSERT INTO evaluations (id, application_id, level, dimensions, reasons, "
                    "sealed_contact, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        record.id,
                        record.application_id,
                        record.level,
                        json.dumps(record.dimensions, sort_keys=True),
                        json.dumps(record.reasons),
                        sealed,
                        record.created_at,
                    ],
                )
                enqueue_small(self.db, "evaluation", record.id)
                audit.append(
                    self.db,
                    ACTOR,
                    "evaluation.stored",
                    audit_safe(
                        {
                            "evaluation_id": record.id,
                            "application_id": record.application_id,
                            "level": record.level,
                        }
                    ),
                )
        except sqlite3.IntegrityError as exc:
            raise AlreadyRated(record.application_id) from exc

    # -- ComplaintStore, HelpStore ------------------------------------------------------------------
    def save_complaint(self, record: ComplaintRecord) -> None:
        sealed = self._seal(record.body)
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO complaints (id, category, sealed_body, anonymous, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [record.id, record.category, sealed, int(record.anonymous), record.created_at],
            )
            enqueue_small(self.db, "complaint", record.id)
            audit.append(
                self.db,
                ACTOR,
                "complaint.stored",
                {"complaint_id": record.id, "category": record.category, "anonymous": record.anonymous},
            )

    def save_help(self, record: HelpRecord) -> None:
        with transaction(self.db):
            self.db.execute(
                "INSERT INTO help_requests (id, screen, created_at) VALUES (?, ?, ?)",
                [record.id, record.screen, record.created_at],
            )
            enqueue_small(self.db, "help", record.id)
            audit.append(
                self.db, ACTOR, "help.requested", audit_safe({"help_id": record.id, "screen": record.screen})
            )
        log.warning("help requested at the screen %s", record.screen)

    # -- ProgressStore ------------------------------------------------------------------------------
    # Every kind of record in applications (migration 0120); its outbox row whatever kind queued it.
    _STATUS_SQL = (
        "SELECT a.id, a.acceptance_no, a.matter_codes, a.applicant_masked, a.state, "
        "(SELECT o.state FROM outbox o WHERE o.ref = a.id ORDER BY o.id LIMIT 1), s.state, "
        "s.note, COALESCE(s.case_no, a.platform_case_no), a.created_at, a.promised_date, a.receipt_printed, "
        "a.kind, a.title "
        "FROM applications a "
        "LEFT JOIN sync_case_status s ON s.application_id = a.id "
    )

    @staticmethod
    def _status(r: Sequence[Any]) -> ApplicationStatus:
        return ApplicationStatus(
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

    def applications_for(self, id_number: str) -> Sequence[ApplicationStatus]:
        rows = self.db.execute(
            self._STATUS_SQL + "WHERE a.applicant_token = ? ORDER BY a.created_at DESC LIMIT 50",
            [self.token(id_number)],
        ).fetchall()
        return [self._status(r) for r in rows]

    def application_by_qr(self, payload: str) -> ApplicationStatus | None:
        acceptance_no = parse_progress_qr(self.secret, payload)
        if acceptance_no is None:
            return None
        return self.application(acceptance_no)

    def application(self, acceptance_no: str) -> ApplicationStatus | None:
        row = self.db.execute(self._STATUS_SQL + "WHERE a.acceptance_no = ?", [acceptance_no]).fetchone()
        return None if row is None else self._status(row)


# --------------------------------------------------------------------------- crash recovery


@dataclasses.dataclass(frozen=True)
class RecoveryReport:
    orphan_files: int = 0
    temp_files: int = 0
    draft_rows: int = 0

    @property
    def anything(self) -> bool:
        return bool(self.orphan_files or self.temp_files or self.draft_rows)


def recover(db: Database, files_dir: Path) -> RecoveryReport:
    """At start-up: discard what a crash mid-journey left behind; never touch queued applications.

    A journey keeps its draft in memory, so a crash before the submit committed leaves at most sealed
    files no row points at (and half-written ``.tmp`` files): they go. Application rows in any state
    other than "submitted" (none are written today) are drafts: they go with their materials rows.
    """
    orphans = temps = drafts = 0
    with transaction(db):
        rows = db.execute(
            "SELECT id FROM applications WHERE state != ? "
            "AND NOT EXISTS (SELECT 1 FROM outbox o "
            "WHERE o.kind = 'application' AND o.ref = applications.id)",
            [SUBMITTED],
        ).fetchall()
        for (app_id,) in rows:
            db.execute("DELETE FROM materials WHERE application_id = ?", [app_id])
            db.execute("DELETE FROM applications WHERE id = ?", [app_id])
            drafts += 1
        # by file name (application id + index): a differently spelled files_dir must never make a
        # queued application's file look orphaned
        known = {
            Path(p).name
            for (p,) in db.execute("SELECT path FROM materials WHERE path IS NOT NULL").fetchall()
        }
        if Path(files_dir).is_dir():
            for entry in os.scandir(files_dir):
                if not entry.is_file():
                    continue
                if entry.name.endswith(".tmp"):
                    os.unlink(entry.path)
                    temps += 1
                elif entry.name.endswith(".sealed") and entry.name not in known:
                    os.unlink(entry.path)
                    orphans += 1
        report = RecoveryReport(orphans, temps, drafts)
        if report.anything:
            audit.append(db, ACTOR, "journey.recovered", dataclasses.asdict(report))
    if report.anything:
        log.warning(
            "start-up recovery: removed %d orphan sealed files, %d temp files, %d draft rows",
            orphans,
            temps,
            drafts,
        )
    return report
