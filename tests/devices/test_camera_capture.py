"""Emulated camera and CameraDriver: frames flow, clips switch, unplug -> OFFLINE, replug -> back."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

from devices.base import DeviceEvent, DeviceOffline, Health
from devices.camera.capture import FrameSource, OpenCVCapture
from devices.camera.driver import CameraDriver
from devices.camera.emulator import ClipError, EmulatedCamera, discover_clips
from devices.camera.setup import ASSETS, SettingsError
from devices.document_camera import create_driver as create_document_camera
from devices.face_camera import create_driver as create_face_camera

FACES = ASSETS / "face"


class HealthWatcher:
    """Collects status events so tests can wait for a health without sleeping."""

    def __init__(self) -> None:
        self.events: list[DeviceEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: DeviceEvent) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def wait_for(self, driver: CameraDriver, health: Health, timeout: float = 5.0) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: driver.status().health is health, timeout)


@pytest.fixture
def watcher() -> HealthWatcher:
    return HealthWatcher()


def test_emulator_plays_and_switches_clips() -> None:
    cam = EmulatedCamera.from_folder(FACES, width=320, height=240, fps=0, initial="astronaut_portrait")
    assert isinstance(cam, FrameSource)
    cam.open()
    first = cam.read()
    assert first.shape == (240, 320, 3) and first.dtype == np.uint8
    cam.show("grace_hopper_portrait")
    second = cam.read()
    assert cam.current == "grace_hopper_portrait"
    assert np.abs(first.astype(int) - second.astype(int)).mean() > 10
    first[:] = 0  # a consumer scribbling on its frame must not alter the clip
    cam.show("astronaut_portrait")
    assert cam.read().mean() > 20


def test_emulator_plays_an_image_sequence_in_a_loop(tmp_path: Path) -> None:
    seq = tmp_path / "seq"
    seq.mkdir()
    import cv2

    for i, level in enumerate((30, 120, 220)):
        cv2.imwrite(str(seq / f"{i:02d}.png"), np.full((48, 64, 3), level, np.uint8))
    cam = EmulatedCamera({"seq": seq}, width=64, height=48, fps=0)
    cam.open()
    levels = [int(cam.read().mean()) for _ in range(6)]
    assert levels == [30, 120, 220, 30, 120, 220]


def test_emulator_rejects_unknown_clip_and_unplugs() -> None:
    cam = EmulatedCamera(discover_clips(FACES), fps=0)
    with pytest.raises(ClipError):
        cam.show("no_such_clip")
    cam.open()
    cam.unplug()
    with pytest.raises(DeviceOffline):
        cam.read()
    with pytest.raises(DeviceOffline):
        cam.open()
    cam.replug()
    cam.open()
    assert cam.read().shape == (480, 640, 3)


def test_driver_delivers_frames_and_passes_self_test(watcher: HealthWatcher) -> None:
    driver = create_face_camera({"fps": 60}, watcher)
    assert driver.emulator is not None
    driver.open()
    try:
        seq, frame = driver.next_frame(timeout=3)
        assert frame.shape == (480, 640, 3)
        seq2, _ = driver.next_frame(timeout=3, after=seq)
        assert seq2 > seq
        assert driver.status().health is Health.OK
        result = driver.self_test()
        assert result.passed, result.summary
        assert [s for s, _, _ in result.steps] == ["frame arrives", "picture not black", "resolution"]
        assert driver.capabilities["expected_size"] == [640, 480]
        assert all("frame" in r.summary or "opened" in r.summary for r in driver.traffic.snapshot())
    finally:
        driver.close()
    assert driver.status().health is Health.OFFLINE


def test_unplug_goes_offline_and_replug_recovers(watcher: HealthWatcher) -> None:
    driver = create_document_camera({"fps": 60, "width": 640, "height": 480}, watcher)
    emulator = driver.emulator
    assert emulator is not None
    driver.open()
    try:
        driver.next_frame(timeout=3)
        emulator.unplug()
        assert watcher.wait_for(driver, Health.OFFLINE)
        with pytest.raises(DeviceOffline):
            driver.latest()
        emulator.replug()
        assert watcher.wait_for(driver, Health.OK, timeout=5.0)  # the contract: back within 5 s
        _, frame = driver.next_frame(timeout=3)
        assert frame.shape == (480, 640, 3)
        kinds = [(e.kind, e.data.get("health")) for e in watcher.events]
        assert ("status_changed", "offline") in kinds
        assert kinds[-1] == ("status_changed", "ok")
    finally:
        driver.close()


def test_driver_opened_while_unplugged_comes_up_by_itself(watcher: HealthWatcher) -> None:
    driver = create_face_camera({"fps": 60}, watcher)
    assert driver.emulator is not None
    driver.emulator.unplug()
    with pytest.raises(DeviceOffline):
        driver.open()
    try:
        assert driver.status().health is Health.OFFLINE
        driver.emulator.replug()
        assert watcher.wait_for(driver, Health.OK)
    finally:
        driver.close()


def test_black_picture_degrades_and_fails_self_test(watcher: HealthWatcher) -> None:
    driver = create_face_camera({"fps": 60}, watcher)
    assert driver.emulator is not None
    driver.emulator.show_frame(np.zeros((480, 640, 3), np.uint8))
    driver.open()
    try:
        assert watcher.wait_for(driver, Health.DEGRADED)
        result = driver.self_test()
        assert not result.passed
        assert "lens covered" in result.summary
    finally:
        driver.close()


def test_bad_settings_and_missing_real_camera() -> None:
    with pytest.raises(SettingsError):
        create_face_camera({"width": "wide"}, None)
    with pytest.raises(SettingsError):
        create_face_camera({"height": 0}, None)
    # No camera exists on this machine: a real device path must fail as offline, not crash.
    cap = OpenCVCapture("/dev/video-does-not-exist", 640, 480)
    with pytest.raises(DeviceOffline):
        cap.open()
    driver = create_face_camera({"emulated": False, "device": "/dev/video-does-not-exist"}, None)
    with pytest.raises(DeviceOffline):
        driver.open()
    driver.close()
    # The kiosk config names the index camera_index; no /dev/video63 exists here either.
    driver = create_document_camera({"emulated": False, "camera_index": 63, "fourcc": "MJPG"}, None)
    assert "UVC camera 63" in driver.capabilities["source"] and "MJPG" in driver.capabilities["source"]
    with pytest.raises(DeviceOffline):
        driver.open()
    assert driver.status().health is Health.OFFLINE
    driver.close()


def test_emulator_plays_a_video_file(tmp_path: Path) -> None:
    import cv2

    path = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 10, (64, 48))
    if not writer.isOpened():
        pytest.skip("this OpenCV build cannot write MJPG video")
    for level in (20, 200, 20, 200):
        writer.write(np.full((48, 64, 3), level, np.uint8))
    writer.release()
    cam = EmulatedCamera({"clip": path}, width=64, height=48, fps=0)
    cam.open()
    levels = [int(cam.read().mean()) for _ in range(5)]
    assert [lv > 100 for lv in levels] == [False, True, False, True, False]


class FakeVideoCapture:
    """Stands in for cv2.VideoCapture: no UVC camera exists on a build machine. Records the order
    in which properties are set, which is what this test is about."""

    calls: ClassVar[list[int]] = []

    def __init__(self, device: object, backend: int) -> None:
        self.device = device
        self.frames = 2

    def isOpened(self) -> bool:
        return True

    def set(self, prop: int, value: float) -> bool:
        FakeVideoCapture.calls.append(prop)
        return True

    def read(self) -> tuple[bool, np.ndarray | None]:
        self.frames -= 1
        return (True, np.full((720, 1280, 3), 99, np.uint8)) if self.frames >= 0 else (False, None)

    def release(self) -> None:
        pass


def test_uvc_capture_sets_mjpg_before_the_size(monkeypatch: pytest.MonkeyPatch) -> None:
    import cv2

    from devices.camera import capture

    FakeVideoCapture.calls = []
    monkeypatch.setattr(capture.cv2, "VideoCapture", FakeVideoCapture)
    cam = OpenCVCapture(0, 1280, 720, "MJPG")
    cam.open()
    want = [cv2.CAP_PROP_FOURCC, cv2.CAP_PROP_FRAME_WIDTH, cv2.CAP_PROP_FRAME_HEIGHT]
    assert FakeVideoCapture.calls == want
    assert cam.read().shape == (720, 1280, 3)
    cam.read()
    with pytest.raises(DeviceOffline):  # the camera stops giving frames: unplugged
        cam.read()
    cam.close()
