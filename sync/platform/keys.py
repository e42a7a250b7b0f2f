"""The platform's sealing key pair: the private half never leaves the platform's data directory."""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

SEAL_KEY_FILE = "seal_key.x25519"


def load_or_create_seal_key(data_dir: Path) -> X25519PrivateKey:
    path = data_dir / SEAL_KEY_FILE
    if not path.exists():
        raw = X25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(raw)
            f.flush()
            os.fsync(f.fileno())
    return X25519PrivateKey.from_private_bytes(path.read_bytes())
