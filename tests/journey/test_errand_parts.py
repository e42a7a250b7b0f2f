"""Finishing an errand alone: the review in words, the receipt's honest state, the same-day duplicate
warning, working days from the official calendar, and addresses offered rather than typed."""

from __future__ import annotations

import datetime as dt

from journey_kit import AGENT_ID, card, pick_matter, scan_required, sign_and_submit, through_form

from kiosk.core.catalog import Necessity
from kiosk.core.catalog_io import load_catalog
from kiosk.core.journey.generated import printable
from kiosk.core.journey.journey import Step
from kiosk.core.journey.receipt import ReceiptInput, application_receipt
from kiosk.core.journey.workdays import WorkCalendar
from kiosk.journey_adapters.calendar import package_calendar

PENSION_ENROLMENT = "11411599MB0000102F200030001000001"  # 城乡居民基本养老保险参保登记
CATALOG = load_catalog()


def _to_form(j):
    j.identify(card())
    j.accept_guide()
    assert j.step is Step.FORM


def test_review_shows_every_value_as_chosen_in_both_languages(start):
    j = start(PENSION_ENROLMENT)
    _to_form(j)
    for key, value in {
        "residential_address": "河南省信阳市豫南县青石镇河口村",
        "applicant_phone": "13812345678",
        "village": "hekou",
        "insured_group": "ordinary",
        "contribution_grade": "300",
    }.items():
        assert j.set_field(key, value) == ()
    assert j.submit_form().ok
    scan_required(j)
    j.finish_materials()
    j.sign([[(40 + i * 10.0, 120 + (i % 7) * 9.0) for i in range(40)]])
    zh = {row["key"]: row for row in j.review("zh_CN")["form"]}
    assert zh["village"]["text"] == "所在村（社区）：河口村"
    assert zh["insured_group"]["text"] == "参保身份：普通城乡居民"
    assert zh["contribution_grade"]["text"] == "缴费档次：每年300元"
    en = {row["key"]: row for row in j.review("en")["form"]}
    assert en["village"]["value"] == "Hekou village"
    assert en["insured_group"]["value"] == "Ordinary resident"
    assert en["contribution_grade"]["text"] == "Contribution level: 300 yuan a year"
    phone = zh["applicant_phone"]
    assert phone["masked"] == "138****5678" and phone["value"] == "13812345678" and phone["revealable"]
    assert phone["text"] == "联系电话：138****5678"  # masked until the resident asks to see it
    assert not zh["village"]["revealable"]


def test_the_receipt_says_queued_until_the_platform_accepts():
    base = ReceiptInput(
        acceptance_no="0001-20261126-0001",
        matter_names=[CATALOG.matters[0].name],
        applicant_masked="张*丰",
        submitted_at=dt.datetime(2026, 11, 26, 10, 30),
        promised_date=dt.date(2026, 11, 26),
        qr_payload="x",
    )
    queued = application_receipt(base).text()
    assert "办理状态：已提交，等待上传" in queued and "承诺办结：上传受理后即办" in queued
    assert "承诺办结：即办" not in queued
    accepted = application_receipt(ReceiptInput(**{**base.__dict__, "accepted": True})).text()
    assert "办理状态：已受理" in accepted and "承诺办结：即办" in accepted


def test_a_same_day_application_for_the_same_matter_warns_but_goes_on(start, clock):
    first = start(PENSION_ENROLMENT)
    first.identify(card())
    assert first.warning is None
    through_form(first)
    scan_required(first)
    done = sign_and_submit(first)
    assert "办理状态：已提交，等待上传" in first.receipt.text()
    first.skip_receipt()
    first.skip_rating()

    again = start(PENSION_ENROLMENT)
    again.identify(card())
    assert again.warning is not None and again.warning.code == "duplicate_application"
    assert done.acceptance_no in again.warning.text("zh_CN")
    assert again.step is Step.GUIDE  # the resident can still go on
    again.wipe()

    other_person = start(PENSION_ENROLMENT)
    other_person.identify(card(name="李四", id_number=AGENT_ID))
    assert other_person.warning is None
    other_person.wipe()

    other_matter = start(
        pick_matter(CATALOG, lambda m: m.terminal_handling and m.code != PENSION_ENROLMENT).code
    )
    other_matter.identify(card())
    assert other_matter.warning is None
    other_matter.wipe()

    clock.advance(24 * 3600)
    next_day = start(PENSION_ENROLMENT)
    next_day.identify(card())
    assert next_day.warning is None


def test_official_calendar_knows_holidays_and_make_up_saturdays():
    official = package_calendar().overlay(CATALOG.calendar)
    assert official.is_working_day(dt.date(2026, 10, 10))  # a 调休 Saturday
    assert not official.is_working_day(dt.date(2026, 10, 5))  # 国庆, a Monday
    assert not official.is_working_day(dt.date(2027, 1, 1))  # 元旦 2027, from the catalog
    assert not WorkCalendar().is_working_day(dt.date(2026, 10, 10))  # weekends-only knows neither


def test_the_catalog_wins_for_the_years_it_covers():
    package = package_calendar()
    assert package.is_working_day(dt.date(2026, 10, 10))
    year = CATALOG.calendar[0]
    assert year.year == 2026
    without_make_up = type(year)(year=2026, holidays=year.holidays, workdays=())
    assert not package.overlay([without_make_up]).is_working_day(dt.date(2026, 10, 10))


def _deferrable(m):
    return (
        m.terminal_handling
        and m.kind.value == "application"
        and m.face_verification.value == "none"
        and any(x.deferrable and x.necessity is Necessity.REQUIRED for x in m.materials)
        and m.promised_limit.unit.value == "working_day"
        and 3 <= m.promised_limit.value <= 20
    )


def test_a_deferred_material_promised_across_new_year_2027_lands_on_a_working_day(start, clock):
    clock.now = dt.datetime(2026, 12, 28, 10, 30).astimezone()  # a Monday
    matter = pick_matter(CATALOG, _deferrable)
    j = start(matter.code)
    j.identify(card())
    through_form(j)
    deferrable = next(c for c in j.materials.cards if c.deferrable and c.required)
    # count by hand: weekdays after the day of acceptance, 2027-01-01 (元旦) off
    day, left = dt.date(2026, 12, 28), matter.promised_limit.value
    while left:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day != dt.date(2027, 1, 1):
            left -= 1
    assert deferrable.latest_due == day
    assert WorkCalendar().add_working_days(dt.date(2026, 12, 28), matter.promised_limit.value) != day
    j.materials.defer(deferrable.code)
    scan_required(j)
    sign_and_submit(j)
    assert f"请于{day.year}年{day.month}月{day.day}日前补交" in j.receipt.text()


def test_address_entry_offers_the_card_address_and_the_villages(start):
    j = start(PENSION_ENROLMENT)
    _to_form(j)
    choices = j.address_choices("residential_address", "zh_CN")
    assert choices[0] == {"value": "same_as_card", "label": "同户籍地址", "address": card().address}
    assert [c["label"] for c in choices[1:-1]] == [v.name.zh_CN for v in CATALOG.villages]
    assert choices[-1]["value"] == "other"
    assert j.address_choices("residential_address", "en")[0]["label"] == "Same as the address on my ID card"
    assert j.choose_address("residential_address", "village:hekou", "3组12号") == ()
    assert j.values["residential_address"] == "河南省信阳市豫南县青石镇河口村3组12号"
    assert j.choose_address("residential_address", "same_as_card") == ()
    assert j.values["residential_address"] == card().address
    assert j.choose_address("residential_address", "other") == ()  # typed instead: nothing filled
    assert j.values["residential_address"] == card().address
    assert j.address_choices("village") == []  # a choice field, not an address
    assert [e.code for e in j.choose_address("village", "same_as_card")] == ["unknown_field"]


def test_names_and_numbers_are_masked_first_and_can_be_revealed(start):
    j = start(PENSION_ENROLMENT)
    _to_form(j)
    rows = {row["key"]: row for row in j.review_rows("zh_CN")}
    assert rows["applicant_name"]["masked"] == "张*丰" and rows["applicant_name"]["value"] == "张三丰"
    assert (
        rows["applicant_id_number"]["masked"].startswith("4115")
        and "*" in rows["applicant_id_number"]["masked"]
    )
    assert (
        rows["applicant_id_number"]["value"] == card().id_number and rows["applicant_id_number"]["revealable"]
    )


def test_the_generated_form_is_shown_and_printable(start, services, receipt_png):
    j = start(PENSION_ENROLMENT)
    j.identify(card())
    through_form(j)
    scan_required(j)
    j.finish_materials()
    j.sign([[(40 + i * 10.0, 120 + (i % 7) * 9.0) for i in range(40)]])
    (page,) = j.generated_pages()
    assert page.code == "registration_form" and ("所在村（社区）", "青石村") in page.rows
    slip = printable(page)
    assert "申请人姓名：张三丰" in slip.text() and "签名确认" in slip.text()
    assert services.printer.print_receipt(slip).printed
    receipt_png()


def test_the_error_summary_names_each_field_to_fix_in_form_order(start):
    j = start(PENSION_ENROLMENT)
    _to_form(j)
    j.set_field("applicant_phone", "12345")
    result = j.submit_form()
    assert not result.ok
    zh = j.error_summary(result.errors, "zh_CN")
    keys = [row["key"] for row in zh]
    assert keys == sorted(keys, key=j.form.keys.index)  # in the order the fields are on screen
    phone = next(row for row in zh if row["key"] == "applicant_phone")
    assert phone["label"] == "联系电话" and phone["text"] == result.errors_for("applicant_phone")[0].text(
        "zh_CN"
    )
    assert {"village", "insured_group", "contribution_grade"} <= set(keys)
    assert next(r for r in j.error_summary(result.errors, "en") if r["key"] == "village")["label"] == (
        "Village or community"
    )


def test_a_bundle_member_done_at_a_window_has_its_notice(catalog, start):
    j = start(bundle_code="after_death")
    assert j.elsewhere
    notices = j.window_notices()
    assert [n.lines[0][1] for n in notices] == [m.name.zh_CN for m in j.elsewhere]
    assert all(n.title == "一次性告知单" and "青石镇便民服务中心" in n.footer for n in notices)


def test_a_long_checklist_item_wraps_under_its_box():
    from devices.printer.receipt import CHECKBOX, display_width, wrap_columns

    lines = wrap_columns(
        CHECKBOX + "父母死亡、失踪、重残、重病或服刑等证明（原件、复印件）", 24, display_width(CHECKBOX)
    )
    assert lines[0].startswith("□ ") and len(lines) > 1
    assert all(display_width(line) <= 24 for line in lines)
    assert all(line.startswith("  ") and not line.startswith("   ") for line in lines[1:])
