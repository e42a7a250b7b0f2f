"""Store side of the pension certification and home-visit requests.

Both are queued as applications through :class:`~kiosk.journey_adapters.store.JourneyStore` (same
sealing, outbox and progress lookup); :class:`KindSubmitter` hands the row's ``kind`` to that one
submit, so the row is written once, complete. :func:`done_this_year` answers the suggestion rule
"this year's certification not yet done on this terminal" through the applicant token, so the ID
number is never stored or compared in clear.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from kiosk.core.journey.materials import PreviousMaterial
from kiosk.core.journey.submit import SubmissionPackage, SubmitResult
from kiosk.journey_adapters.store import JourneyStore
from kiosk.store import applications

KINDS = applications.KINDS


class KindSubmitter:
    """A Submitter that records what kind of application it queued (certification, home visit)."""

    def __init__(self, store: JourneyStore, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}")
        self.store = store
        self.kind = kind

    def submit(self, package: SubmissionPackage) -> SubmitResult:
        return self.store.submit(package, kind=self.kind)

    def record_receipt(self, application_id: str, printed: bool, problem: str | None) -> None:
        self.store.record_receipt(application_id, printed, problem)

    def previous_materials(self, id_number: str, material_code: str) -> Sequence[PreviousMaterial]:
        return ()

    def same_day_application(self, id_number: str, matter_codes: Sequence[str], day: dt.date) -> str | None:
        return None  # a certification or home visit is never a duplicate application


def done_this_year(store: JourneyStore, id_number: str, matter_code: str, today: dt.date) -> bool:
    """This terminal holds an application (not a home-visit request) for ``matter_code`` by this
    resident, made this calendar year."""
    start = dt.datetime(today.year, 1, 1).astimezone().timestamp()
    codes = applications.matter_codes_since(store.db, store.token(id_number), start, except_kind="home_visit")
    return any(matter_code in matters for matters in codes)


def application_kind(store: JourneyStore, application_id: str) -> str | None:
    return applications.kind_of(store.db, application_id)
