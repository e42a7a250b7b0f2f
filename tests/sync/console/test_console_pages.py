"""Every console page with real cases behind it, in the browser: applications with deferred (容缺)
materials and decisions whose notes reach the kiosk, certifications whose face photo opens only on
a supervisor's request (audited), home visits scheduled, the fleet with its alerts and township filter."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from PIL import Image
from selenium.webdriver.common.by import By

from kiosk.core.catalog_io import load_catalog
from kiosk.core.journey.certification import CertificationJourney
from kiosk.core.journey.home_visit import HomeVisitRequest, VisitDetails
from kiosk.core.journey.identity import CardData, id_check_char
from kiosk.core.journey.journey import JourneyServices
from kiosk.journey_adapters.certification import KindSubmitter
from kiosk.journey_adapters.store import JourneyStore
from sync.engine.client import enrol
from sync.engine.engine import SyncEngine
from sync.outbox import ApplicationDraft, record_application

pytestmark = pytest.mark.slow  # the console walked in a real browser (Chromium), a system test like AT-SPI's

CERTIFICATION = "11411599MB0000102F200030004000001"
ELDER_ID = "41152319450303002" + id_check_char("41152319450303002")
HELPER_ID = "41152319900202567" + id_check_char("41152319900202567")


def _face_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (240, 300), (205, 170, 140)).save(out, "JPEG")
    return out.getvalue()


def _elder() -> CardData:
    return CardData(
        "李秀英", ELDER_ID, "female", dt.date(1945, 3, 3), "汉", "青石镇东湖村", "豫南县公安局",
        dt.date(2010, 1, 1), None, check_digit_ok=True,
    )  # fmt: skip


def _helper() -> CardData:
    return CardData(
        "王小明", HELPER_ID, "male", dt.date(1990, 2, 2), "汉", "青石镇人民路", "豫南县公安局",
        dt.date(2016, 1, 1), dt.date(2036, 1, 1), check_digit_ok=True,
    )  # fmt: skip


@pytest.fixture
def kiosk(tmp_path, kiosk_db, creds, client):
    key = X25519PublicKey.from_public_bytes(creds.seal_public_key)
    store = JourneyStore(kiosk_db, tmp_path / "kiosk" / "sealed", key, "0001")
    health = {"idcard": "ok", "printer": "paper_out", "scanner": "offline"}
    return store, key, SyncEngine(kiosk_db, client, device_health=lambda: health)


def _application_with_deferred(db, files_dir, key) -> str:
    today = dt.date.today()
    personal = {
        "format": 1,
        "materials": [
            {
                "code": "户口簿",
                "disposition": "deferred",
                "due_date": (today - dt.timedelta(days=1)).isoformat(),
            },
            {
                "code": "结婚证",
                "disposition": "deferred",
                "due_date": (today + dt.timedelta(days=5)).isoformat(),
            },
        ],
    }
    application_id = str(uuid.uuid4())
    draft = ApplicationDraft(
        application_id=application_id, acceptance_no="0001-261206-0001", matter_codes=["410000-001"],
        catalog_version="2026.11.1", applicant_masked="张*", applicant_token="tok-" + application_id[:8],
    )  # fmt: skip
    record_application(db, files_dir, key, draft, json.dumps(personal, ensure_ascii=False).encode(), [])
    return application_id


def _certify_and_ask_for_a_visit(store) -> None:
    services = JourneyServices(submitter=KindSubmitter(store, "certification"), evaluations=store)
    j = CertificationJourney(load_catalog(), services, CERTIFICATION)
    j.identify(_elder())
    j.consent(True)
    assert j.liveness_attempt(True, _face_jpeg(), 0.93)
    services.submitter = KindSubmitter(store, "home_visit")
    visit = HomeVisitRequest(load_catalog(), services)
    visit.identify(_helper())
    visit.resident_card(_elder())
    assert (
        visit.submit(VisitDetails("青石镇东湖村三组12号", "13800001111", CERTIFICATION, "child", "卧床"))
        == ()
    )


def _case_status(db, application_id: str) -> tuple[str, str]:
    row = db.execute(
        "SELECT state, note FROM sync_case_status WHERE application_id = ?", [application_id]
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else ("", "")


def test_applications_deferred_materials_and_decisions(kiosk, kiosk_db, tmp_path, console, platform):
    _store, key, engine = kiosk
    application_id = _application_with_deferred(kiosk_db, tmp_path / "files", key)
    assert engine.run_once().acknowledged == 1
    case_no = platform.storage.application(application_id).case_no

    console.login("li")
    console.open("/console/applications")
    assert case_no in console.text("#applications")
    owed = console.text("#deferred")
    assert "户口簿" in owed and "已逾期" in owed and "结婚证" in owed and "待补交" in owed
    console.shot("applications")

    console.submit(console.driver.find_element(By.LINK_TEXT, case_no))
    console.shot("application-detail")
    row = console.driver.find_element(By.XPATH, "//tr[td[text()='户口簿']]")
    console.submit(row.find_element(By.XPATH, ".//button[text()='登记已收到']"))
    assert "已收到（李窗口）" in console.text("#deferred")

    # asking for more materials needs words for the resident
    console.driver.find_element(By.CSS_SELECTOR, "input[value='correction-requested']").click()
    console.submit(console.driver.find_element(By.ID, "decide"))
    assert "请写明需要居民做什么" in console.text("#refused")
    console.driver.back()
    console.driver.find_element(By.CSS_SELECTOR, "input[value='correction-requested']").click()
    console.driver.find_element(By.ID, "note").send_keys("请补交结婚证原件。")
    console.submit(console.driver.find_element(By.ID, "decide"))
    assert console.text("#case-state") == "需补正材料"

    engine.run_once()
    assert _case_status(kiosk_db, application_id) == ("correction-requested", "请补交结婚证原件。")


def test_certification_photo_opens_only_on_request_and_visits_are_scheduled(
    kiosk, kiosk_db, tmp_path, console, platform
):
    store, key, engine = kiosk
    _certify_and_ask_for_a_visit(store)
    # and a case whose payload is not what staff tools expect: the pages must still open
    draft = ApplicationDraft(
        application_id=str(uuid.uuid4()), acceptance_no="0001-261206-0099", matter_codes=["410000-001"],
        catalog_version="2026.11.1", applicant_masked="王*", applicant_token="tok-odd",
    )  # fmt: skip
    record_application(kiosk_db, tmp_path / "files", key, draft, b"not json at all", [])
    assert engine.run_once().acknowledged == 3

    console.login("li")
    console.open("/console/certifications")
    assert "李*英" in console.text("#certifications") and "李秀英" not in console.text()
    assert console.driver.find_elements(By.CSS_SELECTOR, "button.open-photo") == []  # window staff: no photo
    assert "青石镇东湖村三组12号" in console.text("#visits")
    day = console.driver.find_element(By.CSS_SELECTOR, "#visits input[name=day]")
    # the native date picker's typing order follows the browser's locale; set the value it would set
    console.driver.execute_script("arguments[0].value = '2026-12-20'", day)
    console.submit(console.driver.find_element(By.XPATH, "//table[@id='visits']//button[text()='安排']"))
    assert "已安排上门" in console.text("#visits")

    console.login("wang")
    console.open("/console/certifications")
    assert console.driver.find_elements(By.ID, "face-photo") == []  # nothing opened by just looking
    console.shot("certifications")
    console.submit(console.driver.find_element(By.CSS_SELECTOR, "button.open-photo"))
    photo = console.driver.find_element(By.ID, "face-photo")
    assert console.driver.execute_script("return arguments[0].naturalWidth", photo) == 240
    console.shot("certification-photo")
    opened = [e for e in console.store.audit_log() if e.action == "certification.photo.open"]
    assert [e.actor for e in opened] == ["wang"]

    console.submit(
        console.driver.find_element(By.XPATH, "//table[@id='certifications']//button[text()='通过']")
    )
    assert "认证通过" in console.text("#certifications")
    engine.run_once()
    states = kiosk_db.execute(
        "SELECT a.kind, s.state FROM sync_case_status s JOIN applications a ON a.id = s.application_id "
        "ORDER BY a.kind"
    ).fetchall()
    assert [tuple(r) for r in states] == [
        ("application", "received"), ("certification", "certified"), ("home_visit", "visit-scheduled"),
    ]  # fmt: skip


def test_fleet_alerts_and_township_filter(kiosk, console, platform, creds):
    _store, _key, engine = kiosk
    engine.run_once()  # a heartbeat: printer out of paper, scanner offline
    enrol(platform.url, platform.enrol_token(), "东湖乡便民服务站")  # enrolled, never heard from since

    console.login("zhou")
    assert console.path() == "/console/fleet"
    fleet = console.text("#fleet")
    assert "打印机缺纸" in fleet and "扫码器故障（离线）" in fleet and "离线（从未上线）" in fleet
    for name, town in (("乡镇便民服务站 1", "青石镇"), ("东湖乡便民服务站", "东湖乡")):
        row = console.driver.find_element(By.XPATH, f"//tr[td[starts-with(normalize-space(.), '{name}')]]")
        field = row.find_element(By.NAME, "township")
        field.clear()
        field.send_keys(town)
        console.submit(row.find_element(By.XPATH, ".//button[text()='保存']"))
    console.shot("fleet")
    console.driver.find_element(By.CSS_SELECTOR, "#township-filter option[value='青石镇']").click()
    console.submit(console.driver.find_element(By.XPATH, "//form[@class='filter']//button"))
    rows = console.driver.find_elements(By.CSS_SELECTOR, "#fleet tbody tr")
    assert len(rows) == 1 and "乡镇便民服务站 1" in rows[0].text
    console.shot("fleet-filtered")
