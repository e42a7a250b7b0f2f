"""查询进度: a resident's applications and their statuses, by ID card or by the receipt's QR code.

The store answers from its own tables (the sync engine keeps ``outbox`` and ``sync_case_status``
current); this module turns those rows into statuses in words and a status slip. By card, the store
finds applications through the applicant token (a keyed hash of the ID number, never the number);
by QR, through the acceptance number the payload carries once its tag checks out.

Every kind of record in ``applications`` shows: the resident journey's applications and the other
kinds other flows write there (pension certification, home-visit requests...). A row names its
``kind`` and may carry a ``title`` (its matter name in Chinese) for codes the catalog does not know
(migration 0120); the list reads both, so a new kind needs no change here.

:class:`ProgressSession` is the screen's state: one resident's rows, in memory only, forgotten by
:meth:`ProgressSession.wipe` (a session wipe step) and whenever a new lookup starts::

    s = ProgressSession(ProgressLookup(store, catalog, terminal_name), clock)
    s.by_card(card_data)        # IdentifyError (the resident retries)
    s.by_qr(payload)            # or by the receipt QR: JourneyError("qr_not_recognised")
    s.rows("zh_CN")             # ProgressRow list, newest first
    s.detail("0001-261126-0007")
    s.slip()                    # ReceiptContent (Chinese) for the printer port
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from kiosk.core.catalog import Catalog
from kiosk.core.journey.identity import CardData, Person, ReadFailure, identify
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.receipt import HOTLINE, STATUS_TITLE, ReceiptContent, SlipRow, status_slip
from kiosk.core.words import Phrase, words

APPLICATION = "application"


@dataclass(frozen=True)
class ApplicationStatus:
    application_id: str
    acceptance_no: str
    matter_codes: tuple[str, ...]
    applicant_masked: str
    state: str  # the journey's state on this kiosk ("submitted")
    outbox_state: str | None  # None: not queued; queued / uploading / ... / acknowledged / status-synced
    platform_state: str | None  # received / accepted / ... / completed
    platform_note: str
    case_no: str | None
    submitted_at: float
    promised_date: str | None
    receipt_printed: bool
    kind: str = APPLICATION  # application / certification / home_visit / ... (migration 0120)
    title: str = ""  # the matter's name as the writer stored it (Chinese), for codes not in the catalog
    filed_elsewhere: bool = False  # found on the platform: another terminal took it
    answered_at: float | None = None  # a complaint filed elsewhere: when staff replied (the reply stays)


class ProgressStore(Protocol):
    def applications_for(self, id_number: str) -> Sequence[ApplicationStatus]: ...

    def application_by_qr(self, payload: str) -> ApplicationStatus | None: ...

    def application(self, acceptance_no: str) -> ApplicationStatus | None: ...


#: the statuses a row can show (words: ``status.<code>`` in the .ts files): the platform's six case
#: states, the kiosk's own before the platform has it, the certification and home-visit results, and
#: a document the platform mails (to be posted, posted)
STATUS_TEXTS: dict[str, Phrase] = {
    code: Phrase(f"status.{code}")
    for code in (
        "not_sent", "queued", "sending", "needs_attention",
        "received", "accepted", "not-accepted", "correction-requested", "processing", "completed",
        "certified", "certification-failed", "visit-scheduled", "to-mail", "mailed",
    )
}  # fmt: skip

#: statuses the screens mark as needing the resident's attention, and as done
ATTENTION = frozenset({"needs_attention", "not-accepted", "correction-requested", "certification-failed"})
DONE = frozenset({"completed", "certified", "visit-scheduled", "mailed"})

#: the statuses that come with what the resident does next (the detail view; ``status_advice.<code>``)
STATUS_ADVICE: dict[str, Phrase] = {
    code: Phrase(f"status_advice.{code}")
    for code in (
        "not_sent", "queued", "needs_attention", "not-accepted", "correction-requested", "completed",
        "certification-failed",
    )
}  # fmt: skip

#: record kinds in words (``kind.<kind>``; a kind not listed shows as its code)
KIND_TEXTS: dict[str, Phrase] = {
    kind: Phrase(f"kind.{kind}")
    for kind in (APPLICATION, "certification", "home_visit", "complaint", "mailed_document")
}

_RECEIVED = ("acknowledged", "status-synced", "sent")
_SENDING = ("uploading", "committing", "sent-no-answer")


def status_code(s: ApplicationStatus) -> str:
    if s.platform_state:
        return s.platform_state
    if s.outbox_state is None:
        return "not_sent"
    if s.outbox_state in _RECEIVED:
        return "received"
    if s.outbox_state in _SENDING:
        return "sending"
    if s.outbox_state == "needs-attention":
        return "needs_attention"
    return "queued"


def status_text(s: ApplicationStatus, locale: str = "zh_CN") -> str:
    code = status_code(s)
    text = STATUS_TEXTS.get(code)
    return text.text(locale) if text else code


def kind_text(kind: str, locale: str = "zh_CN") -> str:
    text = KIND_TEXTS.get(kind)
    return text.text(locale) if text else kind


def complaint_elsewhere_advice(s: ApplicationStatus, locale: str = "zh_CN") -> str:
    """A complaint another terminal filed: when it was answered, and that the answer is read at the
    terminal that filed it (the platform tells other terminals its state only, never the reply)."""
    if s.kind != "complaint" or not s.filed_elsewhere:
        return ""
    if s.answered_at is None:
        return words("complaint_elsewhere.waiting", locale)
    when = f"{dt.datetime.fromtimestamp(s.answered_at):%Y-%m-%d %H:%M}"
    return words("complaint_elsewhere.answered", locale, when=when)


@dataclass(frozen=True)
class ProgressRow:
    acceptance_no: str
    matter_names: tuple[str, ...]
    status: str
    status_text: str
    submitted_at: dt.datetime
    promised_date: str | None
    note: str
    kind: str = APPLICATION
    kind_text: str = ""
    advice: str = ""
    case_no: str = ""
    applicant_masked: str = ""
    receipt_printed: bool = False
    matter_names_zh: tuple[str, ...] = ()
    status_text_zh: str = ""

    def as_dict(self) -> dict[str, Any]:
        """For the screens: masked data only."""
        return {
            "acceptanceNo": self.acceptance_no,
            "matters": list(self.matter_names),
            "matter": "、".join(self.matter_names),
            "status": self.status,
            "statusText": self.status_text,
            "tone": "attention" if self.status in ATTENTION else "done" if self.status in DONE else "",
            "submitted": f"{self.submitted_at:%Y-%m-%d %H:%M}",
            "promised": self.promised_date or "",
            "note": self.note,
            "kind": self.kind,
            "kindText": self.kind_text,
            "advice": self.advice,
            "caseNo": self.case_no,
            "applicant": self.applicant_masked,
            "receiptPrinted": self.receipt_printed,
        }


class ProgressLookup:
    def __init__(self, store: ProgressStore, catalog: Catalog | None = None, terminal_name: str = "") -> None:
        self.store = store
        self.catalog = catalog
        self.terminal_name = terminal_name

    def matter_names(self, s: ApplicationStatus, locale: str) -> tuple[str, ...]:
        names = []
        for code in s.matter_codes:
            m = self.catalog.matter(code) if self.catalog else None
            names.append(m.name.text(locale) if m else (s.title or kind_text(s.kind, locale) or code))
        if not names:
            names.append(s.title or kind_text(s.kind, locale))
        return tuple(names)

    def row(self, s: ApplicationStatus, locale: str = "zh_CN") -> ProgressRow:
        code = status_code(s)
        # the advice speaks of applications ("collect the result"); a complaint's answer is its note
        advice = STATUS_ADVICE.get(code) if s.kind != "complaint" else None
        return ProgressRow(
            s.acceptance_no,
            self.matter_names(s, locale),
            code,
            status_text(s, locale),
            dt.datetime.fromtimestamp(s.submitted_at),
            s.promised_date,
            s.platform_note,
            kind=s.kind,
            kind_text=kind_text(s.kind, locale),
            advice=advice.text(locale) if advice else complaint_elsewhere_advice(s, locale),
            case_no=s.case_no or "",
            applicant_masked=s.applicant_masked,
            receipt_printed=s.receipt_printed,
            matter_names_zh=self.matter_names(s, "zh_CN"),
            status_text_zh=status_text(s, "zh_CN"),
        )

    def for_person(self, person: Person) -> list[ApplicationStatus]:
        return sorted(
            self.store.applications_for(person.id_number), key=lambda s: s.submitted_at, reverse=True
        )

    def by_person(self, person: Person, locale: str = "zh_CN") -> list[ProgressRow]:
        return [self.row(s, locale) for s in self.for_person(person)]

    def status_by_qr(self, payload: object) -> ApplicationStatus | None:
        if not isinstance(payload, str):
            return None
        return self.store.application_by_qr(payload)

    def by_qr(self, payload: object, locale: str = "zh_CN") -> list[ProgressRow]:
        """The one application a receipt QR names; [] when the code is not ours (see
        ``qr_not_recognised``)."""
        s = self.status_by_qr(payload)
        return [self.row(s, locale)] if s else []

    def slip(self, rows: Sequence[ProgressRow], applicant_masked: str, now: dt.datetime) -> ReceiptContent:
        """The status slip, always in Chinese whatever the screen's language: masked applicant, each
        application's number, matter, status and promised completion, the 12345 hotline."""
        base = status_slip(
            [
                SlipRow(
                    r.acceptance_no,
                    "、".join(r.matter_names_zh or r.matter_names),
                    r.status_text_zh or r.status_text,
                    r.submitted_at,
                )
                for r in rows
            ],
            applicant_masked,
            now,
            self.terminal_name,
        )
        lines = list(base.lines)
        for r in reversed(rows):  # after each application's status line
            if r.promised_date:
                at = lines.index(("受理号", r.acceptance_no)) + 3
                lines.insert(at, ("承诺办结", r.promised_date))
        return ReceiptContent(
            title=base.title, lines=tuple(lines), emphasis=base.emphasis, footer=base.footer
        )


class ProgressSession:
    """One resident's lookup on the progress screens. Memory only; ``wipe`` forgets it all."""

    def __init__(self, lookup: ProgressLookup, clock: Callable[[], dt.datetime]) -> None:
        self.lookup = lookup
        self.clock = clock
        self._statuses: list[ApplicationStatus] = []
        self.applicant_masked = ""
        self.how = ""  # "card" / "qr" / "number" (typed acceptance number) / "" (nothing looked up)

    def by_card(self, card: CardData | Mapping[str, Any] | ReadFailure | None) -> Person:
        """Identify by the card just read (IdentifyError for a bad read: the resident retries) and
        load their applications. The Person is returned for the session's redactor, not kept."""
        self.wipe()
        person = identify(card, self.clock().date())
        self._statuses = self.lookup.for_person(person)
        self.applicant_masked = person.masked_name
        self.how = "card"
        return person

    def by_qr(self, payload: object) -> ApplicationStatus:
        self.wipe()
        status = self.lookup.status_by_qr(payload)
        if status is None:
            raise JourneyError("qr_not_recognised")
        self._statuses = [status]
        self.applicant_masked = status.applicant_masked
        self.how = "qr"
        return status

    def found_on_platform(self, statuses: Sequence[ApplicationStatus], how: str) -> None:
        """Show what the platform found for a typed acceptance number (``how="number"``) or another
        terminal's receipt QR (``how="qr"``): a new lookup, so nothing of the previous one stays."""
        self.wipe()
        self._statuses = sorted(statuses, key=lambda s: s.submitted_at, reverse=True)
        self.applicant_masked = next((s.applicant_masked for s in statuses if s.applicant_masked), "")
        self.how = how

    def add_found_elsewhere(self, statuses: Sequence[ApplicationStatus]) -> int:
        """Cases the platform knows that another terminal took (a card lookup only): added after the
        lookup, newest first with the rest; one already listed here is not doubled. Returns how many."""
        if self.how != "card":
            return 0
        known = {s.application_id for s in self._statuses} | {s.acceptance_no for s in self._statuses}
        new = [s for s in statuses if s.application_id not in known and s.acceptance_no not in known]
        self._statuses = sorted([*self._statuses, *new], key=lambda s: s.submitted_at, reverse=True)
        return len(new)

    def refresh(self) -> None:
        """Read the statuses again (the sync engine may have moved them on since the lookup)."""
        fresh = [self.lookup.store.application(s.acceptance_no) for s in self._statuses]
        self._statuses = [f or s for f, s in zip(fresh, self._statuses, strict=True)]

    @property
    def looked_up(self) -> bool:
        return bool(self.how)

    def rows(self, locale: str = "zh_CN") -> list[ProgressRow]:
        return [self.lookup.row(s, locale) for s in self._statuses]

    def detail(self, acceptance_no: str, locale: str = "zh_CN") -> ProgressRow | None:
        for s in self._statuses:
            if s.acceptance_no == acceptance_no:
                return self.lookup.row(s, locale)
        return None

    def slip(self, acceptance_no: str = "") -> ReceiptContent:
        """The slip for one application (from the detail view) or for all of them."""
        if not self.looked_up:
            raise JourneyError("wrong_step", step="progress")
        rows = self.rows("zh_CN")
        if acceptance_no:
            rows = [r for r in rows if r.acceptance_no == acceptance_no]
        return self.lookup.slip(rows, self.applicant_masked, self.clock())

    def wipe(self) -> None:
        self._statuses = []
        self.applicant_masked = ""
        self.how = ""


__all__ = [
    "HOTLINE",
    "KIND_TEXTS",
    "STATUS_TEXTS",
    "STATUS_TITLE",
    "ApplicationStatus",
    "ProgressLookup",
    "ProgressRow",
    "ProgressSession",
    "ProgressStore",
    "kind_text",
    "status_code",
    "status_text",
]
