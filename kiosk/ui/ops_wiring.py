"""Unattended operation wired into the running app, so `kiosk run` and the systemd service are one thing.

API::

    code = run(kiosk, environ=None)          # `kiosk run` after build(): the wiring, exec, clean exit
    wiring = OpsWiring(kiosk, environ=None)  # "ops" in QML: dimLevel, acceptingSessions, onBattery
    wiring.start(); ...; wiring.stop()       # stop() only on a clean exit: it removes the crash marker

The parts are Qt-free in kiosk.ops; this module is only their glue to the UI event loop:

- crash marker (kiosk.ops.crash) once the store is open: after a crash the crash is counted, logged
  and audited, stale session files and the journey's unfinished draft files go
  (kiosk.journey_adapters.store.recover); queued items are never touched;
- sd_notify: READY=1 once the store is open, WATCHDOG=1 from a timer on the UI event loop (a frozen
  UI stops the pings and systemd restarts the unit), STOPPING=1 at exit; silent without $NOTIFY_SOCKET;
- the Prometheus textfile every ``[ops] metrics_interval_s`` and at exit;
- the daily restart at ``[ops] restart_at`` (only under systemd, which starts the kiosk again);
- dimming on the attract screen (``dimLevel`` for Main.qml's overlay; the backlight if configured);
- the UPS through NUT when ``[ups] name`` is set: on battery no new session starts (the attract screen
  says why), the resident at the screen may finish or is wiped after the grace time, the store is
  flushed and the sync worker woken; on low battery a clean exit, then poweroff. Mains back: resume.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal

from kiosk.config import Config
from kiosk.core.session import SessionEvent, State
from kiosk.ops import crash
from kiosk.ops.metrics import Metric, MetricsWriter, OpsCounters, Sample
from kiosk.ops.schedule import RESTART_EXIT_CODE, Backlight, OpsSchedule
from kiosk.ops.ups import Action, PowerPolicy, UpsMonitor, UpsState, flush, request_poweroff
from kiosk.ops.watchdog import Watchdog

log = logging.getLogger(__name__)

NODE_EXPORTER_DIR = Path("/var/lib/prometheus/node-exporter")
METRICS_NAME = "township_kiosk.prom"
TICK_MS = 1000
PLAN_REFRESH_TICKS = 30  # the technician's ops.* settings are read again every ~30 s


def metrics_path(config: Config, environ: Mapping[str, str]) -> Path:
    explicit = environ.get("KIOSK_METRICS_FILE") or config.ops.metrics_file
    if explicit:
        return Path(explicit)
    if NODE_EXPORTER_DIR.is_dir() and os.access(NODE_EXPORTER_DIR, os.W_OK):
        return NODE_EXPORTER_DIR / METRICS_NAME
    return config.data_dir / "metrics" / METRICS_NAME


def schedule_defaults(config: Config) -> OpsSchedule:
    o = config.ops
    return OpsSchedule(
        restart_at=o.restart_at,
        dim_after_s=o.dim_after_s,
        dim_level=o.dim_level,
        night_hours=o.night_hours,
        night_level=o.night_level,
    )


class OpsWiring(QObject):
    changed = Signal()

    def __init__(
        self,
        kiosk: Any,
        environ: Mapping[str, str] | None = None,
        *,
        poweroff: Callable[[], bool] = request_poweroff,
        clock: Callable[[], float] = time.monotonic,
        now_local: Callable[[], dt.datetime] = lambda: dt.datetime.now().astimezone(),
    ) -> None:
        super().__init__(kiosk.engine)
        env = os.environ if environ is None else environ
        self.kiosk = kiosk
        kiosk.ops = self  # for the technician's screens: crash_report, monitor.last, policy, dimLevel
        self.config: Config = kiosk.config
        self.watchdog = Watchdog.from_env(env)
        self.counters = OpsCounters()
        self.writer = MetricsWriter(
            metrics_path(self.config, env), lambda: kiosk.db, self._device_health, self.counters, self._extra
        )
        self.defaults = schedule_defaults(self.config)
        self.plan = self.defaults
        ups = self.config.ups
        self.policy = PowerPolicy(
            finish_grace_s=ups.finish_grace_s, shutdown_runtime_s=ups.shutdown_runtime_s
        )
        self.monitor = (
            UpsMonitor(ups.name, ups.host, ups.port, low_runtime_s=ups.low_runtime_s) if ups.name else None
        )
        self.backlight = Backlight.find() if self.config.ops.backlight else None
        self.crash_report: crash.CrashReport | None = None
        self.exit_code = 0
        self.poweroff_requested = False
        self._poweroff = poweroff
        self._clock = clock
        self._now_local = now_local
        self._started = now_local()
        self._ready = False
        self._stopped = False
        self._ticks = 0
        self._dim = 1.0
        self._attract_since = clock()
        self._error_handler = self.counters.error_handler()
        self._unobserve: list[Callable[[], None]] = []
        self._tick_timer = QTimer(self)
        interval = TICK_MS
        if self.watchdog.interval_s is not None:  # a ping at least every half of systemd's half
            interval = max(10, min(TICK_MS, int(self.watchdog.interval_s * 500)))
        self._tick_timer.setInterval(interval)
        self._tick_timer.timeout.connect(self.tick)
        self._metrics_timer = QTimer(self)
        self._metrics_timer.setInterval(int(self.config.ops.metrics_interval_s * 1000))
        self._metrics_timer.timeout.connect(lambda: self.writer.write() if self._ready else None)

    # -- lifecycle ----------------------------------------------------------------------------------
    def start(self) -> None:
        session = self.kiosk.session
        self._unobserve += [
            session.add_observer(self.counters.on_session_event),
            session.add_observer(self._on_session),
        ]
        logging.getLogger().addHandler(self._error_handler)
        self.kiosk.window.setProperty("ops", self)
        self.watchdog.status("starting")
        if self.monitor is not None:
            self.monitor.start(self.config.ups.poll_s)  # its thread polls; tick() reads .last
        self._tick_timer.start()
        self._metrics_timer.start()
        # The lazy start opens the store after the first frame; offscreen may never swap one.
        QTimer.singleShot(3000, self.kiosk.finish_start)
        QTimer.singleShot(0, self.tick)

    def stop(self) -> None:
        """The clean exit: STOPPING=1, a last metrics file, the crash marker removed."""
        if self._stopped:
            return
        self._stopped = True
        self._tick_timer.stop()
        self._metrics_timer.stop()
        if self.monitor is not None:
            self.monitor.stop()
        self.watchdog.stopping()
        if self._ready:
            self.writer.write()
        for remove in self._unobserve:
            remove()
        logging.getLogger().removeHandler(self._error_handler)
        crash.clean_exit(self.config)

    # -- the event loop's heartbeat -----------------------------------------------------------------
    def tick(self) -> None:
        self.watchdog.ping()  # from the UI thread only: a frozen UI stops the pings
        if not self._ready:
            self._become_ready()
            return
        self._ticks += 1
        if self._ticks % PLAN_REFRESH_TICKS == 0:
            self._refresh_plan()
        self._restart_if_due()
        self._update_dim()
        self._update_power()

    def _become_ready(self) -> None:
        db = self.kiosk.db
        if db is None:
            return
        self._ready = True
        self.crash_report = crash.start_run(self.config, db)
        if self.crash_report.crashed:
            from kiosk.journey_adapters.store import default_files_dir, recover

            recover(db, default_files_dir(self.config.data_dir))  # the dead session's unfinished draft
        self._refresh_plan()
        self.watchdog.ready(status="crash recovered" if self.crash_report.crashed else "running")
        self.writer.write()
        self._update_dim()
        self._update_power()

    def _refresh_plan(self) -> None:
        try:
            self.plan = OpsSchedule.from_settings(self.kiosk.db, self.defaults)
        except ValueError as exc:
            if self.plan is not self.defaults:
                log.error("ops schedule settings: %s (using the configured defaults)", exc)
            self.plan = self.defaults

    def _restart_if_due(self) -> None:
        if not self.watchdog.under_systemd:  # nothing would start a plain `kiosk run` again
            return
        if self.plan.restart_due(self._now_local(), self.kiosk.session.state, self._started):
            log.info("daily restart at the quiet hour")
            self.exit_code = RESTART_EXIT_CODE
            self.kiosk.qt_app.exit(RESTART_EXIT_CODE)

    def _on_session(self, event: SessionEvent) -> None:
        if event.kind == "state":
            if event.state is State.ATTRACT:
                self._attract_since = self._clock()
            if self._ready:
                self._update_dim()  # a touch brightens at once, not a tick later

    def _update_dim(self) -> None:
        state = self.kiosk.session.state
        idle = self._clock() - self._attract_since if state is State.ATTRACT else 0.0
        level = self.plan.brightness(state, idle, self._now_local())
        if level == self._dim:
            return
        self._dim = level
        if self.backlight is not None:
            try:
                self.backlight.set(level)
            except OSError as exc:
                log.warning("backlight not set: %s", type(exc).__name__)
                self.backlight = None
        self.changed.emit()

    # -- power --------------------------------------------------------------------------------------
    def _update_power(self) -> None:
        if self.monitor is None:
            return
        accepting = self.policy.accepting_sessions
        for action in self.policy.update(self.monitor.last, self.kiosk.session.state):
            self._act(action)
        if accepting != self.policy.accepting_sessions:
            self.changed.emit()

    def _act(self, action: Action) -> None:
        if action is Action.STOP_NEW_SESSIONS:
            log.warning("UPS on battery: no new sessions until the power returns")
            self.watchdog.status("on battery: new sessions paused")  # what `systemctl status` shows
        elif action is Action.RESUME_SESSIONS:
            log.warning("UPS back on mains: sessions resume")
            self.watchdog.status("running")
        elif action is Action.WIPE_SESSION:
            log.warning("UPS on battery: the session in progress ends and its draft is wiped")
            self.kiosk.session.finish()
        elif action is Action.FLUSH:
            flush(self.kiosk.db)
            if self.kiosk.sync_worker is not None:
                self.kiosk.sync_worker.wake()  # queued items may still leave before the power goes
        elif action is Action.SHUTDOWN:
            log.error("UPS battery low: clean shutdown")
            self.poweroff_requested = self.config.ups.poweroff
            self.kiosk.qt_app.exit(0)

    def after_close(self) -> None:
        """After the app has closed: the poweroff a dying battery asked for."""
        if self.poweroff_requested:
            self._poweroff()

    # -- metrics ------------------------------------------------------------------------------------
    def _device_health(self) -> dict[str, str]:
        devices = self.kiosk.devices
        return {row["kind"]: row["health"] for row in devices.statuses} if devices is not None else {}

    def _extra(self) -> Iterable[Metric]:
        reading = self.monitor.last if self.monitor is not None else None
        states = {s.value: 0.0 for s in UpsState}
        if reading is not None:
            states[reading.state.value] = 1.0
        yield Metric(
            "kiosk_accepting_sessions", "gauge", "1 while new resident sessions may start",
            (Sample("kiosk_accepting_sessions", 1.0 if self.policy.accepting_sessions else 0.0),),
        )  # fmt: skip
        if reading is not None:
            samples = tuple(Sample("kiosk_ups_state", v, (("state", k),)) for k, v in sorted(states.items()))
            yield Metric("kiosk_ups_state", "gauge", "1 for the UPS's current state", samples)
        yield Metric(
            "kiosk_screen_brightness", "gauge", "Brightness the screen is dimmed to (1: full)",
            (Sample("kiosk_screen_brightness", self._dim),),
        )  # fmt: skip

    # -- QML ----------------------------------------------------------------------------------------
    def _dim_level(self) -> float:
        return self._dim

    def _accepting_sessions(self) -> bool:
        return self.policy.accepting_sessions

    def _on_battery(self) -> bool:
        return not self.policy.accepting_sessions  # the policy stops sessions on battery only

    dimLevel = Property(float, _dim_level, notify=changed)
    acceptingSessions = Property(bool, _accepting_sessions, notify=changed)
    onBattery = Property(bool, _on_battery, notify=changed)


def run(kiosk: Any, environ: Mapping[str, str] | None = None) -> int:
    """Run the built app with the unattended wiring until it exits; returns the exit code."""
    wiring = OpsWiring(kiosk, environ)
    wiring.start()
    qt_app = kiosk.qt_app
    # exit(), not quit(): Qt 6's quit() asks the windows first, and the kiosk window refuses to close.
    # Python runs signal handlers only between bytecodes; the tick timer guarantees it gets the chance.
    signal.signal(signal.SIGTERM, lambda *_: qt_app.exit(0))
    signal.signal(signal.SIGINT, lambda *_: qt_app.exit(0))
    code = int(qt_app.exec())
    wiring.stop()
    kiosk.close()
    wiring.after_close()
    return wiring.exit_code or code
