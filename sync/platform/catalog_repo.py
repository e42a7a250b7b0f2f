"""The catalog, published as TUF metadata (python-tuf) so kiosks can verify it before applying it.

One Ed25519 key per top-level role. The online ones (targets, snapshot, timestamp) are in the
platform's data directory, `keys/<role>.pem`, read at each signing, so a rotated key is used at once.
The root key belongs offline: `root_ceremony` makes it on a removable medium and installs the roots
it signs there. A repository created without a ceremony (development, tests) makes its own root key
in `keys/root.pem`; `kiosk-platform keys move-root-offline` moves such a key to a medium.
Targets are published without consistent snapshots: the kiosk fetches `targets.json` and
`<name>` by plain name, and TUF's version and hash checks do the rest. A target is only ever
removed by an explicit `publish(..., delete=[...])`, which writes a new signed targets version.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from securesystemslib.signer import CryptoSigner  # type: ignore[attr-defined]

# tuf re-exports these from a private module without __all__, which strict mypy flags
from tuf.api.metadata import (  # type: ignore[attr-defined]
    Metadata,
    MetaFile,
    Root,
    Snapshot,
    TargetFile,
    Targets,
    Timestamp,
)
from tuf.api.serialization.json import JSONSerializer

SEAL_KEY_TARGET = "seal-key.json"
ROLES = (Root.type, Targets.type, Snapshot.type, Timestamp.type)
ONLINE_ROLES = (Targets.type, Snapshot.type, Timestamp.type)
PENDING_SUFFIX = ".next.pem"  # an online key made for a rotation, used once a root names it
DEFAULT_EXPIRY = {
    # kiosks may be offline for weeks: long expiries for the catalog itself; but the timestamp, the
    # one role re-signed online, lives a day, so a kiosk fed a frozen catalog (a platform or a network
    # replaying yesterday's metadata) says "may be out of date" within a day, not after weeks
    Root.type: dt.timedelta(days=3 * 365),
    Targets.type: dt.timedelta(days=180),
    Snapshot.type: dt.timedelta(days=180),
    Timestamp.type: dt.timedelta(days=1),
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_key_file(path: Path) -> CryptoSigner:
    """A new Ed25519 key in ``path`` (PEM, 0600), whole or not at all, never over an existing file
    (FileExistsError): written aside, then linked into place."""
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
            f.flush()
            os.fsync(f.fileno())
        os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return load_key_file(path)


def load_key_file(path: Path) -> CryptoSigner:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    return CryptoSigner(key)


class CatalogRepository:
    def __init__(self, repo_dir: Path, *, initialise: bool = True) -> None:
        """``initialise``: make a root (and its key, here) when there is none yet; False for a
        platform whose root comes from an offline ceremony."""
        self.metadata_dir = repo_dir / "metadata"
        self.targets_dir = repo_dir / "targets"
        self.keys_dir = repo_dir / "keys"
        for d in (self.metadata_dir, self.targets_dir, self.keys_dir):
            d.mkdir(parents=True, exist_ok=True)
        self._timestamp_lock = threading.Lock()
        if initialise and not self.has_root():
            self._initialise()

    def has_root(self) -> bool:
        return (self.metadata_dir / "root.json").exists()

    def root_expires(self) -> dt.datetime:
        return Metadata[Root].from_bytes(self.root_bytes()).signed.expires

    def key_path(self, role: str) -> Path:
        return self.keys_dir / f"{role}.pem"

    def pending_key_path(self, role: str) -> Path:
        return self.keys_dir / f"{role}{PENDING_SUFFIX}"

    def signer(self, role: str) -> CryptoSigner:
        """The key ``role`` signs with now, made on first use."""
        path = self.key_path(role)
        try:
            return new_key_file(path)
        except FileExistsError:
            return load_key_file(path)

    def _write(
        self, md: Metadata[Root] | Metadata[Targets] | Metadata[Snapshot] | Metadata[Timestamp]
    ) -> None:
        data = md.to_bytes(JSONSerializer(compact=False))
        role = md.signed.type
        names = [f"{md.signed.version}.root.json", "root.json"] if role == Root.type else [f"{role}.json"]
        for name in names:
            tmp = self.metadata_dir / (name + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, self.metadata_dir / name)

    def _initialise(self) -> None:
        root = Root(expires=_now() + DEFAULT_EXPIRY[Root.type], consistent_snapshot=False)
        for role in ROLES:
            root.add_key(self.signer(role).public_key, role)
        root_md = Metadata(root)
        root_md.sign(self.signer(Root.type))
        self._write(root_md)
        self.publish({}, [])

    def install_root(self, root: Metadata[Root]) -> int:
        """Write a root the caller has verified (`root_ceremony.install_root`), then re-sign targets,
        snapshot and timestamp with the online keys it names; returns the new targets version."""
        self._write(root)
        return self.publish({}, [])

    def root_bytes(self) -> bytes:
        """The trust anchor kiosks are installed (or enrolled) with."""
        return (self.metadata_dir / "root.json").read_bytes()

    def _load_targets(self) -> tuple[Metadata[Targets], int]:
        path = self.metadata_dir / "targets.json"
        if path.exists():
            md = Metadata[Targets].from_bytes(path.read_bytes())
            return md, md.signed.version + 1
        return Metadata(Targets(version=1, expires=_now())), 1

    def publish(
        self,
        files: dict[str, bytes],
        delete: list[str],
        *,
        expiry: dict[str, dt.timedelta] | None = None,
    ) -> int:
        """Add or replace `files`, remove `delete` explicitly; sign new targets/snapshot/timestamp."""
        lifetimes = {**DEFAULT_EXPIRY, **(expiry or {})}
        targets, new_version = self._load_targets()
        for name in delete:
            targets.signed.targets.pop(name, None)
        for name, data in files.items():
            if "/" in name or name.startswith("."):
                raise ValueError(f"target name {name!r} must be a plain file name")
            (self.targets_dir / name).write_bytes(data)
            targets.signed.targets[name] = TargetFile.from_data(name, data, ["sha256"])
        targets.signed.version = new_version
        targets.signed.expires = _now() + lifetimes[Targets.type]
        targets.signatures.clear()
        targets.sign(self.signer(Targets.type))
        self._write(targets)

        snapshot_path = self.metadata_dir / "snapshot.json"
        snapshot_version = (
            Metadata[Snapshot].from_bytes(snapshot_path.read_bytes()).signed.version
            if snapshot_path.exists()
            else 0
        )
        snapshot = Metadata(
            Snapshot(
                version=snapshot_version + 1,
                expires=_now() + lifetimes[Snapshot.type],
                meta={"targets.json": MetaFile(version=targets.signed.version)},
            )
        )
        snapshot.sign(self.signer(Snapshot.type))
        self._write(snapshot)
        self._timestamp(snapshot.signed.version, lifetimes[Timestamp.type])
        return targets.signed.version

    def publish_seal_key(self, document: bytes) -> int | None:
        """Publish `seal-key.json` (keys.SealKeyring.catalog_target) unless it is already the current one."""
        path = self.targets_dir / SEAL_KEY_TARGET
        if path.exists() and path.read_bytes() == document:
            return None
        return self.publish({SEAL_KEY_TARGET: document}, [])

    def keep_timestamp_fresh(self, stop: threading.Event, every_s: float = 3600.0) -> None:
        """Until ``stop`` is set: re-sign the timestamp whenever it is half spent (`kiosk-platform serve`)."""
        while not stop.is_set():
            self.refresh_timestamp()
            stop.wait(every_s)

    def refresh_timestamp(self, lifetime: dt.timedelta = DEFAULT_EXPIRY[Timestamp.type]) -> bool:
        """Re-sign the timestamp for the current snapshot once half its lifetime is gone; True when a
        new one was written. Only a platform that stops doing this (or a feed frozen on the way)
        lets kiosks see it expire."""
        with self._timestamp_lock:
            path = self.metadata_dir / "timestamp.json"
            current = Metadata[Timestamp].from_bytes(path.read_bytes()).signed
            if current.expires - _now() > lifetime / 2:
                return False
            self._timestamp(current.snapshot_meta.version, lifetime)
            return True

    def _timestamp(self, snapshot_version: int, lifetime: dt.timedelta) -> None:
        path = self.metadata_dir / "timestamp.json"
        version = Metadata[Timestamp].from_bytes(path.read_bytes()).signed.version if path.exists() else 0
        timestamp = Metadata(
            Timestamp(
                version=version + 1,
                expires=_now() + lifetime,
                snapshot_meta=MetaFile(version=snapshot_version),
            )
        )
        timestamp.sign(self.signer(Timestamp.type))
        self._write(timestamp)
