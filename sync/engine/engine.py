"""One sync pass: due outbox items, small posts, heartbeat, then the status feed.

A link failure ends the pass at once (no hammering a dead link item after item); each failed
item is rescheduled with full-jitter backoff or the platform's Retry-After.
"""

from __future__ import annotations

import base64
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import sqlite_utils

from kiosk.store import catalog_versions, outbox, resident_records
from kiosk.store.connection import transaction
from kiosk.store.settings import get_setting, set_setting
from sync import at_rest, sealing
from sync.engine import audit_anchor, feed, retention
from sync.engine.backoff import Backoff
from sync.engine.client import PlatformClient
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

    def due_items(self, *, now: bool = False) -> list[tuple[int, str, str, str, int, str | None]]:
        """Pending items whose backoff has run out; `now` takes every pending item ("sync now")."""
        due_by = float("inf") if now else self.clock()
        items = outbox.due(self.db, due_by, self.options.max_items_per_run)
        return [(i.id, i.kind, i.ref, i.state, i.attempts, i.upload_urls) for i in items]

    def run_once(self, *, now: bool = False) -> RunReport:
        """One pass; `now` ("sync now") ignores backoff timers and the heartbeat interval."""
        report = RunReport()
        try:
            # items sealed before the platform key was known go to it first (sync.at_rest)
            report.resealed = at_rest.reseal_queued(self.db).applications
            for outbox_id, kind, ref, state, attempts, urls in self.due_items(now=now):
                if not self._run_item(report, outbox_id, kind, ref, state, attempts, urls):
                    return report
            self._heartbeat(force=now)
            report.statuses_applied = feed.poll(self.db, self.client)
            if self.options.retention_s is not None:
                report.purged = retention.purge(self.db, self.options.retention_s).applications
            with transaction(self.db):
                set_setting(self.db, KEY_LAST_SUCCESS, time.time())
        except TerminalRejected as exc:
            report.stopped_by = "terminal-rejected"
            report.errors.append(str(exc))
        except SyncError as exc:
            report.stopped_by = type(exc).__name__
            report.errors.append(str(exc))
        return report

    def _run_item(
        self,
        report: RunReport,
        outbox_id: int,
        kind: str,
        ref: str,
        state: str,
        attempts: int,
        urls: str | None,
    ) -> bool:
        """Returns False when the pass must stop (link down, terminal rejected)."""
        try:
            if kind == "application":
                self.uploader.process(outbox_id, ref, state, urls, attempts)
                report.acknowledged += 1
            else:
                self._send_small(outbox_id, kind, ref)
                report.sent += 1
        except TerminalRejected:
            raise
        except Deferred as exc:
            self._mark(
                outbox_id, next_attempt_at=self.clock() + self.options.deferred_retry_s, last_error=str(exc)
            )
            report.deferred += 1
        except Transient as exc:
            delay = self.options.backoff.delay(attempts, exc.retry_after)
            self._mark(
                outbox_id, attempts=attempts + 1, next_attempt_at=self.clock() + delay, last_error=str(exc)
            )
            report.rescheduled += 1
            report.errors.append(str(exc))
            if isinstance(exc, Unreachable | NoAnswer | NotPlatform):
                report.stopped_by = type(exc).__name__
                return False
        except Rejected as exc:
            log.warning("outbox item %s (%s) needs attention: %s", outbox_id, kind, exc.error)
            self._mark(outbox_id, state=NEEDS_ATTENTION, last_error=str(exc), attempts=attempts + 1)
            report.needs_attention += 1
        return True

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
        )

    def _heartbeat(self, *, force: bool = False) -> None:
        last = get_setting(self.db, KEY_LAST_HEARTBEAT)
        if not force and last is not None and self.clock() - float(last) < self.options.heartbeat_interval_s:
            return
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
