"""The kiosk's cameras stand by while nothing needs them (attract, home, the catalog): no frames and no
decoded clips, and the technician overview still lists them as working. A technician's signed code held
under the document camera on the attract screen is still read: the QR watch wakes that camera, and the
camera stands by again once the watch stops. Real app offscreen, real emulated devices."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.ops import tech_view
from kiosk.ops.tech_auth import make_qr
from kiosk.tools.screenshots import TECH_PIN


@pytest.fixture
def k(qapp, qtbot, kiosk_config, tmp_path: Path):
    from kiosk.tools.screenshots import reset
    from kiosk.ui.app import build

    app = build(
        dataclasses.replace(kiosk_config, locale="en"), keyboard_config_home=tmp_path / "xdg", devices=True
    )
    qtbot.waitUntil(lambda: app.devices.manager is not None, timeout=15000)
    app.tech._auth().set_pin(TECH_PIN)
    yield app
    reset(app)
    app.close()


def camera(k: Any, kind: str) -> Any:
    return k.devices.manager.driver(kind)


def test_cameras_stand_by_on_the_idle_screens_and_the_overview_calls_them_working(k, qtbot) -> None:
    assert k.app.screen == "attract"
    doc, face = camera(k, "document_camera"), camera(k, "face_camera")
    qtbot.waitUntil(lambda: not doc.capturing and not face.capturing, timeout=10000)
    assert not doc.emulator.holds_clip and not face.emulator.holds_clip
    k.app.start()
    k.app.go("catalog")
    assert not doc.capturing and not face.capturing  # no screen here asks for frames
    rows = {r["kind"]: r for r in tech_view.device_rows(k.devices.manager)}
    assert rows["document_camera"]["health"] == rows["face_camera"]["health"] == "ok"


def test_a_technician_code_on_attract_wakes_the_document_camera_and_is_read(k, qtbot) -> None:
    from devices.camera.qr_corpus import qr_image

    doc, face = camera(k, "document_camera"), camera(k, "face_camera")
    qtbot.waitUntil(lambda: not doc.capturing, timeout=10000)
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    k.tech.auth.trust_qr_key(raw)  # from now on the attract screen watches the document camera
    qtbot.waitUntil(lambda: doc.capturing, timeout=10000)
    assert not face.capturing  # only the camera being watched is woken

    code = qr_image(make_qr(key, "T-0042", k.config.terminal.id, ttl_s=600), box=6)
    page = np.full((960, 1280, 3), 255, np.uint8)
    y, x = (960 - code.shape[0]) // 2, (1280 - code.shape[1]) // 2
    page[y : y + code.shape[0], x : x + code.shape[1]] = code
    doc.emulator.show_frame(page)
    qtbot.waitUntil(lambda: k.app.screen == "tech-pin" and k.tech.stage == "await_pin", timeout=10000)
    # The PIN pad does not watch for codes: the document camera goes back to standby.
    qtbot.waitUntil(lambda: not doc.capturing, timeout=10000)
