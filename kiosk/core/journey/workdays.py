"""Working days: promised completion dates and 容缺 due dates.

A time limit of N working days ends on the N-th working day after the day of acceptance (the day
itself does not count); N natural days end N days later; 0 means on the spot (the same day).
Weekends are rest days, except the make-up working days (调休); public holidays are not. Both lists
change every year (the State Council publishes the next year's around November), so they come as
data from two places:

* the ``chinesecalendar`` package, for the years it knows (read by the adapter
  ``kiosk.journey_adapters.calendar.package_calendar``: the core imports no third-party package);
* the signed catalog's ``calendar`` section (:meth:`WorkCalendar.overlay`), which wins for the years
  it covers, so a terminal whose software package missed a yearly update still promises the right
  dates once its catalog is updated.

A year neither knows falls back to weekends only (and is logged once, without personal data).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from kiosk.core.catalog import CalendarYear, Matter, TimeLimit, TimeUnit

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkCalendar:
    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    extra_workdays: frozenset[dt.date] = field(default_factory=frozenset)  # weekends worked (调休)
    years: frozenset[int] = field(default_factory=frozenset)  # the years whose lists are known

    @classmethod
    def of(cls, holidays: Iterable[dt.date] = (), extra_workdays: Iterable[dt.date] = ()) -> WorkCalendar:
        holidays, extra = frozenset(holidays), frozenset(extra_workdays)
        return cls(holidays, extra, frozenset(d.year for d in holidays | extra))

    def overlay(self, years: Iterable[CalendarYear]) -> WorkCalendar:
        """This calendar with the catalog's lists replacing its own for each year they cover."""
        covered = {y.year: y for y in years}
        if not covered:
            return self
        holidays = {d for d in self.holidays if d.year not in covered}
        extra = {d for d in self.extra_workdays if d.year not in covered}
        for y in covered.values():
            holidays.update(dt.date.fromisoformat(d) for d in y.holidays)
            extra.update(dt.date.fromisoformat(d) for d in y.workdays)
        return WorkCalendar(frozenset(holidays), frozenset(extra), self.years | covered.keys())

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.extra_workdays:
            return True
        if self.years and day.year not in self.years:
            _unknown_year(day.year)
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


@functools.cache
def _unknown_year(year: int) -> None:
    log.warning("no official work calendar for %d: counting weekends only", year)
