"""The staff console in Debian's headless Chromium (selenium with the packaged chromedriver, so
selenium-manager never fetches anything), against a real platform on 127.0.0.1 and a real kiosk
store that syncs to it. Staff accounts are made with `kiosk-platform staff add`, as an operator would.

Screenshots of every page go to ``$CONSOLE_SCREENSHOTS`` when set (for looking at), else to the test's
temporary folder."""

from __future__ import annotations

import io
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from sync.platform.cli import main as platform_cli
from sync.platform.console.store import ConsoleStore, open_engine

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PASSWORD = "counter-password-2026"
STAFF = {
    "wang": ("supervisor", "王主管"),
    "li": ("window", "李窗口"),
    "zhao": ("window", "赵窗口"),
    "zhou": ("technician", "周技术员"),
}


def add_staff(data_dir: Path, username: str, role: str, name: str, password: str = PASSWORD) -> int:
    stdin = sys.stdin
    sys.stdin = io.StringIO(password + "\n")
    try:
        return platform_cli(
            ["--data", str(data_dir), "staff", "add", username, "--role", role, "--name", name,
             "--password-stdin"]
        )  # fmt: skip
    finally:
        sys.stdin = stdin


@pytest.fixture
def staff(platform):
    for username, (role, name) in STAFF.items():
        assert add_staff(platform.data_dir, username, role, name) == 0
    return STAFF


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1366,900", "--lang=zh-CN", "--no-first-run", "--disable-extensions",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):  # fmt: skip
        options.add_argument(arg)
    # what a county's browsers send; headless Chromium otherwise asks for en-US whatever --lang says
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    os.environ["SE_OFFLINE"] = "true"  # belt and braces: selenium-manager must never go online
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@dataclass
class Console:
    """A staff member at the console: the browser, the platform's address, where screenshots go."""

    driver: webdriver.Chrome
    url: str
    shots: Path
    store: ConsoleStore  # the console's records, to check what the pages did

    def open(self, path: str) -> None:
        self.driver.get(self.url + path)

    def login(self, username: str, password: str = PASSWORD) -> None:
        self.driver.delete_all_cookies()
        self.open("/console/login")
        self.driver.find_element(By.ID, "username").send_keys(username)
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.submit(self.driver.find_element(By.ID, "login"))

    def submit(self, button: WebElement) -> None:
        """Click a form's button and wait for the page it leads to (a click does not wait for it)."""
        # Chromium may still be swapping in the page the last step loaded ("Node with given id does not
        # belong to the document"): ask again until the document answers.
        old = WebDriverWait(self.driver, 15, ignored_exceptions=(WebDriverException,)).until(
            lambda d: d.find_element(By.TAG_NAME, "html")
        )
        button.click()

        def page_changed(_driver: webdriver.Chrome) -> bool:
            try:
                old.is_enabled()
            except WebDriverException:  # stale; or, from Chromium, "does not belong to the document"
                return True
            return False

        WebDriverWait(self.driver, 15).until(page_changed)

    def shot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.driver.save_screenshot(str(path))
        return path

    def text(self, css: str = "body") -> str:
        return str(self.driver.find_element(By.CSS_SELECTOR, css).text)

    def path(self) -> str:
        return httpx.URL(self.driver.current_url).path

    def session(self) -> httpx.Client:
        """An HTTP client carrying this browser's cookies: to attack with a real signed-in session."""
        jar = {c["name"]: c["value"] for c in self.driver.get_cookies()}
        return httpx.Client(base_url=self.url, cookies=jar, follow_redirects=False)

    def csrf(self) -> str:
        return str(self.driver.find_element(By.CSS_SELECTOR, "input[name=csrf]").get_attribute("value") or "")


@pytest.fixture
def console(chromium, platform, staff, tmp_path):
    shots = Path(os.environ.get("CONSOLE_SCREENSHOTS") or tmp_path / "shots")
    shots.mkdir(parents=True, exist_ok=True)
    chromium.delete_all_cookies()
    store = ConsoleStore(open_engine(f"sqlite:///{platform.data_dir / 'platform.db'}"))
    yield Console(chromium, platform.url, shots, store)
    store.engine.dispose()


def form_csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)
