"""Frame sources: a UVC camera through OpenCV, or anything else with the same small protocol."""

from __future__ import annotations

import threading
from typing import Protocol, runtime_checkable

import cv2
import numpy as np
import numpy.typing as npt

from devices.base import DeviceOffline

Frame = npt.NDArray[np.uint8]


@runtime_checkable
class FrameSource(Protocol):
    """What the camera driver needs from a camera. ``read`` raises DeviceOffline when it is gone."""

    def open(self) -> None: ...

    def close(self) -> None: ...

    def read(self) -> Frame: ...

    @property
    def description(self) -> str: ...


def fourcc_code(fourcc: str) -> int:
    if len(fourcc) != 4:
        raise ValueError(f"a FOURCC has four characters, not {fourcc!r}")
    return int(cv2.VideoWriter.fourcc(*fourcc))


class OpenCVCapture:
    """A UVC camera (index or /dev/videoN path) read through cv2.VideoCapture (V4L2 backend)."""

    def __init__(
        self, device: int | str = 0, width: int = 1280, height: int = 720, fourcc: str | None = "MJPG"
    ) -> None:
        self.device = device
        self.width = width
        self.height = height
        self.fourcc = fourcc
        self._cap: cv2.VideoCapture | None = None
        self._lock = threading.Lock()

    @property
    def description(self) -> str:
        return f"UVC camera {self.device} {self.width}x{self.height} {self.fourcc or 'default'}"

    def open(self) -> None:
        with self._lock:
            self._release()
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
