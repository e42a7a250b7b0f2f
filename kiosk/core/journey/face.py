"""The face step's policy: consent first, then the camera, and always another way.

Face data is sensitive personal information, so the camera is never used before the resident has
said yes on a separate consent screen. Whatever happens the journey goes on:

=====================  =========================  ==========================================
matter says            what happened              outcome
=====================  =========================  ==========================================
none                   —                          ``not_needed``
optional / required    passed                     ``passed`` (the best frame kept, sealed later)
optional               refused / offline / failed ``declined`` / ``camera_offline`` / ``failed``, no flag
required               refused / offline / failed same statuses, **staff verification flagged**
optional / required    resident chose staff       ``staff_chosen``; flagged when required
=====================  =========================  ==========================================

Identity always rests on the ID card too: the face never stands alone. In a proxy application
the face is the principal's (``subject`` = "principal"). A failed attempt may be retried until
``max_attempts``; the frame is bytes (JPEG) the adapter encoded, held in memory until the submit
seals it, and dropped by :meth:`FaceStep.wipe`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kiosk.core.catalog import FaceVerification
from kiosk.core.journey.messages import JourneyError, Message

MAX_ATTEMPTS = 3


class FaceStatus(enum.StrEnum):
    NOT_NEEDED = "not_needed"
    PASSED = "passed"
    DECLINED = "declined"  # consent refused
    CAMERA_OFFLINE = "camera_offline"
    FAILED = "failed"
    STAFF_CHOSEN = "staff_chosen"


_REASONS = {
    FaceStatus.DECLINED: "face_consent_refused",
    FaceStatus.CAMERA_OFFLINE: "face_camera_offline",
    FaceStatus.FAILED: "face_failed",
    FaceStatus.STAFF_CHOSEN: "face_staff_chosen",
}


@dataclass(frozen=True, repr=False)
class FaceOutcome:
    status: FaceStatus
    staff_verification: bool
    subject: str  # "applicant" or "principal"
    attempts: int = 0
    frame: bytes | None = None  # JPEG of the best frame, only when passed
    score: float | None = None

    def __repr__(self) -> str:
        return f"FaceOutcome({self.status.value}, staff={self.staff_verification}, subject={self.subject})"

    @property
    def reason(self) -> Message | None:
        code = _REASONS.get(self.status)
        return Message(code) if code else None

    def public(self) -> dict[str, object]:
        """What may be stored in clear: no image, no score."""
        return {
            "status": self.status.value,
            "staff_verification": self.staff_verification,
            "subject": self.subject,
        }


class FaceStep:
    def __init__(
        self, policy: FaceVerification, subject: str = "applicant", max_attempts: int = MAX_ATTEMPTS
    ) -> None:
        self.policy = policy
        self.subject = subject
        self.max_attempts = max_attempts
        self.consent: bool | None = None
        self.attempts = 0
        self.outcome: FaceOutcome | None = None
        if policy is FaceVerification.NONE:
            self.outcome = FaceOutcome(FaceStatus.NOT_NEEDED, False, subject)

    @property
    def needed(self) -> bool:
        return self.policy is not FaceVerification.NONE

    @property
    def required(self) -> bool:
        return self.policy is FaceVerification.REQUIRED

    @property
    def done(self) -> bool:
        return self.outcome is not None

    @property
    def awaiting_consent(self) -> bool:
        return self.outcome is None and self.consent is None

    @property
    def attempts_left(self) -> int:
        return max(0, self.max_attempts - self.attempts)

    def _finish(
        self, status: FaceStatus, frame: bytes | None = None, score: float | None = None
    ) -> FaceOutcome:
        staff = self.required and status is not FaceStatus.PASSED
        self.outcome = FaceOutcome(status, staff, self.subject, self.attempts, frame, score)
        return self.outcome

    def give_consent(self, granted: bool) -> FaceOutcome | None:
        if self.outcome is not None:
            raise JourneyError("wrong_step")
        if granted is not True:
            self.consent = False
            return self._finish(FaceStatus.DECLINED)
        self.consent = True
        return None

    def camera_offline(self) -> FaceOutcome:
        if self.outcome is not None:
            raise JourneyError("wrong_step")
        return self._finish(FaceStatus.CAMERA_OFFLINE)

    def choose_staff(self) -> FaceOutcome:
        if self.outcome is not None:
            raise JourneyError("wrong_step")
        return self._finish(FaceStatus.STAFF_CHOSEN)

    def attempt(
        self, passed: bool, frame: bytes | None = None, score: float | None = None
    ) -> FaceOutcome | None:
        """One capture: passed (with its best frame) ends the step; a failure may be retried."""
        if self.outcome is not None or self.consent is not True:
            raise JourneyError("wrong_step")
        self.attempts += 1
        if passed is True and isinstance(frame, bytes | bytearray) and frame:
            return self._finish(FaceStatus.PASSED, bytes(frame), score)
        if self.attempts >= self.max_attempts:
            return self._finish(FaceStatus.FAILED)
        return None

    def retry_message(self) -> Message:
        return Message("face_retry", {"left": self.attempts_left})

    def wipe(self) -> None:
        if self.outcome is not None and self.outcome.frame is not None:
            o = self.outcome
            self.outcome = FaceOutcome(o.status, o.staff_verification, o.subject, o.attempts, None, None)
