"""Dense face landmarks (478 points with irises) from mediapipe 0.10.21's face mesh.

Only the liveness challenge needs these: eyelids for a blink and the nose against the face outline
for a head turn. mediapipe 0.10.21 is the last release whose wheel carries the face-mesh model
(Apache-2.0); it is installed --no-deps (see scripts/requirements-nodeps.txt). ~2.4 ms per 640x480
frame on one core while tracking.
"""

from __future__ import annotations

import os
import threading
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


class FaceMesh:
    """One face's landmarks per frame. ``tracking=True`` reuses the previous frame's region (video)."""

    def __init__(self, tracking: bool = True) -> None:
        # Keep mediapipe's C++ logging off the console; it never logs images.
        os.environ.setdefault("GLOG_minloglevel", "2")
        import mediapipe as mp  # late: ~0.5 s to import, only needed when liveness runs

        self._mesh: Any = mp.solutions.face_mesh.FaceMesh(
            static_image_mode=not tracking, max_num_faces=2, refine_landmarks=True
        )
        self._lock = threading.Lock()

    def landmarks(self, frame: Frame) -> list[Landmarks]:
        """Landmarks of every face found (usually zero or one)."""
        h, w = frame.shape[:2]
        rgb = cv2.cvtColor(frame, cv2.COLOR_BGR2RGB)
        with self._lock:
            result = self._mesh.process(rgb)
        faces = []
        for face in result.multi_face_landmarks or []:
            pts = np.array([[p.x * w, p.y * h, p.z * w] for p in face.landmark], dtype=np.float32)
            faces.append(pts)
        return faces

    def close(self) -> None:
        with self._lock:
            self._mesh.close()
