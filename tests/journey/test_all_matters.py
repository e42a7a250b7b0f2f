"""Every matter of the demo catalog, walked as a resident would: no dead ends.

A matter handled at the terminal reaches its receipt with only what the resident can bring (their
card on the reader, their own papers under the camera), never a page the camera would have to "happen"
to show: the application form the terminal generates and a material obtained by 部门间共享 are never
asked for. A matter handled elsewhere ends in a clear window-only answer: where to go, and a 一次性告知单
to print. The one certification matter has its own flow (tests/journey/test_certification.py).
"""

from __future__ import annotations

import pytest
from journey_kit import card, fill, page, strokes

from kiosk.core.catalog import FaceVerification, FieldType, MaterialSupply, MatterKind
from kiosk.core.catalog_io import load_catalog
from kiosk.core.journey.journey import Step
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.window_notice import window_notice
from kiosk.tools.matter_walk import simulate_all_matters

CATALOG = load_catalog()
WALKED = [m for m in CATALOG.matters if m.kind is not MatterKind.CERTIFICATION]


def _handled_here(m):
    return m.terminal_handling and m.kind is not MatterKind.GUIDE


def _walk_to_review(j):
    j.identify(card())
    if j.step is Step.FACE_CONSENT:
        assert j.face_policy is FaceVerification.OPTIONAL
        j.face_consent(False)  # an optional check declined: the journey goes on
    assert j.step is Step.GUIDE
    j.accept_guide()
    if j.step is Step.FORM:
        fill(j)
        result = j.submit_form()
        assert result.ok, result.errors
    assert j.step is Step.MATERIALS
    step = j.materials
    not_asked = {
        m.code for matter in j.matters for m in matter.materials if m.supply is not MaterialSupply.RESIDENT
    }
    assert {c.code for c in step.cards if not c.asked} == not_asked
    for c in step.cards:
        if not c.asked:
            assert c.code not in step.missing()
            assert step.handling(c.code) is not None
        elif c.required and step.handling(c.code) is None:
            if "resident_id" in c.elicense_types:
                step.use_card_read(c.code, j.holder)  # the card on the reader, no photocopy
            else:
                step.scan(c.code, [page(c.code)])  # the resident's own paper
    j.finish_materials()
    j.sign(strokes())
    assert j.step is Step.REVIEW


@pytest.mark.parametrize("matter", WALKED, ids=[m.code[-8:] + "-" + m.name.zh_CN for m in WALKED])
def test_every_matter_reaches_a_receipt_or_a_window_answer(matter, start):
    if not _handled_here(matter):
        with pytest.raises(JourneyError) as info:
            start(matter.code)
        assert info.value.code == "not_at_terminal" and info.value.params["where"]
        notice = window_notice(CATALOG, matter)
        asked = [m.name.zh_CN for m in matter.materials if m.supply is MaterialSupply.RESIDENT]
        assert all(name in notice.text() for name in asked)
        assert matter.hours.zh_CN in notice.text() and matter.consultation_phone in notice.text()
        return
    j = start(matter.code)
    _walk_to_review(j)
    review = j.review("zh_CN")
    for row, f in zip(review["form"], j.form.fields, strict=True):
        if f.type is FieldType.CHOICE and row["raw"] is not None:
            assert row["value"] in {o.label.zh_CN for o in f.options}  # words, never the code
    generated = [c.code for c in j.materials.generated_cards]
    assert [g["code"] for g in review["generated"]] == generated
    result = j.submit()
    assert j.step is Step.RECEIPT
    text = j.receipt.text()  # printing it is the printer's tests' business (test_journey_simple)
    assert result.acceptance_no in text and matter.name.zh_CN in text
    j.skip_receipt()
    assert j.step is Step.RATE
    j.skip_rating()
    assert j.step is Step.END


def test_the_guide_words_and_the_catalog_agree():
    for matter in CATALOG.matters:
        for m in matter.materials:
            if m.notes is not None and "自动生成" in m.notes.zh_CN:
                assert m.supply is MaterialSupply.TERMINAL, (matter.name.zh_CN, m.code)
            if m.supply is MaterialSupply.SHARED:
                assert m.source.value == "department_sharing", (matter.name.zh_CN, m.code)


def test_a_window_notice_prints(catalog, services, receipt_png):
    matter = next(m for m in catalog.matters if not _handled_here(m) and len(m.materials) >= 3)
    notice = window_notice(catalog, matter, terminal_name="青石镇便民服务中心")
    assert notice.title == "一次性告知单" and notice.checklist
    assert services.printer.print_receipt(notice).printed
    assert receipt_png().stat().st_size > 0


def test_the_walk_covers_every_kind_of_supply():
    supplies = {m.supply for matter in WALKED if _handled_here(matter) for m in matter.materials}
    assert supplies == set(MaterialSupply)
    assert any(not _handled_here(m) for m in WALKED)


def test_kiosk_tools_simulate_all_matters_walks_the_demo_catalog(capsys):
    assert simulate_all_matters() == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == f"all-matters: {len(CATALOG.matters)} matters, 0 failed"
    walked = [line for line in lines if line.startswith(("receipt", "window"))]
    assert len(walked) == len(WALKED)
