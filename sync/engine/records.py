"""The kiosk's side of query-and-print: ask the platform for a resident's document.

The ID number goes sealed to the platform's key, like everything personal the kiosk sends; the answer
counts only with the platform identity's signature (``SIGNED_ANSWERS``) and when its hash is the
document's, so the QR printed on the page confirms exactly what the resident holds.
"""

from __future__ import annotations

import base64

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from pydantic import ValidationError

from sync import sealing
from sync.engine.client import PlatformClient
from sync.engine.errors import ForgedAnswer
from sync.protocol.documents import DocumentAnswer, RecordQuery, document_hash

QUERY_PATH = "/v1/records/query"


def query_document(
    client: PlatformClient, kind: str, id_number: str, seal_key: X25519PublicKey
) -> DocumentAnswer:
    """Raises the errors of ``sync.engine.errors``: ``Unreachable`` when there is no link,
    ``Rejected`` (404 ``no_record``) when the platform holds nothing for this resident."""
    sealed = base64.b64encode(sealing.seal(id_number.encode(), seal_key)).decode()
    body = RecordQuery(kind=kind, id_sealed=sealed).model_dump_json().encode()
    response = client.request("POST", QUERY_PATH, content=body, headers={"Content-Type": "application/json"})
    try:
        answer = DocumentAnswer.model_validate_json(response.content)
    except ValidationError as exc:
        raise ForgedAnswer("the platform's document answer is malformed") from exc
    if document_hash(answer.document) != answer.sha256:
        raise ForgedAnswer("the document does not match its hash")
    return answer
