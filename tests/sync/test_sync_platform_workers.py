"""`kiosk-platform serve` as a county runs it: PostgreSQL, two worker processes, HTTPS. Every request on a
new connection, so the kernel hands them to either worker: an upload resumed across workers, a commit
replayed by the other one, the same answers as one process gives."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import time
import uuid

import httpx
import pytest
from test_sync_platform_intake import seal
from test_sync_tls import self_signed

from sync.engine.client import PlatformClient, enrol
from sync.protocol.models import TUS_VERSION

TUS = {"Tus-Resumable": TUS_VERSION}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def platform_cli(*args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "sync.platform.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


@pytest.fixture
def served(tmp_path, pg):
    url = pg.new_database()
    cert, key = self_signed(tmp_path, "platform")
    port = free_port()
    env = {**os.environ, "KIOSK_PLATFORM_ADMIN_TOKEN": "admin-" + uuid.uuid4().hex}
    common = ["--data", str(tmp_path / "data"), "--database-url", url]
    serve = [*common, "serve", "--port", str(port), "--workers", "2"]
    serve += ["--certfile", str(cert), "--keyfile", str(key)]
    proc = subprocess.Popen([sys.executable, "-m", "sync.platform.cli", *serve], env=env)
    base = f"https://127.0.0.1:{port}"

    def answering() -> bool:
        try:
            return (
                httpx.get(base + "/s/x", verify=ssl.create_default_context(cafile=str(cert))).status_code
                == 404
            )
        except httpx.TransportError:
            assert proc.poll() is None, "platform exited"
            return False

    try:
        wait_until(answering, 60, "the platform to answer over HTTPS")
        yield base, cert, common, env, proc
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)


@pytest.mark.slow
def test_two_workers_share_upload_offsets_and_commits_over_https(served):
    base, cert, common, env, proc = served
    children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    assert len(children) >= 2  # uvicorn's workers (plus its resource tracker, if any)
    token = platform_cli(*common, "token", "--name", "青石镇", env=env)
    creds = enrol(base, token, "青石镇", tls_pin_pem=cert.read_text())

    def fresh() -> PlatformClient:  # a new connection each time: either worker may take it
        return PlatformClient(creds)

    data = seal(creds, os.urandom(300_000))
    with _closing(fresh()) as c:
        location = c.request("POST", "/v1/uploads", headers={**TUS, "Upload-Length": str(len(data))}).headers[
            "location"
        ]
    for start in range(0, len(data), 64_000):
        with _closing(fresh()) as c:
            head = c.request("HEAD", location, headers=TUS)
            assert int(head.headers["upload-offset"]) == start  # the offset lives in the database
            c.request(
                "PATCH",
                location,
                content=data[start : start + 64_000],
                headers={
                    **TUS,
                    "Upload-Offset": str(start),
                    "Content-Type": "application/offset+octet-stream",
                },
            )
    app_id = str(uuid.uuid4())
    body = json.dumps(
        {
            "application_id": app_id,
            "acceptance_no": "ACC-9",
            "matter_codes": ["410000-001"],
            "catalog_version": "1",
            "sealed_payload": base64.b64encode(seal(creds, b'{"type": "application"}')).decode(),
            "attachments": [
                {
                    "name": "M01",
                    "upload_url": location,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "size": len(data),
                }
            ],
        }
    ).encode()
    answers = []
    for _ in range(4):  # the first commits, every later one (on whichever worker) replays it
        with _closing(fresh()) as c:
            answers.append(
                c.request("POST", "/v1/applications", content=body, headers={"Idempotency-Key": app_id})
            )
    assert len({a.json()["case_no"] for a in answers}) == 1
    assert [a.headers.get("idempotent-replayed") for a in answers[1:]] == ["true"] * 3
    cases = platform_cli(*common, "cases", env=env)
    assert cases.count(app_id) == 1


class _closing:
    def __init__(self, client: PlatformClient) -> None:
        self.client = client

    def __enter__(self) -> PlatformClient:
        return self.client

    def __exit__(self, *_: object) -> None:
        self.client.close()
