"""The small parts: ID numbers, acceptance numbers and QR tags, working days, signatures, cards of a bundle,
and the rule that the journey core imports nothing it should not."""

from __future__ import annotations

import ast
import datetime as dt
import io
import random
from pathlib import Path

import pytest
from journey_kit import RESIDENT_ID, card, strokes
from PIL import Image

from kiosk.core.catalog import TimeLimit, TimeUnit
from kiosk.core.journey.identity import id_check_char, id_number_problem, identify
from kiosk.core.journey.materials import build_cards, make_elicense_payload, parse_elicense_payload
from kiosk.core.journey.numbers import (
    applicant_token,
    format_acceptance_no,
    parse_acceptance_no,
    parse_progress_qr,
    progress_qr_payload,
    typed_acceptance_no,
)
from kiosk.core.journey.signature import SignatureError, render_signature
from kiosk.core.journey.workdays import WorkCalendar
from kiosk.logs import Redactor
from kiosk.store.audit import check_no_personal_data

CORE = Path(__file__).resolve().parents[2] / "kiosk" / "core" / "journey"


def test_gb11643():
    assert id_check_char("11010519491231002") == "X"
    assert id_number_problem("11010519491231002X") is None
    assert id_number_problem("11010519491231002x") is None  # lower-case x is read as X
    assert id_number_problem("110105194912310021") == "id_check_digit"
    assert id_number_problem("0" * 18) == "invalid_id_number"
    assert id_number_problem("11010520491231002X", dt.date(2026, 1, 1)) in ("id_birth_date", "id_check_digit")
    assert id_number_problem(None) == "invalid_id_number"


def test_person_never_shows_itself():
    person = identify(card(), dt.date(2026, 11, 26))
    assert "张三丰" not in repr(person) and RESIDENT_ID not in repr(person)
    assert person.masked_name == "张*丰" and person.masked_id == RESIDENT_ID[:4] + "*" * 10 + RESIDENT_ID[-4:]
    assert identify(card(name="欧阳娜娜"), dt.date(2026, 11, 26)).masked_name == "欧**娜"
    assert identify(card(name="李四"), dt.date(2026, 11, 26)).masked_name == "李*"


def test_acceptance_numbers_are_never_taken_for_personal_data():
    redactor = Redactor()
    rng = random.Random(4)
    codes = ["0001", "0376", "41", "411523", "41152319", "ZK01", "A1"] + [
        "".join(rng.choice("0123456789") for _ in range(rng.randint(2, 8))) for _ in range(200)
    ]
    day = dt.date(2018, 1, 1)
    for i, code in enumerate(codes):
        for seq in (1, 42, 9999, 12345):
            number = format_acceptance_no(code, day + dt.timedelta(days=37 * i), seq)
            assert not redactor.contains_personal_data(number), number
            check_no_personal_data({"acceptance_no": number})
            parsed = parse_acceptance_no(number)
            assert parsed == (code, day + dt.timedelta(days=37 * i), seq)
    with pytest.raises(ValueError):
        format_acceptance_no("bad code", day, 1)
    assert parse_acceptance_no("0001-261399-0001") is None


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("00012612060007", "0001-261206-0007"),  # the number pad has no dash key
        ("0001-261206-0007", "0001-261206-0007"),
        ("zk01 261206 0042", "ZK01-261206-0042"),
        ("41152319261206000123", "41152319-261206-000123"),  # the longest code, a long sequence
        ("0001-261399-0001", None),  # no such day
        ("0001261399 0001", None),
        ("2612060007", None),  # no terminal code
        ("ABCDEFGHI2612060007", None),  # a code of 9
        ("", None),
    ],
)
def test_a_typed_acceptance_number_reads_as_printed(typed, number):
    assert typed_acceptance_no(typed) == number


def test_progress_qr_tags_and_tokens():
    key = b"k" * 32
    payload = progress_qr_payload(key, "0001-261126-0007")
    assert parse_progress_qr(key, payload) == "0001-261126-0007"
    assert parse_progress_qr(b"x" * 32, payload) is None
    tampered = payload.replace("0007", "0008")
    assert parse_progress_qr(key, tampered) is None
    assert applicant_token(key, RESIDENT_ID) == applicant_token(key, RESIDENT_ID.lower())
    assert RESIDENT_ID not in applicant_token(key, RESIDENT_ID)


def test_working_days():
    cal = WorkCalendar.of(holidays=[dt.date(2026, 12, 31)], extra_workdays=[dt.date(2026, 12, 5)])
    thursday = dt.date(2026, 11, 26)
    assert cal.deadline(TimeLimit(value=0), thursday) == thursday
    assert cal.deadline(TimeLimit(value=1), thursday) == dt.date(2026, 11, 27)
    assert cal.deadline(TimeLimit(value=2), thursday) == dt.date(2026, 11, 30)  # over the weekend
    assert cal.deadline(TimeLimit(value=5, unit=TimeUnit.NATURAL_DAY), thursday) == dt.date(2026, 12, 1)
    assert cal.is_working_day(dt.date(2026, 12, 5)) and not cal.is_working_day(dt.date(2026, 12, 31))
    assert cal.working_days_between(thursday, cal.deadline(TimeLimit(value=20), thursday)) == 20


def test_signature_png_and_refusals():
    sig = render_signature(strokes(), (600, 240))
    with Image.open(io.BytesIO(sig.png)) as img:
        assert img.size == (600, 240)
        assert img.getextrema()[0] == 0  # there is ink
    assert len(sig.sha256) == 64 and sig.strokes == 2
    for nonsense, code in (
        ([], "signature_empty"),
        (None, "signature_empty"),
        ("abc", "signature_empty"),
        ([[("x", "y")], [(float("nan"), 1)]], "signature_empty"),
        ([[(10, 10), (12, 11), (13, 10)]], "signature_too_short"),
        ([[(10, 10)] * 50], "signature_too_short"),  # a dot pressed long is not a signature
    ):
        with pytest.raises(SignatureError) as info:
            render_signature(nonsense)
        assert info.value.code == code
    far = render_signature([[(-100, -100), (5000, 5000), (0, 239), (599, 0)] * 3])  # clamped, not refused
    assert far.points == 12


def test_elicense_payloads():
    payload = make_elicense_payload("household_register", "HR|1 2", "ref/9", "豫南县公安局")
    scan = parse_elicense_payload(payload)
    assert (scan.type_code, scan.number, scan.issuer_ref, scan.issuer) == (
        "household_register",
        "HR|1 2",
        "ref/9",
        "豫南县公安局",
    )
    for junk in (None, "", "ELIC1|a|b", "ELIC2|a|b|c", "ELIC1|a|%ff%fe|c", "ELIC1|a|b|c\n|d", "x" * 5000):
        assert parse_elicense_payload(junk) is None


def test_bundle_cards_merge_rules(catalog):
    for bundle in catalog.bundles:
        members = catalog.matters_of_bundle(bundle.code)
        promised = {m.code: dt.date(2026, 12, 1) + dt.timedelta(days=i) for i, m in enumerate(members)}
        cards = build_cards(members, promised)
        codes = [c.code for c in cards]
        assert len(codes) == len(set(codes))
        for c in cards:
            sources = [m for _, m in c.sources]
            assert c.required == any(m.necessity.value == "required" for m in sources)
            assert c.deferrable == all(m.deferrable for m in sources)
            assert all(all(t in m.elicense_types for m in sources) for t in c.elicense_types)
            assert c.latest_due == min(promised[code] for code in c.matters)


def test_the_core_imports_only_what_it_may():
    allowed_prefixes = ("kiosk.core", "kiosk.logs", "__future__")
    for path in CORE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            for name in names:
                top = name.split(".")[0]
                ok = (
                    name.startswith(allowed_prefixes)
                    or top in _stdlib()
                    or (path.name == "signature.py" and top == "PIL")
                )
                assert ok, f"{path.name} imports {name}"


def _stdlib() -> frozenset[str]:
    import sys

    return frozenset(sys.stdlib_module_names)
