"""``kiosk-devices scanner listen [--count N] [--timeout S]``: print codes as they are scanned.

On the emulator nobody holds a code under the scanner, so the command presents a few sample codes
itself (a Chinese QR, an EAN-13, a Code 128) to show the whole path works; on a real port
(``--device``) it waits for the technician to scan.
"""

from __future__ import annotations

import argparse
import json
import queue
import threading
import time
from typing import Any

from devices.base import DeviceEvent, DeviceOffline, EventKind

SAMPLES = (
    ("https://zwfw.example.cn/q?事项=户籍证明&编号=0001", "QR"),
    ("6901234567892", "EAN-13"),
    ("KIOSK-TEST-128", "Code 128"),
)


def register_cli(subparsers: Any) -> None:
    scanner = subparsers.add_parser("scanner", help="QR/barcode scanner")
    scanner.set_defaults(kind_hint="scanner")
    sub = scanner.add_subparsers(dest="scanner_command", required=True)
    listen = sub.add_parser("listen", help="print each scanned code on its own line")
    listen.add_argument("--count", type=int, default=1, help="stop after N codes (default 1)")
    listen.add_argument("--timeout", type=float, default=30.0, help="give up after S seconds (default 30)")
    listen.set_defaults(func=cmd_listen)


def cmd_listen(args: argparse.Namespace) -> int:
    from devices.cli import settings_for
    from devices.scanner import create_driver

    as_json = getattr(args, "json", False)
    events: queue.Queue[DeviceEvent] = queue.Queue()
    driver = create_driver(settings_for("scanner", args), events.put)
    emulator = getattr(driver, "emulator", None)
    received: list[dict[str, Any]] = []
    try:
        try:
            driver.open()
        except DeviceOffline as exc:
            _print(as_json, {"codes": [], "error": exc.reason}, f"error: {exc.reason}")
            return 1
        if emulator is not None:
            threading.Thread(target=_present_samples, args=(emulator, args.count), daemon=True).start()
        deadline = time.monotonic() + args.timeout
        while len(received) < args.count:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            try:
                event = events.get(timeout=left)
            except queue.Empty:
                break
            if event.kind == EventKind.CODE_SCANNED:
                received.append(dict(event.data))
                if not as_json:
                    print(event.data["payload"], flush=True)
            elif event.kind == EventKind.SCAN_ERROR and not as_json:
                print(f"(bad scan: {event.data['reason']})", flush=True)
    finally:
        driver.close()
    if as_json:
        print(json.dumps({"codes": received, "emulated": emulator is not None}, ensure_ascii=False, indent=2))
    elif len(received) < args.count:
        print(f"timeout: {len(received)} of {args.count} codes in {args.timeout:g} s")
    return 0 if len(received) >= args.count else 1


def _present_samples(emulator: Any, count: int) -> None:
    for i in range(count):
        payload, symbology = SAMPLES[i % len(SAMPLES)]
        emulator.present(payload, symbology=symbology)


def _print(as_json: bool, data: dict[str, Any], line: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if as_json else line)
