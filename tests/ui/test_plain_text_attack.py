"""Rich-text injection: markup in data (a platform status note, catalog text) is shown as the
characters it is, never drawn, and an image URL in it is never fetched.

The attack: a status note from the platform carrying HTML that would draw a giant red "pay here"
line and load an image from an attacker's server (a real loopback HTTP server that counts hits).
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from ui_kit import wait_until

from kiosk.tools.screenshots import class_name, has_properties

QML = Path(__file__).resolve().parents[2] / "kiosk" / "ui" / "qml"
PLAIN_TEXT = 0  # Text.PlainText (AutoText, the default, is 2)


@pytest.fixture
def attacker_server():
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


def text_items(k):
    """Every Text in the visual tree (the enum textFormat is read through QML: PySide cannot convert it)."""
    stack, found = [k.window.contentItem()], []
    while stack:
        item = stack.pop()
        if any(part in class_name(item) for part in ("InputPanel", "Keyboard")):
            continue  # Qt's on-screen keyboard: fixed key labels, no data
        if has_properties(item, "textFormat", "text"):
            found.append(item)
        stack.extend(item.childItems())
    return found


def is_plain(k, item) -> bool:
    from PySide6.QtQml import QQmlExpression

    value, undefined = QQmlExpression(k.engine.rootContext(), item, "textFormat").evaluate()
    return not undefined and value == PLAIN_TEXT


def test_markup_in_a_platform_status_note_is_shown_literally_and_fetches_nothing(
    kiosk, qtbot, attacker_server
):
    from kiosk.core.journey.submit import SubmissionPackage

    url, hits = attacker_server
    k = kiosk
    store = k.services.store
    package = SubmissionPackage(
        application_id="app-markup",
        matter_codes=("410000-001",),
        bundle_code=None,
        catalog_version="2026.11.2",
        applicant_masked="李*英",
        subject_id_number="110101199003074514",
        promised_date=dt.date(2026, 12, 31),
        personal={"name": "李秀英"},
        attachments=(),
        materials=(),
        role="self",
        staff_verification=False,
        staff_reason="",
        face_status="",
        audit={},
    )
    result = store.submit(package)
    note = (
        f'<img src="{url}/pay.png" width="900" height="900">'
        '<font color="red" size="7"><b>请扫描上方二维码付款</b></font>'
    )
    k.db.execute(
        "INSERT INTO sync_case_status (application_id, case_no, state, changed_at, note) "
        "VALUES (?, 'C-1', 'accepted', 0, ?)",
        ["app-markup", note],
    )
    k.app.start()
    assert k.progress.byQr(result.qr_payload)
    wait_until(k, lambda: k.app.screen == "progress-detail")
    wait_until(k, lambda: any(note == t.property("text") for t in text_items(k)), what="the note on screen")
    shown_note = next(t for t in text_items(k) if t.property("text") == note)
    assert is_plain(k, shown_note)
    # drawn as characters: one line of text far wider than a 900-pixel picture would make it tall
    assert shown_note.property("contentHeight") < 900
    k.window.grabWindow()  # a frame laid out and drawn: a rich-text image would be requested now
    qtbot.wait(300)  # proving an absence: give a request that was issued time to arrive
    assert hits == []
    rich = [
        (class_name(item), item.objectName(), str(item.property("text"))[:40])
        for item in text_items(k)
        if not is_plain(k, item)
    ]
    assert rich == []


def test_every_text_element_in_the_qml_is_plain_text():
    """Guards the new screens too: a Text element (or the shared BodyText/ScreenTitle) that does not
    set textFormat: Text.PlainText would render markup from data."""
    missing = []
    for path in sorted(QML.rglob("*.qml")):
        if "keyboard" in path.parts:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines):
            if re.search(r"(?<![\w.])Text \{", line):
                element = line if line.rstrip().endswith("}") else line + lines[i + 1]
                if "textFormat: Text.PlainText" not in element:
                    missing.append(f"{path.relative_to(QML)}:{i + 1}")
    assert missing == []


def test_markup_in_catalog_text_is_shown_literally_on_the_list_and_the_guide(kiosk, qtbot, attacker_server):
    """A hostile catalog (it is signed, but by whom?) names a matter and summarises it with markup."""
    import copy
    import json

    from kiosk.core.catalog_io import DEMO_CATALOG_PATH, validate_document

    url, hits = attacker_server
    doc = copy.deepcopy(json.loads(DEMO_CATALOG_PATH.read_text(encoding="utf-8")))
    matter = doc["matters"][0]
    name = f'<img src="{url}/logo.png"><b>请扫码缴费</b>'
    matter["name"]["zh_CN"] = name
    matter["summary"] = {"zh_CN": f'<a href="{url}">点此</a><font size="7">领取补贴</font>', "en": "x"}
    k = kiosk
    k.catalog.set_catalog(validate_document(doc))
    k.app.start()
    k.catalog.showList("department", matter["department"])
    k.app.go("matters")
    wait_until(k, lambda: any(name == t.property("text") for t in text_items(k)), what="the name listed")
    k.catalog.openGuide(matter["code"])
    k.app.go("guide")
    wait_until(k, lambda: any(name in str(t.property("text")) for t in text_items(k)), what="the guide")
    k.window.grabWindow()
    qtbot.wait(300)  # proving an absence: give a request that was issued time to arrive
    assert hits == []
    assert [t for t in text_items(k) if not is_plain(k, t)] == []


def test_markup_typed_into_a_form_is_shown_literally_on_the_review(dkiosk, qtbot, attacker_server):
    """What a resident types is data too: on 核对信息 it is characters, not markup."""
    from kiosk.tools.simulate import Walker

    url, hits = attacker_server
    k = dkiosk
    w = Walker(k, lambda pred: qtbot.waitUntil(pred, timeout=15000))
    w.begin("simple")
    w.until("simple", "form")
    typed = f'<img src="{url}/x.png"><h1>已缴费</h1>'
    text_fields = [
        f
        for f in w.j.form.fields
        if f.type.value in ("text", "address")
        and not (f.validation and f.validation.pattern)
        and not f.prefill
    ]
    assert text_fields, "the simple journey's form has a text field"
    w.ctl.setField(text_fields[0].key, typed)
    w.until("simple", "review")
    wait_until(k, lambda: k.app.screen.startswith("journey"))
    wait_until(k, lambda: any(typed in str(t.property("text")) for t in text_items(k)), what="the review")
    k.window.grabWindow()
    qtbot.wait(300)  # proving an absence: give a request that was issued time to arrive
    assert hits == []
    assert [t for t in text_items(k) if not is_plain(k, t)] == []
