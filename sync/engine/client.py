"""Signed HTTP requests to the platform, with timeouts on every request.

Only a response carrying the protocol header is an answer from the platform; anything else is
`NotPlatform`. Failures are classified into the errors of `sync.engine.errors`.
"""

from __future__ import annotations

import base64
import json
import ssl
import time
from dataclasses import dataclass
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.engine.errors import NoAnswer, NotPlatform, PlatformBusy, Rejected, TerminalRejected, Unreachable
from sync.protocol import signatures
from sync.protocol.models import (
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    SERVER_TIME_HEADER,
    EnrolRequest,
    EnrolResponse,
)

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=30.0, write=30.0, pool=10.0)


@dataclass(frozen=True)
class Credentials:
    platform_url: str
    terminal_id: str
    signing_key: bytes  # raw Ed25519 private key
    seal_public_key: bytes  # raw X25519 public key of the platform
    # PEM of the platform's certificate (or its private CA): the only one this kiosk trusts
    tls_pin_pem: str | None = None


def verify_for_pin(pin_pem: str | None) -> ssl.SSLContext | bool:
    """httpx's ``verify`` for a pinned platform certificate (None: the system's CAs)."""
    return _verify(pin_pem)


def _verify(pin_pem: str | None) -> ssl.SSLContext | bool:
    if pin_pem is None:
        return True
    context = ssl.create_default_context(cadata=pin_pem)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _retry_after(response: httpx.Response) -> float | None:
    raw = response.headers.get("retry-after", "")
    return float(raw) if raw.isdigit() else None


def _error_fields(response: httpx.Response) -> tuple[str, str, list[str]]:
    try:
        body: dict[str, Any] = response.json()
        return str(body.get("error", "")), str(body.get("detail", "")), list(body.get("missing", []))
    except (ValueError, AttributeError):
        return "", "", []


def check(response: httpx.Response) -> httpx.Response:
    """Raise for anything that is not a success answer from the platform itself."""
    if response.headers.get(PROTOCOL_HEADER) != PROTOCOL_VERSION:
        raise NotPlatform(f"HTTP {response.status_code} without {PROTOCOL_HEADER}: not the platform")
    status = response.status_code
    if status < 400:
        return response
    error, detail, missing = _error_fields(response)
    if status == 401:
        raise TerminalRejected(f"platform refused this terminal: {error} {detail}".strip(), error)
    if status >= 500 or status in (408, 425, 429) or (status == 409 and error == "in_flight"):
        raise PlatformBusy(f"HTTP {status} {error}".strip(), _retry_after(response))
    raise Rejected(status, error, detail, missing)


class PlatformClient:
    def __init__(
        self,
        credentials: Credentials,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self.credentials = credentials
        self._key = Ed25519PrivateKey.from_private_bytes(credentials.signing_key)
        self._http = httpx.Client(
            base_url=credentials.platform_url,
            timeout=timeout,
            transport=transport,
            verify=_verify(credentials.tls_pin_pem),
        )
        # platform clock minus ours, so signatures stay fresh on a kiosk whose clock is off
        self.clock_offset = 0.0

    def close(self) -> None:
        self._http.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        content: bytes = b"",
        headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send a signed request and return the platform's success answer, or raise a classified error."""
        offset_before = self.clock_offset
        try:
            return self._send(method, url, content, headers, params)
        except TerminalRejected as exc:
            # A kiosk clock far off gets "stale_signature"; the answer told us the platform's time,
            # so one immediate retry with the corrected clock settles it.
            if exc.error != "stale_signature" or self.clock_offset == offset_before:
                raise
            return self._send(method, url, content, headers, params)

    def _send(
        self,
        method: str,
        url: str,
        content: bytes,
        headers: dict[str, str] | None,
        params: dict[str, str] | None,
    ) -> httpx.Response:
        request = self._http.build_request(method, url, content=content, headers=headers, params=params)
        digest = signatures.content_digest(content)
        params_text = signatures.signature_params(
            int(time.time() + self.clock_offset), self.credentials.terminal_id
        )
        base = signatures.signature_base(
            method, request.url.path, request.url.query.decode("latin-1"), digest, params_text
        )
        request.headers["Content-Digest"] = digest
        request.headers["Signature-Input"] = "sig1=" + params_text
        request.headers["Signature"] = "sig1=:" + base64.b64encode(self._key.sign(base)).decode() + ":"
        try:
            response = self._http.send(request)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise Unreachable(f"cannot reach the platform: {type(exc).__name__}") from exc
        except httpx.TransportError as exc:
            raise NoAnswer(f"no answer from the platform: {type(exc).__name__}") from exc
        server_time = response.headers.get(SERVER_TIME_HEADER, "")
        if response.headers.get(PROTOCOL_HEADER) == PROTOCOL_VERSION and server_time.isdigit():
            self.clock_offset = int(server_time) - time.time()
        return check(response)


def new_signing_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def enrol(
    platform_url: str,
    token: str,
    name: str,
    *,
    transport: httpx.BaseTransport | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    tls_pin_pem: str | None = None,
) -> Credentials:
    """Enrol this kiosk once with an administrator's one-time token; returns the credentials to keep."""
    signing_key = new_signing_key()
    public = Ed25519PrivateKey.from_private_bytes(signing_key).public_key()
    raw_public = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    body = EnrolRequest(token=token, public_key=base64.b64encode(raw_public).decode(), name=name)
    try:
        with httpx.Client(
            base_url=platform_url, timeout=timeout, transport=transport, verify=_verify(tls_pin_pem)
        ) as http:
            response = http.post(
                "/v1/enrol",
                content=body.model_dump_json().encode(),
                headers={"Content-Type": "application/json"},
            )
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise Unreachable(f"cannot reach the platform: {type(exc).__name__}") from exc
    except httpx.TransportError as exc:
        raise NoAnswer(f"no answer from the platform: {type(exc).__name__}") from exc
    answer = EnrolResponse.model_validate(json.loads(check(response).content))
    return Credentials(
        platform_url, answer.terminal_id, signing_key, base64.b64decode(answer.seal_public_key), tls_pin_pem
    )
