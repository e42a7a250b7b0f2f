"""Dense face landmarks (478 points with irises) from mediapipe 0.10.21's face mesh.

Only the liveness challenge needs these: eyelids for a blink and the nose against the face outline
for a head turn. mediapipe 0.10.21 is the last release whose wheel carries the face-mesh model
(Apache-2.0); it is installed --no-deps (see scripts/requirements-nodeps.txt). ~2.4 ms per 640x480
frame on one core while tracking.

mediapipe runs in a child process that each :class:`FaceMesh` starts and :meth:`FaceMesh.close` (or
the mesh being dropped) ends: once imported into the kiosk it could never leave, and one liveness
check raised the idle kiosk from 237 to 290 MB for good (bench/bench_soak.py). Starting the child
costs ~0.5 s, about what the first import cost in process; each frame crosses two pipes (~2 ms on
top of ~4 ms for the mesh).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import weakref
from multiprocessing.connection import Connection
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from devices.camera.capture import Frame

Landmarks = npt.NDArray[np.float32]  # N x 3, pixels (z in the same scale as x)

# Mesh indices (mediapipe face-mesh topology). Eye points in the order p1..p6 of the eye aspect ratio:
# outer corner, two upper lid points, inner corner, two lower lid points.
RIGHT_EYE = (33, 160, 158, 133, 153, 144)
LEFT_EYE = (362, 385, 387, 263, 373, 380)
NOSE_TIP = 1
RIGHT_CHEEK = 234  # face outline, person's right
LEFT_CHEEK = 454
# Points that move with the skull, not with the eyelids or the mouth: the face outline and the nose.
# The liveness cues compare their layout with the frontal look a step starts with.
FACE_OVAL = (
    10,
    338,
    297,
    332,
    284,
    251,
    389,
    356,
    454,
    323,
    361,
    288,
    397,
    365,
    379,
    378,
    400,
    377,
    152,
    148,
    176,
    149,
    150,
    136,
    172,
    58,
    132,
    93,
    234,
    127,
    162,
    21,
    54,
    103,
    67,
    109,
)
NOSE_RIDGE = (1, 2, 4, 5, 6, 98, 168, 195, 197, 327)
RIGID = FACE_OVAL + NOSE_RIDGE


START_TIMEOUT_S = 60.0  # a cold start on a busy two-core terminal: imports and the model
CALL_TIMEOUT_S = 10.0


class _LocalMesh:
    """mediapipe's face mesh in this process (what the child process runs)."""

    def __init__(self, tracking: bool) -> None:
        # Keep mediapipe's C++ logging off the console; it never logs images.
        os.environ.setdefault("GLOG_minloglevel", "2")
        import mediapipe as mp  # late: only the child process that runs the mesh imports it

        self._mesh: Any = mp.solutions.face_mesh.FaceMesh(
            static_image_mode=not tracking, max_num_faces=2, refine_landmarks=True
        )

    def landmarks(self, frame: Frame) -> list[Landmarks]:
        h, w = frame.shape[:2]
        rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
        result = self._mesh.process(rgb)
        faces = []
        for face in result.multi_face_landmarks or []:
            pts = np.array([[p.x * w, p.y * h, p.z * w] for p in face.landmark], dtype=np.float32)
            faces.append(pts)
        return faces

    def close(self) -> None:
        self._mesh.close()


def serve(read_fd: int, write_fd: int, tracking: bool) -> None:
    """The child process: frames in, landmarks out, until told to stop or the kiosk is gone."""
    inbox, outbox = Connection(read_fd, writable=False), Connection(write_fd, readable=False)
    mesh = _LocalMesh(tracking)
    outbox.send(("ready", None))
    try:
        while True:
            message = inbox.recv()
            if message is None:
                break
            shape, pixels = message
            frame = np.frombuffer(pixels, np.uint8).reshape(shape)
            try:
                outbox.send(("ok", mesh.landmarks(frame)))
            except Exception as exc:  # answered, so the kiosk's side never waits for nothing
                outbox.send(("error", type(exc).__name__))
    except (EOFError, OSError):
        pass  # the kiosk went away
    finally:
        mesh.close()


def _start(tracking: bool) -> tuple[subprocess.Popen[bytes], Connection, Connection]:
    """A fresh interpreter (not multiprocessing: its spawn re-runs the kiosk's main module in the
    child, and fork would copy a process running Qt and threads)."""
    to_child, from_kiosk = os.pipe()
    to_kiosk, from_child = os.pipe()
    code = f"from devices.camera.landmarks import serve; serve({to_child}, {from_child}, {tracking!r})"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    try:
        child = subprocess.Popen(
            [sys.executable, "-c", code], pass_fds=(to_child, from_child), env=env, close_fds=True
        )
    finally:
        os.close(to_child)
        os.close(from_child)
    return child, Connection(from_kiosk, readable=False), Connection(to_kiosk, writable=False)


def _stop(child: subprocess.Popen[bytes], outbox: Connection, inbox: Connection) -> None:
    try:
        outbox.send(None)
    except (OSError, ValueError):
        pass
    try:
        child.wait(timeout=5)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait(timeout=5)
    outbox.close()
    inbox.close()


class FaceMesh:
    """One face's landmarks per frame. ``tracking=True`` reuses the previous frame's region (video).
    mediapipe runs in a child process for as long as this mesh is open (see the module docstring)."""

    def __init__(self, tracking: bool = True) -> None:
        self._child, self._outbox, self._inbox = _start(tracking)
        self._lock = threading.Lock()
        self._closer = weakref.finalize(self, _stop, self._child, self._outbox, self._inbox)
        try:
            if not self._inbox.poll(START_TIMEOUT_S):
                raise RuntimeError("the face mesh did not start")
            self._inbox.recv()
        except (EOFError, OSError, RuntimeError) as exc:
            self.close()
            raise RuntimeError(f"the face mesh did not start: {type(exc).__name__}") from None

    @property
    def pid(self) -> int:
        return self._child.pid

    @property
    def running(self) -> bool:
        return self._child.poll() is None

    def landmarks(self, frame: Frame) -> list[Landmarks]:
        """Landmarks of every face found (usually zero or one)."""
        frame = np.ascontiguousarray(frame, dtype=np.uint8)
        with self._lock:
            if not self._closer.alive:
                raise RuntimeError("the face mesh is closed")
            try:
                self._outbox.send((frame.shape, frame.tobytes()))
                if not self._inbox.poll(CALL_TIMEOUT_S):
                    raise RuntimeError("the face mesh did not answer")
                status, value = self._inbox.recv()
            except (EOFError, OSError) as exc:
                raise RuntimeError(f"the face mesh process is gone: {type(exc).__name__}") from None
        if status != "ok":
            raise RuntimeError(f"the face mesh failed: {value}")
        faces: list[Landmarks] = value
        return faces

    def close(self) -> None:
        with self._lock:
            self._closer()
