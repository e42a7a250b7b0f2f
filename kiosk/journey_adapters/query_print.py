"""Query and print (查询打印): fetch a resident's document from the platform, render it, print it on A4,
and record the print in the audit log.

Outcomes are codes the UI turns into words: ``no_link`` (no platform configured or it cannot be reached:
the resident may leave the request), ``no_record``, ``refused`` (any other refusal); after printing,
``printed`` or the A4 printer's code (``paper_out``, ``queue_paused`` ...) with the job kept. The audit
entry holds the matter, the document's number and kind and the outcome: never the resident.

Nothing waits only in memory: a document is kept in the store's print spool (``kiosk.store.print_jobs``,
sealed) before it goes to the printer, and :meth:`QueryPrint.print_waiting` prints whatever is still
there (after a paper-out, after a restart, or a left request's answer that has arrived).
"""

from __future__ import annotations

import base64
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from devices.a4printer import A4Code, A4Printer
from kiosk.core.catalog_model import Matter
from kiosk.documents.pdf import render_pdf
from kiosk.store import audit, print_jobs
from kiosk.store.connection import Database
from sync import sealing
from sync.engine.client import PlatformClient
from sync.engine.errors import NoAnswer, Rejected, Unreachable
from sync.engine.records import query_document, seal_id
from sync.protocol.documents import DocumentAnswer, verification_url

log = logging.getLogger(__name__)


def print_message(code: str) -> str:
    """The message code (words in kiosk/ui/i18n, context "messages") for :meth:`QueryPrint.print`'s result."""
    return f"a4_{code}"


def fetch_message(code: str) -> str:
    """The message code for a :class:`FetchOutcome` that is not ``ok``."""
    return f"query_{code}"


@dataclass(frozen=True)
class FetchedDocument:
    answer: DocumentAnswer
    pdf: bytes
    verify_url: str

    @property
    def spoken(self) -> str:
        """What the voice reads in 长辈版: the title and the key figures, no ID number."""
        d = self.answer.document
        return "，".join([d.title, *(f"{f.label}{f.value}" for f in d.fields if f.key)]) + "。"


def fetched_from(answer: DocumentAnswer) -> FetchedDocument:
    url = verification_url(answer.verify_base, answer.document.number, answer.sha256)
    return FetchedDocument(answer, render_pdf(answer.document, url, base64.b64decode(answer.seal_png)), url)


@dataclass(frozen=True)
class FetchOutcome:
    code: str  # "ok", "no_link", "no_record", "refused", "not_printable"
    document: FetchedDocument | None = None


class QueryPrint:
    def __init__(
        self,
        db: Database,
        client: Callable[[], PlatformClient | None],
        seal_key: Callable[[], X25519PublicKey],
        printer: A4Printer | Callable[[], A4Printer | None] | None,
    ) -> None:
        self.db = db
        self._client = client
        self._seal_key = seal_key
        # the running kiosk opens its devices after the controllers are built: asked when printing
        self._printer = printer
        self._jobs: dict[str, str] = {}  # document number -> its print job, so a retry is one job
        # the resident's print and the spool's run on worker threads: one store call at a time on
        # this connection (a transaction on a shared connection would take in the other's statements)
        self._store = threading.RLock()

    @property
    def printer(self) -> A4Printer | None:
        return self._printer() if callable(self._printer) else self._printer

    def fetch(self, matter: Matter, id_number: str) -> FetchOutcome:
        spec = matter.printed_document
        if spec is None:
            return FetchOutcome("not_printable")
        client = self._client()
        if client is None:
            return FetchOutcome("no_link")
        try:
            answer = query_document(client, spec.document, id_number, self._seal_key())
        except (Unreachable, NoAnswer):
            return FetchOutcome("no_link")
        except Rejected as exc:
            return FetchOutcome("no_record" if exc.error == "no_record" else "refused")
        return FetchOutcome("ok", fetched_from(answer))

    def print(self, matter: Matter, fetched: FetchedDocument) -> str:
        """``printed``, or the A4 printer's code with the job kept for a retry (``no_printer`` if none)."""
        doc = fetched.answer.document
        with self._store:
            job = self._jobs.get(doc.number)
            if job is None or not print_jobs.claim(self.db, job):  # a retry of a kept one, else kept now
                answer = fetched.answer.model_dump_json().encode()
                job = self._jobs[doc.number] = print_jobs.keep_document(
                    self.db, matter.code, doc.kind, answer, doc.number
                )
        return self._print(job, matter.code, fetched)

    def _print(self, job: str, matter_code: str, fetched: FetchedDocument) -> str:
        doc = fetched.answer.document
        printer = self.printer
        if printer is None:
            code, state = "no_printer", print_jobs.TO_PRINT
        else:
            try:
                outcome = printer.print_pdf(fetched.pdf, doc.number)
            except Exception:
                with self._store:  # the claim must not outlive a driver's surprise
                    print_jobs.mark(self.db, job, print_jobs.TO_PRINT, "unreachable")
                raise
            code = "printed" if outcome.printed else str(outcome.code)
            # the store keeps the document; CUPS keeps what it was given (a paused queue prints it)
            state = (
                print_jobs.PRINTED
                if outcome.printed
                else print_jobs.WITH_CUPS
                if outcome.cups_job is not None
                else print_jobs.TO_PRINT
            )
            printer.forget(outcome.ticket)
        with self._store:
            print_jobs.mark(self.db, job, state, code)
            audit.append(
                self.db,
                "resident",
                "document_printed" if code == "printed" else "document_print_waiting",
                # the platform's number: a chance likeness to an ID number must not fail a printed page
                audit.safe(
                    {"matter": matter_code, "document": doc.number, "kind": doc.kind, "outcome": code}
                ),
            )
        return code

    def print_waiting(self) -> list[str]:
        """Print every document still in the spool, oldest first; stops at the first the printer
        cannot take (the rest would meet the same paper-out). Returns the outcome codes."""
        codes: list[str] = []
        if self.printer is None:
            return codes  # nothing to try: the spool keeps every document
        with self._store:
            documents = print_jobs.to_print(self.db)
        for waiting in documents:
            with self._store:
                claimed = print_jobs.claim(self.db, waiting.id)
            if not claimed:
                continue  # the resident's own Print has it now
            fetched = fetched_from(DocumentAnswer.model_validate_json(waiting.answer))
            code = self._print(waiting.id, waiting.matter_code, fetched)
            codes.append(code)
            if code != "printed":
                break
        return codes

    def has_printer(self) -> bool:
        return self.printer is not None

    def can_leave_request(self) -> bool:
        """A request can be left once the platform's sealing key is known (the ID number goes sealed)."""
        try:
            self._seal_key()
        except (LookupError, ValueError):
            return False
        return True

    def leave_request(self, matter: Matter, id_number: str, delivery: str) -> str:
        """Queue the resident's request for when the link is back (printed here, or mailed)."""
        spec = matter.printed_document
        if spec is None:
            raise ValueError(f"{matter.code} prints no document")
        sealed = seal_id(id_number, self._seal_key())
        with self._store:
            job = print_jobs.leave_request(self.db, matter.code, spec.document, sealed, delivery)
            audit.append(
                self.db,
                "resident",
                "document_requested",
                {"matter": matter.code, "kind": spec.document, "delivery": delivery},
            )
        return job


class _PlatformLink:
    """The enrolled kiosk's platform client, made from the stored enrolment at each query (a
    re-enrolment needs no restart), and its sealing key; None before enrolment: "no link"."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._client: PlatformClient | None = None
        self._lock = threading.Lock()

    def client(self) -> PlatformClient | None:
        from kiosk.journey_adapters.remote_progress import LOOKUP_TIMEOUT, credentials_or_none

        creds = credentials_or_none(self.db)
        with self._lock:
            previous, self._client = self._client, None
            if creds is not None:
                self._client = PlatformClient(creds, timeout=LOOKUP_TIMEOUT)
            client = self._client
        if previous is not None:
            previous.close()
        return client

    def seal_key(self) -> X25519PublicKey:
        from kiosk.journey_adapters.remote_progress import credentials_or_none

        creds = credentials_or_none(self.db)
        if creds is None:
            raise LookupError("not enrolled: the platform's sealing key is not known")
        return sealing.public_key_from_raw(creds.seal_public_key)

    def close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()


def platform_desk(
    db: Database, printer: Callable[[], A4Printer | None]
) -> tuple[QueryPrint, Callable[[], None]]:
    """The running kiosk's query-and-print over its enrolment; returns it and what closes its link."""
    from kiosk.store.connection import connect

    # a connection of its own: printing and the spool write from worker threads, never on the UI's
    own = connect(str(db.execute("PRAGMA database_list").fetchone()[2]))
    link = _PlatformLink(own)
    released = print_jobs.release_interrupted(own)  # printing when the kiosk stopped: print again
    if released:
        log.warning("%d documents were being printed when the kiosk stopped: they print again", released)

    def close() -> None:
        link.close()
        own.conn.close()

    return QueryPrint(own, link.client, link.seal_key, printer), close


__all__ = [
    "A4Code",
    "FetchOutcome",
    "FetchedDocument",
    "QueryPrint",
    "fetch_message",
    "fetched_from",
    "platform_desk",
    "print_message",
]
