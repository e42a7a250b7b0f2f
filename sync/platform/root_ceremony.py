"""The TUF root key kept offline: made on a removable medium, used only on a machine off the network.

Kiosks trust catalogs through the root metadata, and whoever signs a new root decides which keys
sign catalogs. So the root key never sits on the platform, where a break-in would take it with
everything else. The platform holds only the online keys (targets, snapshot, timestamp) it needs
every hour: a stolen online key can sign catalogs until it is rotated, never a root, and rotating it
(below) shuts the thief out for good, because kiosks take a new root only when the threshold of the
root they already trust has signed it.

A ceremony (the first set-up, and every rotation of an online key) is three steps, carried on the
medium:

1. on the platform, ``kiosk-platform keys request --medium M [--rotate ROLE ...]`` writes the public
   halves of the online keys (a new, pending key for each rotated role) and the current root to
   ``M/root-request.json``;
2. on the offline machine, ``kiosk-platform keys sign-root --medium M [--medium M2 ...]
   [--threshold T] [--new-root-key]``: the root keys on the media (``tuf-root-keys/``, one per key
   holder, made at the first ceremony) sign the next root version naming those keys,
   ``M/<N>.root.json``; it prints the key ids to compare with step 1;
3. on the platform, ``kiosk-platform keys install-root M/<N>.root.json``: refused unless it is the
   next version, signed by the threshold of the current root's root keys and of its own, naming
   online keys the platform holds; then pending keys become current and targets, snapshot and
   timestamp are re-signed with them.

A platform whose root key was made online (``CatalogRepository`` without a ceremony) moves it with
``kiosk-platform keys move-root-offline --medium M``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from securesystemslib.signer import CryptoSigner, Key  # type: ignore[attr-defined]
from tuf.api.exceptions import UnsignedMetadataError

# tuf re-exports these from a private module without __all__, which strict mypy flags
from tuf.api.metadata import Metadata, Root  # type: ignore[attr-defined]
from tuf.api.serialization.json import JSONSerializer

from sync.platform.catalog_repo import ONLINE_ROLES, CatalogRepository, load_key_file, new_key_file

REQUEST_FILE = "root-request.json"
MEDIUM_KEYS_DIR = "tuf-root-keys"
ROOT_LIFETIME = dt.timedelta(days=3 * 365)


class CeremonyError(Exception):
    """A step refused; the message says why. Nothing was changed."""


@dataclass(frozen=True)
class SignedRoot:
    path: Path
    version: int
    keyids: dict[str, list[str]]  # role -> key ids, for the officer to compare with the request


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _key_entry(signer: CryptoSigner) -> dict[str, object]:
    return {"keyid": signer.public_key.keyid, **signer.public_key.to_dict()}


def write_request(repo: CatalogRepository, medium: Path, rotate: Sequence[str] = ()) -> Path:
    """Step 1, on the platform: what the offline machine needs to sign the next root."""
    for role in rotate:
        if role not in ONLINE_ROLES:
            raise CeremonyError(f"{role!r} is not an online role ({', '.join(ONLINE_ROLES)})")
    keys: dict[str, object] = {}
    for role in ONLINE_ROLES:
        if role in rotate:
            pending = repo.pending_key_path(role)
            signer = load_key_file(pending) if pending.exists() else new_key_file(pending)
        else:
            signer = repo.signer(role)
        keys[role] = _key_entry(signer)
    request = {"root": repo.root_bytes().decode() if repo.has_root() else None, "online_keys": keys}
    path = medium / REQUEST_FILE
    _write_file(path, json.dumps(request, indent=2).encode())
    return path


def _medium_signers(medium: Path) -> dict[str, CryptoSigner]:
    folder = medium / MEDIUM_KEYS_DIR
    signers = [load_key_file(p) for p in sorted(folder.glob("*.pem"))] if folder.is_dir() else []
    return {s.public_key.keyid: s for s in signers}


def _new_medium_key(medium: Path) -> CryptoSigner:
    folder = medium / MEDIUM_KEYS_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = folder / "new.pem.tmp"
    tmp.unlink(missing_ok=True)
    signer = new_key_file(tmp)
    os.replace(tmp, folder / f"{signer.public_key.keyid}.pem")
    return signer


def sign_root(
    medium: Path,
    *others: Path,
    new_root_key: bool = False,
    threshold: int | None = None,
) -> SignedRoot:
    """Step 2, on the offline machine: the next root, naming the requested online keys.

    ``others``: more key holders' media (each its own root key), so no one person can sign a root;
    the request is read from, and the root written to, ``medium``. ``threshold``: how many root keys
    must sign the next root (default: as now; 1 at the first ceremony). At the first ceremony each
    medium without a root key gets one; ``new_root_key`` replaces every medium's key.
    """
    media = [medium, *others]
    try:
        request = json.loads((medium / REQUEST_FILE).read_bytes())
        online = {role: request["online_keys"][role] for role in ONLINE_ROLES}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CeremonyError(f"no readable {REQUEST_FILE} on the medium ({type(exc).__name__})") from exc
    held = {k: s for m in media for k, s in _medium_signers(m).items()}
    previous: Metadata[Root] | None = None
    if request.get("root") is None:
        root = Root(version=1, consistent_snapshot=False)
        for m in media:
            if not _medium_signers(m):
                signer = _new_medium_key(m)
                held[signer.public_key.keyid] = signer
        for signer in held.values():
            root.add_key(signer.public_key, Root.type)
    else:
        previous = Metadata[Root].from_bytes(str(request["root"]).encode())
        # a root the platform made up would name keys no medium holds; an expired one is renewed
        _verify(None, previous, expired_ok=True)
        root = Metadata[Root].from_bytes(str(request["root"]).encode()).signed
        root.version += 1
        if not set(previous.signed.roles[Root.type].keyids) & set(held):
            raise CeremonyError("these media hold none of the current root's keys")
        if new_root_key:
            for keyid in list(previous.signed.roles[Root.type].keyids):
                root.revoke_key(keyid, Root.type)
            for m in media:
                signer = _new_medium_key(m)
                held[signer.public_key.keyid] = signer
                root.add_key(signer.public_key, Root.type)
    if threshold is not None:
        if not 1 <= threshold <= len(root.roles[Root.type].keyids):
            raise CeremonyError(
                f"a threshold of {threshold} with {len(root.roles[Root.type].keyids)} root keys"
            )
        root.roles[Root.type].threshold = threshold
    for role, entry in online.items():
        for keyid in list(root.roles[role].keyids):
            root.revoke_key(keyid, role)
        fields = {k: v for k, v in entry.items() if k != "keyid"}
        root.add_key(Key.from_dict(str(entry["keyid"]), fields), role)
    root.expires = _now() + ROOT_LIFETIME
    signed = Metadata(root)
    wanted = set(root.roles[Root.type].keyids)
    if previous is not None:
        wanted |= set(previous.signed.roles[Root.type].keyids)
    for keyid in sorted(wanted & set(held)):
        signed.sign(held[keyid], append=True)
    _verify(previous, signed)
    path = medium / f"{root.version}.root.json"
    _write_file(path, signed.to_bytes(JSONSerializer(compact=False)))
    return SignedRoot(path, root.version, {role: list(r.keyids) for role, r in root.roles.items()})


def _verify(current: Metadata[Root] | None, new: Metadata[Root], *, expired_ok: bool = False) -> None:
    """What a kiosk checks before it trusts ``new``: the next version, signed by the threshold of the
    root keys of ``current`` (the root it trusts) and of its own."""
    if current is not None and new.signed.version != current.signed.version + 1:
        raise CeremonyError(f"root version {new.signed.version} does not follow {current.signed.version}")
    try:
        if current is not None:
            current.verify_delegate(Root.type, new)
        new.verify_delegate(Root.type, new)
    except UnsignedMetadataError as exc:
        which = "the current root's" if current is not None else "its own"
        raise CeremonyError(f"root version {new.signed.version} is not signed by {which} root keys") from exc
    if not expired_ok and new.signed.is_expired(_now()):
        raise CeremonyError(f"root version {new.signed.version} has expired")


def install_root(repo: CatalogRepository, path: Path) -> int:
    """Step 3, on the platform: install a root signed offline; returns the new targets version."""
    try:
        new = Metadata[Root].from_bytes(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise CeremonyError(f"{path.name} is not TUF root metadata ({type(exc).__name__})") from exc
    current = Metadata[Root].from_bytes(repo.root_bytes()) if repo.has_root() else None
    _verify(current, new)
    promote = []
    for role in ONLINE_ROLES:
        named = set(new.signed.roles[role].keyids)
        pending = repo.pending_key_path(role)
        if pending.exists() and load_key_file(pending).public_key.keyid in named:
            promote.append(role)
        elif not (repo.key_path(role).exists() and repo.signer(role).public_key.keyid in named):
            raise CeremonyError(f"the new root names a {role} key this platform does not hold")
    for role in promote:
        os.replace(repo.pending_key_path(role), repo.key_path(role))
    return repo.install_root(new)


def move_root_offline(repo: CatalogRepository, medium: Path) -> Path:
    """A root key made on the platform goes to the medium and is removed here (checked copy first)."""
    source = repo.key_path(Root.type)
    if not source.exists():
        raise CeremonyError("this platform holds no root key")
    signer = load_key_file(source)
    folder = medium / MEDIUM_KEYS_DIR
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / f"{signer.public_key.keyid}.pem"
    data = source.read_bytes()
    if not target.exists():
        _write_file(target, data)
    if target.read_bytes() != data:
        raise CeremonyError(f"{target} holds another key; nothing was moved")
    # overwritten before it is unlinked: the blocks do not keep the key for an undelete tool
    with open(source, "r+b") as f:
        f.write(b"\0" * len(data))
        f.flush()
        os.fsync(f.fileno())
    source.unlink()
    return target


def _write_file(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
