"""帮办: the "call staff" button on every screen.

:class:`HelpDesk` creates a help request (stored, queued for sync and logged locally by the store),
answers with the ``help_called`` message for the screen (the UI plays the chime), and does not file
a second request for the same screen while one is fresh (``repeat_after_s``): a resident pressing
the button five times is one call. Only the screen name and the time are recorded.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from kiosk.core.journey.ids import new_id
from kiosk.core.journey.messages import Message

REPEAT_AFTER_S = 120.0


@dataclass(frozen=True)
class HelpRecord:
    id: str
    screen: str
    created_at: float


class HelpStore(Protocol):
    def save_help(self, record: HelpRecord) -> None: ...


@dataclass(frozen=True)
class HelpTicket:
    record: HelpRecord
    new: bool
    message: Message


def _screen_name(screen: object) -> str:
    text = screen if isinstance(screen, str) else "unknown"
    text = re.sub(r"[^A-Za-z0-9_.:/-]", "_", text)[:64]
    return text or "unknown"


class HelpDesk:
    def __init__(
        self, store: HelpStore, clock: Callable[[], float] = time.time, repeat_after_s: float = REPEAT_AFTER_S
    ) -> None:
        self.store = store
        self.clock = clock
        self.repeat_after_s = repeat_after_s
        self._recent: dict[str, HelpRecord] = {}

    def call(self, screen: object) -> HelpTicket:
        name = _screen_name(screen)
        now = self.clock()
        last = self._recent.get(name)
        if last is not None and now - last.created_at < self.repeat_after_s:
            return HelpTicket(last, False, Message("help_called"))
        record = HelpRecord(new_id(), name, now)
        self.store.save_help(record)
        self._recent[name] = record
        return HelpTicket(record, True, Message("help_called"))

    def reset(self) -> None:
        """A new resident: their first press is always a new call."""
        self._recent.clear()
