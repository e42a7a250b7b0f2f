"""`kiosk-sync export --to DIR`: the outbox as one signed, sealed bundle (sync.protocol.bundle).

Everything still on its way to the platform goes in: applications (their manifests and sealed files)
and small posts. The outbox is left as it is: when the link comes back the same items also go over
the network, and the platform stores each once under its idempotency key. Only what is sealed to a
key the platform named is carried, as for the network (sync.at_rest).
"""

from __future__ import annotations

import base64
import time
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.store import applications, outbox, resident_records
from kiosk.store.settings import get_setting
from sync import at_rest, sealing
from sync.engine.client import Credentials
from sync.engine.engine import SMALL_PATHS
from sync.engine.state import KEY_CURSOR, PENDING_STATES
from sync.protocol.bundle import URL_PREFIX, Bundle, SmallItem, bundle_name, pack
from sync.protocol.models import AttachmentRef, Manifest
from sync.sealed_files import sync_dir, write_file


@dataclass(frozen=True)
class ExportReport:
    path: Path
    applications: int
    small: int
    left_out: int  # not sealed to a platform key (or unreadable): they wait for the network path


def _platform_sealed(db: sqlite_utils.Database, envelope: bytes, also: frozenset[bytes]) -> bool:
    try:
        at_rest.check_platform_sealed(db, envelope, "item", also)
        return True
    except (at_rest.NotPlatformSealed, sealing.SealError):
        return False


def _application(
    db: sqlite_utils.Database, application_id: str, files: dict[str, bytes], also: frozenset[bytes]
) -> Manifest | None:
    fields = applications.manifest_fields(db, application_id)
    if (
        fields is None
        or fields.sealed_payload is None
        or not _platform_sealed(db, fields.sealed_payload, also)
    ):
        return None
    refs, carried = [], {}
    for f in applications.stored_files(db, application_id):
        name = f"m{f.id}-{f.material_code}"
        try:
            data = f.path.read_bytes()
        except OSError:
            return None
        if not _platform_sealed(db, data[:64], also):
            return None
        carried[name] = data
        refs.append(AttachmentRef(name=name, upload_url=URL_PREFIX + name, sha256=f.sha256, size=f.size))
    files.update(carried)
    return Manifest(
        application_id=application_id,
        acceptance_no=fields.acceptance_no,
        matter_codes=fields.matter_codes,
        catalog_version=fields.catalog_version,
        sealed_payload=base64.b64encode(fields.sealed_payload).decode(),
        attachments=refs,
    )


def _small(db: sqlite_utils.Database, kind: str, ref: str, also: frozenset[bytes]) -> SmallItem | None:
    if kind not in SMALL_PATHS:  # a left print request needs the platform's answer back: network only
        return None
    body = resident_records.post_body(db, kind, ref)
    if body is None:
        return None
    for field_name in ("sealed_contact", "sealed_body"):
        encoded = body.get(field_name)
        envelope = base64.b64decode(str(encoded)) if encoded else b""
        if envelope.startswith(sealing.MAGIC) and not _platform_sealed(db, envelope, also):
            return None
    return SmallItem(SMALL_PATHS[kind], ref, body)


def export_outbox(db: sqlite_utils.Database, credentials: Credentials, to_dir: Path) -> ExportReport:
    also = frozenset({at_rest.client_key_id(credentials.seal_public_key)})
    files: dict[str, bytes] = {}
    manifests: list[Manifest] = []
    small: list[SmallItem] = []
    left_out = 0
    for item in outbox.items_in(db, PENDING_STATES):
        if item.kind == "application":
            manifest = _application(db, item.ref, files, also)
            if manifest is not None:
                manifests.append(manifest)
                continue
        else:
            post = _small(db, item.kind, item.ref, also)
            if post is not None:
                small.append(post)
                continue
        left_out += 1
    now = time.time()
    cursor = get_setting(db, KEY_CURSOR)  # the platform's answers carry the status feed from here
    bundle = Bundle(
        credentials.terminal_id, now, manifests, small, files, None if cursor is None else str(cursor)
    )
    data = pack(
        bundle,
        Ed25519PrivateKey.from_private_bytes(credentials.signing_key),
        sealing.public_key_from_raw(credentials.seal_public_key),
    )
    to_dir.mkdir(parents=True, exist_ok=True)
    path = to_dir / bundle_name(credentials.terminal_id, now)
    write_file(path, data)  # a stick pulled out mid-write leaves a .tmp, never a half bundle
    sync_dir(to_dir)
    return ExportReport(path, len(manifests), len(small), left_out)
