"""How each form field is typed, walked over every field of every form in the demo catalog: the number
pad for whatever is digits by kind (bank account, phone, ID, amounts, card and certificate numbers, codes),
the date picker for dates, the Pinyin keyboard only for words; and whatever the pad offers can type a value
the field's check accepts (and nothing it never would)."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator

import pytest

from kiosk.core.catalog import Catalog, FieldType, FormField, LocalText, Validation
from kiosk.core.catalog_io import load_catalog
from kiosk.core.journey.forms import ApplicationForm
from kiosk.core.journey.input_method import PAD_KINDS, input_method

#: A label that names a number by kind: such a field is never typed in Pinyin.
NUMBER_WORDS = ("账号", "卡号", "编号", "证号", "号码", "代码", "金额", "年份", "人数", "面积")
BY_TYPE = {
    FieldType.NUMBER: "number",
    FieldType.PHONE: "phone",
    FieldType.ID_NUMBER: "id_number",
    FieldType.DATE: "date",
    FieldType.CHOICE: "choice",
    FieldType.MULTICHOICE: "multichoice",
    FieldType.GROUP: "group",
    FieldType.ADDRESS: "address",
}
#: The keys each pad kind adds to the ten digits (kiosk/ui/qml/components/NumberPad.qml).
PAD_KEYS = {
    "number": ".",
    "phone": "",
    "digits": "",
    "digits_x": "X",
    "id_number": "X" + string.ascii_uppercase,
    "code": string.ascii_uppercase,
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


def every_form_field(catalog: Catalog) -> Iterator[tuple[str, FormField, dict]]:
    """(where, field, its row for the UI) for every field of every matter's and bundle's form, the
    rows of a group included."""
    forms = [(m.code, ApplicationForm.for_matter(m)) for m in catalog.matters if m.form is not None]
    by_code = {m.code: m for m in catalog.matters}
    for b in catalog.bundles:
        members = [by_code[c] for c in b.matters if by_code[c].form is not None]
        if members:
            forms.append((b.code, ApplicationForm.for_matters(members, b.shared_fields)))
    for where, form in forms:
        rows = {r["key"]: r for r in form.describe("zh_CN")}
        for spec in form.specs:
            f, row = spec.field, rows[spec.field.key]
            yield where, f, row
            subs = {s["key"]: s for s in row["fields"]}
            for sub in f.fields:
                yield f"{where} {f.key}", sub, subs[sub.key]


def test_every_field_of_every_form_is_typed_the_way_its_kind_needs(catalog: Catalog) -> None:
    seen: dict[str, set[str]] = {}
    for where, f, row in every_form_field(catalog):
        method = input_method(f)
        assert row["input"] == method.kind and row["input_max"] == method.max_length, (where, f.key)
        typing = "numeric" if method.on_pad else "pinyin" if method.kind in ("text", "address") else "none"
        assert row["keyboard"] == typing, (where, f.key)
        seen.setdefault(method.kind, set()).add(f.key)
        label = f.label.text("zh_CN")
        if f.type in BY_TYPE:
            assert method.kind == BY_TYPE[f.type], (where, f.key, method)
        elif any(word in label for word in NUMBER_WORDS):
            assert method.on_pad, f"{where}: {label} ({f.key}) would open the Pinyin keyboard"
        else:
            assert method.kind == "text", (where, f.key, label, method)
    # the demo catalog's own numbers by kind, each on its pad
    assert {"bank_account"} <= seen["digits"], seen
    assert {"disability_card_no"} <= seen["digits_x"]
    assert {"card_number", "credit_code", "birth_certificate_no"} <= seen["code"]
    assert {"applicant_phone"} <= seen["phone"] and {"applicant_id_number"} <= seen["id_number"]
    assert {"amount", "area_mu", "built_year"} <= seen["number"]
    assert {"applicant_name", "description"} <= seen["text"]


def _sample(pattern: str) -> str:
    """A value of the pattern's longest shape, built from its own character classes."""
    body = pattern.removeprefix("^").removesuffix("$")
    out = ""
    for part, rep in re.findall(r"(\[[^\]]+\]|\\d|[A-Za-z0-9])(\{[\d,]+\})?", body):
        times = int(rep.strip("{}").split(",")[-1]) if rep else 1
        ch = next(c for c in string.digits[1:] + string.ascii_uppercase if re.fullmatch(part, c))
        out += ch * times
    return out


def test_what_the_pad_offers_types_a_value_the_check_accepts(catalog: Catalog) -> None:
    checked = 0
    for where, f, _row in every_form_field(catalog):
        method = input_method(f)
        if not method.on_pad or f.type is not FieldType.TEXT:
            continue
        assert f.validation is not None and f.validation.pattern
        value = _sample(f.validation.pattern)
        keys = set(string.digits + PAD_KEYS[method.kind])
        assert set(value) <= keys, (where, f.key, value, method)
        assert method.max_length == len(value), (where, f.key)
        form = ApplicationForm.for_matter(next(m for m in catalog.matters if m.form and f in m.form.fields))
        assert form.validate_field(f.key, value) == (), (where, f.key, value)
        checked += 1
    assert checked >= 5


def test_bank_account_is_a_digits_pad_of_nineteen() -> None:
    account = _field("bank_account", pattern="^[0-9]{12,19}$")
    assert (input_method(account).kind, input_method(account).max_length) == ("digits", 19)
    # a pattern's own length limit and the field's, the tighter wins
    capped = _field("bank_account", pattern="^[0-9]{12,19}$", max_length=16)
    assert input_method(capped).max_length == 16
    assert input_method(_field("code", pattern=r"^\d{6}$")).kind == "digits"  # a postcode


@pytest.mark.parametrize(
    "pattern",
    [
        "^[0-9]+-[0-9]+$",  # a hyphen: not a pad key
        "^(0|[1-9][0-9]*)$",  # a group
        "^[a-z0-9]{6}$",  # lower case
        "^.{4}$",  # anything
        "^[^0-9]+$",  # Chinese among what it takes
        "^[0-9]{4}|[A-Z]{2}$",  # an alternative
    ],
)
def test_a_pattern_that_takes_more_than_pad_keys_keeps_the_keyboard(pattern: str) -> None:
    assert input_method(_field("x", pattern=pattern)).kind == "text"


def test_only_number_kinds_are_on_the_pad() -> None:
    assert PAD_KINDS == set(PAD_KEYS)
    assert input_method(_field("note")).kind == "text"


def _field(key: str, *, pattern: str | None = None, max_length: int | None = None) -> FormField:
    return FormField(
        key=key,
        label=LocalText(key),
        type=FieldType.TEXT,
        validation=Validation(pattern=pattern, max_length=max_length),
    )
