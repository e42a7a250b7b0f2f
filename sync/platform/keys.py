"""The platform's sealing keys: the private halves never leave the platform's data directory.

Kiosks seal to the key the signed catalog names (`seal-key.json`, see `catalog_repo`). Rotating
makes a new key current; old private keys are kept, because applications a kiosk sealed before it
saw the new catalog are still in its queue and must stay readable here. An envelope names its key
(the key id in its header), so opening picks the right one.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync import sealing
from sync.protocol import signatures
from sync.protocol.models import SealKeyTarget

SEAL_KEY_FILE = "seal_key.x25519"  # the first key; its name is kept so existing platforms keep working
KEYS_DIR = "seal_keys"
CURRENT_FILE = "current"


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def _raw(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


class SealKeyring:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.keys_dir = data_dir / KEYS_DIR
        self.keys_dir.mkdir(parents=True, exist_ok=True)
        first = data_dir / SEAL_KEY_FILE
        if not first.exists():
            _write_new(first, _raw(X25519PrivateKey.generate()))

    def _all(self) -> list[X25519PrivateKey]:
        paths = [self.data_dir / SEAL_KEY_FILE, *sorted(self.keys_dir.glob("*.x25519"))]
        return [X25519PrivateKey.from_private_bytes(p.read_bytes()) for p in paths]

    def current(self) -> X25519PrivateKey:
        pointer = self.keys_dir / CURRENT_FILE
        if pointer.exists():
            wanted = pointer.read_text().strip()
            for key in self._all():
                if sealing.key_id(key.public_key()).hex() == wanted:
                    return key
            raise RuntimeError(f"current seal key {wanted} is missing from {self.keys_dir}")
        return X25519PrivateKey.from_private_bytes((self.data_dir / SEAL_KEY_FILE).read_bytes())

    def rotate(self) -> X25519PrivateKey:
        """A new current key; every older one stays for envelopes already sealed to it."""
        key = X25519PrivateKey.generate()
        kid = sealing.key_id(key.public_key()).hex()
        _write_new(self.keys_dir / f"{kid}.x25519", _raw(key))
        tmp = self.keys_dir / (CURRENT_FILE + ".tmp")
        tmp.write_text(kid)
        os.replace(tmp, self.keys_dir / CURRENT_FILE)
        return key

    def private_for(self, key_id: bytes) -> X25519PrivateKey | None:
        for key in self._all():
            if sealing.key_id(key.public_key()) == key_id:
                return key
        return None

    def open_sealed(self, envelope: bytes) -> bytes:
        key = self.private_for(sealing.read_header(envelope).key_id)
        if key is None:
            raise sealing.WrongKey("envelope was sealed for a key this platform does not hold")
        return sealing.open_sealed(envelope, key)

    def catalog_target(self) -> bytes:
        """The signed catalog's `seal-key.json`: what kiosks seal to from the next catalog on."""
        return SealKeyTarget.for_key(self.current().public_key()).model_dump_json().encode()


def load_or_create_seal_key(data_dir: Path) -> X25519PrivateKey:
    """The current sealing key (the enrolment answer's bootstrap key)."""
    return SealKeyring(data_dir).current()


IDENTITY_KEY_FILE = "identity.ed25519"
ENROL_TOKEN_TTL_S = 7 * 86400.0


def token_expiry(token: str) -> int | None:
    """The expiry an enrolment token carries (``<secret>.<expiry>.<fingerprint>``), None if none."""
    parts = token.split(".")
    if len(parts) != 3 or not (parts[1].isascii() and parts[1].isdigit()):
        return None
    return int(parts[1])


class PlatformIdentity:
    """The platform's Ed25519 identity: it signs enrolment answers, commit receipts and status pages.

    Its fingerprint ends every enrolment token, so a kiosk enrolled with a token talks only to the
    platform that issued it, whoever sits on the network between them.
    """

    def __init__(self, data_dir: Path) -> None:
        path = data_dir / IDENTITY_KEY_FILE
        if not path.exists():
            _write_new(path, _raw_ed25519(Ed25519PrivateKey.generate()))
        self._key = Ed25519PrivateKey.from_private_bytes(path.read_bytes())
        self.public_raw = self._key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )

    @property
    def fingerprint(self) -> str:
        return signatures.platform_fingerprint(self.public_raw)

    def token(self, secret: str, ttl_s: float = ENROL_TOKEN_TTL_S, now: float | None = None) -> str:
        """An enrolment token: the one-time secret, its expiry (Unix time; the platform refuses it
        after that) and the fingerprint the kiosk checks. The platform stores only its hash."""
        expires = int((time.time() if now is None else now) + ttl_s)
        return f"{secret}.{expires}.{self.fingerprint}"

    def sign(self, statement: bytes) -> bytes:
        return self._key.sign(statement)


def _raw_ed25519(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
