"""The resident in front of the EMULATED face camera, played from the emulator console: nobody can blink
at a still picture, so on a machine without hardware the person trying the kiosk presses "Blink" or
"Turn left" and the picture's real face-mesh landmarks move the way a person's would (the geometry of
:class:`kiosk.journey_adapters.liveness.ActingResident`, which plays a resident who follows every prompt
by itself). Never used with a real camera."""

from __future__ import annotations

import threading
from typing import Any

from devices.camera.landmarks import Landmarks
from devices.camera.liveness import TURN_HOLD_FRAMES, Challenge, State
from kiosk.journey_adapters.liveness import TURN_DEGREES, ActingResident, blink_pose, turn_pose

# How many analysed frames one press lasts: a blink is two frames with the eyes shut; a turn is held
# a little longer than the liveness check needs, as a person holds it until they hear it counted.
TURN_FRAMES = TURN_HOLD_FRAMES + 4
ACT_FRAMES = {Challenge.BLINK: 2, Challenge.TURN_LEFT: TURN_FRAMES, Challenge.TURN_RIGHT: TURN_FRAMES}


class ConsoleHands:
    """What the console asked the resident to do, shared with the liveness worker thread.

    A press made while the kiosk is not yet watching for the action (it is still taking the frontal
    look each step starts with) waits until it is: a person presses when they see the prompt."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: Challenge | None = None
        self._frames_left = 0

    def act(self, action: Challenge) -> None:
        with self._lock:
            self._pending, self._frames_left = action, 0

    @property
    def pending(self) -> Challenge | None:
        with self._lock:
            return self._pending

    def clear(self) -> None:
        with self._lock:
            self._pending, self._frames_left = None, 0

    def next_move(self, watching: bool) -> Challenge | None:
        """The action for the frame being analysed, if one is under way."""
        with self._lock:
            if self._pending is None:
                return None
            if not watching:
                if self._frames_left:  # the step ended mid-act: the head comes back, nothing carries on
                    self._pending, self._frames_left = None, 0
                return None
            if not self._frames_left:
                self._frames_left = ACT_FRAMES[self._pending]
            move = self._pending
            self._frames_left -= 1
            if not self._frames_left:
                self._pending = None
            return move


class HandActedResident(ActingResident):
    """Face mesh for the emulated camera that moves only when the console's buttons say so."""

    def __init__(self, mesh: Any, hands: ConsoleHands) -> None:
        super().__init__(mesh, cooperative=False)
        self.hands = hands

    def landmarks(self, frame: Any) -> list[Landmarks]:
        faces: list[Landmarks] = list(self.mesh.landmarks(frame))
        now = self.progress() if self.progress is not None else None
        watching = bool(faces) and now is not None and now.state is State.ACTING
        move = self.hands.next_move(watching)
        if move is None:
            return faces
        if move is Challenge.BLINK:
            return [blink_pose(faces[0])]
        return [turn_pose(faces[0], TURN_DEGREES if move is Challenge.TURN_LEFT else -TURN_DEGREES)]
