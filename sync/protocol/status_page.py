"""The receipt's QR code: a URL of the platform's public status page for one application.

The kiosk prints it and a phone opens it (status words only, no personal data); a kiosk's scanner reads it
back to the application id it names. Shared here so the two sides cannot disagree on the form.
"""

from __future__ import annotations

import re

STATUS_PATH = "/s/"
_STATUS_URL = re.compile(
    r"^https?://[^\s/?#]+(?:/[^\s?#]*)?/s/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"
)


def status_url(platform_url: str, application_id: str) -> str:
    """What the receipt's QR code holds."""
    return platform_url.rstrip("/") + STATUS_PATH + application_id


def application_id_from(payload: object) -> str | None:
    """The application id a status-page URL names, or None when the payload is not one."""
    if not isinstance(payload, str) or len(payload) > 300:
        return None
    found = _STATUS_URL.match(payload.strip())
    return found[1] if found else None
