"""``kiosk-devices printer test-page | status``: the technician's printer checks."""

from __future__ import annotations

import argparse
import json
import tempfile
from typing import Any

from devices.base import DeviceError, DeviceRefused, Health

EXIT_OK, EXIT_FAILED, EXIT_REFUSED = 0, 1, 2


def register_cli(subparsers: Any) -> None:
    printer = subparsers.add_parser("printer", help="receipt printer (ESC/POS)")
    printer.set_defaults(kind_hint="printer")
    sub = printer.add_subparsers(dest="printer_command", required=True)
    page = sub.add_parser("test-page", help="print the test page (Chinese text, sizes, QR, cut)")
    page.add_argument("--output-dir", help="emulator only: where the receipt PNG goes (default: a temp dir)")
    page.set_defaults(func=cmd_test_page)
    status = sub.add_parser("status", help="ask the printer for its real-time status (DLE EOT 1-4)")
    status.set_defaults(func=cmd_status)


def _settings(args: argparse.Namespace) -> dict[str, Any]:
    from devices.cli import settings_for  # the shared CLI owns config and --device parsing

    return settings_for("printer", args)


def _report(args: argparse.Namespace, data: dict[str, Any], lines: list[str]) -> None:
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n".join(lines))


def cmd_test_page(args: argparse.Namespace) -> int:
    from devices.printer import create_driver
    from devices.printer.receipt import test_page

    settings = _settings(args)
    emulated = bool(settings.get("emulated", not settings.get("port")))
    if emulated:
        settings["output_dir"] = (
            getattr(args, "output_dir", None)
            or settings.get("output_dir")
            or tempfile.mkdtemp(prefix="kiosk-printer-")
        )
    driver = create_driver(settings)
    data: dict[str, Any] = {"printed": False, "emulated": emulated, "model": driver.profile.model}
    try:
        driver.open()
        state = driver.print_receipt(test_page(driver.profile))
        data.update(printed=True, status=driver.status().as_dict(), state=state.as_dict())
        if emulated:
            # print_receipt reads status after the job, and the emulator answers in stream order,
            # so the whole page has been drawn by now.
            emu = driver.emulator
            png = emu.last_receipt_png if driver.profile.cutter else emu.tear_off()
            data["png"] = str(png) if png else None
        code = EXIT_OK
    except DeviceError as exc:
        data.update(error=exc.reason, status=driver.status().as_dict())
        code = EXIT_REFUSED if isinstance(exc, DeviceRefused) else EXIT_FAILED
    finally:
        driver.close()
    lines = [f"test page printed on {data['model']}" if data["printed"] else f"not printed: {data['error']}"]
    if data.get("png"):
        lines.append(f"emulated receipt picture: {data['png']}")
    if data["printed"] and data["status"]["health"] != "ok":
        lines.append(f"warning: {data['status']['reason']}")
    _report(args, data, lines)
    return code


def cmd_status(args: argparse.Namespace) -> int:
    from devices.printer import create_driver

    driver = create_driver(_settings(args))
    data: dict[str, Any] = {"model": driver.profile.model}
    try:
        try:
            driver.open()
            state = driver.read_state()
            data["state"] = state.as_dict()
        except DeviceError as exc:
            data["error"] = exc.reason
        status = driver.status()
        data["status"] = status.as_dict()
    finally:
        driver.close()
    lines = [f"printer ({data['model']}): {status.health}: {status.reason}"]
    lines += [
        f"  {name.replace('_', ' ')}: {'YES' if on else 'no'}" for name, on in data.get("state", {}).items()
    ]
    _report(args, data, lines)
    return EXIT_OK if status.health is not Health.OFFLINE else EXIT_FAILED
