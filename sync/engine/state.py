"""The engine's own rows in the kiosk store: credentials and cursors in `settings`, outbox states.

The SQL is ``kiosk.store``'s: settings through ``kiosk.store.settings`` (one implementation, which
also stamps ``updated_at``), transactions through ``kiosk.store.connection.transaction``, the outbox
states and their lifecycle in ``kiosk.store.outbox`` (re-exported here for the engine's modules).
This module keeps what only sync knows: the names of its settings keys and the credentials' shape.
"""

from __future__ import annotations

import base64

import sqlite_utils

from kiosk.store import keyfiles
from kiosk.store.connection import transaction
from kiosk.store.outbox import (
    ACKNOWLEDGED,
    COMMITTING,
    NEEDS_ATTENTION,
    PENDING_STATES,
    QUEUED,
    SENT,
    SENT_NO_ANSWER,
    STATUS_SYNCED,
    UPLOADING,
)
from kiosk.store.settings import delete_setting, get_setting, set_setting
from sync.engine.client import Credentials
from sync.engine.errors import NotEnrolled

__all__ = [
    "ACKNOWLEDGED",
    "COMMITTING",
    "NEEDS_ATTENTION",
    "PENDING_STATES",
    "QUEUED",
    "SENT",
    "SENT_NO_ANSWER",
    "STATUS_SYNCED",
    "UPLOADING",
    "load_credentials",
    "provisioned_signing_key",
    "remember_platform_key",
    "save_credentials",
]

KEY_URL = "sync.platform_url"
KEY_TERMINAL = "sync.terminal_id"
KEY_SIGNING = "sync.signing_key"  # older kiosks only: moved to SIGNING_KEY_FILE on first load
SIGNING_KEY_FILE = "terminal-signing.key"  # kiosk.store.keyfiles: a copy of kiosk.db cannot act as us
SIGNING_KEY_BYTES = 32  # a raw Ed25519 private key
KEY_SEAL = "sync.seal_public_key"  # enrolment's bootstrap key until a verified catalog brings one
KEY_SEAL_ID = "sync.seal_key_id"
KEY_SEAL_CATALOG_VERSION = "sync.seal_key_catalog_version"  # None: still the bootstrap key
KEY_PLATFORM_KEY_IDS = "sync.platform_key_ids"  # hex ids of every sealing key the platform named
KEY_TUF_ROOT = "sync.tuf_root"  # the platform's TUF root.json (text), fetched at enrolment
KEY_CATALOG_APPLIED = "sync.catalog_applied_version"  # TUF targets version last handed to the kiosk
KEY_TLS_PIN = "sync.tls_pin_pem"
KEY_PLATFORM_IDENTITY = "sync.platform_identity_key"  # public: verifies receipts and status pages
KEY_CURSOR = "sync.status_cursor"
KEY_LAST_SUCCESS = "sync.last_success_at"
KEY_LAST_HEARTBEAT = "sync.last_heartbeat_at"
KEY_CRASH_COUNT = "ops.crash_count"  # written by kiosk.ops.crash at start-up, read for the heartbeat
KEY_LAST_CRASH = "ops.last_crash_at"


def provisioned_signing_key() -> bytes | None:
    """The signing key systemd hands the service as a credential (``LoadCredentialEncrypted=
    terminal-signing.key:...``, made at install): enrolment registers this key, never a new one."""
    return keyfiles.read_credential(SIGNING_KEY_FILE)


def save_credentials(db: sqlite_utils.Database, creds: Credentials) -> None:
    provisioned = provisioned_signing_key()
    if provisioned is None:
        keyfiles.write_secret(db, SIGNING_KEY_FILE, creds.signing_key, replace=True)
    elif provisioned != creds.signing_key:
        # the credential would win at every load, and the platform knows only the other key
        raise ValueError("enrolled with another key than the terminal-signing.key credential")
    else:
        keyfiles.remove_fallback(db, SIGNING_KEY_FILE)  # an earlier enrolment's key: superseded
    with transaction(db):
        set_setting(db, KEY_URL, creds.platform_url)
        set_setting(db, KEY_TERMINAL, creds.terminal_id)
        delete_setting(db, KEY_SIGNING)  # an older kiosk's copy; nothing new is written there
        set_setting(db, KEY_SEAL, base64.b64encode(creds.seal_public_key).decode())
        set_setting(db, KEY_SEAL_CATALOG_VERSION, None)
        set_setting(db, KEY_TLS_PIN, creds.tls_pin_pem)
        set_setting(db, KEY_PLATFORM_IDENTITY, base64.b64encode(creds.platform_key).decode())
        set_setting(db, KEY_CURSOR, None)
        remember_platform_key(db, creds.seal_public_key)


def remember_platform_key(db: sqlite_utils.Database, raw_public_key: bytes) -> None:
    """A key the platform named (enrolment, a verified catalog): envelopes sealed to it may be sent."""
    from sync import sealing

    kid = sealing.key_id(sealing.public_key_from_raw(raw_public_key)).hex()
    with transaction(db):
        known = [str(k) for k in get_setting(db, KEY_PLATFORM_KEY_IDS) or []]
        if kid not in known:
            set_setting(db, KEY_PLATFORM_KEY_IDS, [*known, kid])


def _signing_key(db: sqlite_utils.Database) -> bytes | None:
    """The credential first; the fallback file only when there is none. A file holding the same key
    (encrypted into a credential after enrolment, SECURITY.md) is removed: a copy of the disk must
    not be able to act as this terminal. A file with another key is left for the technician."""
    provisioned = provisioned_signing_key()
    if provisioned is not None:
        if len(provisioned) != SIGNING_KEY_BYTES:
            raise NotEnrolled(
                f"the {SIGNING_KEY_FILE} credential is not an Ed25519 private key "
                f"({len(provisioned)} bytes, not {SIGNING_KEY_BYTES}): re-provision it (SECURITY.md)"
            )
        keyfiles.remove_fallback(db, SIGNING_KEY_FILE, only_if=provisioned)
        keyfiles.forget_setting(db, KEY_SIGNING)
        return provisioned
    key = keyfiles.read_secret(db, SIGNING_KEY_FILE)
    if key is not None:
        return key
    legacy = get_setting(db, KEY_SIGNING)
    if not legacy:
        return None
    key = base64.b64decode(str(legacy))
    keyfiles.write_secret(db, SIGNING_KEY_FILE, key, replace=True)
    keyfiles.forget_setting(db, KEY_SIGNING)
    return key


def load_credentials(db: sqlite_utils.Database) -> Credentials:
    url, terminal, seal = (get_setting(db, k) for k in (KEY_URL, KEY_TERMINAL, KEY_SEAL))
    signing = _signing_key(db) if url and terminal and seal else None
    if not (url and terminal and signing and seal):
        raise NotEnrolled("this kiosk is not enrolled with a platform (kiosk-sync enrol)")
    identity = get_setting(db, KEY_PLATFORM_IDENTITY)
    if not identity:
        # without it no receipt can be verified, and nothing would ever be acknowledged or purged
        raise NotEnrolled("this kiosk's enrolment names no platform identity key (kiosk-sync enrol again)")
    pin = get_setting(db, KEY_TLS_PIN)
    return Credentials(
        str(url),
        str(terminal),
        signing,
        base64.b64decode(seal),
        None if pin is None else str(pin),
        base64.b64decode(str(identity)),
    )
