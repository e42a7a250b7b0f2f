"""The console's settings: `kiosk-platform serve` options, documented in the README."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ConsoleSettings:
    database_url: str  # the platform's database (SQLite file or PostgreSQL)
    blob_dir: Path  # where sealed attachments are (a certification's face photo)
    offline_after_min: float = 15.0  # the fleet page flags a terminal silent this long
    disk_low_gib: float = 2.0  # ... and one whose store has less free disk than this
    complaint_limit_hours: float = 72.0  # 有诉即办: a complaint must be answered within this time
    secure_cookies: bool = False  # behind TLS: the session cookie then travels over https only
    timezone: str = "Asia/Shanghai"  # the times staff read
