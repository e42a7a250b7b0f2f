"""查询打印's flow without Qt: the card identifies the resident, no link leads to the plain offer, a left
request is queued in the store sealed to the platform's key, and nothing personal outlives the wipe.
The desk is the real one (``QueryPrint``) over a store file, with no platform configured: "no link"."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from devices.idcard.deck import DECK
from kiosk.core.catalog import FaceVerification
from kiosk.core.journey.identity import ReadFailure
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.query_print import QueryPrintFlow, QueryStep
from kiosk.journey_adapters.devices import card_data
from kiosk.journey_adapters.query_print import QueryPrint
from kiosk.store import outbox, print_jobs
from sync import sealing

QUERY_MATTER = "11411599MB0000102F200030012000001"
TODAY = dt.date(2026, 12, 6)


@pytest.fixture
def platform_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


@pytest.fixture
def desk(tmp_path, store_copy, platform_key) -> QueryPrint:
    db = store_copy(tmp_path / "kiosk.db")
    return QueryPrint(db, lambda: None, platform_key.public_key, None)


def _flow(catalog, desk) -> QueryPrintFlow:
    return QueryPrintFlow(catalog, desk, QUERY_MATTER, today=lambda: TODAY)


def test_an_unreadable_card_is_said_and_the_resident_may_try_again(catalog, desk) -> None:
    flow = _flow(catalog, desk)
    with pytest.raises(JourneyError) as refused:
        flow.identify(ReadFailure("card_read_failed"))
    assert refused.value.code == "card_read_failed" and flow.step is QueryStep.IDENTIFY
    flow.identify(card_data(DECK["zhangsan"].data))
    assert flow.step is QueryStep.ASKING


def test_no_link_offers_a_request_that_is_queued_sealed_to_the_platform(catalog, desk, platform_key) -> None:
    flow = _flow(catalog, desk)
    person = flow.identify(card_data(DECK["zhangsan"].data))
    assert flow.ask() == "no_link" and flow.step is QueryStep.OFFLINE
    assert flow.can_leave_request and flow.can_mail
    flow.leave_request("mail")
    assert flow.step is QueryStep.DONE and flow.outcome is not None
    assert flow.outcome.code == "query_request_mail"

    [item] = [i for i in outbox.small_items(desk.db) if i.kind == print_jobs.OUTBOX_KIND]
    body = print_jobs.request_body(desk.db, item.ref)
    assert body is not None and body["delivery"] == "mail" and body["kind"] == "social_insurance_certificate"
    assert person.id_number not in repr(body)
    opened = sealing.open_sealed(base64.b64decode(body["id_sealed"]), platform_key)
    assert opened.decode() == person.id_number  # only the platform's key opens it
    raw = desk.db.conn.execute("PRAGMA database_list").fetchone()[2]
    desk.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert person.id_number.encode() not in open(raw, "rb").read()
    flow.wipe()
    assert flow.person is None and flow.document is None


def test_mail_is_refused_where_the_catalog_does_not_offer_it(catalog, desk) -> None:
    matter = catalog.matter(QUERY_MATTER)
    spec = dataclasses.replace(matter.printed_document, mail_when_offline=False)
    matters = [dataclasses.replace(m, printed_document=spec) if m is matter else m for m in catalog.matters]
    no_mail = dataclasses.replace(catalog, matters=tuple(matters))
    flow = QueryPrintFlow(no_mail, desk, QUERY_MATTER, today=lambda: TODAY)
    flow.identify(card_data(DECK["zhangsan"].data))
    flow.ask()
    assert flow.can_leave_request and not flow.can_mail
    with pytest.raises(JourneyError) as refused:
        flow.leave_request("mail")
    assert refused.value.code == "query_delivery_unavailable" and flow.step is QueryStep.OFFLINE
    flow.leave_request("terminal")
    assert flow.outcome is not None and flow.outcome.code == "query_request_terminal"


def test_a_matter_that_prints_no_document_is_not_a_query(catalog, desk) -> None:
    other = next(m for m in catalog.matters if m.printed_document is None)
    with pytest.raises(JourneyError):
        QueryPrintFlow(catalog, desk, other.code)


def _face_matter_catalog(catalog, face: FaceVerification):
    matters = [
        dataclasses.replace(m, face_verification=face) if m.code == QUERY_MATTER else m
        for m in catalog.matters
    ]
    return dataclasses.replace(catalog, matters=tuple(matters))


def test_a_record_that_needs_a_face_is_not_asked_for_until_the_face_passes(catalog, desk) -> None:
    flow = QueryPrintFlow(_face_matter_catalog(catalog, FaceVerification.REQUIRED), desk, QUERY_MATTER)
    flow.identify(card_data(DECK["zhangsan"].data))
    assert flow.step is QueryStep.FACE
    with pytest.raises(JourneyError):
        flow.ask()  # the platform is not asked before the face check
    flow.face_result(False)
    assert flow.step is QueryStep.FACE  # another try
    flow.face_result(True)
    assert flow.step is QueryStep.ASKING and flow.face_passed


def test_a_required_face_declined_or_failed_sends_the_resident_to_the_window(catalog, desk) -> None:
    required = _face_matter_catalog(catalog, FaceVerification.REQUIRED)
    declined = QueryPrintFlow(required, desk, QUERY_MATTER)
    declined.identify(card_data(DECK["zhangsan"].data))
    declined.face_declined()
    assert declined.step is QueryStep.DONE and declined.outcome is not None
    assert declined.outcome.code == "query_face_required"
    failing = QueryPrintFlow(required, desk, QUERY_MATTER)
    failing.identify(card_data(DECK["zhangsan"].data))
    for _ in range(3):
        failing.face_result(False)
    assert failing.step is QueryStep.DONE and failing.document is None
    optional = QueryPrintFlow(_face_matter_catalog(catalog, FaceVerification.OPTIONAL), desk, QUERY_MATTER)
    optional.identify(card_data(DECK["zhangsan"].data))
    optional.face_declined()
    assert optional.step is QueryStep.ASKING


def test_without_an_a4_printer_the_previewed_document_can_only_be_mailed(
    catalog, tmp_path, store_copy
) -> None:
    """A terminal with no A4 printer: the platform answered (a stand-in answer stays out of this test:
    the flow is put at PREVIEW as ask() leaves it), so the resident may have it posted instead."""
    key = X25519PrivateKey.generate()
    desk = QueryPrint(store_copy(tmp_path / "kiosk.db"), lambda: None, key.public_key, None)
    flow = _flow(catalog, desk)
    flow.identify(card_data(DECK["zhangsan"].data))
    flow.step = QueryStep.PREVIEW
    assert not desk.has_printer() and flow.can_mail
    with pytest.raises(JourneyError):
        flow.leave_request("terminal")  # no printer here to print it on later
    flow.leave_request("mail")
    assert flow.outcome is not None and flow.outcome.code == "query_request_mail"
    assert print_jobs.counts(desk.db) == {print_jobs.AWAITING: 1}
