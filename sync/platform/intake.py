"""Open an application before acknowledging it, and keep what list pages and lookups need in clear.

A sealed payload or attachment that does not open (a flipped bit, a key the platform never held, bytes
that are not an envelope) is refused with a 4xx naming it, so the kiosk keeps its copy and flags the
item instead of deleting data nobody can read. What opening teaches (the kind, a masked summary) and
keyed hashes of the ID number and the phone's last digits go into columns: staff lists never decrypt,
and a resident's lookup matches a hash, never a stored number.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sync import sealing
from sync.platform.errors import ProtocolError
from sync.platform.storage import CaseMeta
from sync.protocol.models import Manifest

Opener = Callable[[bytes], bytes]
KINDS = ("application", "certification", "home_visit")
LOOKUP_SECRET_SETTING = "lookup_secret"  # noqa: S105  # a settings key, not a secret


def mask_name(name: str) -> str:
    if len(name) <= 1:
        return "*" if name else ""
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def person_key(secret: bytes, id_number: str) -> str:
    return hmac.new(secret, b"id\0" + id_number.strip().upper().encode(), hashlib.sha256).hexdigest()


def phone_key(secret: bytes, acceptance_no: str, phone_last4: str) -> str:
    text = f"phone\0{acceptance_no.strip()}\0{phone_last4.strip()}"
    return hmac.new(secret, text.encode(), hashlib.sha256).hexdigest()


def open_application(
    manifest: Manifest, open_: Opener, blob_path: Callable[[str], Path], upload_ids: list[str], secret: bytes
) -> CaseMeta:
    """Open the payload and every attachment (ProtocolError 422 naming what did not open) and
    return the case's clear metadata."""
    try:
        plaintext = open_(base64.b64decode(manifest.sealed_payload, validate=True))
    except (binascii.Error, sealing.SealError) as exc:
        raise ProtocolError(
            422, "unopenable", f"sealed_payload does not open: {exc}", missing=["sealed_payload"]
        ) from exc
    bad = []
    for ref, upload_id in zip(manifest.attachments, upload_ids, strict=True):
        try:
            open_(blob_path(upload_id).read_bytes())
        except sealing.SealError:
            bad.append(ref.name)
    if bad:
        raise ProtocolError(422, "unopenable", "attachments do not open: " + ", ".join(bad), missing=bad)
    return case_meta(manifest, plaintext, secret)


def case_meta(manifest: Manifest, plaintext: bytes, secret: bytes) -> CaseMeta:
    """A payload that opens but is not the kiosk's JSON is an ordinary application with no summary."""
    try:
        data = json.loads(plaintext)
    except (ValueError, UnicodeDecodeError):
        data = None
    if not isinstance(data, dict):
        return CaseMeta(acceptance_no=_printable(manifest.acceptance_no))
    kind = str(data.get("type") or "application")
    kind = kind if kind in KINDS else "application"
    applicant = _mapping(data.get("applicant"))
    face = _mapping(data.get("face"))
    summary: dict[str, Any] = {
        "resident": mask_name(str(applicant.get("name", ""))),
        "matters": [str(m) for m in data.get("matters") or manifest.matter_codes],
    }
    if kind == "certification":
        summary |= {
            "assisted": data.get("assisted_by") is not None,
            "reference": str(face.get("reference", "registry")),
            "attempts": int(face.get("attempts", 0) or 0),
        }
    if kind == "home_visit":
        summary["call_back_by"] = str(data.get("call_back_by", ""))
    # 容缺: which material is owed by when (codes and dates, nothing personal), for the console's list
    summary["deferred"] = [
        [str(m.get("code", "")), str(m["due_date"])]
        for m in data.get("materials") or []
        if isinstance(m, dict) and m.get("disposition") == "deferred" and m.get("due_date")
    ]
    id_number = str(applicant.get("id_number") or "")
    phone = "".join(ch for ch in str(data.get("phone") or applicant.get("phone") or "") if ch.isdigit())
    return CaseMeta(
        kind=kind,
        summary=json.dumps(summary, ensure_ascii=False, sort_keys=True),
        acceptance_no=_printable(manifest.acceptance_no),
        person_key=person_key(secret, id_number) if id_number else None,
        phone_key=phone_key(secret, manifest.acceptance_no, phone[-4:]) if len(phone) >= 4 else None,
    )


def _mapping(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _printable(text: str) -> str:
    """Control characters dropped: PostgreSQL text cannot hold NUL, and no acceptance number has them."""
    return "".join(ch for ch in text if ch >= " ")
