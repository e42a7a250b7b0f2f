"""A4Printer: PDF documents to a CUPS queue over IPP (pycups), followed until they come out.

The kiosk does not drive the A4 printer itself: CUPS does, with the maker's driver or IPP Everywhere.
This driver submits a PDF from memory (no temporary file holds a resident's document), follows the job
until CUPS says it completed, and reads the queue's IPP state into :class:`A4Code` values.

Nothing is lost when the printer cannot print. A job refused before sending (paper out, jam, door,
toner out, offline printer, rejecting queue, no server) stays in this driver's pending list with its
code, and :meth:`retry_pending` sends it when the queue is ready again. A paused queue (cupsdisable, or
CUPS stopping it after a failure) is CUPS' own way of keeping jobs: the job is sent, CUPS holds it and
prints it on resume, and :meth:`follow` reports it as waiting with the reason, never as failed.
"""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import cups

from devices.a4printer.ipp_state import (
    STATUS_ATTRIBUTES,
    A4Code,
    QueueCondition,
    condition_from_attributes,
)
from devices.base import (
    DeviceKind,
    DeviceOffline,
    Driver,
    EventKind,
    EventSink,
    Health,
    SelfTestResult,
)

DEFAULT_JOB_TIMEOUT_S = 120.0
_POLL_S = 0.2
DEFAULT_POLL_S = 5.0  # how often an idle queue is asked how it is
_SERVER_LOCK = threading.Lock()
# IPP job-state values (RFC 8011 §5.3.7).
_JOB_DONE = {9: "completed", 7: "canceled", 8: "aborted"}
_JOB_WAITING = {3, 4, 6}  # pending, held, processing-stopped


class JobState:
    PRINTED = "printed"  # CUPS completed the job
    WAITING = "waiting"  # kept (here or in CUPS) until the printer can print; nothing lost
    FAILED = "failed"  # CUPS aborted or someone cancelled it; the PDF is still pending here


@dataclass
class PrintJob:
    """A document the resident asked for; ``ticket`` is ours, ``cups_job`` CUPS' id once sent."""

    ticket: int
    title: str
    pdf: bytes = field(repr=False)
    cups_job: int | None = None
    state: str = JobState.WAITING
    code: A4Code = A4Code.READY


@dataclass(frozen=True)
class PrintOutcome:
    ticket: int
    state: str
    code: A4Code
    cups_job: int | None = None

    @property
    def printed(self) -> bool:
        return self.state == JobState.PRINTED


def _split_server(server: str) -> tuple[str, int]:
    host, _, port = server.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f'a4printer: server must be "host:port", e.g. "localhost:631", not {server!r}')
    return host, int(port)


class A4Printer(Driver):
    kind = DeviceKind.A4PRINTER

    def __init__(
        self,
        server: str,
        queue: str,
        *,
        job_timeout_s: float = DEFAULT_JOB_TIMEOUT_S,
        poll_s: float = DEFAULT_POLL_S,
        name: str | None = None,
        on_event: EventSink | None = None,
    ) -> None:
        super().__init__(name, on_event)
        self.server = server
        self.queue = queue
        self.job_timeout_s = job_timeout_s
        self._host, self._port = _split_server(server)
        self._lock = threading.RLock()
        self._tickets = itertools.count(1)
        self._jobs: dict[int, PrintJob] = {}
        self.poll_s = poll_s
        self._stop = threading.Event()
        self._monitor: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------
    def _connect(self) -> cups.Connection:
        # libcups looks the queue up on its process-wide default server when a job is created
        # (cupsCreateJob → cupsGetNamedDest), whatever the connection: point it at ours too.
        with _SERVER_LOCK:
            cups.setServer(self._host)
            cups.setPort(self._port)
        try:
            return cups.Connection(host=self._host, port=self._port)
        except RuntimeError as exc:
            raise DeviceOffline(str(A4Code.UNREACHABLE)) from exc

    def open(self) -> None:
        """Start watching the queue (paper out between jobs shows in status and the heartbeat)."""
        if self._monitor is None or not self._monitor.is_alive():
            self._stop.clear()
            self._monitor = threading.Thread(target=self._watch, name=f"{self.name}-monitor", daemon=True)
            self._monitor.start()
        condition = self.condition()
        if A4Code.UNREACHABLE in condition.codes:
            raise DeviceOffline(str(A4Code.UNREACHABLE))

    def close(self) -> None:
        self._stop.set()  # one IPP connection per request: nothing else is held open
        monitor, self._monitor = self._monitor, None
        if monitor is not None and monitor is not threading.current_thread():
            monitor.join(timeout=5)

    def _watch(self) -> None:
        while not self._stop.wait(self.poll_s):
            self.condition()

    @property
    def capabilities(self) -> dict[str, Any]:
        return {"server": self.server, "queue": self.queue, "formats": ["application/pdf"], "paper": "A4"}

    # -- state -----------------------------------------------------------------------------
    def condition(self) -> QueueCondition:
        """Ask CUPS how the queue is; also updates :meth:`status` (codes, never prose)."""
        try:
            attributes = self._connect().getPrinterAttributes(
                self.queue, requested_attributes=STATUS_ATTRIBUTES
            )
            condition = condition_from_attributes(attributes)
        except DeviceOffline:
            condition = QueueCondition((A4Code.UNREACHABLE,))
        except cups.IPPError:
            condition = QueueCondition((A4Code.QUEUE_MISSING,))
        except cups.HTTPError:
            condition = QueueCondition((A4Code.UNREACHABLE,))
        self.traffic.add("rx", "state " + ",".join(condition.codes))
        blocking = condition.blocking
        if blocking in (A4Code.UNREACHABLE, A4Code.QUEUE_MISSING, A4Code.OFFLINE):
            health = Health.OFFLINE
        elif blocking is not None or condition.codes != (A4Code.READY,):
            health = Health.DEGRADED
        else:
            health = Health.OK
        self._set_status(health, str(condition.codes[0]), **condition.as_dict(), pending=len(self.pending()))
        return condition

    def pending(self) -> list[int]:
        with self._lock:
            return [t for t, job in self._jobs.items() if job.state != JobState.PRINTED]

    # -- printing --------------------------------------------------------------------------
    def submit(self, pdf: bytes, title: str) -> PrintOutcome:
        """Keep the document and send it to CUPS if the queue can print now.

        ``title`` is what CUPS and its logs show: a document number or kind, never a resident's name.
        """
        with self._lock:
            job = PrintJob(next(self._tickets), title, pdf)
            self._jobs[job.ticket] = job
            return self._send(job)

    def _send(self, job: PrintJob) -> PrintOutcome:
        condition = self.condition()
        blocking = condition.blocking
        if blocking is not None and blocking is not A4Code.QUEUE_PAUSED:
            job.code = blocking
            if blocking is A4Code.PAPER_OUT:
                self._emit(EventKind.PAPER_OUT, ticket=job.ticket)
            return self._outcome(job)
        try:
            conn = self._connect()
            cups_job = conn.createJob(self.queue, job.title, {})
            conn.startDocument(self.queue, cups_job, job.title, "application/pdf", 1)
            conn.writeRequestData(job.pdf, len(job.pdf))
            conn.finishDocument(self.queue)
        except DeviceOffline:
            job.code = A4Code.UNREACHABLE
            return self._outcome(job)
        except (cups.IPPError, cups.HTTPError):
            job.code = self.condition().blocking or A4Code.NOT_ACCEPTING
            return self._outcome(job)
        job.cups_job, job.code = cups_job, A4Code.READY
        self.traffic.add("tx", f"job {cups_job}: {len(job.pdf)} bytes of PDF")
        return self._outcome(job)

    def follow(self, ticket: int, timeout_s: float | None = None) -> PrintOutcome:
        """Wait until CUPS completes the job, or until ``timeout_s``; a held job is reported waiting."""
        deadline = time.monotonic() + (self.job_timeout_s if timeout_s is None else timeout_s)
        with self._lock:
            job = self._jobs[ticket]
        while job.cups_job is not None and job.state == JobState.WAITING:
            try:
                attrs = self._connect().getJobAttributes(job.cups_job, requested_attributes=["job-state"])
            except (DeviceOffline, cups.IPPError, cups.HTTPError):
                job.code = A4Code.UNREACHABLE
                break
            done = _JOB_DONE.get(int(attrs.get("job-state", 0)))
            if done == "completed":
                job.state, job.code = JobState.PRINTED, A4Code.READY
                self._emit(EventKind.PRINTED, ticket=ticket, cups_job=job.cups_job)
                break
            if done is not None:
                job.state, job.cups_job = JobState.FAILED, None  # kept here: retry_pending sends it again
                job.code = self.condition().blocking or A4Code.OFFLINE
                break
            if int(attrs.get("job-state", 0)) in _JOB_WAITING:
                blocking = self.condition().blocking
                if blocking is not None:  # held by a paused or troubled queue: kept by CUPS, report why
                    job.code = blocking
                    break
            if time.monotonic() >= deadline:
                job.code = self.condition().blocking or A4Code.READY
                break
            time.sleep(_POLL_S)
        return self._outcome(job)

    def print_pdf(self, pdf: bytes, title: str, timeout_s: float | None = None) -> PrintOutcome:
        outcome = self.submit(pdf, title)
        return self.follow(outcome.ticket, timeout_s) if outcome.cups_job is not None else outcome

    def retry_pending(self, timeout_s: float | None = None) -> list[PrintOutcome]:
        """Send again every job that never reached CUPS (or that CUPS gave up on) and follow them all."""
        outcomes = []
        with self._lock:
            jobs = [self._jobs[t] for t in self.pending()]
        for job in jobs:
            if job.cups_job is None:
                job.state = JobState.WAITING
                self._send(job)
            outcomes.append(
                self.follow(job.ticket, timeout_s) if job.cups_job is not None else self._outcome(job)
            )
        return outcomes

    def forget(self, ticket: int) -> None:
        """Drop a printed (or abandoned) job and its PDF from memory."""
        with self._lock:
            self._jobs.pop(ticket, None)

    def _outcome(self, job: PrintJob) -> PrintOutcome:
        return PrintOutcome(job.ticket, job.state, job.code, job.cups_job)

    # -- technician ------------------------------------------------------------------------
    def self_test(self) -> SelfTestResult:
        from devices.a4printer.test_page import render_test_page

        condition = self.condition()
        steps = [("queue", condition.can_print, ",".join(condition.codes))]
        if not condition.can_print:
            return SelfTestResult(False, str(condition.codes[0]), tuple(steps))
        outcome = self.print_pdf(render_test_page(self.server, self.queue), "kiosk self-test page", 60.0)
        steps.append(("test_page", outcome.printed, f"{outcome.state} {outcome.code}"))
        if outcome.printed:
            self.forget(outcome.ticket)
        return SelfTestResult(
            outcome.printed, "test_page_printed" if outcome.printed else str(outcome.code), tuple(steps)
        )
