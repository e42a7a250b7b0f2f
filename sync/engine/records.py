"""The kiosk's side of query-and-print: ask the platform for a resident's document.

The ID number goes sealed to the platform's key, like everything personal the kiosk sends; the answer
counts only with the platform identity's signature (``SIGNED_ANSWERS``) and when its hash is the
document's, so the QR printed on the page confirms exactly what the resident holds.
"""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from pydantic import ValidationError

from kiosk.store import print_jobs
from kiosk.store.connection import Database
from sync import sealing
from sync.engine.client import PlatformClient
from sync.engine.errors import ForgedAnswer, Rejected
from sync.protocol.documents import (
    DocumentAnswer,
    PrintRequest,
    PrintRequestAnswer,
    RecordQuery,
    document_hash,
)

QUERY_PATH = "/v1/records/query"
REQUEST_PATH = "/v1/records/request"


def seal_id(id_number: str, seal_key: X25519PublicKey) -> str:
    return base64.b64encode(sealing.seal(id_number.encode(), seal_key)).decode()


def query_document(
    client: PlatformClient, kind: str, id_number: str, seal_key: X25519PublicKey
) -> DocumentAnswer:
    """Raises the errors of ``sync.engine.errors``: ``Unreachable`` when there is no link,
    ``Rejected`` (404 ``no_record``) when the platform holds nothing for this resident."""
    body = RecordQuery(kind=kind, id_sealed=seal_id(id_number, seal_key)).model_dump_json().encode()
    response = client.request("POST", QUERY_PATH, content=body, headers={"Content-Type": "application/json"})
    try:
        answer = DocumentAnswer.model_validate_json(response.content)
    except ValidationError as exc:
        raise ForgedAnswer("the platform's document answer is malformed") from exc
    return _checked(answer)


def _checked(answer: DocumentAnswer) -> DocumentAnswer:
    if document_hash(answer.document) != answer.sha256:
        raise ForgedAnswer("the document does not match its hash")
    return answer


def send_print_request(db: Database, client: PlatformClient, job_id: str) -> str:
    """Send a request a resident left (outbox kind ``print_request``) and keep the platform's answer:
    the document sealed in the spool for this terminal to print, or that it is mailed, or that there
    was no record. Returns the outcome. The answer counts only signed by the platform identity."""
    body = print_jobs.request_body(db, job_id)
    if body is None:
        raise Rejected(0, "missing_row", f"the print request {job_id} queued for sync is no longer stored")
    request = PrintRequest.model_validate(body | {"request_id": job_id})
    response = client.request(
        "POST",
        REQUEST_PATH,
        content=request.model_dump_json().encode(),
        headers={"Content-Type": "application/json"},
    )
    try:
        reply = PrintRequestAnswer.model_validate_json(response.content)
    except ValidationError as exc:
        raise ForgedAnswer("the platform's answer to a print request is malformed") from exc
    if reply.outcome == "print":
        if reply.answer is None:
            raise ForgedAnswer("a document to print came without the document")
        answer = _checked(reply.answer)
        print_jobs.record_answer(
            db, job_id, answer.model_dump_json().encode(), print_jobs.TO_PRINT, answer.document.number
        )
    else:
        print_jobs.record_answer(
            db, job_id, None, print_jobs.MAILING if reply.outcome == "mail" else print_jobs.REFUSED
        )
    return reply.outcome
