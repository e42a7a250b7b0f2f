"""Proactive suggestions (您可能需要办理): the demo catalog's rules at every age boundary, and rules
that cannot work refused at catalog import with a clear error."""

from __future__ import annotations

import copy
import datetime as dt
import json
from functools import cache
from typing import Any

import pytest

from kiosk.core.catalog_io import DEMO_CATALOG_PATH, CatalogInvalid, load_catalog, validate_document
from kiosk.core.suggestions import age_on, anniversary, suggest

CERTIFICATION = "11411599MB0000102F200030004000001"
OLD_AGE_ALLOWANCE = "11411599MB0000131F050050001000001"
TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@cache
def _demo() -> str:
    return DEMO_CATALOG_PATH.read_text(encoding="utf-8")


def doc() -> dict[str, Any]:
    return copy.deepcopy(json.loads(_demo()))


def codes(catalog, born: dt.date, today: dt.date = TODAY, **kw: Any) -> list[str]:
    return [s.code for s in suggest(catalog, born, today, **kw)]


def years_before(day: dt.date, years: int) -> dt.date:
    return anniversary(day, day.year - years)


def test_59_gets_nothing_60_gets_the_certification(catalog):
    assert codes(catalog, years_before(TODAY, 60) + dt.timedelta(days=1)) == []  # 60 tomorrow
    on_birthday = codes(catalog, years_before(TODAY, 60))
    assert on_birthday[0] == CERTIFICATION


def test_turning_sixty_within_the_last_year_suggests_the_retirement_bundle(catalog):
    assert codes(catalog, years_before(TODAY, 60)) == [CERTIFICATION, "retirement"]
    # 364 days after the 60th birthday: still; 365 days after: the year is over
    born = years_before(TODAY, 60) - dt.timedelta(days=364)
    assert "retirement" in codes(catalog, born)
    born = years_before(TODAY, 60) - dt.timedelta(days=365)
    assert codes(catalog, born) == [CERTIFICATION]


def test_79_and_80_old_age_allowance(catalog):
    born_80_tomorrow = years_before(TODAY, 80) + dt.timedelta(days=1)
    assert codes(catalog, born_80_tomorrow) == [CERTIFICATION]
    assert codes(catalog, years_before(TODAY, 80)) == [CERTIFICATION, OLD_AGE_ALLOWANCE]


def test_this_years_certification_on_this_terminal_stops_the_suggestion(catalog):
    born = dt.date(1950, 1, 1)
    done = {CERTIFICATION}
    assert codes(catalog, born, done_this_year=done.__contains__) == []
    assert codes(catalog, dt.date(1940, 1, 1), done_this_year=done.__contains__) == [OLD_AGE_ALLOWANCE]


def test_the_matter_being_started_is_not_suggested_and_at_most_three(catalog):
    born = dt.date(1946, 6, 1)  # 80
    assert codes(catalog, born, exclude=[CERTIFICATION]) == [OLD_AGE_ALLOWANCE]
    assert len(suggest(catalog, born, TODAY, limit=1)) == 1


def test_leap_day_birthdays_turn_a_year_older_on_1_march_in_common_years(catalog):
    born = dt.date(1964, 2, 29)  # 60 on 29 Feb 2024 (a leap year)
    assert age_on(born, dt.date(2024, 2, 28)) == 59
    assert age_on(born, dt.date(2024, 2, 29)) == 60
    assert age_on(born, dt.date(2025, 2, 28)) == 60  # common year: not 61 yet
    assert age_on(born, dt.date(2025, 3, 1)) == 61
    born_66 = dt.date(1966, 2, 28)
    assert codes(catalog, dt.date(1964, 2, 29), dt.date(2024, 2, 28)) == []
    assert codes(catalog, dt.date(1964, 2, 29), dt.date(2024, 2, 29)) == [CERTIFICATION, "retirement"]
    assert age_on(dt.date(1968, 2, 29), dt.date(2028, 2, 29)) == 60  # 2028 is a leap year
    assert age_on(born_66, dt.date(2026, 2, 27)) == 59


def test_no_birth_date_or_a_future_one_suggests_nothing(catalog):
    assert suggest(catalog, None, TODAY) == []
    assert suggest(catalog, TODAY + dt.timedelta(days=1), TODAY) == []


def test_rows_for_the_screen_are_plain_and_bilingual(catalog):
    row = suggest(catalog, dt.date(1950, 1, 1), TODAY)[0].row("en")
    assert row["kind"] == "matter" and row["code"] == CERTIFICATION
    assert "pension" in row["name"].lower() and row["reason"]


# --------------------------------------------------------------------------- validation at import


def problems(d: dict[str, Any]) -> list[str]:
    with pytest.raises(CatalogInvalid) as info:
        validate_document(d)
    return [str(e) for e in info.value.errors]


def test_a_rule_for_an_unknown_matter_is_refused():
    d = doc()
    d["suggestions"][0]["matter"] = "11411599MB0000102F200030004999999"
    assert any("$.suggestions[0].matter" in p and "unknown matter" in p for p in problems(d))


def test_a_rule_for_a_window_only_matter_is_refused():
    d = doc()
    window_only = next(m["code"] for m in d["matters"] if not m["terminal_handling"])
    d["suggestions"][1]["matter"] = window_only
    assert any("not handled at the terminal" in p for p in problems(d))


def test_a_rule_naming_both_or_neither_target_is_refused():
    d = doc()
    d["suggestions"][0]["bundle"] = "retirement"
    assert any("exactly one of 'matter' or 'bundle'" in p for p in problems(d))
    d = doc()
    del d["suggestions"][2]["bundle"]
    assert any("exactly one of 'matter' or 'bundle'" in p for p in problems(d))


def test_impossible_ages_and_missing_age_conditions_are_refused():
    d = doc()
    d["suggestions"][1]["when"]["max_age"] = 70  # min 80
    assert any("can never apply" in p for p in problems(d))
    d = doc()
    d["suggestions"][0]["when"] = {"not_done_this_year": True}
    assert any("needs an age condition" in p for p in problems(d))
    d = doc()
    d["suggestions"][0]["when"]["min_age"] = 200
    assert any("$.suggestions[0].when.min_age" in p for p in problems(d))
    d = doc()
    d["suggestions"][2]["when"]["not_done_this_year"] = True  # a bundle rule
    assert any("not_done_this_year needs a 'matter'" in p for p in problems(d))


def test_duplicate_rule_codes_and_unknown_bundles_are_refused():
    d = doc()
    d["suggestions"][1]["code"] = d["suggestions"][0]["code"]
    d["suggestions"][2]["bundle"] = "no_such_bundle"
    found = problems(d)
    assert any("duplicate suggestion code" in p for p in found)
    assert any("unknown bundle 'no_such_bundle'" in p for p in found)
