"""Who applies: card problems, proxy (代办), the face step and its alternative, the idle wipe."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc

import pytest
from journey_kit import (
    AGENT_ID,
    PRINCIPAL_ID,
    RESIDENT_ID,
    TODAY,
    card,
    check_application,
    fill,
    id_number,
    page,
    pick_matter,
    plain_matter,
    scan_required,
    sign_and_submit,
    through_form,
)

from devices.base import DeviceOffline, DeviceTimeout
from kiosk.core.catalog import (
    FaceVerification,
    LocalText,
    Material,
    MaterialForm,
    MaterialType,
    Necessity,
)
from kiosk.core.journey.identity import FOR_LIFE, IdentifyError
from kiosk.core.journey.journey import EndReason, Journey, Step
from kiosk.core.journey.materials import MaterialError
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.proxy import AUTHORIZATION_CODE, ProxyDetails, lists_authorization
from kiosk.core.session import State
from kiosk.journey_adapters.devices import read_failure
from kiosk.store import audit

# --------------------------------------------------------------------------- the card


def test_card_removed_mid_read_then_retry(catalog, start, db):
    j = start(pick_matter(catalog, plain_matter).code)
    with pytest.raises(IdentifyError) as info:
        j.identify(read_failure(None, card_removed=True))
    assert info.value.code == "card_removed" and info.value.retry
    assert "拿开得太早" in info.value.message.text("zh_CN")
    assert j.step is Step.IDENTIFY and j.holder is None
    with pytest.raises(IdentifyError) as info:
        j.identify(read_failure(DeviceTimeout("no answer")))
    assert info.value.code == "card_read_failed"
    with pytest.raises(IdentifyError) as info:
        j.identify(read_failure(DeviceOffline("unplugged")))
    assert info.value.code == "reader_offline"
    assert j.identify(card()).masked_name == "张*丰"  # never a stuck screen: the retry works
    assert j.step is Step.GUIDE
    assert db.execute("SELECT count(*) FROM applications").fetchone()[0] == 0


def test_cards_from_the_emulator_deck(catalog, start):
    from devices.idcard.deck import DECK
    from kiosk.journey_adapters.devices import card_data

    expected = {
        "zhangsan": None,
        "lisi_for_life": None,
        "wangxiaomei": None,
        "bad_check_digit": "card_check_digit",
    }
    for key, code in expected.items():
        for data in (card_data(DECK[key].data), DECK[key].data.as_dict()):
            j = start(pick_matter(catalog, plain_matter).code)
            if code is None:
                assert j.identify(data).name == DECK[key].data.name
            else:
                with pytest.raises(IdentifyError) as info:
                    j.identify(data)
                assert info.value.code == code
    assert identify_for_life(start, catalog)


def identify_for_life(start, catalog):
    from devices.idcard.deck import DECK
    from kiosk.journey_adapters.devices import card_data

    j = start(pick_matter(catalog, plain_matter).code)
    return j.identify(card_data(DECK["lisi_for_life"].data)).valid_for_life


def test_expired_card_and_cards_valid_for_life(catalog, start):
    j = start(pick_matter(catalog, plain_matter).code)
    yesterday = TODAY - dt.timedelta(days=1)
    with pytest.raises(IdentifyError) as info:
        j.identify(card(valid_to=yesterday))
    assert info.value.code == "card_expired" and info.value.params["valid_to"] == yesterday.isoformat()
    with pytest.raises(IdentifyError) as info:
        j.identify(card(valid_from=TODAY + dt.timedelta(days=3)))
    assert info.value.code == "card_not_yet_valid"
    # valid through today; 长期 never expires (also as the reader's dict shape)
    assert j.identify({**_as_dict(card(valid_to=TODAY))}).name == "张三丰"
    j2 = start(pick_matter(catalog, plain_matter).code)
    assert j2.identify(_as_dict(card(valid_to=None)) | {"valid_to": FOR_LIFE}).valid_for_life


def _as_dict(c):
    return {
        "name": c.name,
        "id_number": c.id_number,
        "sex": c.sex,
        "birth_date": c.birth_date.isoformat(),
        "address": c.address,
        "issuing_authority": c.issuer,
        "valid_from": c.valid_from.isoformat(),
        "valid_to": c.valid_to.isoformat() if c.valid_to else FOR_LIFE,
        "card_type": "resident",
        "check_digit_ok": True,
    }


def test_bad_check_digit(catalog, start):
    j = start(pick_matter(catalog, plain_matter).code)
    wrong = RESIDENT_ID[:17] + ("0" if RESIDENT_ID[17] != "0" else "1")
    with pytest.raises(IdentifyError) as info:
        j.identify(card(id_number=wrong, check_digit_ok=None))
    assert info.value.code == "card_check_digit"
    with pytest.raises(IdentifyError) as info:  # what the reader concluded counts too
        j.identify(card(check_digit_ok=False))
    assert info.value.code == "card_check_digit"
    with pytest.raises(IdentifyError) as info:
        j.identify({"name": "张三", "valid_to": "not a date"})
    assert info.value.code == "card_data_incomplete"
    assert j.step is Step.IDENTIFY


# --------------------------------------------------------------------------- 代办


def _proxy_matter(m):
    return plain_matter(m) and m.proxy_allowed and m.form.field("applicant_name") is not None


def test_proxy_application(catalog, start, db, platform_private, receipt_png, session):
    matter = pick_matter(catalog, _proxy_matter)
    j = start(matter.code)
    j.identify(card(name="李四", id_number=AGENT_ID), proxy=True)
    assert j.step is Step.PROXY
    bad = ProxyDetails("王", PRINCIPAL_ID[:17] + "0", "12345", "neighbour", ())
    errors = {e.path: e.code for e in j.set_proxy(bad)}
    assert errors == {
        "principal_name": "too_short",
        "principal_id_number": "id_check_digit",
        "principal_phone": "invalid_phone",
        "relationship": "invalid_relationship",
    }  # no authorization asked: the matter's guide does not list a 授权委托书 (no material outside it)
    assert not lists_authorization(matter)
    same = ProxyDetails("李四", AGENT_ID, "13900001111", "child", [page("auth")])
    assert [e.code for e in j.set_proxy(same)] == ["principal_is_agent"]
    assert j.step is Step.PROXY
    good = ProxyDetails("王秀英", PRINCIPAL_ID, "139 0000 1111", "child", [page("auth")])
    assert j.set_proxy(good) == ()
    assert j.subject.name == "王秀英" and j.subject.birth_date == dt.date(1945, 3, 3)
    through_form(j)
    assert j.values["applicant_name"] == "王秀英"  # the form is the principal's
    assert j.values["applicant_id_number"] == PRINCIPAL_ID
    id_material = next((c.code for c in j.materials.cards if "resident_id" in c.elicense_types), None)
    if id_material:
        with pytest.raises(MaterialError) as info:
            j.materials.use_card_read(id_material, j.holder)
        assert info.value.code == "card_read_not_usable"
    scan_required(j)
    result = sign_and_submit(j)
    payload = check_application(db, platform_private, result.application_id)
    assert payload["role"] == "proxy"
    assert payload["applicant"]["id_number"] == PRINCIPAL_ID
    assert payload["proxy"]["agent"]["id_number"] == AGENT_ID
    assert payload["proxy"]["principal"]["phone"] == "13900001111"
    assert payload["proxy"]["relationship"] == "child"
    row = db.execute(
        "SELECT applicant_role, applicant_masked FROM applications WHERE id = ?", [result.application_id]
    ).fetchone()
    assert tuple(row) == ("proxy", "王*英")
    auth = db.execute(
        "SELECT count(*) FROM materials WHERE application_id = ? AND material_code = ? AND path IS NOT NULL",
        [result.application_id, AUTHORIZATION_CODE],
    ).fetchone()[0]
    assert auth == 1
    assert j.print_receipt().printed
    text = j.receipt.text()
    assert "申请人：王*英" in text and "代办人：李*" in text
    receipt_png()
    assert session.redactor.redact("王秀英 李四") == "[redacted] [redacted]"
    names = [v for k, v in payload["form"].items() if "name" in k and isinstance(v, str)]
    assert names and all(session.redactor.redact(n) == "[redacted]" for n in names)


def test_proxy_authorization_asked_only_where_the_guide_lists_it(catalog, services, session):
    plain = pick_matter(catalog, _proxy_matter)
    letter = Material(
        code=AUTHORIZATION_CODE,
        name=LocalText("授权委托书", "Letter of authorization"),
        necessity=Necessity.CONDITIONAL,
        condition=LocalText("委托他人代办的"),
        forms=(MaterialForm.ORIGINAL,),
        type=MaterialType.PROOF,
    )
    listed = dataclasses.replace(plain, materials=(*plain.materials, letter))
    with_letter = dataclasses.replace(
        catalog, matters=tuple(listed if m.code == plain.code else m for m in catalog.matters)
    )
    details = ProxyDetails("王秀英", PRINCIPAL_ID, "13900001111", "child", ())
    for cat, asked in ((with_letter, True), (catalog, False)):
        j = Journey(cat, services, matter_code=plain.code, session=session)
        j.identify(card(name="李四", id_number=AGENT_ID), proxy=True)
        assert j.authorization_listed is asked
        errors = {e.path: e.code for e in j.set_proxy(details)}
        assert errors == ({"authorization": "authorization_missing"} if asked else {})
        assert j.step is (Step.PROXY if asked else Step.GUIDE)
        j.wipe()


def test_proxy_refused_where_the_matter_must_be_done_in_person(catalog, start):
    matter = pick_matter(catalog, lambda m: m.terminal_handling and not m.proxy_allowed)
    j = start(matter.code)
    with pytest.raises(JourneyError) as info:
        j.identify(card(), proxy=True)
    assert info.value.code == "proxy_not_allowed"
    assert j.step is Step.IDENTIFY


# --------------------------------------------------------------------------- face


def _face_required(m):
    return m.terminal_handling and m.face_verification is FaceVerification.REQUIRED


def test_camera_offline_at_the_face_step_flags_staff_verification(
    catalog, start, db, platform_private, receipt_png
):
    matter = pick_matter(catalog, _face_required)
    j = start(matter.code)
    j.identify(card())
    assert j.step is Step.FACE_CONSENT  # consent before any camera
    with pytest.raises(JourneyError):
        j.face_attempt(True, b"\xff\xd8jpeg")
    outcome = j.face_camera_offline()
    assert outcome.staff_verification and outcome.reason.code == "face_camera_offline"
    assert j.step is Step.GUIDE
    through_form(j)
    for c in j.materials.cards:
        if "resident_id" in c.elicense_types:
            j.materials.use_card_read(c.code, j.holder)
    scan_required(j)
    result = sign_and_submit(j)
    payload = check_application(db, platform_private, result.application_id)
    assert payload["face"]["status"] == "camera_offline" and payload["face"]["image_jpeg"] is None
    assert payload["staff_verification"] == {"required": True, "reason": "face_camera_offline"}
    row = db.execute(
        "SELECT staff_verification, staff_verification_reason, face_status FROM applications WHERE id = ?",
        [result.application_id],
    ).fetchone()
    assert tuple(row) == (1, "face_camera_offline", "camera_offline")
    assert j.print_receipt().printed
    assert "请到窗口由工作人员核验身份" in j.receipt.text()
    receipt_png()


def test_face_consent_refused_takes_the_staff_path(catalog, start):
    j = start(pick_matter(catalog, _face_required).code)
    j.identify(card())
    outcome = j.face_consent(False)
    assert outcome.status.value == "declined" and outcome.staff_verification
    assert j.step is Step.GUIDE


def _face_optional_proxy(m):
    return m.terminal_handling and m.face_verification is FaceVerification.OPTIONAL and m.proxy_allowed


def test_face_passes_after_a_retry_and_is_sealed_never_in_clear(
    catalog, start, db, platform_private, tmp_path
):
    matter = pick_matter(catalog, _face_optional_proxy)
    j = start(matter.code)
    j.identify(card(name="李四", id_number=AGENT_ID), proxy=True)
    j.set_proxy(ProxyDetails("王秀英", PRINCIPAL_ID, "13900001111", "child", [page("auth")]))
    assert j.step is Step.FACE_CONSENT
    assert j.face_consent(True) is None and j.step is Step.FACE
    assert j.face_attempt(False) is None
    assert j.face.retry_message().params["left"] == 2
    frame = b"\xff\xd8\xff\xe0FACEFRAME" + bytes(range(256)) * 8
    outcome = j.face_attempt(True, frame, 0.93)
    assert outcome.status.value == "passed" and not outcome.staff_verification
    assert outcome.subject == "principal"  # in a proxy application the face is the principal's
    through_form(j)
    scan_required(j)
    result = sign_and_submit(j)
    payload = check_application(db, platform_private, result.application_id)
    assert payload["face"]["subject"] == "principal" and payload["face"]["attempts"] == 2
    import base64

    assert base64.b64decode(payload["face"]["image_jpeg"]) == frame
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert frame[:40] not in path.read_bytes(), f"raw face bytes in {path.name}"
    j.print_receipt()
    j.wipe()
    assert j.face is None


def test_three_failed_face_attempts_end_in_the_alternative(catalog, start):
    j = start(pick_matter(catalog, _face_required).code)
    j.identify(card())
    j.face_consent(True)
    assert j.face_attempt(False) is None
    assert j.face_attempt(False) is None
    outcome = j.face_attempt(False)
    assert outcome.status.value == "failed" and outcome.staff_verification
    assert j.step is Step.GUIDE


# --------------------------------------------------------------------------- idle wipe


def test_idle_wipe_in_the_middle_of_the_form(catalog, start, db, session, clock, store):
    matter = pick_matter(catalog, plain_matter)
    j = start(matter.code)
    j.identify(card())
    j.accept_guide()
    assert j.step is Step.FORM
    j.set_field("applicant_phone", "13812345678")
    assert session.redactor.registered_count > 0
    clock.advance(session.idle_timeout_s + 1)
    assert session.tick() is State.WARNING
    clock.advance(session.warning_s + 1)
    assert session.tick() is State.ATTRACT  # wiped
    assert j.step is Step.END and j.end_reason is EndReason.WIPED
    assert not j.holds_personal_data()
    assert session.redactor.registered_count == 0
    # nothing queued, nothing written
    for table in ("applications", "materials", "outbox"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert not store.files_dir.exists() or not any(store.files_dir.iterdir())
    with pytest.raises(JourneyError):
        j.submit()
    # nothing of the resident is reachable from the journey any more
    secrets = {"张三丰", RESIDENT_ID, "13812345678"}
    seen: set[int] = set()

    def walk(obj, depth=0):
        if id(obj) in seen or depth > 8:
            return
        seen.add(id(obj))
        if isinstance(obj, str):
            assert obj not in secrets
            return
        if isinstance(obj, dict):
            for k, v in obj.items():
                walk(k, depth + 1)
                walk(v, depth + 1)
        elif isinstance(obj, list | tuple | set):
            for v in obj:
                walk(v, depth + 1)
        elif hasattr(obj, "__dict__") and obj.__class__.__module__.startswith("kiosk.core.journey"):
            walk(vars(obj), depth + 1)

    walk(j)
    gc.collect()


def test_a_new_identity_number_is_checked_like_a_card(catalog, start):
    # the principal's ID number uses the same GB 11643 rules as a card
    j = start(pick_matter(catalog, _proxy_matter).code)
    j.identify(card(name="李四", id_number=AGENT_ID), proxy=True)
    errors = j.set_proxy(
        ProxyDetails("王秀英", id_number("41152320991301001"), "13900001111", "child", [page()])
    )
    assert [e.code for e in errors] == ["id_birth_date"]


def test_wrong_step_calls_change_nothing(catalog, start):
    j = start(pick_matter(catalog, plain_matter).code)
    for call in (j.accept_guide, j.submit_form, j.finish_materials, j.submit, j.print_receipt, j.skip_rating):
        with pytest.raises(JourneyError) as info:
            call()
        assert info.value.code == "wrong_step"
    assert j.step is Step.IDENTIFY
    j.identify(card())
    through_form(j)
    fill_before = j.values
    j.go_back_to(Step.FORM)
    assert j.step is Step.FORM and j.values == fill_before
    fill(j)
    assert j.submit_form().ok
    scan_required(j)
    j.finish_materials()
    with pytest.raises(JourneyError):
        j.go_back_to(Step.REVIEW)


def test_audit_entries_carry_no_personal_data(catalog, start, db):
    j = start(pick_matter(catalog, plain_matter).code)
    j.identify(card())
    through_form(j)
    scan_required(j)
    sign_and_submit(j)
    j.print_receipt()
    for entry in audit.entries(db):
        text = str(entry.detail)
        assert "张三丰" not in text and RESIDENT_ID not in text
