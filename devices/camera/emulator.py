"""An emulated camera that plays image files, image sequences or videos in a loop.

The emulator console switches what it shows with :meth:`EmulatedCamera.show` and can pull the cable
with :meth:`unplug` / :meth:`replug`. While open, the clip is held decoded at the sensor size; closed,
it holds none (a real camera in standby holds no picture either) and decodes it again when opened.
Frames are copies so a consumer can never alter the clip.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np

from devices.base import DeviceOffline
from devices.camera.capture import Frame, copy_frame, new_frame

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".bmp", ".webp"})
VIDEO_SUFFIXES = frozenset({".mp4", ".avi", ".mkv", ".webm", ".mov"})


class ClipError(ValueError):
    """A file or key the emulator cannot play."""


def fit_frame(image: Frame, width: int, height: int) -> Frame:
    """Scale to fit inside width x height, centred on a grey canvas, like a camera with that sensor."""
    h, w = image.shape[:2]
    scale = min(width / w, height / h)
    nw, nh = max(1, round(w * scale)), max(1, round(h * scale))
    resized = cv2.resize(image, (nw, nh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    canvas = new_frame((height, width, 3))
    canvas.fill(60)
    x, y = (width - nw) // 2, (height - nh) // 2
    canvas[y : y + nh, x : x + nw] = resized
    return canvas


def _load_image(path: Path) -> Frame:
    image = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if image is None:
        raise ClipError(f"cannot read image {path.name}")
    return np.asarray(image, dtype=np.uint8)


def _load_video(path: Path, limit: int = 600) -> list[Frame]:
    cap = cv2.VideoCapture(str(path))
    frames: list[Frame] = []
    try:
        while len(frames) < limit:
            ok, frame = cap.read()
            if not ok or frame is None:
                break
            frames.append(np.asarray(frame, dtype=np.uint8))
    finally:
        cap.release()
    if not frames:
        raise ClipError(f"cannot decode video {path.name}")
    return frames


def load_clip(path: Path) -> list[Frame]:
    """An image is a one-frame clip, a folder of images a sequence, a video its frames."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
        if not files:
            raise ClipError(f"folder {path.name} holds no images")
        return [_load_image(p) for p in files]
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return [_load_image(path)]
    if suffix in VIDEO_SUFFIXES:
        return _load_video(path)
    raise ClipError(f"{path.name} is neither an image, a folder of images nor a video")


def discover_clips(folder: Path) -> dict[str, Path]:
    """Clips in a folder by key (file stem or folder name)."""
    if not folder.is_dir():
        raise ClipError(f"no clip folder {folder}")
    clips: dict[str, Path] = {}
    for p in sorted(folder.iterdir()):
        if p.is_dir() or p.suffix.lower() in IMAGE_SUFFIXES | VIDEO_SUFFIXES:
            clips[p.stem] = p
    return clips


class EmulatedCamera:
    """A FrameSource that plays clips. ``fps`` paces :meth:`read` like a real sensor (0: no pacing)."""

    def __init__(
        self,
        clips: dict[str, Path] | Sequence[Path],
        width: int = 640,
        height: int = 480,
        fps: float = 15.0,
        initial: str | None = None,
    ) -> None:
        self.clips = dict(clips) if isinstance(clips, dict) else {p.stem: p for p in clips}
        if not self.clips:
            raise ClipError("the emulated camera needs at least one clip")
        self.width = width
        self.height = height
        self.fps = fps
        self._lock = threading.Lock()
        self._plugged = True
        self._opened = False
        self._frames: list[Frame] = []
        self._clip: Path | None = None  # what open() decodes again
        self._pinned: Frame | None = None  # or the in-memory picture show_frame() was given
        self._index = 0
        self._next_due = 0.0
        self.current = ""
        self.show(initial or next(iter(self.clips)))

    @classmethod
    def from_folder(cls, folder: Path, **kwargs: object) -> EmulatedCamera:
        return cls(discover_clips(folder), **kwargs)  # type: ignore[arg-type]

    @property
    def description(self) -> str:
        return f"emulated camera {self.width}x{self.height} showing {self.current!r}"

    # -- console controls ------------------------------------------------------------------
    def show(self, path_or_key: str | Path) -> None:
        """Switch to a clip by key (a file stem among the clips) or by path to any image/video."""
        key = str(path_or_key)
        path = self.clips.get(key)
        if path is None:
            path = Path(path_or_key)
            if not path.exists():
                known = ", ".join(sorted(self.clips))
                raise ClipError(f"no clip {key!r} (known: {known})")
        frames = self._decode(path)  # now, so a clip that cannot play fails here, not at open()
        with self._lock:
            self._clip, self._pinned = path, None
            self._frames = frames if self._opened else []
            self._index = 0
            self.current = key if key in self.clips else path.name

    def show_frame(self, frame: Frame) -> None:
        """Show an in-memory picture (tests and the console's generated scenes)."""
        fitted = fit_frame(frame, self.width, self.height)
        with self._lock:
            self._clip, self._pinned = None, fitted
            self._frames = [fitted]
            self._index = 0
            self.current = "<frame>"

    def _decode(self, path: Path) -> list[Frame]:
        return [fit_frame(f, self.width, self.height) for f in load_clip(path)]

    def unplug(self) -> None:
        with self._lock:
            self._plugged = False

    def replug(self) -> None:
        with self._lock:
            self._plugged = True

    @property
    def plugged(self) -> bool:
        return self._plugged

    @property
    def holds_clip(self) -> bool:
        """Whether a decoded clip is in memory (only while open, or a picture given to show_frame)."""
        with self._lock:
            return bool(self._frames)

    # -- FrameSource -----------------------------------------------------------------------
    def present(self) -> bool:
        return self._plugged

    def open(self) -> None:
        while True:  # decoded outside the lock; again if the console switched clips meanwhile
            with self._lock:
                if not self._plugged:
                    raise DeviceOffline("emulated camera is unplugged")
                clip, pinned, loaded = self._clip, self._pinned, bool(self._frames)
            frames = self._decode(clip) if clip is not None and not loaded else []
            with self._lock:
                if self._clip is clip and self._pinned is pinned:
                    if frames:
                        self._frames = frames
                    self._opened = True
                    return

    def close(self) -> None:
        with self._lock:
            self._opened = False
            if self._pinned is None:
                self._frames = []

    def read(self) -> Frame:
        self._pace()
        with self._lock:
            if not self._plugged:
                self._opened = False
                raise DeviceOffline("emulated camera was unplugged")
            if not self._opened:
                raise DeviceOffline("emulated camera is not open")
            if not self._frames:
                raise DeviceOffline("emulated camera has nothing to show")
            frame = self._frames[self._index % len(self._frames)]
            self._index += 1
            return copy_frame(frame)

    def _pace(self) -> None:
        if self.fps <= 0:
            return
        now = time.monotonic()
        if self._next_due > now:
            time.sleep(self._next_due - now)
            now = self._next_due
        self._next_due = max(now, self._next_due) + 1.0 / self.fps
