"""Items sealed before the platform key is known go to the terminal's at-rest key, are re-sealed to the
platform key (one transaction each, audited) before upload, and nothing sealed to another key leaves:
submit through the real app before enrolment, enrol, sync, the platform opens it."""

from __future__ import annotations

import base64
import json
import os
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk.config import load_config
from kiosk.core.journey.complaints import ComplaintRecord
from kiosk.journey_adapters.store import JourneyStore, sealing_key_now
from kiosk.store import audit
from kiosk.store.connection import open_store
from kiosk.store.settings import set_setting
from sync import sealing
from sync.at_rest import at_rest_private_key, key_dir, sealing_key
from sync.engine.client import PlatformClient, enrol
from sync.engine.engine import SyncEngine
from sync.engine.state import save_credentials
from sync.outbox import ApplicationDraft, record_application


def envelopes_the_platform_stored(platform, app_id):
    manifest = json.loads(platform.storage.application(app_id).manifest)
    envelopes = [base64.b64decode(manifest["sealed_payload"])]
    envelopes += [
        (platform.storage.blob_dir / upload).read_bytes()
        for _, upload in platform.storage.attachment_uploads(app_id)
    ]
    return envelopes


def platform_kid(platform) -> bytes:
    return sealing.key_id(platform.keyring.current().public_key())


def queue_application(db, files_dir, key) -> str:
    app_id = str(uuid.uuid4())
    draft = ApplicationDraft(app_id, "A-" + app_id[:8], ["410000-001"], "2026.11.1", "张*", "t")
    record_application(db, files_dir, key, draft, "张三".encode(), [("M01", os.urandom(20_000))])
    return app_id


def test_submitted_through_the_app_before_enrolment_reaches_the_platform_readable(qapp, platform, tmp_path):
    from kiosk.tools.simulate import simulate

    toml = tmp_path / "kiosk.toml"
    toml.write_text(
        f'data_dir = "data"\n[logging]\nconsole = false\n[sync]\nplatform_url = "{platform.url}"\n',
        encoding="utf-8",
    )
    config = load_config(toml)
    [(acceptance_no, _receipt)] = simulate(config, "simple", 1, tmp_path / "receipts")

    db = open_store(config.store_path)
    try:
        app_id, payload = db.execute(
            "SELECT id, sealed_payload FROM applications WHERE acceptance_no = ?", [acceptance_no]
        ).fetchone()
        at_rest = at_rest_private_key(db)
        assert at_rest is not None
        assert (key_dir(db) / "at-rest-seal.key").stat().st_mode & 0o077 == 0  # the kiosk user's alone
        assert sealing.read_header(bytes(payload)).key_id == sealing.key_id(at_rest.public_key())
        old_files = [p for (p,) in db.execute("SELECT path FROM materials WHERE path IS NOT NULL")]

        creds = enrol(platform.url, platform.enrol_token(), "青石镇自助终端")
        save_credentials(db, creds)
        assert sealing_key(db)[1]  # new items now go straight to the platform key
        client = PlatformClient(creds)
        try:
            report = SyncEngine(db, client).run_once()
        finally:
            client.close()
        assert report.resealed == 1 and report.acknowledged == 1, report

        stored = envelopes_the_platform_stored(platform, app_id)
        assert {sealing.read_header(e).key_id for e in stored} == {platform_kid(platform)}
        personal = json.loads(platform.keyring.open_sealed(stored[0]))
        assert personal  # the platform reads what the resident entered
        for envelope in stored[1:]:
            platform.keyring.open_sealed(envelope)
        assert not any(os.path.exists(p) for p in old_files)  # the at-rest copies are gone
        # nothing kept is sealed to the at-rest key any more: the key file goes too
        assert at_rest_private_key(db) is None and not (key_dir(db) / "at-rest-seal.key").exists()
        actions = [r[0] for r in db.execute("SELECT action FROM audit_log ORDER BY seq")]
        assert "sync.resealed" in actions and "sync.at_rest_key_dropped" in actions and audit.verify(db).ok
    finally:
        db.conn.close()


def test_old_dev_key_items_and_small_items_are_resealed_and_a_stranger_key_never_leaves(
    platform, kiosk_db, tmp_path
):
    files = tmp_path / "files"
    # what the journey's old development key left queued on an unenrolled kiosk
    dev = X25519PrivateKey.generate()
    set_setting(kiosk_db, "journey.dev_platform_key", {
        "dev": True,
        "public": base64.b64encode(sealing.public_key_raw(dev.public_key())).decode(),
        "private": base64.b64encode(dev.private_bytes_raw()).decode(),
    })  # fmt: skip
    from_dev = queue_application(kiosk_db, files, dev.public_key())
    # a complaint from the journey store while not enrolled: the at-rest key
    store = JourneyStore(kiosk_db, files, sealing_key_now(kiosk_db), "0001")
    complaint = ComplaintRecord(str(uuid.uuid4()), "wait", True, {"text": "排队太久"}, 1.0)
    store.save_complaint(complaint)
    # a key nobody here holds: it must never be sent
    stranger = queue_application(kiosk_db, files, X25519PrivateKey.generate().public_key())

    creds = enrol(platform.url, platform.enrol_token(), "青石镇自助终端")
    save_credentials(kiosk_db, creds)
    client = PlatformClient(creds)
    try:
        report = SyncEngine(kiosk_db, client).run_once()
    finally:
        client.close()
    assert report.resealed == 1 and report.acknowledged == 1 and report.sent == 1
    assert report.needs_attention == 1

    assert {sealing.read_header(e).key_id for e in envelopes_the_platform_stored(platform, from_dev)} == {
        platform_kid(platform)
    }
    assert platform.storage.application(stranger) is None
    state, error = kiosk_db.execute(
        "SELECT state, last_error FROM outbox WHERE ref = ?", [stranger]
    ).fetchone()
    assert state == "needs-attention" and "not a platform key" in error
    (complaint_post,) = platform.storage.small_items("complaints")
    sealed_body = base64.b64decode(json.loads(complaint_post.body)["sealed_body"])
    assert json.loads(platform.keyring.open_sealed(sealed_body)) == {"text": "排队太久"}
    resealed = [
        json.loads(d)["kind"]
        for (a, d) in kiosk_db.execute("SELECT action, detail FROM audit_log ORDER BY seq")
        if a == "sync.resealed"
    ]
    assert sorted(resealed) == ["application", "complaint"] and audit.verify(kiosk_db).ok


def test_a_key_id_whose_hex_reads_like_a_phone_number_is_still_recorded():
    """8 random bytes in plain hex hold a run of digits like 13812345678 now and then; the audit log
    refuses what looks like personal data, so such a terminal could never record a re-seal (a clean-clone
    run met one). Written in colon-separated pairs, no digit run is longer than two."""
    from kiosk.store.audit import PersonalDataError, check_no_personal_data
    from sync.at_rest import _kid_text

    kid = bytes.fromhex("ab13812345678cde")
    with pytest.raises(PersonalDataError):
        check_no_personal_data({"from_key_ids": [kid.hex()]})
    check_no_personal_data({"from_key_ids": [_kid_text(kid)], "to_key_id": _kid_text(kid)})
