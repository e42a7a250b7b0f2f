"""Query and print (查询打印): fetch a resident's document from the platform, render it, print it on A4,
and record the print in the audit log.

Outcomes are codes the UI turns into words: ``no_link`` (no platform configured or it cannot be reached:
the resident may leave the request), ``no_record``, ``refused`` (any other refusal); after printing,
``printed`` or the A4 printer's code (``paper_out``, ``queue_paused`` ...) with the job kept. The audit
entry holds the matter, the document's number and kind and the outcome: never the resident.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from devices.a4printer import A4Code, A4Printer
from kiosk.core.catalog_model import Matter
from kiosk.documents.pdf import render_pdf
from kiosk.store import audit
from kiosk.store.connection import Database
from sync.engine.client import PlatformClient
from sync.engine.errors import NoAnswer, Rejected, Unreachable
from sync.engine.records import query_document
from sync.protocol.documents import DocumentAnswer, verification_url


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
        printer: A4Printer | None,
    ) -> None:
        self.db = db
        self._client = client
        self._seal_key = seal_key
        self.printer = printer

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
        url = verification_url(answer.verify_base, answer.document.number, answer.sha256)
        pdf = render_pdf(answer.document, url, base64.b64decode(answer.seal_png))
        return FetchOutcome("ok", FetchedDocument(answer, pdf, url))

    def print(self, matter: Matter, fetched: FetchedDocument) -> str:
        """``printed``, or the A4 printer's code with the job kept for a retry (``no_printer`` if none)."""
        doc = fetched.answer.document
        if self.printer is None:
            code = "no_printer"
        else:
            outcome = self.printer.print_pdf(fetched.pdf, doc.number)
            code = "printed" if outcome.printed else str(outcome.code)
            if outcome.printed:
                self.printer.forget(outcome.ticket)
        audit.append(
            self.db,
            "resident",
            "document_printed" if code == "printed" else "document_print_waiting",
            {"matter": matter.code, "document": doc.number, "kind": doc.kind, "outcome": code},
        )
        return code


__all__ = ["A4Code", "FetchOutcome", "FetchedDocument", "QueryPrint", "fetch_message", "print_message"]
