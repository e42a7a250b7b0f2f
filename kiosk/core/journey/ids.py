"""Record identifiers that can never be mistaken for personal data.

A random UUID sometimes holds a run of decimal digits shaped like a mobile or landline number
(about one in a few hundred). The audit chain refuses values that look like personal data and the
log redactor hides them, so such an id would be hashed away in the audit entry that should name it.
Drawing again until none of the number patterns matches costs nothing and removes the case.
"""

from __future__ import annotations

import uuid

from kiosk.logs import Redactor

_PATTERNS_ONLY = Redactor()  # no registered values: only the ID / phone number shapes


def new_id() -> str:
    while True:
        candidate = str(uuid.uuid4())
        if not _PATTERNS_ONLY.contains_personal_data(candidate):
            return candidate
