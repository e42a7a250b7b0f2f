"""查询进度 core: the resident's own records only (every kind in applications), statuses in words for
each local and platform state, a detail, a Chinese status slip printed on the emulated printer."""

from __future__ import annotations

import time
import uuid

import pytest
from journey_kit import (
    AGENT_ID,
    RESIDENT_ID,
    card,
    no_clear_text,
    pick_matter,
    plain_matter,
    scan_required,
    sign_and_submit,
    through_form,
)

from kiosk.core.journey.identity import IdentifyError, ReadFailure
from kiosk.core.journey.ids import new_id
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.progress import STATUS_TEXTS, ProgressLookup, ProgressSession
from kiosk.journey_adapters.printer import DevicePrinter
from kiosk.store.settings import set_setting
from sync.engine.state import KEY_URL


def _submitted(catalog, start, **card_overrides):
    j = start(pick_matter(catalog, plain_matter).code)
    j.identify(card(**card_overrides))
    through_form(j)
    scan_required(j)
    result = sign_and_submit(j)
    j.print_receipt()
    return result


def _certification_row(db, store, id_number: str, at: float) -> str:
    """What another flow (pension certification) writes: its own kind and title, unknown matter code."""
    row_id = new_id()
    db.execute(
        "INSERT INTO applications (id, acceptance_no, matter_codes, catalog_version, state, "
        "applicant_masked, applicant_token, created_at, updated_at, kind, title) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            row_id,
            "0001-261126-0900",
            '["CERT-PENSION"]',
            "v1",
            "submitted",
            "张*丰",
            store.token(id_number),
            at,
            at,
            "certification",
            "城乡居民养老保险待遇资格认证",
        ],
    )
    return row_id


@pytest.fixture
def lookup(store, catalog):
    return ProgressLookup(store, catalog, "青石镇便民服务中心")


def test_by_card_lists_only_the_residents_records_of_every_kind(
    catalog, start, db, store, clock, lookup, printer_rig, receipt_png
):
    first = _submitted(catalog, start)
    clock.advance(60)
    other = _submitted(catalog, start, name="李四", id_number=AGENT_ID)
    clock.advance(60)
    cert_id = _certification_row(db, store, RESIDENT_ID, clock.time())
    session = ProgressSession(lookup, clock)
    session.by_card(card())
    rows = session.rows("zh_CN")
    assert [r.acceptance_no for r in rows] == ["0001-261126-0900", first.acceptance_no]
    assert other.acceptance_no not in {r.acceptance_no for r in rows}  # never someone else's
    cert = rows[0]
    assert cert.kind == "certification" and cert.matter_names == ("城乡居民养老保险待遇资格认证",)
    assert cert.status == "not_sent" and cert.status_text == STATUS_TEXTS["not_sent"].text("zh_CN")
    assert rows[1].status == "queued" and rows[1].promised_date == first.promised_date.isoformat()
    # statuses from the platform, in words, in either language
    db.execute(
        "INSERT INTO sync_case_status (application_id, case_no, state, changed_at, note) "
        "VALUES (?, ?, ?, ?, ?)",
        [first.application_id, "C-2026-7", "correction-requested", time.time(), "请补交户口簿"],
    )
    session.by_card(card())
    detail = session.detail(first.acceptance_no, "en")
    assert detail is not None
    assert detail.status_text == "More materials needed" and detail.case_no == "C-2026-7"
    assert detail.note == "请补交户口簿" and "12345" in detail.advice
    assert session.detail(other.acceptance_no) is None
    # the slip is Chinese whatever the screen language, masked, with the hotline
    slip = session.slip()
    text = slip.text()
    assert "张*丰" in text and "需要补正材料" in text and "城乡居民养老保险待遇资格认证" in text
    assert "12345" in text and RESIDENT_ID not in text and "承诺办结" in text
    driver, emulator = printer_rig
    count = emulator.receipt_count
    assert DevicePrinter(driver).print_receipt(slip).printed
    receipt_png(count + 1)
    single = session.slip(first.acceptance_no).text()
    assert first.acceptance_no in single and "0001-261126-0900" not in single
    no_clear_text(db, RESIDENT_ID, AGENT_ID)
    session.wipe()
    assert session.rows() == [] and not session.looked_up
    assert db.execute("SELECT kind FROM applications WHERE id = ?", [cert_id]).fetchone() == (
        "certification",
    )


@pytest.mark.parametrize(
    "outbox_state,platform_state,expected",
    [
        ("queued", None, "queued"),
        ("uploading", None, "sending"),
        ("needs-attention", None, "needs_attention"),
        ("acknowledged", None, "received"),
        ("status-synced", "received", "received"),
        ("status-synced", "accepted", "accepted"),
        ("status-synced", "not-accepted", "not-accepted"),
        ("status-synced", "processing", "processing"),
        ("status-synced", "completed", "completed"),
    ],
)
def test_every_state_has_words(catalog, start, db, lookup, clock, outbox_state, platform_state, expected):
    result = _submitted(catalog, start)
    db.execute("UPDATE outbox SET state = ? WHERE ref = ?", [outbox_state, result.application_id])
    if platform_state:
        db.execute(
            "INSERT INTO sync_case_status (application_id, case_no, state, changed_at) VALUES (?, ?, ?, ?)",
            [result.application_id, "C-1", platform_state, time.time()],
        )
    session = ProgressSession(lookup, clock)
    session.by_qr(result.qr_payload)
    (row,) = session.rows("zh_CN")
    assert row.status == expected and row.status_text == STATUS_TEXTS[expected].text("zh_CN")
    (en,) = session.rows("en")
    assert en.status_text == STATUS_TEXTS[expected].text("en")


def test_by_qr_shows_that_one_application_and_refuses_others(catalog, start, lookup, clock):
    result = _submitted(catalog, start)
    session = ProgressSession(lookup, clock)
    session.by_qr(result.qr_payload)
    assert [r.acceptance_no for r in session.rows()] == [result.acceptance_no]
    assert session.applicant_masked == "张*丰" and session.how == "qr"
    tampered = result.qr_payload[:-2] + "AA"
    for bad in (tampered, "ZWQ1|junk|x", "", None, "ELIC1|a|b|c"):
        with pytest.raises(JourneyError) as info:
            session.by_qr(bad)
        assert info.value.code == "qr_not_recognised"
        assert session.rows() == []  # a failed lookup never leaves the previous resident's list


def test_an_enrolled_kiosks_receipt_qr_is_the_platforms_status_page_and_this_kiosk_reads_it(
    catalog, start, db, lookup, clock
):
    set_setting(db, KEY_URL, "https://county.example/platform/")
    result = _submitted(catalog, start)
    assert result.qr_payload == f"https://county.example/platform/s/{result.application_id}"
    session = ProgressSession(lookup, clock)
    session.by_qr(result.qr_payload)
    assert [r.acceptance_no for r in session.rows()] == [result.acceptance_no]
    other = result.qr_payload.replace(result.application_id, str(uuid.uuid4()))
    with pytest.raises(JourneyError) as info:  # another terminal's receipt: not in this store
        session.by_qr(other)
    assert info.value.code == "qr_not_recognised"


def test_bad_card_reads_are_refused_and_leave_nothing(lookup, clock):
    session = ProgressSession(lookup, clock)
    with pytest.raises(IdentifyError):
        session.by_card(ReadFailure("card_removed"))
    with pytest.raises(IdentifyError):
        session.by_card(card(check_digit_ok=False, id_number=RESIDENT_ID[:-1] + "0"))
    assert not session.looked_up
    with pytest.raises(JourneyError):
        session.slip()


def test_a_complaint_slip_read_at_another_terminal_says_its_state_and_where_the_answer_is(
    store, db, lookup, clock
):
    from kiosk.core.journey.complaints import ComplaintRecord
    from kiosk.journey_adapters.remote_progress import as_status
    from kiosk.store import resident_records
    from sync.engine.lookup import RemoteCase

    # the filing terminal posts the slip's number with the complaint: the platform answers under it
    filed = ComplaintRecord(new_id(), "fees", True, {"text": "收费窗口太少"}, time.time())
    store.save_complaint(filed)
    number, qr = store.complaint_slip(filed.id)
    assert resident_records.post_body(db, "complaint", filed.id)["acceptance_no"] == number

    # what the platform answers another terminal for that slip's QR: state and times, no text
    answered_at = time.mktime((2026, 12, 3, 9, 30, 0, 0, 0, -1))
    waiting = RemoteCase("", filed.id, "complaint", "processing", 1.0, "", 1.0, number, ())
    answered = RemoteCase("", filed.id, "complaint", "completed", 2.0, "", 1.0, number, (), answered_at)
    session = ProgressSession(lookup, clock)
    session.found_on_platform([as_status(waiting, "")], "qr")
    (row,) = session.rows("zh_CN")
    assert (row.acceptance_no, row.kind_text, row.status) == (number, "投诉建议", "processing")
    assert "尚未答复" in row.advice and "提交投诉的自助终端" in row.advice
    session.found_on_platform([as_status(answered, "")], "qr")
    (zh,) = session.rows("zh_CN")
    (en,) = session.rows("en")
    assert zh.advice.startswith("已于 2026-12-03 09:30 答复") and "提交投诉的自助终端" in zh.advice
    assert en.advice.startswith("Answered on 2026-12-03 09:30.") and "where you filed it" in en.advice
    assert zh.note == "" and session.detail(number) is not None
    # the filing terminal itself shows the reply as the note, with no such advice
    session.by_qr(qr)
    (own,) = session.rows("zh_CN")
    assert own.kind == "complaint" and own.advice == ""
