"""Receipt printer (ESC/POS): commands, status decoding, receipts, driver and byte-level emulator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from devices.base import EventSink
from devices.printer.driver import ReceiptPrinter
from devices.printer.emulator import PrinterEmulator
from devices.printer.ports import TRANSPORTS
from devices.printer.profiles import customise, get_profile
from devices.printer.receipt import Receipt

__all__ = ["PrinterEmulator", "Receipt", "ReceiptPrinter", "create_driver"]


def create_driver(settings: Mapping[str, Any], on_event: EventSink | None = None) -> ReceiptPrinter:
    """Build the printer driver from configuration (not opened yet).

    Settings: ``emulated`` (default: true unless a ``port`` is given), ``transport`` ("serial",
    "usblp" or "network"), ``port`` (/dev/ttyUSB0 or any pyserial URL; /dev/usb/lp0; host:9100),
    ``baudrate`` (9600, serial only), ``model`` (a preset in profiles.PROFILES) and the overrides
    ``paper_mm``, ``cutter``, ``code_page``, ``chinese_mode``; ``status_queries`` (true),
    ``output_dir`` (where the emulator saves one PNG per cut receipt), ``name``.
    An emulated printer is reached over the configured transport too: a pty for serial, the pty
    opened as a plain file for usblp, a loopback socket for network.
    """
    profile = customise(
        get_profile(settings.get("model")),
        paper_mm=settings.get("paper_mm"),
        cutter=settings.get("cutter"),
        code_page=settings.get("code_page"),
        chinese_mode=settings.get("chinese_mode"),
    )
    transport = settings.get("transport", "serial")
    if transport not in TRANSPORTS:
        raise ValueError(f"printer: transport must be one of {', '.join(TRANSPORTS)}, not {transport!r}")
    emulated = bool(settings.get("emulated", not settings.get("port")))
    options: dict[str, Any] = {
        "baudrate": int(settings.get("baudrate", 9600)),
        "profile": profile,
        "name": settings.get("name"),
        "on_event": on_event,
        "transport": transport,
        "status_queries": bool(settings.get("status_queries", True)),
    }
    if not emulated:
        port = settings.get("port")
        if not port:
            raise ValueError("printer: 'port' is required when 'emulated' is false")
        return ReceiptPrinter(str(port), **options)

    from devices.transport import PtyEmulatorHost, SocketEmulatorHost  # only emulated setups need them

    emulator = PrinterEmulator(profile, settings.get("output_dir"))
    host: PtyEmulatorHost | SocketEmulatorHost
    if transport == "network":
        host = SocketEmulatorHost(emulator, name="printer")
        address = host.address
    else:
        host = PtyEmulatorHost(emulator, name="printer")
        address = host.port
    driver = ReceiptPrinter(address, **options)
    driver.emulator = emulator
    driver.emulator_host = host
    return driver
