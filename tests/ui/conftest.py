"""Each UI test gets a fresh data directory, SQLite file and keyboard dictionary folder, and one
kiosk built the way `kiosk run` builds it, rendered offscreen (model: Vorta's tests/unit/conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")


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
