"""The stolen-disk attack: a copy of kiosk.db alone gives back no ID number and no terminal identity.

The attacker has the database file and tries every secret-looking value in it as the key of the
applicant tokens, over a candidate list that contains the true ID number (as brute force over the
ID-number space would reach it). None of them reproduces a stored token; nor is the terminal's
signing key in the copy.
"""

from __future__ import annotations

import base64
import shutil
import sqlite3
import stat

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.core.journey.numbers import applicant_token
from kiosk.journey_adapters.store import JourneyStore
from kiosk.store import keyfiles
from sync.engine.client import Credentials
from sync.engine.state import load_credentials, save_credentials

ID_NUMBER = "110101199003074514"


def candidate_ids(true_id: str, count: int = 2000) -> list[str]:
    """Birth dates around the true one, the true sequence digits: the attacker's narrowed search."""
    base = int(true_id[14:17])
    return [true_id[:14] + f"{(base + i) % 1000:03d}" + true_id[17] for i in range(-count // 2, count // 2)]


def every_secret_looking_value(db_copy) -> list[bytes]:
    conn = sqlite3.connect(db_copy)
    values: list[bytes] = []
    for table, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in conn.execute(f'SELECT * FROM "{table}"').fetchall():
            for value in row:
                if isinstance(value, bytes):
                    values.append(value)
                elif isinstance(value, str):
                    values.append(value.encode())
                    for decode in (bytes.fromhex, base64.b64decode):
                        try:
                            values.append(decode(value.strip('"')))
                        except ValueError:
                            pass
    conn.close()
    return values


def test_a_copy_of_the_database_alone_does_not_give_the_id_number_back(tmp_path, store_copy):
    db = store_copy(tmp_path / "kiosk" / "kiosk.db")
    store = JourneyStore(db, tmp_path / "kiosk" / "sealed", X25519PrivateKey.generate().public_key(), "0001")
    stored_token = store.token(ID_NUMBER)
    save_credentials(db, Credentials("https://p.example", "T-1", b"s" * 32, b"p" * 32, None, b"i" * 32))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    stolen = tmp_path / "stolen.db"
    shutil.copyfile(tmp_path / "kiosk" / "kiosk.db", stolen)

    keys = every_secret_looking_value(stolen)
    assert keys  # the copy is not empty: there is plenty to try
    candidates = candidate_ids(ID_NUMBER)
    assert ID_NUMBER in candidates
    for key in keys:
        assert all(applicant_token(key, c) != stored_token for c in candidates)
        assert b"s" * 32 not in key  # nor the terminal's signing key
    # with the key file too (the whole disk, no TPM) the attack works: the file is what protects
    key_file = keyfiles.keys_dir(db) / "applicant-token.key"
    assert applicant_token(key_file.read_bytes(), ID_NUMBER) == stored_token
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700


def test_an_older_kiosks_secret_moves_out_of_the_database_and_its_tokens_stay_valid(tmp_path, store_copy):
    from kiosk.store.settings import get_setting, set_setting

    db = store_copy(tmp_path / "kiosk" / "kiosk.db")
    old_secret = bytes(range(32))
    set_setting(db, "journey.terminal_secret", old_secret.hex())
    store = JourneyStore(db, tmp_path / "kiosk" / "sealed", X25519PrivateKey.generate().public_key(), "0001")
    assert store.token(ID_NUMBER) == applicant_token(old_secret, ID_NUMBER)
    assert get_setting(db, "journey.terminal_secret") is None
    # and its bytes are overwritten in the file, not left on a free page for a thief to read
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert old_secret.hex().encode() not in (tmp_path / "kiosk" / "kiosk.db").read_bytes()


def test_a_systemd_credential_is_preferred_to_the_fallback_file(tmp_path, store_copy, monkeypatch):
    db = store_copy(tmp_path / "kiosk" / "kiosk.db")
    credentials = tmp_path / "run-credentials"
    credentials.mkdir()
    (credentials / "applicant-token.key").write_bytes(b"c" * 32)
    (credentials / "terminal-signing.key").write_bytes(b"t" * 32)
    at_rest = X25519PrivateKey.generate()
    (credentials / "at-rest-seal.key").write_bytes(at_rest.private_bytes_raw())
    monkeypatch.setenv("CREDENTIALS_DIRECTORY", str(credentials))
    from sync.at_rest import at_rest_private_key, sealing_key

    # before enrolment residents' data is sealed to the credential's key; no key file is made
    assert sealing_key(db)[0].public_bytes_raw() == at_rest.public_key().public_bytes_raw()
    assert not (keyfiles.keys_dir(db) / "at-rest-seal.key").exists()
    assert at_rest_private_key(db).private_bytes_raw() == at_rest.private_bytes_raw()
    store = JourneyStore(db, tmp_path / "kiosk" / "sealed", X25519PrivateKey.generate().public_key(), "0001")
    assert store.token(ID_NUMBER) == applicant_token(b"c" * 32, ID_NUMBER)
    assert not (keyfiles.keys_dir(db) / "applicant-token.key").exists()
    from kiosk.store.settings import set_setting

    for key, value in {
        "sync.platform_url": "https://p.example",
        "sync.terminal_id": "T-1",
        "sync.seal_public_key": base64.b64encode(b"p" * 32).decode(),
        "sync.platform_identity_key": base64.b64encode(b"i" * 32).decode(),
    }.items():
        set_setting(db, key, value)
    assert load_credentials(db).signing_key == b"t" * 32


def test_the_applicant_token_goes_with_the_applications_sealed_content(tmp_path, store_copy):
    import time

    from kiosk.store import outbox
    from sync.engine import retention
    from sync.outbox import ApplicationDraft, record_application

    db = store_copy(tmp_path / "kiosk" / "kiosk.db")
    store = JourneyStore(db, tmp_path / "kiosk" / "sealed", X25519PrivateKey.generate().public_key(), "0001")
    draft = ApplicationDraft(
        application_id="app-1",
        acceptance_no="0001-20261206-0001",
        matter_codes=["410000-001"],
        catalog_version="2026.11.1",
        applicant_masked="张*",
        applicant_token=store.token(ID_NUMBER),
    )
    record_application(db, tmp_path / "kiosk" / "sealed", store.seal_key(), draft, b"{}", [("M01", b"x")])
    assert [s.acceptance_no for s in store.applications_for(ID_NUMBER)] == ["0001-20261206-0001"]
    (item,) = outbox.items_in(db, outbox.PENDING_STATES)
    outbox.update(db, item.id, state=outbox.ACKNOWLEDGED)
    assert retention.purge(db, 30 * 86400, now=time.time() + 31 * 86400).applications == 1
    row = db.execute("SELECT applicant_token, acceptance_no FROM applications").fetchone()
    assert tuple(row) == ("", "0001-20261206-0001")  # nothing left to test ID-number guesses against
    assert store.applications_for(ID_NUMBER) == []
    assert store.application("0001-20261206-0001") is not None  # the receipt's number still answers

