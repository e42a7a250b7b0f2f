"""Request size limits, applied before a byte of the body is read.

A request that declares a body larger than its route allows is answered 413 from its headers alone;
one that does not declare it (chunked) is cut off with 413 as soon as it passes the limit. With the
signature checked from the headers too (`auth.signed_terminal`), an unauthenticated sender can make
the platform hold at most one limit's worth of bytes, never a body of its own choosing.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol.models import ErrorBody

DEFAULT_MAX_CHUNK = 16 * 1024 * 1024  # tus PATCH bodies; the kiosk sends 256 KiB unless told otherwise
DEFAULT_MAX_BODY = 4 * 1024 * 1024  # everything else: manifests, small posts, enrolment, lookups


class BodyTooLarge(Exception):
    pass


class BodyLimit:
    def __init__(
        self, app: ASGIApp, *, max_chunk: int = DEFAULT_MAX_CHUNK, max_body: int = DEFAULT_MAX_BODY
    ) -> None:
        self.app = app
        self.max_chunk = max_chunk
        self.max_body = max_body

    def limit_for(self, scope: Scope) -> int:
        if scope["method"] == "PATCH" and str(scope["path"]).startswith("/v1/uploads/"):
            return self.max_chunk
        return self.max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _too_large(send, limit)
            return
        seen = 0
        started = False

        async def bounded() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, bounded, tracked)
        except BodyTooLarge:
            if started:
                raise
            await _too_large(send, limit)


async def _too_large(send: Send, limit: int) -> None:
    body = ErrorBody(error="too_large", detail=f"request body over {limit} bytes").model_dump_json().encode()
    headers = [(b"content-type", b"application/json"), (b"connection", b"close")]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
