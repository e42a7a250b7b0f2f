"""养老金领取资格认证: the yearly pension eligibility certification, display-free.

Steps (:class:`CertStep`)::

    IDENTIFY -> [PRINCIPAL] -> CONSENT -> LIVENESS -> RECEIPT -> RATE -> END
                                  \\           \\
                                   +-----------+--> FALLBACK (staff call or home-visit request) -> END

* ``identify(card, proxy=False)``: the person at the screen. With ``proxy`` a family member operates
  the screens: ``principal_card(card, relationship, photo)`` reads the elderly resident's own card
  (its chip photo goes to the platform as the reference face), or ``principal_entered(name,
  id_number, relationship)`` when the card is not at hand (the platform then uses its registry
  photo). Either way the face captured is the resident's, never the helper's: the platform matches
  it against the principal's photo, and the application records who assisted.
* ``consent(granted)``: a separate screen in plain words; refused -> FALLBACK.
* ``liveness_attempt(passed, frame, score)``: one guided challenge (blink, turn the head...); the
  best frame of a passed attempt is sealed to the platform key and queued at once, as an
  application in the same tables, so the progress lookup lists it; three failed attempts -> FALLBACK.
  ``camera_offline()`` from CONSENT or LIVENESS -> FALLBACK.
* FALLBACK is never a dead end: ``choose_staff()`` files a 帮办 call, ``choose_home_visit()`` hands
  over what a home-visit request needs (the resident and the reason, see :mod:`home_visit`).
* The platform decides: the receipt says when the result can be checked (the next working day).

The face frame lives in memory until ``submit`` seals it into its own attachment file; the sync
side deletes that file once the platform acknowledged it (``sync.engine.feed.purge_face_photos``).
Nothing here logs or ``repr``s a picture or a personal field.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.core.catalog import Catalog, Matter, MatterKind
from kiosk.core.journey.evaluation import EvaluationRecord, Rating, rate
from kiosk.core.journey.help import HelpRecord
from kiosk.core.journey.identity import CardData, Person, ReadFailure, identify, person_from_entry
from kiosk.core.journey.ids import new_id
from kiosk.core.journey.journey import JourneyServices, SessionPort
from kiosk.core.journey.messages import JourneyError, Message
from kiosk.core.journey.proxy import RELATIONSHIPS
from kiosk.core.journey.receipt import HOTLINE, PrintOutcome, ReceiptContent
from kiosk.core.journey.steps import StepFlow
from kiosk.core.journey.submit import MaterialRow, SubmissionPackage, SubmitResult

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
FACE_PHOTO = "face_photo"  # material code of the live frame (deleted locally after acknowledgement)
CARD_PHOTO = "card_photo"  # the principal's chip photo (WLT), the platform's reference face
KIND = "certification"
PAYLOAD_TYPE = "certification"
RECEIPT_TITLE = "认证回执"


class CertStep(enum.StrEnum):
    IDENTIFY = "identify"
    PRINCIPAL = "principal"
    CONSENT = "consent"
    LIVENESS = "liveness"
    RECEIPT = "receipt"
    RATE = "rate"
    FALLBACK = "fallback"
    END = "end"


class FallbackReason(enum.StrEnum):
    CONSENT_REFUSED = "consent_refused"
    CAMERA_OFFLINE = "camera_offline"
    LIVENESS_FAILED = "liveness_failed"

    @property
    def message(self) -> Message:
        return Message(f"cert_{self.value}")


@dataclass(frozen=True, repr=False)
class Assistance:
    """A family member operating the screens for the elderly resident (the principal)."""

    helper: Person
    relationship: str

    def __repr__(self) -> str:
        return f"Assistance({self.helper.masked_name}, {self.relationship})"


@dataclass(frozen=True, repr=False)
class HomeVisitHandover:
    """What a home-visit request can start from after a fallback (memory only)."""

    resident: Person
    requester: Person | None
    relationship: str | None
    reason_matter: str

    def __repr__(self) -> str:
        return f"HomeVisitHandover({self.resident.masked_name}, {self.reason_matter})"


def result_date(services: JourneyServices, day: dt.date, catalog: Catalog | None = None) -> dt.date:
    """The platform reviews the next working day: the result can be checked from then (the catalog's
    work calendar wins for the years it covers)."""
    calendar = services.calendar.overlay(catalog.calendar) if catalog is not None else services.calendar
    return calendar.add_working_days(day, 1)


class CertificationJourney(StepFlow[CertStep]):
    flow_name = "certification"

    def __init__(
        self,
        catalog: Catalog,
        services: JourneyServices,
        matter_code: str,
        *,
        session: SessionPort | None = None,
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        matter = catalog.matter(matter_code)
        if matter is None:
            raise JourneyError("unknown_matter")
        if matter.kind is not MatterKind.CERTIFICATION:
            raise JourneyError("cert_not_certification")
        self.catalog = catalog
        self.matter: Matter = matter
        self.services = services
        self.max_attempts = max_attempts
        self.step = CertStep.IDENTIFY
        self.completed = False
        self._observers: list[Callable[[CertStep], None]] = []
        self._session = session
        self._unregister: Callable[[], None] | None = None
        if session is not None:
            self._unregister = session.register_wipe("certification", self.wipe)
        self._clear()

    def _clear(self) -> None:
        self.holder: Person | None = None
        self.principal: Person | None = None
        self.assistance: Assistance | None = None
        self.wants_proxy = False
        self._card_photo: bytes | None = None
        self.consented: bool | None = None
        self.attempts = 0
        self._frame: bytes | None = None
        self._score: float | None = None
        self.fallback: FallbackReason | None = None
        self.result: SubmitResult | None = None
        self.receipt: ReceiptContent | None = None
        self.print_outcome: PrintOutcome | None = None
        self.evaluation: EvaluationRecord | None = None
        self.help: HelpRecord | None = None

    # -- plumbing ------------------------------------------------------------------------------------
    def _sensitive(self, person: Person) -> None:
        if self._session is not None:
            self._session.register_sensitive(*person.sensitive_values())

    @property
    def subject(self) -> Person | None:
        """Whose pension is certified: the principal when a family member assists."""
        return self.principal if self.assistance else self.holder

    @property
    def today(self) -> dt.date:
        return self.services.clock().date()

    @property
    def attempts_left(self) -> int:
        return max(0, self.max_attempts - self.attempts)

    # -- who -----------------------------------------------------------------------------------------
    def identify(
        self, card: CardData | Mapping[str, Any] | ReadFailure | None, proxy: bool = False
    ) -> Person:
        self._expect(CertStep.IDENTIFY)
        if proxy and not self.matter.proxy_allowed:
            raise JourneyError("proxy_not_allowed")
        person = identify(card, self.today)
        self._sensitive(person)
        self.holder = person
        self.wants_proxy = bool(proxy)
        self._go(CertStep.PRINCIPAL if proxy else CertStep.CONSENT)
        return person

    def _set_principal(self, person: Person, relationship: str, photo: bytes | None) -> None:
        assert self.holder is not None
        if relationship not in RELATIONSHIPS:
            raise JourneyError("invalid_relationship")
        if person.id_number == self.holder.id_number:
            raise JourneyError("cert_principal_is_helper")
        self._sensitive(person)
        self.principal = person
        self.assistance = Assistance(self.holder, relationship)
        self._card_photo = bytes(photo) if photo else None
        self._go(CertStep.CONSENT)

    def principal_card(
        self,
        card: CardData | Mapping[str, Any] | ReadFailure | None,
        relationship: str,
        photo: bytes | None = None,
    ) -> Person:
        """The elderly resident's own card on the reader (its chip photo is the reference face)."""
        self._expect(CertStep.PRINCIPAL)
        person = identify(card, self.today)
        self._set_principal(person, relationship, photo)
        return person

    def principal_entered(self, name: str, id_number: str, relationship: str) -> Person:
        """The resident's card is not at hand: name and ID number typed by the family member."""
        self._expect(CertStep.PRINCIPAL)
        from kiosk.core.journey.identity import id_number_problem

        if not isinstance(name, str) or len(name.strip()) < 2 or id_number_problem(id_number, self.today):
            raise JourneyError("cert_principal_card_needed")
        person = person_from_entry(name, id_number)
        self._set_principal(person, relationship, None)
        return person

    # -- consent and liveness ------------------------------------------------------------------------
    def consent(self, granted: bool) -> None:
        self._expect(CertStep.CONSENT)
        self.consented = granted is True
        if not self.consented:
            self._fall_back(FallbackReason.CONSENT_REFUSED)
        else:
            self._go(CertStep.LIVENESS)

    def camera_offline(self) -> None:
        self._expect(CertStep.CONSENT, CertStep.LIVENESS)
        self._fall_back(FallbackReason.CAMERA_OFFLINE)

    def liveness_attempt(self, passed: bool, frame: bytes | None = None, score: float | None = None) -> bool:
        """One guided challenge. True: passed and queued (RECEIPT); False: try again or FALLBACK."""
        self._expect(CertStep.LIVENESS)
        self.attempts += 1
        if passed is True and isinstance(frame, bytes | bytearray) and frame:
            self._frame, self._score = bytes(frame), score
            self._submit()
            return True
        if self.attempts >= self.max_attempts:
            self._fall_back(FallbackReason.LIVENESS_FAILED)
        return False

    def retry_message(self) -> Message:
        return Message("cert_retry", {"left": self.attempts_left})

    def _fall_back(self, reason: FallbackReason) -> None:
        self.fallback = reason
        self._frame = None
        self._go(CertStep.FALLBACK)

    # -- fallback ------------------------------------------------------------------------------------
    def choose_staff(self, help_store: Any, now: float) -> HelpRecord:
        """帮办: staff come to the terminal; the help request is stored and synced like any other."""
        self._expect(CertStep.FALLBACK)
        record = HelpRecord(new_id(), "certification-fallback", now)
        help_store.save_help(record)
        self.help = record
        self.completed = True
        self._go(CertStep.END)
        return record

    def choose_home_visit(self) -> HomeVisitHandover:
        """上门服务: hand the resident (and the helper, if any) to a home-visit request, then end."""
        self._expect(CertStep.FALLBACK)
        subject = self.subject
        if subject is None:
            raise JourneyError("wrong_step", step=self.step.value)
        handover = HomeVisitHandover(
            subject,
            self.holder if self.assistance else None,
            self.assistance.relationship if self.assistance else None,
            self.matter.code,
        )
        self.completed = True
        self._go(CertStep.END)
        return handover

    # -- submit and receipt --------------------------------------------------------------------------
    def package(self, application_id: str, now: dt.datetime) -> SubmissionPackage:
        subject, holder, frame = self.subject, self.holder, self._frame
        assert subject is not None and holder is not None and frame is not None
        attachments: list[tuple[str, bytes]] = [(FACE_PHOTO, frame)]
        rows = [MaterialRow(FACE_PHOTO, "scanned", attachment=0, detail={"media_type": "image/jpeg"})]
        if self._card_photo:
            attachments.append((CARD_PHOTO, self._card_photo))
            rows.append(MaterialRow(CARD_PHOTO, "scanned", attachment=1, detail={"media_type": "wlt"}))
        check_from = result_date(self.services, now.date(), self.catalog)
        assisted = None
        if self.assistance is not None:
            assisted = {
                "helper": self.assistance.helper.as_payload(),
                "relationship": self.assistance.relationship,
            }
        personal = {
            "format": 1,
            "type": PAYLOAD_TYPE,
            "application_id": application_id,
            "submitted_at": now.isoformat(timespec="seconds"),
            "matters": [self.matter.code],
            "catalog_version": self.catalog.version,
            "role": "proxy" if self.assistance else "self",
            "applicant": subject.as_payload(),
            "card_holder": holder.as_payload(),
            "assisted_by": assisted,
            "face": {
                "status": "passed",
                "subject": "principal" if self.assistance else "applicant",
                "attempts": self.attempts,
                "score": self._score,
                "attachment": 0,
                # what the platform matches the live face against: the principal's card chip photo,
                # or (card not read) the photo in the identity registry
                "reference": "card_photo" if self._card_photo else "registry",
            },
            "result_from": check_from.isoformat(),
        }
        audit = {
            "application_id": application_id,
            "matters": [self.matter.code],
            "kind": KIND,
            "role": "proxy" if self.assistance else "self",
            "attachments": len(attachments),
            "face_status": "passed",
            "attempts": self.attempts,
        }
        return SubmissionPackage(
            application_id=application_id,
            matter_codes=(self.matter.code,),
            bundle_code=None,
            catalog_version=self.catalog.version,
            applicant_masked=subject.masked_name,
            subject_id_number=subject.id_number,
            promised_date=check_from,
            personal=personal,
            attachments=tuple(attachments),
            materials=tuple(rows),
            role="proxy" if self.assistance else "self",
            staff_verification=False,
            staff_reason=None,
            face_status="passed",
            audit=audit,
        )

    def _submit(self) -> None:
        now = self.services.clock()
        package = self.package(new_id(), now)
        try:
            result = self.services.submitter.submit(package)
        except JourneyError:
            raise
        except Exception as exc:
            log.error("certification submit failed: %s", type(exc).__name__)
            raise JourneyError("submit_failed") from exc
        finally:
            self._frame = None  # sealed on disk now (or not at all): never kept in memory longer
        self.result = result
        self.receipt = self._receipt(result)
        self._go(CertStep.RECEIPT)

    def _receipt(self, result: SubmitResult) -> ReceiptContent:
        subject = self.subject
        assert subject is not None
        day = result.promised_date
        lines: list[tuple[str, str]] = [
            ("受理号", result.acceptance_no),
            ("办理事项", self.matter.name.zh_CN),
            ("认证人", subject.masked_name),
        ]
        if self.assistance is not None:
            relation = RELATIONSHIPS[self.assistance.relationship].text("zh_CN")
            lines.append(("协助办理", f"{self.assistance.helper.masked_name}（{relation}）"))
        lines.append(("提交时间", f"{result.submitted_at:%Y-%m-%d %H:%M}"))
        lines.append(("结果查询", f"{day.year}年{day.month}月{day.day}日起"))
        return ReceiptContent(
            title=RECEIPT_TITLE,
            lines=tuple(lines),
            emphasis=(
                "认证已提交，由社保部门确认结果",
                f"{day.year}年{day.month}月{day.day}日起可在终端“查询进度”查看",
            ),
            qr_payload=result.qr_payload,
            qr_caption="扫码查询认证结果",
            footer=(
                f"咨询投诉请拨打 {HOTLINE}",
                *((self.services.terminal_name,) if self.services.terminal_name else ()),
            ),
            acceptance_no=result.acceptance_no,
        )

    def record_print(self, outcome: PrintOutcome) -> None:
        """The receipt printed (or not, with a message code): RECEIPT -> RATE."""
        self._expect(CertStep.RECEIPT)
        assert self.result is not None
        self.print_outcome = outcome
        try:
            self.services.submitter.record_receipt(
                self.result.application_id, outcome.printed, outcome.problem
            )
        except Exception as exc:
            log.error("recording the receipt outcome failed: %s", type(exc).__name__)
        self._go(CertStep.RATE)

    def rate(self, rating: Rating) -> EvaluationRecord:
        self._expect(CertStep.RATE)
        assert self.result is not None
        store = self.services.evaluations
        if store is None:
            raise JourneyError("wrong_step", step=self.step.value)
        self.evaluation = rate(store, self.result.application_id, rating, self.services.clock())
        self.completed = True
        self._go(CertStep.END)
        return self.evaluation

    def skip_rating(self) -> None:
        self._expect(CertStep.RATE)
        self.completed = True
        self._go(CertStep.END)

    # -- wipe ----------------------------------------------------------------------------------------
    def wipe(self) -> None:
        """Forget the resident (and the helper). Safe to call twice and in any step."""
        self._record_unprinted_receipt(CertStep.RECEIPT)
        self._clear()
        if self._unregister is not None:
            self._unregister()
            self._unregister = None
        self._session = None
        if self.step is not CertStep.END:
            self._go(CertStep.END)

    def holds_personal_data(self) -> bool:
        return any(x is not None for x in (self.holder, self.principal, self._frame, self._card_photo))

    def public(self, locale: str = "zh_CN") -> dict[str, Any]:
        """What a screen may show: masked names, the matter, attempts, the fallback reason."""
        subject = self.subject
        return {
            "matter": self.matter.name.text(locale),
            "maskedName": subject.masked_name if subject else "",
            "helperMaskedName": self.holder.masked_name if self.assistance and self.holder else "",
            "attemptsLeft": self.attempts_left,
            "fallback": self.fallback.value if self.fallback else "",
            "fallbackText": self.fallback.message.text(locale) if self.fallback else "",
        }
