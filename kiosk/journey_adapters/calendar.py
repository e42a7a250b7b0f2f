"""China's official work calendar from the ``chinesecalendar`` package, as a core :class:`WorkCalendar`.

The package carries each year's public holidays and 调休 make-up working days as the State Council
publishes them, and needs a release every year. The flows overlay the signed catalog's ``calendar``
on it (:meth:`WorkCalendar.overlay`), so the catalog wins for the years it covers and a terminal that
misses a package update still promises the right dates.
"""

from __future__ import annotations

import functools
import logging

from kiosk.core.journey.workdays import WorkCalendar

log = logging.getLogger(__name__)


@functools.cache
def package_calendar() -> WorkCalendar:
    """Every year the package knows (weekends only, logged, when it is not installed)."""
    try:
        from chinese_calendar import constants  # the package's tables: date -> holiday or 调休 day
    except ImportError:
        log.warning("chinesecalendar is not installed: counting weekends only")
        return WorkCalendar()
    holidays = frozenset(constants.holidays)
    extra = frozenset(d for d in constants.workdays if d.weekday() >= 5)
    return WorkCalendar(holidays, extra, frozenset(d.year for d in holidays | extra))
