"""The face mesh runs mediapipe in a child process that lives only as long as the mesh: the kiosk never
imports mediapipe itself, so its memory leaves when the liveness check ends. Real mediapipe, real
child processes, the public-domain astronaut portrait."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import cv2
import pytest

from devices.camera.landmarks import FaceMesh
from devices.camera.setup import ASSETS

PORTRAIT = ASSETS / "face" / "astronaut_portrait.jpg"


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_the_mesh_finds_the_face_in_a_child_that_ends_when_it_closes() -> None:
    mesh = FaceMesh(tracking=False)
    assert mesh.running and mesh.pid != os.getpid()
    faces = mesh.landmarks(cv2.imread(str(PORTRAIT)))
    assert len(faces) == 1 and faces[0].shape == (478, 3)
    assert mesh.landmarks(cv2.imread(str(ASSETS / "document" / "form_straight.jpg"))) == []
    mesh.close()
    assert not mesh.running and gone(mesh.pid)
    with pytest.raises(RuntimeError):
        mesh.landmarks(cv2.imread(str(PORTRAIT)))
    mesh.close()  # twice is fine


def test_a_mesh_nobody_closed_ends_its_child_when_dropped() -> None:
    mesh = FaceMesh(tracking=True)  # as the journey's face step leaves it to its FaceCapture
    pid = mesh.pid
    del mesh
    gc.collect()
    assert gone(pid)


def test_the_kiosk_process_never_imports_mediapipe() -> None:
    script = (
        "import sys, cv2\n"
        "from devices.camera.landmarks import FaceMesh\n"
        "mesh = FaceMesh(tracking=False)\n"
        f"faces = mesh.landmarks(cv2.imread({str(PORTRAIT)!r}))\n"
        "mesh.close()\n"
        "print(len(faces), 'mediapipe' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["1", "False"]
