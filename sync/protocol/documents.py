"""Documents the platform issues for printing at a kiosk (查询打印), shared by both sides.

The platform answers a query with an :class:`IssuedDocument` and its seal image; the kiosk renders it
to PDF with a QR code holding :func:`verification_url`. Anyone who scans the QR asks the platform's
public ``/verify/{number}`` whether a document with that number and content hash was issued; the URL and
the answer carry no personal data, only the number, the hash and what kind of document it is.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field

# The hash in a verification URL: enough hex digits that forging a matching document is out of reach,
# few enough that the QR stays small and easy for a phone to read off paper.
URL_HASH_HEX = 32


class DocumentField(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    label: str = Field(max_length=40)
    value: str = Field(max_length=200)
    # read aloud in 长辈版 (the key figures: months paid, current status), besides the title
    key: bool = False


class IssuedDocument(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    number: str = Field(pattern=r"^[A-Z0-9-]{6,40}$")
    kind: str = Field(pattern=r"^[a-z0-9_]{2,40}$")  # the catalog's document template
    title: str = Field(max_length=60)
    issuer: str = Field(max_length=60)
    issued_on: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    fields: tuple[DocumentField, ...] = ()
    table_header: tuple[str, ...] = ()
    table_rows: tuple[tuple[str, ...], ...] = ()
    notes: tuple[str, ...] = ()


class RecordQuery(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    kind: str = Field(pattern=r"^[a-z0-9_]{2,40}$")
    id_sealed: str = Field(max_length=4096)  # the resident's ID number, sealed to the platform's key


class DocumentAnswer(BaseModel):
    """The platform's answer to a query: the document, its hash, and the issuer's seal (PNG, base64)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    document: IssuedDocument
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    seal_png: str
    verify_base: str  # the platform's public URL the QR points at


class PrintRequest(BaseModel):
    """A request a resident left at a terminal with no link, sent when the link is back (outbox kind
    ``print_request``): the document kind, the ID number sealed to the platform, and where the
    document goes: printed at that terminal or mailed to the resident's registered address."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    request_id: str = Field(pattern=r"^[0-9a-f]{32}$")  # the terminal's job id: a resend is the same
    kind: str = Field(pattern=r"^[a-z0-9_]{2,40}$")
    id_sealed: str = Field(max_length=4096)
    delivery: Literal["terminal", "mail"]


class PrintRequestAnswer(BaseModel):
    """``print``: the document comes with it, for the terminal to print; ``mail``: the platform posts
    it; ``no_record``: there was nothing to issue."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    outcome: Literal["print", "mail", "no_record"]
    answer: DocumentAnswer | None = None


class Verification(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    valid: bool
    number: str
    kind: str = ""
    title: str = ""
    issuer: str = ""
    issued_on: str = ""


def document_hash(document: IssuedDocument) -> str:
    """SHA-256 of the document's canonical JSON (sorted keys, UTF-8, no spaces): both sides compute it."""
    canonical = json.dumps(document.model_dump(mode="json"), ensure_ascii=False, sort_keys=True,
                           separators=(",", ":"))  # fmt: skip
    return hashlib.sha256(canonical.encode()).hexdigest()


def verification_url(verify_base: str, number: str, sha256: str) -> str:
    return f"{verify_base.rstrip('/')}/verify/{quote(number)}?h={sha256[:URL_HASH_HEX]}"
