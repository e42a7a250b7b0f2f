"""Signed HTTP requests to the platform, with timeouts on every request.

Only a response carrying the protocol header is an answer from the platform; anything else is
`NotPlatform`. Failures are classified into the errors of `sync.engine.errors`.

The link is TLS: plain ``http://`` is refused unless the development flag (environment variable
``KIOSK_SYNC_DEV_PLAIN_HTTP=1``) is set and the host is loopback. TLS alone does not make a
forged answer impossible (a misissued certificate, a proxy the site trusts), so the answers the
kiosk acts on for good (the enrolment answer, commit receipts, status pages) must carry the
signature of the platform identity key the enrolment token names; unsigned or forged ones are
treated as no answer at all.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import ipaddress
import json
import os
import secrets
import ssl
import time
from dataclasses import dataclass
from typing import Any

import httpx
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sync.engine.errors import (
    ForgedAnswer,
    InsecureLink,
    NoAnswer,
    NotPlatform,
    PlatformBusy,
    Rejected,
    SyncError,
    TerminalRejected,
    Unreachable,
)
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
    # raw Ed25519 identity key of the platform, checked at enrolment against the token's fingerprint
    platform_key: bytes = b""
    # SHA-256 (hex) of the TUF root the platform named in its signed enrolment answer ("" if none)
    tuf_root_sha256: str = ""


PLAIN_HTTP_FLAG = "KIOSK_SYNC_DEV_PLAIN_HTTP"
# the answers the kiosk acts on irreversibly: accepted only with the platform identity's signature
SIGNED_ANSWERS = frozenset(
    {
        ("POST", "/v1/applications"),
        ("GET", "/v1/status"),
        ("POST", "/v1/records/query"),
        ("POST", "/v1/records/request"),
    }
)


class EnrolmentRefused(SyncError):
    """The enrolment answer does not come from the platform the token names: nothing is saved."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def require_secure_url(url: str) -> None:
    """Refuse a platform URL that is not https, unless developing against a platform on this machine."""
    parsed = httpx.URL(url)
    if parsed.scheme == "https":
        return
    if parsed.scheme == "http" and os.environ.get(PLAIN_HTTP_FLAG) == "1" and _is_loopback(parsed.host):
        return
    raise InsecureLink(
        f"refusing {parsed.scheme}://{parsed.host}: the platform link must be https"
        f" (plain http only on loopback with {PLAIN_HTTP_FLAG}=1, for development)"
    )


def verify_platform_signature(platform_key: bytes, statement: bytes, signature_b64: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(platform_key).verify(
            base64.b64decode(signature_b64, validate=True), statement
        )
    except (ValueError, binascii.Error, InvalidSignature):
        return False
    return True


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
        require_secure_url(credentials.platform_url)
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
            int(time.time() + self.clock_offset), self.credentials.terminal_id, secrets.token_urlsafe(18)
        )
        base = signatures.signature_base(
            method,
            request.url.path,
            request.url.query.decode("latin-1"),
            digest,
            params_text,
            dict(request.headers),
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
        checked = check(response)
        if (request.method, request.url.path) in SIGNED_ANSWERS:
            self._verify_answer(checked)
        return checked

    def _verify_answer(self, response: httpx.Response) -> None:
        """A receipt or status page counts only if the platform's identity key signed it for this request."""
        request = response.request
        statement = signatures.answer_statement(
            self.credentials.terminal_id,
            request.method,
            request.url.raw_path.decode("latin-1"),
            response.content,
        )
        signature = response.headers.get(signatures.PLATFORM_SIGNATURE_HEADER, "")
        if not self.credentials.platform_key or not verify_platform_signature(
            self.credentials.platform_key, statement, signature
        ):
            raise ForgedAnswer(f"{request.method} {request.url.path}: answer not signed by the platform")


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
    signing_key: bytes | None = None,
) -> Credentials:
    """Enrol this kiosk once with an administrator's one-time token; returns the credentials to keep.

    ``signing_key``: the terminal's key when one was provisioned (a systemd credential); else a new one.

    The token ends in the fingerprint of the platform's identity key (``<secret>.<fingerprint>``);
    the answer must carry that key and its signature over what it names (terminal id, this kiosk's
    key, the sealing key, the TUF root's hash), or the enrolment is refused.
    """
    require_secure_url(platform_url)
    fingerprint = token.rpartition(".")[2].lower()
    if "." not in token or len(fingerprint) != signatures.FINGERPRINT_HEX_CHARS:
        raise EnrolmentRefused("the enrolment token does not end in the platform key's fingerprint")
    if signing_key is None:
        signing_key = new_signing_key()
    try:
        public = Ed25519PrivateKey.from_private_bytes(signing_key).public_key()
    except ValueError as exc:
        raise EnrolmentRefused("the terminal's signing key is not 32 bytes (an Ed25519 key)") from exc
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
    platform_key = _verified_platform_key(answer, body.public_key, fingerprint)
    return Credentials(
        platform_url,
        answer.terminal_id,
        signing_key,
        base64.b64decode(answer.seal_public_key),
        tls_pin_pem,
        platform_key,
        answer.tuf_root_sha256,
    )


def _verified_platform_key(answer: EnrolResponse, kiosk_public_key: str, fingerprint: str) -> bytes:
    try:
        platform_key = base64.b64decode(answer.platform_key, validate=True)
    except binascii.Error as exc:
        raise EnrolmentRefused("the platform key in the enrolment answer is not base64") from exc
    if not hmac.compare_digest(signatures.platform_fingerprint(platform_key), fingerprint):
        raise EnrolmentRefused("the answering platform's key is not the one the enrolment token names")
    statement = signatures.enrolment_statement(
        answer.terminal_id,
        kiosk_public_key,
        answer.seal_public_key,
        answer.seal_key_id,
        answer.tuf_root_sha256,
    )
    if not verify_platform_signature(platform_key, statement, answer.signature):
        raise EnrolmentRefused("the enrolment answer is not signed by the platform the token names")
    return platform_key


def root_matches(root: bytes, credentials: Credentials) -> bool:
    """The TUF root fetched after enrolment is the one the platform's signed answer named."""
    return hmac.compare_digest(hashlib.sha256(root).hexdigest(), credentials.tuf_root_sha256)
