"""The console's defences, each shown by performing the attack: a role reaching past its pages and
actions, a forged cross-site form post, a form post without the session's CSRF token or from another
origin, a tampered or signed-out session cookie, a wrong password."""

from __future__ import annotations

import base64
import json
import time
import uuid

import httpx
from selenium.webdriver.common.by import By

from sync.platform.console.store import ConsoleStore, open_engine


def _console_store(platform) -> ConsoleStore:
    return ConsoleStore(open_engine(f"sqlite:///{platform.data_dir / 'platform.db'}"))


def _help_call(platform) -> tuple[str, str]:
    """A help call as a kiosk posts it (the terminal id only has to exist for the board)."""
    terminal = "T-" + uuid.uuid4().hex[:16]
    item = str(uuid.uuid4())
    assert (
        platform.storage.put_small("help-requests", terminal, item, json.dumps({"screen": "home"}))
        == "created"
    )
    return terminal, item


def _complaint(platform) -> tuple[str, str]:
    terminal, item = "T-" + uuid.uuid4().hex[:16], str(uuid.uuid4())
    body = {"category": "fees", "sealed_body": base64.b64encode(b"x").decode(), "anonymous": True}
    platform.storage.put_small("complaints", terminal, item, json.dumps(body))
    return terminal, item


def test_window_staff_cannot_reach_supervisor_pages_or_actions(console, platform):
    terminal, item = _complaint(platform)
    console.login("li")
    for page in ("/console/audit", "/console/fleet"):
        console.open(page)
        assert "你的角色不能进行此操作" in console.text("#refused"), page
    console.shot("refused-window-staff")
    assert [a.text for a in console.driver.find_elements(By.CSS_SELECTOR, "header nav a")] == [
        "呼叫求助", "有诉即办", "办件", "认证与上门", "待邮寄",
    ]  # fmt: skip

    # the same session, posting straight to supervisor actions with its own valid CSRF token
    console.open("/console/complaints")
    token = console.csrf()
    with console.session() as http:
        assert http.get("/console/audit").status_code == 403
        assign = http.post(f"/console/complaints/{terminal}/{item}/assign", data={"csrf": token, "to": "li"})
        assert assign.status_code == 403
        photo = http.post("/console/certifications/HN000/photo", data={"csrf": token})
        assert photo.status_code == 403
        reply = http.post(
            f"/console/complaints/{terminal}/{item}/reply", data={"csrf": token, "reply": "好的好的"}
        )
        assert reply.status_code == 403  # window staff reply only to complaints assigned to them
    found = _console_store(platform).complaint(terminal, item)
    assert found is not None and found.assigned_to is None and found.reply is None
    refusals = [e for e in _console_store(platform).audit_log() if e.action == "refused" and e.actor == "li"]
    assert len(refusals) >= 5

    # a technician sees the fleet, not residents' complaints or help calls
    console.login("zhou")
    assert console.path() == "/console/fleet"
    console.open("/console/complaints")
    assert "你的角色不能进行此操作" in console.text("#refused")


def test_a_forged_cross_site_form_post_changes_nothing(console, platform):
    terminal, item = _help_call(platform)
    console.login("wang")
    console.open("/console/help")
    assert "待响应" in console.text("#help-calls")

    # a page on another site that posts the console's acknowledge form, with a made-up token
    action = f"{console.url}/console/help/{terminal}/{item}/acknowledge"
    hostile = (
        "data:text/html;charset=utf-8,<form method=post action='" + action + "'>"
        "<input name=csrf value=forged><button id=go>领取奖品</button></form>"
    )
    console.driver.get(hostile)
    console.submit(console.driver.find_element(By.ID, "go"))
    # SameSite=Strict: the browser sends no session with it; the console asks for a sign-in instead
    assert console.path() == "/console/login"
    calls = _console_store(platform).help_calls(since=0)
    assert [c.acknowledged_at for c in calls if c.item_id == item] == [None]

    # even with the session cookie attached (a browser without SameSite), no valid token: refused
    console.login("wang")
    console.open("/console/help")
    token = console.csrf()
    with console.session() as http:
        assert http.post(action, data={"csrf": "forged"}).status_code == 403
        assert http.post(action, data={}).status_code == 403
        cross = http.post(action, data={"csrf": token}, headers={"Origin": "http://evil.example"})
        assert cross.status_code == 403
    calls = _console_store(platform).help_calls(since=0)
    assert [c.acknowledged_at for c in calls if c.item_id == item] == [None]
    assert any(e.action == "refused.csrf" for e in _console_store(platform).audit_log())

    # the genuine form still works: the refusals above were the defence, not a broken action
    with console.session() as http:
        assert http.post(action, data={"csrf": token}).status_code == 303
    calls = _console_store(platform).help_calls(since=0)
    assert [c.acknowledged_by for c in calls if c.item_id == item] == ["wang"]


def test_sign_in_refuses_wrong_passwords_tampered_cookies_and_signed_out_sessions(console, platform):
    console.login("wang", "not-the-password")
    assert console.text("#error") == "用户名或密码不正确。"
    console.login("nobody-here", "whatever-password")
    assert console.text("#error") == "用户名或密码不正确。"
    console.shot("login-refused")
    failed = [e.actor for e in _console_store(platform).audit_log() if e.action == "login.failed"]
    assert failed[:2] == ["nobody-here", "wang"]

    # a window clerk rewrites their cookie to say "supervisor": the signature no longer matches
    console.login("li")
    cookie = console.driver.get_cookie("console_session")["value"]
    payload, signature = cookie.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data["r"] = "supervisor"
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=") + "." + signature
    with httpx.Client(base_url=console.url, cookies={"console_session": forged}) as http:
        assert http.get("/console/audit").headers["location"] == "/console/login"
    with httpx.Client(base_url=console.url, cookies={"console_session": cookie}) as http:
        assert http.get("/console/help").status_code == 200  # the genuine cookie, for contrast

    # signing out ends the session everywhere: a copy of the old cookie is refused
    console.open("/console/help")
    with console.session() as stolen:
        console.submit(console.driver.find_element(By.XPATH, "//button[text()='退出']"))
        assert console.path() == "/console/login"
        assert stolen.get("/console/help").headers["location"] == "/console/login"


def test_the_session_cookie_is_httponly_and_samesite_strict(console):
    console.login("wang")
    cookie = console.driver.get_cookie("console_session")
    assert cookie["httpOnly"] is True and cookie["sameSite"] == "Strict" and cookie["path"] == "/console"
    assert cookie["expiry"] - time.time() <= 8 * 3600 + 60


def test_password_guessing_is_stopped_after_five_tries_from_one_address(console, platform):
    for _ in range(5):
        console.login("wang", "a-wrong-guess-1")
        assert console.text("#error") == "用户名或密码不正确。"
    console.login("wang")  # even the right password waits now
    assert console.text("#error") == "尝试次数过多，请 15 分钟后再试。"
    assert console.path() == "/console/login"
    console.shot("login-throttled")
    assert any(e.action == "login.throttled" for e in console.store.audit_log())
    console.login("li")  # other members are not locked out
    assert console.path() == "/console/help"


def test_cookies_are_secure_when_served_over_https_behind_a_local_proxy(platform, staff):
    """A TLS proxy on the same host (nginx) says https: the cookies then never travel over plain http."""
    with httpx.Client(base_url=platform.url) as http:
        plain = http.get("/console/login").headers["set-cookie"]
        proxied = http.get("/console/login", headers={"X-Forwarded-Proto": "https"}).headers["set-cookie"]
    assert "secure" not in plain.lower()
    assert (
        "; secure" in proxied.lower()
        and "httponly" in proxied.lower()
        and "samesite=strict" in proxied.lower()
    )


def test_an_oversized_form_is_refused_before_it_is_read_whole(platform, staff):
    def chunks():
        for _ in range(64):
            yield b"x" * 4096  # 256 KiB in chunks, no Content-Length

    with httpx.Client(base_url=platform.url) as http:
        declared = http.post("/console/login", content=b"a=" + b"x" * 70_000)
        chunked = http.post("/console/login", content=chunks())
    assert declared.status_code == 413 and chunked.status_code == 413
    assert "表单太大" in chunked.text
