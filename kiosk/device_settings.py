"""The device manager's settings, from the kiosk's configuration (emulators unless a port is set).

Translates the technician's ``[devices.*]`` keys into each driver package's ``create_driver``
settings, so the drivers never read the TOML themselves.
"""

from __future__ import annotations

from typing import Any

from kiosk.config import CameraDeviceConfig, Config

# What a scanner's suffix setting means to the line parser: the bytes that end a scan.
_SCANNER_TERMINATORS = {"auto": "crlf", "CR": "cr", "LF": "lf", "CRLF": "crlf", "TAB": "tab", "none": "none"}
_SCANNER_FALLBACK = {"auto": "gb18030", "utf-8": "", "gbk": "gb18030"}


def _camera(kind: str, c: CameraDeviceConfig) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "emulated": c.emulated,
        "width": c.width,
        "height": c.height,
        "fourcc": c.fourcc,
        "rotation": c.rotation,
        "expect_name": c.expect_name,
    }
    if c.camera_index >= 0:
        settings["camera_index"] = c.camera_index
    else:
        settings["device"] = c.device or f"/dev/kiosk-{kind.replace('_', '-')}"
    return settings


def manager_settings(config: Config) -> dict[str, dict[str, Any]]:
    d = config.devices
    idcard: dict[str, Any] = {"emulated": d.idcard.emulated, "baudrate": d.idcard.baud}
    if not d.idcard.emulated:
        if d.idcard.port:
            idcard["port"] = d.idcard.port
        else:
            idcard["probe_ports"] = list(d.idcard.probe_ports)
            # never send SAM commands to a port another device is configured on
            idcard["probe_exclude"] = [p for p in (d.scanner.port, d.printer.port) if p.startswith("/")]
    scanner: dict[str, Any] = {
        "emulated": d.scanner.emulated,
        # an emulated scanner is always the serial emulator: there is no keyboard to emulate here
        "mode": "evdev" if d.scanner.transport == "hid" and not d.scanner.emulated else "serial",
        "baudrate": d.scanner.baud,
        "terminator": _SCANNER_TERMINATORS[d.scanner.suffix],
        "gap_s": d.scanner.gap_ms / 1000,
        "fallback_encoding": _SCANNER_FALLBACK[d.scanner.encoding],
        "primary_encoding": "gb18030" if d.scanner.encoding == "gbk" else "utf-8",
    }
    if not d.scanner.emulated and d.scanner.port:
        scanner["port" if d.scanner.transport == "serial" else "device"] = d.scanner.port
    p = d.printer
    printer: dict[str, Any] = {
        "emulated": p.emulated,
        "transport": p.transport,
        "baudrate": p.baud,
        "model": p.model,
        "status_queries": p.status_queries,
    }
    if p.paper_mm:
        printer["paper_mm"] = p.paper_mm
    if p.cutter:
        printer["cutter"] = p.cutter == "yes"
    if p.code_page >= 0:
        printer["code_page"] = p.code_page
    if p.chinese_mode:
        printer["chinese_mode"] = p.chinese_mode
    if not p.emulated and p.port:
        printer["port"] = p.port
    cameras = {kind: _camera(kind, getattr(d, kind)) for kind in ("document_camera", "face_camera")}
    a4 = d.a4printer
    # a terminal without an A4 printer (server = "") has no such device, rather than an offline one
    a4printer = {"a4printer": {"server": a4.server, "queue": a4.queue, "job_timeout_s": a4.job_timeout_s}}
    devices = {"idcard": idcard, "scanner": scanner, "printer": printer} | cameras
    return devices | (a4printer if a4.server else {})


def all_emulated(config: Config) -> bool:
    # the A4 printer is a CUPS queue: a virtual PDF printer and a real one look the same from here
    return all(s.get("emulated", True) for s in manager_settings(config).values())
