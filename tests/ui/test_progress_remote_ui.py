"""Progress from anywhere, through the running kiosk: a resident's application taken by another
terminal shows on this kiosk's 查询进度 after the ID card is read, with the platform's status and the
staff's note; leaving the screen forgets it."""

from __future__ import annotations

import base64
import json
import uuid

import pytest
from ui_kit import press

from kiosk.config import load_config
from kiosk.store.connection import open_store
from sync import sealing
from sync.engine.client import PlatformClient, enrol
from sync.engine.state import save_credentials
from sync.platform.server import platform_in_thread

# the test platform is on 127.0.0.1 over plain http: the development flag allows that
pytestmark = pytest.mark.usefixtures("plain_http_on_loopback")

ZHANGSAN = "411502198005123012"  # the emulator's card "zhangsan"


def taken_elsewhere(platform, acceptance_no: str) -> str:
    """An application committed by another township's terminal; returns its case number."""
    creds = enrol(platform.url, platform.enrol_token(), "另一个乡镇的终端")
    personal = {"type": "application", "applicant": {"name": "张三", "id_number": ZHANGSAN}}
    sealed = sealing.seal(json.dumps(personal).encode(), sealing.public_key_from_raw(creds.seal_public_key))
    app_id = str(uuid.uuid4())
    body = {
        "application_id": app_id,
        "acceptance_no": acceptance_no,
        "matter_codes": ["410000-001"],
        "catalog_version": "1",
        "sealed_payload": base64.b64encode(sealed).decode(),
        "attachments": [],
    }
    client = PlatformClient(creds)
    try:
        answer = client.request(
            "POST", "/v1/applications", content=json.dumps(body).encode(), headers={"Idempotency-Key": app_id}
        )
    finally:
        client.close()
    return str(answer.json()["case_no"])


def test_a_case_from_another_terminal_shows_after_the_card_is_read(qapp, qtbot, tmp_path, monkeypatch):
    from kiosk.ui.app import build

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    with platform_in_thread(tmp_path / "platform") as platform:
        case_no = taken_elsewhere(platform, "0202-261201-0007")
        platform.storage.set_case_state(case_no, "correction-requested", "请补交户口簿首页")
        toml = tmp_path / "kiosk.toml"
        toml.write_text(
            f'data_dir = "data"\n[logging]\nconsole = false\n[sync]\nplatform_url = "{platform.url}"\n',
            encoding="utf-8",
        )
        config = load_config(toml)
        db = open_store(config.store_path)
        save_credentials(db, enrol(platform.url, platform.enrol_token(), "青石镇自助终端"))
        db.conn.close()
        k = build(config, keyboard_config_home=tmp_path / "xdg-config", devices=True)
        try:
            qtbot.waitUntil(lambda: k.devices.manager is not None, timeout=15000)
            reader = k.devices.manager.driver("idcard").emulator
            k.app.start()
            press(k, "progressTile")
            reader.insert("zhangsan")
            qtbot.waitUntil(lambda: k.app.screen == "progress-list", timeout=10000)
            qtbot.waitUntil(
                lambda: any(r["acceptanceNo"] == "0202-261201-0007" for r in k.progress.rows), timeout=10000
            )
            [row] = [r for r in k.progress.rows if r["acceptanceNo"] == "0202-261201-0007"]
            assert row["statusText"] == "需要补正材料"
            press(k, "progressRow_0202-261201-0007")
            qtbot.waitUntil(lambda: k.app.screen == "progress-detail")
            assert k.progress.detail["caseNo"] == case_no
            assert "户口簿" in json.dumps(k.progress.detail, ensure_ascii=False)
            press(k, "detailDone")
            assert k.progress.rows == []
            reader.remove()
        finally:
            k.close()
