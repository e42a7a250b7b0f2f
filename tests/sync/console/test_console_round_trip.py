"""A complaint and a help call go round trip: kiosk store → sync engine → platform → staff in the
browser console (sign in, acknowledge, assign, reply) → status feed → the kiosk holds the answer, and
the complaint's slip finds the reply under 查询进度."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import httpx
import pytest
import zxingcpp
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from selenium.webdriver.common.by import By

from devices.printer import create_driver
from kiosk.core.catalog_io import load_catalog
from kiosk.core.journey.complaints import CATEGORIES, complaint_slip, file_complaint
from kiosk.core.journey.help import HelpDesk
from kiosk.core.journey.progress import ProgressLookup
from kiosk.journey_adapters.printer import DevicePrinter
from kiosk.journey_adapters.store import JourneyStore
from kiosk.store import resident_records
from sync.engine.engine import SyncEngine
from sync.protocol.status_page import status_url

pytestmark = pytest.mark.slow  # the console walked in a real browser (Chromium), a system test like AT-SPI's

COMPLAINT_TEXT = "窗口排队太久，<b>希望</b>增加一个窗口。"
REPLY = "已于本周增开一个综合窗口，感谢您的建议。"


@pytest.fixture
def printer(tmp_path):
    driver = create_driver({"emulated": True, "model": "pos80", "output_dir": str(tmp_path / "receipts")})
    driver.open()
    yield driver
    driver.close()


def printed_slip_qr(store: JourneyStore, printer, complaint_id: str) -> str:
    """Print the complaint's slip on the byte-level printer emulator and read its QR off the paper."""
    number, qr = store.complaint_slip(complaint_id)
    slip = complaint_slip(number, CATEGORIES["efficiency"].text("zh_CN"), dt.datetime.now().astimezone(), qr)
    assert DevicePrinter(printer).print_receipt(slip).printed
    (code,) = zxingcpp.read_barcodes(printer.emulator.last_receipt_image.convert("L"))
    return str(code.text)


def public_page(url: str) -> str:
    """The slip's page as a phone gets it: 200, with none of what the resident or staff wrote."""
    page = httpx.get(url)
    assert page.status_code == 200
    assert COMPLAINT_TEXT not in page.text and "窗口排队" not in page.text and REPLY not in page.text
    assert "13800138000" not in page.text
    return page.text


@pytest.fixture
def kiosk(tmp_path, kiosk_db, creds, client):
    key = X25519PublicKey.from_public_bytes(creds.seal_public_key)
    store = JourneyStore(kiosk_db, tmp_path / "kiosk" / "sealed", key, "0001")
    return store, SyncEngine(kiosk_db, client)


def test_help_call_and_complaint_round_trip_through_the_console(kiosk, kiosk_db, console, platform, printer):
    store, engine = kiosk
    complaint = file_complaint(
        store, "efficiency", COMPLAINT_TEXT, contact="13800138000", now=dt.datetime.now().astimezone()
    )
    call = HelpDesk(store).call("journey-materials").record
    # the slip's QR is the platform's public page; filed before any sync, the page is not there yet
    slip_url = printed_slip_qr(store, printer, complaint.id)
    assert slip_url == status_url(platform.url, complaint.id)
    not_yet = httpx.get(slip_url)
    assert not_yet.status_code == 404 and "上传到平台后才能查询" in not_yet.text
    assert engine.run_once().stopped_by is None
    assert "已收到，等待分派" in public_page(slip_url)
    assert not resident_records.help_answered(kiosk_db, call.id)

    # window staff see the call on the live board (which terminal, which township) and go
    console.store.set_township(complaint_terminal(platform), "青石镇")
    console.login("li")
    assert console.path() == "/console/help"
    board = console.text("#help-calls")
    assert "办事：提交材料（journey-materials）" in board and "待响应" in board
    assert "乡镇便民服务站 1" in board and "青石镇" in board
    assert console.text("#waiting-calls") == "1" and "（1 个呼叫）" in console.driver.title
    console.shot("help-board-waiting")
    row = console.driver.find_element(By.CSS_SELECTOR, f"tr[data-item='{call.id}']")
    console.submit(row.find_element(By.XPATH, ".//button[text()='我去处理']"))
    assert "工作人员正在赶来" in console.text("#done")
    assert "李窗口 正在前往" in console.text("#help-calls")
    assert console.driver.find_elements(By.ID, "waiting-calls") == []
    console.shot("help-board-acknowledged")

    engine.run_once()
    assert resident_records.help_answered(kiosk_db, call.id)

    # a window clerk cannot read or take the complaint before it is assigned to them
    console.open("/console/complaints")
    assert "待分派后查看" in console.text("#complaints")
    console.open(f"/console/complaints/{complaint_terminal(platform)}/{complaint.id}")
    assert "没有分派给你" in console.text("#refused") and COMPLAINT_TEXT not in console.text()

    # the supervisor assigns it
    console.login("wang")
    console.open("/console/complaints")
    listing = console.text("#complaints")
    assert "办事效率" in listing and "剩余" in listing and "未分派" in listing
    row = console.driver.find_element(By.CSS_SELECTOR, f"tr[data-item='{complaint.id}']")
    row.find_element(By.CSS_SELECTOR, "select[name=to] option[value=li]").click()
    console.submit(row.find_element(By.XPATH, ".//button[text()='分派']"))
    assert "已分派" in console.text("#done")
    console.shot("complaints-assigned")
    assert "已分派，正在办理" in public_page(slip_url)

    # the clerk reads it (sealed text opened for them, shown as text) and replies
    console.login("li")
    console.open("/console/complaints")
    console.submit(console.driver.find_element(By.LINK_TEXT, "查看并答复"))
    assert console.text("#complaint-text") == COMPLAINT_TEXT  # markup shown literally
    assert "13800138000" in console.text()
    assert "剩余" in console.text("#countdown")
    console.shot("complaint-detail")
    console.driver.find_element(By.ID, "reply").send_keys(REPLY)
    console.submit(console.driver.find_element(By.ID, "send-reply"))
    assert "答复已发送" in console.text("#done")
    assert "已答复" in console.text("#complaints")
    answered = public_page(slip_url)
    today_in_china = dt.datetime.now(ZoneInfo("Asia/Shanghai")).strftime("%Y-%m-%d")  # the times staff read
    assert "已答复" in answered and "答复时间 " + today_in_china in answered

    engine.run_once()
    state, reply, replied_at = resident_records.complaint_reply(kiosk_db, complaint.id)
    assert (state, reply) == ("completed", REPLY) and replied_at is not None
    # the resident scans the complaint's slip under 查询进度 and reads the answer
    _number, qr = store.complaint_slip(complaint.id)
    (row,) = ProgressLookup(store, load_catalog()).by_qr(qr)
    assert (row.kind, row.status, row.note) == ("complaint", "completed", REPLY)

    # resolved calls leave the "waiting" state on the board; the kiosk's call stays answered
    console.open("/console/help")
    row = console.driver.find_element(By.CSS_SELECTOR, f"tr[data-item='{call.id}']")
    console.submit(row.find_element(By.XPATH, ".//button[text()='已解决']"))
    assert "已解决（李窗口）" in console.text("#help-calls")
    engine.run_once()
    assert resident_records.help_answered(kiosk_db, call.id)

    # every step is in the audit trail, with who did it
    console.login("wang")
    console.open("/console/audit")
    trail = console.text("#audit")
    for who, action in (("li", "help.acknowledge"), ("wang", "complaint.assign"), ("li", "complaint.open"),
                        ("li", "complaint.reply"), ("li", "help.resolve")):  # fmt: skip
        assert any(who in line and action in line for line in trail.splitlines()), (who, action)
    assert COMPLAINT_TEXT not in trail and "13800138000" not in trail
    console.shot("audit")

    # the phone that scans the slip: the page reads on a narrow screen
    console.driver.set_window_size(390, 844)
    try:
        console.driver.get(slip_url)
        assert console.text("h1") == "投诉建议进度" and console.text(".state") == "已答复"
        console.shot("complaint-public-page-phone")
    finally:
        console.driver.set_window_size(1366, 900)


def complaint_terminal(platform) -> str:
    (terminal,) = platform.storage.terminals()
    return terminal.id
