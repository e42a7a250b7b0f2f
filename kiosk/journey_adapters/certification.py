"""Store side of the pension certification and home-visit requests (issue 8).

Both are queued as applications through :class:`~kiosk.journey_adapters.store.JourneyStore` (same
sealing, outbox and progress lookup); :class:`KindSubmitter` marks the row's ``kind`` in the same
transaction. :func:`done_this_year` answers the suggestion rule "this year's certification not yet
done on this terminal" through the applicant token, so the ID number is never stored or compared in
clear.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from kiosk.core.journey.materials import PreviousMaterial
from kiosk.core.journey.submit import SubmissionPackage, SubmitResult
from kiosk.journey_adapters.store import JourneyStore
from kiosk.store.connection import transaction

KINDS = ("application", "certification", "home_visit")


class KindSubmitter:
    """A Submitter that records what kind of application it queued (certification, home visit)."""

    def __init__(self, store: JourneyStore, kind: str) -> None:
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}")
        self.store = store
        self.kind = kind

    def submit(self, package: SubmissionPackage) -> SubmitResult:
        with transaction(self.store.db):  # the store's own transaction joins this one
            result = self.store.submit(package)
            self.store.db.execute(
                "UPDATE applications SET kind = ? WHERE id = ?", [self.kind, package.application_id]
            )
        return result

    def record_receipt(self, application_id: str, printed: bool, problem: str | None) -> None:
        self.store.record_receipt(application_id, printed, problem)

    def previous_materials(self, id_number: str, material_code: str) -> Sequence[PreviousMaterial]:
        return ()


def done_this_year(store: JourneyStore, id_number: str, matter_code: str, today: dt.date) -> bool:
    """This terminal holds an application (not a home-visit request) for ``matter_code`` by this
    resident, made this calendar year."""
    start = dt.datetime(today.year, 1, 1).astimezone().timestamp()
    rows = store.db.execute(
        "SELECT matter_codes FROM applications WHERE applicant_token = ? AND kind != 'home_visit' "
        "AND created_at >= ?",
        [store.token(id_number), start],
    ).fetchall()
    return any(matter_code in json.loads(r[0]) for r in rows)


def application_kind(store: JourneyStore, application_id: str) -> Any:
    row = store.db.execute("SELECT kind FROM applications WHERE id = ?", [application_id]).fetchone()
    return None if row is None else row[0]
