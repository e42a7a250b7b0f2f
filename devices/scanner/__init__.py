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

    Settings: ``mode`` ("serial", default, or "evdev"); serial: ``emulated`` (default true unless a
    ``port`` is given), ``port``, ``baudrate`` (9600), ``max_line``, ``fallback_encoding``
    ("gb18030"; "" for UTF-8 only); evdev: ``device`` (/dev/input/by-id/...-event-kbd).
    """
    name = settings.get("name")
    if settings.get("mode", "serial") == "evdev":
        from devices.scanner.evdev import EvdevScanner

        device = settings.get("device") or settings.get("port")
        if not device:
            raise ValueError("scanner: mode 'evdev' needs 'device' (an /dev/input/... event node)")
        return EvdevScanner(str(device), name=name, on_event=on_event)

    options: dict[str, Any] = {
        "baudrate": int(settings.get("baudrate", 9600)),
        "name": name,
        "on_event": on_event,
        "max_line": int(settings.get("max_line", MAX_LINE)),
        "fallback_encoding": settings.get("fallback_encoding", "gb18030") or None,
    }
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
