"""The console in English, in the browser: a supervisor switches to English and walks every page (help
board, complaints, a complaint, applications, an application, certifications with a photo, fleet,
audit, a refusal, sign-in); no Chinese is left in the pages' words (what residents, staff and kiosks
wrote stays as written), the choice sticks across pages and survives signing out and in, and switching
back gives Chinese again. The first visit follows Accept-Language, the switch cannot be made to
redirect off the console, a resident's phone gets the public status page in its language, and hostile
text is as inert in English as in Chinese.

One platform and one browser for the module. Screenshots of every page in both languages go to
``$CONSOLE_SCREENSHOTS`` when set (1920x1080; the status page at a phone's 390x844)."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from PIL import Image
from selenium.webdriver.common.by import By

from kiosk.core.catalog_io import load_catalog
from kiosk.core.journey.certification import CertificationJourney
from kiosk.core.journey.complaints import file_complaint
from kiosk.core.journey.help import HelpDesk
from kiosk.core.journey.home_visit import HomeVisitRequest, VisitDetails
from kiosk.core.journey.identity import CardData, id_check_char
from kiosk.core.journey.journey import JourneyServices
from kiosk.journey_adapters.certification import KindSubmitter
from kiosk.journey_adapters.store import JourneyStore
from kiosk.store import print_jobs
from kiosk.store.connection import open_store
from sync.engine.client import PlatformClient, enrol
from sync.engine.engine import SyncEngine
from sync.engine.records import seal_id
from sync.engine.state import save_credentials
from sync.outbox import ApplicationDraft, record_application
from sync.platform.console.store import ConsoleStore, open_engine
from sync.platform.server import platform_in_thread

from .conftest import PASSWORD, STAFF, Console, add_staff

pytestmark = pytest.mark.slow  # the console walked in a real browser (Chromium), a system test like AT-SPI's

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
TERMINAL = "乡镇便民服务站 1"
NEVER_SEEN = "东湖乡便民服务站"
COMPLAINT_TEXT = "窗口排队太久，<b>希望</b>增加一个窗口。"
HOSTILE_STATE = "{0}{__class__}<img src=x id=pwned>"  # a device state as a tampered kiosk could send it
CERTIFICATION = "11411599MB0000102F200030004000001"
ELDER_ID = "41152319450303002" + id_check_char("41152319450303002")
HELPER_ID = "41152319900202567" + id_check_char("41152319900202567")
ADDRESS = "青石镇东湖村三组12号"
ZHANG_SAN = "411502198005123012"  # the platform's demo records mail him a certificate
MAILED = ("社会保险参保缴费证明", "河南省信阳市浉河区示例路1号", "河南省信阳市浉河区")
#: what residents, staff and kiosks wrote: shown as written whatever the language
DATA = (TERMINAL, NEVER_SEEN, COMPLAINT_TEXT, ADDRESS, "户口簿", "结婚证", "李*英", *MAILED,
        *(name for _role, name in STAFF.values()))  # fmt: skip
PAGES = ("help", "complaints", "complaint", "bad-input", "applications", "application", "certifications",
         "certification-photo", "mail", "mail-address", "fleet", "audit", "refused", "login")  # fmt: skip


@dataclass
class County:
    console: Console
    complaint: str  # the complaint's page
    case_no: str  # an application with deferred materials
    application_id: str


def _card(name: str, number: str, born: dt.date, address: str) -> CardData:
    return CardData(
        name, number, "female", born, "汉", address, "豫南县公安局", dt.date(2010, 1, 1), None,
        check_digit_ok=True,
    )  # fmt: skip


def _cases(db, store, key, files: Path) -> str:
    """A complaint, a help call, an application with deferred materials, a certification, a home visit
    and a certificate to mail, as a kiosk records them; the application's id."""
    file_complaint(
        store, "efficiency", COMPLAINT_TEXT, contact="13800138000", now=dt.datetime.now().astimezone()
    )
    HelpDesk(store).call("journey-materials")
    matter = "11411599MB0000102F200030012000001"
    print_jobs.leave_request(db, matter, "social_insurance_certificate", seal_id(ZHANG_SAN, key), "mail")
    today = dt.date.today()
    materials = [
        {"code": "户口簿", "disposition": "deferred", "due_date": (today - dt.timedelta(days=1)).isoformat()},
        {"code": "结婚证", "disposition": "deferred", "due_date": (today + dt.timedelta(days=5)).isoformat()},
    ]
    application_id = str(uuid.uuid4())
    draft = ApplicationDraft(
        application_id=application_id, acceptance_no="0001-261206-0001", matter_codes=["410000-001"],
        catalog_version="2026.11.1", applicant_masked="张*", applicant_token="tok-" + application_id[:8],
    )  # fmt: skip
    personal = json.dumps({"format": 1, "materials": materials}, ensure_ascii=False).encode()
    record_application(db, files, key, draft, personal, [])
    services = JourneyServices(submitter=KindSubmitter(store, "certification"), evaluations=store)
    journey = CertificationJourney(load_catalog(), services, CERTIFICATION)
    elder = _card("李秀英", ELDER_ID, dt.date(1945, 3, 3), "青石镇东湖村")
    journey.identify(elder)
    journey.consent(True)
    face = io.BytesIO()
    Image.new("RGB", (240, 300), (205, 170, 140)).save(face, "JPEG")
    assert journey.liveness_attempt(True, face.getvalue(), 0.93)
    services.submitter = KindSubmitter(store, "home_visit")
    visit = HomeVisitRequest(load_catalog(), services)
    visit.identify(_card("王小明", HELPER_ID, dt.date(1990, 2, 2), "青石镇人民路"))
    visit.resident_card(elder)
    assert visit.submit(VisitDetails(ADDRESS, "13800001111", CERTIFICATION, "child", "卧床")) == ()
    return application_id


@pytest.fixture(scope="module")
def county(chromium, tmp_path_factory, migrated_template) -> Iterator[County]:
    root = tmp_path_factory.mktemp("county")
    shots = Path(os.environ.get("CONSOLE_SCREENSHOTS") or root / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    with pytest.MonkeyPatch.context() as env, platform_in_thread(root / "platform") as platform:
        env.setenv("KIOSK_SYNC_DEV_PLAIN_HTTP", "1")
        for username, (role, name) in STAFF.items():
            assert add_staff(platform.data_dir, username, role, name) == 0
        (root / "kiosk").mkdir()
        db = open_store(Path(shutil.copyfile(migrated_template, root / "kiosk" / "kiosk.db")))
        creds = enrol(platform.url, platform.enrol_token(), TERMINAL)
        save_credentials(db, creds)
        key = X25519PublicKey.from_public_bytes(creds.seal_public_key)
        store = JourneyStore(db, root / "kiosk" / "sealed", key, "0001")
        application_id = _cases(db, store, key, root / "files")
        health = {"idcard": "ok", "printer": "paper_out", "scanner": "offline", "docscanner": HOSTILE_STATE}
        client = PlatformClient(creds)
        assert SyncEngine(db, client, device_health=lambda: health).run_once().stopped_by is None
        enrol(platform.url, platform.enrol_token(), NEVER_SEEN)
        console_store = ConsoleStore(open_engine(f"sqlite:///{platform.data_dir / 'platform.db'}"))
        (listed,) = console_store.complaints(limit=5)
        app = platform.storage.application(application_id)
        chromium.delete_all_cookies()
        chromium.set_window_size(1920, 1080)
        try:
            yield County(
                Console(chromium, platform.url, shots, console_store),
                f"/console/complaints/{listed.terminal_id}/{listed.item_id}",
                app.case_no,
                application_id,
            )
        finally:
            client.close()
            db.conn.close()
            console_store.engine.dispose()


def chrome_words(console: Console) -> str:
    """What a page says that a person reads: its visible text, title and the words in attributes
    (placeholders, labels, alt text), with what residents, staff and kiosks wrote taken out, and the
    language switch, which names each language in itself."""
    said = console.driver.execute_script(
        "const words = [document.title, document.body.innerText];"
        "for (const e of document.querySelectorAll('[placeholder],[aria-label],[alt],[title]'))"
        "  for (const a of ['placeholder', 'aria-label', 'alt', 'title'])"
        "    if (e.getAttribute(a)) words.push(e.getAttribute(a));"
        "const switcher = document.getElementById('languages');"
        "if (switcher) words[1] = words[1].replace(switcher.innerText, '');"
        "return words.join('\\n');"
    )
    for written in DATA:
        said = said.replace(written, "")
    return str(said)


def chinese_left(console: Console) -> list[str]:
    words = chrome_words(console)
    return [words[max(0, m.start() - 15) : m.end() + 15] for m in CJK.finditer(words)]


def sign_in(console: Console, username: str) -> None:
    """Sign in from the sign-in page, keeping the browser's cookies (the language among them)."""
    console.open("/console/login")
    console.driver.find_element(By.ID, "username").send_keys(username)
    console.driver.find_element(By.ID, "password").send_keys(PASSWORD)
    console.submit(console.driver.find_element(By.ID, "login"))


def html_lang(console: Console) -> str:
    return str(console.driver.find_element(By.TAG_NAME, "html").get_attribute("lang"))


def walk(console: Console, county: County, lang: str) -> dict[str, list[str]]:
    """Every page as the signed-in supervisor sees it, by following the pages' own links and buttons
    (the language must stick on its own); each page shot, and the Chinese left in its words."""
    left: dict[str, list[str]] = {}

    def seen(page: str) -> None:
        assert html_lang(console) == lang, page
        console.shot(f"{lang}-{page}")
        left[page] = chinese_left(console)

    def nav(slug: str) -> None:
        console.submit(console.driver.find_element(By.CSS_SELECTOR, f"header nav a[href='/console/{slug}']"))

    nav("help")
    seen("help")
    nav("complaints")
    seen("complaints")
    console.open(county.complaint)
    seen("complaint")
    console.driver.find_element(By.ID, "reply").send_keys("x")  # one character: too short
    console.submit(console.driver.find_element(By.ID, "send-reply"))
    seen("bad-input")
    nav("applications")
    seen("applications")
    console.submit(console.driver.find_element(By.LINK_TEXT, county.case_no))
    seen("application")
    nav("certifications")
    seen("certifications")
    console.submit(console.driver.find_element(By.CSS_SELECTOR, "button.open-photo"))
    seen("certification-photo")
    nav("mail")
    seen("mail")
    console.submit(console.driver.find_element(By.CSS_SELECTOR, "button.show-address"))
    seen("mail-address")
    nav("fleet")
    seen("fleet")
    nav("audit")
    seen("audit")
    console.open("/console/complaints/no-such-terminal/no-such-item")
    seen("refused")
    console.submit(console.driver.find_element(By.CSS_SELECTOR, "form.who button"))  # sign out
    assert console.path() == "/console/login"
    seen("login")
    return left


def test_a_supervisor_switches_to_english_and_every_page_speaks_it(county):
    console = county.console
    console.driver.delete_all_cookies()
    sign_in(console, "wang")  # the browser asks for Chinese: the console starts in Chinese
    assert html_lang(console) == "zh-CN" and "呼叫求助" in console.text("header nav")
    console.submit(console.driver.find_element(By.ID, "language-en"))
    assert console.path() == "/console/help"  # back where the switch was pressed
    assert html_lang(console) == "en" and "Help calls" in console.text("header nav")
    assert "(1 call)" in console.driver.title and console.text("#waiting-calls") == "1"

    left = walk(console, county, "en")
    assert PAGES == tuple(left)
    assert {page: found for page, found in left.items() if found} == {}, "Chinese left in English pages"

    # what the pages say, in English words, with the values in their places
    sign_in(console, "wang")
    console.open("/console/fleet")
    fleet = console.text("#fleet")
    assert "Receipt printer out of paper" in fleet and "Code scanner fault (offline)" in fleet
    assert "Offline (never online)" in fleet and HOSTILE_STATE in fleet  # the tampered state, as text
    console.open(county.complaint)
    assert console.text("#complaint-text") == COMPLAINT_TEXT  # markup shown literally
    assert console.driver.find_elements(By.CSS_SELECTOR, "#complaint-text b, #pwned") == []
    assert re.fullmatch(r"\d+ d \d+ h left", console.text("#countdown"))
    console.open(f"/console/applications/{county.case_no}")
    assert "Overdue" in console.text("#deferred") and "Owed" in console.text("#deferred")
    assert re.search(r"\b\d{1,2} [A-Z][a-z]{2} 20\d\d\b", console.text("#deferred"))  # dates in English


def test_the_choice_sticks_across_sign_out_and_in_and_chinese_comes_back(county):
    console = county.console
    console.driver.delete_all_cookies()
    sign_in(console, "wang")
    console.submit(console.driver.find_element(By.ID, "language-en"))
    console.submit(console.driver.find_element(By.CSS_SELECTOR, "form.who button"))
    assert html_lang(console) == "en" and "Staff sign-in" in console.text()  # signed out, still English
    sign_in(console, "li")  # another member at the same browser: the browser's choice holds
    assert html_lang(console) == "en" and "Window staff" in console.text("header")
    assert console.store.audit_log()[0].action == "login"

    console.submit(console.driver.find_element(By.ID, "language-zh-CN"))
    assert html_lang(console) == "zh-CN" and "呼叫求助" in console.text("header nav")
    console.submit(console.driver.find_element(By.CSS_SELECTOR, "form.who button"))
    sign_in(console, "wang")
    left = walk(console, county, "zh-CN")  # every page again, in Chinese, for the screenshots
    assert all(left[page] for page in PAGES), "a Chinese page with no Chinese words"
    assert "工作人员登录" in console.text()


def test_the_first_visit_follows_accept_language_and_the_switch_stays_on_the_console(county):
    url = county.console.url
    for header, lang, words in (
        ("en-GB,en;q=0.9", "en", "Staff sign-in"), ("zh-CN,zh;q=0.9", "zh-CN", "工作人员登录"),
        (None, "zh-CN", "工作人员登录"), ("fr, en;q=0.2", "en", "Staff sign-in"),
    ):  # fmt: skip
        page = httpx.get(url + "/console/login", headers={"Accept-Language": header} if header else {})
        assert f'<html lang="{lang}">' in page.text and words in page.text, header
    # a cookie that is not one of ours is ignored, not echoed
    page = httpx.get(url + "/console/login", cookies={"console_lang": "en<script>"})
    assert '<html lang="zh-CN">' in page.text and "<script>" not in page.text

    with httpx.Client(base_url=url, follow_redirects=False) as http:
        back = http.get("/console/login", params={"done": "assigned", "x": "青石镇"}).text
        assert 'href="/console/language/en?back_to=/console/login%3Fx%3D%25E9%259D%2592' in back  # no done=
        switched = http.get("/console/language/en", params={"back_to": "/console/fleet?township=青石镇"})
        assert switched.status_code == 303 and switched.headers["location"].startswith("/console/fleet?")
        cookie = switched.headers["set-cookie"]
        assert "console_lang=en" in cookie and "Path=/console" in cookie and "HttpOnly" in cookie
        for elsewhere in ("https://evil.example/", "//evil.example/console/", "/console/\\evil.example",
                          "/console//evil.example", "javascript:alert(1)", "/consolex"):  # fmt: skip
            answer = http.get("/console/language/en", params={"back_to": elsewhere})
            assert answer.status_code == 303 and answer.headers["location"] == "/console/", elsewhere
        # a header smuggled into the way back stays part of a console path, percent-encoded
        answer = http.get("/console/language/en", params={"back_to": "/console/\r\nSet-Cookie: evil=1"})
        assert answer.headers["location"] == "/console/%0D%0ASet-Cookie:%20evil=1"
        assert "evil" not in answer.cookies
        assert http.get("/console/language/fr").status_code == 404


def test_a_residents_phone_gets_the_status_pages_in_its_language(county):
    """The receipt's page, the complaint slip's page and the page for a code not (yet) known."""
    driver = county.console.driver
    driver.set_window_size(390, 844)
    agent = driver.execute_script("return navigator.userAgent")
    complaint_id = county.complaint.rsplit("/", 1)[1]
    pages = {
        "status-phone": (f"/s/{county.application_id}", "Received by the department", "部门已收到"),
        "complaint-status-phone": (
            f"/s/{complaint_id}",
            "Received, waiting to be assigned",
            "已收到，等待分派",
        ),
        "status-phone-not-found": (f"/s/{uuid.uuid4()}", "Nothing matches this QR code", "没有找到"),
    }
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        for accept, lang in (("en-US,en;q=0.9", "en"), ("zh-CN,zh;q=0.9", "zh-CN")):
            driver.execute_cdp_cmd(
                "Network.setUserAgentOverride", {"userAgent": agent, "acceptLanguage": accept}
            )
            for name, (path, english, chinese) in pages.items():
                county.console.open(path)
                assert html_lang(county.console) == lang, name
                county.console.shot(f"{lang}-{name}")
                words = county.console.text()
                if lang == "en":
                    assert english in words and not CJK.search(words), words
                else:
                    assert chinese in words, words
                width = driver.execute_script("return document.documentElement.scrollWidth")
                assert width <= 390, f"{name} scrolls sideways on a phone"
    finally:
        driver.execute_cdp_cmd(
            "Network.setUserAgentOverride", {"userAgent": agent, "acceptLanguage": "zh-CN,zh"}
        )
        driver.set_window_size(1920, 1080)
