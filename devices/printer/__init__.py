"""Receipt printer (ESC/POS): commands, status decoding, receipts, driver and byte-level emulator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from devices.base import EventSink
from devices.printer.driver import ReceiptPrinter
from devices.printer.emulator import PrinterEmulator
from devices.printer.profiles import get_profile
from devices.printer.receipt import Receipt

__all__ = ["PrinterEmulator", "Receipt", "ReceiptPrinter", "create_driver"]


def create_driver(settings: Mapping[str, Any], on_event: EventSink | None = None) -> ReceiptPrinter:
    """Build the printer driver from configuration (not opened yet).

    Settings: ``emulated`` (default: true unless a ``port`` is given), ``port`` (e.g. /dev/ttyUSB0 or
    any pyserial URL), ``baudrate`` (9600), ``model`` (see profiles.PROFILES), ``output_dir`` (where
    the emulator saves one PNG per cut receipt), ``name``.
    """
    profile = get_profile(settings.get("model"))
    emulated = bool(settings.get("emulated", not settings.get("port")))
    baudrate = int(settings.get("baudrate", 9600))
    name = settings.get("name")
    if not emulated:
        port = settings.get("port")
        if not port:
            raise ValueError("printer: 'port' is required when 'emulated' is false")
        return ReceiptPrinter(str(port), baudrate, profile, name=name, on_event=on_event)

    from devices.transport import PtyEmulatorHost  # only emulated setups need ptys

    emulator = PrinterEmulator(profile, settings.get("output_dir"))
    host = PtyEmulatorHost(emulator, name="printer")
    driver = ReceiptPrinter(host.port, baudrate, profile, name=name, on_event=on_event)
    driver.emulator = emulator
    driver.emulator_host = host
    return driver
