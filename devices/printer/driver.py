"""ReceiptPrinter: the ESC/POS driver over pyserial.

Status is read with the four DLE EOT real-time queries sent at once and a short (0.3 s) read
timeout, so a dead printer costs the kiosk a third of a second, not python-escpos' full second per
query. A receipt is rendered in memory first, then the printer is asked whether it can print; only
then is the whole job written. A job refused for paper or cover never leaves a half receipt.

A monitor thread polls status, reports OFFLINE when the port dies and reconnects with
:class:`Backoff` until the printer is back; events (``paper_out``, ``cover_open``,
``paper_near_end``, ``status_changed``) are delivered from that thread, never the caller's.
"""

from __future__ import annotations

import termios
import threading
from typing import Any

import serial

from devices.base import (
    Backoff,
    DeviceKind,
    DeviceOffline,
    DeviceRefused,
    DeviceTimeout,
    Driver,
    EventKind,
    EventSink,
    Health,
    ProtocolError,
    SelfTestResult,
)
from devices.printer.escpos import StatusQuery, status_query
from devices.printer.ports import PrinterPort, Transport, open_port
from devices.printer.profiles import PrinterProfile, get_profile
from devices.printer.receipt import Receipt, RenderedJob, render_receipt
from devices.printer.status import PrinterState, decode_status

STATUS_TIMEOUT_S = 0.3
POLL_INTERVAL_S = 1.0
WRITE_TIMEOUT_S = 10.0

# pyserial lets termios.error (not an OSError) escape from tcflush on a vanished pty/USB port.
_PORT_ERRORS = (serial.SerialException, OSError, termios.error)

_ALL_QUERIES = b"".join(status_query(n) for n in StatusQuery)
_EDGE_EVENTS = (
    ("paper_end", EventKind.PAPER_OUT),
    ("cover_open", EventKind.COVER_OPEN),
    ("paper_near_end", EventKind.PAPER_NEAR_END),
)


class ReceiptPrinter(Driver):
    kind = DeviceKind.PRINTER

    def __init__(
        self,
        port: str,
        baudrate: int = 9600,
        profile: PrinterProfile | None = None,
        name: str | None = None,
        on_event: EventSink | None = None,
        status_timeout: float = STATUS_TIMEOUT_S,
        poll_interval: float = POLL_INTERVAL_S,
        transport: Transport = "serial",
        status_queries: bool = True,
    ) -> None:
        super().__init__(name, on_event)
        self.port = port
        self.baudrate = baudrate
        self.transport: Transport = transport
        # Some USB printer-class printers never answer on the back channel: with this off the driver
        # prints without asking first and says so in its status instead of reporting them offline.
        self.status_queries = status_queries
        self.profile = profile or get_profile(None)
        self.status_timeout = status_timeout
        self.poll_interval = poll_interval
        self.emulator: Any = None  # set by create_driver when emulated, for tests and the CLI
        self.emulator_host: Any = None
        self._serial: PrinterPort | None = None
        # Re-entrant: status events fire while the lock is held, and a sink may call back in.
        self._io_lock = threading.RLock()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._monitor: threading.Thread | None = None
        self._backoff = Backoff(first=0.2, cap=1.5)
        self._last_state: PrinterState | None = None

    # -- lifecycle -----------------------------------------------------------------------------
    def open(self) -> None:
        """Connect and start the monitor. If the port is absent this raises DeviceOffline, but the
        monitor keeps trying, so a printer plugged in later is found without another open()."""
        error: DeviceOffline | None = None
        with self._io_lock:
            if self._serial is None:
                try:
                    self._connect()
                except DeviceOffline as exc:
                    error = exc
        if self._monitor is None:
            self._stop.clear()
            self._monitor = threading.Thread(
                target=self._run_monitor, name=f"{self.name}-monitor", daemon=True
            )
            self._monitor.start()
        if error is not None:
            raise error
        self.refresh_status()

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        monitor, self._monitor = self._monitor, None
        if monitor is not None and monitor is not threading.current_thread():
            monitor.join(timeout=5)
        with self._io_lock:
            self._disconnect()
        self._set_status(Health.OFFLINE, "closed")
        host, self.emulator_host = self.emulator_host, None
        if host is not None:
            host.close()

    @property
    def capabilities(self) -> dict[str, Any]:
        return {
            **self.profile.as_dict(),
            "status_timeout_s": self.status_timeout,
            "port": self.port,
            "transport": self.transport,
            "status_queries": self.status_queries,
        }

    # -- connection (callers hold _io_lock) ------------------------------------------------------
    def _connect(self) -> None:
        try:
            port = open_port(self.transport, self.port, self.baudrate, self.status_timeout, WRITE_TIMEOUT_S)
        except (*_PORT_ERRORS, ValueError) as exc:
            self._set_status(
                Health.OFFLINE,
                f"cannot open printer port {self.port}: unplugged, switched off or wrong port; retrying",
            )
            raise DeviceOffline(f"cannot open printer port {self.port}: {exc}") from exc
        self._serial = port
        how = f"at {self.baudrate} baud" if self.transport == "serial" else f"({self.transport})"
        self.traffic.add("tx", f"open {self.port} {how}")

    def _disconnect(self) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            try:
                port.close()
            except _PORT_ERRORS:
                pass  # the device is already gone; nothing left to release

    def _lost(self, exc: BaseException) -> DeviceOffline:
        self._disconnect()
        self._set_status(Health.OFFLINE, "printer unplugged or its port failed; retrying")
        self.traffic.add("rx", f"port lost: {type(exc).__name__}")
        return DeviceOffline(f"printer port {self.port} failed: {exc}")

    def _read_state_locked(self) -> PrinterState:
        port = self._serial
        if port is None:
            raise DeviceOffline(f"printer port {self.port} is not open")
        if not self.status_queries:
            return PrinterState()  # not asked: assumed ready, and the status reason says so
        try:
            port.reset_input_buffer()  # a stale byte would shift every answer by one
            port.write(_ALL_QUERIES)
            self.traffic.add("tx", "DLE EOT 1-4 (status)")
            answer = port.read(4)
        except _PORT_ERRORS as exc:
            raise self._lost(exc) from exc
        self.traffic.add("rx", "status " + answer.hex(" "))
        if len(answer) < 4:
            raise DeviceTimeout(
                f"the printer answered {len(answer)} of 4 status bytes within {self.status_timeout:.1f} s: "
                "powered off, wrong baud rate, or not an ESC/POS printer"
            )
        return decode_status(*answer)

    # -- status ----------------------------------------------------------------------------------
    def read_state(self) -> PrinterState:
        """Ask the printer now (DLE EOT 1-4). Raises DeviceOffline/DeviceTimeout/ProtocolError."""
        with self._io_lock:
            state = self._read_state_locked()
        self._publish(state)
        return state

    def refresh_status(self) -> None:
        """Poll once and update :meth:`status`; never raises."""
        try:
            self.read_state()
        except DeviceTimeout as exc:
            self._set_status(Health.OFFLINE, "the printer does not answer (switched off?)", error=exc.reason)
        except ProtocolError as exc:
            self._set_status(Health.DEGRADED, "garbled status answer from the printer", error=exc.reason)
        except DeviceOffline:
            pass  # _lost or _connect already set OFFLINE with the reason

    def _publish(self, state: PrinterState) -> None:
        previous, self._last_state = self._last_state, state
        reason = state.reason if self.status_queries else "status not queried (status_queries = false)"
        self._set_status(state.health, reason, **state.as_dict())
        for attr, event in _EDGE_EVENTS:
            now = getattr(state, attr)
            if now and (previous is None or not getattr(previous, attr)):
                self._emit(event, reason=state.reason)

    # -- printing --------------------------------------------------------------------------------
    def render(self, receipt: Receipt) -> RenderedJob:
        return render_receipt(receipt, self.profile)

    def print_receipt(self, receipt: Receipt) -> PrinterState:
        """Print one receipt. Refuses (DeviceRefused) before sending anything if the printer cannot
        print; the caller still holds ``receipt`` and may retry. Returns the state after printing."""
        job = self.render(receipt)
        with self._io_lock:
            if self._serial is None:
                raise DeviceOffline(
                    "the printer is offline (unplugged or port closed); the receipt was not printed"
                )
            state = self._read_state_locked()
            if not state.can_print:
                self.traffic.add("tx", f"job refused before sending: {state.reason}")
                refusal = DeviceRefused(f"receipt not printed: {state.reason}")
            else:
                refusal = None
                try:
                    self._serial.write(job.data)
                    self._serial.flush()
                except serial.SerialTimeoutException as exc:
                    raise DeviceTimeout("the printer stopped accepting data (buffer full or jammed)") from exc
                except _PORT_ERRORS as exc:
                    raise self._lost(exc) from exc
                self.traffic.add("tx", job.summary())
                try:
                    state = self._read_state_locked()
                except (DeviceTimeout, ProtocolError):
                    pass  # the job is out; a missed answer now must not report it as failed
        self._publish(state)
        if refusal is not None:
            raise refusal
        self._emit(EventKind.PRINTED, size=len(job.data))
        return state

    # -- self-test -------------------------------------------------------------------------------
    def self_test(self) -> SelfTestResult:
        steps: list[tuple[str, bool, str]] = []
        connected = self._serial is not None
        if not connected:
            try:
                with self._io_lock:
                    if self._serial is None:
                        self._connect()
                connected = True
            except DeviceOffline as exc:
                steps.append(("open port", False, exc.reason))
        if connected:
            steps.append(("open port", True, self.port))
            try:
                state = self.read_state()
                steps.append(("status query (DLE EOT 1-4)", True, "answered"))
                steps.append(("ready to print", state.can_print, state.reason))
                if state.paper_near_end:
                    steps.append(("paper supply", False, "paper roll nearly empty"))
            except (DeviceOffline, DeviceTimeout, ProtocolError) as exc:
                steps.append(("status query (DLE EOT 1-4)", False, exc.reason))
        # A nearly empty roll is worth a warning, not a failed self-test: the printer still prints.
        passed = all(ok for step, ok, _ in steps if step != "paper supply")
        if passed:
            summary = "printer ready" + (
                "; paper roll nearly empty" if steps[-1][0] == "paper supply" else ""
            )
        else:
            summary = next(d for _, ok, d in steps if not ok)
        return SelfTestResult(passed, summary, tuple(steps))

    # -- monitor ---------------------------------------------------------------------------------
    def _run_monitor(self) -> None:
        while not self._stop.is_set():
            try:
                self._monitor_step()
            except Exception as exc:  # the monitor must outlive any surprise, or recovery stops
                with self._io_lock:
                    self._disconnect()
                self._set_status(Health.OFFLINE, "printer driver error; reconnecting", error=repr(exc))
                self._sleep(self._backoff.next_delay())

    def _monitor_step(self) -> None:
        if self._serial is None:
            try:
                with self._io_lock:
                    if self._serial is None:
                        self._connect()
                self._backoff.reset()
            except DeviceOffline:
                self._sleep(self._backoff.next_delay())
                return
        else:
            # open() has just polled, so wait first; polling twice at once would double a timeout.
            self._sleep(self.poll_interval)
            if self._stop.is_set():
                return
        self.refresh_status()

    def _sleep(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()
