"""Daily restart planning and dimming decisions, driven with explicit local times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kiosk.core.session import State
from kiosk.ops.schedule import Backlight, OpsSchedule, ScheduleError
from kiosk.store import open_store
from kiosk.store.settings import set_setting

DAY = dt.date(2026, 11, 26)


def at(hh: int, mm: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm))


def test_restart_waits_for_attract_and_happens_once_per_day() -> None:
    plan = OpsSchedule(restart_at="03:30", restart_window_min=60)
    started = at(8, 0, DAY - dt.timedelta(days=1))
    assert not plan.restart_due(at(3, 29), State.ATTRACT, started)
    assert not plan.restart_due(at(3, 31), State.ACTIVE, started)  # a resident is using it
    assert not plan.restart_due(at(3, 45), State.WARNING, started)
    assert plan.restart_due(at(3, 50), State.ATTRACT, started)
    # The restarted process started after today's moment: not again today.
    assert not plan.restart_due(at(3, 55), State.ATTRACT, at(3, 51))
    # Busy past the window: given up for the day, tried again tomorrow.
    assert not plan.restart_due(at(4, 31), State.ATTRACT, started)
    assert plan.restart_due(at(3, 30, DAY + dt.timedelta(days=1)), State.ATTRACT, started)


def test_window_crossing_midnight_and_disabled() -> None:
    plan = OpsSchedule(restart_at="23:30", restart_window_min=90)
    started = at(9)
    assert plan.restart_due(at(0, 30, DAY + dt.timedelta(days=1)), "attract", started)
    assert not plan.restart_due(at(1, 1, DAY + dt.timedelta(days=1)), "attract", started)
    assert not OpsSchedule(restart_at="").restart_due(at(3, 30), "attract", at(1))


def test_dimming_never_during_a_session_and_never_dark() -> None:
    plan = OpsSchedule(dim_after_s=300, dim_level=0.4, night_hours="22:00-06:30", night_level=0.15)
    assert plan.brightness(State.ATTRACT, 10, at(12)) == 1.0
    assert plan.brightness(State.ATTRACT, 301, at(12)) == 0.4
    assert plan.brightness(State.ACTIVE, 9999, at(23)) == 1.0
    assert plan.brightness(State.ATTRACT, 10, at(23)) == 0.15
    assert plan.brightness(State.ATTRACT, 10, at(6, 29)) == 0.15
    assert plan.brightness(State.ATTRACT, 10, at(6, 30)) == 1.0
    with pytest.raises(ScheduleError) as err:
        OpsSchedule(dim_level=0.0)
    assert err.value.key == "ops.dim_level"


def test_from_settings_and_bad_values_name_the_key(tmp_path: Path) -> None:
    db = open_store(tmp_path / "k.db")
    try:
        set_setting(db, "ops.restart_at", "02:15")
        set_setting(db, "ops.dim_level", 0.5)
        plan = OpsSchedule.from_settings(db)
        assert plan.restart_at == "02:15" and plan.dim_level == 0.5 and plan.night_level == 0.15
        set_setting(db, "ops.restart_at", "25:00")
        with pytest.raises(ScheduleError) as err:
            OpsSchedule.from_settings(db)
        assert err.value.key == "ops.restart_at"
    finally:
        db.conn.close()


def test_backlight_writes_a_fraction_of_max(tmp_path: Path) -> None:
    # /sys/class/backlight does not exist in this VM: the same two files, laid out the same way.
    panel = tmp_path / "backlight" / "intel_backlight"
    panel.mkdir(parents=True)
    (panel / "max_brightness").write_text("1000\n")
    (panel / "brightness").write_text("1000\n")
    light = Backlight.find(tmp_path / "backlight")
    assert light is not None
    assert light.set(0.4) == 400
    assert (panel / "brightness").read_text() == "400\n"
    assert light.set(0.0) == 1  # never fully off
    assert Backlight.find(tmp_path / "none") is None
