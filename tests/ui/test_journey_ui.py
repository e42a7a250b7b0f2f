"""The resident journey through the real app offscreen, on the emulated devices over their ptys:
each walk ends with the SQLite store and the printed receipt checked."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from ui_kit import press, qml_warnings, shown, wait_until

from kiosk.core.catalog import Necessity
from kiosk.core.journey.materials import make_elicense_payload
from kiosk.core.session import State
from kiosk.services import dev_private_key
from kiosk.tools.screenshots import find

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "journey"))
from journey_kit import check_application, pick_matter, plain_matter, strokes, value_for

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "camera" / "document"


@pytest.fixture
def kiosk(shared_kiosk):
    """The screen checks here need only a clean session: they share the module's kiosk."""
    return shared_kiosk


def open_guide_and_start(k, qtbot, code: str, card: str = "zhangsan") -> None:
    k.app.start()
    k.catalog.openGuide(code)
    k.app.go("guide")
    press(k, "startApplication")
    qtbot.waitUntil(lambda: k.app.screen == "journey-identify")
    k.devices.manager.driver("idcard").emulator.insert(card)
    qtbot.waitUntil(lambda: k.journey.step not in ("", "identify") and on_screen(k), timeout=10000)


def on_screen(k) -> bool:
    """The step's screen shows (screens follow steps in the next turn of the event loop)."""
    from kiosk.core.flows import Flow, screen_for

    return k.app.screen == screen_for(Flow.APPLICATION, k.journey.step)


def fill_form(k, qtbot) -> None:
    assert k.app.screen == "journey-form"
    j = k.journey.journey
    assert j.values.get("applicant_name") == "张三"  # prefilled from the card
    for f in j.form.fields:
        if f.key not in j.values:
            k.journey.setField(f.key, value_for(f))
    press(k, "formContinue")
    qtbot.waitUntil(lambda: k.app.screen == "journey-materials")


def scan_rest(k, qtbot) -> None:
    step = k.journey.journey.materials
    for c in step.cards:
        if c.required and step.handling(c.code) is None:
            qtbot.waitUntil(lambda c=c: k.journey.scan(c.code), timeout=5000)
    assert step.complete


def sign_and_submit(k, qtbot) -> None:
    press(k, "materialsContinue")
    qtbot.waitUntil(lambda: k.app.screen == "journey-sign")
    assert k.journey.sign(strokes(), 600, 240)
    qtbot.waitUntil(lambda: k.app.screen == "journey-review")
    assert "张*" in find(k, "reviewApplicant").property("text")
    press(k, "reviewSubmit")
    qtbot.waitUntil(lambda: k.journey.step == "rate" and not k.journey.busy, timeout=15000)
    # printed or not, the receipt stays on screen until touched (or the hold time is over)
    qtbot.waitUntil(lambda: k.app.screen == "journey-receipt")


def to_rating(k, qtbot) -> None:
    press(k, "receiptContinue")
    qtbot.waitUntil(lambda: k.app.screen == "journey-rate")


def take_card_and_finish(k) -> None:
    """The finish screen: the resident lifts the card, then touches 完成."""
    wait_until(k, lambda: k.app.screen == "journey-done", what="the finish screen")
    k.devices.manager.driver("idcard").emulator.remove()
    wait_until(k, lambda: not k.journey.cardOnReader, what="the card off the reader")
    press(k, "doneFinish")
    wait_until(k, lambda: k.app.screen == "attract", what="the attract screen")


def stored(k) -> tuple[str, dict]:
    (app_id,) = k.db.execute("SELECT id FROM applications").fetchone()
    payload = check_application(k.db, dev_private_key(k.db), app_id)
    return app_id, payload


def receipt_qr(k) -> str:
    image = k.devices.manager.driver("printer").emulator.last_receipt_image
    assert image is not None
    codes = zxingcpp.read_barcodes(image.convert("L"))
    assert codes
    return str(codes[0].text)


def test_simple_matter_from_the_guide_button_to_attract(dkiosk, qtbot):
    k = dkiosk
    matter = pick_matter(k.catalog.catalog, plain_matter)
    open_guide_and_start(k, qtbot, matter.code)
    fill_form(k, qtbot)
    generated = [c.code for c in k.journey.journey.materials.generated_cards]
    assert generated  # the application form: made by the terminal, never asked for
    for code in generated:
        row = next(m for m in k.journey.materials if m["code"] == code)
        assert row["asked"] is False and row["supply_text"]
        assert not find(k, "scan_" + code).property("visible")
    # the live preview of the document camera
    qtbot.waitUntil(lambda: find(k, "documentPreview").property("implicitWidth") > 0, timeout=5000)
    scan_rest(k, qtbot)
    sign_and_submit(k, qtbot)
    receipt = k.journey.receipt
    assert receipt["printed"]
    app_id, payload = stored(k)
    assert payload["applicant"]["name"] == "张三"
    row = k.db.execute("SELECT acceptance_no, receipt_printed FROM applications").fetchone()
    assert row == (receipt["acceptanceNo"], 1)
    assert receipt_qr(k) == k.journey.journey.result.qr_payload
    to_rating(k, qtbot)
    press(k, "level_5")  # a good level: one touch sends it
    take_card_and_finish(k)
    assert k.session.state is State.ATTRACT and k.journey.journey is None
    assert k.db.execute("SELECT level, application_id FROM evaluations").fetchall() == [(5, app_id)]


def _defer_and_promise(m):
    return (
        m.terminal_handling
        and m.promised_limit.value > 0
        and any(x.deferrable for x in m.materials)
        and any(x.commitment_allowed for x in m.materials)
    )


def test_deferred_and_promised_materials(dkiosk, qtbot):
    k = dkiosk
    matter = pick_matter(k.catalog.catalog, _defer_and_promise)
    deferrable = next(x for x in matter.materials if x.deferrable)
    promisable = next(x for x in matter.materials if x.commitment_allowed and x.code != deferrable.code)
    open_guide_and_start(k, qtbot, matter.code)
    if k.app.screen == "journey-form":
        fill_form(k, qtbot)
    press(k, f"defer_{deferrable.code}")
    # the commitment panel: notice, liability, signature
    press(k, f"promise_{promisable.code}")
    assert not k.journey.promise(promisable.code, strokes(), 600, 240, False)  # not confirmed: refused
    assert k.journey.promise(promisable.code, strokes(), 600, 240, True)
    scan_rest(k, qtbot)
    sign_and_submit(k, qtbot)
    _app_id, payload = stored(k)
    by_code = {x["code"]: x for x in payload["materials"]}
    assert by_code[promisable.code]["disposition"] == "promised"
    rows = dict(k.db.execute("SELECT material_code, disposition FROM materials").fetchall())
    assert rows[deferrable.code] == "deferred"
    due = k.db.execute(
        "SELECT due_date FROM materials WHERE material_code = ?", [deferrable.code]
    ).fetchone()[0]
    assert {"name": deferrable.name.zh_CN, "due": due} in k.journey.receipt["deferred"]
    k.journey.skipRating()
    take_card_and_finish(k)


def _elicense_matter(m):
    return (
        m.terminal_handling
        and m.face_verification.value == "none"
        and any(
            x.necessity is Necessity.REQUIRED and set(x.elicense_types) - {"resident_id"} for x in m.materials
        )
    )


def test_elicense_qr_through_the_scanner_in_place_of_a_scan(dkiosk, qtbot):
    k = dkiosk
    matter = pick_matter(k.catalog.catalog, _elicense_matter)
    licensed = next(
        x
        for x in matter.materials
        if x.necessity is Necessity.REQUIRED and set(x.elicense_types) - {"resident_id"}
    )
    el_type = next(t for t in licensed.elicense_types if t != "resident_id")
    open_guide_and_start(k, qtbot, matter.code)
    if k.app.screen == "journey-form":
        fill_form(k, qtbot)
    press(k, f"elicense_{licensed.code}")
    assert k.journey.qrTarget == licensed.code
    shown(k, f"elTyped_{licensed.code}")  # typing is offered beside the scanner
    payload = make_elicense_payload(el_type, "EL-2026-0042", "ISSUER-REF-42", "豫南县公安局")
    k.devices.manager.driver("scanner").emulator.present(payload)
    step = k.journey.journey.materials
    qtbot.waitUntil(lambda: step.handling(licensed.code) is not None, timeout=10000)
    scan_rest(k, qtbot)
    sign_and_submit(k, qtbot)
    _app_id, sealed = stored(k)
    by_code = {x["code"]: x for x in sealed["materials"]}
    assert by_code[licensed.code]["elicense"]["number"] == "EL-2026-0042"
    row = k.db.execute(
        "SELECT disposition, path FROM materials WHERE material_code = ?", [licensed.code]
    ).fetchone()
    assert row == ("elicense", None)  # no paper, no file


def test_printer_out_of_paper_the_submission_stands(dkiosk, qtbot):
    k = dkiosk
    printer = k.devices.manager.driver("printer").emulator
    printer.paper_out = True
    matter = pick_matter(k.catalog.catalog, plain_matter)
    open_guide_and_start(k, qtbot, matter.code)
    fill_form(k, qtbot)
    scan_rest(k, qtbot)
    sign_and_submit(k, qtbot)
    # the receipt stays on screen with the acceptance number and its QR code
    assert k.app.screen == "journey-receipt"
    receipt = k.journey.receipt
    assert not receipt["printed"] and "缺纸" in receipt["problem"]
    wait_until(k, lambda: receipt["acceptanceNo"] in shown(k, "acceptanceNo").property("text"))
    qr = find(k, "receiptQr")
    assert qr.isVisible() and qr.property("implicitWidth") > 0  # the picture loaded
    png = Path(receipt["qr"].removeprefix("file://"))
    decoded = zxingcpp.read_barcodes(Image.open(png).convert("L"))
    assert decoded[0].text == k.journey.journey.result.qr_payload
    assert printer.last_receipt_image is None
    app_id, _payload = stored(k)
    assert k.db.execute("SELECT receipt_printed FROM applications").fetchone() == (0,)
    assert k.db.execute("SELECT count(*) FROM outbox WHERE ref = ?", [app_id]).fetchone() == (1,)
    # staff load paper; the resident asks again from the rating screen
    to_rating(k, qtbot)
    printer.paper_out = False
    press(k, "retryPrint")
    qtbot.waitUntil(lambda: k.journey.receipt.get("printed") is True, timeout=15000)
    assert k.db.execute("SELECT receipt_printed FROM applications").fetchone() == (1,)


def test_idle_timeout_in_the_form_wipes_and_queues_nothing(dkiosk, qtbot):
    k = dkiosk
    matter = pick_matter(k.catalog.catalog, plain_matter)
    open_guide_and_start(k, qtbot, matter.code)
    assert k.app.screen == "journey-form"
    journey = k.journey.journey
    k.journey.setField("applicant_phone", "13812345678")
    session = k.session
    session.last_activity -= session.idle_timeout_s + 0.1
    session.tick()
    assert session.state is State.WARNING
    session.tick(session.clock() + session.warning_s + 1)
    wait_until(k, lambda: k.app.screen == "attract")
    assert session.state is State.ATTRACT
    assert k.journey.journey is None and not journey.holds_personal_data()
    assert k.db.execute("SELECT count(*) FROM applications").fetchone() == (0,)
    assert k.db.execute("SELECT count(*) FROM outbox").fetchone() == (0,)


def test_bad_rating_needs_a_reason_and_is_stored(dkiosk, qtbot):
    k = dkiosk
    matter = pick_matter(k.catalog.catalog, plain_matter)
    open_guide_and_start(k, qtbot, matter.code)
    fill_form(k, qtbot)
    scan_rest(k, qtbot)
    sign_and_submit(k, qtbot)
    to_rating(k, qtbot)
    press(k, "level_1")
    press(k, "rateSubmit")
    wait_until(k, lambda: "原因" in k.journey.message)
    assert k.app.screen == "journey-rate"  # refused: no reason
    press(k, "reason_slow")
    press(k, "dim_attitude_2")
    find(k, "rateContact").setProperty("text", "13912345678")
    press(k, "rateSubmit")
    take_card_and_finish(k)
    row = k.db.execute("SELECT level, dimensions, reasons FROM evaluations").fetchone()
    assert row[0] == 1
    assert json.loads(row[1])["attitude"] == 2
    assert json.loads(row[2]) == ["slow"]
    outbox = k.db.execute("SELECT kind FROM outbox ORDER BY rowid").fetchall()
    assert ("application",) in outbox and len(outbox) == 2


def test_emulator_console_plays_the_residents_hands(dkiosk, qtbot):
    from kiosk.ui.console.controller import start_console

    k = dkiosk
    engine = start_console(k)
    errors = []
    engine.warnings.connect(lambda ws: errors.extend(w.toString() for w in ws))
    console = engine.rootContext().contextProperty("console")
    assert {s["kind"] for s in console.statuses} == {
        "idcard",
        "scanner",
        "printer",
        "document_camera",
        "face_camera",
    }
    assert "zhangsan" in console.deck and "form_straight.jpg" in console.documents
    k.app.start()
    k.journey.start(pick_matter(k.catalog.catalog, plain_matter).code)
    console.insertCard("zhangsan")
    qtbot.waitUntil(lambda: k.journey.step == "form", timeout=10000)
    console.setPaper(False)
    assert k.devices.manager.driver("printer").emulator.paper_out
    assert console.printer == {"paper": False, "cover": False}
    console.setPlugged("document_camera", False)
    assert not k.devices.manager.driver("document_camera").emulator.plugged
    console.setPlugged("document_camera", True)
    assert not errors


def walker(k, qtbot):
    from kiosk.tools.simulate import Walker

    return Walker(k, lambda pred: qtbot.waitUntil(pred, timeout=15000))


def test_proxy_application_for_a_family_member(dkiosk, qtbot):
    k = dkiosk
    w = walker(k, qtbot)
    w.begin("proxy")
    assert k.app.screen == "journey-proxy"
    assert k.journey.info["maskedName"] == "张*"  # the agent, masked
    assert not k.journey.submitProxy("王秀英", "", "13900001111", "child")  # no ID, no letter
    errors = set(k.journey.formErrors)
    assert "principal_id_number" in errors
    assert "authorization" not in errors  # the matter's guide lists no 授权委托书: never asked for
    w.until("proxy", "rate")
    _app_id, payload = stored(k)
    assert payload["proxy"]["principal"]["name"] == "王秀英"
    assert payload["proxy"]["agent"]["name"] == "张三" and payload["proxy"]["relationship"] == "child"
    assert k.db.execute("SELECT applicant_role FROM applications").fetchone() == ("proxy",)
    assert k.journey.receipt["printed"]


def test_bundle_one_form_one_submission(dkiosk, qtbot):
    from kiosk.tools.simulate import pick

    k = dkiosk
    _kind, code = pick(k.catalog.catalog, "bundle")
    members = {m.code for m in k.catalog.catalog.matters_of_bundle(code)}
    w = walker(k, qtbot)
    w.begin("bundle")
    assert k.journey.info["bundle"]
    w.until("bundle", "rate")
    row = k.db.execute("SELECT bundle_code, matter_codes FROM applications").fetchone()
    assert row[0] == code and set(json.loads(row[1])) == members
    assert k.db.execute("SELECT count(*) FROM outbox WHERE kind = 'application'").fetchone() == (1,)
    codes = [r[0] for r in k.db.execute("SELECT material_code FROM materials WHERE path IS NULL")]
    assert len(codes) == len(set(codes))  # each material once


def test_unreadable_card_says_so_and_a_second_try_works(dkiosk, qtbot):
    from devices.idcard.emulator import Fault

    k = dkiosk
    reader = k.devices.manager.driver("idcard").emulator
    k.app.start()
    k.journey.start(pick_matter(k.catalog.catalog, plain_matter).code)
    reader.inject(Fault.READ_FAILURE, times=None)
    reader.insert("zhangsan")
    qtbot.waitUntil(lambda: "没有读到身份证" in k.journey.message, timeout=15000)
    assert k.journey.step == "identify" and k.app.screen == "journey-identify"
    reader.remove()
    reader.clear_faults()
    reader.insert("zhangsan")
    qtbot.waitUntil(lambda: k.journey.step == "form", timeout=15000)
    assert k.journey.message == ""


def test_face_camera_offline_leads_to_staff_verification(dkiosk, qtbot):
    k = dkiosk
    camera = k.devices.manager.driver("face_camera")
    camera.emulator.unplug()
    qtbot.waitUntil(lambda: str(camera.status().health) != "ok", timeout=15000)
    w = walker(k, qtbot)
    w.begin("face")
    assert k.app.screen == "journey-face-consent"
    policy = k.journey.info["face"]
    press(k, "faceAgree")
    assert k.journey.step in ("form", "materials")
    assert "工作人员" in k.journey.message
    w.until("face", "rate")
    required = policy == "required"
    row = k.db.execute("SELECT face_status, staff_verification FROM applications").fetchone()
    assert row == ("camera_offline", int(required))  # flagged for staff where face was required


@pytest.mark.parametrize("theme,locale", [("elderly", "zh_CN"), ("standard", "en")])
def test_journey_screens_named_buttons_large_targets_no_qml_errors(kiosk, theme, locale):
    from PySide6.QtGui import QAccessible
    from test_shell import visible_buttons

    from kiosk.tools.screenshots import SCREENS, show_screen

    with qml_warnings(kiosk) as errors:
        for name in [n for n in SCREENS if n.startswith("journey-")]:
            show_screen(kiosk, name, theme, locale)
            assert kiosk.app.screen == name, name
            assert kiosk.window.property("currentScreen").property("prompt"), name
            buttons = list(visible_buttons(kiosk))
            assert buttons, name
            for item, iface in buttons:
                assert iface.text(QAccessible.Text.Name), f"{name}: unnamed {item.objectName()}"
                if theme == "elderly":
                    assert item.width() >= 60 and item.height() >= 60, f"{name}: {item.objectName()}"
    assert not errors, errors


def test_face_attempt_on_the_emulated_camera_then_staff(dkiosk, qtbot):
    k = dkiosk
    faces = Path(__file__).resolve().parents[2] / "assets" / "camera" / "face"
    k.devices.manager.driver("face_camera").emulator.show(faces / "grace_hopper_portrait.jpg")
    k.journey.face_timeout = 3.0
    w = walker(k, qtbot)
    w.begin("face")
    press(k, "faceAgree")
    qtbot.waitUntil(lambda: k.app.screen == "journey-face")
    press(k, "faceStart")
    assert k.journey.busy
    qtbot.waitUntil(lambda: not k.journey.busy, timeout=30000)
    # a still picture never blinks: the liveness check fails and a retry is offered
    assert k.journey.step == "face" and "再试" in k.journey.message
    assert k.journey.journey.face.attempts == 1
    press(k, "faceStaff")
    qtbot.waitUntil(lambda: k.journey.step in ("form", "materials"))
    w.until("face", "rate")
    assert k.db.execute("SELECT face_status FROM applications").fetchone() == ("staff_chosen",)
