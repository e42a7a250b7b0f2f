"""查询打印 walked through the real app: `kiosk-tools simulate --journey query-print` (and
``query-print-offline``), and the screens it shows for `kiosk-tools screenshots`.

``query-print``: in a scratch data directory, a reference platform on 127.0.0.1 and a throwaway cupsd
with the cups-pdf virtual printer (``devices.a4printer.emulator``; it needs root, like the tests); the
kiosk enrols, the resident starts 个人社会保险参保缴费记录查询打印 from its guide, lays their card on the
emulated reader, sees the preview and presses Print. The line printed names the document, the outcome
and the PDF that came out of the virtual printer, whose text and QR code are checked against the
platform's public verification.

``query-print-offline``: the same, but the platform cannot be reached when the resident asks: they
leave the request to be printed here; the link comes back, a sync pass carries the request, the
platform answers with the document and the kiosk's print spool prints it.

For screenshots (:func:`reach_query_print`) no platform and no printer run: a stand-in desk hands the
controller the demo platform's own certificate for the deck's first resident, and the printer outcome
the picture is about.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import os
import subprocess
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

QUERY_MATTER = "11411599MB0000102F200030012000001"  # 个人社会保险参保缴费记录查询打印
RESIDENT_CARD = "zhangsan"


# -- screenshots ------------------------------------------------------------------------------------
class StandInDesk:
    """The desk the screenshots use: the demo platform's record, a chosen printer outcome."""

    def __init__(self, fetch_code: str = "ok", print_code: str = "printed") -> None:
        self.fetch_code = fetch_code
        self.print_code = print_code
        self.printer = None

    def fetch(self, matter: Any, id_number: str) -> Any:
        from kiosk.journey_adapters.query_print import FetchOutcome, fetched_from
        from sync.platform.records import seal_png, social_insurance_certificate
        from sync.protocol.documents import DocumentAnswer, document_hash

        if self.fetch_code != "ok":
            return FetchOutcome(self.fetch_code)
        document = social_insurance_certificate(id_number, dt.date(2026, 12, 6))
        if document is None:
            return FetchOutcome("no_record")
        answer = DocumentAnswer(
            document=document,
            sha256=document_hash(document),
            seal_png=base64.b64encode(seal_png(document.issuer)).decode(),
            verify_base="https://zwfw.example.gov.cn",
        )
        return FetchOutcome("ok", fetched_from(answer))

    def print(self, matter: Any, fetched: Any) -> str:
        return self.print_code

    def can_leave_request(self) -> bool:
        return True

    def has_printer(self) -> bool:
        return self.print_code != "no_printer"

    def leave_request(self, matter: Any, id_number: str, delivery: str) -> str:
        return "0" * 32

    def print_waiting(self) -> list[str]:
        return []


#: screenshot name -> (step reached, fetch outcome, printer outcome, what the resident does last)
SHOTS: dict[str, tuple[str, str, str, str]] = {
    "query-print-card": ("query-identify", "ok", "printed", ""),
    "query-print-face": ("query-face", "ok", "printed", ""),
    "query-print-preview": ("query-preview", "ok", "printed", ""),
    "query-print-preview-no-printer": ("query-preview", "ok", "no_printer", ""),
    "query-print-done": ("query-done", "ok", "printed", ""),
    "query-print-done-paper-out": ("query-done", "ok", "paper_out", ""),
    "query-print-offline": ("query-offline", "no_link", "printed", ""),
    "query-print-done-request": ("query-done", "no_link", "printed", "mail"),
}


def _settle(kiosk: Any, until: Callable[[], bool], timeout: float = 20.0) -> None:
    end = time.monotonic() + timeout
    while not until():
        if time.monotonic() > end:
            raise RuntimeError(f"query-and-print did not get there (screen {kiosk.app.screen})")
        kiosk.qt_app.processEvents()
        time.sleep(0.005)


def reach_query_print(kiosk: Any, shot: str) -> None:
    """For screenshots (no devices, no platform): the query-and-print flow up to ``shot`` (a SHOTS key)."""
    from devices.idcard.deck import DECK
    from kiosk.journey_adapters.devices import card_data

    step, fetch_code, print_code, last = SHOTS[shot]
    qp = kiosk.query_print
    qp.desk = StandInDesk(fetch_code, print_code)
    kiosk.app.start()
    qp.start(QUERY_MATTER)
    _settle(kiosk, lambda: kiosk.app.screen == "query-print-card")
    if step == "query-identify":
        return
    if step == "query-face":  # a record released only to its holder: the demo matter, asking for a face
        from kiosk.core.catalog import FaceVerification

        qp.flow.matter = dataclasses.replace(qp.flow.matter, face_verification=FaceVerification.REQUIRED)
    qp.identify(card_data(DECK[RESIDENT_CARD].data))
    if step == "query-face":
        _settle(kiosk, lambda: kiosk.app.screen == "query-print-face")
        return
    _settle(kiosk, lambda: qp.step in ("query-preview", "query-offline"))
    if step == "query-done":
        if last:
            qp.leaveRequest(last)
        else:
            qp.printDocument()
    target = {"query-preview": "query-print-preview", "query-offline": "query-print-offline"}
    _settle(kiosk, lambda: kiosk.app.screen == target.get(step, "query-print-done"))


# -- the walk ---------------------------------------------------------------------------------------
def _pdf_text(path: Path) -> str:
    import pypdf

    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)
    return unicodedata.normalize("NFKC", text)


def _qr_codes(path: Path, work: Path) -> list[str]:
    import zxingcpp
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "150", "-png", str(path), str(work / "page")], check=True)
    return [b.text for png in sorted(work.glob("page*.png")) for b in zxingcpp.read_barcodes(Image.open(png))]


def check_printed(path: Path, work: Path) -> str:
    """What came out of the virtual printer, checked: its number's verification says valid."""
    import httpx

    text = _pdf_text(path)
    codes = _qr_codes(path, work)
    if not codes:
        raise RuntimeError(f"no QR code on {path}")
    verdict = httpx.get(codes[0]).json()
    if not verdict.get("valid") or verdict.get("number", "") not in text:
        raise RuntimeError(f"the printed document does not verify: {verdict}")
    return str(verdict["number"])


def simulate_query_print(config: Any, offline: bool, out_dir: Path) -> list[tuple[str, Path]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("KIOSK_SYNC_DEV_PLAIN_HTTP", "1")  # the scratch platform is plain http on loopback
    from devices.a4printer.emulator import ThrowawayCups
    from kiosk.config import A4PrinterDeviceConfig
    from kiosk.store.connection import open_store
    from kiosk.tools.simulate import Walker
    from kiosk.ui.app import build
    from sync.engine.client import PlatformClient, enrol
    from sync.engine.engine import SyncEngine
    from sync.engine.state import save_credentials
    from sync.platform.server import platform_in_thread

    with (
        tempfile.TemporaryDirectory(prefix="kiosk-simulate-") as tmp,
        platform_in_thread(Path(tmp) / "platform") as platform,
        ThrowawayCups() as cups,
    ):
        a4 = A4PrinterDeviceConfig(server=cups.server, queue=cups.queue, job_timeout_s=60)
        config = dataclasses.replace(
            config, data_dir=Path(tmp) / "kiosk", devices=dataclasses.replace(config.devices, a4printer=a4)
        )
        config.data_dir.mkdir(parents=True)
        sync_db = open_store(config.store_path)
        creds = enrol(platform.url, platform.enrol_token(), "青石镇自助终端（模拟）")
        # offline: the kiosk knows its platform, but the link is down while the resident asks
        save_credentials(
            sync_db, dataclasses.replace(creds, platform_url="http://127.0.0.1:9") if offline else creds
        )
        kiosk: Any = build(config, keyboard_config_home=Path(tmp) / "config", devices=True)
        walker = Walker(kiosk)
        qp = kiosk.query_print
        try:
            walker.wait(
                lambda: walker.driver("idcard") is not None and walker.driver("a4printer") is not None
            )
            kiosk.app.start()
            kiosk.journey.start(QUERY_MATTER)
            walker.wait(lambda: kiosk.app.screen == "query-print-card")
            walker.driver("idcard").emulator.insert(RESIDENT_CARD)
            walker.wait(lambda: kiosk.app.screen in ("query-print-preview", "query-print-offline"))
            if offline:
                if not qp.leaveRequest("terminal"):
                    raise RuntimeError(f"the request was not kept: {qp.message}")
            else:
                qp.printDocument()
            _settle(kiosk, lambda: kiosk.app.screen == "query-print-done", 90.0)
            outcome = qp.info.get("outcome", "")
            qp.finish()
            walker.driver("idcard").emulator.remove()
            if offline:  # the link is back: a sync pass carries the request, the answer is printed here
                save_credentials(sync_db, creds)
                client = PlatformClient(creds)
                try:
                    SyncEngine(sync_db, client).run_once(now=True)
                finally:
                    client.close()
                qp.print_waiting()
            _settle(
                kiosk, lambda: len(cups.outputs()) >= 1 and b"%%EOF" in cups.outputs()[0].read_bytes(), 90.0
            )
            out_dir.mkdir(parents=True, exist_ok=True)
            results = []
            for pdf in cups.outputs():
                number = check_printed(pdf, Path(tmp))
                kept = out_dir / f"{number}.pdf"
                kept.write_bytes(pdf.read_bytes())
                results.append((number, kept))
                print(
                    f"query-print{'-offline' if offline else ''}: {number}  {outcome}  PDF: {kept}",
                    flush=True,
                )
            return results
        finally:
            kiosk.close()
            sync_db.conn.close()
