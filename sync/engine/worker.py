"""The engine on threads of its own, never the UI thread: the UI calls `wake()`/`request_run()` only.

Two lanes, each with its own database connection and HTTP client, so a backlog of attachments never
holds up what a person is waiting for:

* the bulk lane re-seals, uploads applications and purges after retention, every `interval_s` (or at
  once after `wake()` / `request_run()`);
* the urgent lane looks every `urgent_interval_s` for help requests, complaints and ratings, sends the
  heartbeat every `heartbeat_interval_s` and reads the status feed every `interval_s`. When the bulk
  lane ends a pass because the link is down, the urgent lane probes the platform (one status-feed
  read) on each of its ticks and wakes the bulk lane the moment the link answers again.

The worker holds the database's sync lock (sync.engine.lock) while it runs: a second process trying
to sync the same database is told who holds it, and this worker waits for its turn the same way.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from kiosk.config import SyncConfig
from kiosk.store import outbox
from kiosk.store.connection import open_store
from sync.engine.catalog import CatalogCheck, CatalogUpdater, adopt_root, adopt_seal_key, trusted_root
from sync.engine.client import PlatformClient
from sync.engine.config import options_from_config, request_timeout
from sync.engine.engine import LINK_ERRORS, EngineOptions, RunReport, SyncEngine
from sync.engine.errors import NotEnrolled
from sync.engine.lock import SyncLock, SyncLockHeld
from sync.engine.state import load_credentials

LINK_DOWN = frozenset(e.__name__ for e in LINK_ERRORS)
URGENT_RETRIES = 2
MIN_PAUSE_S = 0.5  # between bulk passes, however soon an item is due

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
        config: SyncConfig | None = None,
        interval_s: float | None = None,
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
        self.config = config or SyncConfig()
        self.interval_s = self.config.interval_s if interval_s is None else interval_s
        self.urgent_interval_s = self.config.urgent_interval_s
        self.options = options
        self.on_report = on_report
        self.on_progress = on_progress
        self.resident_at_screen = resident_at_screen
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._requests_lock = threading.Lock()
        self._requested: list[threading.Event] = []  # one per pending "sync now", set when its pass ends
        self._closed = False  # the loop has ended: requests are answered at once
        self._link_down = threading.Event()  # the bulk lane's last pass ended on the link
        self._link_back = threading.Event()  # the urgent lane saw it answer again
        self._urgent_wake = threading.Event()
        self.lock = SyncLock(db_path, "kiosk sync worker")
        self._thread = threading.Thread(target=self._run, name="kiosk-sync", daemon=True)
        self._urgent = threading.Thread(target=self._urgent_loop, name="kiosk-sync-urgent", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        """Something was queued: both lanes look at once (a help request must not wait a tick)."""
        self._wake.set()
        self._urgent_wake.set()

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
        if adopt_root(db, check):
            log.warning("a newer TUF root (signed offline) is the one trusted from now on")
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
        self._urgent_wake.set()
        self._thread.join(timeout)
        if self._urgent.is_alive():
            self._urgent.join(timeout)

    def _options(self) -> EngineOptions:
        return self.options or options_from_config(self.config, resident_at_screen=self.resident_at_screen)

    def _client(self, db: sqlite_utils.Database) -> PlatformClient:
        return PlatformClient(load_credentials(db), timeout=request_timeout(self.config))

    def _take_lock(self) -> bool:
        """Wait for the database's sync lock (another process may hold it); False if stopped first."""
        told = False
        while not self._stop.is_set():
            try:
                self.lock.acquire()
                return True
            except SyncLockHeld as exc:
                if not told:
                    log.warning("sync waits: %s", exc)
                    told = True
            self._wake.wait(self.interval_s)
            self._wake.clear()
        return False

    def _run(self) -> None:
        try:
            if not self._take_lock():
                return
            self._urgent.start()
            self._loop()
        finally:
            for done in self._take_requests(close=True):  # nobody waits forever on a stopped worker
                done.set()
            self.lock.release()

    def _urgent_loop(self) -> None:
        db = open_store(self.db_path)
        client: PlatformClient | None = None
        feed_read_at: float | None = None
        try:
            while not self._stop.is_set():
                try:
                    if client is None:
                        client = self._client(db)
                    probing = self._link_down.is_set()
                    now = time.monotonic()
                    feed_due = probing or feed_read_at is None or now - feed_read_at >= self.interval_s
                    # few, short retries: a help request waits for a tick, not for a dead link's backoff
                    options = dataclasses.replace(self._options(), item_retries=URGENT_RETRIES)
                    engine = SyncEngine(db, client, options, device_health=self.device_health)
                    report = engine.run_urgent(feed_due=feed_due)
                    if report.stopped_by is None and feed_due:
                        feed_read_at = now
                        if probing:  # the platform answers again: the backlog goes on at once
                            log.info("link back: bulk uploads resume")
                            self._link_down.clear()
                            self._link_back.set()
                            self._wake.set()
                    pause = (
                        self.interval_s
                        if report.stopped_by == "terminal-rejected"
                        else self.urgent_interval_s
                    )
                except NotEnrolled:
                    pause = self.interval_s
                except Exception:  # the lane must outlive any one bad pass
                    log.exception("urgent sync pass failed")
                    pause = self.interval_s
                self._urgent_wake.wait(pause)
                self._urgent_wake.clear()
        finally:
            if client is not None:
                client.close()
            db.conn.close()

    def _loop(self) -> None:
        db = open_store(self.db_path)  # a connection of its own: sqlite connections are not shared
        client: PlatformClient | None = None
        link_back = False
        try:
            while not self._stop.is_set():
                idle = False
                requests = self._take_requests()
                try:
                    self._check_catalog_if_due(db, force=bool(requests))
                except Exception:  # a catalog problem must never stop the queue from leaving
                    log.exception("catalog check failed")
                try:
                    if client is None:
                        client = self._client(db)
                    options = self._options()
                    if requests:  # windows lifted; the resident-at-screen pause stays in the schedule
                        options = dataclasses.replace(
                            options, schedule=dataclasses.replace(options.schedule, windows=[])
                        )
                    engine = SyncEngine(
                        db, client, options, on_progress=self.on_progress, device_health=self.device_health
                    )
                    # "sync now" runs both lanes here, so its event means everything was tried
                    if requests:
                        report = engine.run_once(now=True)
                    else:  # back from a dead link: what waited for it goes at once
                        report = engine.run_bulk(now=link_back)
                    link_back = False
                    idle = report.stopped_by == "terminal-rejected"  # nothing goes until enrolled again
                    if report.stopped_by in LINK_DOWN:
                        self._link_down.set()  # the urgent lane probes and wakes us when it is back
                    if self.on_report is not None:
                        self.on_report(report)
                except NotEnrolled:
                    log.info("sync idle: kiosk not enrolled")
                    idle = True
                except Exception:  # the worker must outlive any one bad pass
                    log.exception("sync pass failed")
                    idle = True
                finally:
                    for done in requests:
                        done.set()
                self._wake.wait(self.interval_s if idle else self._until_next_pass(db))
                self._wake.clear()
                link_back = self._link_back.is_set()
                self._link_back.clear()
        finally:
            if client is not None:
                client.close()
            db.conn.close()

    def _until_next_pass(self, db: sqlite_utils.Database) -> float:
        """The interval, or less when an item's short backoff runs out sooner (a cut, not a dead link)."""
        if self._link_down.is_set():
            return self.interval_s  # the urgent lane wakes us when the link is back
        due = outbox.next_attempt_at(db, ("application",))
        if due is None:
            return self.interval_s
        return min(self.interval_s, max(MIN_PAUSE_S, due - time.time()))


def run_forever(db_path: Path, config: SyncConfig) -> None:
    """`kiosk-sync daemon`: the worker takes the sync lock itself (waiting, with a warning, while held)."""
    worker = SyncWorker(db_path, config=config)
    worker.start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        worker.stop()
