"""Exponential backoff with full jitter: after a long outage, terminals do not all retry at once."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base_s: float = 5.0
    cap_s: float = 30 * 60.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        ceiling = min(self.cap_s, self.base_s * 2.0 ** min(attempts, 30))
        delay = self.rng.uniform(0.0, ceiling)
        if retry_after is not None:
            # the platform knows better when it can take this; never retry earlier than it asked
            delay = max(delay, min(retry_after, self.cap_s))
        return delay
