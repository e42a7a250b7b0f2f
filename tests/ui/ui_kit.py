"""What the UI tests share: a touch on a named control, a kiosk kept for a whole module."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMetaObject

from kiosk.tools.screenshots import find, settle


def press(k: Any, name: str) -> None:
    """What a touch on the button does (its clicked signal and the QML handler)."""
    settle(k.qt_app, 30)
    item = find(k, name)
    assert item is not None and item.isVisible(), name
    QMetaObject.invokeMethod(item, "clicked")


@contextmanager
def module_kiosk(tmp: Path, devices: bool = False) -> Iterator[Any]:
    """A kiosk built once for a whole test module (building one per test would dominate the run), with
    its own XDG config and cache under ``tmp``; closed and the environment restored afterwards."""
    from kiosk.config import load_config
    from kiosk.tools.screenshots import reset
    from kiosk.ui.app import build

    saved = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME")}
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "xdg-config")
    os.environ["XDG_CACHE_HOME"] = str(tmp / "xdg-cache")
    toml = tmp / "kiosk.toml"
    toml.write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    app = build(load_config(toml), keyboard_config_home=tmp / "xdg-config", devices=devices)
    try:
        yield app
    finally:
        reset(app)
        app.close()
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
