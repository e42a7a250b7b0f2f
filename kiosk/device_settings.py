"""The device manager's settings, from the kiosk's configuration (emulators unless a port is set)."""

from __future__ import annotations

from typing import Any

from kiosk.config import Config


def manager_settings(config: Config) -> dict[str, dict[str, Any]]:
    d = config.devices
    serial = {
        kind: {"emulated": c.emulated, "port": c.port, "baudrate": c.baud}
        for kind, c in (("idcard", d.idcard), ("scanner", d.scanner), ("printer", d.printer))
    }
    for settings in serial.values():
        if settings["emulated"] or not settings["port"]:
            settings.pop("port")
    cameras = {
        kind: {"emulated": c.emulated, "camera_index": c.camera_index}
        for kind, c in (("document_camera", d.document_camera), ("face_camera", d.face_camera))
    }
    return serial | cameras


def all_emulated(config: Config) -> bool:
    return all(s["emulated"] for s in manager_settings(config).values())
