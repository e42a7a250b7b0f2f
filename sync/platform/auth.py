"""Per-terminal request authentication: an unknown, revoked or badly signed request is refused
before anything is read into storage."""

from __future__ import annotations

import time

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import Request

from sync.platform.errors import ProtocolError
from sync.platform.storage import Storage
from sync.protocol import signatures

MAX_CLOCK_DIFFERENCE_S = 300


class SeenNonces:
    """(terminal, nonce) pairs of the last clock window: a request sent twice is refused the second time."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], float] = {}
        self._pruned_at = 0.0

    def first_time(self, terminal_id: str, nonce: str, now: float) -> bool:
        if now - self._pruned_at > 60:  # a nonce outlives the window its signature is accepted in
            self._seen = {k: t for k, t in self._seen.items() if t >= now}
            self._pruned_at = now
        key = (terminal_id, nonce)
        if key in self._seen:
            return False
        self._seen[key] = now + 2 * MAX_CLOCK_DIFFERENCE_S
        return True


async def signed_terminal(request: Request) -> str:
    """FastAPI dependency: the id of the terminal that signed this request."""
    body = await request.body()
    storage: Storage = request.app.state.storage
    try:
        parsed = signatures.parse(request.headers.get("signature-input"), request.headers.get("signature"))
    except signatures.SignatureFormatError as exc:
        raise ProtocolError(401, "unauthenticated", str(exc)) from exc
    terminal = storage.terminal(parsed.keyid)
    if terminal is None or terminal.revoked:
        raise ProtocolError(401, "unknown_terminal", "terminal is not enrolled or has been revoked")
    if abs(parsed.created - time.time()) > MAX_CLOCK_DIFFERENCE_S:
        raise ProtocolError(401, "stale_signature", "signature time too far from the platform clock")
    digest = signatures.content_digest(body)
    if request.headers.get("content-digest") != digest:
        raise ProtocolError(401, "digest_mismatch", "Content-Digest does not match the body")
    query = request.scope.get("query_string", b"").decode("latin-1")
    base = signatures.signature_base(
        request.method, request.url.path, query, digest, parsed.params, dict(request.headers)
    )
    try:
        Ed25519PublicKey.from_public_bytes(terminal.public_key).verify(parsed.signature, base)
    except InvalidSignature as exc:
        raise ProtocolError(401, "bad_signature", "signature does not verify") from exc
    if not hasattr(request.app.state, "nonces"):
        request.app.state.nonces = SeenNonces()
    if not request.app.state.nonces.first_time(terminal.id, parsed.nonce, time.time()):
        raise ProtocolError(401, "replayed", "this signed request was already received")
    storage.touch_terminal(terminal.id)
    return terminal.id
