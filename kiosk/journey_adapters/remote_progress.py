"""Progress from anywhere: a resident's cases that another terminal took, from the platform's lookup.

The progress screen shows this kiosk's own applications at once; these arrive after, when the kiosk is
enrolled and the platform answers within a few seconds. A typed acceptance number (with the phone's
last 4 digits) and another terminal's receipt QR are answered by the platform alone. Nothing here is
stored: the statuses live in the progress session's memory and go with it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from kiosk.core.journey.progress import ApplicationStatus
from sync.engine.client import Credentials, PlatformClient
from sync.engine.errors import PlatformBusy, Rejected, SyncError
from sync.engine.lookup import RemoteCase, find_by_acceptance_no, find_by_id_card, find_by_receipt_qr

log = logging.getLogger(__name__)
LOOKUP_TIMEOUT = httpx.Timeout(5.0)  # a resident is waiting at the screen


@dataclass(frozen=True)
class PlatformAnswer:
    """``found`` (statuses), ``none`` (nothing matches), ``too_many`` (guesses for this number are
    refused for a while) or ``offline`` (no answer now: link down, platform away, not enrolled)."""

    outcome: str
    statuses: list[ApplicationStatus] = field(default_factory=list)


def credentials_or_none(db: object) -> Credentials | None:
    """The kiosk's platform credentials, or None when it is not enrolled (no lookup then)."""
    from sync.engine.state import load_credentials

    try:
        return load_credentials(db)  # type: ignore[arg-type]  # a kiosk.store Database
    except SyncError:
        return None


def remote_statuses(creds: Credentials, id_number: str, applicant_masked: str) -> list[ApplicationStatus]:
    """The resident's cases on the platform, or [] when it cannot be asked now (offline, refused)."""
    answer = _ask(creds, lambda client: find_by_id_card(client, id_number), applicant_masked)
    return answer.statuses


def by_acceptance_no(creds: Credentials | None, acceptance_no: str, phone_last4: str) -> PlatformAnswer:
    return _ask(creds, lambda client: find_by_acceptance_no(client, acceptance_no, phone_last4), "")


def by_receipt_qr(creds: Credentials | None, application_id: str) -> PlatformAnswer:
    return _ask(creds, lambda client: find_by_receipt_qr(client, application_id), "")


def _ask(
    creds: Credentials | None, question: Callable[[PlatformClient], list[RemoteCase]], applicant_masked: str
) -> PlatformAnswer:
    if creds is None:
        return PlatformAnswer("offline")
    client = PlatformClient(creds, timeout=LOOKUP_TIMEOUT)
    try:
        found = question(client)
    except PlatformBusy as exc:
        # 429 too_many_guesses: this number is closed to guesses for the hour; any other 429 is load
        return PlatformAnswer("too_many" if "too_many_guesses" in str(exc) else "offline")
    except (Rejected, SyncError) as exc:
        log.info("platform progress lookup unavailable: %s", type(exc).__name__)
        return PlatformAnswer("offline")
    finally:
        client.close()
    statuses = [as_status(case, applicant_masked) for case in found]
    return PlatformAnswer("found" if statuses else "none", statuses)


def as_status(case: RemoteCase, applicant_masked: str) -> ApplicationStatus:
    return ApplicationStatus(
        application_id=case.application_id,
        acceptance_no=case.acceptance_no or case.case_no or case.application_id,
        matter_codes=case.matter_codes,
        applicant_masked=applicant_masked,
        state="submitted",
        outbox_state="status-synced",
        platform_state=case.state,
        platform_note=case.note,
        case_no=case.case_no,
        submitted_at=case.received_at,
        promised_date=None,
        receipt_printed=True,
        kind=case.kind,
        filed_elsewhere=True,
        answered_at=case.answered_at,
    )
