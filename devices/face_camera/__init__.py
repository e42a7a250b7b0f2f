"""The face camera (facing the resident): frames for devices.camera.face and liveness."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from devices.base import EventSink
from devices.camera.driver import CameraDriver
from devices.camera.setup import create_camera_driver

__all__ = ["create_driver"]


def create_driver(settings: Mapping[str, Any], on_event: EventSink | None = None) -> CameraDriver:
    """Emulated by default (plays assets/camera/face/*, see ``driver.emulator``)."""
    return create_camera_driver("face_camera", "face", settings, on_event)
