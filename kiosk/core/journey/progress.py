"""查询进度: a resident's applications and their statuses, by ID card or by the receipt's QR code.

The store answers from its own tables (the sync engine keeps ``outbox`` and ``sync_case_status``
current); this module turns those rows into statuses in words and a status slip. By card, the store
finds applications through the applicant token (a keyed hash of the ID number, never the number);
by QR, through the acceptance number the payload carries once its tag checks out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from kiosk.core.catalog import Catalog, LocalText
from kiosk.core.journey.identity import Person
from kiosk.core.journey.receipt import ReceiptContent, SlipRow, status_slip


@dataclass(frozen=True)
class ApplicationStatus:
    application_id: str
    acceptance_no: str
    matter_codes: tuple[str, ...]
    applicant_masked: str
    state: str  # the journey's state on this kiosk ("submitted")
    outbox_state: str | None  # queued / uploading / ... / acknowledged / status-synced
    platform_state: str | None  # received / accepted / ... / completed
    platform_note: str
    case_no: str | None
    submitted_at: float
    promised_date: str | None
    receipt_printed: bool


class ProgressStore(Protocol):
    def applications_for(self, id_number: str) -> Sequence[ApplicationStatus]: ...

    def application_by_qr(self, payload: str) -> ApplicationStatus | None: ...


STATUS_TEXTS: dict[str, LocalText] = {
    "queued": LocalText("已提交，等待上传", "Submitted, waiting to be sent"),
    "sending": LocalText("正在上传", "Being sent"),
    "needs_attention": LocalText(
        "上传遇到问题，工作人员会处理", "A problem sending it; staff will handle it"
    ),
    "received": LocalText("部门已收到", "Received by the department"),
    "accepted": LocalText("已受理", "Accepted"),
    "not-accepted": LocalText("不予受理", "Not accepted"),
    "correction-requested": LocalText("需要补正材料", "More materials needed"),
    "processing": LocalText("办理中", "Being processed"),
    "completed": LocalText("已办结", "Completed"),
}


def status_code(s: ApplicationStatus) -> str:
    if s.platform_state:
        return s.platform_state
    if s.outbox_state in ("acknowledged", "status-synced"):
        return "received"
    if s.outbox_state in ("uploading", "committing", "sent-no-answer"):
        return "sending"
    if s.outbox_state == "needs-attention":
        return "needs_attention"
    return "queued"


def status_text(s: ApplicationStatus, locale: str = "zh_CN") -> str:
    code = status_code(s)
    text = STATUS_TEXTS.get(code)
    return text.text(locale) if text else code


@dataclass(frozen=True)
class ProgressRow:
    acceptance_no: str
    matter_names: tuple[str, ...]
    status: str
    status_text: str
    submitted_at: dt.datetime
    promised_date: str | None
    note: str


class ProgressLookup:
    def __init__(self, store: ProgressStore, catalog: Catalog | None = None, terminal_name: str = "") -> None:
        self.store = store
        self.catalog = catalog
        self.terminal_name = terminal_name

    def _row(self, s: ApplicationStatus, locale: str) -> ProgressRow:
        names = []
        for code in s.matter_codes:
            m = self.catalog.matter(code) if self.catalog else None
            names.append(m.name.text(locale) if m else code)
        return ProgressRow(
            s.acceptance_no,
            tuple(names),
            status_code(s),
            status_text(s, locale),
            dt.datetime.fromtimestamp(s.submitted_at),
            s.promised_date,
            s.platform_note,
        )

    def by_person(self, person: Person, locale: str = "zh_CN") -> list[ProgressRow]:
        rows = sorted(
            self.store.applications_for(person.id_number), key=lambda s: s.submitted_at, reverse=True
        )
        return [self._row(s, locale) for s in rows]

    def by_qr(self, payload: object, locale: str = "zh_CN") -> list[ProgressRow]:
        """The one application a receipt QR names; [] when the code is not ours (see
        ``qr_not_recognised``)."""
        if not isinstance(payload, str):
            return []
        s = self.store.application_by_qr(payload)
        return [self._row(s, locale)] if s else []

    def slip(self, rows: Sequence[ProgressRow], applicant_masked: str, now: dt.datetime) -> ReceiptContent:
        return status_slip(
            [
                SlipRow(r.acceptance_no, "、".join(r.matter_names), r.status_text, r.submitted_at)
                for r in rows
            ],
            applicant_masked,
            now,
            self.terminal_name,
        )
