"""Request signing: a strict subset of HTTP Message Signatures (RFC 9421) with Ed25519.

Every request names the terminal (keyid) and covers method, path, query, the body's
Content-Digest (RFC 9530) and the headers that steer what the platform does with it
(Idempotency-Key, Upload-Length, Upload-Metadata, Upload-Offset; empty when absent), so neither the
body, the target nor those headers can be swapped in transit. A random nonce in the parameters lets
the platform refuse a replayed request within the clock window. Both sides build the signature base
with this one function, so they cannot disagree.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass

COVERED_HEADERS = ("content-digest", "idempotency-key", "upload-length", "upload-metadata", "upload-offset")
COMPONENTS = ('"@method"', '"@path"', '"@query"', *(f'"{h}"' for h in COVERED_HEADERS))
_INPUT = re.compile(
    r'^sig1=\((?P<components>[^)]*)\);created=(?P<created>[0-9]{1,12});keyid="(?P<keyid>[A-Za-z0-9._-]+)";'
    r'nonce="(?P<nonce>[A-Za-z0-9_-]{16,64})";alg="ed25519"$'
)
_SIGNATURE = re.compile(r"^sig1=:(?P<sig>[A-Za-z0-9+/=]+):$")


class SignatureFormatError(ValueError):
    """The Signature or Signature-Input header is missing or not in the form we sign."""


def content_digest(body: bytes) -> str:
    return "sha-256=:" + base64.b64encode(hashlib.sha256(body).digest()).decode() + ":"


def signature_params(created: int, keyid: str, nonce: str) -> str:
    return f'({" ".join(COMPONENTS)});created={created};keyid="{keyid}";nonce="{nonce}";alg="ed25519"'


def signature_base(
    method: str, path: str, query: str, digest: str, params: str, headers: Mapping[str, str] | None = None
) -> bytes:
    """``headers``: the request's headers (any case); the covered ones are signed, "" when absent."""
    lower = {k.lower(): v for k, v in (headers or {}).items()}
    lower["content-digest"] = digest
    lines = [f'"@method": {method.upper()}', f'"@path": {path}', f'"@query": ?{query}']
    lines += [f'"{name}": {lower.get(name, "").strip()}' for name in COVERED_HEADERS]
    lines.append(f'"@signature-params": {params}')
    return "\n".join(lines).encode()


@dataclass(frozen=True)
class ParsedSignature:
    keyid: str
    created: int
    nonce: str
    params: str
    signature: bytes


def parse(signature_input: str | None, signature: str | None) -> ParsedSignature:
    if not signature_input or not signature:
        raise SignatureFormatError("request is not signed")
    m = _INPUT.match(signature_input.strip())
    if m is None or m.group("components").split() != list(COMPONENTS):
        raise SignatureFormatError("Signature-Input is not in the protocol's form")
    s = _SIGNATURE.match(signature.strip())
    if s is None:
        raise SignatureFormatError("Signature is not in the protocol's form")
    params = signature_input.strip()[len("sig1=") :]
    try:
        raw = base64.b64decode(s.group("sig"), validate=True)
    except binascii.Error as exc:
        raise SignatureFormatError("Signature is not base64") from exc
    return ParsedSignature(m.group("keyid"), int(m.group("created")), m.group("nonce"), params, raw)


# The platform's answers that the kiosk acts on irreversibly (a commit receipt lets it purge, an
# enrolment answer names the key it seals to) are signed by the platform's identity key, which the
# technician's enrolment token names by fingerprint: a party in the middle cannot forge them.
PLATFORM_SIGNATURE_HEADER = "Platform-Signature"
FINGERPRINT_HEX_CHARS = 32  # 128 bits of SHA-256(raw Ed25519 public key): printed in the token
_ENROLMENT_CONTEXT = b"kiosk-platform-enrolment-v1\n"
_ANSWER_CONTEXT = b"kiosk-platform-answer-v1\n"


def platform_fingerprint(raw_public_key: bytes) -> str:
    return hashlib.sha256(raw_public_key).hexdigest()[:FINGERPRINT_HEX_CHARS]


def enrolment_statement(
    terminal_id: str, kiosk_public_key: str, seal_public_key: str, seal_key_id: str, tuf_root_sha256: str
) -> bytes:
    """What the platform signs in its enrolment answer; the kiosk's own key ties it to this request."""
    fields = [terminal_id, kiosk_public_key, seal_public_key, seal_key_id, tuf_root_sha256]
    return _ENROLMENT_CONTEXT + "\n".join(fields).encode()


def answer_statement(terminal_id: str, method: str, target: str, body: bytes) -> bytes:
    """What the platform signs in an answer: for which terminal, to which request (path, query), the body."""
    return _ANSWER_CONTEXT + f"{terminal_id}\n{method.upper()} {target}\n".encode() + body
