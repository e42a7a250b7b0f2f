"""One private PulseAudio with a null sink for the whole run, started before any test touches Qt
Multimedia: Qt picks its audio backend once per process, and a player made before the server
existed can deadlock in stop() once one appears. Every UI test builds the voice controller."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "voice"))

from pulse_null import null_sink_pulse


@pytest.fixture(scope="session", autouse=True)
def pulse() -> Iterator[dict[str, str]]:
    if shutil.which("pulseaudio") is None:  # voice tests then skip with their own reason
        yield {}
        return
    with null_sink_pulse() as env:
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        yield env
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
