"""The resident's journey as an explicit state machine, display-free.

Steps (:class:`Step`)::

    IDENTIFY -> [PROXY] -> [FACE_CONSENT -> [FACE]] -> GUIDE -> [FORM] -> MATERIALS -> SIGN -> REVIEW
             -> RECEIPT (submitted) -> RATE -> END

Every transition is a method call; a call in the wrong step raises ``JourneyError("wrong_step")``
and changes nothing; a refusal (bad card, invalid form, missing material, short signature...) raises
a :class:`~kiosk.core.journey.messages.JourneyError` subclass with a message code, or returns
errors, and leaves the journey where it was so the resident can retry. The UI shows ``step`` and
calls, in order::

    j = Journey(catalog, services, matter_code=... | bundle_code=..., session=session)
    j.identify(card, proxy=False)                 # CardData / mapping / ReadFailure; IdentifyError
    j.set_proxy(ProxyDetails(...)) -> errors      # PROXY only
    j.face_consent(True/False); j.face_attempt(passed, jpeg, score); j.face_camera_offline();
    j.face_choose_staff()                         # FACE_CONSENT / FACE
    j.accept_guide()                              # GUIDE (forms without fields are skipped)
    j.set_field(key, value) -> errors; j.submit_form() -> ValidationResult
    j.materials.scan(...)/add_page/use_elicense_qr/use_card_read/reuse/defer/promise; j.finish_materials()
    j.sign(strokes, pad_size) -> Signature
    j.review() -> dict; j.go_back_to(Step.FORM|MATERIALS|SIGN)
    j.submit() -> SubmitResult                   # durable; idempotent once it succeeded
    j.print_receipt() -> PrintOutcome            # RECEIPT; the submission stands whatever happens
    j.retry_print()                               # RATE, after "not printed" (paper loaded)
    j.rate(Rating(...)) / j.skip_rating()         # RATE -> END
    j.wipe()                                      # any time; also registered with the Session

Personal data lives only in this object's memory until ``submit`` hands the sealed package to the
store; :meth:`wipe` (the Session calls it on finish, completion or idle timeout) clears all of it.
An idle wipe before ``submit`` leaves nothing queued: nothing was ever written.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from kiosk.core.catalog import Bundle, Catalog, FaceVerification, FieldType, Matter, MatterKind
from kiosk.core.journey.addresses import address_choices, address_value
from kiosk.core.journey.evaluation import EvaluationRecord, Rating, rate
from kiosk.core.journey.face import FaceOutcome, FaceStep
from kiosk.core.journey.form_words import error_summary, review_rows
from kiosk.core.journey.forms import ApplicationForm, FieldError, ValidationResult
from kiosk.core.journey.generated import FormPage, RenderedPage, form_page
from kiosk.core.journey.identity import CardData, Person, ReadFailure, identify
from kiosk.core.journey.ids import new_id
from kiosk.core.journey.materials import MaterialsStep, build_cards
from kiosk.core.journey.messages import JourneyError, Message
from kiosk.core.journey.proxy import Proxy, ProxyDetails, lists_authorization, validate_proxy
from kiosk.core.journey.receipt import (
    DeferredLine,
    PrintOutcome,
    ReceiptContent,
    ReceiptInput,
    application_receipt,
)
from kiosk.core.journey.signature import Signature, render_signature
from kiosk.core.journey.steps import JourneyServices as JourneyServices  # flows and adapters import it here
from kiosk.core.journey.steps import StepFlow
from kiosk.core.journey.submit import SubmitResult, build_package
from kiosk.core.journey.window_notice import window_notice
from kiosk.core.journey.workdays import promised_date

log = logging.getLogger(__name__)


class Step(enum.StrEnum):
    IDENTIFY = "identify"
    PROXY = "proxy"
    FACE_CONSENT = "face_consent"
    FACE = "face"
    GUIDE = "guide"
    FORM = "form"
    MATERIALS = "materials"
    SIGN = "sign"
    REVIEW = "review"
    RECEIPT = "receipt"
    RATE = "rate"
    END = "end"


class EndReason(enum.StrEnum):
    COMPLETED = "completed"
    WIPED = "wiped"


class SessionPort(Protocol):
    """What the journey needs of ``kiosk.core.session.Session``."""

    def register_wipe(self, name: str, fn: Callable[[], object]) -> Callable[[], None]: ...

    def register_sensitive(self, *values: str | None) -> None: ...


_FACE_RANK = {FaceVerification.NONE: 0, FaceVerification.OPTIONAL: 1, FaceVerification.REQUIRED: 2}
_BACK_TO = (Step.FORM, Step.MATERIALS, Step.SIGN)


class Journey(StepFlow[Step]):
    flow_name = "journey"

    def __init__(
        self,
        catalog: Catalog,
        services: JourneyServices,
        *,
        matter_code: str | None = None,
        bundle_code: str | None = None,
        session: SessionPort | None = None,
    ) -> None:
        self.catalog = catalog
        self.services = services
        self.bundle: Bundle | None = None
        if bundle_code is not None:
            self.bundle = catalog.bundle(bundle_code)
            if self.bundle is None:
                raise JourneyError("unknown_matter")
            members = catalog.matters_of_bundle(bundle_code)
        else:
            m = catalog.matter(matter_code) if isinstance(matter_code, str) else None
            if m is None:
                raise JourneyError("unknown_matter")
            members = (m,)
        self.matters: tuple[Matter, ...] = tuple(m for m in members if _handled_here(m))
        self.elsewhere: tuple[Matter, ...] = tuple(m for m in members if not _handled_here(m))
        if not self.matters:
            first = members[0] if members else None
            where = ""
            if first is not None:
                where = (first.where_to_go or first.place).zh_CN
            raise JourneyError("not_at_terminal", where=where)
        self.face_policy = max((m.face_verification for m in self.matters), key=_FACE_RANK.__getitem__)
        self.proxy_allowed = all(m.proxy_allowed for m in self.matters)
        self.calendar = services.calendar.overlay(catalog.calendar)
        self.started_at = services.clock()
        self.today = self.started_at.date()
        self.step = Step.IDENTIFY
        self.end_reason: EndReason | None = None
        self._observers: list[Callable[[Step], None]] = []
        self._session = session
        self._unregister: Callable[[], None] | None = None
        if session is not None:
            self._unregister = session.register_wipe("journey", self.wipe)
        self._clear_personal()

    # -- internal state ------------------------------------------------------------------------------
    def _clear_personal(self) -> None:
        self.holder: Person | None = None
        self.proxy: Proxy | None = None
        self.wants_proxy = False
        self.face: FaceStep | None = None
        self.form: ApplicationForm | None = None
        self._values: dict[str, Any] = {}
        self._clean_values: dict[str, Any] | None = None
        self.materials: MaterialsStep | None = None
        self.signature: Signature | None = None
        self.result: SubmitResult | None = None
        self.receipt: ReceiptContent | None = None
        self.print_outcome: PrintOutcome | None = None
        self.evaluation: EvaluationRecord | None = None
        self.duplicate_of: str | None = None

    @property
    def subject(self) -> Person | None:
        """Whom the application is for: the principal in a proxy application, else the card holder."""
        return self.proxy.principal if self.proxy else self.holder

    @property
    def authorization_listed(self) -> bool:
        """Whether a guide of these matters lists the proxy's 授权委托书 (only then is it asked for)."""
        return any(lists_authorization(m) for m in self.matters)

    @property
    def matter_codes(self) -> tuple[str, ...]:
        return tuple(m.code for m in self.matters)

    def promised_dates(self, start: dt.date | None = None) -> dict[str, dt.date]:
        day = start or self.today
        return {m.code: promised_date(m, day, self.calendar) for m in self.matters}

    # -- identify, proxy -----------------------------------------------------------------------------
    def identify(
        self, card: CardData | Mapping[str, Any] | ReadFailure | None, proxy: bool = False
    ) -> Person:
        self._expect(Step.IDENTIFY)
        if proxy and not self.proxy_allowed:
            raise JourneyError("proxy_not_allowed")
        person = identify(card, self.services.clock().date())
        if self._session is not None:
            self._session.register_sensitive(*person.sensitive_values())
        self.holder = person
        self.wants_proxy = bool(proxy)
        if proxy:
            self._go(Step.PROXY)
        else:
            self._after_identity()
        return person

    def set_proxy(self, details: ProxyDetails) -> tuple[FieldError, ...]:
        self._expect(Step.PROXY)
        assert self.holder is not None
        result, errors = validate_proxy(
            details, self.holder, self.today, authorization_listed=self.authorization_listed
        )
        if result is None:
            return errors
        if self._session is not None:
            self._session.register_sensitive(*result.principal.sensitive_values())
        self.proxy = result
        self._after_identity()
        return ()

    def _after_identity(self) -> None:
        subject = self.subject
        assert subject is not None
        self.face = FaceStep(self.face_policy, "principal" if self.proxy else "applicant")
        shared = self.bundle.shared_fields if self.bundle else ()
        self.form = ApplicationForm.for_matters(self.matters, shared)
        self._values = self.form.prefill(subject)
        submitter = self.services.submitter
        id_number = subject.id_number

        def previous(code: str) -> Sequence[Any]:
            try:
                return submitter.previous_materials(id_number, code)
            except Exception as exc:  # reuse is a convenience: never block the journey on it
                log.warning("previous materials lookup failed: %s", type(exc).__name__)
                return ()

        self.duplicate_of = self._same_day_application(id_number)
        self.materials = MaterialsStep(
            build_cards(self.matters, self.promised_dates()),
            self.today,
            previous=previous,
            card_read_allowed=self.proxy is None,
        )
        self._go(Step.FACE_CONSENT if self.face.needed else Step.GUIDE)

    def _same_day_application(self, id_number: str) -> str | None:
        try:
            return self.services.submitter.same_day_application(id_number, self.matter_codes, self.today)
        except Exception as exc:  # a warning is a convenience: never block the journey on it
            log.warning("same-day application lookup failed: %s", type(exc).__name__)
            return None

    @property
    def warning(self) -> Message | None:
        """A warning the screens show without stopping the resident: ``duplicate_application`` (the
        same person applied for the same matter earlier today on this terminal; they may go on)."""
        if self.duplicate_of is None:
            return None
        return Message("duplicate_application", {"acceptance_no": self.duplicate_of})

    # -- face ----------------------------------------------------------------------------------------
    def _face_done(self, outcome: FaceOutcome | None) -> FaceOutcome | None:
        if outcome is not None:
            self._go(Step.GUIDE)
        return outcome

    def face_consent(self, granted: bool) -> FaceOutcome | None:
        self._expect(Step.FACE_CONSENT)
        assert self.face is not None
        outcome = self.face.give_consent(granted)
        if outcome is None:
            self._go(Step.FACE)
        return self._face_done(outcome)

    def face_attempt(
        self, passed: bool, frame: bytes | None = None, score: float | None = None
    ) -> FaceOutcome | None:
        """None: not yet, try again (``face.retry_message()``); an outcome: the step is over."""
        self._expect(Step.FACE)
        assert self.face is not None
        return self._face_done(self.face.attempt(passed, frame, score))

    def face_camera_offline(self) -> FaceOutcome:
        self._expect(Step.FACE_CONSENT, Step.FACE)
        assert self.face is not None
        outcome = self.face.camera_offline()
        self._face_done(outcome)
        return outcome

    def face_choose_staff(self) -> FaceOutcome:
        self._expect(Step.FACE_CONSENT, Step.FACE)
        assert self.face is not None
        outcome = self.face.choose_staff()
        self._face_done(outcome)
        return outcome

    @property
    def face_outcome(self) -> FaceOutcome | None:
        return self.face.outcome if self.face else None

    # -- guide, form ---------------------------------------------------------------------------------
    def guide(self, locale: str = "zh_CN") -> dict[str, Any]:
        return {
            "matters": [{"code": m.code, "name": m.name.text(locale)} for m in self.matters],
            "elsewhere": [
                {
                    "code": m.code,
                    "name": m.name.text(locale),
                    "where": (m.where_to_go or m.place).text(locale),
                }
                for m in self.elsewhere
            ],
            "bundle": self.bundle.name.text(locale) if self.bundle else None,
            "promised": {k: v.isoformat() for k, v in self.promised_dates().items()},
        }

    def window_notices(self) -> list[ReceiptContent]:
        """A 一次性告知单 for each member of the bundle that is handled only at a window."""
        at = self.services.clock()
        name = self.services.terminal_name
        return [window_notice(self.catalog, m, at, name) for m in self.elsewhere]

    def accept_guide(self) -> None:
        self._expect(Step.GUIDE)
        assert self.form is not None
        if len(self.form) == 0:
            self._clean_values = {}
            self._go(Step.MATERIALS)
        else:
            self._go(Step.FORM)

    @property
    def values(self) -> dict[str, Any]:
        return dict(self._values)

    def set_field(self, key: str, value: Any) -> tuple[FieldError, ...]:
        """Store what the resident typed and say what is wrong with it (nothing is refused here)."""
        self._expect(Step.FORM)
        assert self.form is not None
        errors = self.form.validate_field(key, value, self.today)
        if self.form.spec(key) is not None:
            self._values[key] = value
        self._clean_values = None
        return errors

    def address_choices(self, key: str, locale: str = "zh_CN") -> list[dict[str, Any]]:
        """For an address field: 同户籍地址, the township's villages, "other" (see :mod:`addresses`)."""
        f = self.form.field(key) if self.form is not None else None
        if f is None or f.type is not FieldType.ADDRESS:
            return []
        return address_choices(self.catalog.villages, self.subject, locale)

    def choose_address(self, key: str, choice: str, detail: str = "") -> tuple[FieldError, ...]:
        """Fill an address field from a choice (plus the 组 or house number typed after it); "other"
        leaves the field for typing and answers no errors."""
        self._expect(Step.FORM)
        f = self.form.field(key) if self.form is not None else None
        if f is None or f.type is not FieldType.ADDRESS:
            return (FieldError(str(key)[:64], "unknown_field"),)
        value = address_value(choice, self.catalog.villages, self.subject, detail)
        if value is None:
            return ()
        return self.set_field(key, value)

    def set_values(self, values: Mapping[str, Any]) -> tuple[FieldError, ...]:
        errors: list[FieldError] = []
        for key, value in values.items() if isinstance(values, Mapping) else ():
            errors.extend(self.set_field(key, value))
        return tuple(errors)

    def submit_form(self) -> ValidationResult:
        self._expect(Step.FORM)
        assert self.form is not None
        result = self.form.validate(self._values, self.today)
        if result.ok:
            self._clean_values = result.values
            if self._session is not None:
                self._session.register_sensitive(*_names_in(self.form, result.values))
            self._go(Step.MATERIALS)
        return result

    # -- materials, signature, review ----------------------------------------------------------------
    def finish_materials(self) -> None:
        self._expect(Step.MATERIALS)
        assert self.materials is not None
        missing = self.materials.missing()
        if missing:
            raise JourneyError("materials_incomplete", count=len(missing), missing=list(missing))
        self._go(Step.SIGN)

    def sign(self, strokes: object, pad_size: tuple[int, int] = (600, 240)) -> Signature:
        self._expect(Step.SIGN)
        self.signature = render_signature(strokes, pad_size)
        self._go(Step.REVIEW)
        return self.signature

    def go_back_to(self, step: Step) -> None:
        """From a later screen (before submitting) back to the form, materials or signature."""
        order = (Step.FORM, Step.MATERIALS, Step.SIGN, Step.REVIEW)
        self._expect(*order)
        no_form = self.form is not None and len(self.form) == 0
        if (
            step not in _BACK_TO
            or order.index(step) >= order.index(self.step)
            or (step is Step.FORM and no_form)
        ):
            raise JourneyError("wrong_step", step=self.step.value)
        self._go(step)

    def review(self, locale: str = "zh_CN") -> dict[str, Any]:
        """Everything on one screen (the resident's own data, shown to them only)."""
        self._expect(Step.REVIEW)
        assert self.form is not None and self.materials is not None and self.face is not None
        subject, holder = self.subject, self.holder
        assert subject is not None and holder is not None
        values = self._clean_values or {}
        return {
            "matters": [m.name.text(locale) for m in self.matters],
            "bundle": self.bundle.name.text(locale) if self.bundle else None,
            "applicant": {
                "name": subject.name,
                "masked_name": subject.masked_name,
                "id_number": subject.masked_id,
            },
            "agent": {"masked_name": holder.masked_name} if self.proxy else None,
            "relationship": self.proxy.relationship if self.proxy else None,
            "form": review_rows(self.form.fields, values, locale),
            "materials": self.materials.summary(locale),
            "generated": [
                {"code": p.code, "title": p.title, "rows": [list(r) for r in p.rows]}
                for p in self.generated_pages()
            ],
            "face": self.face.outcome.public() if self.face.outcome else None,
            "signed": self.signature is not None,
            "promised": {k: v.isoformat() for k, v in self.promised_dates().items()},
        }

    def review_rows(self, locale: str = "zh_CN") -> list[dict[str, Any]]:
        """The form in words, one row per field (see :func:`~kiosk.core.journey.form_words.review_rows`):
        for the review screen, from the form step on."""
        self._expect(Step.FORM, Step.MATERIALS, Step.SIGN, Step.REVIEW)
        assert self.form is not None
        values = self._clean_values if self._clean_values is not None else self._values
        return review_rows(self.form.fields, values, locale)

    def error_summary(self, errors: Sequence[FieldError], locale: str = "zh_CN") -> list[dict[str, Any]]:
        """The form's errors as a list to fix, each naming its field (see ``form_words.error_summary``)."""
        return error_summary(self.form.fields, errors, locale) if self.form is not None else []

    def generated_pages(self) -> list[FormPage]:
        """The application forms the terminal makes for this application (once signed)."""
        if self.materials is None or self.form is None or self.signature is None:
            return []
        rows = review_rows(self.form.fields, self._clean_values or {}, "zh_CN")
        names = [m.name for m in self.matters]
        return [
            form_page(c.code, c.name, names, rows, self.signature.png, self.today)
            for c in self.materials.generated_cards
        ]

    def _render_generated(self) -> list[RenderedPage]:
        renderer = self.services.form_renderer
        out = []
        for page in self.generated_pages():
            png: bytes | None = None
            if renderer is not None:
                try:
                    png = renderer(page)
                except Exception as exc:  # the page is sealed as data anyway; never block the submit
                    log.error("drawing the generated form failed: %s", type(exc).__name__)
            out.append(RenderedPage(page, png))
        return out

    # -- submit, receipt, rating ---------------------------------------------------------------------
    def submit(self) -> SubmitResult:
        if self.result is not None:  # a second press after success answers the same
            return self.result
        self._expect(Step.REVIEW)
        holder, form, materials, face = self.holder, self.form, self.materials, self.face
        assert holder is not None and form is not None and materials is not None and face is not None
        if self.signature is None:
            raise JourneyError("signature_missing")
        if not materials.complete:
            raise JourneyError("materials_incomplete", count=len(materials.missing()))
        values = self._clean_values
        if values is None:
            check = form.validate(self._values, self.today)
            if not check.ok:
                raise JourneyError("form_invalid", count=len(check.errors))
            values = check.values
        assert face.outcome is not None
        now = self.services.clock()
        package = build_package(
            application_id=new_id(),
            matters=self.matters,
            bundle_code=self.bundle.code if self.bundle else None,
            catalog_version=self.catalog.version,
            holder=holder,
            proxy=self.proxy,
            form_values=values,
            form_by_matter=form.split(values),
            materials=materials,
            signature=self.signature,
            face=face.outcome,
            promised_by_matter=self.promised_dates(now.date()),
            submitted_at=now,
            generated=self._render_generated(),
        )
        try:
            result = self.services.submitter.submit(package)
        except JourneyError:
            raise
        except Exception as exc:
            log.error("submit failed: %s", type(exc).__name__)
            raise JourneyError("submit_failed") from exc
        self.result = result
        self.receipt = self._build_receipt(result, face.outcome.staff_verification)
        self._go(Step.RECEIPT)
        return result

    def _build_receipt(self, result: SubmitResult, staff: bool) -> ReceiptContent:
        subject = self.subject
        assert subject is not None and self.materials is not None
        return application_receipt(
            ReceiptInput(
                acceptance_no=result.acceptance_no,
                matter_names=[m.name for m in self.matters],
                applicant_masked=subject.masked_name,
                submitted_at=result.submitted_at,
                promised_date=result.promised_date,
                qr_payload=result.qr_payload,
                deferred=[DeferredLine(c.name, due) for c, due in self.materials.deferred_items()],
                agent_masked=self.holder.masked_name if self.proxy and self.holder else None,
                staff_verification=staff,
                bundle_name=self.bundle.name if self.bundle else None,
                terminal_name=self.services.terminal_name,
                elsewhere=[m.name for m in self.elsewhere],
                accepted=result.state == "accepted",
            )
        )

    def print_receipt(self) -> PrintOutcome:
        """Print the receipt; a printer problem leaves the submission standing and is recorded."""
        self._expect(Step.RECEIPT)
        assert self.receipt is not None and self.result is not None
        printer = self.services.printer
        if printer is None:
            outcome = PrintOutcome(False, "receipt_printer_offline")
        else:
            try:
                outcome = printer.print_receipt(self.receipt)
            except Exception as exc:  # the port should not raise; a screen must never get stuck here
                log.error("receipt printer failed: %s", type(exc).__name__)
                outcome = PrintOutcome(False, "receipt_printer_offline")
        self.print_outcome = outcome
        try:
            self.services.submitter.record_receipt(
                self.result.application_id, outcome.printed, outcome.problem
            )
        except Exception as exc:
            log.error("recording the receipt outcome failed: %s", type(exc).__name__)
        self._go(Step.RATE)
        return outcome

    def retry_print(self) -> PrintOutcome:
        """On the rating screen, after "not printed": staff loaded paper, the resident asks again."""
        self._expect(Step.RATE)
        assert self.receipt is not None and self.result is not None
        if self.print_outcome is not None and self.print_outcome.printed:
            return self.print_outcome
        printer = self.services.printer
        outcome = PrintOutcome(False, "receipt_printer_offline")
        if printer is not None:
            try:
                outcome = printer.print_receipt(self.receipt)
            except Exception as exc:
                log.error("receipt printer failed: %s", type(exc).__name__)
        self.print_outcome = outcome
        try:
            self.services.submitter.record_receipt(
                self.result.application_id, outcome.printed, outcome.problem
            )
        except Exception as exc:
            log.error("recording the receipt outcome failed: %s", type(exc).__name__)
        return outcome

    def skip_receipt(self) -> None:
        """The resident walked on without waiting for paper: recorded as not printed."""
        self._expect(Step.RECEIPT)
        assert self.result is not None
        self.print_outcome = PrintOutcome(False, "receipt_skipped")
        try:
            self.services.submitter.record_receipt(self.result.application_id, False, "receipt_skipped")
        except Exception as exc:
            log.error("recording the receipt outcome failed: %s", type(exc).__name__)
        self._go(Step.RATE)

    def rate(self, rating: Rating) -> EvaluationRecord:
        self._expect(Step.RATE)
        assert self.result is not None
        store = self.services.evaluations
        if store is None:
            raise JourneyError("wrong_step", step=self.step.value)
        self.evaluation = rate(store, self.result.application_id, rating, self.services.clock())
        self.end_reason = EndReason.COMPLETED
        self._go(Step.END)
        return self.evaluation

    def skip_rating(self) -> None:
        self._expect(Step.RATE)
        self.end_reason = EndReason.COMPLETED
        self._go(Step.END)

    # -- wipe ----------------------------------------------------------------------------------------
    def wipe(self) -> None:
        """Forget everything about the resident. Safe to call twice and in any step."""
        self._record_unprinted_receipt(Step.RECEIPT)
        if self.materials is not None:
            self.materials.wipe()
        if self.face is not None:
            self.face.wipe()
        self._values.clear()
        self._clear_personal()
        if self.step is not Step.END:
            self.end_reason = EndReason.WIPED
        if self._unregister is not None:
            self._unregister()
            self._unregister = None
        self._session = None
        self._go(Step.END)

    def holds_personal_data(self) -> bool:
        """True while anything about the resident is held (for tests and the technician screen)."""
        return any(
            x is not None
            for x in (self.holder, self.proxy, self.signature, self.form, self.materials, self.face)
        ) or bool(self._values)


def _names_in(form: ApplicationForm, values: Mapping[str, Any]) -> list[str]:
    """Text values of fields named like names (spouse_name, family members' names...): for the
    Redactor, so they are masked should they ever reach a log line."""
    out: list[str] = []
    for f in form.fields:
        value = values.get(f.key)
        if f.type is FieldType.TEXT and "name" in f.key and isinstance(value, str):
            out.append(value)
        elif f.type is FieldType.GROUP and isinstance(value, list):
            for row in value:
                for sub in f.fields:
                    v = row.get(sub.key) if isinstance(row, Mapping) else None
                    if sub.type is FieldType.TEXT and "name" in sub.key and isinstance(v, str):
                        out.append(v)
    return out


def _handled_here(m: Matter) -> bool:
    return m.terminal_handling and m.kind is not MatterKind.GUIDE
