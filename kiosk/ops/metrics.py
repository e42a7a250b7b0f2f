"""Prometheus text exposition (format 0.0.4) for node-exporter's textfile collector, written atomically.

API::

    counters = OpsCounters()                       # sessions started / ended by reason, errors
    session.add_observer(counters.on_session_event)
    logging.getLogger().addHandler(counters.error_handler())
    text = render(collect(db, device_statuses, counters, now=None))
    write_textfile(path, text)                     # tmp + fsync + rename + fsync(dir)
    MetricsWriter(path, db_fn, statuses_fn, counters).write()   # what the UI's timer calls

node-exporter reads ``*.prom`` in its ``--collector.textfile.directory``; it must never see half a file,
hence the rename. Labels carry device kinds, outbox states and reasons only: never personal data.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.store import outbox
from kiosk.store import settings as store_settings

PENDING_STATES = outbox.PENDING_STATES
OUTBOX_STATES = outbox.ALL_STATES
HEALTHS = ("ok", "degraded", "offline")
END_REASONS = ("finished", "completed", "expired")
KEY_CRASHES = "ops.crash_count"
KEY_LAST_SYNC = "sync.last_success_at"


@dataclass(frozen=True)
class Sample:
    name: str
    value: float
    labels: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Metric:
    name: str
    kind: str  # gauge | counter
    help: str
    samples: tuple[Sample, ...]


class _ErrorCounter(logging.Handler):
    def __init__(self, counters: OpsCounters) -> None:
        super().__init__(level=logging.ERROR)
        self.counters = counters

    def emit(self, record: logging.LogRecord) -> None:
        self.counters.count_error()


@dataclass
class OpsCounters:
    """In-process counters; they restart at zero with the process, which Prometheus' rate() expects."""

    sessions_started: int = 0
    sessions_ended: dict[str, int] = field(default_factory=lambda: dict.fromkeys(END_REASONS, 0))
    errors: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def on_session_event(self, event: Any) -> None:
        """A ``kiosk.core.session`` observer: counts ACTIVE-from-ATTRACT and each end reason."""
        if getattr(event, "kind", "") != "state":
            return
        state = getattr(getattr(event, "state", None), "value", "")
        previous = getattr(getattr(event, "previous", None), "value", "")
        with self._lock:
            if state == "active" and previous == "attract":
                self.sessions_started += 1
            elif state == "attract" and previous == "wiping" and event.reason is not None:
                reason = str(event.reason.value)
                self.sessions_ended[reason] = self.sessions_ended.get(reason, 0) + 1

    def count_error(self) -> None:
        with self._lock:
            self.errors += 1

    def error_handler(self) -> logging.Handler:
        """Attach to the root logger: every ERROR record counts (errors in other threads too)."""
        return _ErrorCounter(self)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _format_value(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def render(metrics: Iterable[Metric]) -> str:
    lines: list[str] = []
    for metric in metrics:
        lines.append(f"# HELP {metric.name} {metric.help.replace(chr(92), chr(92) * 2)}")
        lines.append(f"# TYPE {metric.name} {metric.kind}")
        for s in metric.samples:
            labels = ",".join(f'{k}="{_escape(v)}"' for k, v in s.labels)
            lines.append(f"{s.name}{{{labels}}} {_format_value(s.value)}" if labels else
                         f"{s.name} {_format_value(s.value)}")  # fmt: skip
    return "\n".join(lines) + "\n"


def _health_of(status: Any) -> str:
    health = getattr(status, "health", status)
    return str(getattr(health, "value", health))


def _gauge(name: str, help_text: str, value: float, kind: str = "gauge") -> Metric:
    return Metric(name, kind, help_text, (Sample(name, float(value)),))


def _labelled(
    name: str, help_text: str, label: str, values: Mapping[str, float], kind: str = "gauge"
) -> Metric:
    samples = tuple(Sample(name, float(v), ((label, k),)) for k, v in sorted(values.items()))
    return Metric(name, kind, help_text, samples)


def collect(
    db: Any,
    device_statuses: Mapping[str, Any],
    counters: OpsCounters,
    now: float | None = None,
    extra: Iterable[Metric] = (),
) -> list[Metric]:
    """``device_statuses``: ``DeviceManager.statuses()`` (or kind -> "ok"/"degraded"/"offline")."""
    t = time.time() if now is None else now
    device_samples = []
    for kind, status in sorted(device_statuses.items()):
        health = _health_of(status)
        for h in HEALTHS:
            labels = (("device", kind), ("health", h))
            device_samples.append(Sample("kiosk_device_health", 1.0 if h == health else 0.0, labels))
    health_help = "1 for the device's current health"
    metrics = [Metric("kiosk_device_health", "gauge", health_help, tuple(device_samples))]

    counts: dict[str, float] = dict.fromkeys(OUTBOX_STATES, 0)
    oldest: float | None = None
    last_sync: float | None = None
    crashes = 0
    if db is not None:
        counts.update(outbox.count_by_state(db))
        oldest = outbox.pending_summary(db)[1]
        value = store_settings.get_setting(db, KEY_LAST_SYNC)
        last_sync = None if value is None else float(value)
        crashes = int(store_settings.get_setting(db, KEY_CRASHES, 0) or 0)
    with counters._lock:
        started = counters.sessions_started
        ended: dict[str, float] = dict(counters.sessions_ended)
        errors = counters.errors
    metrics += [
        _labelled("kiosk_outbox_items", "Outbox items by state", "state", counts),
        _gauge("kiosk_outbox_pending", "Items waiting to reach the platform",
               sum(counts[s] for s in PENDING_STATES)),
        _gauge("kiosk_outbox_oldest_pending_age_seconds", "Age of the oldest pending item (0: none)",
               0.0 if oldest is None else max(0.0, t - oldest)),
        _gauge("kiosk_sync_last_success_age_seconds", "Seconds since the last successful sync (NaN: never)",
               math.nan if last_sync is None else max(0.0, t - last_sync)),
        _gauge("kiosk_sessions_started_total", "Resident sessions started", started, "counter"),
        _labelled("kiosk_sessions_ended_total", "Resident sessions ended, by reason", "reason", ended,
                  "counter"),
        _gauge("kiosk_errors_total", "Log records at ERROR since start", errors, "counter"),
        _gauge("kiosk_crashes_total", "Unclean exits found at start-up, ever", crashes, "counter"),
        *extra,
        _gauge("kiosk_metrics_written_timestamp_seconds", "When this file was written", t),
    ]  # fmt: skip
    return metrics


def write_textfile(path: Path | str, text: str) -> None:
    """Atomic replace: write a hidden temp file beside it (node-exporter skips it), fsync, rename."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@dataclass
class MetricsWriter:
    """What the UI's timer calls (every 15-60 s). Failures are logged by type, never raised."""

    path: Path
    db: Callable[[], Any]
    statuses: Callable[[], Mapping[str, Any]]
    counters: OpsCounters
    extra: Callable[[], Iterable[Metric]] = lambda: ()

    def write(self, now: float | None = None) -> bool:
        try:
            text = render(collect(self.db(), self.statuses(), self.counters, now, self.extra()))
            write_textfile(self.path, text)
        except Exception as exc:
            logging.getLogger(__name__).warning("metrics not written: %s", type(exc).__name__)
            return False
        return True
