"""Sealing before the platform's key is known, and re-sealing to it once it is.

A resident's data is sealed before it touches the disk. Until enrolment (or the first verified
catalog) brings the platform's sealing key, the kiosk seals to its own **at-rest key**: an X25519
key pair whose private half lives in a file beside the store (``keys/at-rest-seal.key``, mode 0600,
never in the database, so a copy of kiosk.db alone opens nothing). When the platform key is known,
:func:`reseal_queued` opens every queued item still sealed to a terminal key and seals it again to
the platform key, one item per transaction, each in the audit log (``sync.resealed``); the engine
runs it before every pass, and the uploader refuses anything sealed to a key that is not the
platform's (:func:`check_platform_sealed`), so a terminal key never leaves the kiosk in an envelope.
Once enrolled and nothing queued is sealed to it any more, the at-rest key file is deleted
(:func:`drop_at_rest_key_if_unused`, audited as ``sync.at_rest_key_dropped``).

Terminal keys: the at-rest key and, on kiosks that queued items before this module existed, the
journey's old development key pair in the settings table (``journey.dev_platform_key``).

API::

    key, for_platform = sealing_key(db)       # what to seal a new item to now
    reseal_queued(db) -> ResealReport         # before upload: terminal-key items -> platform key
    check_platform_sealed(db, envelope)       # raises NotPlatformSealed unless a platform key's
    at_rest_private_key(db, create=False)     # the at-rest private key (tests open what they queued)
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kiosk.store import applications, audit, keyfiles, outbox, resident_records
from kiosk.store.connection import transaction
from kiosk.store.settings import get_setting
from sync import sealed_files, sealing
from sync.engine.errors import NotEnrolled
from sync.engine.state import (
    KEY_PLATFORM_KEY_IDS,
    KEY_SEAL,
    QUEUED,
    UPLOADING,
    load_credentials,
)
from sync.sealed_files import sync_dir

log = logging.getLogger(__name__)

KEY_DIR = "keys"
KEY_FILE = "at-rest-seal.key"
LEGACY_DEV_KEY_SETTING = "journey.dev_platform_key"
ACTOR = "sync"
# Only items that have not reached the platform in any form: nothing of them was committed.
RESEALABLE_STATES = (QUEUED, UPLOADING)


class NotPlatformSealed(ValueError):
    """An envelope names a key the platform does not hold: it must not leave the kiosk."""


def key_dir(db: sqlite_utils.Database) -> Path:
    row = db.execute("PRAGMA database_list").fetchone()
    if row is None or not row[2]:
        raise ValueError("the store is not a file: there is no place beside it for the at-rest key")
    return Path(str(row[2])).parent / KEY_DIR


def _write_key(path: Path, private: X25519PrivateKey) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, private.private_bytes_raw())
        os.fsync(fd)
    finally:
        os.close(fd)
    sync_dir(path.parent)


def at_rest_private_key(db: sqlite_utils.Database, *, create: bool = False) -> X25519PrivateKey | None:
    """The systemd credential (TPM2-bound where the board has one, made at install) when there is
    one, else the key file beside the store, made on first use."""
    credential = keyfiles.credential_path(KEY_FILE)
    path = credential if credential is not None else key_dir(db) / KEY_FILE
    if not path.exists():
        if not create:
            return None
        try:
            _write_key(path, X25519PrivateKey.generate())
            log.warning(
                "made the terminal's at-rest sealing key: items are re-sealed once the platform key is known"
            )
        except FileExistsError:
            pass  # made a moment ago by another thread: use that one
    raw = path.read_bytes()
    if len(raw) != 32:
        raise ValueError(f"{path} is not an X25519 private key (expected 32 bytes)")
    return X25519PrivateKey.from_private_bytes(raw)


def terminal_private_keys(db: sqlite_utils.Database) -> dict[bytes, X25519PrivateKey]:
    keys: list[X25519PrivateKey] = []
    at_rest = at_rest_private_key(db)
    if at_rest is not None:
        keys.append(at_rest)
    legacy = get_setting(db, LEGACY_DEV_KEY_SETTING)
    if isinstance(legacy, dict) and legacy.get("private"):
        keys.append(X25519PrivateKey.from_private_bytes(base64.b64decode(str(legacy["private"]))))
    return {sealing.key_id(k.public_key()): k for k in keys}


def platform_key_ids(db: sqlite_utils.Database) -> set[bytes]:
    """Every sealing key the platform has named: enrolment's, each verified catalog's."""
    ids = {bytes.fromhex(str(k)) for k in get_setting(db, KEY_PLATFORM_KEY_IDS) or []}
    current = get_setting(db, KEY_SEAL)
    if current:  # enrolled before the list was kept
        ids.add(sealing.key_id(sealing.public_key_from_raw(base64.b64decode(str(current)))))
    return ids


def sealing_key(db: sqlite_utils.Database) -> tuple[X25519PublicKey, bool]:
    """The platform's key once known (True), else the terminal's at-rest key, made on first use (False)."""
    try:
        return sealing.public_key_from_raw(load_credentials(db).seal_public_key), True
    except NotEnrolled:
        private = at_rest_private_key(db, create=True)
        assert private is not None
        return private.public_key(), False


def client_key_id(raw_public_key: bytes) -> bytes:
    """The key id of the sealing key in the credentials a client talks to the platform with."""
    return sealing.key_id(sealing.public_key_from_raw(raw_public_key))


def check_platform_sealed(
    db: sqlite_utils.Database, envelope: bytes, what: str = "item", also: frozenset[bytes] = frozenset()
) -> None:
    """``also``: key ids known to be the platform's from elsewhere (the client's enrolment credentials)."""
    kid = sealing.read_header(envelope).key_id
    if kid not in also and kid not in platform_key_ids(db):
        raise NotPlatformSealed(f"{what} is sealed to key {kid.hex()}, which is not a platform key")


# --------------------------------------------------------------------------- re-sealing


@dataclass
class ResealReport:
    applications: int = 0
    small: int = 0
    failed: int = 0  # could not be opened with any terminal key: the uploader flags them


def _header_key(data: bytes) -> bytes | None:
    try:
        return sealing.read_header(data).key_id
    except sealing.SealError:
        return None  # not an envelope (nothing sealed) or a format this build cannot read


def _file_head(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(64)


def _resealed_name(path: Path, platform_kid: bytes) -> Path:
    stem = path.name.removesuffix(".sealed").split(".k", 1)[0]
    return path.with_name(f"{stem}.k{platform_kid.hex()}.sealed")


def _reseal_application(
    db: sqlite_utils.Database,
    outbox_id: int,
    app_id: str,
    keys: dict[bytes, X25519PrivateKey],
    platform: X25519PublicKey,
) -> bool:
    platform_kid = sealing.key_id(platform)
    payload = applications.sealed_payload(db, app_id)
    materials = [(f.id, f.path) for f in applications.stored_files(db, app_id)]
    payload_kid = None if payload is None else _header_key(payload)
    file_kids = {mid: _header_key(_file_head(path)) for mid, path in materials if path.is_file()}
    from_kids = {k for k in (payload_kid, *file_kids.values()) if k in keys}
    if not from_kids:
        return False
    new_payload = payload
    if payload is not None and payload_kid in keys:
        new_payload = sealing.seal(sealing.open_sealed(payload, keys[payload_kid]), platform)
    replaced: list[tuple[int, Path, Path, str, int]] = []
    # The new files are written inside the transaction that names them, and the old ones deleted in
    # it once no row names them (sync.sealed_files): a clean-up on another thread never sees either
    # file unreferenced.
    with transaction(db):
        try:
            for mid, path in materials:
                kid = file_kids.get(mid)
                if kid not in keys:
                    continue
                sealed = sealing.seal(sealing.open_sealed(path.read_bytes(), keys[kid]), platform)
                new_path = _resealed_name(path, platform_kid)
                sealed_files.write(db, new_path, sealed)
                replaced.append((mid, path, new_path, hashlib.sha256(sealed).hexdigest(), len(sealed)))
            if replaced:
                sync_dir(replaced[0][2].parent)
            now = time.time()
            files = [(mid, new_path, digest, size) for mid, _old, new_path, digest, size in replaced]
            total = applications.replace_sealed(db, app_id, new_payload, files, now)
            # the old bytes' tus uploads (if any began) are abandoned: the platform expires them
            outbox.update(
                db, outbox_id, state=QUEUED, upload_urls=None, bytes_sent=0, bytes_total=total,
                next_attempt_at=None,
            )  # fmt: skip
            audit.append(db, ACTOR, "sync.resealed", {
                "kind": "application",
                "application_id": app_id,
                "from_key_ids": sorted(_kid_text(k) for k in from_kids),
                "to_key_id": _kid_text(platform_kid),
                "files": len(replaced),
            })  # fmt: skip
            # the old files: gone only once the rows above no longer name them; a crash before the
            # commit keeps the old rows and files, and leaves the new files as orphans for the clean-up
            sealed_files.delete_unreferenced(db, [old for _mid, old, _new, _d, _s in replaced])
        except BaseException:
            for _mid, _old, new_path, _d, _s in replaced:  # the rows naming them roll back with us
                new_path.unlink(missing_ok=True)
            raise
    return True


def _reseal_small(
    db: sqlite_utils.Database,
    kind: str,
    ref: str,
    keys: dict[bytes, X25519PrivateKey],
    platform: X25519PublicKey,
) -> bool:
    envelope = resident_records.sealed_envelope(db, kind, ref)
    if envelope is None:
        return False
    kid = _header_key(envelope)
    if kid not in keys:
        return False
    assert kid is not None
    resealed = sealing.seal(sealing.open_sealed(envelope, keys[kid]), platform)
    with transaction(db):
        resident_records.replace_sealed_envelope(db, kind, ref, resealed)
        detail = {"kind": kind, "ref": ref, "from_key_ids": [_kid_text(kid)]}
        audit.append(db, ACTOR, "sync.resealed", {**detail, "to_key_id": _kid_text(sealing.key_id(platform))})
    return True


def reseal_queued(db: sqlite_utils.Database) -> ResealReport:
    """Seal every not-yet-sent item that a terminal key sealed to the platform's key instead."""
    report = ResealReport()
    try:
        keys = terminal_private_keys(db)
        platform = sealing.public_key_from_raw(load_credentials(db).seal_public_key)
    except (NotEnrolled, ValueError):
        return report
    if not keys:
        return report
    for item in outbox.items_in(db, RESEALABLE_STATES):
        outbox_id, kind, ref = item.id, item.kind, item.ref
        try:
            if kind == "application":
                report.applications += _reseal_application(db, outbox_id, ref, keys, platform)
            elif kind in resident_records.SEALED_KINDS:
                report.small += _reseal_small(db, kind, ref, keys, platform)
        except (sealing.SealError, OSError) as exc:
            report.failed += 1
            log.error("outbox item %s (%s) could not be re-sealed: %s", outbox_id, kind, type(exc).__name__)
    if report.applications or report.small:
        log.warning(
            "re-sealed %d application(s) and %d small item(s) from the terminal key to the platform key",
            report.applications,
            report.small,
        )
    drop_at_rest_key_if_unused(db)
    return report


def _sealed_to(db: sqlite_utils.Database, kind: str, ref: str, kid: bytes) -> bool:
    if kind == "application":
        payload = applications.sealed_payload(db, ref)
        heads = [_file_head(f.path) for f in applications.stored_files(db, ref) if f.path.is_file()]
        return any(_header_key(data) == kid for data in (payload or b"", *heads))
    if kind in resident_records.SEALED_KINDS:
        envelope = resident_records.sealed_envelope(db, kind, ref)
        return envelope is not None and _header_key(envelope) == kid
    return False


def drop_at_rest_key_if_unused(db: sqlite_utils.Database) -> bool:
    """Once enrolled and nothing kept is sealed to it any more, the at-rest key file goes: a thief
    who takes the disk later finds no key that opens anything."""
    private = at_rest_private_key(db)
    if private is None or keyfiles.credential_path(KEY_FILE) is not None:
        return False  # none, or an encrypted credential (not on the disk in clear) the kiosk cannot remove
    try:
        load_credentials(db)
    except NotEnrolled:
        return False  # still the key new items are sealed to
    kid = sealing.key_id(private.public_key())
    for item in outbox.items_in(db, (*outbox.PENDING_STATES, outbox.NEEDS_ATTENTION)):
        if _sealed_to(db, item.kind, item.ref, kid):
            return False  # not re-sealed yet (or could not be): it still needs the key
    path = key_dir(db) / KEY_FILE
    path.unlink()
    sync_dir(path.parent)
    audit.append(db, ACTOR, "sync.at_rest_key_dropped", {"key_id": _kid_text(kid)})
    log.warning("the at-rest sealing key is no longer needed and was deleted (key id %s)", kid.hex())
    return True


def _kid_text(kid: bytes) -> str:
    """A key id as the audit log writes it: hex in colon-separated pairs (a fingerprint's usual form).
    Plain hex sometimes holds a run of digits that reads as a phone number, and the audit log refuses
    anything that looks like personal data: a terminal with such a key could never record a re-seal."""
    return kid.hex(":")
