"""A camera captures only while someone needs its frames. In standby it holds no frame and no decoded
clip, yet an ask or a holder wakes it, an unplugged camera is still reported OFFLINE and a returning
one comes back within 5 s, and a black picture found in standby clears once the lens is uncovered.
Real emulated camera, real capture thread; waits are qtbot.waitUntil or status events, never sleeps."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pytest
from test_camera_capture import HealthWatcher as Statuses

from devices.base import DeviceOffline, Health
from devices.camera.driver import READY, CameraDriver
from devices.camera.emulator import EmulatedCamera
from devices.camera.setup import ASSETS
from devices.face_camera import create_driver as create_face_camera

FACES = ASSETS / "face"


@pytest.fixture
def statuses() -> Statuses:
    return Statuses()


@pytest.fixture
def camera(statuses: Statuses) -> Iterator[CameraDriver]:
    driver = create_face_camera({"fps": 60}, statuses)
    driver.linger = 0.2  # short, so the tests see standby soon; 60 fps makes frames plentiful
    yield driver
    driver.close()


def emulator_of(driver: CameraDriver) -> EmulatedCamera:
    assert driver.emulator is not None
    return driver.emulator


def test_a_camera_nobody_needs_stands_by_holding_no_frames(camera: CameraDriver, qtbot) -> None:
    camera.open()
    # Opened, judged on one frame, and standing by: working, but nothing captured or held.
    assert camera.status().health is Health.OK and camera.status().reason == READY
    assert not camera.capturing and camera.frame_count == 0
    assert not emulator_of(camera).holds_clip

    frame = camera.latest()  # an ask wakes it and waits for the first frame
    assert frame.shape == (480, 640, 3) and camera.frame_count >= 1
    frame[:] = 0  # a consumer's copy is its own
    assert camera.latest().mean() > 20

    qtbot.waitUntil(lambda: not camera.capturing, timeout=5000)  # nobody asked again: standby
    assert not emulator_of(camera).holds_clip
    assert camera.status().health is Health.OK  # the technician sees a working camera, not a broken one
    assert any("standby" in r.summary for r in camera.traffic.snapshot())


def test_a_holder_keeps_it_capturing_until_it_lets_go(camera: CameraDriver, qtbot) -> None:
    camera.open()
    camera.use("materials")
    qtbot.waitUntil(lambda: camera.capturing, timeout=5000)
    start = camera.frame_count
    # Thirty frames at 60 fps outlast the 0.2 s linger: the hold, not an ask, keeps it going.
    qtbot.waitUntil(lambda: camera.frame_count >= start + 30, timeout=5000)
    assert camera.capturing and camera.consumers == {"materials"}

    camera.use("materials", False)
    qtbot.waitUntil(lambda: not camera.capturing, timeout=5000)
    assert not emulator_of(camera).holds_clip and camera.consumers == frozenset()

    with camera.using("self-test"):
        qtbot.waitUntil(lambda: camera.capturing, timeout=5000)
    qtbot.waitUntil(lambda: not camera.capturing, timeout=5000)


def test_next_frame_wakes_it_and_the_qr_watch_style_loop_keeps_it_awake(camera: CameraDriver, qtbot) -> None:
    camera.open()
    seq, _ = camera.next_frame(timeout=3)
    for _ in range(20):  # a consumer asking frame after frame, as the QR watch and liveness do
        seq, _ = camera.next_frame(timeout=3, after=seq)
    assert seq >= 21
    qtbot.waitUntil(lambda: not camera.capturing, timeout=5000)


def test_an_unplugged_camera_in_standby_is_reported_and_found_again(
    camera: CameraDriver, statuses: Statuses
) -> None:
    camera.open()
    assert not camera.capturing
    emulator_of(camera).unplug()
    # Nobody uses it, yet the standby presence check reports it (no frame is read for that).
    assert statuses.wait_for(camera, Health.OFFLINE)
    assert "not found" in camera.status().reason
    assert camera.frame_count == 0
    with pytest.raises(DeviceOffline):
        camera.latest()
    emulator_of(camera).replug()
    assert statuses.wait_for(camera, Health.OK, timeout=5.0)  # the contract: back within 5 s
    assert camera.latest().shape == (480, 640, 3)


def test_a_black_picture_found_in_standby_clears_when_the_lens_is_uncovered(
    camera: CameraDriver, statuses: Statuses
) -> None:
    camera.relook_every = 0.2
    emulator = emulator_of(camera)
    emulator.show_frame(np.zeros((480, 640, 3), np.uint8))
    camera.open()
    assert camera.status().health is Health.DEGRADED  # judged on open, before anyone asked
    emulator.show("astronaut_portrait")
    assert statuses.wait_for(camera, Health.OK)  # looked at again in standby, nobody had to use it
    assert camera.frame_count == 0 and not camera.capturing  # a look is not capture


def test_an_unplugged_camera_found_while_capturing_comes_back_for_its_user(
    camera: CameraDriver, statuses: Statuses, qtbot
) -> None:
    camera.open()
    with camera.using("face step"):
        qtbot.waitUntil(lambda: camera.capturing, timeout=5000)
        emulator_of(camera).unplug()
        assert statuses.wait_for(camera, Health.OFFLINE)
        emulator_of(camera).replug()
        assert statuses.wait_for(camera, Health.OK, timeout=5.0)
        qtbot.waitUntil(lambda: camera.capturing, timeout=5000)
        seq = camera.frame_count
        qtbot.waitUntil(lambda: camera.frame_count > seq, timeout=5000)


def test_the_emulator_decodes_its_clip_only_while_open() -> None:
    cam = EmulatedCamera.from_folder(FACES, width=320, height=240, fps=0, initial="astronaut_portrait")
    assert not cam.holds_clip
    cam.open()
    first = cam.read()
    cam.close()
    assert not cam.holds_clip
    cam.show("grace_hopper_portrait")  # switched by the console while the camera stands by
    assert not cam.holds_clip and cam.current == "grace_hopper_portrait"
    cam.open()
    second = cam.read()
    assert np.abs(first.astype(int) - second.astype(int)).mean() > 10
    cam.close()
    cam.open()
    assert np.array_equal(cam.read(), second)
    cam.close()
