"""The unattended wiring inside the real app (kiosk.ui.ops_wiring), offscreen: sd_notify over a real unix
datagram socket, the metrics file, crash recovery on a real store, the UPS through NUT's upsd."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from test_ops_metrics import parse
from test_ops_ups import DUMMY, UPSD, Nut, start_nut

from kiosk.config import load_config
from kiosk.core.journey.ids import new_id
from kiosk.core.session import State
from kiosk.ops.schedule import RESTART_EXIT_CODE
from kiosk.store import audit
from kiosk.store.connection import open_store
from kiosk.store.settings import get_setting
from sync.outbox import ApplicationDraft, record_application

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class NotifySocket:
    """What systemd listens on: a unix datagram socket; the test reads what the kiosk sends."""

    def __init__(self, path: Path) -> None:
        self.path = str(path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.setblocking(False)
        self.seen: list[str] = []

    def drain(self) -> list[str]:
        while True:
            try:
                self.seen.append(self.sock.recv(4096).decode())
            except BlockingIOError:
                return self.seen

    def count(self, message: str) -> int:
        return sum(1 for m in self.drain() if m.split("\n")[0] == message)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def notify(tmp_path: Path) -> Iterator[NotifySocket]:
    sock = NotifySocket(tmp_path / "notify.sock")
    yield sock
    sock.close()


def make_config(tmp_path: Path, extra: str = ""):
    toml = tmp_path / "kiosk.toml"
    toml.write_text(
        f'data_dir = "data"\n[logging]\nconsole = false\n[ops]\nmetrics_file = "{tmp_path / "kiosk.prom"}"\n'
        f"metrics_interval_s = 5\n{extra}",
        encoding="utf-8",
    )
    return load_config(toml)


@pytest.fixture
def running(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """build() then the wiring, as `kiosk run` does; yields a starter so a test can prepare the store."""
    from kiosk.ui.app import build
    from kiosk.ui.ops_wiring import OpsWiring

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    made: list[tuple[object, OpsWiring]] = []

    def start(config, environ: dict[str, str] | None = None, **kw: object):
        kiosk = build(config, keyboard_config_home=tmp_path / "xdg-config")
        wiring = OpsWiring(kiosk, environ or {}, **kw)  # type: ignore[arg-type]
        made.append((kiosk, wiring))
        wiring.start()
        return kiosk, wiring

    yield start
    for kiosk, wiring in made:
        wiring.stop()
        kiosk.close()


def test_ready_then_watchdog_pings_from_the_event_loop_and_a_frozen_loop_stops_them(
    running, tmp_path, qtbot, notify
):
    config = make_config(tmp_path)
    _kiosk, wiring = running(config, {"NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "200000"})
    qtbot.waitUntil(lambda: notify.count("READY=1") == 1, timeout=20000)
    assert (config.data_dir / "run.marker").exists()
    qtbot.waitUntil(lambda: notify.count("WATCHDOG=1") >= 3, timeout=20000)

    # Freeze the UI thread (this test runs on it): nothing may ping while the loop does not turn.
    before = notify.count("WATCHDOG=1")
    notify.sock.setblocking(True)
    notify.sock.settimeout(1.0)  # five watchdog half-periods
    with pytest.raises(TimeoutError):
        notify.seen.append(notify.sock.recv(4096).decode())
    notify.sock.setblocking(False)
    assert notify.count("WATCHDOG=1") == before
    qtbot.waitUntil(lambda: notify.count("WATCHDOG=1") > before, timeout=20000)  # the loop turns again

    wiring.stop()
    assert notify.count("STOPPING=1") == 1
    assert not (config.data_dir / "run.marker").exists()  # a clean exit


def test_metrics_file_is_valid_prometheus_text(running, tmp_path, qtbot):
    config = make_config(tmp_path)
    kiosk, wiring = running(config)
    prom = tmp_path / "kiosk.prom"
    qtbot.waitUntil(prom.exists, timeout=20000)
    kiosk.app.start()  # one resident session
    kiosk.session.finish()
    wiring.writer.write()
    families = parse(prom.read_text())
    assert families["kiosk_sessions_started_total"]["type"] == "counter"
    assert families["kiosk_sessions_started_total"]["samples"][frozenset()] == 1
    assert families["kiosk_sessions_ended_total"]["samples"][frozenset({("reason", "finished")})] == 1
    for name in (
        "kiosk_device_health",
        "kiosk_outbox_pending",
        "kiosk_sync_last_success_age_seconds",
        "kiosk_errors_total",
        "kiosk_crashes_total",
        "kiosk_accepting_sessions",
        "kiosk_screen_brightness",
    ):
        assert name in families, name
    assert families["kiosk_accepting_sessions"]["samples"][frozenset()] == 1


def test_after_a_crash_it_is_counted_and_logged_the_draft_wiped_and_the_queue_intact(
    running, tmp_path, qtbot, notify, caplog
):
    config = make_config(tmp_path)
    # What a run killed mid-journey leaves: a queued application, the dead run's marker, the resident's
    # session directory, a sealed page the unfinished submit wrote but never committed, a torn temp file.
    config.data_dir.mkdir(parents=True)
    db = open_store(config.store_path)
    files = config.data_dir / "sealed"
    queued = new_id()
    key = X25519PrivateKey.generate().public_key()
    draft = ApplicationDraft(queued, "A-1", ["410000-001"], "2026.11.1", "张*", "tok")
    record_application(db, files, key, draft, b"{}", [("M01", os.urandom(5000))])
    queued_files = sorted(p.name for p in files.iterdir())
    db.conn.close()
    (config.data_dir / "run.marker").write_text(json.dumps({"pid": 1, "started_at": 1.0, "version": "0"}))
    session_dir = config.data_dir / "tmp" / "session-dead"
    session_dir.mkdir(parents=True)
    (session_dir / "scan.png").write_bytes(b"resident's page")
    (files / f"{new_id()}-0.sealed").write_bytes(b"half a submit")
    (files / "x.tmp").write_bytes(b"torn")

    kiosk, wiring = running(config, {"NOTIFY_SOCKET": notify.path})
    qtbot.waitUntil(lambda: notify.count("READY=1") == 1, timeout=20000)
    assert any("crash recovered" in m for m in notify.seen)
    assert wiring.crash_report is not None and wiring.crash_report.crashed
    assert get_setting(kiosk.db, "ops.crash_count") == 1
    actions = [r[0] for r in kiosk.db.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert "kiosk.crash_detected" in actions and audit.verify(kiosk.db).ok
    assert "previous run ended without a clean exit (crash 1)" in caplog.text
    assert not session_dir.exists()
    assert sorted(p.name for p in files.iterdir()) == queued_files  # the draft's files gone, the queue's kept
    row = kiosk.db.execute("SELECT state FROM outbox WHERE ref = ?", [queued]).fetchone()
    assert row[0] == "queued"
    prom = parse((tmp_path / "kiosk.prom").read_text())
    assert prom["kiosk_crashes_total"]["samples"][frozenset()] == 1


@pytest.fixture
def ups(tmp_path: Path) -> Iterator[Nut]:
    if not (UPSD.exists() and DUMMY.exists()):
        pytest.skip("nut-server not installed (scripts/bootstrap installs it)")
    root = tmp_path / "nut"
    root.mkdir()
    (root / "kiosk.dev").write_text("ups.status: OL\nbattery.charge: 100\nbattery.runtime: 1800\n")
    nut = start_nut(root, "kiosk.dev")
    yield nut
    nut.stop()


@pytest.mark.slow
def test_on_battery_new_sessions_are_refused_and_back_on_mains_they_start(running, tmp_path, qtbot, ups):
    from kiosk.tools.screenshots import find

    config = make_config(tmp_path, f'[ups]\nname = "kiosk"\nport = {ups.port}\npoll_s = 1\n')
    kiosk, wiring = running(config)
    qtbot.waitUntil(lambda: wiring.monitor.last.state.value == "online", timeout=20000)
    area = find(kiosk, "attractArea")
    paused = find(kiosk, "attractPaused")
    assert not paused.property("visible")

    ups.write_dev("ups.status: OB DISCHRG\nbattery.charge: 80\nbattery.runtime: 900\n")
    qtbot.waitUntil(lambda: not wiring.acceptingSessions, timeout=30000)
    assert paused.property("visible")  # the attract screen says why
    assert "备用电池" in kiosk.window.property("prompt")  # spoken too (zh_CN is the default language)
    qtbot.mouseClick(kiosk.window, _left(), pos=_centre(area))
    assert kiosk.session.state is State.ATTRACT  # the touch started nothing

    ups.write_dev("ups.status: OL CHRG\nbattery.charge: 81\nbattery.runtime: 950\n")
    qtbot.waitUntil(lambda: wiring.acceptingSessions, timeout=30000)
    assert not paused.property("visible")
    qtbot.mouseClick(kiosk.window, _left(), pos=_centre(area))
    qtbot.waitUntil(lambda: kiosk.session.state is State.ACTIVE, timeout=5000)


@pytest.mark.slow
def test_low_battery_wipes_the_session_flushes_and_exits_cleanly(running, tmp_path, qtbot, ups):
    config = make_config(tmp_path, f'[ups]\nname = "kiosk"\nport = {ups.port}\npoll_s = 1\n')
    powered_off: list[bool] = []
    kiosk, wiring = running(config, poweroff=lambda: powered_off.append(True) or True)
    qtbot.waitUntil(lambda: wiring.monitor.last.state.value == "online", timeout=20000)
    kiosk.app.start()
    assert kiosk.session.state is State.ACTIVE
    ups.write_dev("ups.status: OB DISCHRG LB\nbattery.charge: 5\nbattery.runtime: 60\n")
    # The app's own event loop, as `kiosk run` runs it: the wiring ends it when the battery is low.
    assert kiosk.qt_app.exec() == 0
    assert wiring.poweroff_requested
    assert kiosk.session.state is State.ATTRACT  # the resident's draft wiped with the session
    assert kiosk.session.last_end is not None
    wiring.stop()
    wiring.after_close()
    assert powered_off == [True]
    assert not (config.data_dir / "run.marker").exists()


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _centre(item):
    from PySide6.QtCore import QPointF

    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def test_attract_screen_dims_when_idle_and_a_touch_brings_it_back(running, tmp_path, qtbot):
    from kiosk.tools.screenshots import find

    config = make_config(tmp_path, 'night_hours = ""\ndim_after_s = 60\n')  # more [ops] keys
    clock = [1000.0]
    kiosk, wiring = running(config, clock=lambda: clock[0])
    overlay = find(kiosk, "dimOverlay")
    qtbot.waitUntil(lambda: wiring.crash_report is not None, timeout=20000)
    assert wiring.dimLevel == 1.0 and not overlay.property("visible")
    clock[0] += 61
    qtbot.waitUntil(lambda: wiring.dimLevel == 0.4, timeout=20000)
    qtbot.waitUntil(lambda: overlay.property("visible"), timeout=5000)
    kiosk.app.start()  # a resident: full brightness at once
    assert wiring.dimLevel == 1.0 and not overlay.property("visible")


def test_daily_restart_at_the_quiet_hour_under_systemd_exits_with_75(running, tmp_path, notify):
    config = make_config(tmp_path, 'restart_at = "03:30"\n')
    tz = dt.timezone(dt.timedelta(hours=8))
    now = [dt.datetime(2026, 11, 26, 3, 0, tzinfo=tz)]
    kiosk, wiring = running(config, {"NOTIFY_SOCKET": notify.path}, now_local=lambda: now[0])
    now[0] = dt.datetime(2026, 11, 26, 3, 31, tzinfo=tz)
    assert kiosk.qt_app.exec() == RESTART_EXIT_CODE  # the app's own loop, ended by the wiring
    assert wiring.exit_code == RESTART_EXIT_CODE
