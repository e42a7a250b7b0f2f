"""The terminal's request-signing key comes from its systemd credential first; the 0600 file in the
data directory is only the fallback, used and made only when no credential exists.

Set up as on a terminal: `packaging/bin/kiosk-credentials` (what postinst runs) encrypts the keys
with the real `systemd-creds` and writes the units' drop-in; then, as systemd does when it starts the
unit, every `LoadCredentialEncrypted=` line is decrypted into the service's credentials directory, and
`kiosk-sync --config kiosk.toml` enrols and syncs with `CREDENTIALS_DIRECTORY` pointing there.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync_kit import write_kiosk_toml

from sync.cli import main as kiosk_sync

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
# no TPM and no host key here: "auto-initrd" seals without one and, unlike "auto", does not create
# /var/lib/systemd/credential.secret on the test machine; on a terminal postinst uses "auto"
TEST_WITH_KEY = "auto-initrd"


def provision(etc: Path) -> Path:
    """Run the install's credential step into ``etc``; returns the kiosk unit's drop-in."""
    subprocess.run(
        [str(PACKAGING / "bin" / "kiosk-credentials"), str(etc / "credstore.encrypted"), str(etc / "system"),
         TEST_WITH_KEY],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return etc / "system" / "township-kiosk.service.d" / "credentials.conf"


def start_unit(drop_in: Path, run_dir: Path) -> Path:
    """What systemd does for each LoadCredentialEncrypted=NAME:PATH when it starts the service."""
    run_dir.mkdir(mode=0o700)
    for line in drop_in.read_text().splitlines():
        if line.startswith("LoadCredentialEncrypted="):
            name, _, path = line.partition("=")[2].partition(":")
            subprocess.run(
                ["systemd-creds", "decrypt", f"--name={name}", path, str(run_dir / name)],
                check=True, capture_output=True, timeout=60,
            )  # fmt: skip
    return run_dir


def public_raw(private_raw: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private_raw).public_key().public_bytes_raw()


def enrol_and_sync(platform, config_dir: Path) -> str:
    toml = str(config_dir / "kiosk.toml")
    token = platform.enrol_token()
    assert kiosk_sync(["--config", toml, "--create-db", "enrol", "--url", platform.url, f"--token={token}",
                       "--name", "乡镇便民服务站"]) == 0  # fmt: skip
    assert kiosk_sync(["--config", toml, "run-once"]) == 0  # every request signed and accepted
    (seen,) = [t for t in platform.storage.terminals() if t.last_seen is not None]
    return seen.id


def test_the_signing_key_comes_from_the_units_credential(platform, tmp_path, monkeypatch):
    drop_in = provision(tmp_path / "etc")
    assert "LoadCredentialEncrypted=terminal-signing.key:" in drop_in.read_text()
    credentials = start_unit(drop_in, tmp_path / "run-credentials")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    write_kiosk_toml(tmp_path, "")
    terminal_id = enrol_and_sync(platform, tmp_path)
    (terminal,) = [t for t in platform.storage.terminals() if t.id == terminal_id]
    key = (credentials / "terminal-signing.key").read_bytes()
    assert terminal.public_key == public_raw(key)  # enrolment registered the credential's key
    data = tmp_path / "data"
    assert not (data / "keys" / "terminal-signing.key").exists()  # no copy beside the database
    assert key not in (data / "kiosk.db").read_bytes()


def test_without_a_credential_the_fallback_file_is_made_and_moves_into_one(platform, tmp_path, monkeypatch):
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    write_kiosk_toml(tmp_path, "")
    enrol_and_sync(platform, tmp_path)
    key_file = tmp_path / "data" / "keys" / "terminal-signing.key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    # the technician encrypts it into a credential (SECURITY.md) and adds it to the unit's drop-in
    etc = tmp_path / "etc"
    (etc / "credstore.encrypted").mkdir(parents=True, mode=0o700)
    sealed = etc / "credstore.encrypted" / "township-kiosk.terminal-signing.key"
    subprocess.run(
        ["systemd-creds", "encrypt", f"--with-key={TEST_WITH_KEY}", "--name=terminal-signing.key",
         str(key_file), str(sealed)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    drop_in = etc / "township-kiosk.service.d" / "credentials.conf"
    drop_in.parent.mkdir(parents=True)
    drop_in.write_text(f"[Service]\nLoadCredentialEncrypted=terminal-signing.key:{sealed}\n")
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(start_unit(drop_in, tmp_path / "run-credentials")))
    assert kiosk_sync(["--config", str(tmp_path / "kiosk.toml"), "run-once"]) == 0
    assert not key_file.exists()  # the clear copy is gone once the credential holds the same key


@pytest.mark.parametrize("credential", ["another key", "not a key"])
def test_a_credential_other_than_the_enrolled_key_is_never_overwritten_by_the_file(
    platform, tmp_path, monkeypatch, capsys, credential
):
    """The credential wins: a kiosk whose credential holds another key signs with it (the platform
    refuses), rather than quietly using a file a disk thief could copy; the file is left alone."""
    monkeypatch.delenv("CREDENTIALS_DIRECTORY", raising=False)
    write_kiosk_toml(tmp_path, "")
    enrol_and_sync(platform, tmp_path)
    key_file = tmp_path / "data" / "keys" / "terminal-signing.key"
    run_dir = tmp_path / "run-credentials"
    run_dir.mkdir()
    other = Ed25519PrivateKey.generate().private_bytes_raw() if credential == "another key" else b"short"
    (run_dir / "terminal-signing.key").write_bytes(other)
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(run_dir))
    assert kiosk_sync(["--config", str(tmp_path / "kiosk.toml"), "run-once"]) != 0
    assert key_file.exists()
    if credential == "not a key":
        assert "credential is not an Ed25519 private key" in capsys.readouterr().err
