"""Sync passes in two lanes: the bulk lane uploads applications, the urgent lane keeps the rest moving.

A cut or timeout on one item is retried inside the pass with a short backoff (the upload resumes
at the platform's tus offset); an item that keeps failing is rescheduled with full-jitter backoff
(or the platform's Retry-After) and the pass moves on. Only when item after item fails on the link
does the pass end as link-down. Anything wrong with one item (a missing sealed file, a refusal, an
unexpected error) flags that item as needing attention and never stops the others.

The urgent lane (help requests, complaints, ratings, heartbeat, status feed) never waits for the
bulk lane; `run_once` runs both, one after the other, for the command line and tests.
"""

from __future__ import annotations

import base64
import logging
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from kiosk.store import catalog_versions, outbox, print_jobs, resident_records
from kiosk.store.connection import transaction
from kiosk.store.settings import get_setting, set_setting
from sync import at_rest, sealing
from sync.engine import audit_anchor, feed, records, retention
from sync.engine.backoff import Backoff
from sync.engine.client import PlatformClient
from sync.engine.disk import store_disk
from sync.engine.errors import (
    Deferred,
    NoAnswer,
    NotPlatform,
    Rejected,
    SyncError,
    TerminalRejected,
    Transient,
    Unreachable,
)
from sync.engine.schedule import Schedule, TokenBucket
from sync.engine.state import (
    KEY_CRASH_COUNT,
    KEY_LAST_CRASH,
    KEY_LAST_HEARTBEAT,
    KEY_LAST_SUCCESS,
    NEEDS_ATTENTION,
    PENDING_STATES,
    SENT,
)
from sync.engine.uploader import DEFAULT_CHUNK, ApplicationUploader, ProgressFn, WireStats
from sync.protocol.models import Heartbeat, SmallPost

log = logging.getLogger(__name__)
SOFTWARE_VERSION = "0.1.0"
SMALL_PATHS = {"evaluation": "evaluations", "complaint": "complaints", "help": "help-requests"}


@dataclass
class RunReport:
    acknowledged: int = 0
    sent: int = 0
    rescheduled: int = 0
    needs_attention: int = 0
    statuses_applied: int = 0
    deferred: int = 0
    purged: int = 0
    resealed: int = 0  # applications moved from the terminal's at-rest key to the platform key
    stopped_by: str | None = None  # why the pass ended early, if it did
    retried: int = 0  # in-pass retries after a cut or timeout
    errors: list[str] = field(default_factory=list)


@dataclass
class EngineOptions:
    chunk_size: int = DEFAULT_CHUNK
    heartbeat_interval_s: float = 15 * 60.0
    max_items_per_run: int = 500
    backoff: Backoff = field(default_factory=Backoff)
    schedule: Schedule = field(default_factory=Schedule)
    bandwidth_bytes_per_s: float | None = None  # None: no cap
    retention_s: float | None = None  # None: keep sealed data until told otherwise
    deferred_retry_s: float = 60.0
    # a cut or timeout: the same item again at once, up to this many times, after a short backoff
    item_retries: int = 4
    retry_base_s: float = 0.5
    retry_cap_s: float = 8.0
    # this many items in a row failing on the link after their retries: the link is down, end the pass
    link_down_after: int = 2
    # a help request must not wait long once the link is back: its backoff never exceeds this
    help_backoff_cap_s: float = 5.0


LINK_ERRORS = (Unreachable, NoAnswer, NotPlatform)
# the urgent lane's kinds: small posts, and requests residents left for a document (a few hundred bytes)
SMALL_KINDS = (*SMALL_PATHS, print_jobs.OUTBOX_KIND)


class SyncEngine:
    def __init__(
        self,
        db: sqlite_utils.Database,
        client: PlatformClient,
        options: EngineOptions | None = None,
        *,
        clock: Callable[[], float] = time.time,
        on_progress: ProgressFn | None = None,
        device_health: Callable[[], dict[str, str]] = dict,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.db = db
        self.sleep = sleep
        self.client = client
        self.options = options or EngineOptions()
        self.clock = clock
        self.device_health = device_health
        self.stats = WireStats()
        bucket = None
        if self.options.bandwidth_bytes_per_s:
            rate = self.options.bandwidth_bytes_per_s
            bucket = TokenBucket(rate, max(rate, self.options.chunk_size), sleep=sleep)
        self.uploader = ApplicationUploader(
            db,
            client,
            chunk_size=self.options.chunk_size,
            stats=self.stats,
            on_progress=on_progress,
            may_upload_heavy=self.options.schedule.may_upload_heavy,
            throttle=(lambda _n: None) if bucket is None else bucket.take,
        )

    def due_items(
        self, *, now: bool = False, kinds: tuple[str, ...] = outbox.KINDS
    ) -> list[outbox.OutboxItem]:
        """Pending items whose backoff has run out; `now` takes every pending item ("sync now")."""
        due_by = float("inf") if now else self.clock()
        return outbox.due(self.db, due_by, self.options.max_items_per_run, kinds)

    def run_once(self, *, now: bool = False) -> RunReport:
        """Both lanes, one after the other; `now` ("sync now") ignores backoff timers and intervals."""
        report = self.run_bulk(now=now, small_too=True)
        if report.stopped_by is None:
            self.run_urgent(now=now, report=report)
        return report

    def run_bulk(self, *, now: bool = False, small_too: bool = False) -> RunReport:
        """Re-seal, then every due application (and small post with `small_too`), then retention."""
        report = RunReport()
        kinds = outbox.KINDS if small_too else ("application",)
        try:
            # items sealed before the platform key was known go to it first (sync.at_rest)
            report.resealed = at_rest.reseal_queued(self.db).applications
            self._send_items(report, self.due_items(now=now, kinds=kinds))
            if self.options.retention_s is not None:  # local work: done whatever the link did
                report.purged = retention.purge(self.db, self.options.retention_s).applications
        except TerminalRejected as exc:
            report.stopped_by = "terminal-rejected"
            report.errors.append(str(exc))
        return report

    def run_urgent(
        self, *, now: bool = False, report: RunReport | None = None, feed_due: bool = True
    ) -> RunReport:
        """Small posts, the heartbeat when due, the status feed (`feed_due`); quick even during a backlog."""
        report = report or RunReport()
        try:
            sent_before = report.sent
            if not self._send_items(report, self.due_items(now=now, kinds=SMALL_KINDS)):
                return report
            contacted = self._heartbeat(force=now) or report.sent > sent_before
            if feed_due:
                report.statuses_applied = feed.poll(self.db, self.client)
                contacted = True
            if contacted:  # "last sync" means the platform answered, not that a timer ran
                with transaction(self.db):
                    set_setting(self.db, KEY_LAST_SUCCESS, time.time())
        except TerminalRejected as exc:
            report.stopped_by = "terminal-rejected"
            report.errors.append(str(exc))
        except SyncError as exc:
            report.stopped_by = type(exc).__name__
            report.errors.append(str(exc))
        return report

    def _send_items(self, report: RunReport, items: list[outbox.OutboxItem]) -> bool:
        """Each item with its in-pass retries; False when the link went down and the pass ended."""
        failed_on_link = 0
        for item in items:
            link_error = self._run_item(report, item)
            if link_error is None:
                failed_on_link = 0
                continue
            failed_on_link += 1
            if failed_on_link >= self.options.link_down_after:
                report.stopped_by = link_error
                return False
        return True

    def _run_item(self, report: RunReport, item: outbox.OutboxItem) -> str | None:
        """One item to its next resting state; returns the link error's name if the link kept failing."""
        for retry in range(self.options.item_retries + 1):
            try:
                self._advance(item)
                if item.kind == "application":
                    report.acknowledged += 1
                else:
                    report.sent += 1
                return None
            except TerminalRejected:
                raise
            except Deferred as exc:
                self._mark(
                    item.id, next_attempt_at=self.clock() + self.options.deferred_retry_s, last_error=str(exc)
                )
                report.deferred += 1
                return None
            except Transient as exc:
                in_pass = isinstance(exc, LINK_ERRORS) or type(exc) is Transient
                if in_pass and retry < self.options.item_retries:
                    report.retried += 1
                    self.sleep(min(self.options.retry_cap_s, self.options.retry_base_s * 2.0**retry))
                    item = outbox.item_for(self.db, item.kind, item.ref) or item  # where it got to
                    continue
                self._reschedule(report, item, exc)
                return type(exc).__name__ if isinstance(exc, LINK_ERRORS) else None
            except Rejected as exc:
                self._flag(report, item, str(exc), exc.error)
                return None
            except sqlite3.OperationalError as exc:  # the store is busy or full: try again later
                self._reschedule(report, item, Transient(f"kiosk store: {exc}"))
                return None
            except OSError as exc:
                self._flag(
                    report, item, f"sealed data unreadable: {type(exc).__name__} {exc.strerror}", "unreadable"
                )
                return None
            except Exception as exc:  # one item's surprise must never stop the queue behind it
                log.exception("outbox item %s (%s) failed unexpectedly", item.id, item.kind)
                self._flag(report, item, f"unexpected error: {type(exc).__name__}", "unexpected")
                return None
        return None

    def _advance(self, item: outbox.OutboxItem) -> None:
        if item.kind == "application":
            self.uploader.process(item.id, item.ref, item.state, item.upload_urls, item.attempts)
        elif item.kind == print_jobs.OUTBOX_KIND:
            records.send_print_request(self.db, self.client, item.ref)
            self._mark(item.id, state=SENT, last_error=None, next_attempt_at=None)
        else:
            self._send_small(item.id, item.kind, item.ref)

    def _reschedule(self, report: RunReport, item: outbox.OutboxItem, exc: Transient) -> None:
        delay = self.options.backoff.delay(item.attempts, exc.retry_after)
        if item.kind == "help" and exc.retry_after is None:
            delay = min(delay, self.options.help_backoff_cap_s)
        self._mark(
            item.id, attempts=item.attempts + 1, next_attempt_at=self.clock() + delay, last_error=str(exc)
        )
        report.rescheduled += 1
        report.errors.append(str(exc))

    def _flag(self, report: RunReport, item: outbox.OutboxItem, reason: str, code: str) -> None:
        log.warning("outbox item %s (%s) needs attention: %s", item.id, item.kind, code)
        self._mark(item.id, state=NEEDS_ATTENTION, last_error=reason, attempts=item.attempts + 1)
        report.needs_attention += 1

    def _mark(self, outbox_id: int, **values: object) -> None:
        outbox.update(self.db, outbox_id, **values)

    def _small_body(self, kind: str, ref: str) -> dict[str, object]:
        if kind not in resident_records.KINDS:
            raise Rejected(0, "unknown_kind", f"outbox kind {kind!r} is not sent by this engine")
        body = resident_records.post_body(self.db, kind, ref)
        if body is None:
            raise Rejected(0, "missing_row", f"the {kind} {ref} queued for sync is no longer stored")
        return body

    def _send_small(self, outbox_id: int, kind: str, ref: str) -> None:
        if kind not in SMALL_PATHS:
            raise Rejected(0, "unknown_kind", f"outbox kind {kind!r} is not sent by this engine")
        small = self._small_body(kind, ref)
        enrolment_key = frozenset({at_rest.client_key_id(self.client.credentials.seal_public_key)})
        for field_name in ("sealed_contact", "sealed_body"):
            encoded = small.get(field_name)
            envelope = base64.b64decode(str(encoded)) if encoded else b""
            if envelope.startswith(sealing.MAGIC):
                try:
                    at_rest.check_platform_sealed(self.db, envelope, f"{kind} {field_name}", enrolment_key)
                except (at_rest.NotPlatformSealed, sealing.SealError) as exc:
                    raise Rejected(0, "not_platform_sealed", str(exc)) from exc
        body = SmallPost(body=small).model_dump_json().encode()
        self.client.request(
            "PUT",
            f"/v1/{SMALL_PATHS[kind]}/{ref}",
            content=body,
            headers={"Content-Type": "application/json"},
        )
        self._mark(outbox_id, state=SENT, last_error=None, next_attempt_at=None)

    def heartbeat_body(self) -> Heartbeat:
        depth, oldest = outbox.pending_summary(self.db, (*PENDING_STATES, NEEDS_ATTENTION))
        catalog = catalog_versions.active_version(self.db)
        last = get_setting(self.db, KEY_LAST_SUCCESS)
        last_crash = get_setting(self.db, KEY_LAST_CRASH)
        disk_free, disk_total = store_disk(self.db)
        return Heartbeat(
            device_health=self.device_health(),
            queue_depth=int(depth),
            oldest_queued_age_s=None if oldest is None else max(0.0, time.time() - oldest),
            last_sync_at=None if last is None else float(last),
            software_version=SOFTWARE_VERSION,
            catalog_version=catalog,
            crash_count=int(get_setting(self.db, KEY_CRASH_COUNT) or 0),
            last_crash_at=None if last_crash is None else float(last_crash),
            **audit_anchor.heartbeat_fields(self.db),
            disk_free_bytes=disk_free,
            disk_total_bytes=disk_total,
        )

    def _heartbeat(self, *, force: bool = False) -> bool:
        """Send one if due (or forced); True if it went."""
        last = get_setting(self.db, KEY_LAST_HEARTBEAT)
        if not force and last is not None and self.clock() - float(last) < self.options.heartbeat_interval_s:
            return False
        beat = self.heartbeat_body()
        body = SmallPost(body=beat.model_dump()).model_dump_json().encode()
        self.client.request(
            "PUT",
            f"/v1/heartbeats/{uuid.uuid4()}",
            content=body,
            headers={"Content-Type": "application/json"},
        )
        audit_anchor.acknowledged(self.db, beat.audit_count)
        with transaction(self.db):
            set_setting(self.db, KEY_LAST_HEARTBEAT, self.clock())
        return True
