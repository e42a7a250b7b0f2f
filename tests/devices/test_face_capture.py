"""The whole face step over the emulated face camera: gates, best frame, liveness.

A printed photo held to the camera is exactly what the emulator playing a still portrait looks
like, so the liveness challenge must fail on it while the quality gates pass."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from devices.camera.driver import CameraDriver
from devices.camera.face import Gate
from devices.camera.face_capture import FaceCapture, FaceUpdate, run
from devices.camera.landmarks import FaceMesh
from devices.camera.liveness import Challenge, FailReason, State
from devices.camera.setup import ASSETS
from devices.face_camera import create_driver


@pytest.fixture
def camera() -> Iterator[CameraDriver]:
    driver = create_driver({"fps": 30, "initial": "astronaut_portrait"}, None)
    driver.open()
    yield driver
    driver.close()


@pytest.fixture(scope="module")
def mesh() -> Iterator[FaceMesh]:
    m = FaceMesh(tracking=True)
    yield m
    m.close()


def test_still_photo_passes_gates_but_fails_liveness(camera: CameraDriver, mesh: FaceMesh) -> None:
    capture = FaceCapture([Challenge.BLINK], step_timeout=1.0, mesh=mesh)
    updates: list[FaceUpdate] = []
    final = run(capture, camera, timeout=15, on_update=updates.append)
    assert final is not None and final.done and not final.passed
    assert final.liveness is not None and final.liveness.state is State.FAILED
    assert final.liveness.reason is FailReason.TIMEOUT
    assert any(u.code == "liveness.blink" for u in updates)  # the resident was asked
    assert capture.best_quality is not None and capture.best_quality.gate is Gate.OK
    capture.clear()
    assert capture.best_frame is None


def test_without_liveness_the_best_frame_is_returned(camera: CameraDriver) -> None:
    capture = FaceCapture(challenges=())
    final = run(capture, camera, timeout=10)
    assert final is not None and final.passed
    frame = capture.best_frame
    assert frame is not None and frame.shape == (480, 640, 3)


def test_document_in_front_of_the_face_camera(camera: CameraDriver, mesh: FaceMesh) -> None:
    assert camera.emulator is not None
    camera.emulator.show(ASSETS / "document" / "form_straight.jpg")  # a path, not one of its clips
    capture = FaceCapture([Challenge.TURN_LEFT], step_timeout=1.0, mesh=mesh)
    final = run(capture, camera, timeout=15)
    assert final is not None and not final.passed
    assert final.quality.gate is Gate.NO_FACE
    assert final.liveness is not None and final.liveness.reason is FailReason.NO_FACE
    assert capture.best_frame is None
