"""The engine on its own thread, never the UI thread: the UI calls `wake()`/`request_run()` only."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from kiosk.store.connection import open_store
from sync.engine.catalog import CatalogCheck, CatalogUpdater, adopt_seal_key, trusted_root
from sync.engine.client import PlatformClient
from sync.engine.config import options_from_settings
from sync.engine.engine import EngineOptions, RunReport, SyncEngine
from sync.engine.errors import NotEnrolled
from sync.engine.state import load_credentials

log = logging.getLogger(__name__)


CatalogFn = Callable[[sqlite_utils.Database, CatalogCheck], None]


class SyncWorker:
    """Runs a pass every `interval_s` (or at once after `wake()`), with its own database connection.

    With `catalog_interval_s`, the signed catalog is checked at start and then at that interval,
    before the pass: a verified sealing key is adopted (so the pass re-seals and uploads to it) and
    `on_catalog(db, check)` gets every check on this thread, with this thread's connection, to apply
    a new catalog and show "may be out of date" (the kiosk's side: sync does not know its format).
    """

    def __init__(
        self,
        db_path: Path,
        *,
        interval_s: float = 60.0,
        options: EngineOptions | None = None,
        on_report: Callable[[RunReport], None] | None = None,
        on_progress: Callable[[str, int, int], None] | None = None,
        resident_at_screen: Callable[[], bool] = lambda: False,
        device_health: Callable[[], dict[str, str]] = dict,
        catalog_interval_s: float | None = None,
        on_catalog: CatalogFn | None = None,
        catalog_root_file: Path | None = None,
    ) -> None:
        self.db_path = db_path
        self.catalog_interval_s = catalog_interval_s
        self.on_catalog = on_catalog
        self.catalog_root_file = catalog_root_file
        self._catalog_checked_at: float | None = None
        self._no_root_logged = False
        self.device_health = device_health  # for the heartbeat; called on this worker's thread
        self.interval_s = interval_s
        self.options = options
        self.on_report = on_report
        self.on_progress = on_progress
        self.resident_at_screen = resident_at_screen
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._requests_lock = threading.Lock()
        self._requested: list[threading.Event] = []  # one per pending "sync now", set when its pass ends
        self._closed = False  # the loop has ended: requests are answered at once
        self._thread = threading.Thread(target=self._loop, name="kiosk-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def request_run(self) -> threading.Event:
        """Sync now (technician screen): a pass at once, outside the upload windows and backoff timers.

        Heavy uploads still pause while a resident is at the screen. Safe from any thread; the event
        returned is set when that pass has ended, whatever its outcome (also if the worker stops first).
        """
        done = threading.Event()
        with self._requests_lock:
            if self._closed:
                done.set()
            else:
                self._requested.append(done)
        self._wake.set()
        return done

    def _check_catalog_if_due(self, db: sqlite_utils.Database, *, force: bool = False) -> None:
        if self.catalog_interval_s is None:
            return
        now = time.monotonic()
        last = self._catalog_checked_at
        if not force and last is not None and now - last < self.catalog_interval_s:
            return
        root = trusted_root(db, self.catalog_root_file)
        try:
            credentials = load_credentials(db)
        except NotEnrolled:
            return
        url = credentials.platform_url
        if root is None:
            if not self._no_root_logged:
                log.warning("catalog updates off: no TUF root (enrol again, or set [sync] catalog_root)")
                self._no_root_logged = True
            return
        self._catalog_checked_at = now
        check = CatalogUpdater(
            self.db_path.parent / "tuf", url, root, tls_pin_pem=credentials.tls_pin_pem
        ).check()
        log.info("catalog check: %s %s", check.status, check.reason)
        if adopt_seal_key(db, check):
            log.warning(
                "sealing key from the verified catalog adopted (key id %s)",
                check.seal_key and check.seal_key.key_id,
            )
        if self.on_catalog is not None:
            self.on_catalog(db, check)

    def _take_requests(self, *, close: bool = False) -> list[threading.Event]:
        with self._requests_lock:
            taken, self._requested = self._requested, []
            self._closed = self._closed or close
        return taken

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(timeout)

    def _loop(self) -> None:
        db = open_store(self.db_path)  # a connection of its own: sqlite connections are not shared
        client: PlatformClient | None = None
        try:
            while not self._stop.is_set():
                requests = self._take_requests()
                try:
                    self._check_catalog_if_due(db, force=bool(requests))
                except Exception:  # a catalog problem must never stop the queue from leaving
                    log.exception("catalog check failed")
                try:
                    if client is None:
                        client = PlatformClient(load_credentials(db))
                    options = self.options or options_from_settings(
                        db, resident_at_screen=self.resident_at_screen
                    )
                    if requests:  # windows lifted; the resident-at-screen pause stays in the schedule
                        options = dataclasses.replace(
                            options, schedule=dataclasses.replace(options.schedule, windows=[])
                        )
                    report = SyncEngine(
                        db, client, options, on_progress=self.on_progress, device_health=self.device_health
                    ).run_once(now=bool(requests))
                    if self.on_report is not None:
                        self.on_report(report)
                except NotEnrolled:
                    log.info("sync idle: kiosk not enrolled")
                except Exception:  # the worker must outlive any one bad pass
                    log.exception("sync pass failed")
                finally:
                    for done in requests:
                        done.set()
                self._wake.wait(self.interval_s)
                self._wake.clear()
        finally:
            for done in self._take_requests(close=True):  # nobody waits forever on a stopped worker
                done.set()
            if client is not None:
                client.close()
            db.conn.close()


def run_forever(db_path: Path, interval_s: float) -> None:
    worker = SyncWorker(db_path, interval_s=interval_s)
    worker.start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        worker.stop()
