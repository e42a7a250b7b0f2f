"""The keyboard-wedge driver with the real evdev module: a missing device node is reported, retried,
and never crashes. (No input device or /dev/uinput exists here to grab a real one.)"""

from __future__ import annotations

import threading

from devices.base import Health
from devices.scanner.evdev import EvdevScanner, evdev_module


def test_evdev_module_is_installed():
    assert evdev_module() is not None


def test_missing_device_node_is_offline_with_a_reason_and_retried(tmp_path):
    seen = threading.Event()
    reasons: list[str] = []

    def on_event(event):
        if event.kind == "status_changed":
            reasons.append(event.data["reason"])
            seen.set()

    scanner = EvdevScanner(str(tmp_path / "no-such-event-kbd"), on_event=on_event)
    scanner.open()
    try:
        assert seen.wait(5)
        status = scanner.status()
        assert status.health is Health.OFFLINE
        assert "cannot grab" in status.reason and "no-such-event-kbd" in status.reason
        assert not scanner.self_test().passed
    finally:
        scanner.close()
    assert scanner.status().reason == "closed"
