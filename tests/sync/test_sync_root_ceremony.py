"""The TUF root key lives on a removable medium, never on the platform: a break-in that takes every
online key still cannot make kiosks trust a new root, and a stolen online key is shut out by
rotating it through the offline ceremony (`kiosk-platform keys`)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, Root

from sync.engine.catalog import CatalogUpdater, adopt_root, save_root, trusted_root
from sync.platform import root_ceremony
from sync.platform.catalog_repo import load_key_file
from sync.platform.cli import main as platform_cli
from sync.platform.cli import start_warnings
from sync.platform.server import platform_in_thread


def catalog(version: str) -> bytes:
    return json.dumps({"version": version, "matters": ["410000-001"]}).encode()


def keys(platform_dir: Path, *args: str) -> None:
    assert platform_cli(["--data", str(platform_dir), "keys", *args]) == 0


def root_keyids(platform_dir: Path) -> set[str]:
    root = Metadata[Root].from_bytes((platform_dir / "tuf" / "metadata" / "root.json").read_bytes())
    return set(root.signed.roles[Root.type].keyids)


def private_keyids(folder: Path) -> set[str]:
    """Every Ed25519 private key found in PEM files anywhere under ``folder``."""
    found = set()
    for path in folder.rglob("*"):
        if path.is_file() and path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY"):
            found.add(load_key_file(path).public_key.keyid)
    return found


@pytest.fixture
def ceremony(tmp_path):
    """A platform set up by the ceremony: the medium made the root; the platform never held it."""
    platform_dir, medium = tmp_path / "platform", tmp_path / "medium"
    medium.mkdir()
    keys(platform_dir, "request", "--medium", str(medium))
    assert platform_cli(["keys", "sign-root", "--medium", str(medium)]) == 0  # the offline machine
    keys(platform_dir, "install-root", str(medium / "1.root.json"))
    with platform_in_thread(platform_dir) as platform:
        yield platform, medium


def test_the_ceremony_leaves_only_online_keys_on_the_platform(ceremony, tmp_path):
    platform, medium = ceremony
    root = root_keyids(platform.data_dir)
    assert root <= private_keyids(medium)
    assert not root & private_keyids(platform.data_dir)
    assert len(private_keyids(platform.data_dir / "tuf" / "keys")) == 3  # targets, snapshot, timestamp
    platform.catalog.publish({"catalog.json": catalog("2026.12.1")}, [])
    kiosk = CatalogUpdater(tmp_path / "kiosk", platform.url, platform.catalog.root_bytes()).check()
    assert kiosk.status == "updated" and kiosk.document == catalog("2026.12.1")


def _forged_root(platform_dir: Path, signers: list[CryptoSigner], new_root_key: CryptoSigner) -> bytes:
    current = Metadata[Root].from_bytes((platform_dir / "tuf" / "metadata" / "root.json").read_bytes())
    forged = Metadata[Root].from_bytes(current.to_bytes())
    forged.signed.version += 1
    for keyid in list(forged.signed.roles[Root.type].keyids):
        forged.signed.revoke_key(keyid, Root.type)
    forged.signed.add_key(new_root_key.public_key, Root.type)
    forged.signatures.clear()
    for signer in signers:
        forged.sign(signer, append=True)
    return forged.to_bytes()


@pytest.mark.parametrize("signed_by", ["every stolen online key", "a new root key alone"])
def test_a_root_not_signed_by_the_trusted_roots_keys_is_refused(ceremony, tmp_path, signed_by):
    platform, _medium = ceremony
    platform.catalog.publish({"catalog.json": catalog("2026.12.1")}, [])
    kiosk = CatalogUpdater(tmp_path / "kiosk", platform.url, platform.catalog.root_bytes())
    assert kiosk.check().status == "updated"
    # the attacker owns the platform: every key in its data directory, and one of their own
    stolen = [load_key_file(p) for p in (platform.data_dir / "tuf" / "keys").glob("*.pem")]
    theirs = CryptoSigner(Ed25519PrivateKey.generate())
    signers = [*stolen, theirs] if signed_by == "every stolen online key" else [theirs]
    forged = _forged_root(platform.data_dir, signers, theirs)
    forged_path = tmp_path / "2.root.json"
    forged_path.write_bytes(forged)
    # the platform's own install refuses it ...
    assert platform_cli(["--data", str(platform.data_dir), "keys", "install-root", str(forged_path)]) == 2
    # ... and so does a kiosk served it directly, with a catalog signed by the attacker's key
    metadata = platform.catalog.metadata_dir
    (metadata / "2.root.json").write_bytes(forged)
    (metadata / "root.json").write_bytes(forged)
    pem = theirs._private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    platform.catalog.key_path("targets").write_bytes(pem)
    platform.catalog.publish({"catalog.json": catalog("2026.12.666")}, [])
    result = kiosk.check()
    assert result.status == "rejected" and result.document == catalog("2026.12.1")
    assert "root was signed by 0/1 keys" in result.reason
    assert not (tmp_path / "kiosk" / "metadata" / "root_history" / "2.root.json").exists()


def test_a_stolen_online_key_is_rotated_out_without_the_root_key_coming_online(platform, tmp_path):
    """From a platform that made its root key itself (the reference set-up): the key moves to the
    medium, then the targets and timestamp keys (the thief has copies) are replaced through the
    medium; kiosks follow the new root and refuse what the old keys sign."""
    medium = tmp_path / "medium"
    medium.mkdir()
    first_root = platform.catalog.root_bytes()
    platform.catalog.publish({"catalog.json": catalog("2026.12.1")}, [])
    kiosk = CatalogUpdater(tmp_path / "kiosk", platform.url, first_root)
    assert kiosk.check().status == "updated"
    keys(platform.data_dir, "move-root-offline", "--medium", str(medium))
    assert not root_keyids(platform.data_dir) & private_keyids(platform.data_dir)
    stolen_targets_key = platform.catalog.key_path("targets").read_bytes()

    rotate = ["--rotate", "targets", "--rotate", "timestamp"]
    keys(platform.data_dir, "request", "--medium", str(medium), *rotate)
    assert platform_cli(["keys", "sign-root", "--medium", str(medium), "--new-root-key"]) == 0
    keys(platform.data_dir, "install-root", str(medium / "2.root.json"))
    assert not root_keyids(platform.data_dir) & private_keyids(platform.data_dir)
    platform.catalog.publish({"catalog.json": catalog("2026.12.2")}, [])
    followed = kiosk.check()
    assert followed.status == "updated" and followed.document == catalog("2026.12.2")
    assert (tmp_path / "kiosk" / "metadata" / "root_history" / "2.root.json").exists()
    # a new kiosk installed with the first root walks the same chain
    fresh = CatalogUpdater(tmp_path / "fresh-kiosk", platform.url, first_root).check()
    assert fresh.status == "updated" and fresh.document == catalog("2026.12.2")

    platform.catalog.key_path("targets").write_bytes(stolen_targets_key)
    platform.catalog.publish({"catalog.json": catalog("2026.12.666")}, [])
    refused = kiosk.check()
    assert refused.status == "rejected" and refused.document == catalog("2026.12.2")


def test_a_ceremony_step_out_of_order_changes_nothing(ceremony, tmp_path):
    platform, medium = ceremony
    before = platform.catalog.root_bytes()
    # a medium without the root key cannot sign the next root
    other = tmp_path / "other-medium"
    other.mkdir()
    keys(platform.data_dir, "request", "--medium", str(other), "--rotate", "snapshot")
    assert platform_cli(["keys", "sign-root", "--medium", str(other)]) == 2
    # installing the current root again (a replay of an old medium) is refused: not the next version
    replay = ["--data", str(platform.data_dir), "keys", "install-root", str(medium / "1.root.json")]
    assert platform_cli(replay) == 2
    assert platform.catalog.root_bytes() == before


def test_a_kiosk_that_lost_its_tuf_cache_is_not_taken_back_to_the_old_root(ceremony, kiosk_db, tmp_path):
    """After a rotation the kiosk keeps the new root in its store: with its TUF cache gone (a damaged
    card, a reinstall) and the new root withheld, the stolen key still signs nothing it accepts."""
    platform, medium = ceremony
    first_root = platform.catalog.root_bytes()
    save_root(kiosk_db, first_root)  # as enrolment does
    platform.catalog.publish({"catalog.json": catalog("2026.12.1")}, [])
    stolen_targets_key = platform.catalog.key_path("targets").read_bytes()
    keys(platform.data_dir, "request", "--medium", str(medium), "--rotate", "targets")
    assert platform_cli(["keys", "sign-root", "--medium", str(medium)]) == 0
    keys(platform.data_dir, "install-root", str(medium / "2.root.json"))
    platform.catalog.publish({"catalog.json": catalog("2026.12.2")}, [])
    check = CatalogUpdater(tmp_path / "tuf", platform.url, trusted_root(kiosk_db)).check()
    assert check.status == "updated" and adopt_root(kiosk_db, check)
    assert not adopt_root(kiosk_db, check)  # kept once
    installed = tmp_path / "catalog-root.json"  # [sync] catalog_root: the root shipped with the kiosk
    installed.write_bytes(first_root)
    assert trusted_root(kiosk_db, installed) == check.root != first_root  # the newer one wins

    shutil.rmtree(tmp_path / "tuf")
    metadata = platform.catalog.metadata_dir
    (metadata / "2.root.json").unlink()  # the new root withheld, the old one served
    (metadata / "root.json").write_bytes(first_root)
    platform.catalog.key_path("targets").write_bytes(stolen_targets_key)
    platform.catalog.publish({"catalog.json": catalog("2026.12.666")}, [])
    # the attack is real: a kiosk starting from the first root would take it ...
    fooled = CatalogUpdater(tmp_path / "from-first-root", platform.url, first_root).check()
    assert fooled.document == catalog("2026.12.666")
    # ... this kiosk starts from the root it kept and refuses it
    kept = CatalogUpdater(tmp_path / "tuf", platform.url, trusted_root(kiosk_db)).check()
    assert kept.status == "rejected" and kept.document is None


def test_serve_warns_of_a_root_key_online_and_of_a_root_about_to_expire(platform, tmp_path, monkeypatch):
    assert [w for w in start_warnings(platform.catalog) if "root key is on this server" in w]
    medium = tmp_path / "medium"
    medium.mkdir()
    keys(platform.data_dir, "move-root-offline", "--medium", str(medium))
    assert start_warnings(platform.catalog) == []
    monkeypatch.setattr(root_ceremony, "ROOT_LIFETIME", dt.timedelta(days=30))
    keys(platform.data_dir, "request", "--medium", str(medium))
    assert platform_cli(["keys", "sign-root", "--medium", str(medium)]) == 0
    keys(platform.data_dir, "install-root", str(medium / "2.root.json"))
    (warning,) = start_warnings(platform.catalog)
    assert "the TUF root expires on" in warning


def test_one_key_holder_cannot_sign_a_root_where_two_must(tmp_path):
    """Two officers, each with a medium, threshold 2: one of them (or a thief of one medium) with
    every online key cannot make kiosks take a root; the two together can."""
    platform_dir, alice, bob = tmp_path / "platform", tmp_path / "alice", tmp_path / "bob"
    alice.mkdir()
    bob.mkdir()
    keys(platform_dir, "request", "--medium", str(alice))
    both = ["keys", "sign-root", "--medium", str(alice), "--medium", str(bob)]
    assert platform_cli([*both, "--threshold", "2"]) == 0
    keys(platform_dir, "install-root", str(alice / "1.root.json"))
    with platform_in_thread(platform_dir) as platform:
        first_root = platform.catalog.root_bytes()
        platform.catalog.publish({"catalog.json": catalog("2026.12.1")}, [])
        kiosk = CatalogUpdater(tmp_path / "kiosk", platform.url, first_root)
        assert kiosk.check().status == "updated"
        keys(platform_dir, "request", "--medium", str(alice), "--rotate", "targets")
        assert platform_cli(["keys", "sign-root", "--medium", str(alice)]) == 2  # alone: refused

        (alices_key,) = private_keyids(alice)
        signer = load_key_file(next((alice / "tuf-root-keys").glob("*.pem")))
        assert signer.public_key.keyid == alices_key
        forged = Metadata[Root].from_bytes(first_root)
        forged.signed.version = 2
        forged.signed.roles[Root.type].threshold = 1  # she lowers it, signing alone
        forged.signatures.clear()
        forged.sign(signer)
        forged_path = tmp_path / "2.root.json"
        forged_path.write_bytes(forged.to_bytes())
        assert platform_cli(["--data", str(platform_dir), "keys", "install-root", str(forged_path)]) == 2
        (platform.catalog.metadata_dir / "2.root.json").write_bytes(forged.to_bytes())
        refused = kiosk.check()
        assert refused.status == "rejected" and "root was signed by 1/2 keys" in refused.reason

        (platform.catalog.metadata_dir / "2.root.json").unlink()
        assert platform_cli(both) == 0  # together
        keys(platform_dir, "install-root", str(alice / "2.root.json"))
        platform.catalog.publish({"catalog.json": catalog("2026.12.2")}, [])
        followed = kiosk.check()
        assert followed.status == "updated" and followed.document == catalog("2026.12.2")
