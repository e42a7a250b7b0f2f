"""What every resident flow shares: the services it is built with (:class:`JourneyServices`), a current
step, observers told of each move, a guard that refuses an action in the wrong step, and the receipt left
unprinted when the session ends (the journey, the certification and the home-visit request)."""

from __future__ import annotations

import datetime as dt
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar, Generic, TypeVar

from kiosk.core.journey.evaluation import EvaluationStore
from kiosk.core.journey.generated import FormPageRenderer
from kiosk.core.journey.messages import JourneyError
from kiosk.core.journey.receipt import PrintOutcome, ReceiptPrinterPort
from kiosk.core.journey.submit import SubmitResult, Submitter
from kiosk.core.journey.workdays import WorkCalendar

log = logging.getLogger(__name__)


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


@dataclass
class JourneyServices:
    """The ports and settings every flow is built with (the journey, the certification, the home visit)."""

    submitter: Submitter
    printer: ReceiptPrinterPort | None = None
    evaluations: EvaluationStore | None = None
    # the official calendar (journey_adapters.calendar.package_calendar); flows overlay the catalog's years
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    clock: Callable[[], dt.datetime] = _now
    terminal_name: str = ""
    form_renderer: FormPageRenderer | None = None  # draws the application forms the terminal generates


S = TypeVar("S", bound=enum.Enum)


class StepFlow(Generic[S]):
    flow_name: ClassVar[str] = "journey"  # for the log line when an observer fails
    step: S
    _observers: list[Callable[[S], None]]
    services: JourneyServices
    result: SubmitResult | None  # once submitted
    print_outcome: PrintOutcome | None  # once the receipt's print was tried

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

    def _record_unprinted_receipt(self, receipt_step: S) -> None:
        """For the wipe: the session ended on the receipt screen before its print was tried, so the
        application says "session_ended" (staff can reprint). Logged, never raised: the wipe goes on."""
        if self.step is receipt_step and self.result is not None and self.print_outcome is None:
            try:
                self.services.submitter.record_receipt(self.result.application_id, False, "session_ended")
            except Exception as exc:
                log.error("recording the receipt outcome failed: %s", type(exc).__name__)
