"""Diagnostics bundle: built from a store, logs and device traffic full of personal data; none comes out."""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
import tarfile
import time
from pathlib import Path

import pytest

from devices.manager import DeviceManager
from kiosk.config import default_config
from kiosk.logs import REDACTOR
from kiosk.ops.diagnostics import Tokenizer, export_bundle
from kiosk.store import audit, open_store
from kiosk.store.settings import set_setting

# The emulator's card "zhangsan" and other residents.
CARD_NAME, CARD_ID, CARD_ADDR = "张三", "411502198005123012", "河南省信阳市浉河区示例路1号"
NAME2, ID2, PHONE2 = "李秀英", "411528195001014038", "13812345678"
LANDLINE = "0376-6221234"
LIVE_NAME = "欧阳娜娜"  # the resident at the screen right now: registered with the Redactor
SECRET = "s3cr3t-signing-key-material"
PERSONAL = [CARD_NAME, CARD_ID, CARD_ADDR, NAME2, ID2, PHONE2, LANDLINE, LIVE_NAME, "示例路", "6221234"]


def _forms(value: str) -> list[bytes]:
    """Every way the value could sit in the bytes: UTF-8, JSON \\u escapes, grouped digits."""
    forms = {value, json.dumps(value)[1:-1], json.dumps(value, ensure_ascii=True)[1:-1]}
    if value.isdigit() and len(value) == 18:
        forms |= {f"{value[:6]} {value[6:14]} {value[14:]}", value[:17] + value[17].lower()}
    if value.isdigit() and len(value) == 11:
        forms |= {f"{value[:3]} {value[3:7]} {value[7:]}", f"{value[:3]}-{value[3:7]}-{value[7:]}"}
    return [f.encode() for f in forms]


@pytest.fixture
def kiosk_state(tmp_path: Path):
    config = dataclasses.replace(default_config({"HOME": str(tmp_path)}), data_dir=tmp_path / "data")
    logging = dataclasses.replace(config.logging, dir=tmp_path / "data" / "logs")
    config = dataclasses.replace(config, logging=logging)
    db = open_store(config.store_path)
    now = time.time()
    db.execute(
        "INSERT INTO applications (id, acceptance_no, matter_codes, catalog_version, state, "
        "applicant_masked, applicant_token, sealed_payload, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?)",
        ("app-1", "0001-20261126-0001", '["M1"]', "v1", "submitted", "李*英", "tok", b"sealed", now, now),
    )
    for i, state in enumerate(["queued", "queued", "uploading", "status-synced"]):
        db.execute(
            "INSERT INTO outbox (kind, ref, state, created_at, updated_at) "
            "VALUES ('application', ?, ?, ?, ?)",
            (f"ref-{i}", state, now - 100 * (i + 1), now),
        )
    set_setting(db, "sync.signing_key", SECRET)
    set_setting(db, "sync.platform_url", "https://kiosk:hunter2@platform.example/v1?token=abc")
    set_setting(db, "ops.crash_count", 2)
    audit.append(db, "system", "kiosk.started", {"version": "0.1.0"})

    logs = config.logging.dir
    logs.mkdir(parents=True)
    # Written directly, bypassing the redacting logger, as a buggy component or an old release would.
    (logs / "kiosk.log").write_text("\n".join([
        json.dumps({"ts": "t1", "level": "INFO", "msg": f"card read for {CARD_NAME} id {CARD_ID}",
                    "name": CARD_NAME, "address": CARD_ADDR}, ensure_ascii=False),
        json.dumps({"ts": "t2", "level": "ERROR", "msg": f"sms to {PHONE2} failed", "applicant": NAME2}),
        f"Traceback: ValueError: bad id {ID2[:6]} {ID2[6:14]} {ID2[14:]} for 姓名：{NAME2}",
        f"printer receipt: 申请人 {NAME2} 电话 {LANDLINE} 住址：{CARD_ADDR}",
        f"resident {LIVE_NAME} pressed next",
    ]) + "\n", encoding="utf-8")  # fmt: skip
    (logs / "kiosk.log.1").write_text(
        f"older: sfzh={CARD_ID} mobile +86 138-1234-5678 {CARD_NAME} again\n", encoding="utf-8"
    )
    mgr = DeviceManager({"idcard": {"emulated": True}, "printer": {"emulated": True}}, traffic_tail=256)
    mgr.open_all()
    reader = mgr.driver("idcard")
    reader.emulator.insert("zhangsan")
    read = reader.read_card()
    assert read.card.name == CARD_NAME
    REDACTOR.register_sensitive(LIVE_NAME)
    try:
        yield config, db, mgr, tmp_path
    finally:
        REDACTOR.clear()
        mgr.close_all()
        db.conn.close()


def _unpack(bundle: Path) -> tuple[bytes, dict[str, bytes]]:
    raw = gzip.decompress(bundle.read_bytes())
    with tarfile.open(bundle) as tar:
        members = {m.name.split("/", 1)[1]: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
    return raw, members


def test_bundle_has_everything_and_no_personal_data(kiosk_state) -> None:
    config, db, mgr, tmp_path = kiosk_state
    usb = tmp_path / "usb"
    card = mgr.driver("idcard").current_card
    assert card is not None
    # A driver bug that put card fields in its traffic log.
    mgr.driver("idcard").traffic.add(
        "rx", f"debug holder {card.card.name} {card.card.id_number} address {card.card.address}"
    )
    from kiosk.store import print_jobs

    # a certificate waiting for paper: counted in the bundle, its content (the holder's name) sealed away
    document = json.dumps({"name": card.card.name, "id": card.card.id_number}, ensure_ascii=False).encode()
    job = print_jobs.keep_document(db, "m", "social_insurance_certificate", document, "SB20261206-0000AAAA")
    print_jobs.mark(db, job, print_jobs.TO_PRINT, "paper_out")
    bundle = export_bundle(usb, config=config, db=db, devices=mgr)
    assert bundle.parent == usb and bundle.name.endswith(".tar.gz")
    assert [p.name for p in usb.iterdir()] == [bundle.name]  # no temp file left
    raw, files = _unpack(bundle)

    for value in [*PERSONAL, SECRET, "hunter2", "token=abc"]:
        for form in _forms(value):
            assert form not in raw, f"{value!r} leaked as {form!r}"

    assert {"manifest.json", "config.json", "versions.json", "devices.json", "queue.json", "store.json",
            "events.json", "logs/kiosk.log", "logs/kiosk.log.1"} <= set(files)  # fmt: skip
    versions = json.loads(files["versions.json"])
    assert versions["app"] and versions["python"] and versions["qt"] and versions["os"]
    cfg = json.loads(files["config.json"])
    assert cfg["settings"]["sync.signing_key"] == "[withheld]"
    assert cfg["settings"]["sync.platform_url"] == "https://platform.example/v1"
    devices = json.loads(files["devices.json"])
    assert devices["statuses"]["idcard"]["health"] == "ok"
    assert devices["self_test"]["idcard"]["passed"] is True
    assert devices["diagnostics"]["devices"]["idcard"]["traffic"]
    queue = json.loads(files["queue.json"])
    states = {(q["kind"], q["state"]): q["count"] for q in queue["by_kind_state"]}
    assert states[("application", "queued")] == 2 and states[("application", "uploading")] == 1
    assert queue["print_spool_by_state"] == {print_jobs.TO_PRINT: 1}
    store = json.loads(files["store.json"])
    assert store["integrity"] == "ok" and store["audit_chain"]["ok"] is True and store["crash_count"] == 2

    # Consistent: the same person is the same token across files, lines and spellings.
    log, log1 = files["logs/kiosk.log"].decode(), files["logs/kiosk.log.1"].decode()
    traffic = json.dumps(devices["diagnostics"], ensure_ascii=False)
    name_tokens = set(re.findall(r"NAME#[0-9a-f]{10}", log.splitlines()[0]))
    assert len(name_tokens) == 1  # "张三" in the message and under "name": one token
    (zhang,) = name_tokens
    assert zhang in log1, log1
    assert zhang in traffic, traffic[-3000:]
    id_line0 = re.findall(r"ID#[0-9a-f]{10}", log.splitlines()[0])
    assert id_line0 and id_line0[0] in log1  # written plain in one file, "sfzh=" in another
    id2 = re.findall(r"ID#[0-9a-f]{10}", log.splitlines()[2])
    assert len(id2) == 1 and id2[0] != id_line0[0]  # written in groups: still one ID, a different one
    phone = re.findall(r"PHONE#[0-9a-f]{10}", log.splitlines()[1])
    assert phone and phone[0] in log1  # 13812345678 and +86 138-1234-5678 are the same number
    li = re.findall(r"NAME#[0-9a-f]{10}", log.splitlines()[1])
    assert li and li[0] in log.splitlines()[2] and li[0] in log.splitlines()[3]
    assert "[redacted]" in log.splitlines()[4]  # the live resident, known only to the Redactor

    # A new bundle has a new key: tokens cannot be joined across bundles.
    again = export_bundle(tmp_path / "usb2", config=config, db=db, devices=mgr, run_self_test=False)
    _, files2 = _unpack(again)
    assert zhang not in files2["logs/kiosk.log"].decode()


def test_a_token_whose_digest_is_all_digits_is_never_tokenized_again() -> None:
    """A digest such as 0755123456 looks like a landline: the token must stay whole, not PHONE#... inside."""
    t = Tokenizer(key=b"k" * 32)
    for token in ("NAME#0755123456", "PII#1381234567", "ID#0371654321"):
        assert t.text(f"seen {token} twice") == f"seen {token} twice"
    REDACTOR.register_sensitive("王小明")
    try:
        assert t.text("NAME#0755123456 王小明") == "NAME#0755123456 [redacted]"
    finally:
        REDACTOR.clear()


def test_tokenizer_is_keyed_and_normalises() -> None:
    a, b = Tokenizer(key=b"k" * 32), Tokenizer(key=b"j" * 32)
    assert a.text("11010519491231002x") == a.text("110105 19491231 002X")
    assert a.text("11010519491231002X") != b.text("11010519491231002X")
    assert a.text("+86 139 0000 1111") == a.text("13900001111")
    assert a.value({"id_number": "A1234567", "note": "ok"}) == {"id_number": a.token("ID", "A1234567"),
                                                               "note": "ok"}  # fmt: skip
