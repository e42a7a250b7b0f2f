"""What every resident flow shares: a current step, observers told of each move, and a guard that
refuses an action in the wrong step (the journey, the certification and the home-visit request)."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from kiosk.core.journey.messages import JourneyError

log = logging.getLogger(__name__)

S = TypeVar("S", bound=enum.Enum)


class StepFlow(Generic[S]):
    flow_name: ClassVar[str] = "journey"  # for the log line when an observer fails
    step: S
    _observers: list[Callable[[S], None]]

    def add_observer(self, fn: Callable[[S], None]) -> Callable[[], None]:
        self._observers.append(fn)
        return lambda: self._observers.remove(fn) if fn in self._observers else None

    def _go(self, step: S) -> None:
        self.step = step
        for fn in list(self._observers):
            try:
                fn(step)
            except Exception as exc:  # a broken view must never stop the resident's flow
                log.error("%s observer failed: %s", self.flow_name, type(exc).__name__)

    def _expect(self, *steps: S) -> None:
        if self.step not in steps:
            raise JourneyError("wrong_step", step=str(self.step.value))
