"""`kiosk-platform serve` honours the console's options, and `staff add` refuses what it should:
the platform runs as its own process, set up only through its command line, as an operator would."""

from __future__ import annotations

import io
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx

from sync.platform.cli import main as platform_cli
from sync.platform.storage import SqliteStorage

from .conftest import PASSWORD, add_staff, form_csrf

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "pyproject.toml").is_file())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _until_up(url: str, server: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, "the platform exited"
        try:
            httpx.get(url + "/console/login", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.05)
    raise AssertionError("the platform did not start")


def _signed_in(url: str, username: str) -> httpx.Client:
    http = httpx.Client(base_url=url, follow_redirects=True)
    token = form_csrf(http.get("/console/login").text)
    http.post("/console/login", data={"csrf": token, "username": username, "password": PASSWORD})
    return http


def test_serve_options_set_the_offline_alert_and_the_complaint_time_limit(tmp_path):
    data = tmp_path / "platform"
    assert add_staff(data, "wang", "supervisor", "王主管") == 0
    # a complaint as a kiosk posts it; with a 6-minute limit it is overdue after 6 minutes
    storage = SqliteStorage(data)
    body = {"category": "fees", "sealed_body": "", "anonymous": True}
    storage.put_small("complaints", "T-1", "c-1", json.dumps(body))
    storage.put_small("complaints", "T-1", "c-old", json.dumps(body))
    storage.close()
    with sqlite3.connect(data / "platform.db") as db:  # filed an hour ago: past a 6-minute limit
        db.execute("UPDATE small_posts SET received_at = received_at - 3600 WHERE item_id = 'c-old'")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KIOSK_PLATFORM_ADMIN_TOKEN": "test-admin-token"}
    command = [sys.executable, "-m", "sync.platform.cli", "--data", str(data), "serve", "--port", str(port),
               "--offline-after-min", "42", "--complaint-limit-hours", "0.1",
               "--disk-low-gib", "0.5"]  # fmt: skip
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        _until_up(url, server)
        http = _signed_in(url, "wang")
        try:
            assert "离线超过 42 分钟、可用磁盘少于 0.5 GB 即告警" in http.get("/console/fleet").text
            page = http.get("/console/complaints").text
            assert "时限 0.1 小时" in page and re.search(r"剩余 0 小时 [56] 分", page)
            assert re.search(r'<tr class="overdue" data-item="c-old">', page)
            assert re.search(r"已超时 0 小时 5[34] 分", page)
        finally:
            http.close()
    finally:
        server.terminate()
        server.wait(10)


def test_staff_add_refuses_short_passwords_unknown_roles_and_duplicates(tmp_path, capsys):
    data = tmp_path / "platform"
    assert add_staff(data, "li", "window", "李窗口") == 0
    assert add_staff(data, "li", "window", "李窗口") == 1
    assert "exists already" in capsys.readouterr().err
    assert add_staff(data, "short", "window", "短", password="abc") == 1
    assert "at least 10 characters" in capsys.readouterr().err
    stdin = sys.stdin
    sys.stdin = io.StringIO(PASSWORD + "\n")
    try:
        platform_cli(
            ["--data", str(data), "staff", "add", "x", "--role", "mayor", "--name", "X", "--password-stdin"]
        )
    except SystemExit as exc:
        assert exc.code == 2  # argparse: not one of the roles
    finally:
        sys.stdin = stdin
    assert platform_cli(["--data", str(data), "staff", "list"]) == 0
    assert capsys.readouterr().out.splitlines() == ["li window 李窗口"]
