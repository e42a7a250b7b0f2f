"""待邮寄: a request a resident left with no link, answered "mail" by the platform, goes round trip
through the console in Chromium: window staff see what to post and where (masked), open the full
address on request (audited), mark it posted with the day (audited), and the resident's progress lookup
by ID card at a terminal then says 已寄出. A technician gets no page and no address."""

from __future__ import annotations

import datetime as dt

import pytest
from selenium.webdriver.common.by import By

from kiosk.core.journey.progress import ApplicationStatus, kind_text, status_text
from kiosk.journey_adapters.remote_progress import remote_statuses
from kiosk.store import print_jobs
from sync import sealing
from sync.engine.engine import SyncEngine
from sync.engine.records import seal_id

pytestmark = pytest.mark.slow  # the console walked in a real browser (Chromium), a system test like AT-SPI's

ZHANG_SAN = "411502198005123012"
FULL_ADDRESS = "河南省信阳市浉河区示例路1号"
MATTER = "11411599MB0000102F200030012000001"


def test_a_mailed_document_is_posted_from_the_console_and_the_resident_sees_it_posted(
    kiosk_db, creds, client, console, platform
):
    key = sealing.public_key_from_raw(creds.seal_public_key)
    job = print_jobs.leave_request(
        kiosk_db, MATTER, "social_insurance_certificate", seal_id(ZHANG_SAN, key), "mail"
    )
    assert SyncEngine(kiosk_db, client).run_once().sent == 1
    assert print_jobs.state_of(kiosk_db, job) == print_jobs.MAILING
    (terminal,) = platform.storage.terminals()
    console.store.set_township(terminal.id, "青石镇")
    before = remote_statuses(creds, ZHANG_SAN, "张*")
    assert [(s.kind, s.platform_state) for s in before] == [("mailed_document", "to-mail")]

    # a technician has no business with residents' addresses
    console.login("zhou")
    console.open("/console/mail")
    assert "你的角色不能进行此操作" in console.text("#refused")
    assert "示例路" not in console.driver.page_source
    with console.session() as http:  # signed in, with a good CSRF token, asking for the address anyway
        attack = http.post(f"/console/mail/{terminal.id}/{job}/address", data={"csrf": console.csrf()})
        posted = http.post(
            f"/console/mail/{terminal.id}/{job}/posted", data={"csrf": console.csrf(), "day": ""}
        )
    assert attack.status_code == posted.status_code == 403 and "示例路" not in attack.text
    refused = [e.target for e in console.store.audit_log() if e.actor == "zhou" and e.action == "refused"]
    assert f"/console/mail/{terminal.id}/{job}/address" in refused

    console.login("li")
    console.open("/console/mail")
    listing = console.text("#mailings")
    assert "社会保险参保缴费证明" in listing and "青石镇" in listing and "待寄出" in listing
    assert "河南省信阳市浉河区****" in listing and "示例路" not in console.driver.page_source
    console.shot("mail-list")

    console.submit(console.driver.find_element(By.CSS_SELECTOR, "button.show-address"))
    assert console.text("#full-address") == FULL_ADDRESS
    console.shot("mail-address-shown")
    console.open("/console/mail")  # shown once: a fresh look hides it again
    assert "示例路" not in console.driver.page_source

    # a posting day in the future is a typing slip: refused in words, nothing recorded
    (row,) = console.driver.find_elements(By.CSS_SELECTOR, "#mailings tr[data-request]")
    action = row.find_element(By.CSS_SELECTOR, "form[action$='/posted']").get_attribute("action")
    with console.session() as http:
        tomorrow = (dt.date.today() + dt.timedelta(days=2)).isoformat()
        refused = http.post(action, data={"csrf": console.csrf(), "day": tomorrow})
    assert refused.status_code == 400 and "请填写寄出日期" in refused.text
    assert platform.storage.mailing(terminal.id, job).posted_at is None

    day = console.driver.find_element(By.CSS_SELECTOR, "#mailings input[name=day]")
    posted_on = dt.date.today().isoformat()
    console.driver.execute_script("arguments[0].value = arguments[1]", day, posted_on)
    console.submit(console.driver.find_element(By.XPATH, "//table[@id='mailings']//button[text()='已寄出']"))
    assert "已登记寄出" in console.text("#done")
    assert f"已寄出 {posted_on}（李窗口）" in console.text("#mailings")
    assert console.driver.find_elements(By.CSS_SELECTOR, "#mailings input[name=day]") == []  # once
    console.shot("mail-posted")

    trail = [(e.actor, e.action, e.detail) for e in console.store.audit_log() if e.action.startswith("mail.")]
    assert ("li", "mail.address.show", "") in trail and ("li", "mail.posted", posted_on) in trail
    assert all("示例路" not in e.detail and "示例路" not in e.target for e in console.store.audit_log())

    # the resident, at any terminal, reads the card: the document shows as posted
    (after,) = remote_statuses(creds, ZHANG_SAN, "张*")
    assert isinstance(after, ApplicationStatus) and after.platform_state == "mailed"
    assert status_text(after) == "已寄出" and kind_text(after.kind) == "邮寄的证明文件"
    assert posted_on in after.platform_note
