"""Technician mode on the real app offscreen, on the emulated devices over their ptys, with a real store:
entry by card or signed code plus a PIN, the lock-out, the screens' real data, the audit trail, and the
wipe on leaving."""

from __future__ import annotations

import dataclasses
import json
import tarfile
from pathlib import Path
from typing import Any

import pytest
import zxingcpp
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QEvent, QMetaObject, Qt
from PySide6.QtGui import QKeyEvent
from ui_kit import shown, wait_until

from kiosk.core.session import Mode, State
from kiosk.ops.tech_auth import make_qr
from kiosk.store import audit
from kiosk.tools.screenshots import TECH_CARD, TECH_PIN, find, settle

SAMPLES = Path(__file__).resolve().parents[2] / "assets" / "camera" / "document"
ZHANGSAN_NUMBER = "411502198005123012"


@pytest.fixture
def en_config(kiosk_config):
    """English: the assertions read the screens' source strings, whatever the translators make of them."""
    return dataclasses.replace(kiosk_config, locale="en")


@pytest.fixture
def tk(qapp, qtbot, en_config, tmp_path: Path):
    """The kiosk on emulated devices, with the deck's technician card and a PIN on its list."""
    from kiosk.tools.screenshots import reset
    from kiosk.ui.app import build

    app = build(en_config, keyboard_config_home=tmp_path / "xdg-config", devices=True)
    qtbot.waitUntil(lambda: app.devices.manager is not None, timeout=15000)
    app.devices.manager.driver("document_camera").emulator.show(SAMPLES / "form_straight.jpg")
    auth = app.tech._auth()
    auth.add_card(TECH_CARD)
    auth.set_pin(TECH_PIN)
    yield app
    reset(app)
    app.close()


def press(k: Any, name: str) -> None:
    """What a touch on the button does (its clicked signal and the QML handler)."""
    QMetaObject.invokeMethod(shown(k, name), "clicked")
    k.qt_app.processEvents()  # what the click queued (screen changes follow in the next turn)


def text_of(k: Any, name: str) -> str:
    item = find(k, name)
    assert item is not None, name
    return str(item.property("text"))


def all_text(k: Any) -> str:
    """Every Text item's text in the window: what anyone in front of the screen could read."""
    out, stack = [], [k.window.contentItem()]
    while stack:
        item = stack.pop()
        value = item.property("text")
        if isinstance(value, str) and item.isVisible():
            out.append(value)
        stack.extend(item.childItems())
    return "\n".join(out)


def actions(k: Any) -> list[str]:
    return [e.action for e in reversed(audit.entries(k.db, 500))]


def tech_actions(k: Any) -> list[str]:
    return [e.detail["action"] for e in reversed(audit.entries(k.db, 500)) if e.action == "tech.action"]


def place_card(k: Any, qtbot: Any, key: str) -> None:
    """Lift whatever is on the reader, then place the card ``key`` (the driver sees both)."""
    reader = k.devices.manager.driver("idcard")
    reader.emulator.remove()
    qtbot.waitUntil(lambda: reader.current_card is None, timeout=5000)
    with qtbot.waitSignal(
        k.devices.deviceEvent, timeout=5000, check_params_cb=lambda d, kind, _data: kind == "card_inserted"
    ):
        reader.emulator.insert(key)
    settle(k.qt_app, 30)


def type_pin(k: Any, pin: str) -> None:
    for d in pin:
        press(k, f"pin_{d}")
    assert text_of(k, "pinDotsText") == "●" * len(pin)  # masked: dots only
    assert pin not in all_text(k)


def enter_by_card(k: Any, qtbot: Any) -> None:
    place_card(k, qtbot, "technician")
    qtbot.waitUntil(lambda: k.app.screen == "tech-pin" and k.tech.stage == "await_pin", timeout=5000)
    type_pin(k, TECH_PIN)
    press(k, "pinOk")
    qtbot.waitUntil(lambda: k.app.screen == "tech-overview", timeout=5000)


def test_card_and_pin_enter_and_leaving_wipes_like_a_session_end(tk, qtbot):
    k = tk
    assert k.app.screen == "attract"
    enter_by_card(k, qtbot)
    assert k.tech.isActive and not k.app.canGoBack
    qtbot.waitUntil(lambda: find(k, "techDevice_printer") is not None, timeout=5000)
    assert text_of(k, "techHealth_printer") == "working"
    assert actions(k)[-2:] == ["tech.credential_accepted", "tech.entered"]
    entered = audit.entries(k.db, 1)[0]
    assert entered.actor.startswith("technician card:") and TECH_CARD not in json.dumps(entered.detail)

    k.app.toggleElderly()  # session state the wipe must reset
    press(k, "techLeave")
    qtbot.waitUntil(lambda: k.app.screen == "attract" and k.session.state is State.ATTRACT, timeout=5000)
    assert k.session.mode is Mode.STANDARD and k.session.theme == "standard"
    assert not k.tech.isActive and k.tech.view == {} and k.tech.pinLength == 0
    assert actions(k)[-1] == "tech.left"
    assert audit.verify(k.db).ok


def test_signed_code_from_the_scanner_then_pin(tk, qtbot):
    k = tk
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    k.tech.auth.trust_qr_key(raw)
    k.app.start()  # a resident-free home screen is an entry point as well
    code = make_qr(key, "T-0012", k.config.terminal.id, ttl_s=600)
    k.devices.manager.driver("scanner").emulator.present(code)
    qtbot.waitUntil(lambda: k.app.screen == "tech-pin" and k.tech.stage == "await_pin", timeout=5000)
    type_pin(k, TECH_PIN)
    press(k, "pinOk")
    qtbot.waitUntil(lambda: k.app.screen == "tech-overview", timeout=5000)
    assert k.tech.techRef == "qr:T-0012"
    assert audit.entries(k.db, 1)[0].actor == "technician qr:T-0012"


def test_a_code_signed_by_an_untrusted_key_is_refused(tk, qtbot):
    k = tk
    k.tech.auth.trust_qr_key(
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    forged = make_qr(Ed25519PrivateKey.generate(), "T-0666", "*", ttl_s=600)
    k.devices.manager.driver("scanner").emulator.present(forged)
    qtbot.waitUntil(lambda: k.app.screen == "tech-pin" and k.tech.reason == "code_rejected", timeout=5000)
    assert not find(k, "pin_1").property("enabled")  # nothing to type a PIN for
    assert "tech.qr_rejected" in actions(k)


def test_wrong_pins_lock_out_and_the_screen_says_for_how_long(tk, qtbot):
    k = tk
    for attempt in range(3):
        place_card(k, qtbot, "technician")
        qtbot.waitUntil(lambda: k.tech.stage == "await_pin", timeout=5000)
        if attempt == 0:
            type_pin(k, "111111")
        else:  # a technician's USB keypad: keys straight to the window
            for code in (Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9, Qt.Key.Key_9):
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    k.qt_app.sendEvent(k.window, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, "9"))
            wait_until(k, lambda: k.tech.pinLength == 6)
        press(k, "pinOk")
        wait_until(k, lambda attempt=attempt: actions(k).count("tech.pin_rejected") == attempt + 1)
    wait_until(k, lambda: k.tech.stage == "locked")
    assert k.app.screen == "tech-pin"
    message = text_of(k, "pinMessage")
    assert "locked" in message and "second" in message, message
    assert not find(k, "pin_1").property("enabled")
    assert actions(k).count("tech.pin_rejected") == 3

    place_card(k, qtbot, "technician")  # the right card does not get round the lock
    assert k.tech.stage == "locked" and not k.tech.isActive
    assert actions(k)[-1] == "tech.entry_refused_locked"


def test_a_residents_card_on_attract_or_home_starts_nothing_unusual(tk, qtbot):
    k = tk
    place_card(k, qtbot, "zhangsan")
    assert k.app.screen == "attract" and k.session.state is State.ATTRACT
    k.app.start()
    place_card(k, qtbot, "lisi_for_life")
    assert k.app.screen == "home"
    assert "tech.credential_accepted" not in actions(k)
    assert actions(k).count("tech.card_unknown") == 2
    assert all(ZHANGSAN_NUMBER not in json.dumps(e.detail) for e in audit.entries(k.db, 500))


def test_each_screen_shows_real_data_and_every_action_is_audited(tk, qtbot, tmp_path):
    k = tk
    log_dir = k.config.logging.dir
    log_dir.mkdir(parents=True, exist_ok=True)
    (log_dir / "kiosk.log").write_text(
        json.dumps({"ts": "2026-11-26T03:00:00Z", "level": "ERROR", "logger": "kiosk.test",
                    "msg": f"printer jam while printing for {ZHANGSAN_NUMBER}"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    enter_by_card(k, qtbot)

    # printer: self-test in words, test page in the emulator
    press(k, "techDevice_printer")
    qtbot.waitUntil(lambda: k.app.screen == "tech-device" and k.app.screenArg == "printer")
    press(k, "techSelfTest")
    qtbot.waitUntil(lambda: find(k, "techSelfTestResult").isVisible(), timeout=10000)
    assert text_of(k, "techSelfTestResult").startswith("Passed: printer ready")
    printer = k.devices.manager.driver("printer").emulator
    press(k, "techTestPage")
    qtbot.waitUntil(lambda: "Test page printed" in text_of(k, "techPrintResult"), timeout=10000)
    qtbot.waitUntil(lambda: printer.last_receipt_image is not None, timeout=5000)
    codes = zxingcpp.read_barcodes(printer.last_receipt_image.convert("L"))
    assert codes and codes[0].text.startswith("KIOSK-TEST-PAGE ")
    qtbot.waitUntil(lambda: any("job" in line for line in k.tech.view.get("traffic", [])), timeout=5000)
    k.app.back()

    # scanner: what it reads is shown
    press(k, "techDevice_scanner")
    k.devices.manager.driver("scanner").emulator.present("HELLO-TECH 42")
    qtbot.waitUntil(lambda: "HELLO-TECH 42" in text_of(k, "techScanText"), timeout=5000)
    k.app.back()

    # ID card: a test read shows the masked name and number, never the number
    press(k, "techDevice_idcard")
    place_card(k, qtbot, "zhangsan")
    qtbot.waitUntil(lambda: "4115**********3012" in text_of(k, "techCardRead"), timeout=5000)
    assert "张*" in text_of(k, "techCardRead")
    frame = k.tech.view.get("frame", 0)
    wait_until(k, lambda: k.tech.view.get("frame", 0) > frame, timeout_ms=5000, what="a traffic refresh")
    assert ZHANGSAN_NUMBER not in all_text(k) and "张三" not in all_text(k)
    assert k.tech.isActive  # the card read is a test, not a way out of technician mode
    k.app.back()

    # camera: preview with focus and brightness figures
    press(k, "techDevice_document_camera")
    qtbot.waitUntil(lambda: "at least" in text_of(k, "techFocus"), timeout=5000)
    assert any(ch.isdigit() for ch in text_of(k, "techBrightness"))
    qtbot.waitUntil(lambda: find(k, "techCameraPreview").property("implicitWidth") > 0, timeout=5000)
    k.app.back()

    # storage: sizes and the integrity check
    press(k, "techOpenStorage")
    qtbot.waitUntil(lambda: "passed" in text_of(k, "techIntegrity"), timeout=10000)
    assert "GB" in text_of(k, "techFreeDisk") or "MB" in text_of(k, "techFreeDisk")
    k.app.back()

    # software, unclean exits, UPS and recent errors (redacted)
    from kiosk.store import settings as store_settings

    store_settings.set_setting(k.db, "ops.crash_count", 2)
    press(k, "techOpenSoftware")
    assert "2" in text_of(k, "techCrashes")
    assert "none configured" in text_of(k, "techUps")  # `kiosk run` wires the UPS; build() alone does not
    catalog = k.db.execute("SELECT version FROM catalog_versions WHERE active = 1").fetchone()[0]
    assert catalog in text_of(k, "techCatalogVersion")
    qtbot.waitUntil(lambda: "printer jam" in all_text(k), timeout=5000)
    assert ZHANGSAN_NUMBER not in all_text(k)
    press(k, "techReadLog")
    qtbot.waitUntil(lambda: "printer jam" in all_text(k), timeout=5000)
    k.app.back()

    # export to the USB stick configured by `kiosk ops tech-export-dir`
    stick = tmp_path / "usb"
    stick.mkdir()
    from kiosk.ops.tech_view import KEY_EXPORT_DIR

    store_settings.set_setting(k.db, KEY_EXPORT_DIR, str(stick))
    press(k, "techOpenExport")
    assert str(stick) in text_of(k, "techExportTarget")
    press(k, "techExport")
    qtbot.waitUntil(lambda: "Written to" in text_of(k, "techExportResult"), timeout=30000)
    (bundle,) = stick.glob("kiosk-diag-*.tar.gz")
    assert str(bundle) in text_of(k, "techExportResult")
    with tarfile.open(bundle) as tar:
        blob = b"".join(tar.extractfile(m).read() for m in tar.getmembers() if m.isfile())
    assert ZHANGSAN_NUMBER.encode() not in blob and "张三".encode() not in blob

    done = tech_actions(k)
    for expected in ("open", "device.self_test", "device.self_test_result", "printer.test_page",
                     "printer.test_page_result", "scanner.test_read", "idcard.test_read",
                     "log.read", "diagnostics.export", "diagnostics.export_result"):  # fmt: skip
        assert expected in done, expected
    assert audit.verify(k.db).ok


def test_idle_expiry_in_technician_mode_leaves_and_wipes(tk, qtbot):
    k = tk
    enter_by_card(k, qtbot)
    k.session.last_activity -= k.session.idle_timeout_s + 0.1  # nobody touched it since
    assert k.session.tick() is State.WARNING
    k.session.tick(now=k.session.clock() + k.session.warning_s + 0.1)  # and nobody answered
    qtbot.waitUntil(lambda: k.app.screen == "attract" and not k.tech.isActive, timeout=5000)
    assert actions(k)[-1] == "tech.left"


def test_home_button_leaves_technician_mode(tk, qtbot):
    k = tk
    enter_by_card(k, qtbot)
    press(k, "homeButton")
    qtbot.waitUntil(lambda: k.app.screen == "attract" and not k.tech.isActive, timeout=5000)
    assert "tech.left" in actions(k)


def test_degraded_store_notice_on_the_technician_screens(qapp, qtbot, en_config, tmp_path):
    from kiosk.tools.screenshots import enter_technician, reset
    from kiosk.ui.app import build

    en_config.data_dir.mkdir(parents=True, exist_ok=True)
    en_config.store_path.write_bytes(b"not a database at all " * 200)
    app = build(en_config, keyboard_config_home=tmp_path / "xdg-config")
    try:
        assert "damaged" in app.app.notice
        app.app.start()
        enter_technician(app)
        qtbot.waitUntil(lambda: app.app.screen == "tech-overview")
        wait_until(app, lambda: "damaged" in shown(app, "techNoticeText").property("text"))
        app.tech.open("tech-storage")
        wait_until(app, lambda: app.app.screen == "tech-storage")
        wait_until(app, lambda: "damaged" in text_of(app, "techNoticeText"))
    finally:
        reset(app)
        app.close()


def test_sync_now_runs_a_pass_against_the_loopback_platform(
    qapp, qtbot, tmp_path, monkeypatch, plain_http_on_loopback
):
    from kiosk.config import load_config
    from kiosk.store import settings as store_settings
    from kiosk.store.connection import open_store
    from kiosk.tools.screenshots import enter_technician, reset
    from kiosk.ui.app import build
    from sync.engine.client import enrol
    from sync.engine.state import SENT, save_credentials
    from sync.platform.server import platform_in_thread

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    with platform_in_thread(tmp_path / "platform") as platform:
        toml = tmp_path / "kiosk.toml"
        toml.write_text(
            f'data_dir = "data"\nlocale = "en"\n[logging]\nconsole = false\n'
            f'[sync]\nplatform_url = "{platform.url}"\n'
            "interval_s = 86400\n",  # no pass by the clock during the test: only the start's and ours
            encoding="utf-8",
        )
        config = load_config(toml)
        db = open_store(config.store_path)
        save_credentials(db, enrol(platform.url, platform.enrol_token(), "青石镇自助终端"))
        db.conn.close()
        app = build(config, keyboard_config_home=tmp_path / "xdg-config")
        try:
            qtbot.waitUntil(
                lambda: store_settings.get_setting(app.db, "sync.last_success_at") is not None, timeout=20000
            )
            first = store_settings.get_setting(app.db, "sync.last_success_at")
            app.app.start()
            app.app.callHelp("home")  # queued after the start's pass: only "sync now" can send it
            app.app.dismissHelp()
            assert app._resident_at_screen()  # attachments wait while a resident is here
            enter_technician(app)
            assert not app._resident_at_screen()  # but not for a technician's "sync now"
            app.tech.open("tech-sync")
            qtbot.waitUntil(lambda: app.tech.view.get("sync", {}).get("pending") == 1, timeout=5000)
            assert "1" in text_of(app, "techQueueDepth")
            press(app, "techSyncNow")
            qtbot.waitUntil(lambda: "finished" in text_of(app, "techSyncRun"), timeout=30000)
            state = app.db.execute("SELECT state FROM outbox WHERE kind = 'help'").fetchone()[0]
            assert state == SENT
            assert store_settings.get_setting(app.db, "sync.last_success_at") > first
            qtbot.waitUntil(lambda: app.tech.view["sync"]["pending"] == 0, timeout=5000)
            assert "0" in text_of(app, "techQueueDepth")
            assert "sync.run_now" in tech_actions(app)
        finally:
            reset(app)
            app.close()


def test_signed_code_held_under_the_document_camera(tk, qtbot):
    import numpy as np

    from devices.camera.qr_corpus import qr_image

    k = tk
    key = Ed25519PrivateKey.generate()
    k.tech.auth.trust_qr_key(
        key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    code = qr_image(make_qr(key, "T-0031", k.config.terminal.id, ttl_s=600), box=6)
    page = np.full((960, 1280, 3), 255, np.uint8)
    y, x = (960 - code.shape[0]) // 2, (1280 - code.shape[1]) // 2
    page[y : y + code.shape[0], x : x + code.shape[1]] = code
    k.devices.manager.driver("document_camera").emulator.show_frame(page)
    qtbot.waitUntil(lambda: k.app.screen == "tech-pin" and k.tech.stage == "await_pin", timeout=10000)
    assert "tech.credential_accepted" in actions(k)
    type_pin(k, TECH_PIN)
    press(k, "pinOk")
    qtbot.waitUntil(lambda: k.app.screen == "tech-overview", timeout=5000)
    assert k.tech.techRef == "qr:T-0031"


def test_keypad_moves_through_the_technician_screens_and_back_from_the_pin_pad_forgets(tk, qtbot):
    k = tk

    def key(code: Any) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            k.qt_app.sendEvent(k.window, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier))
        settle(k.qt_app, 30)

    k.app.start()
    place_card(k, qtbot, "technician")
    qtbot.waitUntil(lambda: k.app.screen == "tech-pin" and k.tech.stage == "await_pin", timeout=5000)
    type_pin(k, TECH_PIN[:2])
    press(k, "backButton")
    qtbot.waitUntil(lambda: k.app.screen == "home")
    assert k.tech.pinLength == 0 and k.tech.stage == "idle" and k.tech.auth.pending is None

    enter_by_card(k, qtbot)
    qtbot.waitUntil(
        lambda: find(k, "techDevice_idcard") is not None and find(k, "techDevice_idcard").hasActiveFocus()
    )
    key(Qt.Key.Key_Down)
    assert find(k, "techDevice_scanner").hasActiveFocus()
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: k.app.screen == "tech-device" and k.app.screenArg == "scanner")
    key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: k.app.screen == "tech-overview")
    assert k.tech.isActive


def test_system_view_reads_the_ups_monitor_and_crash_count(tmp_path):
    """The UPS line as `kiosk run` wires it: a real monitor whose upsd does not answer."""
    import socket
    from types import SimpleNamespace

    from kiosk.ops.tech_view import system_view
    from kiosk.ops.ups import UpsMonitor
    from kiosk.store import open_store_checked
    from kiosk.store import settings as store_settings

    db, _ = open_store_checked(tmp_path / "kiosk.db")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens here once closed
    monitor = UpsMonitor("kiosk", "127.0.0.1", port)
    monitor.poll()
    store_settings.set_setting(db, "ops.crash_count", 3)
    view = system_view(db, SimpleNamespace(monitor=monitor, crash_report=None))
    assert view["crashes"] == 3 and view["lastCrashAgeS"] == -1.0
    assert view["ups"]["configured"] and view["ups"]["state"] == "unknown" and view["ups"]["reason"]
    assert system_view(db)["ups"] == {"configured": False}
    db.conn.close()
