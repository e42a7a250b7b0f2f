"""Acceptance numbers are never issued twice, even after ``kiosk.db`` is lost or moved aside as damaged.

The day's sequence lives in the store (``journey.acceptance_seq``), and a copy of the highest
number issued each day is kept in a small file outside the database, beside the sealed files
(``<files_dir>-numbers.json``). A fresh database after damage starts from that file, so a
resident's slip from this morning never shares its number with one printed this afternoon.
The file is written (and fsynced) before the submit commits: a failed submit costs at most an
unused number, never a repeated one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path

KEEP_DAYS = 7  # older days can never be issued again; their entries are dropped


def high_water_path(files_dir: Path) -> Path:
    return files_dir.with_name(files_dir.name + "-numbers.json")


class HighWater:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, int]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # absent or unreadable: the store's own sequence still counts
        if not isinstance(raw, dict):
            return {}
        return {str(k): v for k, v in raw.items() if isinstance(v, int) and not isinstance(v, bool)}

    def last(self, day: dt.date) -> int:
        return self._read().get(day.isoformat(), 0)

    def record(self, day: dt.date, seq: int) -> None:
        days = self._read()
        days[day.isoformat()] = max(seq, days.get(day.isoformat(), 0))
        cutoff = (day - dt.timedelta(days=KEEP_DAYS)).isoformat()
        kept = {d: n for d, n in sorted(days.items()) if d >= cutoff}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(kept, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)
        with contextlib.suppress(OSError):  # the rename is durable once the directory is synced
            fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
