"""Attacks on the platform link: plain http, a swapped sealing key at enrolment, forged receipts.

A man in the middle (`sync_mitm_proxy`, an HTTP proxy on loopback) stands between the kiosk and a
real platform. The kiosk must refuse to enrol through it when it changes the answer, and must not
take its receipts or status pages for the platform's: nothing acknowledged, nothing purged.
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import pytest
from sync_kit import make_application
from sync_mitm_proxy import MitmProxy

from kiosk.store.settings import get_setting
from sync.engine import retention
from sync.engine.client import Credentials, EnrolmentRefused, PlatformClient, enrol, new_signing_key
from sync.engine.engine import SyncEngine
from sync.engine.errors import InsecureLink, NotEnrolled
from sync.engine.state import KEY_CURSOR, load_credentials


@pytest.fixture
def mitm(platform):
    proxy = MitmProxy(platform.url)
    yield proxy
    proxy.close()


def outbox_states(db):
    return dict(db.execute("SELECT ref, state FROM outbox WHERE kind = 'application'").fetchall())


def sealed_files(db, application_id):
    rows = db.execute("SELECT path FROM materials WHERE application_id = ?", [application_id]).fetchall()
    return [Path(r[0]) for r in rows if r[0]]


def test_plain_http_needs_the_development_flag_and_a_loopback_host(platform, monkeypatch):
    monkeypatch.delenv("KIOSK_SYNC_DEV_PLAIN_HTTP")
    with pytest.raises(InsecureLink):
        enrol(platform.url, platform.enrol_token(), "k")
    stranger = Credentials(platform.url, "T-x", new_signing_key(), b"\0" * 32, None, b"\0" * 32)
    with pytest.raises(InsecureLink):
        PlatformClient(stranger)
    assert platform.storage.terminals() == []  # refused before anything was sent

    monkeypatch.setenv("KIOSK_SYNC_DEV_PLAIN_HTTP", "1")
    for elsewhere in ("http://192.0.2.7:8700", "http://platform.example.org"):
        with pytest.raises(InsecureLink):
            enrol(elsewhere, platform.enrol_token(), "k")
        with pytest.raises(InsecureLink):
            PlatformClient(dataclasses.replace(stranger, platform_url=elsewhere))
    assert enrol(platform.url, platform.enrol_token(), "k").terminal_id  # loopback + flag: development


def test_a_token_without_the_platform_fingerprint_is_refused(platform):
    token = platform.enrol_token()
    with pytest.raises(EnrolmentRefused):
        enrol(platform.url, token.rpartition(".")[0], "k")
    assert platform.storage.terminals() == []


def test_a_sealing_key_swapped_at_enrolment_is_refused(platform, mitm, kiosk_db):
    mitm.swap_seal_key = True
    with pytest.raises(EnrolmentRefused, match="not signed by the platform"):
        enrol(mitm.url, platform.enrol_token(), "k")
    # the attacker re-signs the swapped answer with its own key and offers that key instead
    mitm.swap_identity = True
    with pytest.raises(EnrolmentRefused, match="not the one the enrolment token names"):
        enrol(mitm.url, platform.enrol_token(), "k")
    with pytest.raises(NotEnrolled):
        load_credentials(kiosk_db)

    # the same proxy, changing nothing, is no obstacle: only the forgery is refused
    mitm.swap_seal_key = mitm.swap_identity = False
    creds = enrol(mitm.url, platform.enrol_token(), "k")
    assert creds.seal_public_key != mitm.seal_key.public_key().public_bytes_raw()


def test_forged_receipts_and_status_acknowledge_nothing_and_purge_nothing(
    platform, mitm, kiosk_db, creds, tmp_path
):
    ids = [make_application(kiosk_db, tmp_path / "files", creds) for _ in range(2)]
    files = [f for i in ids for f in sealed_files(kiosk_db, i)]
    assert files and all(f.exists() for f in files)
    via_mitm = PlatformClient(dataclasses.replace(creds, platform_url=mitm.url))
    mitm.fake_receipts = True
    mitm.fake_status = [
        {
            "application_id": ids[0],
            "case_no": "FAKE-0001",
            "state": "completed",
            "changed_at": 1.0,
            "note": "x",
        }
    ]
    try:
        for _ in range(3):  # the retries' pauses are skipped: what is checked is where the items end
            SyncEngine(kiosk_db, via_mitm, sleep=lambda _s: None).run_once(now=True)
        assert any(p.startswith("/v1/applications") for p in mitm.forged)
        assert set(outbox_states(kiosk_db).values()) <= {
            "queued",
            "uploading",
            "committing",
            "sent-no-answer",
        }
        # the retention purge, even with every deadline long past, finds nothing it may delete
        report = retention.purge(kiosk_db, 0, now=time.time() + 10 * 365 * 86400)
        assert report.applications == 0 and all(f.exists() for f in files)
        assert kiosk_db.execute("SELECT count(*) FROM sync_case_status").fetchone()[0] == 0
        assert get_setting(kiosk_db, KEY_CURSOR) != "forged"
        assert platform.storage.applications() == []  # the platform never had them

        # the attacker leaves: the same queue drains to the real platform, receipts verified
        mitm.fake_receipts, mitm.fake_status = False, None
        SyncEngine(kiosk_db, via_mitm).run_once(now=True)
        assert set(outbox_states(kiosk_db).values()) <= {"acknowledged", "status-synced"}
        assert {a.id for a in platform.storage.applications()} == set(ids)
    finally:
        via_mitm.close()


def test_a_forged_status_page_changes_no_case(platform, mitm, kiosk_db, creds, tmp_path):
    app_id = make_application(kiosk_db, tmp_path / "files", creds)
    via_mitm = PlatformClient(dataclasses.replace(creds, platform_url=mitm.url))
    try:
        SyncEngine(kiosk_db, via_mitm).run_once(now=True)  # through the proxy, unchanged: all genuine
        assert outbox_states(kiosk_db)[app_id] in ("acknowledged", "status-synced")
        cursor = get_setting(kiosk_db, KEY_CURSOR)
        mitm.fake_status = [
            {
                "application_id": app_id,
                "case_no": "FAKE-1",
                "state": "completed",
                "changed_at": 9.0,
                "note": "x",
            }
        ]
        SyncEngine(kiosk_db, via_mitm).run_once(now=True)
        assert any(p.startswith("/v1/status") for p in mitm.forged)
        states = [r[0] for r in kiosk_db.execute("SELECT state FROM sync_case_status").fetchall()]
        assert "completed" not in states
        assert get_setting(kiosk_db, KEY_CURSOR) == cursor
    finally:
        via_mitm.close()


def test_a_forged_document_for_a_left_request_is_never_kept_to_print(platform, mitm, kiosk_db, creds):
    """A man in the middle answers a left print request with a document of its own making (its hash
    consistent, its figures false): unsigned by the platform, it is no answer; nothing is kept to print."""
    import base64 as b64
    import datetime as dt
    import json

    from kiosk.store import print_jobs
    from sync import sealing
    from sync.engine.records import REQUEST_PATH, seal_id
    from sync.platform.records import social_insurance_certificate
    from sync.protocol.documents import DocumentAnswer, document_hash

    real = social_insurance_certificate("411502198005123012", dt.date.today())
    assert real is not None
    fake = real.model_copy(update={"title": "无犯罪记录证明"})
    seal = b64.b64encode(b"x").decode()
    forged = DocumentAnswer(
        document=fake, sha256=document_hash(fake), seal_png=seal, verify_base="http://f.example"
    )
    mitm.fake_posts[REQUEST_PATH] = {"outcome": "print", "answer": forged.model_dump(mode="json")}
    sealed = seal_id("411502198005123012", sealing.public_key_from_raw(creds.seal_public_key))
    job = print_jobs.leave_request(kiosk_db, "m", "social_insurance_certificate", sealed, "terminal")
    via_mitm = PlatformClient(dataclasses.replace(creds, platform_url=mitm.url))
    try:
        SyncEngine(kiosk_db, via_mitm).run_once(now=True)
        assert REQUEST_PATH in mitm.forged
        assert (
            print_jobs.state_of(kiosk_db, job) == print_jobs.AWAITING and print_jobs.to_print(kiosk_db) == []
        )
        mitm.fake_posts.clear()  # the attacker leaves: the platform's own signed answer is kept
        SyncEngine(kiosk_db, via_mitm).run_once(now=True)
        [waiting] = print_jobs.to_print(kiosk_db)
        assert waiting.id == job and json.loads(waiting.answer)["document"]["title"] == "社会保险参保缴费证明"
    finally:
        via_mitm.close()
