"""Pension certification and home-visit requests in the core, on a real store with real sealing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from journey_kit import AGENT_ID, PRINCIPAL_ID, card

from kiosk.core.journey.certification import (
    CARD_PHOTO,
    FACE_PHOTO,
    CertificationJourney,
    CertStep,
    FallbackReason,
)
from kiosk.core.journey.home_visit import HomeVisitRequest, VisitDetails, VisitStep, visit_reasons
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.receipt import PrintOutcome
from kiosk.journey_adapters.certification import KindSubmitter, application_kind, done_this_year
from sync import sealing
from sync.engine.feed import purge_face_photos

CERTIFICATION = "11411599MB0000102F200030004000001"
JPEG = b"\xff\xd8\xff\xe0" + b"FACE-FRAME-BYTES" * 64 + b"\xff\xd9"
WLT = b"WLT-CARD-PHOTO" * 73


def elder(**kw):
    return card(name="李秀英", id_number=PRINCIPAL_ID, sex="female", birth_date=dt.date(1945, 3, 3), **kw)


def helper():
    return card(name="王小明", id_number=AGENT_ID, birth_date=dt.date(1990, 2, 2))


@pytest.fixture
def cert_services(services, store):
    services.submitter = KindSubmitter(store, "certification")
    return services


@pytest.fixture
def begin(catalog, cert_services, session):
    return lambda **kw: CertificationJourney(catalog, cert_services, CERTIFICATION, session=session, **kw)


def opened(db, platform_private, application_id):
    row = db.execute("SELECT sealed_payload FROM applications WHERE id = ?", [application_id]).fetchone()
    return json.loads(sealing.open_sealed(bytes(row[0]), platform_private))


def face_files(db, application_id):
    return db.execute(
        "SELECT material_code, path FROM materials WHERE application_id = ? ORDER BY id", [application_id]
    ).fetchall()


def test_self_certification_passes_liveness_and_is_queued_as_an_application(
    begin, db, store, platform_private
):
    j = begin()
    j.identify(elder())
    assert j.step is CertStep.CONSENT
    j.consent(True)
    assert j.liveness_attempt(False) is False and j.step is CertStep.LIVENESS
    assert j.retry_message().params == {"left": 2}
    assert j.liveness_attempt(True, JPEG, 0.91) is True
    assert j.step is CertStep.RECEIPT
    app_id = j.result.application_id
    assert application_kind(store, app_id) == "certification"
    row = db.execute(
        "SELECT matter_codes, applicant_role, face_status FROM applications WHERE id = ?", [app_id]
    ).fetchone()
    assert json.loads(row[0]) == [CERTIFICATION] and row[1] == "self" and row[2] == "passed"
    assert db.execute("SELECT state FROM outbox WHERE ref = ?", [app_id]).fetchone()[0] == "queued"
    payload = opened(db, platform_private, app_id)
    assert payload["type"] == "certification" and payload["assisted_by"] is None
    assert payload["applicant"]["id_number"] == PRINCIPAL_ID
    assert payload["face"]["reference"] == "registry" and payload["face"]["attempts"] == 2
    ((code, path),) = face_files(db, app_id)
    assert code == FACE_PHOTO
    sealed = open(path, "rb").read()
    assert JPEG not in sealed and sealing.open_sealed(sealed, platform_private) == JPEG
    # the receipt says when the result can be checked: the next working day (26 Nov 2026 is a Thursday)
    text = j.receipt.text()
    assert "2026年11月27日起" in text and "李*英" in text and "李秀英" not in text
    j.record_print(PrintOutcome(True))
    assert j.step is CertStep.RATE
    j.skip_rating()
    assert j.step is CertStep.END and j.completed
    j.wipe()  # the session's wipe at the end
    assert not j.holds_personal_data()


def test_a_family_member_operates_but_the_face_is_matched_to_the_elders_card_photo(
    begin, db, platform_private
):
    j = begin()
    j.identify(helper(), proxy=True)
    assert j.step is CertStep.PRINCIPAL
    with pytest.raises(JourneyError) as info:
        j.principal_card(helper(), "child", WLT)
    assert info.value.code == "cert_principal_is_helper"
    with pytest.raises(JourneyError):
        j.principal_card(elder(), "neighbour", WLT)
    j.principal_card(elder(), "child", WLT)
    j.consent(True)
    j.liveness_attempt(True, JPEG, 0.8)
    app_id = j.result.application_id
    payload = opened(db, platform_private, app_id)
    assert payload["applicant"]["id_number"] == PRINCIPAL_ID  # whose pension: the elder's
    assert payload["assisted_by"]["helper"]["id_number"] == AGENT_ID
    assert payload["assisted_by"]["relationship"] == "child"
    assert payload["face"]["subject"] == "principal" and payload["face"]["reference"] == "card_photo"
    assert [c for c, _ in face_files(db, app_id)] == [FACE_PHOTO, CARD_PHOTO]
    role = db.execute("SELECT applicant_role FROM applications WHERE id = ?", [app_id]).fetchone()[0]
    assert role == "proxy"
    assert "协助办理" in j.receipt.text()


def test_the_elders_card_may_be_typed_when_it_is_not_at_hand(begin, db, platform_private):
    j = begin()
    j.identify(helper(), proxy=True)
    with pytest.raises(JourneyError):
        j.principal_entered("李秀英", PRINCIPAL_ID[:-1] + "0", "child")
    j.principal_entered("李秀英", PRINCIPAL_ID, "child")
    j.consent(True)
    j.liveness_attempt(True, JPEG)
    payload = opened(db, platform_private, j.result.application_id)
    assert payload["face"]["reference"] == "registry"


def test_three_failed_attempts_offer_a_home_visit_which_is_queued(
    begin, catalog, services, store, db, session
):
    j = begin()
    j.identify(elder())
    j.consent(True)
    for _ in range(3):
        assert j.liveness_attempt(False) is False
    assert j.step is CertStep.FALLBACK and j.fallback is FallbackReason.LIVENESS_FAILED
    assert db.execute("SELECT count(*) FROM applications").fetchone()[0] == 0  # nothing queued
    handover = j.choose_home_visit()
    assert j.step is CertStep.END and "李*英" in repr(handover)
    services.submitter = KindSubmitter(store, "home_visit")
    visit = HomeVisitRequest(catalog, services, session=session, handover=handover)
    assert visit.step is VisitStep.DETAILS and visit.same_person
    errors = visit.submit(VisitDetails("", "12", None))
    assert {e.path for e in errors} == {"address", "phone"}
    assert visit.submit(VisitDetails("青石镇东湖村三组12号", "13800001111", None)) == ()
    assert visit.step is VisitStep.RECEIPT
    app_id = visit.result.application_id
    assert application_kind(store, app_id) == "home_visit"
    assert "13800001111" not in visit.receipt.text() and "138****1111" in visit.receipt.text()
    visit.record_print(PrintOutcome(False, "receipt_paper_out"))
    visit.finish()
    visit.wipe()
    assert not visit.holds_personal_data()


def test_consent_refused_or_camera_offline_offer_staff_and_never_a_dead_end(begin, store, db):
    j = begin()
    j.identify(elder())
    j.consent(False)
    assert j.step is CertStep.FALLBACK and j.fallback is FallbackReason.CONSENT_REFUSED
    assert "工作人员" in j.public()["fallbackText"]
    j.choose_staff(store, 1000.0)
    assert j.step is CertStep.END
    row = db.execute("SELECT screen FROM help_requests").fetchone()
    assert row[0] == "certification-fallback"
    assert db.execute("SELECT count(*) FROM outbox WHERE kind = 'help'").fetchone()[0] == 1
    j2 = begin()
    j2.identify(elder())
    j2.consent(True)
    j2.camera_offline()
    assert j2.fallback is FallbackReason.CAMERA_OFFLINE


def test_only_certification_matters_start_a_certification(catalog, cert_services):
    with pytest.raises(JourneyError) as info:
        CertificationJourney(catalog, cert_services, catalog.matters[0].code)
    assert info.value.code == "cert_not_certification"


def test_a_wipe_mid_way_forgets_everything_and_queues_nothing(begin, db):
    j = begin()
    j.identify(helper(), proxy=True)
    j.principal_card(elder(), "child", WLT)
    j.consent(True)
    j.wipe()
    assert j.step is CertStep.END and not j.holds_personal_data()
    assert db.execute("SELECT count(*) FROM applications").fetchone()[0] == 0


def test_a_family_member_requests_a_home_visit_for_a_bedridden_resident(
    catalog, services, store, db, session
):
    services.submitter = KindSubmitter(store, "home_visit")
    visit = HomeVisitRequest(catalog, services, session=session)
    visit.identify(helper())
    with pytest.raises(JourneyError):
        visit.resident_card(helper())
    visit.resident_card(elder())
    reasons = visit_reasons(catalog)
    assert reasons[0]["code"] == CERTIFICATION
    errors = visit.submit(VisitDetails("青石镇东湖村三组12号", "13800001111", "NOPE", None))
    assert {e.path for e in errors} == {"reason", "relationship"}
    assert (
        visit.submit(VisitDetails("青石镇东湖村三组12号", "13800001111", reasons[3]["code"], "child", "卧床"))
        == ()
    )
    row = db.execute("SELECT applicant_role, promised_date, kind FROM applications").fetchone()
    assert row[0] == "proxy" and row[2] == "home_visit"
    assert row[1] == "2026-12-01"  # three working days after Thursday 26 Nov


def test_this_years_certification_is_known_without_storing_the_id_number(begin, store, clock):
    assert not done_this_year(store, PRINCIPAL_ID, CERTIFICATION, clock().date())
    j = begin()
    j.identify(elder())
    j.consent(True)
    j.liveness_attempt(True, JPEG)
    assert done_this_year(store, PRINCIPAL_ID, CERTIFICATION, clock().date())
    assert not done_this_year(store, PRINCIPAL_ID, CERTIFICATION, dt.date(2027, 1, 2))
    assert not done_this_year(store, AGENT_ID, CERTIFICATION, clock().date())


def test_face_files_go_once_the_platform_acknowledged_them(begin, db, store):
    j = begin()
    j.identify(helper(), proxy=True)
    j.principal_card(elder(), "child", WLT)
    j.consent(True)
    j.liveness_attempt(True, JPEG)
    app_id = j.result.application_id
    paths = [p for _, p in face_files(db, app_id)]
    assert purge_face_photos(db) == 0  # still queued: kept until the platform has it
    db.execute("UPDATE outbox SET state = 'acknowledged' WHERE ref = ?", [app_id])
    assert purge_face_photos(db) == 2
    assert all(p is None for _, p in face_files(db, app_id))
    assert not any(__import__("os").path.exists(p) for p in paths)
    assert list(store.files_dir.iterdir()) == []


def receipt_row(db, application_id):
    return tuple(
        db.execute(
            "SELECT receipt_printed, receipt_problem FROM applications WHERE id = ?", [application_id]
        ).fetchone()
    )


def test_the_session_ending_on_the_certification_receipt_is_recorded(begin, db, session):
    j = begin()
    j.identify(elder())
    j.consent(True)
    j.liveness_attempt(True, JPEG)
    assert j.step is CertStep.RECEIPT
    app_id = j.result.application_id
    session.finish()  # the pensioner walked away before the receipt was printed
    assert receipt_row(db, app_id) == (0, "session_ended")
    assert j.step is CertStep.END and not j.holds_personal_data()


def test_a_printed_certification_receipt_stays_recorded_as_printed_after_the_wipe(begin, db, session):
    j = begin()
    j.identify(elder())
    j.consent(True)
    j.liveness_attempt(True, JPEG)
    j.record_print(PrintOutcome(True))
    app_id = j.result.application_id
    session.finish()
    assert receipt_row(db, app_id) == (1, None)


def test_the_session_ending_on_the_home_visit_receipt_is_recorded(catalog, services, store, db, session):
    services.submitter = KindSubmitter(store, "home_visit")
    visit = HomeVisitRequest(catalog, services, session=session)
    visit.identify(helper())
    visit.resident_card(elder())
    reason = visit_reasons(catalog)[0]["code"]
    assert visit.submit(VisitDetails("青石镇东湖村三组12号", "13800001111", reason, "child")) == ()
    assert visit.step is VisitStep.RECEIPT
    app_id = visit.result.application_id
    session.finish()
    assert receipt_row(db, app_id) == (0, "session_ended")
    assert visit.step is VisitStep.END and not visit.holds_personal_data()


def test_a_kind_submitter_writes_the_whole_row_in_one_insert(store, db, clock):
    """The kind, the journey's clear columns and the page details go into the one INSERT; nothing
    patches the row the outbox just wrote."""
    from kiosk.core.journey.submit import MaterialRow, SubmissionPackage

    package = SubmissionPackage(
        application_id="cert-1",
        matter_codes=(CERTIFICATION,),
        bundle_code=None,
        catalog_version="2026.11.2",
        applicant_masked="李*英",
        subject_id_number=PRINCIPAL_ID,
        promised_date=dt.date(2026, 12, 31),
        personal={"name": "李秀英"},
        attachments=(("face_photo", JPEG),),
        materials=(
            MaterialRow("face_photo", "scanned", attachment=0, detail={"page": 1}),
            MaterialRow("residence", "promised", due_date="2027-01-10"),
        ),
        role="self",
        staff_verification=True,
        staff_reason="face_low_score",
        face_status="failed",
        audit={"matter": CERTIFICATION},
    )
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    KindSubmitter(store, "certification").submit(package)
    db.conn.set_trace_callback(None)
    writes = [
        s.split("(")[0].split() for s in statements if s.lstrip().upper().startswith(("INSERT", "UPDATE"))
    ]
    assert ["INSERT", "INTO", "applications"] in writes
    assert not [w for w in writes if w[0] == "UPDATE" and w[1] in ("applications", "materials")]
    row = db.execute(
        "SELECT kind, staff_verification, staff_verification_reason, face_status, promised_date, created_at "
        "FROM applications WHERE id = 'cert-1'"
    ).fetchone()
    assert tuple(row) == ("certification", 1, "face_low_score", "failed", "2026-12-31", clock.time())
    materials = db.execute(
        "SELECT material_code, disposition, due_date, detail FROM materials WHERE application_id = 'cert-1' "
        "ORDER BY id"
    ).fetchall()
    assert [tuple(m) for m in materials] == [
        ("face_photo", "scanned", None, '{"page": 1}'),
        ("residence", "promised", "2027-01-10", "{}"),
    ]
