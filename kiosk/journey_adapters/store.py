"""The journey's ports over the kiosk's SQLite store and the sync outbox.

:class:`JourneyStore` implements ``Submitter``, ``EvaluationStore``, ``ComplaintStore``,
``HelpStore`` and ``ProgressStore`` (see ``kiosk.core.journey.ports``)::

    store = JourneyStore(db, files_dir, platform_key, terminal_code="0001")
    report = recover(db, files_dir)          # at start-up, before the first resident

Submit, in ONE SQLite transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``; WAL with synchronous=FULL, so
the commit is on disk when ``submit`` returns):

1. the next acceptance number (``journey.acceptance_seq`` in ``settings``: the day and its sequence);
2. ``sync.outbox.record_application``: the personal data sealed into ``applications.sealed_payload``,
   each scanned page sealed into its own file (written and fsynced before the rows), then the
   application row with every clear column (kind, role, staff verification, face status, promised
   date), one ``materials`` row per page with its public detail and the rows of the other
   dispositions (e-licence, reused, deferred with its due date, promised) through
   ``kiosk.store.applications.insert`` (the one insert path), and the ``outbox`` row;
3. a hash-chained audit entry ``application.submitted`` (no personal data).

No SQL here: the rows are ``kiosk.store``'s (``applications``, ``resident_records``, ``outbox``).

A failure anywhere rolls everything back and removes the sealed files already written.

Keys: the terminal's secret (``applicant-token.key``, 32 random bytes made on first use, kept by
``kiosk.store.keyfiles``: a systemd credential or a 0600 file beside the store, never in kiosk.db)
keys the applicant tokens and the receipts' QR tags. Sealing: ``platform_key`` is a key or
a function giving the key to seal to *now* (:func:`sealing_key_now`: the platform's once known, else
the terminal's at-rest key; the sync engine re-seals those items to the platform key before upload,
see ``sync/at_rest.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
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
from kiosk.journey_adapters.numbering import HighWater, high_water_path
from kiosk.store import applications, audit, keyfiles, resident_records
from kiosk.store.applications import NewMaterial
from kiosk.store.connection import Database, transaction
from kiosk.store.settings import get_setting, set_setting
from sync import sealing
from sync.engine.state import KEY_URL
from sync.outbox import ApplicationDraft, enqueue_small, record_application
from sync.protocol.status_page import application_id_from, status_url

log = logging.getLogger(__name__)

LEGACY_SECRET_SETTING = "journey.terminal_secret"  # noqa: S105 (where older kiosks kept it)
APPLICANT_TOKEN_KEY = "applicant-token.key"  # noqa: S105 (the name of its key file)
KEY_SEQUENCE = "journey.acceptance_seq"
ACTOR = "journey"
SUBMITTED = applications.SUBMITTED


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


def _attachment_details(package: SubmissionPackage) -> tuple[Mapping[str, Any] | None, ...]:
    """The public detail of each scanned page, by attachment index (None: the page has none)."""
    details: list[Mapping[str, Any] | None] = [None] * len(package.attachments)
    for row in package.materials:
        if row.attachment is not None:
            details[row.attachment] = row.detail
    return tuple(details)


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
        self.high_water = HighWater(high_water_path(self.files_dir))
        self._secret: bytes | None = None

    # -- keys ---------------------------------------------------------------------------------------
    def seal_key(self) -> X25519PublicKey:
        key = self.platform_key
        return key if isinstance(key, X25519PublicKey) else key()

    @property
    def secret(self) -> bytes:
        if self._secret is None:
            self._secret = keyfiles.secret(self.db, APPLICANT_TOKEN_KEY, self._first_secret)
            # an older kiosk's secret is in its file now: the copy in kiosk.db goes
            keyfiles.forget_setting(self.db, LEGACY_SECRET_SETTING)
        return self._secret

    def _first_secret(self) -> bytes:
        legacy = get_setting(self.db, LEGACY_SECRET_SETTING)
        if isinstance(legacy, str) and len(legacy) == 64:
            return bytes.fromhex(legacy)  # the tokens already stored stay valid
        return secrets.token_bytes(32)

    def token(self, id_number: str) -> str:
        return applicant_token(self.secret, id_number)

    def _next_sequence(self, day: dt.date) -> int:
        """Inside the caller's transaction: the day's next sequence number, past every one issued
        (the store's count, and the high-water file that outlives a damaged store)."""
        current = get_setting(self.db, KEY_SEQUENCE)
        last = 0
        if isinstance(current, dict) and current.get("day") == day.isoformat():
            last = int(current.get("seq", 0))
        seq = max(last, self.high_water.last(day)) + 1
        self.high_water.record(day, seq)
        set_setting(self.db, KEY_SEQUENCE, {"day": day.isoformat(), "seq": seq})
        return seq

    def _seal(self, data: Mapping[str, Any]) -> bytes:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return sealing.seal(text.encode(), self.seal_key())

    # -- Submitter ----------------------------------------------------------------------------------
    def submit(self, package: SubmissionPackage, kind: str = "application") -> SubmitResult:
        """Queue the package; ``kind`` says what it is (``kiosk.store.applications.KINDS``)."""
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
                    kind=kind,
                    promised_date=package.promised_date.isoformat(),
                    applicant_role=package.role,
                    staff_verification=package.staff_verification,
                    staff_verification_reason=package.staff_reason,
                    face_status=package.face_status,
                    created_at=now,
                    attachment_details=_attachment_details(package),
                    other_materials=tuple(
                        NewMaterial(row.code, row.disposition, due_date=row.due_date, detail=row.detail)
                        for row in package.materials
                        if row.attachment is None
                    ),
                )
                record_application(
                    db,
                    self.files_dir,
                    self.seal_key(),
                    draft,
                    package.personal_json(),
                    list(package.attachments),
                )
                audit.append(
                    db,
                    ACTOR,
                    "application.submitted",
                    audit.safe(
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
            self._progress_qr(secret, package.application_id, acceptance_no),
        )

    def _progress_qr(self, secret: bytes, item_id: str, acceptance_no: str) -> str:
        """What a receipt's or a complaint slip's QR holds: the platform's status page for the item, which
        a phone opens and any terminal reads (it works once the item has reached the platform); a kiosk not
        enrolled with a platform prints its own signed token, which only it understands."""
        platform_url = get_setting(self.db, KEY_URL)
        if platform_url:
            return status_url(str(platform_url), item_id)
        return progress_qr_payload(secret, acceptance_no)

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
            applications.record_receipt(self.db, application_id, printed, problem, self.clock())
            audit.append(
                self.db,
                ACTOR,
                "receipt.printed" if printed else "receipt.not_printed",
                audit.safe({"application_id": application_id, "problem": None if printed else problem}),
            )

    def same_day_application(self, id_number: str, matter_codes: Sequence[str], day: dt.date) -> str | None:
        since = dt.datetime.combine(day, dt.time()).astimezone().timestamp()
        return applications.same_matters_since(self.db, self.token(id_number), matter_codes, since)

    def previous_materials(self, id_number: str, material_code: str) -> Sequence[PreviousMaterial]:
        return [
            PreviousMaterial(
                p.application_id, p.material_id, p.acceptance_no, material_code, p.sha256, p.created_at
            )
            for p in applications.previous_scans(self.db, self.token(id_number), material_code)
        ]

    # -- EvaluationStore ----------------------------------------------------------------------------
    def has_evaluation(self, application_id: str) -> bool:
        return resident_records.has_evaluation(self.db, application_id)

    def save_evaluation(self, record: EvaluationRecord) -> None:
        sealed = None
        if record.contact or record.note:
            sealed = self._seal({"contact": record.contact, "note": record.note})
        try:
            with transaction(self.db):
                resident_records.insert_evaluation(
                    self.db,
                    record.id,
                    record.application_id,
                    record.level,
                    record.dimensions,
                    record.reasons,
                    sealed,
                    record.created_at,
                )
                enqueue_small(self.db, "evaluation", record.id)
                audit.append(
                    self.db,
                    ACTOR,
                    "evaluation.stored",
                    audit.safe(
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
            # numbered like applications: the slip's number and QR find the reply under 查询进度
            day = dt.datetime.fromtimestamp(record.created_at).date()
            number = format_acceptance_no(self.terminal_code, day, self._next_sequence(day))
            resident_records.insert_complaint(
                self.db, record.id, record.category, sealed, record.anonymous, record.created_at, number
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
            resident_records.insert_help(self.db, record.id, record.screen, record.created_at)
            enqueue_small(self.db, "help", record.id)
            audit.append(
                self.db, ACTOR, "help.requested", audit.safe({"help_id": record.id, "screen": record.screen})
            )
        log.warning("help requested at the screen %s", record.screen)

    # -- ProgressStore ------------------------------------------------------------------------------
    @staticmethod
    def _status(r: applications.ProgressRow) -> ApplicationStatus:
        return ApplicationStatus(**dataclasses.asdict(r))

    def applications_for(self, id_number: str) -> Sequence[ApplicationStatus]:
        return [self._status(r) for r in applications.progress_for_applicant(self.db, self.token(id_number))]

    def application_by_qr(self, payload: str) -> ApplicationStatus | None:
        application_id = application_id_from(payload)
        if application_id is not None:
            row = applications.progress_by_id(self.db, application_id)
            if row is not None:
                return self._status(row)
            complaint_no = resident_records.complaint_acceptance_no(self.db, application_id)
            return None if complaint_no is None else self.application(complaint_no)
        acceptance_no = parse_progress_qr(self.secret, payload)
        if acceptance_no is None:
            return None
        return self.application(acceptance_no)

    def application(self, acceptance_no: str) -> ApplicationStatus | None:
        row = applications.progress_by_acceptance_no(self.db, acceptance_no)
        if row is not None:
            return self._status(row)
        complaint = resident_records.complaint_by_acceptance_no(self.db, acceptance_no)
        if complaint is None:
            return None
        return ApplicationStatus(
            application_id=complaint.id,
            acceptance_no=complaint.acceptance_no,
            matter_codes=(),
            applicant_masked="",
            state="submitted",
            outbox_state=complaint.outbox_state,
            platform_state=complaint.platform_state,
            platform_note=complaint.reply or "",  # the staff's answer, shown as the status note
            case_no=None,
            submitted_at=complaint.created_at,
            promised_date=None,
            receipt_printed=True,
            kind="complaint",
        )

    def complaint_slip(self, complaint_id: str) -> tuple[str, str] | None:
        """(number, progress QR payload) of a filed complaint, for its slip."""
        number = resident_records.complaint_acceptance_no(self.db, complaint_id)
        return None if number is None else (number, self._progress_qr(self.secret, complaint_id, number))


# --------------------------------------------------------------------------- crash recovery


@dataclasses.dataclass(frozen=True)
class RecoveryReport:
    orphan_files: int = 0  # sealed files no row lists, moved to the quarantine (never deleted)
    temp_files: int = 0
    draft_rows: int = 0

    @property
    def anything(self) -> bool:
        return bool(self.orphan_files or self.temp_files or self.draft_rows)


def quarantine_dir(files_dir: Path) -> Path:
    return Path(files_dir).with_name(Path(files_dir).name + "-quarantine")


def quarantined_files(files_dir: Path) -> list[Path]:
    """Sealed files kept aside because no row listed them: for the technician and the diagnostics."""
    folder = quarantine_dir(files_dir)
    return sorted(folder.glob("*.sealed")) if folder.is_dir() else []


def recover(db: Database, files_dir: Path) -> RecoveryReport:
    """At start-up: tidy what a crash mid-journey left behind; never lose a sealed file.

    A crash before the submit committed leaves sealed files no row points at (and half-written
    ``.tmp`` files, which go). But a database moved aside as damaged also leaves every queued
    application's files unlisted, and the clean-up cannot tell the two apart: so an unlisted sealed
    file is moved to ``<files_dir>-quarantine`` (beside, not inside, the files folder), never
    deleted, and the technician is told. Application rows in any state other than "submitted"
    (none are written today) are drafts: they go with their materials rows.
    """
    from sync import sealed_files

    with transaction(db):
        drafts = applications.delete_drafts(db)
        # sealed files have one owner, whose rules keep this safe beside a running sync worker
        orphans, temps = sealed_files.remove_orphans(db, files_dir, quarantine_dir(files_dir))
        report = RecoveryReport(orphans, temps, drafts)
        if report.anything:
            audit.append(db, ACTOR, "journey.recovered", dataclasses.asdict(report))
    if report.anything:
        log.warning(
            "start-up recovery: quarantined %d unlisted sealed files, removed %d temp files, %d draft rows",
            orphans,
            temps,
            drafts,
        )
    return report
