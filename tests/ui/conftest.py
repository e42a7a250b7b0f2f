"""Each UI test gets a fresh data directory, SQLite file and keyboard dictionary folder, and one
kiosk built the way `kiosk run` builds it, rendered offscreen (model: Vorta's tests/unit/conftest.py)."""

from __future__ import annotations

import functools
import inspect
import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# ---- one kiosk per process ----
# kiosk.ui.app.build refuses a second kiosk while one is alive (Qt Virtual Keyboard keeps one input
# context per process; two kiosks crashed a worker). A module's own kiosk (module_app, or a module
# fixture over ui_kit.module_kiosk) therefore serves that module's tests first; the first test that does
# not use it closes it before building its own.


def _builds_module_kiosk(fixturedef: Any) -> bool:
    if fixturedef.scope != "module":
        return False
    return fixturedef.argname == "module_app" or _calls_module_kiosk(fixturedef.func)


@functools.cache
def _calls_module_kiosk(func: Any) -> bool:
    """Read once per fixture function (every test of a module asks)."""
    try:
        return "module_kiosk(" in inspect.getsource(func)
    except (OSError, TypeError):
        return False


def uses_module_kiosk(item: pytest.Item) -> bool:
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    return any(_builds_module_kiosk(d) for defs in info.name2fixturedefs.values() for d in defs)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Within each module, the tests on the module's kiosk first (stable otherwise)."""
    first_seen: dict[object, int] = {}
    for item in items:
        first_seen.setdefault(item.path, len(first_seen))
    items.sort(key=lambda item: (first_seen[item.path], 0 if uses_module_kiosk(item) else 1))


@pytest.fixture(autouse=True)
def one_kiosk_at_a_time(request: pytest.FixtureRequest) -> None:
    if not uses_module_kiosk(request.node):
        from ui_kit import close_module_kiosks

        close_module_kiosks()


@pytest.fixture
def kiosk_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from kiosk.config import load_config

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    toml = tmp_path / "kiosk.toml"
    toml.write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    return load_config(toml)


@pytest.fixture
def fresh_kiosk(qapp, kiosk_config, tmp_path: Path):
    """A kiosk of the test's own: an empty store and its own files under tmp_path."""
    from kiosk.tools.screenshots import reset
    from kiosk.ui.app import build

    app = build(kiosk_config, keyboard_config_home=tmp_path / "xdg-config")
    yield app
    reset(app)
    app.close()


@pytest.fixture
def kiosk(fresh_kiosk):
    return fresh_kiosk


@pytest.fixture
def dkiosk(qapp, qtbot, kiosk_config, tmp_path: Path):
    """The kiosk with its emulated devices open; the document camera shows a straight form page."""
    from kiosk.tools.screenshots import reset
    from kiosk.ui.app import build

    samples = Path(__file__).resolve().parents[2] / "assets" / "camera" / "document"
    app = build(kiosk_config, keyboard_config_home=tmp_path / "xdg-config", devices=True)
    qtbot.waitUntil(lambda: app.devices.manager is not None, timeout=15000)
    app.devices.manager.driver("document_camera").emulator.show(samples / "form_straight.jpg")
    yield app
    reset(app)
    app.close()


@pytest.fixture(scope="module")
def module_app(qapp, tmp_path_factory: pytest.TempPathFactory):
    """One kiosk (no devices) for every test of a module that asks for ``shared_kiosk``."""
    from ui_kit import module_kiosk

    with module_kiosk(tmp_path_factory.mktemp("module-kiosk")) as app:
        yield app


@pytest.fixture
def shared_kiosk(module_app):
    """The module's kiosk, on the attract screen of a clean session: for tests that need a clean session
    but not an empty store or fresh files (the kiosk wipes the session between residents)."""
    from ui_kit import fresh_session

    fresh_session(module_app)
    yield module_app
    fresh_session(module_app)
