"""查询打印: a resident asks for a document the platform holds (社保参保证明 ...) and prints it on A4.

Steps (:class:`QueryStep`)::

    IDENTIFY (ID card) ─► [FACE] ─► ASKING ─► PREVIEW (page by page) ─► PRINTING ─► DONE (in words)
                                      │  └─► DONE (no record, refused)
                                      └─► OFFLINE (no link: told plainly; leave a request, printed
                                                   here or mailed when the platform answers) ─► DONE

FACE is there when the matter asks for a face check (``face_verification``): a live check at the
camera (the application journey's) before a record is released. ``required``: declined, or failed
``MAX_ATTEMPTS`` times, ends at DONE with the way to the service window (the card alone does not
release the record); ``optional``: the resident may go on without it.

Asking and printing take seconds: the UI runs :meth:`QueryPrintFlow.ask` and
:meth:`QueryPrintFlow.print` on a worker thread, with the screen of ASKING / PRINTING showing that it
waits. The resident's ID number stays in this object (memory) until :meth:`wipe`; the document is in
memory here and sealed in the store's print spool once it goes to the printer.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from kiosk.core.catalog import Catalog, FaceVerification, Matter
from kiosk.core.journey.face import MAX_ATTEMPTS
from kiosk.core.journey.identity import CardData, Person, ReadFailure, identify
from kiosk.core.journey.messages import JourneyError, Message

DELIVERIES = ("terminal", "mail")


class QueryStep(enum.StrEnum):
    IDENTIFY = "query-identify"
    FACE = "query-face"
    ASKING = "query-asking"
    PREVIEW = "query-preview"
    PRINTING = "query-printing"
    OFFLINE = "query-offline"
    DONE = "query-done"


class _Fetched(Protocol):
    @property
    def spoken(self) -> str: ...


class _FetchOutcome(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def document(self) -> Any: ...


class DocumentDesk(Protocol):
    """The platform and the A4 printer (``kiosk.journey_adapters.query_print.QueryPrint``)."""

    def fetch(self, matter: Matter, id_number: str) -> _FetchOutcome: ...
    def print(self, matter: Matter, fetched: Any) -> str: ...
    def can_leave_request(self) -> bool: ...
    def has_printer(self) -> bool: ...
    def leave_request(self, matter: Matter, id_number: str, delivery: str) -> str: ...


class QueryPrintFlow:
    def __init__(
        self,
        catalog: Catalog,
        desk: DocumentDesk,
        matter_code: str,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        matter = catalog.matter(matter_code)
        if matter is None or matter.printed_document is None:
            raise JourneyError("unknown_matter")
        self.matter: Matter = matter
        self.desk = desk
        self.today = today
        self.step = QueryStep.IDENTIFY
        self.person: Person | None = None
        self.document: Any = None  # the FetchedDocument while it is previewed and printed
        self.outcome: Message | None = None  # what DONE says
        self.face_attempts = 0
        self.face_passed = False
        self._observers: list[Callable[[QueryStep], None]] = []

    def add_observer(self, observer: Callable[[QueryStep], None]) -> None:
        self._observers.append(observer)

    def _go(self, step: QueryStep) -> None:
        self.step = step
        for observer in list(self._observers):
            observer(step)

    def _expect(self, *steps: QueryStep) -> None:
        if self.step not in steps:
            raise JourneyError("wrong_step")

    # -- the resident ------------------------------------------------------------------------------
    def identify(self, card: CardData | Mapping[str, Any] | ReadFailure | None) -> Person:
        """The card holder asks for their own record; the flow moves to ASKING (the UI then asks)."""
        self._expect(QueryStep.IDENTIFY)
        self.person = identify(card, self.today())
        self._go(
            QueryStep.ASKING if self.matter.face_verification is FaceVerification.NONE else QueryStep.FACE
        )
        return self.person

    @property
    def face_required(self) -> bool:
        return self.matter.face_verification is FaceVerification.REQUIRED

    def face_result(self, passed: bool) -> None:
        """One face attempt: passed goes on to ASKING; a failure may be tried again, up to the limit."""
        self._expect(QueryStep.FACE)
        self.face_attempts += 1
        if passed:
            self.face_passed = True
            self._go(QueryStep.ASKING)
        elif self.face_attempts >= MAX_ATTEMPTS:
            self.face_declined()

    def face_declined(self) -> None:
        """No face check (declined, no camera, or the attempts used up): optional goes on without it;
        required ends here, sending the resident to the service window."""
        self._expect(QueryStep.FACE)
        if self.face_required:
            self.outcome = Message("query_face_required")
            self._go(QueryStep.DONE)
        else:
            self._go(QueryStep.ASKING)

    def ask(self) -> str:
        """Ask the platform (blocking: call it off the UI thread). Returns the fetch outcome code."""
        self._expect(QueryStep.ASKING)
        assert self.person is not None
        result = self.desk.fetch(self.matter, self.person.id_number)
        if result.code == "ok":
            self.document = result.document
            self._go(QueryStep.PREVIEW)
        elif result.code == "no_link":
            self._go(QueryStep.OFFLINE)
        else:
            self.outcome = Message(f"query_{result.code}")
            self._go(QueryStep.DONE)
        return result.code

    def start_printing(self) -> None:
        """The resident pressed Print: the UI shows PRINTING, then calls :meth:`print` on a thread."""
        self._expect(QueryStep.PREVIEW)
        self._go(QueryStep.PRINTING)

    def print(self) -> str:
        """Print (blocking). ``printed`` or the printer's code; the document is kept either way."""
        self._expect(QueryStep.PRINTING)
        code = self.desk.print(self.matter, self.document)
        self.outcome = Message(f"a4_{code}")
        self._go(QueryStep.DONE)
        return code

    @property
    def can_leave_request(self) -> bool:
        return self.step is QueryStep.OFFLINE and self.desk.can_leave_request()

    @property
    def can_mail(self) -> bool:
        """Offline, or previewing on a terminal without an A4 printer: the platform may post it."""
        spec = self.matter.printed_document
        mailable = spec is not None and spec.mail_when_offline
        if self.step is QueryStep.PREVIEW and not self.desk.has_printer():
            return mailable and self.desk.can_leave_request()
        return self.can_leave_request and mailable

    def leave_request(self, delivery: str) -> None:
        """No link (or no printer here): keep the request; the platform's answer is printed here or
        mailed (the resident's choice; only mailed when this terminal has no A4 printer)."""
        self._expect(QueryStep.OFFLINE, QueryStep.PREVIEW)
        if self.step is QueryStep.PREVIEW and (delivery != "mail" or self.desk.has_printer()):
            raise JourneyError("query_delivery_unavailable")
        if delivery not in DELIVERIES or (delivery == "mail" and not self.can_mail):
            raise JourneyError("query_delivery_unavailable")
        if not self.desk.can_leave_request():
            raise JourneyError("query_request_unavailable")
        assert self.person is not None
        self.desk.leave_request(self.matter, self.person.id_number, delivery)
        self.outcome = Message(f"query_request_{delivery}")
        self._go(QueryStep.DONE)

    @property
    def spoken(self) -> str:
        """The document's title and key figures, for the voice (no ID number)."""
        return str(self.document.spoken) if self.document is not None else ""

    def wipe(self) -> None:
        self.person = None
        self.document = None
        self.outcome = None
