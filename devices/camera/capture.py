"""Frame sources: a UVC camera through OpenCV, or anything else with the same small protocol."""

from __future__ import annotations

import mmap
import threading
from pathlib import Path
from typing import Protocol, runtime_checkable

import cv2
import numpy as np
import numpy.typing as npt

from devices.base import DeviceOffline
from devices.camera.v4l2node import SYSFS, node_problem

Frame = npt.NDArray[np.uint8]

# Frames this large get their own mapping (below it, malloc is cheaper and nothing lingers).
OWN_MAPPING_BYTES = 64 * 1024


def new_frame(shape: tuple[int, ...]) -> Frame:
    """An empty frame whose pixels live in their own anonymous mapping, unmapped when the last
    reference goes. A malloc'd frame freed on a capture thread stays in that thread's arena, and
    malloc_trim never shrinks a thread arena: measured, 9 MB of a paused camera's frames stayed
    resident that way (bench/bench_soak.py)."""
    size = int(np.prod(shape))
    if size < OWN_MAPPING_BYTES:
        return np.empty(shape, np.uint8)
    pixels = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE)
    return np.frombuffer(pixels, np.uint8, count=size).reshape(shape)


def copy_frame(frame: Frame) -> Frame:
    """A copy of ``frame`` in its own mapping (see :func:`new_frame`)."""
    out = new_frame(frame.shape)
    np.copyto(out, frame)
    return out


@runtime_checkable
class FrameSource(Protocol):
    """What the camera driver needs from a camera. ``read`` raises DeviceOffline when it is gone."""

    def open(self) -> None: ...

    def close(self) -> None: ...

    def read(self) -> Frame: ...

    def present(self) -> bool:
        """Cheap: is the camera there at all? Opens nothing (no LED comes on), so a camera in
        standby can be checked every second."""
        ...

    @property
    def description(self) -> str: ...


def fourcc_code(fourcc: str) -> int:
    if len(fourcc) != 4:
        raise ValueError(f"a FOURCC has four characters, not {fourcc!r}")
    return int(cv2.VideoWriter.fourcc(*fourcc))


class OpenCVCapture:
    """A UVC camera (index or /dev/videoN path) read through cv2.VideoCapture (V4L2 backend)."""

    def __init__(
        self,
        device: int | str = 0,
        width: int = 1280,
        height: int = 720,
        fourcc: str | None = "MJPG",
        expect_name: str = "",
        sysfs: Path = SYSFS,
    ) -> None:
        self.device = device
        self.width = width
        self.height = height
        self.fourcc = fourcc
        self.expect_name = expect_name  # part of the kernel's camera name; "" = not checked
        self.sysfs = sysfs
        self._cap: cv2.VideoCapture | None = None
        self._lock = threading.Lock()

    @property
    def description(self) -> str:
        return f"UVC camera {self.device} {self.width}x{self.height} {self.fourcc or 'default'}"

    def present(self) -> bool:
        return Path(self.node).exists()

    @property
    def node(self) -> str:
        return f"/dev/video{self.device}" if isinstance(self.device, int) else str(self.device)

    def open(self) -> None:
        with self._lock:
            self._release()
            # A metadata node or the other camera must be reported, not opened and used.
            problem = node_problem(self.node, self.expect_name, self.sysfs) if self.present() else None
            if problem is not None:
                raise DeviceOffline(problem)
            cap = cv2.VideoCapture(self.device, cv2.CAP_V4L2)
            if not cap.isOpened():
                cap.release()
                raise DeviceOffline(f"camera {self.device} cannot be opened (unplugged or in use?)")
            # Many UVC cameras only offer high resolutions as MJPG, and the driver picks the size
            # from the pixel format in force, so the format must be set before width and height.
            if self.fourcc:
                cap.set(cv2.CAP_PROP_FOURCC, fourcc_code(self.fourcc))
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
            self._cap = cap

    def read(self) -> Frame:
        with self._lock:
            if self._cap is None:
                raise DeviceOffline("camera is not open")
            ok, frame = self._cap.read()
            if not ok or frame is None:
                raise DeviceOffline(f"camera {self.device} gave no frame (unplugged?)")
            return np.asarray(frame, dtype=np.uint8)

    def close(self) -> None:
        with self._lock:
            self._release()

    def _release(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None
