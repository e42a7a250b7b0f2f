"""QR codes held up to the (emulated) camera become code_scanned events, each once while in view."""

from __future__ import annotations

import threading
from pathlib import Path

import cv2
import numpy as np

from devices.base import DeviceEvent
from devices.camera.qr_corpus import qr_image
from devices.camera.qr_watch import QrWatcher
from devices.face_camera import create_driver


class Events:
    def __init__(self) -> None:
        self.items: list[DeviceEvent] = []
        self.cond = threading.Condition()

    def __call__(self, event: DeviceEvent) -> None:
        with self.cond:
            self.items.append(event)
            self.cond.notify_all()

    def wait_count(self, n: int, timeout: float = 10.0) -> bool:
        with self.cond:
            return self.cond.wait_for(lambda: len(self.items) >= n, timeout)


def code_picture(tmp_path: Path, name: str, payload: str) -> Path:
    canvas = np.full((480, 640, 3), 120, np.uint8)
    code = cv2.resize(qr_image(payload), (260, 260), interpolation=cv2.INTER_NEAREST)
    canvas[110:370, 190:450] = code
    path = tmp_path / f"{name}.png"
    cv2.imwrite(str(path), canvas)
    return path


def test_codes_are_reported_once_while_in_view(tmp_path: Path) -> None:
    driver = create_driver({"fps": 30}, None)
    assert driver.emulator is not None
    driver.emulator.show(code_picture(tmp_path, "a", "豫事办 预约号 A017"))
    events = Events()
    watcher = QrWatcher(driver, events, repeat_after=60.0)
    driver.open()
    watcher.start()
    try:
        assert events.wait_count(1)
        first = driver.frame_count
        # Let the same code stay in view for many more frames: still one event.
        driver.next_frame(timeout=5, after=first + 20)
        assert len(events.items) == 1
        driver.emulator.show(code_picture(tmp_path, "b", "NO.42"))
        assert events.wait_count(2)
    finally:
        watcher.stop()
        driver.close()
    texts = [e.data["text"] for e in events.items]
    assert texts[:2] == ["豫事办 预约号 A017", "NO.42"]
    assert all(e.kind == "code_scanned" and e.device == "face_camera" for e in events.items)
    # The traffic ring never holds the payload itself.
    assert not any("A017" in r.summary for r in driver.traffic.snapshot())
