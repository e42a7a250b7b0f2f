"""Acceptance numbers (受理号), applicant tokens and the progress QR payload. Pure functions.

Acceptance number: ``<terminal code>-<yymmdd>-<daily sequence, 4+ digits>``, e.g. ``0001-261126-0007``.
The two-digit year and the dashes are deliberate: with a four-digit year a numeric terminal code
such as ``0376`` would read as a landline number (``0376-20261126``) and a six-digit one as an ID
number, and the log redactor and the audit log's personal-data check would then mask or refuse the
acceptance number. The sequence lives in the store's settings (the adapter takes the next one in
the submit transaction).

Applicant token: HMAC-SHA256 of the normalized ID number under the terminal's secret key: the
store can find a resident's applications by card without holding the number.

Progress QR: ``ZWQ1|<acceptance no>|<tag>``, the tag an HMAC of the acceptance number under the same
key, so a guessed (sequential) acceptance number does not show anyone's applications.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re

from kiosk.core.journey.identity import normalize_id_number

QR_PREFIX = "ZWQ1"
_ACCEPTANCE_RE = re.compile(r"([0-9A-Z]{2,8})-(\d{6})-(\d{4,})")


def format_acceptance_no(terminal_code: str, day: dt.date, seq: int) -> str:
    if not re.fullmatch(r"[0-9A-Z]{2,8}", terminal_code):
        raise ValueError("terminal code must be 2-8 characters of 0-9 A-Z")
    if seq < 1:
        raise ValueError("sequence starts at 1")
    return f"{terminal_code}-{day:%y%m%d}-{seq:04d}"


def parse_acceptance_no(text: str) -> tuple[str, dt.date, int] | None:
    m = _ACCEPTANCE_RE.fullmatch(text.strip().upper()) if isinstance(text, str) else None
    if m is None:
        return None
    try:
        day = dt.datetime.strptime(m[2], "%y%m%d").date()
    except ValueError:
        return None
    return m[1], day, int(m[3])


def typed_acceptance_no(text: str) -> str | None:
    """An acceptance number as a resident types it on the number pad (no dash key: ``000126112600077``
    or with dashes), in its printed form; None when it cannot be one."""
    if not isinstance(text, str):
        return None
    if "-" in text:
        parsed = parse_acceptance_no(text)
        return None if parsed is None else text.strip().upper()
    typed = re.sub(r"\s", "", text.upper())
    if not re.fullmatch(r"[0-9A-Z]{2,8}\d{10,}", typed):
        return None
    # the sequence is at least 4 digits: the code is what precedes the date and the sequence
    for seq_digits in range(4, len(typed) - 6 - 1):
        split = len(typed) - seq_digits
        code, day, seq = typed[: split - 6], typed[split - 6 : split], typed[split:]
        candidate = f"{code}-{day}-{seq}"
        if 2 <= len(code) <= 8 and parse_acceptance_no(candidate) is not None:
            return candidate
    return None


def applicant_token(key: bytes, id_number: str) -> str:
    return hmac.new(key, b"applicant:" + normalize_id_number(id_number).encode(), hashlib.sha256).hexdigest()


def _tag(key: bytes, acceptance_no: str) -> str:
    digest = hmac.new(key, b"progress-qr:" + acceptance_no.encode(), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode().rstrip("=")


def progress_qr_payload(key: bytes, acceptance_no: str) -> str:
    return f"{QR_PREFIX}|{acceptance_no}|{_tag(key, acceptance_no)}"


def parse_progress_qr(key: bytes, payload: object) -> str | None:
    """The acceptance number a receipt QR carries, or None when it is not one of ours (or forged)."""
    if not isinstance(payload, str) or len(payload) > 200:
        return None
    parts = payload.strip().split("|")
    if len(parts) != 3 or parts[0] != QR_PREFIX or parse_acceptance_no(parts[1]) is None:
        return None
    if not hmac.compare_digest(parts[2], _tag(key, parts[1])):
        return None
    return parts[1]
