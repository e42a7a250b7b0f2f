"""The A4 printer driver against a real cupsd with Debian's cups-pdf virtual printer.

What is real: cupsd, its filter chain, the cups-pdf backend writing a PDF, pausing and rejecting the
queue. What is simulated: a printer's paper/jam/toner trouble, set as ``printer-state-reasons`` through
CUPS-Add-Modify-Printer (what a real printer's backend reports).
"""

from __future__ import annotations

import io
import os
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import cups
import pypdf
import pytest

from devices.a4printer import A4Code, A4Printer, create_driver
from devices.a4printer.driver import JobState
from devices.a4printer.emulator import ThrowawayCups
from devices.a4printer.test_page import render_test_page
from devices.base import DeviceEvent, DeviceOffline, EventKind, Health
from devices.manager import DeviceManager
from kiosk.config import ConfigError, load_config
from kiosk.device_settings import manager_settings


@pytest.fixture(scope="module")
def cupsd() -> Iterator[ThrowawayCups]:
    if os.geteuid() != 0:
        pytest.skip(
            "the throwaway cupsd with cups-pdf needs root (cups-pdf runs as root, its config is in /etc/cups)"
        )
    with ThrowawayCups() as server:
        yield server


@pytest.fixture
def printer(cupsd: ThrowawayCups) -> Iterator[A4Printer]:
    conn = cups.Connection(host="127.0.0.1", port=cupsd.port)
    conn.enablePrinter(cupsd.queue)
    conn.acceptJobs(cupsd.queue)
    cupsd.set_state_reasons()
    yield A4Printer(cupsd.server, cupsd.queue, job_timeout_s=60)
    conn.cancelAllJobs(name=cupsd.queue, purge_jobs=True)


def _text(pdf_path: object) -> str:
    # cairo's re-embedded CJK subset maps a few characters to their Kangxi radical twins (⾃ for 自)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(pdf_path)).pages)
    return unicodedata.normalize("NFKC", text)


def _new_output(cupsd: ThrowawayCups, before: int) -> str:
    outputs = cupsd.outputs()
    assert len(outputs) == before + 1, cupsd.log_tail()
    return _text(outputs[-1])


def test_a_pdf_goes_through_cups_and_comes_out_of_the_virtual_printer(
    cupsd: ThrowawayCups, printer: A4Printer
) -> None:
    before = len(cupsd.outputs())
    outcome = printer.print_pdf(render_test_page(cupsd.server, cupsd.queue), "selftest")
    assert outcome.printed and outcome.code is A4Code.READY
    text = _new_output(cupsd, before)
    assert "A4 打印机自检页" in text and cupsd.queue in text
    assert printer.status().health is Health.OK


def test_paper_out_refuses_before_sending_keeps_the_job_and_prints_it_when_paper_is_back(
    cupsd: ThrowawayCups, printer: A4Printer
) -> None:
    events: list[DeviceEvent] = []
    printer.set_event_sink(events.append)
    before = len(cupsd.outputs())
    cupsd.set_state_reasons("media-empty-error", "toner-low-report")

    outcome = printer.submit(render_test_page("paper", "out"), "paper-out job")

    assert outcome.state == JobState.WAITING and outcome.code is A4Code.PAPER_OUT
    assert outcome.cups_job is None and printer.pending() == [outcome.ticket]
    assert printer.status().health is Health.DEGRADED and printer.status().reason == "paper_out"
    assert printer.status().detail["codes"] == ["paper_out", "toner_low"]
    assert printer.status().reported == "paper_out"  # what the heartbeat tells staff
    assert any(e.kind is EventKind.PAPER_OUT for e in events)
    assert len(cupsd.outputs()) == before  # nothing sent, nothing half printed

    cupsd.set_state_reasons("toner-low-report")  # paper loaded; toner low does not stop printing
    [retried] = printer.retry_pending()
    assert retried.printed and printer.pending() == []
    assert "queue: out" in _new_output(cupsd, before)


@pytest.mark.parametrize(
    ("reasons", "code"),
    [
        (("media-jam-error",), A4Code.JAM),
        (("offline-report",), A4Code.OFFLINE),
        (("door-open-error",), A4Code.DOOR_OPEN),
        (("toner-empty-error",), A4Code.TONER_OUT),
    ],
)
def test_each_printer_trouble_is_a_code_and_blocks_the_job(
    cupsd: ThrowawayCups, printer: A4Printer, reasons: tuple[str, ...], code: A4Code
) -> None:
    cupsd.set_state_reasons(*reasons)
    outcome = printer.submit(b"%PDF-1.4 never sent", "blocked")
    assert outcome.code is code and outcome.state == JobState.WAITING and outcome.cups_job is None


def test_toner_low_is_reported_but_prints(cupsd: ThrowawayCups, printer: A4Printer) -> None:
    cupsd.set_state_reasons("toner-low-report")
    outcome = printer.print_pdf(render_test_page("toner", "low"), "toner-low job")
    assert outcome.printed
    assert printer.status().health is Health.DEGRADED and printer.status().reason == "toner_low"


def test_a_paused_queue_holds_the_job_in_cups_and_it_prints_on_resume(
    cupsd: ThrowawayCups, printer: A4Printer
) -> None:
    conn = cups.Connection(host="127.0.0.1", port=cupsd.port)
    conn.disablePrinter(cupsd.queue)  # cupsdisable: CUPS accepts jobs and holds them
    before = len(cupsd.outputs())

    outcome = printer.print_pdf(render_test_page("paused", "queue"), "paused job", timeout_s=30)

    assert outcome.state == JobState.WAITING and outcome.code is A4Code.QUEUE_PAUSED
    assert outcome.cups_job is not None and printer.pending() == [outcome.ticket]
    assert printer.status().reason == "queue_paused" and printer.status().health is Health.DEGRADED
    assert len(cupsd.outputs()) == before

    conn.enablePrinter(cupsd.queue)
    assert printer.follow(outcome.ticket).printed and printer.pending() == []
    assert "queue: queue" in _new_output(cupsd, before)


def test_a_rejecting_queue_keeps_the_job(cupsd: ThrowawayCups, printer: A4Printer) -> None:
    conn = cups.Connection(host="127.0.0.1", port=cupsd.port)
    conn.rejectJobs(cupsd.queue)
    outcome = printer.submit(render_test_page("reject", "jobs"), "rejected job")
    assert outcome.code is A4Code.NOT_ACCEPTING and printer.pending() == [outcome.ticket]
    conn.acceptJobs(cupsd.queue)
    assert printer.retry_pending()[0].printed


def test_no_server_and_no_queue_are_codes_not_crashes(cupsd: ThrowawayCups) -> None:
    missing = A4Printer(cupsd.server, "no-such-queue")
    assert missing.submit(b"%PDF", "x").code is A4Code.QUEUE_MISSING
    assert missing.status().health is Health.OFFLINE
    with ThrowawayCups() as gone:
        address = gone.server
    nobody = A4Printer(address, "kiosk-a4")
    with pytest.raises(DeviceOffline):
        nobody.open()
    assert nobody.submit(b"%PDF", "x").code is A4Code.UNREACHABLE and nobody.pending()


def test_self_test_prints_the_test_page(cupsd: ThrowawayCups, printer: A4Printer) -> None:
    before = len(cupsd.outputs())
    result = printer.self_test()
    assert result.passed, result.as_dict()
    assert "self-test" in _new_output(cupsd, before)
    cupsd.set_state_reasons("media-jam-error")
    assert printer.self_test().summary == "jam"


def test_create_driver_needs_a_server() -> None:
    with pytest.raises(ValueError, match="server"):
        create_driver({})
    with pytest.raises(ValueError, match="host:port"):
        create_driver({"server": "localhost"})


def test_kiosk_toml_names_the_cups_server_and_queue_the_kiosk_prints_to(
    cupsd: ThrowawayCups, printer: A4Printer, tmp_path: Path
) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path / "home")}
    path = tmp_path / "kiosk.toml"
    path.write_text(
        f'[devices.a4printer]\nserver = "{cupsd.server}"\nqueue = "{cupsd.queue}"\njob_timeout_s = 45\n',
        encoding="utf-8",
    )
    settings = manager_settings(load_config(path, env))
    manager = DeviceManager(settings)
    driver = manager.driver("a4printer")
    assert isinstance(driver, A4Printer) and driver.job_timeout_s == 45
    before = len(cupsd.outputs())
    with manager:
        assert manager.statuses()["a4printer"].health is Health.OK
        assert driver.print_pdf(render_test_page("from", "kiosk.toml"), "toml").printed
    assert "queue: kiosk.toml" in _new_output(cupsd, before)

    path.write_text('[devices.a4printer]\nqueue = "kiosk-a4"\n', encoding="utf-8")
    assert "a4printer" not in manager_settings(load_config(path, env))  # no server: no A4 printer
    path.write_text('[devices.a4printer]\nserver = "localhost"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="host:port"):
        load_config(path, env)


def test_the_generated_application_form_prints_on_a4_pages(cupsd: ThrowawayCups, printer: A4Printer) -> None:
    import datetime

    from PIL import Image

    from kiosk.core.journey.generated import FormPage
    from kiosk.documents.form_pdf import form_page_pdf
    from kiosk.journey_adapters.form_page import render_form_page

    signature = io.BytesIO()
    Image.new("L", (300, 100), 255).save(signature, "PNG")
    rows = tuple((f"事项{i}", "内容" * 20) for i in range(40))  # taller than one A4 page
    form = FormPage(
        "F-TEST-1", "申请表", ("测试事项",), rows, signature.getvalue(), datetime.date(2026, 12, 6)
    )
    png = render_form_page(form)
    pdf = form_page_pdf(png, form.code)
    image = Image.open(io.BytesIO(png))
    expected_pages = -(-image.height // int(image.width * 297 / 210))  # A4 slices of the page image
    assert expected_pages >= 2 and len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == expected_pages

    before = len(cupsd.outputs())
    assert printer.print_pdf(pdf, form.code).printed
    out = pypdf.PdfReader(str(cupsd.outputs()[before]))
    assert len(out.pages) == expected_pages
    box = out.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points


def test_an_idle_queue_is_watched_so_paper_out_shows_before_anyone_prints(cupsd: ThrowawayCups) -> None:
    events: list[DeviceEvent] = []
    watched = A4Printer(cupsd.server, cupsd.queue, poll_s=0.1, on_event=events.append)
    watched.open()
    try:
        assert watched.status().health is Health.OK
        cupsd.set_state_reasons("media-empty-error")
        deadline = time.monotonic() + 10
        while watched.status().reason != "paper_out":
            assert time.monotonic() < deadline, "paper out never reached the status"
            time.sleep(0.05)
        assert any(e.kind is EventKind.STATUS_CHANGED and e.data["reason"] == "paper_out" for e in events)
    finally:
        watched.close()
        cupsd.set_state_reasons()
