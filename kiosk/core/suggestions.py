"""您可能需要办理: matters and bundles to offer right after the ID card is read.

The rules are data in the signed catalog (``Catalog.suggestions``, validated at import by
:mod:`kiosk.core.catalog_io`); this module only judges them against the card in memory. Nothing
about a suggestion is stored or sent: the caller shows the list and forgets it, and only a matter the
resident then starts leaves a trace (its own application).

Ages are 周岁, completed years on the Gregorian calendar: the resident is N on the N-th anniversary
of the birth date. Someone born on 29 February has that anniversary on 1 March in a common year
(the day after 28 February, as 周岁 counting does), so they are not yet 60 on 28 February.

    suggest(catalog, birth_date, today, done_this_year=lambda code: False, exclude=(), limit=3)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from kiosk.core.catalog import Catalog, LocalText, SuggestionRule

MAX_SUGGESTIONS = 3


def anniversary(born: dt.date, year: int) -> dt.date:
    """The birthday in ``year``; 29 February falls on 1 March in a common year."""
    try:
        return born.replace(year=year)
    except ValueError:  # 29 February in a common year
        return dt.date(year, 3, 1)


def age_on(born: dt.date, today: dt.date) -> int:
    """Completed years (周岁) on ``today``; 0 before the first birthday, never negative."""
    years = today.year - born.year
    if today < anniversary(born, today.year):
        years -= 1
    return max(0, years)


def reached_within(born: dt.date, today: dt.date, age: int, days: int) -> bool:
    """The ``age``-th birthday fell within the last ``days`` days, today included."""
    birthday = anniversary(born, born.year + age)
    return birthday <= today and (today - birthday).days < days


@dataclass(frozen=True)
class Suggestion:
    rule: str  # the rule's code
    kind: str  # "matter" or "bundle"
    code: str  # the matter or bundle to start
    name: LocalText
    reason: LocalText

    def row(self, locale: str = "zh_CN") -> dict[str, str]:
        """A QML list item."""
        return {
            "rule": self.rule,
            "kind": self.kind,
            "code": self.code,
            "name": self.name.text(locale),
            "reason": self.reason.text(locale),
        }


def applies(
    rule: SuggestionRule, born: dt.date, today: dt.date, done_this_year: Callable[[str], bool]
) -> bool:
    when = rule.when
    age = age_on(born, today)
    if when.min_age is not None and age < when.min_age:
        return False
    if when.max_age is not None and age > when.max_age:
        return False
    if when.reached_age is not None and not reached_within(
        born, today, when.reached_age.age, when.reached_age.within_days
    ):
        return False
    return not (when.not_done_this_year and rule.matter is not None and done_this_year(rule.matter))


def suggest(
    catalog: Catalog,
    birth_date: dt.date | None,
    today: dt.date,
    done_this_year: Callable[[str], bool] = lambda _code: False,
    exclude: Iterable[str] = (),
    limit: int = MAX_SUGGESTIONS,
) -> list[Suggestion]:
    """Up to ``limit`` suggestions in catalog order. ``exclude``: matter and bundle codes the resident
    is already starting. No birth date (a card without one): no suggestion."""
    if birth_date is None or birth_date > today:
        return []
    skip = set(exclude)
    out: list[Suggestion] = []
    seen: set[str] = set()
    for rule in catalog.suggestions:
        target = rule.matter or rule.bundle
        if target is None or target in skip or target in seen:
            continue
        if not applies(rule, birth_date, today, done_this_year):
            continue
        if rule.matter is not None:
            matter = catalog.matter(rule.matter)
            if matter is None:
                continue
            out.append(Suggestion(rule.code, "matter", matter.code, matter.name, rule.reason))
        else:
            bundle = catalog.bundle(target)
            if bundle is None:
                continue
            out.append(Suggestion(rule.code, "bundle", bundle.code, bundle.name, rule.reason))
        seen.add(target)
        if len(out) >= limit:
            break
    return out


__all__ = ["MAX_SUGGESTIONS", "Suggestion", "age_on", "anniversary", "applies", "reached_within", "suggest"]
