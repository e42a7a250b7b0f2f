"""Daily restart at a quiet hour, and screen dimming instead of powering the outputs off. Qt-free.

API::

    plan = OpsSchedule.from_settings(db)          # or OpsSchedule(restart_at="03:30", ...)
    plan.restart_due(now_local, session_state, process_started) -> bool
    plan.brightness(session_state, idle_s, now_local) -> float      # 0..1 for the UI to apply
    Backlight.find(root=Path("/sys/class/backlight")).set(fraction)  # optional: the panel's own dimmer
    RESTART_EXIT_CODE                               # exit with this; the unit restarts on it

Restart: due once a day, at ``restart_at`` local time, for a process started before that moment; it waits
for the attract screen (never during a session) and gives up for the day after ``restart_window_min``
(a busy centre keeps running; tomorrow tries again). The app then exits cleanly with
``RESTART_EXIT_CODE`` (the unit has ``RestartForceExitStatus=75``).

Dimming: monitors that are powered off (DPMS) often come back on another input or not at all, and a
dark screen looks broken to a resident, so the kiosk only dims: after ``dim_after_s`` on the attract
screen, and to ``night_level`` during ``night_hours``. Any session means full brightness.

Settings (technician-changeable, ``settings`` table): ``ops.restart_at`` ("HH:MM", "" = never),
``ops.restart_window_min``, ``ops.dim_after_s``, ``ops.dim_level``, ``ops.night_hours`` ("HH:MM-HH:MM"),
``ops.night_level``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.store import settings as store_settings

log = logging.getLogger(__name__)

RESTART_EXIT_CODE = 75  # EX_TEMPFAIL: "try again", not a failure worth a crash count
_HHMM = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


class ScheduleError(ValueError):
    def __init__(self, key: str, message: str) -> None:
        self.key = key
        super().__init__(f"{key}: {message}")


def _parse_hhmm(key: str, text: str) -> dt.time:
    m = _HHMM.fullmatch(text)
    if not m:
        raise ScheduleError(key, f'expected "HH:MM", got {text!r}')
    return dt.time(int(m.group(1)), int(m.group(2)))


def _state_name(state: Any) -> str:
    return str(getattr(state, "value", state))


@dataclass(frozen=True)
class OpsSchedule:
    restart_at: str = "03:30"
    restart_window_min: float = 120.0
    dim_after_s: float = 300.0
    dim_level: float = 0.4
    night_hours: str = "22:00-06:30"
    night_level: float = 0.15

    def __post_init__(self) -> None:
        if self.restart_at:
            _parse_hhmm("ops.restart_at", self.restart_at)
        if self.night_hours:
            self._night()
        for key, value in (("ops.dim_level", self.dim_level), ("ops.night_level", self.night_level)):
            if not 0.05 <= value <= 1.0:  # never fully dark: the screen must look alive
                raise ScheduleError(key, f"expected a fraction from 0.05 to 1, got {value!r}")
        if not 5 <= self.restart_window_min <= 24 * 60:
            raise ScheduleError("ops.restart_window_min", "expected 5 to 1440 minutes")
        if self.dim_after_s < 10:
            raise ScheduleError("ops.dim_after_s", "expected at least 10 seconds")

    @classmethod
    def from_settings(cls, db: Any, defaults: OpsSchedule | None = None) -> OpsSchedule:
        """The technician's ``ops.*`` settings over ``defaults`` (the config file's ``[ops]``)."""
        d = defaults or cls()
        return cls(
            restart_at=store_settings.get_str(db, "ops.restart_at", d.restart_at),
            restart_window_min=store_settings.get_float(db, "ops.restart_window_min", d.restart_window_min),
            dim_after_s=store_settings.get_float(db, "ops.dim_after_s", d.dim_after_s),
            dim_level=store_settings.get_float(db, "ops.dim_level", d.dim_level),
            night_hours=store_settings.get_str(db, "ops.night_hours", d.night_hours),
            night_level=store_settings.get_float(db, "ops.night_level", d.night_level),
        )

    def _night(self) -> tuple[dt.time, dt.time]:
        start, sep, end = self.night_hours.partition("-")
        if not sep:
            raise ScheduleError("ops.night_hours", f'expected "HH:MM-HH:MM", got {self.night_hours!r}')
        return _parse_hhmm("ops.night_hours", start), _parse_hhmm("ops.night_hours", end)

    def is_night(self, now_local: dt.datetime) -> bool:
        if not self.night_hours:
            return False
        start, end = self._night()
        t = now_local.time()
        return start <= t < end if start <= end else (t >= start or t < end)

    def restart_due(self, now_local: dt.datetime, session_state: Any, process_started: dt.datetime) -> bool:
        """``now_local`` and ``process_started`` are wall-clock local times of the same tz-awareness."""
        if not self.restart_at or _state_name(session_state) != "attract":
            return False
        at = _parse_hhmm("ops.restart_at", self.restart_at)
        window = dt.timedelta(minutes=self.restart_window_min)
        for day in (now_local.date(), now_local.date() - dt.timedelta(days=1)):  # a window may cross midnight
            moment = dt.datetime.combine(day, at, tzinfo=now_local.tzinfo)
            if moment <= now_local < moment + window and process_started < moment:
                return True
        return False

    def brightness(self, session_state: Any, idle_s: float, now_local: dt.datetime) -> float:
        if _state_name(session_state) != "attract":
            return 1.0
        level = self.night_level if self.is_night(now_local) else 1.0
        if idle_s >= self.dim_after_s:
            level = min(level, self.dim_level)
        return level


@dataclass(frozen=True)
class Backlight:
    """A panel backlight under /sys/class/backlight (the udev rules give the kiosk user write access)."""

    path: Path

    @classmethod
    def find(cls, root: Path = Path("/sys/class/backlight")) -> Backlight | None:
        devices = sorted(p for p in root.iterdir() if (p / "brightness").exists()) if root.is_dir() else []
        return cls(devices[0]) if devices else None

    def max(self) -> int:
        return int((self.path / "max_brightness").read_text().strip())

    def set(self, fraction: float) -> int:
        value = max(1, round(self.max() * min(1.0, max(0.0, fraction))))
        (self.path / "brightness").write_text(f"{value}\n")
        return value
