"""The catalog domain model: bilingual texts, every implementation-list element, lookups, round trip."""

from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest

from kiosk.core import catalog as cat
from kiosk.core.catalog import (
    Catalog,
    FaceVerification,
    FieldType,
    LabelledEnum,
    LocalText,
    MatterKind,
    MatterType,
    Necessity,
)
from kiosk.core.catalog_io import DEMO_CATALOG_PATH, check_document, load_catalog, read_document

CLAUSE_1 = [
    "public_education",
    "employment",
    "social_insurance",
    "healthcare",
    "elderly_care",
    "social_services",
    "housing_security",
    "culture_sports",
    "disability_services",
]


@pytest.fixture(scope="module")
def demo() -> Catalog:
    return load_catalog()


def by_name(catalog: Catalog, zh: str) -> cat.Matter:
    found = [m for m in catalog.matters if m.name.zh_CN == zh]
    assert found, zh
    return found[0]


def test_local_text_falls_back_to_chinese():
    both = LocalText("养老金", "Pension")
    assert both.text("zh_CN") == "养老金"
    assert both.text("en") == "Pension"
    assert both.text("en_US") == "Pension"
    assert both.text("fr") == "养老金"
    assert LocalText("只有中文").text("en") == "只有中文"
    assert LocalText.of("文本") == LocalText("文本", "")
    assert LocalText.of({"zh_CN": "中", "en": "E"}) == LocalText("中", "E")
    assert str(both) == "养老金"
    assert LocalText("中").to_json() == {"zh_CN": "中"}


def test_every_enum_member_has_a_bilingual_label():
    enums = [
        c
        for c in vars(cat).values()
        if isinstance(c, type) and issubclass(c, LabelledEnum) and c is not LabelledEnum
    ]
    assert len(enums) >= 14
    for enum_cls in enums:
        for member in enum_cls:
            assert member.label.zh_CN and member.label.en, member
    assert len(MatterType) == 8
    assert MatterType.ADMINISTRATIVE_LICENSE.label.zh_CN == "行政许可"
    assert cat.CaseType.IMMEDIATE.label.zh_CN == "即办件"
    assert cat.CaseType.COMMITMENT.label.zh_CN == "承诺件"


def test_model_round_trips_through_the_document(demo: Catalog):
    doc = demo.to_dict()
    assert check_document(doc) == []
    again = Catalog.from_dict(doc)
    assert again == demo
    assert again.to_dict() == doc


def test_model_is_immutable(demo: Catalog):
    m = demo.matters[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.name = LocalText("x")  # type: ignore[misc]
    assert isinstance(demo.matters, tuple) and isinstance(m.materials, tuple)


def test_categories_follow_clause_1_then_the_extra_ones(demo: Catalog):
    codes = [c.code for c in demo.categories]
    assert codes[:9] == CLAUSE_1
    assert {"household_registration", "civil_affairs", "market_registration"} <= set(codes)
    for c in demo.categories:
        assert c.icon.isascii() and c.icon
        assert c.name.zh_CN and c.name.en
        assert demo.matters_in_category(c.code), f"category {c.code} is empty"
    assert demo.category("healthcare") is not None and demo.category("nope") is None


def test_a_matter_carries_every_implementation_list_element(demo: Catalog):
    m = by_name(demo, "城乡居民基本养老保险注销登记（含丧葬补助金申领）")
    assert len(m.basic_code) == 12 and len(m.code) <= 36
    assert m.type is MatterType.PUBLIC_SERVICE
    body = demo.implementing_body(m)
    assert body is not None and body.name.zh_CN == "豫南县社会保险中心" and len(body.code) == 18
    assert m.accepting_department and demo.department(m.accepting_department) is not None
    assert m.legal_basis and m.conditions
    assert m.service_objects == (cat.ServiceObject.NATURAL_PERSON,)
    assert m.case_type is cat.CaseType.COMMITMENT
    assert cat.HandlingForm.SELF_SERVICE in m.handling_forms
    assert m.promised_limit.value == 20 and m.promised_limit.unit is cat.TimeUnit.WORKING_DAY
    assert m.visits == 0
    assert m.fees.charged is False
    assert len(m.process) >= 3 and all(s.name.en for s in m.process)
    assert m.place.zh_CN and m.hours.zh_CN
    assert m.consultation_phone.startswith("0376-") and m.complaint_phone == "12345"
    assert m.terminal_handling is True and m.where_to_go is None
    assert m.tongban_scope is cat.TongbanScope.COUNTY
    assert m.quantity_limit is not None
    assert m.result is not None and m.commitment is not None
    assert m.version
    assert m.form is not None and m.form.field("subject_name") is not None

    deferred = m.material("hukou_cancelled")
    assert deferred is not None and deferred.deferrable and deferred.necessity is Necessity.REQUIRED
    promise = m.material("relationship_proof")
    assert promise is not None and promise.commitment_allowed
    form = m.material("closure_form")
    assert form is not None and form.blank_form is not None and form.sample is not None and form.copies == 2
    account = m.material("beneficiary_account")
    assert account is not None and account.elicense_types == ("social_security_card",)
    assert demo.elicense_type("social_security_card") is not None
    assert m.deferrable_materials == (deferred,)
    assert deferred not in m.required_materials or deferred.deferrable


def test_fees_and_statutory_limits(demo: Catalog):
    idc = by_name(demo, "居民身份证申领、换领、补领")
    assert idc.fees.charged and [i.amount for i in idc.fees.items] == [20, 40, 10] and idc.fees.basis
    assert idc.statutory_limit is not None and idc.statutory_limit.value == 60
    assert idc.statutory_limit.unit is cat.TimeUnit.NATURAL_DAY
    assert (
        idc.terminal_handling is False and idc.where_to_go is not None and "派出所" in idc.where_to_go.zh_CN
    )


def test_certification_matter_has_no_form_and_requires_the_face(demo: Catalog):
    m = by_name(demo, "领取养老金人员待遇资格认证")
    assert m.kind is MatterKind.CERTIFICATION and m.is_certification
    assert m.form is None
    assert m.face_verification is FaceVerification.REQUIRED
    assert m.terminal_handling


def test_form_fields_have_types_validation_and_prefill(demo: Catalog):
    m = by_name(demo, "临时救助申请")
    assert m.form is not None
    name = m.form.field("applicant_name")
    assert name is not None and name.prefill == "idcard.name" and name.required
    phone = m.form.field("applicant_phone")
    assert (
        phone is not None and phone.type is FieldType.PHONE and phone.validation and phone.validation.pattern
    )
    family = m.form.field("family_members")
    assert family is not None and family.type is FieldType.GROUP and family.fields
    assert {f.key for f in family.fields} >= {"name", "relation", "id_number"}
    cause = m.form.field("cause")
    assert cause is not None and len(cause.options) >= 2 and cause.options[0].label.en
    assert "applicant_name" in m.form.keys


def test_lookups(demo: Catalog):
    first = demo.matters[0]
    assert demo.matter(first.code) is first
    assert demo.matter("NOPE") is None
    assert demo.bundle("nope") is None and demo.matters_of_bundle("nope") == ()
    in_cat = demo.matters_in_category("social_insurance")
    assert in_cat and all(m.category == "social_insurance" for m in in_cat)
    assert [m.code for m in in_cat] == [m.code for m in demo.matters if m.category == "social_insurance"]
    assert demo.matters_in_category("nope") == ()
    dep = demo.departments[0].code
    assert all(m.department == dep for m in demo.matters_of_department(dep))
    sic = next(d for d in demo.departments if d.name.zh_CN == "豫南县社会保险中心")
    assert len(demo.matters_of_department(sic.code)) >= 5
    newborn = demo.bundle("newborn")
    assert newborn is not None and newborn.name.zh_CN == "新生儿出生一件事"
    members = demo.matters_of_bundle("newborn")
    assert [m.code for m in members] == list(newborn.matters)
    assert newborn in demo.bundles_with_matter(members[0].code)
    assert "applicant_phone" in newborn.shared_fields and newborn.trigger.zh_CN


def test_list_row_for_the_ui(demo: Catalog):
    m = by_name(demo, "高龄津贴申领")
    row = m.list_row("en")
    assert row == {
        "code": m.code,
        "name": "Old-age allowance (80 and over)",
        "type": "administrative_payment",
        "type_label": "Administrative benefit payment",
        "kind": "application",
        "terminal_handling": True,
        "promised_value": 20,
        "promised_unit": "working_day",
        "fee_charged": False,
        "case_type": "commitment",
    }
    assert m.list_row()["name"] == "高龄津贴申领"


def test_from_dict_reports_the_path_of_a_bad_value():
    doc = read_document(DEMO_CATALOG_PATH)
    doc["matters"][2]["type"] = "bogus"
    with pytest.raises(ValueError, match=r"\$\.matters\[2\]\.type"):
        Catalog.from_dict(doc)


def test_core_catalog_modules_never_import_qt():
    code = (
        "import sys\n"
        "import kiosk.core.catalog, kiosk.core.catalog_io, kiosk.core.search, kiosk.tools.catalog_gen\n"
        "from kiosk.core.catalog_io import load_catalog\n"
        "load_catalog().search('yanglao')\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
