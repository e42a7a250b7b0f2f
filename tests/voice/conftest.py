"""Voice tests play through a private PulseAudio null sink, so Qt Multimedia has a real output."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
sys.path.insert(0, str(Path(__file__).parent))

from pulse_null import null_sink_pulse

from kiosk.config import Config, load_config


@pytest.fixture(scope="session")
def pulse() -> Iterator[dict[str, str]]:
    """PULSE_SERVER for this process. Qt picks its audio backend once per process: if an earlier
    test already created audio objects without it, playback still runs on Qt's silent null output."""
    if shutil.which("pulseaudio") is None:
        pytest.skip("pulseaudio is not installed (scripts/bootstrap installs it)")
    with null_sink_pulse() as env:
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        yield env
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@pytest.fixture
def voice_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    toml = tmp_path / "kiosk.toml"
    toml.write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    return load_config(toml)
