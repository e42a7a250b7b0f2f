"""The kiosk as a systemd service: `kiosk run --kiosk` plus the unattended-operation wiring.

Installed as /opt/township-kiosk/lib/kiosk_service.py and started by bin/kiosk-session. It builds the
same app as `kiosk run` (kiosk.ui.app.build) and adds: the crash marker (kiosk.ops.crash), READY=1
once the store is open, WATCHDOG=1 from a timer on the UI event loop (kiosk.ops.watchdog), the metrics
textfile (kiosk.ops.metrics), the daily quiet-hour restart (kiosk.ops.schedule) and a clean exit on
SIGTERM (STOPPING=1, marker removed). When `kiosk run` grows the same wiring, this file shrinks to a
call of it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import signal
import sys
from pathlib import Path

from kiosk.config import ConfigError, load_config
from kiosk.logs import setup_logging
from kiosk.ops import crash
from kiosk.ops.metrics import MetricsWriter, OpsCounters
from kiosk.ops.schedule import RESTART_EXIT_CODE, OpsSchedule
from kiosk.ops.watchdog import Watchdog

log = logging.getLogger("kiosk.service")
NODE_EXPORTER_DIR = Path("/var/lib/prometheus/node-exporter")


def metrics_path(data_dir: Path) -> Path:
    explicit = os.environ.get("KIOSK_METRICS_FILE")
    if explicit:
        return Path(explicit)
    if NODE_EXPORTER_DIR.is_dir() and os.access(NODE_EXPORTER_DIR, os.W_OK):
        return NODE_EXPORTER_DIR / "township_kiosk.prom"
    return data_dir / "metrics" / "township_kiosk.prom"


def main(argv: list[str]) -> int:
    try:
        config = load_config()
    except ConfigError as exc:
        print(f"kiosk-service: {exc}", file=sys.stderr)
        return 2
    setup_logging(config)
    watchdog = Watchdog.from_env()
    watchdog.status("starting")

    from PySide6.QtCore import QTimer

    from kiosk.ui.app import build

    kiosk = build(config, kiosk_mode="--windowed" not in argv, qt_args=[sys.argv[0]], lazy=True)
    qt_app = kiosk.qt_app
    counters = OpsCounters()
    kiosk.session.add_observer(counters.on_session_event)
    logging.getLogger().addHandler(counters.error_handler())
    writer = MetricsWriter(metrics_path(config.data_dir), lambda: kiosk.db, dict, counters)
    started = dt.datetime.now().astimezone()
    state = {"ready": False, "exit_code": 0}

    def become_ready() -> None:
        if state["ready"] or kiosk.db is None:
            return
        state["ready"] = True
        report = crash.start_run(config, kiosk.db)
        watchdog.ready(status="crash recovered" if report.crashed else "running")
        writer.write()

    def tick() -> None:
        watchdog.ping()
        if not state["ready"]:
            become_ready()
            return
        try:
            plan = OpsSchedule.from_settings(kiosk.db)
        except ValueError as exc:
            log.error("ops schedule settings: %s", exc)
            return
        if plan.restart_due(dt.datetime.now().astimezone(), kiosk.session.state, started):
            log.info("daily restart at the quiet hour")
            state["exit_code"] = RESTART_EXIT_CODE
            qt_app.exit(RESTART_EXIT_CODE)

    def on_quit() -> None:
        watchdog.stopping()
        if kiosk.db is not None:
            writer.write()
        crash.clean_exit(config)

    qt_app.aboutToQuit.connect(on_quit)
    # exit(), not quit(): Qt 6's quit() asks the windows first, and the kiosk window refuses to close.
    # Python runs signal handlers only between bytecodes; the 1 s timer guarantees it gets the chance.
    signal.signal(signal.SIGTERM, lambda *_: qt_app.exit(0))
    signal.signal(signal.SIGINT, lambda *_: qt_app.exit(0))
    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(1000)
    metrics_timer = QTimer()
    metrics_timer.timeout.connect(lambda: writer.write() if state["ready"] else None)
    metrics_timer.start(30_000)
    # The lazy start opens the store after the first frame; offscreen may never swap one.
    QTimer.singleShot(3000, kiosk.finish_start)
    QTimer.singleShot(0, tick)
    code = qt_app.exec()
    kiosk.close()
    return state["exit_code"] or int(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
