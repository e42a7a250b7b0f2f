"""ReceiptPrinter <-> PrinterEmulator over a real pty (devices.transport.PtyEmulatorHost)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from devices.base import DeviceEvent, DeviceOffline, DeviceRefused, Health
from devices.printer import create_driver
from devices.printer.driver import ReceiptPrinter
from devices.printer.emulator import PrinterEmulator
from devices.printer.receipt import Receipt

RECEIPT = Receipt(
    title="办事回执",
    lines=[("事项", "居住证明"), ("受理号", "41152320261126002")],
    qr_payload="https://zwfw.example.cn/q?bj=41152320261126002",
)


class Events:
    def __init__(self) -> None:
        self.items: list[tuple[DeviceEvent, str]] = []
        self._cond = threading.Condition()

    def __call__(self, event: DeviceEvent) -> None:
        with self._cond:
            self.items.append((event, threading.current_thread().name))
            self._cond.notify_all()

    def kinds(self) -> list[str]:
        with self._cond:
            return [e.kind for e, _ in self.items]

    def wait_for(
        self, pred: Callable[[DeviceEvent], bool], timeout: float = 8.0, after: int = 0
    ) -> DeviceEvent:
        """Wait for an event matching ``pred`` among those delivered after the first ``after``."""
        with self._cond:
            found: list[DeviceEvent] = []

            def match() -> bool:
                found[:] = [e for e, _ in self.items[after:] if pred(e)]
                return bool(found)

            assert self._cond.wait_for(match, timeout), f"no matching event in {self.kinds()}"
            return found[-1]


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[tuple[ReceiptPrinter, PrinterEmulator, Events]]:
    events = Events()
    driver = create_driver({"emulated": True, "model": "pos80", "output_dir": str(tmp_path)}, events)
    driver.poll_interval = 0.2
    driver.open()
    emulator = driver.emulator
    assert isinstance(emulator, PrinterEmulator)
    yield driver, emulator, events
    driver.close()


def test_print_receipt_reaches_the_paper(rig: tuple[ReceiptPrinter, PrinterEmulator, Events]) -> None:
    driver, emu, events = rig
    assert driver.status().health is Health.OK
    state = driver.print_receipt(RECEIPT)
    assert state.can_print
    with emu.receipt_done:
        assert emu.receipt_done.wait_for(lambda: emu.last_receipt_png is not None, 5)
    png = emu.last_receipt_png
    assert png is not None
    with Image.open(png) as img:
        assert img.width == 576
        assert [r.text for r in zxingcpp.read_barcodes(img.convert("L"))] == [RECEIPT.qr_payload]
    assert list(emu.errors) == []
    assert "printed" in events.kinds()


def test_traffic_log_names_commands_but_holds_no_receipt_text(
    rig: tuple[ReceiptPrinter, PrinterEmulator, Events],
) -> None:
    driver, _, _ = rig
    driver.print_receipt(RECEIPT)
    log = " | ".join(r.summary for r in driver.traffic)
    assert "job " in log and "qr_store" in log and "DLE EOT" in log
    assert "41152320261126002" not in log and "居住" not in log


def test_paper_out_refuses_without_sending_the_job(
    rig: tuple[ReceiptPrinter, PrinterEmulator, Events],
) -> None:
    driver, emu, events = rig
    emu.paper_out = True
    before = emu.print_bytes
    with pytest.raises(DeviceRefused, match="paper roll is empty"):
        driver.print_receipt(RECEIPT)
    assert emu.print_bytes == before  # only status queries crossed the wire
    assert emu.receipt_count == 0
    assert driver.status().health is Health.OFFLINE
    assert driver.status().reported == "paper_out"  # what the heartbeat tells staff: refill, not repair
    assert "paper_out" in events.kinds()
    emu.paper_out = False
    driver.print_receipt(RECEIPT)  # the same receipt object prints once paper is back
    assert emu.print_bytes > before
    assert driver.status().reported == "ok"


def test_cover_open_refuses(rig: tuple[ReceiptPrinter, PrinterEmulator, Events]) -> None:
    driver, emu, _ = rig
    emu.cover_open = True
    with pytest.raises(DeviceRefused, match="cover is open"):
        driver.print_receipt(RECEIPT)
    assert emu.receipt_count == 0


def test_paper_near_end_prints_and_reports_degraded(
    rig: tuple[ReceiptPrinter, PrinterEmulator, Events],
) -> None:
    driver, emu, events = rig
    emu.paper_near_end = True
    driver.print_receipt(RECEIPT)
    status = driver.status()
    assert status.health is Health.DEGRADED
    assert "nearly empty" in status.reason
    assert "paper_near_end" in events.kinds()


def test_monitor_reports_toggles_off_the_calling_thread(
    rig: tuple[ReceiptPrinter, PrinterEmulator, Events],
) -> None:
    driver, emu, events = rig
    emu.cover_open = True
    events.wait_for(lambda e: e.kind == "cover_open")
    threads = {t for e, t in events.items if e.kind == "cover_open"}
    assert threading.current_thread().name not in threads
    assert driver.status().health is Health.OFFLINE


def test_unplug_goes_offline_and_recovers_by_itself(
    rig: tuple[ReceiptPrinter, PrinterEmulator, Events],
) -> None:
    driver, emu, events = rig
    host = driver.emulator_host
    host.unplug()
    events.wait_for(lambda e: e.kind == "status_changed" and e.data["health"] == "offline")
    with pytest.raises(DeviceOffline):
        driver.print_receipt(RECEIPT)
    assert driver.status().health is Health.OFFLINE
    n_before = len(events.items)
    host.replug()
    # The contract: back within 5 s of the device's return, with no call from us.
    events.wait_for(lambda e: e.kind == "status_changed" and e.data["health"] == "ok", 5.0, after=n_before)
    driver.print_receipt(RECEIPT)
    assert emu.last_receipt_image is not None


def test_self_test_and_capabilities(rig: tuple[ReceiptPrinter, PrinterEmulator, Events]) -> None:
    driver, emu, _ = rig
    result = driver.self_test()
    assert result.passed, result.as_dict()
    assert driver.capabilities["paper_width_dots"] == 576 and driver.capabilities["native_qr"]
    emu.cover_open = True
    failed = driver.self_test()
    assert not failed.passed and "cover" in failed.summary
    assert emu.receipt_count == 0  # a self-test never wastes paper


def test_silent_port_times_out_quickly(tmp_path: Path) -> None:
    """A device that never answers (mocked here only by an emulator that stays silent)."""

    class Silent:
        def feed(self, data: bytes) -> bytes:
            return b""

    from devices.transport import PtyEmulatorHost

    with PtyEmulatorHost(Silent(), name="silent") as host:
        driver = ReceiptPrinter(host.port, poll_interval=60)
        driver.open()
        try:
            status = driver.status()
            assert status.health is Health.OFFLINE
            assert "does not answer" in status.reason
        finally:
            driver.close()


def test_cli_test_page_and_status_on_the_emulator(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from devices.cli import main

    assert main(["printer", "test-page", "--json", "--output-dir", str(tmp_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["printed"] and out["status"]["health"] == "ok"
    with Image.open(out["png"]) as img:
        decoded = [r.text for r in zxingcpp.read_barcodes(img.convert("L"))]
    assert decoded == ["https://kiosk.example/test?打印=测试"]
    assert main(["printer", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["state"]["paper_end"] is False
    assert main(["printer", "status", "--device", str(tmp_path / "no-such-port")]) == 1
    assert "cannot open printer port" in capsys.readouterr().out
