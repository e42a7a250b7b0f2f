"""Technician entry: card list by keyed hash, signed QR, scrypt PIN, persisted growing lockout, audit."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from kiosk.ops.tech_auth import Status, TechAuth, load_or_create_key, make_qr
from kiosk.store import audit, open_store

TECH_ID = "410105199001011234"
RESIDENT_ID = "410105198502023456"
PIN = "204816"


class Clock:
    def __init__(self) -> None:
        self.t = 1_800_000_000.0

    def __call__(self) -> float:
        return self.t


def _raw(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


@pytest.fixture
def setup(tmp_path: Path):
    db = open_store(tmp_path / "kiosk.db")
    clock = Clock()
    key = load_or_create_key(tmp_path / "secrets" / "tech-card.key")
    auth = TechAuth(db, key, "kiosk-0001", clock)
    auth.add_card(TECH_ID)
    auth.set_pin(PIN)
    signer = Ed25519PrivateKey.generate()
    auth.trust_qr_key(_raw(signer))
    yield auth, db, clock, signer, tmp_path
    db.conn.close()


def test_card_then_pin_enters_and_leaving_wipes(setup) -> None:
    auth, db, _, _, tmp_path = setup
    assert auth.present_card(RESIDENT_ID).status is Status.REJECTED
    assert auth.enter_pin(PIN).status is Status.REJECTED  # no credential presented
    step = auth.present_card(TECH_ID.lower())
    assert step.status is Status.AWAIT_PIN and step.tech_ref.startswith("card:")
    assert auth.enter_pin(PIN).status is Status.ENTERED
    auth.action("printer.test_page", {"result": "ok"})
    left = auth.leave()
    assert left.wipe and left.tech_ref == step.tech_ref
    with pytest.raises(PermissionError):
        auth.action("after.leaving")

    actions = [e.action for e in reversed(audit.entries(db, 100))]
    assert actions[-4:] == ["tech.credential_accepted", "tech.entered", "tech.action", "tech.left"]
    assert "tech.card_unknown" in actions and "tech.entered" in actions and "tech.left" in actions
    assert audit.verify(db).ok
    # Neither the ID number nor the PIN is anywhere in the database file or the key file.
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    blob = (tmp_path / "kiosk.db").read_bytes()
    for secret in (TECH_ID, RESIDENT_ID, PIN):
        assert secret.encode() not in blob
    assert (tmp_path / "secrets" / "tech-card.key").stat().st_mode & 0o077 == 0


def test_signed_qr_accepted_forged_expired_and_foreign_refused(setup) -> None:
    auth, _, clock, signer, _ = setup
    good = make_qr(signer, "T-0012", "kiosk-0001", ttl_s=600, now=clock.t)
    assert auth.present_qr(good).status is Status.AWAIT_PIN
    assert auth.enter_pin(PIN).status is Status.ENTERED
    auth.leave()

    stranger = Ed25519PrivateKey.generate()
    forged = make_qr(stranger, "T-0012", "kiosk-0001", ttl_s=600, now=clock.t)
    assert auth.present_qr(forged).reason == "signature not from a trusted key"
    other = make_qr(signer, "T-0012", "kiosk-0999", ttl_s=600, now=clock.t)
    assert auth.present_qr(other).reason == "code issued for another terminal"
    body, sig = good[4:].split(".")
    tampered = "KT1." + body[:-2] + ("A" if body[-2] != "A" else "B") + body[-1] + "." + sig
    assert auth.present_qr(tampered).status is Status.REJECTED
    clock.t += 601
    late = auth.present_qr(make_qr(signer, "T-0012", "kiosk-0001", ttl_s=600, now=clock.t - 601))
    assert late.reason == "code expired"
    assert late.status is Status.REJECTED  # bad codes never lock anyone out


def test_a_code_works_once_for_one_terminal_and_a_short_while(setup) -> None:
    auth, _, clock, signer, _ = setup
    code = make_qr(signer, "T-0012", "kiosk-0001", ttl_s=600, now=clock.t)
    assert auth.present_qr(code).status is Status.AWAIT_PIN
    assert auth.enter_pin(PIN).status is Status.ENTERED
    auth.leave()
    # the same code again (photographed over the technician's shoulder): refused
    assert auth.present_qr(code).reason == "code already used"
    assert auth.present_qr(make_qr(signer, "T-0012", "*", ttl_s=600, now=clock.t)).reason == (
        "code issued for another terminal"
    )
    with pytest.raises(ValueError):
        make_qr(signer, "T-0012", "kiosk-0001", ttl_s=8 * 3600, now=clock.t)
    # a code someone signed for days by hand is refused here too
    import base64
    import json

    payload = json.dumps(
        {"v": 1, "tech": "T-0012", "terminal": "kiosk-0001", "exp": clock.t + 86400, "nonce": "n1"}
    ).encode()
    enc = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()  # noqa: E731
    long_lived = "KT1." + enc(payload) + "." + enc(signer.sign(payload))
    assert auth.present_qr(long_lived).reason == "code lives longer than a technician code may"


def test_fake_codes_from_the_scanner_cannot_lock_technicians_out(setup) -> None:
    auth, db, clock, _, _ = setup
    stranger = Ed25519PrivateKey.generate()
    for i in range(20):
        fake = make_qr(stranger, f"T-{i}", "kiosk-0001", ttl_s=600, now=clock.t)
        assert auth.present_qr(fake).status is Status.REJECTED
        assert auth.present_qr("KT1.garbage.garbage").status is Status.REJECTED
    assert auth.locked_for() == 0.0
    assert auth.present_card(TECH_ID).status is Status.AWAIT_PIN
    assert auth.enter_pin(PIN).status is Status.ENTERED
    rejected = [e for e in audit.entries(db, 100) if e.action == "tech.qr_rejected"]
    assert len(rejected) == 40  # each one audited


def test_wrong_pins_lock_out_with_growing_persisted_delays(setup) -> None:
    auth, db, clock, _, _ = setup
    delays = []
    for _ in range(5):
        assert auth.present_card(TECH_ID).status is Status.AWAIT_PIN
        step = auth.enter_pin("000000")
        delays.append(step.retry_after_s)
        if step.status is Status.LOCKED:
            # While locked, even the right card is refused before any PIN is asked.
            assert auth.present_card(TECH_ID).status is Status.LOCKED
            clock.t += step.retry_after_s
    assert delays == [0.0, 0.0, 30.0, 60.0, 120.0]

    assert auth.present_card(TECH_ID).status is Status.AWAIT_PIN
    step = auth.enter_pin("111111")
    assert step.status is Status.LOCKED and step.retry_after_s == 240.0
    # A restart (a new TechAuth on the same store) keeps the lockout.
    again = TechAuth(db, auth.card_key, "kiosk-0001", clock)
    assert again.present_card(TECH_ID).status is Status.LOCKED
    assert again.locked_for() == 240.0
    clock.t += 240
    assert again.present_card(TECH_ID).status is Status.AWAIT_PIN
    assert again.enter_pin(PIN).status is Status.ENTERED
    again.leave()
    # Success resets the count: the next wrong PIN is free again.
    again.present_card(TECH_ID)
    assert again.enter_pin("999999").status is Status.REJECTED
    failures = [e for e in audit.entries(db, 200) if e.action == "tech.pin_rejected"]
    assert len(failures) == 7 and all("card:" in e.actor for e in failures)


def test_pin_rules_and_removed_cards(setup) -> None:
    auth, _, _, _, _ = setup
    with pytest.raises(ValueError):
        auth.set_pin("1234")
    assert auth.remove_card(TECH_ID)
    assert not auth.remove_card(TECH_ID)
    assert auth.present_card(TECH_ID).status is Status.REJECTED
