"""Engine options from the kiosk's `[sync]` settings in kiosk.toml: the file is the one source of truth.

Every key is documented in assets/kiosk.example.toml and checked by kiosk.config when the file loads;
this module only turns them into what the engine and its HTTP client take.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx

from kiosk.config import SyncConfig
from sync.engine.engine import EngineOptions
from sync.engine.schedule import Schedule, Window

DAY_S = 86400.0


def options_from_config(
    config: SyncConfig,
    *,
    resident_at_screen: Callable[[], bool] = lambda: False,
    link_is_good: Callable[[], bool] = lambda: False,
) -> EngineOptions:
    windows = [Window.parse(w) for w in config.windows]  # kiosk.config already refused bad ones
    return EngineOptions(
        chunk_size=int(config.chunk_bytes),
        heartbeat_interval_s=config.heartbeat_interval_s,
        schedule=Schedule(windows, link_is_good=link_is_good, resident_at_screen=resident_at_screen),
        bandwidth_bytes_per_s=config.bandwidth_bytes_per_s or None,
        retention_s=config.retention_days * DAY_S,
    )


def request_timeout(config: SyncConfig) -> httpx.Timeout:
    """Every phase of every request (connect, each read and write, waiting for a connection)."""
    return httpx.Timeout(config.request_timeout_s)
