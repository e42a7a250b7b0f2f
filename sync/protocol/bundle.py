"""The sneakernet bundle: a station's outbox on a USB stick, for stations with no link at all.

One file, a tar archive of three kinds of member:

* ``index.sealed``: the index (format, terminal id, time, the applications' manifests, the small posts,
  the SHA-256 of every other member) as JSON, sealed to the platform's key: nothing in the bundle is
  readable without it, not even which matters were applied for;
* ``index.sig``: the terminal's Ed25519 signature over ``index.sealed``; with the hashes inside, it
  covers every byte of the bundle, so any change is detected;
* ``files/<name>``: the sealed attachment files exactly as the kiosk holds them (sealed to the
  platform key already).

The manifests are the ones the kiosk would commit over the network (each attachment's ``upload_url``
is ``bundle:files/<name>``), so the platform can store them under the same idempotency key: an item
carried twice, or carried and also sent over the network, is stored once.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from pydantic import ValidationError

from sync import sealing
from sync.protocol.models import Manifest, Receipt, StatusPage

FORMAT = "township-kiosk-bundle/1"
INDEX = "index.sealed"
SIGNATURE = "index.sig"
FILE_PREFIX = "files/"
URL_PREFIX = "bundle:" + FILE_PREFIX


class BundleError(ValueError):
    """The bundle cannot be trusted or read: tampered, truncated, unsigned or for another platform."""


@dataclass(frozen=True)
class SmallItem:
    kind: str  # the platform's path: evaluations, complaints, help-requests
    id: str
    body: dict[str, object]


@dataclass(frozen=True)
class Bundle:
    terminal_id: str
    created_at: float
    applications: list[Manifest]
    small: list[SmallItem]
    files: dict[str, bytes]  # attachment name -> its sealed bytes
    # the kiosk's status-feed cursor when it wrote the bundle: the answers carry the feed from there
    status_cursor: str | None = None


def _member(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 0  # the same content gives the same bytes
    tar.addfile(info, io.BytesIO(data))


def pack(bundle: Bundle, signing_key: Ed25519PrivateKey, platform_key: X25519PublicKey) -> bytes:
    for manifest in bundle.applications:
        for ref in manifest.attachments:
            if ref.upload_url != URL_PREFIX + ref.name or ref.name not in bundle.files:
                raise BundleError(f"attachment {ref.name} is not carried in the bundle")
    index = {
        "format": FORMAT,
        "terminal_id": bundle.terminal_id,
        "created_at": bundle.created_at,
        "applications": [m.model_dump() for m in bundle.applications],
        "small": [{"kind": s.kind, "id": s.id, "body": s.body} for s in bundle.small],
        "status_cursor": bundle.status_cursor,
        "members": {FILE_PREFIX + n: hashlib.sha256(d).hexdigest() for n, d in sorted(bundle.files.items())},
    }
    sealed_index = sealing.seal(json.dumps(index, ensure_ascii=False).encode(), platform_key)
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        _member(tar, INDEX, sealed_index)
        _member(tar, SIGNATURE, signing_key.sign(sealed_index))
        for name, data in sorted(bundle.files.items()):
            _member(tar, FILE_PREFIX + name, data)
    return out.getvalue()


def _members(data: bytes) -> dict[str, bytes]:
    members: dict[str, bytes] = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
            for info in tar:
                if not info.isfile() or info.name in members:
                    raise BundleError(f"unexpected member {info.name!r}")
                extracted = tar.extractfile(info)
                assert extracted is not None
                members[info.name] = extracted.read()
    except (tarfile.TarError, EOFError) as exc:
        raise BundleError(f"not a readable bundle: {exc}") from exc
    return members


def unpack(
    data: bytes,
    open_sealed: Callable[[bytes], bytes],
    terminal_key: Callable[[str], bytes | None],
) -> Bundle:
    """Open and verify a bundle; `terminal_key(terminal_id)` gives the raw Ed25519 key enrolment stored."""
    members = _members(data)
    sealed_index, signature = members.pop(INDEX, None), members.pop(SIGNATURE, None)
    if sealed_index is None or signature is None:
        raise BundleError("the bundle has no signed index")
    try:
        index = json.loads(open_sealed(sealed_index))
    except (sealing.SealError, ValueError) as exc:
        raise BundleError(f"the index does not open with this platform's key: {type(exc).__name__}") from exc
    if index.get("format") != FORMAT:
        raise BundleError(f"unknown bundle format {index.get('format')!r}")
    raw_key = terminal_key(str(index.get("terminal_id")))
    if raw_key is None:
        raise BundleError("the bundle comes from a terminal this platform does not know")
    try:
        Ed25519PublicKey.from_public_bytes(raw_key).verify(signature, sealed_index)
    except InvalidSignature as exc:
        raise BundleError("the terminal's signature does not match: the bundle was changed") from exc
    expected: dict[str, str] = index["members"]
    if set(expected) != set(members):
        raise BundleError("the bundle's files are not the ones its index names")
    for name, digest in expected.items():
        if hashlib.sha256(members[name]).hexdigest() != digest:
            raise BundleError(f"{name} was changed")
    try:
        return Bundle(
            terminal_id=str(index["terminal_id"]),
            created_at=float(index["created_at"]),
            applications=[Manifest.model_validate(m) for m in index["applications"]],
            small=[SmallItem(str(s["kind"]), str(s["id"]), dict(s["body"])) for s in index["small"]],
            files={name.removeprefix(FILE_PREFIX): body for name, body in members.items()},
            status_cursor=None if index.get("status_cursor") is None else str(index["status_cursor"]),
        )
    except (ValidationError, KeyError, TypeError, ValueError) as exc:
        raise BundleError(f"the signed index is not a valid bundle index: {type(exc).__name__}") from exc


def bundle_name(terminal_id: str, at: float | None = None) -> str:
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(time.time() if at is None else at))
    return f"kiosk-{terminal_id}-{stamp}.bundle"


# -- the platform's answers, carried back on the next visit ---------------------------------------

ANSWERS_FORMAT = "township-kiosk-answers/1"
ANSWERS = "answers.json"
ANSWERS_SIGNATURE = "answers.sig"
CATALOG_PREFIX = "tuf/"


@dataclass(frozen=True)
class Answers:
    """What the platform says back to one terminal: the same receipts and status page the network
    would have carried. Signed by the platform's identity key, which the kiosk learned at enrolment;
    not sealed (the kiosk holds no key to open it), so it carries case numbers and states, never a
    payload."""

    terminal_id: str
    created_at: float
    receipts: list[Receipt]
    small: list[tuple[str, str]]  # (platform path, item id) of small posts stored
    since_cursor: str | None  # the feed starts after this cursor (the kiosk's, from its bundle)
    status: StatusPage
    # the platform's TUF repository ("metadata/<file>", "targets/<file>"): TUF's own signatures, versions
    # and expiry decide whether the kiosk takes a catalog from it, as online
    catalog: dict[str, bytes] = field(default_factory=dict)


def _answers_statement(content: bytes) -> bytes:
    return ANSWERS_FORMAT.encode() + b"\n" + content


def pack_answers(answers: Answers, sign: Callable[[bytes], bytes]) -> bytes:
    content = json.dumps(
        {
            "format": ANSWERS_FORMAT,
            "terminal_id": answers.terminal_id,
            "created_at": answers.created_at,
            "receipts": [r.model_dump() for r in answers.receipts],
            "small": [list(s) for s in answers.small],
            "since_cursor": answers.since_cursor,
            "status": answers.status.model_dump(),
            "catalog": {name: hashlib.sha256(d).hexdigest() for name, d in sorted(answers.catalog.items())},
        },
        ensure_ascii=False,
    ).encode()
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        _member(tar, ANSWERS, content)
        _member(tar, ANSWERS_SIGNATURE, sign(_answers_statement(content)))
        for name, data in sorted(answers.catalog.items()):
            _member(tar, CATALOG_PREFIX + name, data)
    return out.getvalue()


def unpack_answers(data: bytes, platform_key: bytes, terminal_id: str) -> Answers:
    """Verify the platform's signature and that the answers are for this terminal."""
    members = _members(data)
    content, signature = members.pop(ANSWERS, None), members.pop(ANSWERS_SIGNATURE, None)
    if content is None or signature is None:
        raise BundleError("not an answers bundle: it holds no signed answers file")
    try:
        Ed25519PublicKey.from_public_bytes(platform_key).verify(signature, _answers_statement(content))
    except (InvalidSignature, ValueError) as exc:
        raise BundleError("the platform's signature does not match: the answers were changed") from exc
    try:
        index = json.loads(content)
        if index.get("format") != ANSWERS_FORMAT:
            raise BundleError(f"unknown answers format {index.get('format')!r}")
        if index.get("terminal_id") != terminal_id:
            raise BundleError("these answers are for another terminal")
        expected: dict[str, str] = dict(index.get("catalog") or {})
        if {CATALOG_PREFIX + n for n in expected} != set(members):
            raise BundleError("the answers' files are not the ones they name")
        for name, digest in expected.items():
            if hashlib.sha256(members[CATALOG_PREFIX + name]).hexdigest() != digest:
                raise BundleError(f"{name} was changed")
        return Answers(
            terminal_id=terminal_id,
            created_at=float(index["created_at"]),
            receipts=[Receipt.model_validate(r) for r in index["receipts"]],
            small=[(str(k), str(i)) for k, i in index["small"]],
            since_cursor=None if index.get("since_cursor") is None else str(index["since_cursor"]),
            status=StatusPage.model_validate(index["status"]),
            catalog={name: members[CATALOG_PREFIX + name] for name in expected},
        )
    except BundleError:
        raise
    except (ValidationError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise BundleError(f"the signed answers are not valid: {type(exc).__name__}") from exc


def answers_name(terminal_id: str, at: float | None = None) -> str:
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime(time.time() if at is None else at))
    return f"answers-{terminal_id}-{stamp}.bundle"
