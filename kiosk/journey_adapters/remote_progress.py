"""Progress from anywhere: a resident's cases that another terminal took, from the platform's lookup.

The progress screen shows this kiosk's own applications at once; these arrive after, when the kiosk is
enrolled and the platform answers within a few seconds. Nothing here is stored: the statuses live in
the progress session's memory and go with it.
"""

from __future__ import annotations

import logging

import httpx

from kiosk.core.journey.progress import ApplicationStatus
from sync.engine.client import Credentials, PlatformClient
from sync.engine.errors import SyncError
from sync.engine.lookup import RemoteCase, find_by_id_card

log = logging.getLogger(__name__)
LOOKUP_TIMEOUT = httpx.Timeout(5.0)  # a resident is waiting at the screen


def credentials_or_none(db: object) -> Credentials | None:
    """The kiosk's platform credentials, or None when it is not enrolled (no lookup then)."""
    from sync.engine.state import load_credentials

    try:
        return load_credentials(db)  # type: ignore[arg-type]  # a kiosk.store Database
    except SyncError:
        return None


def remote_statuses(creds: Credentials, id_number: str, applicant_masked: str) -> list[ApplicationStatus]:
    """The resident's cases on the platform, or [] when it cannot be asked now (offline, refused)."""
    client = PlatformClient(creds, timeout=LOOKUP_TIMEOUT)
    try:
        found = find_by_id_card(client, id_number)
    except SyncError as exc:
        log.info("platform progress lookup unavailable: %s", type(exc).__name__)
        return []
    finally:
        client.close()
    return [as_status(case, applicant_masked) for case in found]


def as_status(case: RemoteCase, applicant_masked: str) -> ApplicationStatus:
    return ApplicationStatus(
        application_id=case.application_id,
        acceptance_no=case.acceptance_no or case.case_no,
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
    )
