"""Version skew in telemetry: heartbeat fields this platform does not know yet.

A kiosk upgraded before its platform sends fields the platform's ``Heartbeat`` lacks. They are ignored
(and not stored: nobody here knows what they hold), each name is logged once per process, and every
occurrence is counted per name, so an operator sees that terminals run ahead of the platform and by
which fields. Names come from terminals: only short lower-case identifiers are logged or kept as they
are, the rest count under one placeholder, and at most ``MAX_NAMES`` distinct names are tracked.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter

log = logging.getLogger(__name__)
MAX_NAMES = 100
OTHER = "<other>"
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


class UnknownFields:
    """Counts of ignored field names, shared by the requests of one platform process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()

    def note(self, kind: str, names: list[str]) -> None:
        with self._lock:
            for raw in names:
                name = raw if _NAME.match(raw) else OTHER
                if name not in self._counts and len(self._counts) >= MAX_NAMES:
                    name = OTHER
                if name not in self._counts:
                    log.info("%s field %r is unknown to this platform (a newer kiosk?): ignored", kind, name)
                self._counts[name] += 1

    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)
