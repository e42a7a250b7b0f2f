"""A resident finishes their errand alone, on the real app offscreen with the emulated devices: a card
already on the reader, the step indicator, the address choices, the error summary that goes to the
field, the review in words with the phone revealed on request, the generated form printed, the
receipt that stays, the one-touch rating, the finish screen that waits for the card, the question
before work is lost, the duplicate warning and the window-only 一次性告知单."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from ui_kit import press, qml_warnings, shown, wait_until

from kiosk.config import ConfigError, load_config
from kiosk.tools.screenshots import find

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "journey"))
from journey_kit import strokes

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "camera" / "document"
PENSION = "11411599MB0000102F200030001000001"  # 城乡居民基本养老保险参保登记
HOLD_S = 27.0


@pytest.fixture(scope="module")
def ek(qapp, tmp_path_factory):
    """One kiosk on the emulated devices, its receipt hold set through kiosk.toml as a technician does."""
    from kiosk.tools.screenshots import reset
    from kiosk.ui.app import build

    tmp = tmp_path_factory.mktemp("errand")
    saved = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "xdg-config")
    os.environ["XDG_CACHE_HOME"] = str(tmp / "xdg-cache")
    toml = tmp / "kiosk.toml"
    toml.write_text(
        f'data_dir = "data"\n[logging]\nconsole = false\n[session]\nreceipt_hold_s = {HOLD_S}\n',
        encoding="utf-8",
    )
    app = build(load_config(toml), keyboard_config_home=tmp / "xdg-config", devices=True)
    try:
        wait_until(app, lambda: app.devices.manager is not None, 20000, "the devices")
        app.devices.manager.driver("document_camera").emulator.show(SAMPLES / "form_straight.jpg")
        yield app
    finally:
        reset(app)
        app.close()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture
def k(ek):
    from ui_kit import fresh_session

    reader = ek.devices.manager.driver("idcard")
    reader.emulator.remove()
    wait_until(ek, lambda: reader.current_card is None, what="an empty reader")
    fresh_session(ek)
    yield ek
    reader.emulator.remove()
    fresh_session(ek)


def open_guide(k, code: str) -> None:
    k.app.start()
    k.catalog.openGuide(code)
    k.app.go("guide")


def card_on_reader_then_start(k, code: str = PENSION) -> None:
    """The resident lays the card down first, then presses Start: the card is read at once."""
    open_guide(k, code)
    reader = k.devices.manager.driver("idcard")
    reader.emulator.insert("zhangsan")
    wait_until(k, lambda: reader.current_card is not None, what="the card read by the reader")
    press(k, "startApplication")
    wait_until(k, lambda: k.journey.step not in ("", "identify"), what="the card on the reader read")
    if k.journey.suggestions:
        press(k, "suggestionsContinue")
    wait_until(k, lambda: k.app.screen == "journey-form", what="the form")


def fill_pension_form(k) -> None:
    press(k, "address_residential_address_same_as_card")
    k.journey.setField("applicant_phone", "13812345678")
    press(k, "choice_village_hekou")
    j = k.journey.journey
    for key in ("insured_group", "contribution_grade"):
        spec = next(f for f in j.form.fields if f.key == key)
        press(k, f"choice_{key}_{spec.options[0].value}")


def to_review(k) -> None:
    press(k, "formContinue")
    wait_until(k, lambda: k.app.screen == "journey-materials", what="the materials")
    step = k.journey.journey.materials
    for c in step.cards:
        if c.required and step.handling(c.code) is None:
            wait_until(k, lambda c=c: k.journey.scan(c.code), what=f"a scan of {c.code}")
    press(k, "materialsContinue")
    wait_until(k, lambda: k.app.screen == "journey-sign")
    assert k.journey.sign(strokes(), 600, 240)
    wait_until(k, lambda: k.app.screen == "journey-review")


def test_card_on_reader_step_indicator_address_choices_and_error_summary(k):
    with qml_warnings(k) as warnings:
        card_on_reader_then_start(k)
        j = k.journey.journey
        assert j.holder is not None and j.holder.masked_name.startswith("张")
        # 第2步，共6步: identify, form, materials, sign, review, receipt
        assert shown(k, "stepIndicatorText").property("text") == "第2步，共6步"
        # the card's address and the township's villages are offered; no typing for them
        labels = [c["label"] for c in k.journey.addressChoices("residential_address")]
        assert labels[0] == "同户籍地址" and "河口村" in labels and labels[-1].startswith("其他地址")
        press(k, "address_residential_address_same_as_card")
        assert j.values["residential_address"] == j.holder.address
        assert not find(k, "field_residential_address").isVisible()  # typing only for "other"
        village = next(v for v in k.catalog.catalog.villages if v.code == "hekou")
        press(k, "address_residential_address_village:hekou")
        assert j.values["residential_address"] == village.address.zh_CN
        shown(k, "addressDetail_residential_address")
        press(k, "address_residential_address_other")
        assert shown(k, "field_residential_address")
        # Continue with fields missing: each listed; a touch scrolls to the field and focuses it
        press(k, "formContinue")
        wait_until(k, lambda: len(k.journey.errorSummary) >= 3, what="the error summary")
        summary = k.journey.errorSummary
        keys = [row["key"] for row in summary]
        assert "applicant_phone" in keys and "contribution_grade" in keys
        assert all(row["label"] and row["text"] for row in summary)
        shown(k, "errorSummary")
        last = summary[-1]
        press(k, "errorEntry_" + last["path"])
        focused = k.window.activeFocusItem()
        assert focused is not None and last["key"] in focused.objectName()
        row = find(k, "formRow_" + last["key"])
        flick = next(p for p in _parents(row) if p.property("contentY") is not None)
        top = row.mapToItem(flick, QPointF(0, 0)).y()
        assert 0 <= top < flick.height()  # in view (scrolled to it if it was below)
        # fixing a field takes it off the list
        k.journey.setField("applicant_phone", "13812345678")
        assert "applicant_phone" not in [r["key"] for r in k.journey.errorSummary]
    assert not warnings, warnings


def _parents(item):
    p = item.parentItem()
    while p is not None:
        yield p
        p = p.parentItem()


def test_review_in_words_reveal_print_receipt_stays_rating_finish_waits_for_the_card(k):
    printer = k.devices.manager.driver("printer").emulator
    with qml_warnings(k) as warnings:
        card_on_reader_then_start(k)
        fill_pension_form(k)
        assert shown(k, "stepIndicatorText").property("text") == "第2步，共6步"
        to_review(k)
        _review_and_print(k, printer)
    assert not warnings, warnings
    _receipt_rating_and_finish(k)


def _review_and_print(k, printer) -> None:
    assert find(k, "stepIndicatorText").property("text") == "第5步，共6步"
    # the review in words, not codes; the phone masked until the resident asks to see it
    village = find(k, "reviewRow_village").property("text")
    assert "河口村" in village and "hekou" not in village
    phone = find(k, "reviewRow_applicant_phone")
    assert "13812345678" not in phone.property("text") and "138" in phone.property("text")
    press(k, "reveal_applicant_phone")
    assert "13812345678" in phone.property("text")
    assert shown(k, "reveal_applicant_phone").property("text") == "隐藏"
    press(k, "reveal_applicant_phone")
    assert "13812345678" not in phone.property("text")
    # in English too: labels in words, never the codes
    k.app.setLocale("en")
    wait_until(k, lambda: "Hekou village" in find(k, "reviewRow_village").property("text"), what="en")
    assert "200 yuan a year" in find(k, "reviewRow_contribution_grade").property("text")
    k.app.setLocale("zh_CN")
    wait_until(k, lambda: "河口村" in find(k, "reviewRow_village").property("text"), what="zh_CN again")
    # the generated application form: shown, masked like the rows, printable on the receipt printer
    page = shown(k, "generatedPage")
    assert page.property("height") > 0
    before = printer.last_receipt_image
    press(k, "printFormPage")
    wait_until(k, lambda: k.journey.slip == "printed", what="the form page printed")
    assert printer.last_receipt_image is not None and printer.last_receipt_image is not before
    assert "已打印" in find(k, "formPageState").property("text")


def _receipt_rating_and_finish(k) -> None:
    # submit: the receipt stays after printing, its hold set from kiosk.toml
    press(k, "reviewSubmit")
    wait_until(k, lambda: k.journey.step == "rate" and not k.journey.busy, what="the receipt printed")
    assert k.journey.receipt["printed"]
    hold = k.journey.ending.hold
    assert hold.isActive() and hold.interval() == int(HOLD_S * 1000)
    for _ in range(20):  # the event loop runs on; nothing moves the screen but the hold or a touch
        k.qt_app.processEvents()
    assert k.app.screen == "journey-receipt"
    assert "请取走身份证和回执" in shown(k, "receiptState").property("text")
    hold.timeout.emit()  # the hold time is over
    wait_until(k, lambda: k.app.screen == "journey-rate", what="the rating after the hold")
    press(k, "level_4")  # one touch
    wait_until(k, lambda: k.app.screen == "journey-done", what="the finish screen")
    assert k.db.execute("SELECT level FROM evaluations").fetchall() == [(4,)]
    # the card is still on the reader: said, and the terminal waits (完成 reminds again)
    assert k.journey.cardOnReader
    assert "身份证还在读卡器上" in shown(k, "doneTake").property("text")
    prompt = k.window.property("prompt")
    assert "办理完成" in prompt and "身份证" in prompt
    reminders = k.journey.reminders
    press(k, "doneFinish")
    assert k.app.screen == "journey-done" and k.journey.reminders == reminders + 1
    assert k.journey.ending.remind.isActive()
    k.devices.manager.driver("idcard").emulator.remove()
    wait_until(k, lambda: not k.journey.cardOnReader, what="the card lifted")
    assert "请取走身份证和回执" in find(k, "doneTake").property("text")
    assert k.journey.ending.finish.isActive()  # back to the start by itself soon
    press(k, "doneFinish")
    wait_until(k, lambda: k.app.screen == "attract", what="the attract screen")


def test_confirm_before_losing_work_default_is_to_continue(k):
    open_guide(k, PENSION)
    press(k, "startApplication")
    wait_until(k, lambda: k.app.screen == "journey-identify")
    shown(k, "readerPicture")  # where the reader is
    assert find(k, "stepIndicatorText").property("text") == "第1步，共6步"
    press(k, "homeButton")  # nothing given yet: no question
    wait_until(k, lambda: k.app.screen == "home")
    assert k.journey.journey is None
    card_on_reader_then_start(k)
    k.journey.setField("applicant_phone", "13812345678")
    for button in ("finishButton", "homeButton", "formCancel"):
        press(k, button)
        wait_until(k, lambda: asked(k), what=f"the question after {button}")
        assert k.window.activeFocusItem().objectName() == "leaveStay"  # the default: go on
        assert "清除" in find(k, "leaveQuestion").property("text")
        press(k, "leaveStay")
        wait_until(k, lambda: not asked(k), what="the question closed")
        assert k.app.screen == "journey-form"
        assert k.journey.journey.values["applicant_phone"] == "13812345678"
    k.app.back()  # Back (the top bar or the keypad's Esc) asks too
    wait_until(k, lambda: asked(k), what="the question after Back")
    press(k, "leaveGo")
    wait_until(k, lambda: k.app.screen == "guide", what="back on the guide")
    assert k.journey.journey is None


def asked(k) -> bool:
    """The leave question is on the screen (a pop-up joins the visual tree while it is open)."""
    stay = find(k, "leaveStay")
    return stay is not None and stay.isVisible()


def test_finish_button_looks_different_from_its_neighbours(k):
    k.app.start()
    finish, contrast = shown(k, "finishButton"), shown(k, "contrastButton")
    assert finish.property("glyph") and not contrast.property("glyph")
    # its edge is drawn in another colour than its neighbours' (the pixels on screen)
    image = k.window.grabWindow()

    def edge(item):
        from PySide6.QtCore import QPointF

        at = item.mapToScene(QPointF(1, item.height() / 2))
        return image.pixelColor(round(at.x()), round(at.y())).name()

    assert edge(finish) != edge(contrast)
    assert edge(contrast) == edge(shown(k, "languageButton"))


def test_scan_shows_busy_at_once_and_the_id_card_needs_no_touch(k):
    card_on_reader_then_start(k)
    fill_pension_form(k)
    press(k, "formContinue")
    wait_until(k, lambda: k.app.screen == "journey-materials")
    step = k.journey.journey.materials
    assert step.handling("id_card") is not None  # the card just read stands for it
    button = shown(k, "scan_household_register")
    press(k, "scan_household_register")
    # before the worker comes back: the busy state is on the screen already
    assert k.journey.busy and k.journey.scanning == "household_register"
    assert "正在拍摄" in button.property("text")
    wait_until(k, lambda: not k.journey.busy, what="the page straightened")
    assert len(step.handling("household_register").pages) == 1
    assert "正在拍摄" not in find(k, "scan_household_register").property("text")


def test_duplicate_same_day_is_shown_and_the_resident_goes_on(k):
    from kiosk.tools.simulate import Walker

    w = Walker(k, lambda pred: wait_until(k, pred, 20000))
    before = k.db.execute("SELECT count(*) FROM applications").fetchone()[0]
    card_on_reader_then_start(k)
    w.until("simple", "end")
    wait_until(k, lambda: k.app.screen == "attract")
    numbers = [n for (n,) in k.db.execute("SELECT acceptance_no FROM applications")]
    card_on_reader_then_start(k)
    warning = shown(k, "journeyWarning")
    assert any(n in k.journey.warning for n in numbers) and "继续" in k.journey.warning
    assert warning.isVisible() and k.app.screen == "journey-form"  # never blocking
    w.until("simple", "end")
    assert k.db.execute("SELECT count(*) FROM applications").fetchone()[0] == before + 2


def test_window_only_matter_prints_its_checklist(k):
    printer = k.devices.manager.driver("printer").emulator
    matter = next(m for m in k.catalog.catalog.matters if not m.terminal_handling)
    open_guide(k, matter.code)
    before = printer.last_receipt_image
    press(k, "printNotice")
    wait_until(k, lambda: k.journey.slip == "printed", what="the 一次性告知单 printed")
    assert printer.last_receipt_image is not None and printer.last_receipt_image is not before
    assert "已打印" in shown(k, "whereToGoText").property("text")
    printer.paper_out = True
    try:
        press(k, "printNotice")
        wait_until(k, lambda: k.journey.slip == "window", what="the honest answer without paper")
    finally:
        printer.paper_out = False


def test_receipt_hold_below_twenty_seconds_is_refused_naming_the_key(tmp_path):
    toml = tmp_path / "kiosk.toml"
    toml.write_text("[session]\nreceipt_hold_s = 5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="receipt_hold_s"):
        load_config(toml)


def test_pension_enrolment_takes_at_most_25_touches_counted_on_the_screens(k):
    """城乡居民基本养老保险参保登记 from the card on the reader to the rating, the phone key by key."""
    from kiosk.tools.touch_walk import TouchWalk

    walk = TouchWalk(k, lambda pred: wait_until(k, pred, 20000))
    count = walk.walk("pension", k.catalog.catalog.matter(PENSION), elderly=False)
    assert count.keys == 11  # the phone number's digits, each a touch
    assert count.touches <= 25, count.line()
    assert count.screens[0] == "journey-identify" and count.screens[-1] == "journey-rate"
    assert "journey-receipt" in count.screens and k.app.screen == "attract"


def test_simplest_matter_takes_at_most_12_touches_and_no_typing(k):
    """The matter the card fills alone (its result given on the spot, so no phone is asked) from the
    card on the reader to the rating."""
    from kiosk.tools.touch_walk import TouchWalk, simplest_matter

    matter = simplest_matter(k.catalog.catalog)
    phone = next(f for f in matter.form.fields if f.type.value == "phone")
    assert not phone.required  # the guide needs no number to reach the resident: the result is printed here
    walk = TouchWalk(k, lambda pred: wait_until(k, pred, 20000))
    count = walk.walk("simplest", matter, elderly=False)
    assert count.keys == 0, count.line()
    assert count.touches <= 12, count.line()
    assert "journey-receipt" in count.screens and k.app.screen == "attract"
