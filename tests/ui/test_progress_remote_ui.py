"""Progress from anywhere, through the running kiosk: a resident's application taken by another
terminal shows on this kiosk's 查询进度 after the ID card is read, with the platform's status and the
staff's note (and a document the platform mailed to the resident, as 已寄出 once posted); leaving the
screen forgets it. Typed on the number pad (acceptance number + the phone's
last 4 digits) or read from another terminal's receipt QR, the platform finds it too, and a complaint
slip's QR shows the complaint's state and answer time (the answer itself stays at the terminal that
filed it); with the platform gone the screen says so in words."""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid

import pytest
from ui_kit import press, wait_until

from kiosk.config import load_config
from kiosk.store.connection import open_store
from sync import sealing
from sync.engine.client import PlatformClient, enrol
from sync.engine.records import REQUEST_PATH, seal_id
from sync.engine.state import save_credentials
from sync.platform.server import platform_in_thread
from sync.protocol.documents import PrintRequest
from sync.protocol.status_page import status_url

# the test platform is on 127.0.0.1 over plain http: the development flag allows that
pytestmark = pytest.mark.usefixtures("plain_http_on_loopback")

ZHANGSAN = "411502198005123012"  # the emulator's card "zhangsan"


def taken_elsewhere(platform, acceptance_no: str, phone: str = "") -> str:
    """An application committed by another township's terminal; returns its case number."""
    creds = enrol(platform.url, platform.enrol_token(), "另一个乡镇的终端")
    applicant = {"name": "张三", "id_number": ZHANGSAN, **({"phone": phone} if phone else {})}
    personal = {"type": "application", "applicant": applicant}
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


def mailed_and_posted(platform) -> str:
    """A document a terminal with no link asked the platform to mail to 张三, posted by staff since;
    returns the document's number."""
    creds = enrol(platform.url, platform.enrol_token(), "村里的终端")
    request = PrintRequest(
        request_id=uuid.uuid4().hex,
        kind="social_insurance_certificate",
        id_sealed=seal_id(ZHANGSAN, sealing.public_key_from_raw(creds.seal_public_key)),
        delivery="mail",
    )
    client = PlatformClient(creds)
    try:
        assert (
            client.request("POST", REQUEST_PATH, content=request.model_dump_json().encode()).json()["outcome"]
            == "mail"
        )
    finally:
        client.close()
    assert platform.storage.mark_posted(creds.terminal_id, request.request_id, "2026-12-05", "li")
    return platform.storage.mailing(creds.terminal_id, request.request_id).document_no


def test_a_case_from_another_terminal_shows_after_the_card_is_read(qapp, qtbot, tmp_path, monkeypatch):
    from kiosk.ui.app import build

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    with platform_in_thread(tmp_path / "platform") as platform:
        case_no = taken_elsewhere(platform, "0202-261201-0007")
        platform.storage.set_case_state(case_no, "correction-requested", "请补交户口簿首页")
        document_no = mailed_and_posted(platform)
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
            # and the document the platform mailed: posted, in words
            [mailed] = [r for r in k.progress.rows if r["acceptanceNo"] == document_no]
            assert (mailed["statusText"], mailed["kindText"]) == ("已寄出", "邮寄的证明文件")
            assert "2026-12-05 寄出" in mailed["note"]
            press(k, "progressRow_0202-261201-0007")
            qtbot.waitUntil(lambda: k.app.screen == "progress-detail")
            assert k.progress.detail["caseNo"] == case_no
            assert "户口簿" in json.dumps(k.progress.detail, ensure_ascii=False)
            press(k, "detailDone")
            assert k.progress.rows == []
            reader.remove()
        finally:
            k.close()


def complained_elsewhere(platform, number: str) -> str:
    """A complaint another terminal filed and synced (its post as a kiosk sends it: the slip's number
    beside the sealed text), answered by staff since; returns its id, which the slip's QR names."""
    from sync.platform.console.store import ConsoleStore, open_engine

    creds = enrol(platform.url, platform.enrol_token(), "另一个乡镇的终端")
    item_id = str(uuid.uuid4())
    body = {"category": "fees", "sealed_body": "c2VhbGVk", "anonymous": True, "created_at": 1.0}
    client = PlatformClient(creds)
    try:
        post = json.dumps({"body": {**body, "acceptance_no": number}}).encode()
        client.request("PUT", f"/v1/complaints/{item_id}", content=post)
    finally:
        client.close()
    console = ConsoleStore(open_engine(platform.storage.database_url))
    try:
        console.reply_complaint(creds.terminal_id, item_id, "li", "已增开收费窗口")
    finally:
        console.engine.dispose()
    return item_id


def _type(k, keys: str) -> None:
    for key in keys:
        press(k, "padKey_" + key)


def _enrolled_kiosk(platform, tmp_path):
    from kiosk.ui.app import build

    toml = tmp_path / "kiosk.toml"
    toml.write_text(
        f'data_dir = "data"\n[logging]\nconsole = false\n[sync]\nplatform_url = "{platform.url}"\n',
        encoding="utf-8",
    )
    config = load_config(toml)
    db = open_store(config.store_path)
    save_credentials(db, enrol(platform.url, platform.enrol_token(), "青石镇自助终端"))
    db.conn.close()
    return build(config, keyboard_config_home=tmp_path / "xdg-config", devices=True)


def test_a_typed_number_and_another_terminals_receipt_qr_find_the_case_and_offline_is_said(
    qapp, qtbot, tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    with platform_in_thread(tmp_path / "platform") as platform:
        case_no = taken_elsewhere(platform, "0202-261201-0008", phone="13800005678")
        platform.storage.set_case_state(case_no, "processing", "已转县民政局")
        app_id = platform.storage.application(case_no).id
        k = _enrolled_kiosk(platform, tmp_path)
        try:
            qtbot.waitUntil(lambda: k.devices.manager is not None, timeout=15000)
            k.app.start()
            press(k, "progressTile")
            press(k, "progressTypeNumber")
            wait_until(k, lambda: k.app.screen == "progress-number", what="the number screen")
            _type(k, "02022612010008")  # no dash key: the pad types the number without them
            press(k, "padOk")  # on to the phone's digits
            _type(k, "0000")
            press(k, "padOk")  # the wrong digits: nothing, said in words
            wait_until(k, lambda: "没有查到" in k.progress.message, what="the not-found words")
            assert k.app.screen == "progress-number" and k.progress.rows == []
            press(k, "phoneField")
            for _ in range(4):
                press(k, "padBackspace")
            _type(k, "5678")
            press(k, "progressNumberSearch")
            wait_until(k, lambda: k.app.screen == "progress-detail", what="the case's detail")
            assert (k.progress.detail["acceptanceNo"], k.progress.detail["caseNo"]) == (
                "0202-261201-0008",
                case_no,
            )
            assert k.progress.detail["statusText"] == "办理中" and k.progress.how == "number"
            press(k, "detailDone")
            assert k.progress.rows == []

            # the receipt's QR from the other terminal, under this kiosk's scanner: status, no staff note
            k.app.start()
            press(k, "progressTile")
            k.devices.manager.driver("scanner").emulator.present(status_url(platform.url, app_id))
            wait_until(k, lambda: k.app.screen == "progress-detail", what="the scanned case's detail")
            assert k.progress.detail["acceptanceNo"] == "0202-261201-0008" and k.progress.how == "qr"
            assert "民政局" not in json.dumps(k.progress.detail, ensure_ascii=False)
            press(k, "detailDone")

            # a complaint slip's QR from the other terminal: its state and when it was answered, and
            # where to read the answer (the filing terminal): never the reply itself
            item_id = complained_elsewhere(platform, "0202-261201-0009")
            [(_, answered_at)] = platform.storage.post_progress("complaints", item_id).events
            k.app.start()
            press(k, "progressTile")
            k.devices.manager.driver("scanner").emulator.present(status_url(platform.url, item_id))
            wait_until(k, lambda: k.app.screen == "progress-detail", what="the scanned complaint's detail")
            detail = k.progress.detail
            assert (detail["acceptanceNo"], detail["kindText"], detail["statusText"]) == (
                "0202-261201-0009",
                "投诉建议",
                "已办结",
            )
            assert f"已于 {dt.datetime.fromtimestamp(answered_at):%Y-%m-%d %H:%M} 答复" in detail["advice"]
            assert "提交投诉的自助终端" in detail["advice"]
            assert "收费窗口" not in json.dumps(detail, ensure_ascii=False) and detail["note"] == ""
            press(k, "detailDone")
        except BaseException:
            k.close()
            raise
    try:  # the platform has gone: the screen says so instead of waiting
        k.app.start()
        press(k, "progressTile")
        press(k, "progressTypeNumber")
        wait_until(k, lambda: k.app.screen == "progress-number", what="the number screen")
        _type(k, "02022612010008")
        press(k, "padOk")
        _type(k, "5678")
        press(k, "padOk")
        wait_until(k, lambda: "连不上政务服务平台" in k.progress.message, what="the offline words")
        assert k.progress.rows == [] and not k.progress.asking
    finally:
        k.close()
