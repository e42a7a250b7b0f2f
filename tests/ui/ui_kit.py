"""What the UI tests share: a touch on a named control, waits on what the screen shows, a kiosk kept
for a whole module and the check that it starts each test from a clean session."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QMetaObject

from kiosk.tools.screenshots import find


def wait_until(k: Any, condition: Callable[[], object], timeout_ms: int = 15000, what: str = "") -> None:
    """Run the event loop until ``condition()`` holds (bindings, loaders and queued calls happen there);
    fails after ``timeout_ms``, saying what it waited for. UI tests wait on this, never a fixed pause.
    The limit only matters when something is wrong: a loaded machine may take seconds for what takes
    milliseconds on a quiet one, and a passing wait ends as soon as the condition holds."""
    deadline = QDeadlineTimer(timeout_ms)
    while not condition():
        if deadline.hasExpired():
            raise AssertionError(f"timed out after {timeout_ms} ms waiting for {what or condition}")
        k.qt_app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def shown(k: Any, name: str) -> Any:
    """The item named ``name`` once it exists and is visible."""
    wait_until(k, lambda: (item := find(k, name)) is not None and item.isVisible(), what=f"{name} visible")
    return find(k, name)


def press(k: Any, name: str) -> None:
    """What a touch on the button does (its clicked signal and the QML handler)."""
    QMetaObject.invokeMethod(shown(k, name), "clicked")


def fresh_session(k: Any) -> None:
    """End whatever session a previous test left, then check what a new resident would find: the
    attract screen, the standard look, the configured language, no help call, no keyboard."""
    from PySide6.QtGui import QGuiApplication

    from kiosk.tools.screenshots import reset

    reset(k)
    wait_until(k, lambda: k.app.screen == "attract", what="the attract screen")
    assert k.session.state.value == "attract"
    assert k.app.theme == "standard" and not k.app.elderly
    assert k.app.locale == k.config.locale
    assert not k.app.helpCalled
    assert not QGuiApplication.inputMethod().isVisible()


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


@contextmanager
def qml_warnings(k: Any) -> Iterator[list[str]]:
    """The QML engine's warnings while the block runs (disconnected after, so a shared kiosk does not
    keep collecting into a finished test's list)."""
    errors: list[str] = []

    def collect(warnings: Any) -> None:
        errors.extend(w.toString() for w in warnings)

    k.engine.warnings.connect(collect)
    try:
        yield errors
    finally:
        k.engine.warnings.disconnect(collect)
