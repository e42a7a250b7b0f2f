"""QR/barcode scanners: serial line mode (with an emulator) and keyboard-wedge scanners via evdev."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from devices.base import Driver, EventSink
from devices.scanner.driver import SerialScanner
from devices.scanner.emulator import ScannerEmulator
from devices.scanner.protocol import MAX_LINE, LineParser, Scan, ScanError

__all__ = ["LineParser", "Scan", "ScanError", "ScannerEmulator", "SerialScanner", "create_driver"]


def create_driver(settings: Mapping[str, Any], on_event: EventSink | None = None) -> Driver:
    """Build the scanner driver from configuration (not opened yet).

    Settings: ``mode`` ("serial", default, or "evdev"); ``terminator`` ("crlf" = CR, LF or CR LF;
    "cr", "lf", "tab", "none"); serial: ``emulated`` (default true unless a ``port`` is given),
    ``port``, ``baudrate`` (9600), ``gap_s`` (silence that ends a scan when the terminator is
    "none"), ``max_line``, ``primary_encoding`` ("utf-8" or "gb18030"), ``fallback_encoding``
    ("gb18030"; "" for none); evdev: ``device`` (/dev/input/by-id/...-event-kbd).
    """
    name = settings.get("name")
    terminator = str(settings.get("terminator", "crlf"))
    if settings.get("mode", "serial") == "evdev":
        from devices.scanner.evdev import EvdevScanner

        device = settings.get("device") or settings.get("port")
        if not device:
            raise ValueError("scanner: mode 'evdev' needs 'device' (an /dev/input/... event node)")
        if terminator == "none":
            raise ValueError('scanner: a HID scanner must end each scan with Enter or TAB, not suffix "none"')
        return EvdevScanner(str(device), name=name, on_event=on_event, tab_ends_scan=terminator == "tab")

    options: dict[str, Any] = {
        "baudrate": int(settings.get("baudrate", 9600)),
        "name": name,
        "on_event": on_event,
        "max_line": int(settings.get("max_line", MAX_LINE)),
        "fallback_encoding": settings.get("fallback_encoding", "gb18030") or None,
        "primary_encoding": str(settings.get("primary_encoding", "utf-8")),
        "terminator": terminator,
    }
    if "gap_s" in settings:
        options["gap_s"] = float(settings["gap_s"])
    if not bool(settings.get("emulated", not settings.get("port"))):
        if not settings.get("port"):
            raise ValueError("scanner: 'port' is required when 'emulated' is false")
        return SerialScanner(str(settings["port"]), **options)

    from devices.transport import PtyEmulatorHost  # only emulated setups need ptys

    emulator = ScannerEmulator()
    host = PtyEmulatorHost(emulator, name="scanner")
    driver = SerialScanner(host.port, **options)
    driver.emulator = emulator
    driver.emulator_host = host
    return driver
