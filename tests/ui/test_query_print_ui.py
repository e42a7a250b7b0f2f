"""查询打印 through the running kiosk, as a resident walks it: the guide's Start on 社保参保证明, the ID card
on the emulated reader, the platform asked (a reference platform on 127.0.0.1), the preview page by
page, Print, and the PDF that comes out of a real cupsd's cups-pdf virtual printer read back: its text,
its QR code decoded and verified against the platform. Paper out and a paused queue say so in words and
lose nothing; with no link the request is left and printed here when the platform answers.

One kiosk, one platform and one cupsd for the module; ``[devices.a4printer] retry_s`` is set to one
second through kiosk.toml so the print spool's retries happen within a test.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cups
import httpx
import pypdf
import pytest
import zxingcpp
from PIL import Image
from ui_kit import press

from devices.a4printer.emulator import ThrowawayCups
from devices.base import DeviceKind
from kiosk.assets import FACE_SAMPLES as FACES
from kiosk.config import load_config
from kiosk.core.words import words
from kiosk.store import audit, print_jobs
from kiosk.store.connection import open_store
from sync.engine.client import enrol
from sync.engine.state import load_credentials, save_credentials
from sync.platform.server import platform_in_thread

QUERY_MATTER = "11411599MB0000102F200030012000001"  # 个人社会保险参保缴费记录查询打印
ZHANG_SAN = "411502198005123012"  # the emulated deck's card "zhangsan"


@pytest.fixture(scope="module")
def cupsd() -> Iterator[ThrowawayCups]:
    if os.geteuid() != 0:
        pytest.skip(
            "the throwaway cupsd with cups-pdf needs root (cups-pdf runs as root, its config is in /etc/cups)"
        )
    with ThrowawayCups() as server:
        yield server


@pytest.fixture(scope="module")
def world(qapp, cupsd: ThrowawayCups, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from kiosk.tools.screenshots import reset
    from kiosk.ui.app import build

    tmp = tmp_path_factory.mktemp("query-print")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KIOSK_SYNC_DEV_PLAIN_HTTP", "1")  # the platform is plain http on 127.0.0.1
        mp.setenv("XDG_CONFIG_HOME", str(tmp / "xdg-config"))
        with platform_in_thread(tmp / "platform", durable=False) as platform:
            toml = tmp / "kiosk.toml"
            toml.write_text(
                'data_dir = "data"\n[logging]\nconsole = false\n'
                f'[sync]\nplatform_url = "{platform.url}"\n'
                f'[devices.a4printer]\nserver = "{cupsd.server}"\nqueue = "{cupsd.queue}"\n'
                "job_timeout_s = 60\nretry_s = 1\n",
                encoding="utf-8",
            )
            config = load_config(toml)
            db = open_store(config.store_path)
            save_credentials(db, enrol(platform.url, platform.enrol_token(), "青石镇自助终端"))
            db.conn.close()
            k = build(config, keyboard_config_home=tmp / "xdg-config", devices=True)
            try:
                yield dataclasses.make_dataclass("World", ["kiosk", "platform", "cupsd"])(k, platform, cupsd)
            finally:
                reset(k)
                k.close()


@pytest.fixture
def k(world: Any, qtbot: Any) -> Iterator[Any]:
    kiosk = world.kiosk
    qtbot.waitUntil(lambda: kiosk.devices.driver(DeviceKind.A4PRINTER) is not None, timeout=20000)
    conn = cups.Connection(host="127.0.0.1", port=world.cupsd.port)
    conn.enablePrinter(world.cupsd.queue)
    conn.acceptJobs(world.cupsd.queue)
    world.cupsd.set_state_reasons()
    yield kiosk
    kiosk.devices.manager.driver("idcard").emulator.remove()
    if kiosk.session.state.value != "attract":
        kiosk.session.finish()


def _walk_to_preview(k: Any, qtbot: Any) -> None:
    k.app.start()
    k.journey.start(QUERY_MATTER)  # the guide's Start
    qtbot.waitUntil(lambda: k.app.screen == "query-print-card", timeout=5000)
    k.devices.manager.driver("idcard").emulator.insert("zhangsan")
    qtbot.waitUntil(lambda: k.app.screen in ("query-print-preview", "query-print-offline"), timeout=15000)


def _text(path: Path) -> str:
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return unicodedata.normalize("NFKC", text)


def _qr_codes(path: Path, tmp_path: Path) -> list[str]:
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(tmp_path / "page")], check=True)
    return [
        b.text for png in sorted(tmp_path.glob("page*.png")) for b in zxingcpp.read_barcodes(Image.open(png))
    ]


def _new_pdf(qtbot: Any, cupsd: ThrowawayCups, before: int) -> Path:
    """The one PDF cups-pdf wrote since ``before``, once it is whole (it appears before it is written)."""

    def whole() -> bool:
        outputs = cupsd.outputs()
        return len(outputs) == before + 1 and b"%%EOF" in outputs[-1].read_bytes()[-64:]

    qtbot.waitUntil(whole, timeout=60000)
    return cupsd.outputs()[-1]


def _document_actions(k: Any) -> list[str]:
    rows = k.db.query("select action from audit_log order by rowid")
    return [r["action"] for r in rows if r["action"].startswith("document")]


def _document_entries(k: Any) -> int:
    return len([r for r in k.db.query("select action from audit_log") if r["action"].startswith("document")])


def _outcome(k: Any) -> str:
    return str(k.query_print.info.get("outcome", ""))


def test_a_resident_queries_previews_and_prints_their_certificate(k, world, qtbot, tmp_path) -> None:
    before = len(world.cupsd.outputs())
    _walk_to_preview(k, qtbot)
    info = k.query_print.info
    assert k.app.screen == "query-print-preview" and info["title"] == "社会保险参保缴费证明"
    # the page count may come a moment after the preview (QtPdf loading from memory): the screen follows it
    qtbot.waitUntil(lambda: k.query_print.info["pageCount"] >= 1, timeout=5000)
    info = k.query_print.info
    # the preview's page is drawn from the PDF in memory: a real picture, not an empty one
    page = k.query_print.pages.page(f"{info['generation']}/0", None, None)
    assert page.width() > 1000 and page.height() > page.width()
    # the voice reads the title and the key figures, never the ID number
    assert (
        info["spoken"].startswith("社会保险参保缴费证明，参保状态正常参保")
        and ZHANG_SAN not in info["spoken"]
    )
    qtbot.waitUntil(lambda: "累计缴费月数" in (k.window.property("prompt") or ""), timeout=5000)

    press(k, "queryPrint")
    qtbot.waitUntil(lambda: k.app.screen == "query-print-done", timeout=60000)
    assert _outcome(k) == words("a4_printed", "zh_CN")
    out = _new_pdf(qtbot, world.cupsd, before)
    text = _text(out)
    assert info["number"] in text and "张三" in text and ZHANG_SAN not in text  # the ID stays masked
    [url, *_] = _qr_codes(out, tmp_path)
    verdict = httpx.get(url).json()
    assert verdict["valid"] is True and verdict["number"] == info["number"]

    rows = [(r["action"], r["detail"]) for r in k.db.query("select action, detail from audit_log")]
    assert rows[-1][0] == "document_printed" and info["number"] in rows[-1][1]
    assert all("张三" not in d and ZHANG_SAN not in d for _, d in rows)
    assert audit.verify(k.db).ok
    press(k, "queryFinish")
    qtbot.waitUntil(lambda: k.app.screen == "attract", timeout=5000)
    assert k.query_print.flow is None and k.query_print.info == {}


def test_paper_out_is_said_and_the_document_prints_when_paper_is_loaded(k, world, qtbot) -> None:
    before, entries_before = len(world.cupsd.outputs()), _document_entries(k)
    _walk_to_preview(k, qtbot)
    number = k.query_print.info["number"]
    world.cupsd.set_state_reasons("media-empty-error")
    press(k, "queryPrint")
    qtbot.waitUntil(lambda: k.app.screen == "query-print-done", timeout=60000)
    assert _outcome(k) == words("a4_paper_out", "zh_CN") and "保留" in _outcome(k)
    [kept] = [d for d in print_jobs.waiting(k.db) if d.document_no == number]  # sealed in the store
    assert len(world.cupsd.outputs()) == before
    press(k, "queryFinish")
    world.cupsd.set_state_reasons()  # paper loaded: the spool's next try (retry_s = 1) prints it
    qtbot.waitUntil(lambda: print_jobs.state_of(k.db, kept.id) == print_jobs.PRINTED, timeout=60000)
    assert number in _text(_new_pdf(qtbot, world.cupsd, before))
    # kept (each try while the paper was out is recorded: the spool retries every second), then printed once
    qtbot.waitUntil(lambda: _document_actions(k)[entries_before:][-1:] == ["document_printed"], timeout=10000)
    actions = _document_actions(k)[entries_before:]
    assert actions.count("document_printed") == 1 and set(actions[:-1]) == {"document_print_waiting"}


def test_a_paused_queue_is_said_and_cups_prints_it_on_resume(k, world, qtbot) -> None:
    before = len(world.cupsd.outputs())
    conn = cups.Connection(host="127.0.0.1", port=world.cupsd.port)
    _walk_to_preview(k, qtbot)
    number = k.query_print.info["number"]
    conn.disablePrinter(world.cupsd.queue)
    press(k, "queryPrint")
    qtbot.waitUntil(lambda: k.app.screen == "query-print-done", timeout=60000)
    assert _outcome(k) == words("a4_queue_paused", "zh_CN")
    assert len(world.cupsd.outputs()) == before
    conn.enablePrinter(world.cupsd.queue)  # CUPS kept the job: it comes out on resume, once
    assert number in _text(_new_pdf(qtbot, world.cupsd, before))
    assert not [d for d in print_jobs.waiting(k.db) if d.document_no == number]  # not printed twice


def test_with_no_link_a_left_request_is_printed_here_when_the_platform_answers(k, world, qtbot) -> None:
    creds = load_credentials(k.db)
    before, entries_before = len(world.cupsd.outputs()), _document_entries(k)
    save_credentials(k.db, dataclasses.replace(creds, platform_url="http://127.0.0.1:9"))  # the link is down
    try:
        _walk_to_preview(k, qtbot)
        assert k.app.screen == "query-print-offline"
        assert k.query_print.info["canLeave"] and k.query_print.info["canMail"]
        press(k, "queryLeaveTerminal")
        qtbot.waitUntil(lambda: k.app.screen == "query-print-done", timeout=5000)
        assert _outcome(k) == words("query_request_terminal", "zh_CN")
        press(k, "queryFinish")
    finally:
        save_credentials(k.db, creds)  # the link is back
    k.sync_worker.wake()  # the kiosk's own sync carries the request; the spool prints the answer
    text = _text(_new_pdf(qtbot, world.cupsd, before))
    assert "社会保险参保缴费证明" in text and ZHANG_SAN not in text
    assert print_jobs.counts(k.db).get(print_jobs.AWAITING, 0) == 0
    # the spool records the print once CUPS says the job completed (a moment after the file is whole)
    qtbot.waitUntil(lambda: _document_entries(k) == entries_before + 2, timeout=30000)  # requested, printed


def test_a_required_face_that_fails_then_is_declined_sends_the_resident_to_the_window(k, qtbot) -> None:
    """The emulated face camera shows a still photo: it never blinks, so the check fails."""
    from kiosk.core.catalog import FaceVerification

    printed_before = _document_entries(k)
    k.devices.manager.driver("face_camera").emulator.show(FACES / "astronaut_portrait.jpg")
    k.query_print.face_timeout = 0.5
    k.app.start()
    k.journey.start(QUERY_MATTER)
    qtbot.waitUntil(lambda: k.app.screen == "query-print-card", timeout=5000)
    flow = k.query_print.flow
    flow.matter = dataclasses.replace(flow.matter, face_verification=FaceVerification.REQUIRED)
    k.devices.manager.driver("idcard").emulator.insert("zhangsan")
    qtbot.waitUntil(lambda: k.app.screen == "query-print-face", timeout=5000)
    press(k, "queryFaceStart")
    qtbot.waitUntil(lambda: flow.face_attempts == 1 and not k.query_print.faceBusy, timeout=20000)
    assert k.app.screen == "query-print-face" and k.query_print.message == words(
        "face_retry", "zh_CN", left=2
    )
    press(k, "queryFaceDecline")
    qtbot.waitUntil(lambda: k.app.screen == "query-print-done", timeout=5000)
    assert _outcome(k) == words("query_face_required", "zh_CN")
    assert flow.document is None and not flow.face_passed
    assert _document_entries(k) == printed_before  # nothing printed, nothing kept
    assert k.query_print.info.get("title") is None  # no record reached the screen


def test_the_application_form_the_terminal_generates_prints_on_a4_for_the_residents_records(
    k, world, qtbot
) -> None:
    from kiosk.tools.simulate import Walker

    walker = Walker(k, wait=lambda pred, timeout=30.0: qtbot.waitUntil(pred, timeout=int(timeout * 1000)))
    walker.begin("simple")
    walker.until("simple", stop="review")
    receipt_printer = k.devices.manager.driver("printer").emulator
    receipt_before = receipt_printer.last_receipt_image
    before = len(world.cupsd.outputs())
    press(k, "printFormPage")
    qtbot.waitUntil(lambda: k.journey.slip == "printed", timeout=60000)
    out = pypdf.PdfReader(str(_new_pdf(qtbot, world.cupsd, before)))
    box = out.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    assert out.pages[0].images, "the form page is the picture sealed with the application"
    assert receipt_printer.last_receipt_image is receipt_before  # A4 where there is one, not a slip
