"""Query-and-print matters name the document the platform issues and what the query needs."""

from __future__ import annotations

import copy
from typing import Any

from kiosk.core.catalog import MatterKind
from kiosk.core.catalog_io import DEMO_CATALOG_PATH, check_document, load_catalog, read_document
from kiosk.core.catalog_model import QueryParameter

SOCIAL_INSURANCE = "11411599MB0000102F200030012000001"


def _demo() -> dict[str, Any]:
    return copy.deepcopy(read_document(DEMO_CATALOG_PATH))


def _matter(doc: dict[str, Any], code: str) -> dict[str, Any]:
    return next(m for m in doc["matters"] if m["code"] == code)


def test_the_demo_social_insurance_query_prints_the_platforms_certificate() -> None:
    matter = load_catalog().matter(SOCIAL_INSURANCE)
    assert matter is not None and matter.kind is MatterKind.QUERY
    assert matter.printed_document is not None
    assert matter.printed_document.document == "social_insurance_certificate"
    assert matter.printed_document.query == (QueryParameter.ID_CARD,)
    assert matter.printed_document.mail_when_offline


def test_only_a_query_matter_may_print_a_document() -> None:
    doc = _demo()
    application = next(m for m in doc["matters"] if m.get("kind", "application") == "application")
    application["printed_document"] = {"document": "social_insurance_certificate"}
    assert any("printed_document" in str(p) for p in check_document(doc))


def test_a_bad_query_parameter_or_document_kind_is_refused_with_its_place() -> None:
    doc = _demo()
    _matter(doc, SOCIAL_INSURANCE)["printed_document"]["query"] = ["fingerprint"]
    problems = [str(p) for p in check_document(doc)]
    assert any("printed_document" in p and "query" in p for p in problems), problems
    doc = _demo()
    _matter(doc, SOCIAL_INSURANCE)["printed_document"]["document"] = "../etc"
    assert check_document(doc)
