"""Pension certification and home visits end to end on loopback: the kiosk core queues, the sync
engine uploads to the reference platform, staff decide with `kiosk-platform admin`, the status feed
brings the decision back to the progress lookup; no face bytes stay on the kiosk's disk after the
platform acknowledged them, and none ever reach a log."""

from __future__ import annotations

import base64
import datetime as dt
import logging
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from kiosk.core.catalog_io import load_catalog
from kiosk.core.journey.certification import CertificationJourney
from kiosk.core.journey.home_visit import HomeVisitRequest, VisitDetails
from kiosk.core.journey.identity import CardData, id_check_char
from kiosk.core.journey.journey import JourneyServices
from kiosk.core.journey.progress import ProgressLookup
from kiosk.journey_adapters.certification import KindSubmitter
from kiosk.journey_adapters.store import JourneyStore
from sync.engine.engine import SyncEngine
from sync.platform import review
from sync.platform.cli import main as platform_cli

CERTIFICATION = "11411599MB0000102F200030004000001"
JPEG = b"\xff\xd8\xff\xe0" + b"LIVE-FACE-PIXELS" * 200 + b"\xff\xd9"
WLT = b"CHIP-PHOTO-WLT!!" * 64


def _id(first17: str) -> str:
    return first17 + id_check_char(first17)


ELDER_ID = _id("41152319450303002")
HELPER_ID = _id("41152319900202567")


def elder() -> CardData:
    return CardData(
        "李秀英", ELDER_ID, "female", dt.date(1945, 3, 3), "汉", "青石镇东湖村", "豫南县公安局",
        dt.date(2010, 1, 1), None, check_digit_ok=True,
    )  # fmt: skip


def helper() -> CardData:
    return CardData(
        "王小明", HELPER_ID, "male", dt.date(1990, 2, 2), "汉", "青石镇人民路", "豫南县公安局",
        dt.date(2016, 1, 1), dt.date(2036, 1, 1), check_digit_ok=True,
    )  # fmt: skip


@pytest.fixture
def rig(tmp_path, kiosk_db, creds, client):
    store = JourneyStore(
        kiosk_db,
        tmp_path / "kiosk" / "sealed",
        X25519PublicKey.from_public_bytes(creds.seal_public_key),
        "0001",
    )
    services = JourneyServices(submitter=KindSubmitter(store, "certification"), evaluations=store)
    return store, services, SyncEngine(kiosk_db, client)


def admin(platform, *args: str) -> int:
    return platform_cli([*platform.cli_args(), "admin", *args])


def certify(store, services, *, proxy: bool) -> str:
    j = CertificationJourney(load_catalog(), services, CERTIFICATION)
    if proxy:
        j.identify(helper(), proxy=True)
        j.principal_card(elder(), "child", WLT)
    else:
        j.identify(elder())
    j.consent(True)
    j.liveness_attempt(False)
    assert j.liveness_attempt(True, JPEG, 0.9)
    assert j.result is not None
    return j.result.application_id


def status_of(store, acceptance_person: CardData) -> list[tuple[str, str, str]]:
    from kiosk.core.journey.identity import identify

    lookup = ProgressLookup(store, load_catalog())
    person = identify(acceptance_person, dt.date.today())
    return [(r.kind, r.status, r.note) for r in lookup.by_person(person)]


def face_bytes_on_disk(root: Path) -> list[Path]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if b"LIVE-FACE-PIXELS" in data or b"CHIP-PHOTO-WLT" in data or b"TElWRS1GQUNF" in data:
                hits.append(path)
    return hits


def test_certification_is_reviewed_by_staff_and_shows_as_passed_after_sync(
    rig, platform, kiosk_db, tmp_path, capsys, caplog
):
    caplog.set_level(logging.DEBUG)
    store, services, engine = rig
    app_id = certify(store, services, proxy=True)
    sealed_dir = tmp_path / "kiosk" / "sealed"
    assert len(list(sealed_dir.iterdir())) == 2  # face and card photo, sealed

    report = engine.run_once()
    assert report.acknowledged == 1 and report.stopped_by is None
    # acknowledged: the kiosk keeps no face file any more (deleted in the same pass)
    assert list(sealed_dir.iterdir()) == []
    paths = kiosk_db.execute("SELECT path FROM materials WHERE application_id = ?", [app_id]).fetchall()
    assert paths and all(p[0] is None for p in paths)
    assert status_of(store, elder())[0][:2] == ("certification", "received")

    capsys.readouterr()
    assert admin(platform, "certifications") == 0
    listed = capsys.readouterr().out
    assert "李*英" in listed and "assisted" in listed and "reference=card_photo" in listed
    assert "李秀英" not in listed and ELDER_ID not in listed
    case_no = listed.split()[0]

    # staff compare the live face with the reference: both come out of the platform, decrypted
    assert admin(platform, "show", case_no, "--out", str(tmp_path / "review")) == 0
    assert (tmp_path / "review" / f"{case_no}-face_photo.jpg").read_bytes() == JPEG
    assert (tmp_path / "review" / f"{case_no}-card_photo.wlt").read_bytes() == WLT

    assert admin(platform, "approve", case_no) == 0
    capsys.readouterr()
    assert admin(platform, "certifications") == 0
    assert capsys.readouterr().out == ""  # decided: no longer waiting

    engine.run_once()
    kind, status, note = status_of(store, elder())[0]
    assert (kind, status) == ("certification", "certified") and note == "认证通过"

    # nothing of the face anywhere on the kiosk's disk (store, WAL, sealed files) or in any log line
    assert face_bytes_on_disk(tmp_path / "kiosk") == []
    b64 = base64.b64encode(JPEG)[:24].decode()
    for record in caplog.records:
        text = record.getMessage()
        assert "LIVE-FACE" not in text and b64 not in text and ELDER_ID not in text


def test_a_rejection_carries_its_reason_to_the_kiosk(rig, platform, capsys):
    store, services, engine = rig
    certify(store, services, proxy=False)
    engine.run_once()
    capsys.readouterr()
    admin(platform, "certifications")
    case_no = capsys.readouterr().out.split()[0]
    with pytest.raises(SystemExit):  # a rejection without a reason the resident can act on
        admin(platform, "reject", case_no)
    assert admin(platform, "reject", case_no, "--reason", "照片不清晰，请到窗口认证") == 0
    engine.run_once()
    _kind, status, note = status_of(store, elder())[0]
    assert status == "certification-failed" and note == "照片不清晰，请到窗口认证"


class _AlwaysPass:
    def decide(self, case, face_jpeg, card_photo):
        assert face_jpeg == JPEG and card_photo is None and case.reference == "registry"
        return review.Decision(True)


def test_an_automatic_matcher_decides_through_the_same_interface(rig, platform):
    store, services, engine = rig
    certify(store, services, proxy=False)
    engine.run_once()
    assert (
        review.run_matcher(
            platform.storage, platform.storage.blob_dir, platform.keyring, review.StaffReview()
        )
        == 0
    )
    assert (
        review.run_matcher(platform.storage, platform.storage.blob_dir, platform.keyring, _AlwaysPass()) == 1
    )
    engine.run_once()
    assert status_of(store, elder())[0][1] == "certified"


def test_a_home_visit_is_listed_scheduled_and_shown_on_the_fleet_page(rig, platform, capsys):
    store, services, engine = rig
    services.submitter = KindSubmitter(store, "home_visit")
    visit = HomeVisitRequest(load_catalog(), services)
    visit.identify(helper())
    visit.resident_card(elder())
    assert (
        visit.submit(VisitDetails("青石镇东湖村三组12号", "13800001111", CERTIFICATION, "child", "卧床"))
        == ()
    )
    engine.run_once()
    capsys.readouterr()
    assert admin(platform, "home-visits") == 0
    line = capsys.readouterr().out
    assert "received" in line and "东湖村三组12号" in line and "李*英" in line
    case_no = line.split()[0]
    page = httpx.get(
        platform.url + "/admin/fleet", headers={"authorization": f"Bearer {platform.admin_token}"}
    ).text
    assert "Home visits" in page and case_no in page and "东湖村" not in page  # no address on the page
    assert admin(platform, "schedule-visit", case_no, "--date", "2026-12-02", "--note", "上午") == 0
    engine.run_once()
    kind, status, note = status_of(store, elder())[0]
    assert (kind, status) == ("home_visit", "visit-scheduled") and "2026-12-02" in note
    assert admin(platform, "visit-done", case_no) == 0
    engine.run_once()
    assert status_of(store, elder())[0][1] == "completed"
