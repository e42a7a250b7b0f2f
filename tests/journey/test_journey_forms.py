"""Form validation: every field type, stable codes with parameters, and nonsense never raising."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from journey_kit import PRINCIPAL_ID, RESIDENT_ID, card, value_for

from kiosk.core.catalog import ChoiceOption, FieldType, FormField, FormSchema, LocalText, Validation
from kiosk.core.journey.forms import ApplicationForm, FieldError
from kiosk.core.journey.identity import identify


def _f(key, ftype, required=True, **validation):
    options = tuple(ChoiceOption(value=v, label=LocalText(v)) for v in validation.pop("options", ()))
    return FormField(
        key=key,
        label=LocalText(key),
        type=ftype,
        required=required,
        validation=Validation(options=options, **validation) if (validation or options) else None,
    )


MEMBER = (
    _f("name", FieldType.TEXT, max_length=30),
    _f("relation", FieldType.CHOICE, options=("spouse", "child")),
    _f("id_number", FieldType.ID_NUMBER, required=False),
)
FIELDS = (
    _f("name", FieldType.TEXT, min_length=2, max_length=10),
    _f("code", FieldType.TEXT, required=False, pattern="^[A-Z][0-9]{3}$"),
    _f("people", FieldType.NUMBER, min=1, max=20),
    _f("born", FieldType.DATE),
    _f("sex", FieldType.CHOICE, options=("male", "female"), required=False),
    _f("needs", FieldType.MULTICHOICE, options=("a", "b", "c"), max_items=2),
    _f("address", FieldType.ADDRESS, max_length=40),
    _f("phone", FieldType.PHONE),
    _f("id", FieldType.ID_NUMBER),
    FormField(
        key="family",
        label=LocalText("家庭成员", "Family"),
        type=FieldType.GROUP,
        validation=Validation(min_items=1, max_items=3),
        fields=MEMBER,
        required=True,
    ),
)


class _Matter:
    """Just enough of a Matter for ApplicationForm.for_matters."""

    def __init__(self, code, fields):
        self.code = code
        self.form = FormSchema(fields=tuple(fields))


FORM = ApplicationForm.for_matters([_Matter("m1", FIELDS)], ())
GOOD = {
    "name": "张三丰",
    "code": "A123",
    "people": "３",  # full-width digits are fine
    "born": "1980/1/1",
    "sex": "male",
    "needs": ["b", "a"],
    "address": "青石镇人民路18号",
    "phone": "138-1234-5678",
    "id": RESIDENT_ID.lower(),
    "family": [
        {"name": "王秀英", "relation": "spouse"},
        {"name": "张小明", "relation": "child", "id_number": PRINCIPAL_ID},
    ],
}


def codes(result) -> dict[str, str]:
    return {e.path: e.code for e in result.errors}


def test_valid_values_are_normalized():
    result = FORM.validate(GOOD)
    assert result.ok, result.errors
    v = result.values
    assert v["people"] == 3 and v["born"] == "1980-01-01" and v["needs"] == ["a", "b"]
    assert v["phone"] == "13812345678" and v["id"] == RESIDENT_ID
    assert v["family"][1]["id_number"] == PRINCIPAL_ID


@pytest.mark.parametrize(
    ("key", "value", "code", "params"),
    [
        ("name", "", "required", {}),
        ("name", "张", "too_short", {"min": 2}),
        ("name", "张" * 11, "too_long", {"max": 10}),
        ("name", "张\x07三", "invalid_characters", {}),
        ("name", "\ud800abc", "invalid_characters", {}),
        ("name", 42, "invalid_value", {}),
        ("code", "a123", "pattern_mismatch", {}),
        ("people", "three", "not_a_number", {}),
        ("people", float("nan"), "not_a_number", {}),
        ("people", True, "not_a_number", {}),
        ("people", 0, "number_too_small", {"min": "1"}),
        ("people", "21", "number_too_large", {"max": "20"}),
        ("people", "1e400", "not_a_number", {}),
        ("born", "2026-02-30", "invalid_date", {}),
        ("born", "1800-01-01", "date_out_of_range", {"min": "1900-01-01", "max": "2100-12-31"}),
        ("born", ["2020-01-01"], "invalid_date", {}),
        ("sex", "other", "invalid_choice", {}),
        ("needs", ["a", "z"], "invalid_choice", {}),
        ("needs", ["a", "a"], "duplicate_choice", {}),
        ("needs", ["a", "b", "c"], "too_many_choices", {"max": 2}),
        ("address", "x", "too_short", {"min": 2}),
        ("phone", "12345", "invalid_phone", {}),
        ("phone", 13812345678, "invalid_phone", {}),
        ("id", "41152319800101123", "invalid_id_number", {}),
        ("id", RESIDENT_ID[:17] + ("1" if RESIDENT_ID[17] != "1" else "2"), "id_check_digit", {}),
        ("id", "411523" + "19801301" + "1234", "id_birth_date", {}),
        ("family", [], "required", {}),
        ("family", [{"name": "甲", "relation": "spouse"}] * 4, "too_many_items", {"max": 3}),
        ("family", "not a list", "invalid_value", {}),
    ],
)
def test_each_problem_has_its_code(key, value, code, params):
    result = FORM.validate({**GOOD, key: value})
    errors = [e for e in result.errors if e.path == key]
    assert errors == [FieldError(key, code, params)], result.errors
    assert key not in result.values
    assert errors[0].text("zh_CN") and errors[0].text("en")
    assert "{" not in errors[0].text("en")  # every placeholder filled


def test_group_rows_report_their_paths():
    result = FORM.validate({**GOOD, "family": [{"name": "王秀英"}, {"relation": "cousin", "age": 3}, "x"]})
    assert codes(result) == {
        "family[0].relation": "required",
        "family[1].age": "unknown_field",
        "family[1].name": "required",
        "family[1].relation": "invalid_choice",
        "family[2]": "invalid_value",
    }


def test_unknown_keys_and_non_mappings():
    assert codes(FORM.validate({**GOOD, "hack": 1, 3: 4})) == {"hack": "unknown_field", "3": "unknown_field"}
    assert "" in codes(FORM.validate(["not", "a", "mapping"]))
    assert FORM.validate_field("nope", 1)[0].code == "unknown_field"


def test_messages_in_both_languages():
    (error,) = FORM.validate_field("name", "张")
    assert error.text("zh_CN") == "至少填写2个字。"
    assert error.text("en") == "Enter at least 2 characters."


def test_prefill_from_the_card_and_the_principal(catalog):
    matter = next(
        m for m in catalog.matters if m.form and any(f.prefill == "idcard.sex" for f in m.form.fields)
    )
    form = ApplicationForm.for_matter(matter)
    person = identify(card(), dt.date(2026, 11, 26))
    values = form.prefill(person)
    for f in form.fields:
        if f.prefill == "idcard.name":
            assert values[f.key] == "张三丰"
        if f.prefill == "idcard.sex":
            assert values[f.key] == "male"
        if f.prefill == "idcard.address":
            assert values[f.key] == "河南省豫南县青石镇人民路18号"
    assert all(f.prefill for f in form.fields if f.key in values)


def test_every_demo_form_accepts_its_generated_values(catalog):
    for matter in catalog.matters:
        if matter.form is None:
            continue
        form = ApplicationForm.for_matter(matter)
        values = {f.key: value_for(f) for f in form.fields}
        result = form.validate(values, dt.date(2026, 11, 26))
        assert result.ok, (matter.code, result.errors)


def test_bundle_forms_ask_shared_fields_once(catalog):
    for bundle in catalog.bundles:
        members = [m for m in catalog.matters_of_bundle(bundle.code) if m.form]
        form = ApplicationForm.for_matters(members, bundle.shared_fields)
        keys = [f.key for f in form.fields]
        assert len(keys) == len(set(keys))
        for key in bundle.shared_fields:
            holders = [m.code for m in members if m.form.field(key)]
            if len(holders) >= 2:
                spec = form.spec(key)
                assert spec.matters == tuple(holders)
                assert spec.field.required == any(
                    m.form.field(key).required for m in members if m.form.field(key)
                )
        values = {f.key: value_for(f) for f in form.fields}
        split = form.split(values)
        for m in members:
            assert set(split[m.code]) == {f.key for f in m.form.fields}


def test_unshared_duplicates_are_kept_per_matter():
    a = _Matter("A", [_f("village", FieldType.TEXT), _f("phone", FieldType.PHONE)])
    b = _Matter("B", [_f("village", FieldType.TEXT), _f("phone", FieldType.PHONE, required=False)])
    form = ApplicationForm.for_matters([a, b], ["phone"])
    assert form.keys == ("A/village", "phone", "B/village")
    assert form.spec("phone").field.required
    assert form.split({"A/village": "x1", "B/village": "x2", "phone": "13812345678"}) == {
        "A": {"village": "x1", "phone": "13812345678"},
        "B": {"phone": "13812345678", "village": "x2"},
    }


def test_shared_choice_offers_what_every_member_accepts():
    a = _Matter("A", [_f("bank", FieldType.CHOICE, options=("rcb", "psbc", "abc"))])
    b = _Matter("B", [_f("bank", FieldType.CHOICE, options=("abc", "rcb", "icbc"), required=False)])
    form = ApplicationForm.for_matters([a, b], ["bank"])
    assert [o.value for o in form.field("bank").options] == ["rcb", "abc"]
    assert form.validate_field("bank", "icbc")[0].code == "invalid_choice"


def test_describe_gives_the_ui_plain_rows():
    rows = FORM.describe("en")
    by_key = {r["key"]: r for r in rows}
    assert by_key["phone"]["keyboard"] == "numeric" and by_key["name"]["keyboard"] == "pinyin"
    assert by_key["family"]["fields"][1]["options"][0] == {"value": "spouse", "label": "spouse"}


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.binary(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from([f.key for f in FIELDS] + ["zz"]), json_values, max_size=12))
def test_nonsense_input_never_raises(values):
    result = FORM.validate(values, dt.date(2026, 11, 26))
    for e in result.errors:
        assert isinstance(e.code, str) and e.text("zh_CN") and e.text("en")
    for key, value in values.items():
        FORM.validate_field(key, value)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_in_any_field_type(text):
    for f in FIELDS:
        FORM.validate_field(f.key, text)
