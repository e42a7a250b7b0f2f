"""Per-terminal request authentication: an unknown, revoked or badly signed request is refused from its
headers, before its body is read, and nothing it carries reaches storage.

The signature covers the Content-Digest header, so it can be verified before the body arrives; the
body is then read (bounded by `limits.BodyLimit`) and must match that digest.
"""

from __future__ import annotations

import time

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import Request
from starlette.concurrency import run_in_threadpool

from sync.platform.errors import ProtocolError
from sync.platform.storage import Storage
from sync.protocol import signatures

MAX_CLOCK_DIFFERENCE_S = 300


async def signed_terminal(request: Request) -> str:
    """FastAPI dependency: the id of the terminal that signed this request."""
    storage: Storage = request.app.state.storage
    try:
        parsed = signatures.parse(request.headers.get("signature-input"), request.headers.get("signature"))
    except signatures.SignatureFormatError as exc:
        raise ProtocolError(401, "unauthenticated", str(exc)) from exc
    terminal = await run_in_threadpool(
        storage.terminal, parsed.keyid
    )  # the event loop never waits on a query
    if terminal is None or terminal.revoked:
        raise ProtocolError(401, "unknown_terminal", "terminal is not enrolled or has been revoked")
    if abs(parsed.created - time.time()) > MAX_CLOCK_DIFFERENCE_S:
        raise ProtocolError(401, "stale_signature", "signature time too far from the platform clock")
    claimed = request.headers.get("content-digest")
    if claimed is None:
        raise ProtocolError(401, "digest_mismatch", "Content-Digest header missing")
    query = request.scope.get("query_string", b"").decode("latin-1")
    base = signatures.signature_base(
        request.method, request.url.path, query, claimed, parsed.params, dict(request.headers)
    )
    try:
        Ed25519PublicKey.from_public_bytes(terminal.public_key).verify(parsed.signature, base)
    except InvalidSignature as exc:
        raise ProtocolError(401, "bad_signature", "signature does not verify") from exc
    # in the database, so a request replayed to another worker (or after a restart) is refused too
    expires_at = time.time() + 2 * MAX_CLOCK_DIFFERENCE_S
    if not await run_in_threadpool(storage.first_nonce, terminal.id, parsed.nonce, expires_at):
        raise ProtocolError(401, "replayed", "this signed request was already received")
    body = await request.body()  # signed by an enrolled terminal; its size bounded by BodyLimit
    if signatures.content_digest(body) != claimed:
        raise ProtocolError(401, "digest_mismatch", "Content-Digest does not match the body")
    await run_in_threadpool(storage.touch_terminal, terminal.id)
    return terminal.id
