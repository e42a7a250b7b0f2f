"""Builds a camera driver from a settings mapping (shared by document_camera and face_camera)."""

from __future__ import annotations

from collections.abc import Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

from devices.base import EventSink
from devices.camera.capture import FrameSource, OpenCVCapture
from devices.camera.driver import ROTATIONS, CameraDriver
from devices.camera.emulator import EmulatedCamera
from devices.camera.v4l2node import SYSFS

SAMPLES_PACKAGE = "assets"


def _camera_samples() -> Path:
    """The project's camera samples (``document/``, ``face/``): data of the ``assets`` package installed
    beside ``devices``, found by package name because devices depends on nothing of kiosk."""
    root = files(SAMPLES_PACKAGE)
    if not isinstance(root, Path):
        raise RuntimeError(f"package {SAMPLES_PACKAGE!r} must be installed as files on disk, not zipped")
    return root / "camera"


ASSETS = _camera_samples()  # the emulator's default clips: ASSETS / "document", ASSETS / "face"


class SettingsError(ValueError):
    """A camera setting that cannot be used; the message names it."""


def _int(settings: Mapping[str, Any], key: str, default: int) -> int:
    value = settings.get(key, default)
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise SettingsError(f"camera setting {key!r} must be a whole number, not {value!r}") from None
    if number <= 0:
        raise SettingsError(f"camera setting {key!r} must be positive, not {number}")
    return number


def create_camera_driver(
    kind: str, clips: str, settings: Mapping[str, Any], on_event: EventSink | None
) -> CameraDriver:
    """``settings``: emulated (default true), device (a path: /dev/kiosk-face-camera,
    /dev/v4l/by-id/...; or an index, which the kiosk config calls ``camera_index``), width, height,
    fourcc, rotation (0/90/180/270, clockwise), expect_name (part of the kernel's camera name),
    sysfs (root of the sysfs tree, for tests), and for the emulator: clips (folder), initial (clip
    key), fps. Width and height are what the camera delivers; a rotated picture is height x width."""
    width = _int(settings, "width", 640 if kind == "face_camera" else 1280)
    height = _int(settings, "height", 480 if kind == "face_camera" else 960)
    source: FrameSource
    if bool(settings.get("emulated", True)):
        folder = Path(str(settings.get("clips", ASSETS / clips)))
        initial = settings.get("initial")
        source = EmulatedCamera.from_folder(
            folder,
            width=width,
            height=height,
            fps=float(settings.get("fps", 15.0)),
            initial=None if initial is None else str(initial),
        )
    else:
        raw = settings.get("device") or settings.get("camera_index", settings.get("index", 0))
        device: int | str = int(raw) if isinstance(raw, int) or str(raw).isdigit() else str(raw)
        fourcc = settings.get("fourcc", "MJPG")
        source = OpenCVCapture(
            device,
            width,
            height,
            None if fourcc in (None, "") else str(fourcc),
            expect_name=str(settings.get("expect_name", "")),
            sysfs=Path(str(settings.get("sysfs", SYSFS))),
        )
    rotation = _int(settings, "rotation", 0) if settings.get("rotation") else 0
    if rotation not in ROTATIONS:
        raise SettingsError(f"camera setting 'rotation' must be one of {ROTATIONS}, not {rotation}")
    size = (height, width) if rotation in (90, 270) else (width, height)
    driver = CameraDriver(source, name=kind, on_event=on_event, expected_size=size, rotation=rotation)
    driver.kind = kind
    return driver
