"""好差评, progress lookup (by card and by receipt QR, with the status slip), complaints, help requests."""

from __future__ import annotations

import json
import time

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

from kiosk.core.journey.complaints import file_complaint
from kiosk.core.journey.evaluation import Rating, rate
from kiosk.core.journey.help import HelpDesk
from kiosk.core.journey.identity import identify
from kiosk.core.journey.journey import Step
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.numbers import progress_qr_payload
from kiosk.core.journey.progress import ProgressLookup
from kiosk.journey_adapters.printer import DevicePrinter
from sync import sealing


def _submitted(catalog, start, **card_overrides):
    j = start(pick_matter(catalog, plain_matter).code)
    j.identify(card(**card_overrides))
    through_form(j)
    scan_required(j)
    result = sign_and_submit(j)
    j.print_receipt()
    assert j.step is Step.RATE
    return j, result


def test_bad_rating_needs_a_reason_and_may_leave_a_contact(catalog, start, db, platform_private):
    j, _ = _submitted(catalog, start)
    with pytest.raises(JourneyError) as info:
        j.rate(Rating(overall=1))
    assert info.value.code == "reason_required"
    with pytest.raises(JourneyError) as info:
        j.rate(Rating(overall=2, reasons=["slow"], contact="12345"))
    assert info.value.code == "invalid_phone"
    assert j.step is Step.RATE  # still on the rating screen
    record = j.rate(
        Rating(
            overall=1,
            dimensions={"efficiency": 1, "service": 2, "attitude": 3},
            reasons=["slow", "not_solved"],
            note="排队太久了",
            contact="13700001234",
        )
    )
    assert j.step is Step.END
    row = db.execute(
        "SELECT level, dimensions, reasons, sealed_contact FROM evaluations WHERE id = ?", [record.id]
    ).fetchone()
    assert row[0] == 1
    assert json.loads(row[1]) == {"overall": 1, "efficiency": 1, "service": 2, "attitude": 3}
    assert json.loads(row[2]) == ["slow", "not_solved"]
    assert json.loads(sealing.open_sealed(bytes(row[3]), platform_private)) == {
        "contact": "13700001234",
        "note": "排队太久了",
    }
    assert db.execute(
        "SELECT state FROM outbox WHERE kind = 'evaluation' AND ref = ?", [record.id]
    ).fetchone()
    no_clear_text(db, "13700001234", "排队太久了")


def test_one_rating_per_application(catalog, start, db, store, clock):
    j, result = _submitted(catalog, start)
    j.rate(Rating(overall=4))
    with pytest.raises(JourneyError) as info:
        j.rate(Rating(overall=5))
    assert info.value.code == "wrong_step"
    with pytest.raises(JourneyError) as info:  # through the store directly, too
        rate(store, result.application_id, Rating(overall=5), clock())
    assert info.value.code == "already_rated"

    class Racing:  # a second rating slipping past the check still meets the UNIQUE constraint
        def has_evaluation(self, application_id):
            return False

        def save_evaluation(self, record):
            store.save_evaluation(record)

    with pytest.raises(JourneyError) as info:
        rate(Racing(), result.application_id, Rating(overall=3), clock())
    assert info.value.code == "already_rated"
    assert db.execute("SELECT count(*) FROM evaluations").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM outbox WHERE kind = 'evaluation'").fetchone()[0] == 1


def test_nonsense_ratings_are_refused_in_words(store, clock):
    for rating in (
        Rating(overall=0),
        Rating(overall="5"),
        Rating(overall=True),
        Rating(overall=6),
        Rating(overall=3, dimensions={"mood": 3}),
        Rating(overall=3, dimensions=[1]),
        Rating(overall=2, reasons="slow"),
        Rating(overall=2, reasons=[None]),
        Rating(overall=4, note="\x00"),
    ):
        with pytest.raises(JourneyError):
            rate(store, None, rating, clock())


def test_progress_lookup_by_card_and_by_qr(catalog, start, db, store, clock, printer_rig, receipt_png):
    _, first = _submitted(catalog, start)
    clock.advance(3600)
    _, second = _submitted(catalog, start)
    _, other = _submitted(catalog, start, name="李四", id_number=AGENT_ID)
    lookup = ProgressLookup(store, catalog, "青石镇便民服务中心")
    me = identify(card(), clock().date())
    rows = lookup.by_person(me)
    assert [r.acceptance_no for r in rows] == [second.acceptance_no, first.acceptance_no]
    assert {r.status for r in rows} == {"queued"}
    assert rows[0].status_text == "已提交，等待上传"
    # the sync engine moves things on; the lookup shows it
    db.execute("UPDATE outbox SET state = 'acknowledged' WHERE ref = ?", [first.application_id])
    db.execute(
        "INSERT INTO sync_case_status (application_id, case_no, state, changed_at, note) "
        "VALUES (?, ?, ?, ?, ?)",
        [second.application_id, "C-2026-1", "accepted", time.time(), ""],
    )
    rows = lookup.by_person(me)
    assert [r.status for r in rows] == ["accepted", "received"]
    by_qr = lookup.by_qr(other.qr_payload)
    assert [r.acceptance_no for r in by_qr] == [other.acceptance_no]
    forged = progress_qr_payload(b"not the terminal key" * 2, other.acceptance_no)
    assert lookup.by_qr(forged) == [] and lookup.by_qr("ZWQ1|junk|x") == [] and lookup.by_qr(None) == []
    # the status slip through the printer
    slip = lookup.slip(rows, me.masked_name, clock())
    assert "张*丰" in slip.text() and first.acceptance_no in slip.text() and "已受理" in slip.text()
    assert RESIDENT_ID not in slip.text()
    driver, emulator = printer_rig
    count = emulator.receipt_count
    assert DevicePrinter(driver).print_receipt(slip).printed
    receipt_png(count + 1)
    # the store never holds the ID number, only the keyed token
    no_clear_text(db, RESIDENT_ID, AGENT_ID)
    tokens = {r[0] for r in db.execute("SELECT applicant_token FROM applications").fetchall()}
    assert len(tokens) == 2 and store.token(RESIDENT_ID) in tokens


def test_complaint_with_contact_and_anonymous(store, db, platform_private, clock):
    me = identify(card(), clock().date())
    record = file_complaint(
        store,
        "efficiency",
        "窗口排队时间太长，希望增加自助终端。",
        contact="13700001234",
        person=me,
        now=clock(),
    )
    row = db.execute(
        "SELECT category, sealed_body, anonymous FROM complaints WHERE id = ?", [record.id]
    ).fetchone()
    assert row[0] == "efficiency" and row[2] == 0
    body = json.loads(sealing.open_sealed(bytes(row[1]), platform_private))
    assert body == {
        "text": "窗口排队时间太长，希望增加自助终端。",
        "contact": "13700001234",
        "identity": {"name": "张三丰", "id_number": RESIDENT_ID},
    }
    with pytest.raises(JourneyError) as info:
        file_complaint(store, "efficiency", "内容", contact="13700001234", anonymous=True, now=clock())
    assert info.value.code == "contact_or_anonymous"
    with pytest.raises(JourneyError) as info:
        file_complaint(store, "nonsense", "", now=clock())
    assert {e.code for e in info.value.errors} == {"invalid_category", "text_required"}
    anon = file_complaint(store, "terminal", "屏幕有时没反应", anonymous=True, person=me, now=clock())
    row = db.execute("SELECT sealed_body, anonymous FROM complaints WHERE id = ?", [anon.id]).fetchone()
    assert row[1] == 1
    assert json.loads(sealing.open_sealed(bytes(row[0]), platform_private)) == {
        "text": "屏幕有时没反应",
        "contact": None,
    }
    queued = db.execute("SELECT ref FROM outbox WHERE kind = 'complaint' ORDER BY id").fetchall()
    assert [r[0] for r in queued] == [record.id, anon.id]
    no_clear_text(db, "13700001234", "张三丰", "排队")


def test_help_request_is_queued_once_per_press_burst(store, db, clock):
    desk = HelpDesk(store, clock=clock.time)
    first = desk.call("form")
    assert first.new and first.message.code == "help_called"
    again = desk.call("form")
    assert not again.new and again.record.id == first.record.id
    clock.advance(200)
    third = desk.call("form")
    assert third.new
    odd = desk.call("<script>alert(1)</script>" * 10)
    assert odd.record.screen.isascii() and len(odd.record.screen) <= 64
    rows = db.execute("SELECT id, screen FROM help_requests ORDER BY rowid").fetchall()
    assert [r[0] for r in rows] == [first.record.id, third.record.id, odd.record.id]
    assert db.execute("SELECT count(*) FROM outbox WHERE kind = 'help'").fetchone()[0] == 3
