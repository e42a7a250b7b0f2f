"""ID card reader (GA/T 467 SAM): protocol, text parsing, driver, emulator and virtual deck."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from devices.base import EventSink
from devices.idcard.driver import CardRead, IdCardReader
from devices.idcard.photo import PhotoDecoder

__all__ = ["CardRead", "IdCardReader", "create_driver"]


def create_driver(settings: Mapping[str, Any], on_event: EventSink | None) -> IdCardReader:
    """Build the reader from config (not opened). Emulated unless a ``port`` is given.

    Settings: ``emulated`` (bool), ``port`` (str, real serial port or pyserial URL), ``baudrate``
    (int, 115200), ``vendor_photo_decoder`` (path to a vendor WLT library, optional), ``poll`` (bool);
    a real reader without a port is probed for on ``probe_ports`` (globs), never on ``probe_exclude``.
    The emulator, when used, is ``driver.emulator`` and its pty host ``driver.emulator_host``.
    """
    decoder = PhotoDecoder(settings.get("vendor_photo_decoder") or None)
    common: dict[str, Any] = {
        "baudrate": int(settings.get("baudrate", 115200)),
        "on_event": on_event,
        "photo_decoder": decoder,
        "poll": bool(settings.get("poll", True)),
    }
    if not settings.get("emulated", not settings.get("port")):
        port = settings.get("port")
        if port:
            return IdCardReader(str(port), **common)
        probe = settings.get("probe_ports")
        if not probe:
            raise ValueError("idcard: a real reader needs 'port' (e.g. /dev/ttyUSB0) or 'probe_ports'")
        return IdCardReader(
            "",
            **common,
            probe_ports=[str(p) for p in probe],
            probe_exclude=[str(p) for p in settings.get("probe_exclude", ())],
        )
    from devices.idcard.emulator import SamEmulator
    from devices.transport import PtyEmulatorHost

    return _EmulatedIdCardReader(SamEmulator(), PtyEmulatorHost, common)


class _EmulatedIdCardReader(IdCardReader):
    """The production driver, with its emulator hosted on a pty that lives as long as it does."""

    def __init__(self, emulator: Any, host_factory: Any, common: dict[str, Any]) -> None:
        self.emulator = emulator
        self.emulator_host = host_factory(emulator, name="idcard")
        super().__init__(self.emulator_host.port, **common)

    def close(self) -> None:
        super().close()
        self.emulator_host.close()
