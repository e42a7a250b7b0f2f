"""Wire models of protocol version 1, used by both the kiosk engine and the platform.

Personal data never appears here in clear: it travels as sealed envelopes (base64).

Version skew (README "Versions"): a kiosk and its platform are upgraded at different times. Everything
that carries an obligation or personal data is strict (``_Strict``: an unknown field is refused), so a
misread is never silently accepted; telemetry is tolerant (``_Telemetry``: an unknown field is ignored,
and the platform logs its name once and counts it), so a kiosk upgraded first keeps being seen.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Literal

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_HEADER = "X-Kiosk-Protocol"
PROTOCOL_VERSION = "1"
# The platform's clock, so a kiosk with a wrong clock can still sign fresh requests.
SERVER_TIME_HEADER = "X-Kiosk-Server-Time"
TUS_VERSION = "1.0.0"

CaseState = Literal[
    "received",
    "accepted",
    "not-accepted",
    "correction-requested",
    "processing",
    "completed",
    # a pension certification's result and a home visit's appointment
    "certified",
    "certification-failed",
    "visit-scheduled",
]
CASE_STATES: tuple[CaseState, ...] = (
    "received",
    "accepted",
    "not-accepted",
    "correction-requested",
    "processing",
    "completed",
    "certified",
    "certification-failed",
    "visit-scheduled",
)
SmallKind = Literal["evaluations", "complaints", "help-requests", "heartbeats"]
SMALL_KINDS: tuple[SmallKind, ...] = ("evaluations", "complaints", "help-requests", "heartbeats")

SHA256_HEX = r"^[0-9a-f]{64}$"
UUID_TEXT = r"^[0-9a-fA-F-]{36}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Telemetry(BaseModel):
    """What a terminal reports about itself: a newer kiosk's extra fields are ignored, an older kiosk's
    missing ones take their defaults; a known field of the wrong type is still refused."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    @classmethod
    def unknown_fields(cls, body: dict[str, object]) -> list[str]:
        """The body's field names this version does not know (ignored when it is validated)."""
        return sorted(name for name in body if name not in cls.model_fields)


class EnrolRequest(_Strict):
    token: str = Field(min_length=16, max_length=200)
    public_key: str = Field(description="Ed25519 public key, raw 32 bytes, base64")
    name: str = Field(min_length=1, max_length=200)


class EnrolResponse(_Strict):
    terminal_id: str
    seal_public_key: str = Field(description="platform X25519 public key, raw 32 bytes, base64")
    seal_key_id: str
    platform_key: str = Field(description="platform Ed25519 identity key, raw 32 bytes, base64")
    tuf_root_sha256: str = Field(description="SHA-256 (hex) of the TUF root.json kiosks trust; empty: none")
    signature: str = Field(description="identity key's Ed25519 signature of the enrolment statement, base64")


class SealKeyTarget(_Strict):
    """`seal-key.json`, a TUF target beside the catalog: the key applications are sealed to.

    Enrolment's key is only the bootstrap; from the first verified catalog on, the kiosk seals to
    the key this target names. A target whose key id is not the key's own is refused.
    """

    suite: int = Field(description="sealed-envelope cipher suite this key is for (1: X25519 HPKE)")
    key_id: str = Field(pattern=r"^[0-9a-f]{16}$", description="first 8 bytes of SHA-256(raw key), hex")
    public_key: str = Field(description="raw public key, base64")

    @classmethod
    def for_key(cls, public_key: X25519PublicKey) -> SealKeyTarget:
        raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return cls(
            suite=1, key_id=hashlib.sha256(raw).digest()[:8].hex(), public_key=base64.b64encode(raw).decode()
        )

    def verified_raw_key(self) -> bytes:
        """The raw key, or ValueError when it is not a usable key under its own id."""
        if self.suite != 1:
            raise ValueError(f"seal key for unknown suite {self.suite}")
        try:
            raw = base64.b64decode(self.public_key, validate=True)
        except binascii.Error as exc:
            raise ValueError("seal key is not base64") from exc
        if len(raw) != 32:
            raise ValueError("seal key is not a raw X25519 key")
        if hashlib.sha256(raw).digest()[:8].hex() != self.key_id:
            raise ValueError("seal key does not match its key id")
        X25519PublicKey.from_public_bytes(raw)
        return raw


class AttachmentRef(_Strict):
    name: str = Field(min_length=1, max_length=200)
    upload_url: str = Field(description="the tus upload holding the sealed attachment")
    sha256: str = Field(pattern=SHA256_HEX)
    size: int = Field(ge=0)


class Manifest(_Strict):
    application_id: str = Field(pattern=UUID_TEXT)
    acceptance_no: str = Field(max_length=64)
    matter_codes: list[str] = Field(min_length=1)
    catalog_version: str
    sealed_payload: str = Field(description="sealed envelope, base64")
    attachments: list[AttachmentRef]


class Receipt(_Strict):
    application_id: str
    case_no: str
    received_at: float


class StatusItem(_Strict):
    application_id: str
    case_no: str
    state: CaseState
    changed_at: float
    note: str = ""


class StatusPage(_Strict):
    items: list[StatusItem]
    cursor: str = Field(description="opaque; send it back to get the next page")
    more: bool


class SmallPost(_Strict):
    """Evaluations, complaints, help requests and heartbeats: idempotent by their id."""

    body: dict[str, object]


class Heartbeat(_Telemetry):
    device_health: dict[str, str]
    queue_depth: int = Field(ge=0)
    software_version: str
    # everything below may be missing from an older kiosk's heartbeat
    oldest_queued_age_s: float | None = None
    last_sync_at: float | None = None
    catalog_version: str | None = None
    crash_count: int = Field(default=0, ge=0)  # unclean exits found at start-up (kiosk.ops.crash)
    last_crash_at: float | None = None
    # the audit chain's head, and the hash now at the count the platform last acknowledged: a chain
    # that shrinks or is rewritten shows (sync/platform/review.audit_chain_verdict)
    audit_count: int | None = Field(default=None, ge=0)
    audit_head: str | None = None
    audit_anchor_seq: int | None = Field(default=None, ge=0)
    audit_anchor_hash: str | None = None
    # the store's file system: the platform flags a terminal about to refuse applications for want of disk
    disk_free_bytes: int | None = Field(default=None, ge=0)
    disk_total_bytes: int | None = Field(default=None, ge=0)


class ErrorBody(_Strict):
    error: str
    detail: str = ""
    missing: list[str] = Field(default_factory=list)
