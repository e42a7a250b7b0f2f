"""Receipt printing costs, against a baseline measured in the same run on the same machine.

  escpos     render_receipt(): a Chinese receipt as ESC/POS text + native QR (what the driver sends)
  raster     the baseline many kiosks use to dodge printer Chinese fonts: draw the whole receipt as a
             picture and send it as GS v 0 raster (here: the emulator's picture of the same receipt,
             dithered and packed by the same raster code), so the costs compare like for like
  wire       bytes of each job and their transmit time at 9600 and 115200 baud (8N1: 10 bits/byte)
  emulator   parsing the ESC/POS job back into a receipt picture (test and CLI cost, not kiosk cost)
  status     DLE EOT 1-4 round trip through ReceiptPrinter over a pty, and the time a silent printer
             costs before it is declared not answering (bounded by the 0.3 s status timeout)

Run: .venv/bin/python bench/bench_printer.py [--json] [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from devices.printer import create_driver
from devices.printer.driver import ReceiptPrinter
from devices.printer.emulator import PrinterEmulator
from devices.printer.escpos import BufferSink, EscPos
from devices.printer.profiles import get_profile
from devices.printer.receipt import Receipt, render_receipt
from devices.transport import PtyEmulatorHost

RECEIPT = Receipt(
    title="办事回执",
    lines=[
        ("事项", "户籍证明"),
        ("受理号", "41152320261126001"),
        ("办理地点", "某某镇便民服务中心 2号窗口"),
        ("受理时间", "2026-11-26 09:30"),
        ("承诺时限", "3个工作日"),
    ],
    emphasis=["请于3个工作日后凭回执领取"],
    qr_payload="https://zwfw.example.cn/q?bj=41152320261126001&事项=户籍证明",
    qr_caption="扫码查询办理进度",
    footer=["请对本次服务进行评价", "谢谢"],
)


def _median_ms(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def run(rounds: int) -> dict[str, Any]:
    profile = get_profile("pos80")
    job = render_receipt(RECEIPT, profile)
    emu = PrinterEmulator(profile)
    emu.feed(job.data)
    picture = emu.last_receipt_image
    assert picture is not None

    def raster_job() -> bytes:
        sink = BufferSink()
        p = EscPos(sink)
        p.init()
        p.image(picture, profile.paper_width_dots)
        p.cut()
        return sink.output

    raster = raster_job()

    def parse_back() -> None:
        PrinterEmulator(profile).feed(job.data)

    out: dict[str, Any] = {
        "escpos_render_ms": _median_ms(lambda: render_receipt(RECEIPT, profile), rounds),
        "raster_render_ms": _median_ms(raster_job, rounds),
        "escpos_bytes": len(job.data),
        "raster_bytes": len(raster),
        "emulator_parse_and_draw_ms": _median_ms(parse_back, max(3, rounds // 5)),
    }
    for baud in (9600, 115200):
        out[f"escpos_wire_s_at_{baud}"] = round(len(job.data) * 10 / baud, 3)
        out[f"raster_wire_s_at_{baud}"] = round(len(raster) * 10 / baud, 3)

    driver = create_driver({"emulated": True, "model": "pos80"})
    driver.poll_interval = 3600  # keep the monitor out of the measurement
    driver.open()
    try:
        out["status_round_trip_ms"] = _median_ms(driver.read_state, rounds)
        out["print_receipt_ms_pty"] = _median_ms(lambda: driver.print_receipt(RECEIPT), max(3, rounds // 5))
    finally:
        driver.close()

    class Silent:
        def feed(self, data: bytes) -> bytes:
            return b""

    with PtyEmulatorHost(Silent(), name="silent") as host:
        silent = ReceiptPrinter(host.port, poll_interval=3600)
        t = time.perf_counter()
        silent.open()
        out["silent_printer_detected_ms"] = (time.perf_counter() - t) * 1000
        out["silent_printer_reason"] = silent.status().reason
        silent.close()
    return {k: round(v, 2) if isinstance(v, float) else v for k, v in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    result = run(args.rounds)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:<32} {value}")


if __name__ == "__main__":
    main()
