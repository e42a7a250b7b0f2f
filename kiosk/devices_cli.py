"""``kiosk-devices`` as installed with the kiosk: the drivers' CLI reading kiosk.toml the way the kiosk does.

devices/ stands alone (it never imports the kiosk); this entry point hands it the kiosk's configuration
reader, so ``--config kiosk.toml`` takes the same keys and refuses the same mistakes as ``kiosk run``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from devices import cli


def kiosk_settings(path: str) -> dict[str, dict[str, Any]]:
    from kiosk.config import ConfigError, load_config
    from kiosk.device_settings import manager_settings

    try:
        return manager_settings(load_config(path))
    except ConfigError as exc:
        raise SystemExit(f"error: {exc}") from None


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, settings_loader=kiosk_settings)
