"""上门服务: a home-visit request for a resident who cannot come (bedridden, disabled).

Steps (:class:`VisitStep`)::

    IDENTIFY (the family member's own card) -> RESIDENT (the resident's card, read or typed)
             -> DETAILS (address, phone, reason, relationship) -> RECEIPT -> END

``HomeVisitRequest(catalog, services, handover=...)`` may start from a certification fallback
(:class:`~kiosk.core.journey.certification.HomeVisitHandover`): the resident, and the helper if one
operated the screens, are known, so it starts at DETAILS with the certification as the reason.

The request is queued as an application (kind ``home_visit``, same sealing and outbox): the
platform schedules the visit and its state comes back through the status feed to the progress
lookup. The sealed payload holds the persons, the address and the phone; the clear columns hold
only the masked name, the matter code and the kind.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.core.catalog import Catalog, MatterKind
from kiosk.core.journey.certification import HomeVisitHandover
from kiosk.core.journey.forms import FieldError, check_text, validate_phone
from kiosk.core.journey.identity import (
    CardData,
    Person,
    ReadFailure,
    id_number_problem,
    identify,
    person_from_entry,
)
from kiosk.core.journey.ids import new_id
from kiosk.core.journey.journey import JourneyServices, SessionPort
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.proxy import RELATIONSHIPS
from kiosk.core.journey.receipt import HOTLINE, PrintOutcome, ReceiptContent
from kiosk.core.journey.steps import StepFlow
from kiosk.core.journey.submit import SubmissionPackage, SubmitResult
from kiosk.logs import mask_phone

log = logging.getLogger(__name__)

KIND = "home_visit"
PAYLOAD_TYPE = "home_visit"
CALL_BACK_WORKING_DAYS = 3  # staff phone to arrange the visit within this many working days
RECEIPT_TITLE = "上门服务申请回执"


class VisitStep(enum.StrEnum):
    IDENTIFY = "identify"
    RESIDENT = "resident"
    DETAILS = "details"
    RECEIPT = "receipt"
    END = "end"


@dataclass(frozen=True, repr=False)
class VisitDetails:
    address: Any
    phone: Any
    reason_matter: Any
    relationship: Any = None  # of the requester to the resident; None when they are the same person
    note: Any = ""

    def __repr__(self) -> str:
        return f"VisitDetails(reason={self.reason_matter!r})"


def visit_reasons(catalog: Catalog, locale: str = "zh_CN") -> list[dict[str, str]]:
    """Matters a home visit can be for: certifications first, then what the terminal handles."""
    handled = [m for m in catalog.matters if m.terminal_handling and m.kind is not MatterKind.GUIDE]
    handled.sort(key=lambda m: m.kind is not MatterKind.CERTIFICATION)
    return [{"code": m.code, "name": m.name.text(locale)} for m in handled]


class HomeVisitRequest(StepFlow[VisitStep]):
    flow_name = "home-visit"

    def __init__(
        self,
        catalog: Catalog,
        services: JourneyServices,
        *,
        session: SessionPort | None = None,
        handover: HomeVisitHandover | None = None,
    ) -> None:
        self.catalog = catalog
        self.services = services
        self.step = VisitStep.IDENTIFY
        self.completed = False
        self._observers: list[Callable[[VisitStep], None]] = []
        self._session = session
        self._unregister: Callable[[], None] | None = None
        if session is not None:
            self._unregister = session.register_wipe("home_visit", self.wipe)
        self._clear()
        if handover is not None:
            self._take(handover)

    def _clear(self) -> None:
        self.requester: Person | None = None
        self.resident: Person | None = None
        self.relationship: str | None = None
        self.preset_reason: str | None = None
        self.details: dict[str, Any] | None = None
        self.result: SubmitResult | None = None
        self.receipt: ReceiptContent | None = None
        self.print_outcome: PrintOutcome | None = None

    def _take(self, handover: HomeVisitHandover) -> None:
        self.resident = handover.resident
        self.requester = handover.requester or handover.resident
        self.relationship = handover.relationship
        self.preset_reason = handover.reason_matter
        self._sensitive(self.resident, self.requester)
        self.step = VisitStep.DETAILS

    def _sensitive(self, *people: Person | None) -> None:
        if self._session is not None:
            for p in people:
                if p is not None:
                    self._session.register_sensitive(*p.sensitive_values())

    @property
    def today(self) -> dt.date:
        return self.services.clock().date()

    @property
    def same_person(self) -> bool:
        return (
            self.requester is not None
            and self.resident is not None
            and (self.requester.id_number == self.resident.id_number)
        )

    # -- who -----------------------------------------------------------------------------------------
    def identify(self, card: CardData | Mapping[str, Any] | ReadFailure | None) -> Person:
        """The family member's own card."""
        self._expect(VisitStep.IDENTIFY)
        person = identify(card, self.today)
        self._sensitive(person)
        self.requester = person
        self._go(VisitStep.RESIDENT)
        return person

    def resident_card(self, card: CardData | Mapping[str, Any] | ReadFailure | None) -> Person:
        self._expect(VisitStep.RESIDENT)
        return self._set_resident(identify(card, self.today))

    def resident_entered(self, name: str, id_number: str) -> Person:
        self._expect(VisitStep.RESIDENT)
        if not isinstance(name, str) or len(name.strip()) < 2 or id_number_problem(id_number, self.today):
            raise JourneyError("visit_resident_is_requester")
        return self._set_resident(person_from_entry(name, id_number))

    def _set_resident(self, person: Person) -> Person:
        assert self.requester is not None
        if person.id_number == self.requester.id_number:
            raise JourneyError("visit_resident_is_requester")
        self._sensitive(person)
        self.resident = person
        self._go(VisitStep.DETAILS)
        return person

    # -- details and submit --------------------------------------------------------------------------
    def check(self, details: VisitDetails) -> tuple[dict[str, Any] | None, tuple[FieldError, ...]]:
        errors: list[FieldError] = []
        address, address_errors = check_text(
            details.address, "address", required=True, max_length=120, min_length=5
        )
        errors.extend(address_errors)
        phone = validate_phone(details.phone)
        if phone is None:
            errors.append(FieldError("phone", "required" if details.phone in (None, "") else "invalid_phone"))
        reason = details.reason_matter or self.preset_reason
        matter = self.catalog.matter(reason) if isinstance(reason, str) else None
        if matter is None or not matter.terminal_handling:
            errors.append(FieldError("reason", "visit_reason_unknown"))
        relationship = details.relationship or self.relationship
        if not self.same_person and (not isinstance(relationship, str) or relationship not in RELATIONSHIPS):
            errors.append(FieldError("relationship", "invalid_relationship"))
        note, note_errors = check_text(details.note or None, "note", required=False, max_length=200)
        errors.extend(note_errors)
        if errors:
            return None, tuple(errors)
        return {
            "address": address,
            "phone": phone,
            "reason_matter": reason,
            "relationship": None if self.same_person else relationship,
            "note": note or "",
        }, ()

    def submit(self, details: VisitDetails) -> tuple[FieldError, ...]:
        """Validate and queue. Errors: nothing queued, the step stays; none: RECEIPT."""
        self._expect(VisitStep.DETAILS)
        clean, errors = self.check(details)
        if clean is None:
            return errors
        self.details = clean
        if self._session is not None:
            self._session.register_sensitive(clean["phone"], clean["address"])
        now = self.services.clock()
        package = self.package(new_id(), now)
        try:
            result = self.services.submitter.submit(package)
        except JourneyError:
            raise
        except Exception as exc:
            log.error("home-visit submit failed: %s", type(exc).__name__)
            raise JourneyError("submit_failed") from exc
        self.result = result
        self.receipt = self._receipt(result)
        self._go(VisitStep.RECEIPT)
        return ()

    def package(self, application_id: str, now: dt.datetime) -> SubmissionPackage:
        resident, requester, d = self.resident, self.requester, self.details
        assert resident is not None and requester is not None and d is not None
        calendar = self.services.calendar.overlay(self.catalog.calendar)
        call_back = calendar.add_working_days(now.date(), CALL_BACK_WORKING_DAYS)
        role = "self" if self.same_person else "proxy"
        personal = {
            "format": 1,
            "type": PAYLOAD_TYPE,
            "application_id": application_id,
            "submitted_at": now.isoformat(timespec="seconds"),
            "matters": [d["reason_matter"]],
            "catalog_version": self.catalog.version,
            "role": role,
            "applicant": resident.as_payload(),
            "card_holder": requester.as_payload(),
            "requester": requester.as_payload(),
            "relationship": d["relationship"],
            "address": d["address"],
            "phone": d["phone"],
            "note": d["note"],
            "call_back_by": call_back.isoformat(),
        }
        audit = {
            "application_id": application_id,
            "matters": [d["reason_matter"]],
            "kind": KIND,
            "role": role,
            "attachments": 0,
        }
        return SubmissionPackage(
            application_id=application_id,
            matter_codes=(d["reason_matter"],),
            bundle_code=None,
            catalog_version=self.catalog.version,
            applicant_masked=resident.masked_name,
            subject_id_number=resident.id_number,
            promised_date=call_back,
            personal=personal,
            attachments=(),
            materials=(),
            role=role,
            staff_verification=False,
            staff_reason=None,
            face_status="not_needed",
            audit=audit,
        )

    def _receipt(self, result: SubmitResult) -> ReceiptContent:
        resident, requester, d = self.resident, self.requester, self.details
        assert resident is not None and requester is not None and d is not None
        matter = self.catalog.matter(d["reason_matter"])
        day = result.promised_date
        lines: list[tuple[str, str]] = [
            ("受理号", result.acceptance_no),
            ("上门事项", matter.name.zh_CN if matter else d["reason_matter"]),
            ("服务对象", resident.masked_name),
        ]
        if not self.same_person:
            relation = RELATIONSHIPS[d["relationship"]].text("zh_CN")
            lines.append(("申请人", f"{requester.masked_name}（{relation}）"))
        lines.append(("联系电话", mask_phone(d["phone"])))
        lines.append(("提交时间", f"{result.submitted_at:%Y-%m-%d %H:%M}"))
        footer = [f"咨询投诉请拨打 {HOTLINE}"]
        if self.services.terminal_name:
            footer.append(self.services.terminal_name)
        return ReceiptContent(
            title=RECEIPT_TITLE,
            lines=tuple(lines),
            emphasis=(f"工作人员将在{day.year}年{day.month}月{day.day}日前电话联系，约定上门时间",),
            qr_payload=result.qr_payload,
            qr_caption="扫码查询上门服务进度",
            footer=tuple(footer),
            acceptance_no=result.acceptance_no,
        )

    def record_print(self, outcome: PrintOutcome) -> None:
        self._expect(VisitStep.RECEIPT)
        assert self.result is not None
        self.print_outcome = outcome
        try:
            self.services.submitter.record_receipt(
                self.result.application_id, outcome.printed, outcome.problem
            )
        except Exception as exc:
            log.error("recording the receipt outcome failed: %s", type(exc).__name__)

    def finish(self) -> None:
        self._expect(VisitStep.RECEIPT)
        self.completed = True
        self._go(VisitStep.END)

    def wipe(self) -> None:
        self._record_unprinted_receipt(VisitStep.RECEIPT)
        self._clear()
        if self._unregister is not None:
            self._unregister()
            self._unregister = None
        self._session = None
        if self.step is not VisitStep.END:
            self._go(VisitStep.END)

    def holds_personal_data(self) -> bool:
        return any(x is not None for x in (self.requester, self.resident, self.details))

    def public(self, locale: str = "zh_CN") -> dict[str, Any]:
        return {
            "residentMaskedName": self.resident.masked_name if self.resident else "",
            "requesterMaskedName": self.requester.masked_name if self.requester else "",
            "samePerson": self.same_person,
            "presetReason": self.preset_reason or "",
            "relationship": self.relationship or "",
        }
