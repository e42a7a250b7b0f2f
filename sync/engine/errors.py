"""What can go wrong talking to the platform, sorted by what the engine must do about it."""

from __future__ import annotations


class SyncError(Exception):
    pass


class Transient(SyncError):
    """Try again later (after `retry_after` seconds if the platform said so)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Deferred(Transient):
    """Not now by our own rule (outside the upload window, a resident at the screen): not a failure."""


class Unreachable(Transient):
    """No connection could be made: nothing was sent."""


class NoAnswer(Transient):
    """The request may have reached the platform, but no answer came back."""


class ForgedAnswer(NoAnswer):
    """An answer the platform's identity key did not sign: as if none came (a new attempt, same key)."""


class InsecureLink(SyncError):
    """The platform URL is not https (plain http only for development on loopback)."""


class NotPlatform(Transient):
    """Something answered without the protocol header (captive portal, proxy page): not the platform."""


class PlatformBusy(Transient):
    """5xx, 409 in flight, 429: the platform is there but cannot take this now."""


class TerminalRejected(SyncError):
    """401: this terminal is unknown or revoked. Nothing more can be sent until it is enrolled again."""

    def __init__(self, message: str, error: str = "") -> None:
        super().__init__(message)
        self.error = error


class Rejected(SyncError):
    """A permanent refusal of this item (4xx); a person has to look at it."""

    def __init__(self, status: int, error: str, detail: str = "", missing: list[str] | None = None) -> None:
        super().__init__(f"{status} {error}: {detail}".strip())
        self.status = status
        self.error = error
        self.detail = detail
        self.missing = missing or []


class NotEnrolled(SyncError):
    """This kiosk has no terminal credentials yet."""
