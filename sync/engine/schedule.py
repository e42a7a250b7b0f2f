"""When heavy uploads may run, and how fast.

Small items (commits of attachment-less applications, evaluations, heartbeats) go any time.
Attachments go inside the configured windows (e.g. 22:00-06:00 for a village station), or at
any time where the link is known to be good, and never while a resident is using the screen.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Window:
    start: dt.time
    end: dt.time  # may be earlier than start: the window runs over midnight

    def contains(self, moment: dt.time) -> bool:
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    @classmethod
    def parse(cls, text: str) -> Window:
        """'22:00-06:00' -> Window; anything else -> ValueError naming the expected form."""
        try:
            start, end = (dt.time.fromisoformat(part.strip()) for part in text.split("-"))
        except ValueError as exc:
            raise ValueError(f"upload window {text!r} is not of the form HH:MM-HH:MM") from exc
        return cls(start, end)


@dataclass
class Schedule:
    windows: list[Window] = field(default_factory=list)  # empty: any time
    link_is_good: Callable[[], bool] = lambda: False
    resident_at_screen: Callable[[], bool] = lambda: False
    local_now: Callable[[], dt.datetime] = dt.datetime.now

    def may_upload_heavy(self) -> bool:
        if self.resident_at_screen():
            return False
        if not self.windows or self.link_is_good():
            return True
        moment = self.local_now().time()
        return any(w.contains(moment) for w in self.windows)


class TokenBucket:
    """A bandwidth cap: `take(n)` returns once n bytes may be sent, sleeping as needed."""

    def __init__(
        self,
        rate_bytes_per_s: float,
        burst_bytes: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate_bytes_per_s <= 0 or burst_bytes <= 0:
            raise ValueError("rate and burst must be positive")
        self.rate = rate_bytes_per_s
        self.burst = burst_bytes
        self.clock = clock
        self.sleep = sleep
        self.tokens = burst_bytes
        self.last = clock()

    def take(self, n: int) -> None:
        while True:
            now = self.clock()
            self.tokens = min(self.burst, self.tokens + (now - self.last) * self.rate)
            self.last = now
            # a chunk larger than the burst is let through once the bucket is full
            need = min(float(n), self.burst)
            if self.tokens >= need:
                self.tokens -= n
                return
            self.sleep((need - self.tokens) / self.rate)
