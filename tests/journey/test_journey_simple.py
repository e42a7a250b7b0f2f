"""A simple matter end to end: card, form, scans (a real camera page), sign, submit, receipt, rating."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import zxingcpp
from journey_kit import (
    RESIDENT_ID,
    card,
    check_application,
    fill,
    no_clear_text,
    pick_matter,
    plain_matter,
    strokes,
)
from PIL import Image

from devices.camera.document import crop_document
from kiosk.core.journey.evaluation import Rating
from kiosk.core.journey.journey import Step
from kiosk.core.journey.numbers import parse_acceptance_no, parse_progress_qr
from kiosk.journey_adapters.devices import scanned_page

SAMPLE = Path(__file__).resolve().parents[2] / "assets" / "camera" / "document" / "form_straight.jpg"


def test_simple_matter_end_to_end(catalog, start, db, store, platform_private, receipt_png, session):
    matter = pick_matter(catalog, plain_matter)
    j = start(matter.code)
    assert j.step is Step.IDENTIFY
    person = j.identify(card())
    assert person.masked_name == "张*丰"
    assert j.step is Step.GUIDE
    assert j.guide()["matters"][0]["code"] == matter.code
    j.accept_guide()
    assert j.step is Step.FORM
    # prefilled from the card
    assert j.values.get("applicant_name") == "张三丰"
    assert j.values.get("applicant_id_number") == RESIDENT_ID
    fill(j)
    result = j.submit_form()
    assert result.ok, result.errors
    assert j.step is Step.MATERIALS

    capture = crop_document(cv2.imread(str(SAMPLE)))
    assert capture.quality.ok
    real_page = scanned_page(capture)
    required = [c for c in j.materials.cards if c.required and c.asked]
    generated = [c.code for c in j.materials.generated_cards]
    assert generated, "the demo's plain matter has an application form the terminal generates"
    assert not set(generated) & set(j.materials.missing())  # never asked for
    first = required[0].code
    j.materials.add_page(first, real_page)
    assert j.materials.add_page(first, real_page) == 2
    for c in required[1:]:
        j.materials.scan(c.code, [real_page])
    j.finish_materials()
    assert j.step is Step.SIGN
    signature = j.sign(strokes())
    assert signature.png.startswith(b"\x89PNG")
    assert j.step is Step.REVIEW
    review = j.review()
    assert review["applicant"]["masked_name"] == "张*丰"
    assert [g["code"] for g in review["generated"]] == generated  # shown before submitting
    assert ["申请人姓名", "张三丰"] in review["generated"][0]["rows"]

    submitted = j.submit()
    assert j.submit() is submitted  # a second press answers the same
    code, day, seq = parse_acceptance_no(submitted.acceptance_no)
    assert code == "0001" and day == j.today and seq == 1
    assert j.step is Step.RECEIPT

    payload = check_application(db, platform_private, submitted.application_id)
    assert payload["applicant"]["id_number"] == RESIDENT_ID
    assert payload["form"]["applicant_name"] == "张三丰"
    assert payload["signature"]["sha256"] == signature.sha256
    pages = db.execute(
        "SELECT material_code, detail FROM materials "
        "WHERE application_id = ? AND disposition = 'scanned' ORDER BY id",
        [submitted.application_id],
    ).fetchall()
    assert len(pages) == len(required) + 1 + len(generated)  # the generated form is sealed like a scan
    assert '"page": 2' in pages[1][1]
    # a scan's plaintext digest would confirm a guessed page: it stays inside the sealed payload only
    assert not any(real_page.sha256 in detail for _code, detail in pages)
    drawn = [json.loads(detail) for code, detail in pages if code in generated]
    assert [d["generated"] for d in drawn] == [True] * len(generated)
    assert [m["disposition"] for m in payload["materials"] if m["code"] in generated] == ["generated"]

    outcome = j.print_receipt()
    assert outcome.printed
    png = receipt_png()
    with Image.open(png) as img:
        codes = [r.text for r in zxingcpp.read_barcodes(img.convert("L"))]
    assert codes == [submitted.qr_payload]
    assert parse_progress_qr(store.secret, codes[0]) == submitted.acceptance_no
    row = db.execute(
        "SELECT receipt_printed, receipt_problem, applicant_role, staff_verification, face_status "
        "FROM applications WHERE id = ?",
        [submitted.application_id],
    ).fetchone()
    assert tuple(row) == (1, None, "self", 0, "not_needed")
    assert "受理号" in j.receipt.text() and "12345" in j.receipt.text() and "张*丰" in j.receipt.text()

    assert j.step is Step.RATE
    j.rate(Rating(overall=5, dimensions={"efficiency": 5, "service": 4, "attitude": 5}))
    assert j.step is Step.END
    ev = db.execute(
        "SELECT level, dimensions FROM evaluations WHERE application_id = ?", [submitted.application_id]
    ).fetchone()
    assert ev[0] == 5
    assert db.execute("SELECT count(*) FROM outbox WHERE kind = 'evaluation'").fetchone()[0] == 1

    session.complete()  # the foundation's wipe
    assert not j.holds_personal_data()
    no_clear_text(db, "张三丰", RESIDENT_ID, "13812345678", "人民路")
