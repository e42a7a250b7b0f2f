"""Working days: promised completion dates and 容缺 due dates.

A time limit of N working days ends on the N-th working day after the day of acceptance (the day
itself does not count); N natural days end N days later; 0 means on the spot (the same day).
Weekends are rest days; public holidays and the make-up working days (调休) come from the
configuration or the catalog as data, since they change every year — :class:`WorkCalendar` takes
both sets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from kiosk.core.catalog import Matter, TimeLimit, TimeUnit


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    extra_workdays: frozenset[dt.date] = field(default_factory=frozenset)  # weekends worked (调休)

    @classmethod
    def of(cls, holidays: Iterable[dt.date] = (), extra_workdays: Iterable[dt.date] = ()) -> WorkCalendar:
        return cls(frozenset(holidays), frozenset(extra_workdays))

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.extra_workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def add_working_days(self, start: dt.date, days: int) -> dt.date:
        if days < 0:
            raise ValueError("days must be >= 0")
        current = start
        left = days
        while left > 0:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                left -= 1
        return current

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end``."""
        count = 0
        current = start
        while current < end:
            current += dt.timedelta(days=1)
            if self.is_working_day(current):
                count += 1
        return count

    def deadline(self, limit: TimeLimit, start: dt.date) -> dt.date:
        if limit.value <= 0:
            return start
        if limit.unit is TimeUnit.NATURAL_DAY:
            return start + dt.timedelta(days=limit.value)
        return self.add_working_days(start, limit.value)


def promised_date(matter: Matter, start: dt.date, calendar: WorkCalendar | None = None) -> dt.date:
    """The promised completion date of ``matter`` accepted on ``start``."""
    return (calendar or WorkCalendar()).deadline(matter.promised_limit, start)
