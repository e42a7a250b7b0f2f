"""容缺 + 告知承诺, e-licence in place of a scan, an 一件事 bundle, and the printer out of paper."""

from __future__ import annotations

import json

import pytest
from journey_kit import (
    RESIDENT_ID,
    card,
    check_application,
    no_clear_text,
    page,
    pick_matter,
    plain_matter,
    scan_required,
    sign_and_submit,
    strokes,
    through_form,
    wait_for_receipt,
)

from kiosk.core.catalog import MaterialSupply, Necessity
from kiosk.core.journey.journey import Step
from kiosk.core.journey.materials import MaterialError, make_elicense_payload
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.signature import render_signature
from kiosk.core.journey.workdays import WorkCalendar, promised_date
from kiosk.store import audit


def _defer_and_promise(m):
    return (
        m.terminal_handling
        and m.promised_limit.value > 0
        and any(x.deferrable for x in m.materials)
        and any(x.commitment_allowed for x in m.materials)
    )


def test_deferred_and_promised_materials(catalog, start, db, platform_private, receipt_png):
    matter = pick_matter(catalog, _defer_and_promise)
    deferrable = next(x for x in matter.materials if x.deferrable)
    promisable = next(x for x in matter.materials if x.commitment_allowed)
    asked = [x for x in matter.materials if x.supply is MaterialSupply.RESIDENT]
    neither = next(x for x in asked if not x.deferrable and not x.commitment_allowed)
    j = start(matter.code)
    j.identify(card())
    through_form(j)
    step = j.materials
    expected_due = promised_date(matter, j.today, WorkCalendar())
    assert step.card(deferrable.code).latest_due == expected_due

    with pytest.raises(MaterialError) as info:
        step.defer(deferrable.code, expected_due.replace(year=expected_due.year + 1))
    assert info.value.code == "due_date_too_late" and info.value.params["latest"] == expected_due.isoformat()
    with pytest.raises(MaterialError) as info:
        step.defer(deferrable.code, j.today)
    assert info.value.code == "due_date_past"
    with pytest.raises(MaterialError) as info:
        step.defer(neither.code)
    assert info.value.code == "not_deferrable"
    deferred = step.defer(deferrable.code)  # default: the latest allowed day
    assert deferred.due_date == expected_due

    signature = render_signature(strokes())
    with pytest.raises(MaterialError) as info:
        step.promise(promisable.code, signature, confirmed=False)
    assert info.value.code == "commitment_not_confirmed"
    with pytest.raises(MaterialError) as info:
        step.promise(neither.code, signature, confirmed=True)
    assert info.value.code == "commitment_not_allowed"
    step.promise(promisable.code, signature, confirmed=True)

    scan_required(j)
    result = sign_and_submit(j)
    payload = check_application(db, platform_private, result.application_id)
    promised = next(x for x in payload["materials"] if x["disposition"] == "promised")
    assert promised["commitment"]["notice"] == [matter.commitment.notice.zh_CN]
    assert promised["commitment"]["liability"] == [matter.commitment.liability.zh_CN]
    assert promised["commitment"]["signature_sha256"] == signature.sha256
    rows = {
        r[0]: (r[1], r[2], json.loads(r[3]))
        for r in db.execute(
            "SELECT material_code, disposition, due_date, detail FROM materials "
            "WHERE application_id = ? AND path IS NULL",
            [result.application_id],
        ).fetchall()
    }
    assert rows[deferrable.code][:2] == ("deferred", expected_due.isoformat())
    assert rows[promisable.code][0] == "promised"
    assert rows[promisable.code][2]["signature_sha256"] == signature.sha256
    assert result.promised_date == expected_due

    assert j.print_receipt().printed
    text = j.receipt.text()
    assert f"容缺补交：{deferrable.name.zh_CN}" in text
    assert f"{expected_due.year}年{expected_due.month}月{expected_due.day}日" in text
    assert receipt_png().stat().st_size > 0


def _elicense_matter(m):
    return (
        plain_matter(m)
        and m.proxy_allowed
        and any(
            x.necessity is Necessity.REQUIRED and set(x.elicense_types) - {"resident_id"} for x in m.materials
        )
        and any("resident_id" in x.elicense_types for x in m.materials)
    )


def test_elicense_in_place_of_a_scan(catalog, start, db, platform_private, receipt_png):
    matter = pick_matter(catalog, _elicense_matter)
    licensed = next(
        x
        for x in matter.materials
        if x.necessity is Necessity.REQUIRED and set(x.elicense_types) - {"resident_id"}
    )
    id_material = next(x for x in matter.materials if "resident_id" in x.elicense_types)
    el_type = next(t for t in licensed.elicense_types if t != "resident_id")
    wrong_type = next(t.code for t in catalog.elicense_types if t.code not in licensed.elicense_types)
    j = start(matter.code)
    j.identify(card())
    through_form(j)
    step = j.materials
    with pytest.raises(MaterialError) as info:
        step.use_elicense_qr(licensed.code, "https://example.invalid/not-an-elicence")
    assert info.value.code == "elicense_invalid"
    with pytest.raises(MaterialError) as info:
        step.use_elicense_qr(licensed.code, make_elicense_payload(wrong_type, "X-1", "ref-1"))
    assert info.value.code == "elicense_not_accepted"
    number = "HR-4115-2301-778899"
    step.use_elicense_qr(
        licensed.code, make_elicense_payload(el_type, number, "ISSUER-REF-42", "豫南县公安局")
    )
    step.use_card_read(id_material.code, j.holder)  # the card just read stands for the ID card copy
    scan_required(j)
    result = sign_and_submit(j)

    payload = check_application(db, platform_private, result.application_id)
    by_code = {x["code"]: x for x in payload["materials"]}
    assert by_code[licensed.code]["elicense"] == {
        "type": el_type,
        "number": number,
        "issuer_ref": "ISSUER-REF-42",
        "issuer": "豫南县公安局",
        "source": "qr",
    }
    assert by_code[id_material.code]["elicense"]["source"] == "card_reader"
    rows = db.execute(
        "SELECT disposition, path, detail FROM materials WHERE application_id = ? AND material_code = ?",
        [result.application_id, licensed.code],
    ).fetchall()
    assert len(rows) == 1 and rows[0][0] == "elicense" and rows[0][1] is None  # no paper, no file
    assert json.loads(rows[0][2]) == {"elicense_type": el_type, "source": "qr"}
    assert j.print_receipt().printed
    receipt_png()
    no_clear_text(db, number, "ISSUER-REF-42", RESIDENT_ID)


def _all_members_here(catalog, b):
    members = catalog.matters_of_bundle(b.code)
    return (
        all(m.terminal_handling and m.face_verification.value == "none" for m in members)
        and len(members) >= 3
    )


def test_bundle_one_form_one_set_of_materials(catalog, start, db, platform_private, receipt_png):
    bundle = next(b for b in catalog.bundles if _all_members_here(catalog, b))
    members = catalog.matters_of_bundle(bundle.code)
    j = start(bundle_code=bundle.code)
    j.identify(card())
    assert j.guide()["bundle"] == bundle.name.zh_CN
    j.accept_guide()
    form = j.form
    keys = [f.key for f in form.fields]
    assert len(keys) == len(set(keys))
    for key in bundle.shared_fields:
        spec = form.spec(key)
        assert spec is not None and spec.shared, key  # asked once, for every member using it
        assert keys.index(key) == min(i for i, k in enumerate(keys) if k == key)
    all_member_keys = {f.key for m in members for f in (m.form.fields if m.form else ())}
    assert set(keys) == all_member_keys  # nothing lost, nothing added
    from journey_kit import fill

    fill(j)
    assert j.submit_form().ok
    codes = [c.code for c in j.materials.cards]
    assert len(codes) == len(set(codes))
    id_card = j.materials.card("id_card")
    assert set(id_card.matters) == {m.code for m in members if m.material("id_card")}
    listed = {x.code for m in members for x in m.materials}
    assert set(codes) <= listed  # never a material the guides do not list
    j.materials.use_card_read("id_card", j.holder)
    scan_required(j)
    result = sign_and_submit(j)

    payload = check_application(db, platform_private, result.application_id)
    row = db.execute(
        "SELECT matter_codes, bundle_code FROM applications WHERE id = ?", [result.application_id]
    ).fetchone()
    assert json.loads(row[0]) == [m.code for m in members] and row[1] == bundle.code
    for m in members:
        mine = payload["form_by_matter"][m.code]
        for key in bundle.shared_fields:
            if m.form and m.form.field(key) is not None:
                assert mine[key] == payload["form"][key]
    id_rows = db.execute(
        "SELECT count(*) FROM materials WHERE application_id = ? AND material_code = 'id_card'",
        [result.application_id],
    ).fetchone()[0]
    assert id_rows == 1
    assert j.print_receipt().printed
    text = j.receipt.text()
    assert all(m.name.zh_CN in text for m in members)
    receipt_png()


def test_printer_out_of_paper_the_submission_stands(catalog, start, db, platform_private, printer_rig):
    _, emulator = printer_rig
    matter = pick_matter(catalog, plain_matter)
    j = start(matter.code)
    j.identify(card())
    through_form(j)
    scan_required(j)
    result = sign_and_submit(j)
    emulator.paper_out = True
    outcome = j.print_receipt()
    assert not outcome.printed and outcome.problem == "receipt_paper_out"
    assert j.step is Step.RATE  # the resident goes on; the screen shows the receipt and its QR code
    assert j.receipt.qr_payload == result.qr_payload and result.acceptance_no in j.receipt.text()
    check_application(db, platform_private, result.application_id)
    row = db.execute(
        "SELECT receipt_printed, receipt_problem FROM applications WHERE id = ?", [result.application_id]
    ).fetchone()
    assert tuple(row) == (0, "receipt_paper_out")
    assert emulator.receipt_count == 0 and emulator.printed_while_unable == 0
    assert any(
        e.action == "receipt.not_printed" and e.detail["problem"] == "receipt_paper_out"
        for e in audit.entries(db)
    )
    emulator.paper_out = False  # staff loaded a roll; the resident asks again from the rating screen
    assert j.retry_print().printed
    receipt = wait_for_receipt(emulator)
    assert receipt.is_file()
    row = db.execute(
        "SELECT receipt_printed, receipt_problem FROM applications WHERE id = ?", [result.application_id]
    ).fetchone()
    assert tuple(row) == (1, None)
    j.skip_rating()
    assert j.step is Step.END


def test_session_ending_before_the_receipt_is_recorded(catalog, start, db, session):
    j = start(pick_matter(catalog, plain_matter).code)
    j.identify(card())
    through_form(j)
    scan_required(j)
    result = sign_and_submit(j)
    session.finish()  # the resident walked away at the "submitted" screen
    row = db.execute(
        "SELECT state, receipt_printed, receipt_problem FROM applications WHERE id = ?",
        [result.application_id],
    ).fetchone()
    assert tuple(row) == ("submitted", 0, "session_ended")
    assert not j.holds_personal_data()


def test_printer_unplugged_the_submission_stands(catalog, start, db, platform_private, services, printer_rig):
    driver, _ = printer_rig
    matter = pick_matter(catalog, plain_matter)
    j = start(matter.code)
    j.identify(card())
    through_form(j)
    scan_required(j)
    result = sign_and_submit(j)
    driver.emulator_host.close()  # the cable is pulled
    outcome = j.print_receipt()
    assert not outcome.printed and outcome.problem == "receipt_printer_offline"
    row = db.execute(
        "SELECT receipt_problem FROM applications WHERE id = ?", [result.application_id]
    ).fetchone()
    assert row[0] == "receipt_printer_offline"
    check_application(db, platform_private, result.application_id)


def test_materials_must_be_complete_and_only_from_the_guide(catalog, start):
    matter = pick_matter(catalog, plain_matter)
    j = start(matter.code)
    j.identify(card())
    through_form(j)
    with pytest.raises(JourneyError) as info:
        j.finish_materials()
    assert info.value.code == "materials_incomplete"
    assert j.step is Step.MATERIALS
    with pytest.raises(MaterialError) as info:
        j.materials.scan("not_in_the_guide", [page()])
    assert info.value.code == "unknown_material"
    blurred = page("blurred")
    object.__setattr__(blurred, "verdict", "blurred")
    code = j.materials.cards[0].code
    with pytest.raises(MaterialError) as info:
        j.materials.add_page(code, blurred)
    assert info.value.code == "page_quality"
    assert [c.code for c in j.materials.cards] == [x.code for x in matter.materials]


def test_material_reused_from_an_earlier_application(catalog, start, db, platform_private):
    from journey_kit import AGENT_ID

    matter = pick_matter(catalog, plain_matter)
    j = start(matter.code)
    j.identify(card())
    through_form(j)
    scan_required(j)
    first = sign_and_submit(j)
    code = next(c.code for c in j.materials.cards if c.required)

    j = start(matter.code)
    j.identify(card())
    through_form(j)
    offered = j.materials.previous_for(code)
    assert [p.application_id for p in offered] == [first.application_id]
    assert offered[0].acceptance_no == first.acceptance_no
    j.materials.reuse(code, offered[0])
    scan_required(j)
    second = sign_and_submit(j)
    row = db.execute(
        "SELECT disposition, path, detail FROM materials WHERE application_id = ? AND material_code = ?",
        [second.application_id, code],
    ).fetchone()
    assert row[0] == "reused" and row[1] is None
    assert json.loads(row[2])["from_application"] == first.application_id
    payload = check_application(db, platform_private, second.application_id)
    assert (
        next(x for x in payload["materials"] if x["code"] == code)["reused"]["acceptance_no"]
        == first.acceptance_no
    )

    other = start(matter.code)  # someone else never sees the first resident's materials
    other.identify(card(name="李四", id_number=AGENT_ID))
    through_form(other)
    assert other.materials.previous_for(code) == ()
    with pytest.raises(MaterialError) as info:
        other.materials.reuse(code, offered[0])
    assert info.value.code == "reuse_not_found"


def test_a_failed_submit_leaves_nothing_and_can_be_retried(
    catalog, start, db, store, platform_private, monkeypatch
):
    j = start(pick_matter(catalog, plain_matter).code)
    j.identify(card())
    through_form(j)
    scan_required(j)
    j.finish_materials()
    j.sign(strokes())
    import sync.outbox

    real_seal = sync.outbox.sealing.seal
    calls = []

    def failing_seal(data, key):  # the second page fails: the first is already on disk, fsynced
        calls.append(len(data))
        if len(calls) == 2:
            raise OSError("disk full")
        return real_seal(data, key)

    monkeypatch.setattr(sync.outbox.sealing, "seal", failing_seal)
    with pytest.raises(JourneyError) as info:
        j.submit()
    assert len(calls) == 2
    assert info.value.code == "submit_failed"
    assert j.step is Step.REVIEW and j.result is None
    for table in ("applications", "materials", "outbox"):
        assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
    assert not store.files_dir.exists() or not any(store.files_dir.iterdir())
    assert not [e for e in audit.entries(db) if e.action == "application.submitted"]
    monkeypatch.setattr(sync.outbox.sealing, "seal", real_seal)
    result = j.submit()  # the resident presses again
    # a number is recorded as issued before it is used, so the failed attempt's number is skipped,
    # never handed out twice (a gap is harmless; a repeat would give two residents one number)
    assert result.acceptance_no.endswith("-0002")
    check_application(db, platform_private, result.application_id)
