"""SerialScanner: a USB-COM (or RS-232) barcode/QR scanner in line mode, read by its own thread.

Each complete line becomes a ``code_scanned`` event (payload, symbology, AIM id, encoding) emitted
from the reader thread, never the caller's. Noise becomes a ``scan_error`` event with the reason
only. When the port dies the driver reports OFFLINE and reopens it with backoff until the scanner
is back. The traffic log holds sizes and symbologies, never payloads: a resident's e-license QR
is personal data.
"""

from __future__ import annotations

import termios
import threading
import time
from typing import Any

import serial

from devices.base import (
    Backoff,
    DeviceKind,
    DeviceOffline,
    Driver,
    EventKind,
    EventSink,
    Health,
    SelfTestResult,
)
from devices.scanner.protocol import MAX_LINE, LineParser, Scan, ScanError

READ_TIMEOUT_S = 0.1
IDLE_DISCARD_S = 0.5  # silence after a partial line: it is noise, not a code still arriving
_PORT_ERRORS = (serial.SerialException, OSError, termios.error)


class SerialScanner(Driver):
    kind = DeviceKind.SCANNER

    def __init__(
        self,
        port: str,
        baudrate: int = 9600,
        name: str | None = None,
        on_event: EventSink | None = None,
        max_line: int = MAX_LINE,
        fallback_encoding: str | None = "gb18030",
        terminator: str = "crlf",
        gap_s: float = IDLE_DISCARD_S,
        primary_encoding: str = "utf-8",
    ) -> None:
        super().__init__(name, on_event)
        self.port = port
        self.baudrate = baudrate
        self.emulator: Any = None  # set by create_driver when emulated
        self.emulator_host: Any = None
        self.scans = 0
        self.errors = 0
        self._parser = LineParser(max_line, fallback_encoding, terminator, primary_encoding)
        # Silence that ends a scan (suffix "none") or marks a partial line as noise (any other suffix).
        self.gap_s = gap_s if terminator == "none" else IDLE_DISCARD_S
        self._serial: serial.SerialBase | None = None
        self._stop = threading.Event()
        self._reader: threading.Thread | None = None
        self._backoff = Backoff(first=0.2, cap=1.5)

    # -- lifecycle ---------------------------------------------------------------------------
    def open(self) -> None:
        """Open the port and start the reader. If the port is absent, raises DeviceOffline while the
        reader keeps retrying, so a scanner plugged in later starts working by itself."""
        if self._reader is not None:
            return
        self._stop.clear()
        error: DeviceOffline | None = None
        try:
            self._connect()
        except DeviceOffline as exc:
            error = exc
        self._reader = threading.Thread(target=self._run, name=f"{self.name}-reader", daemon=True)
        self._reader.start()
        if error is not None:
            raise error

    def close(self) -> None:
        self._stop.set()
        reader, self._reader = self._reader, None
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout=5)
        self._disconnect()
        self._set_status(Health.OFFLINE, "closed")
        host, self.emulator_host = self.emulator_host, None
        if host is not None:
            host.close()

    @property
    def capabilities(self) -> dict[str, Any]:
        return {
            "mode": "serial line (optional AIM prefix)",
            "port": self.port,
            "baudrate": self.baudrate,
            "terminator": self._parser.terminator,
            "gap_s": self.gap_s,
            "max_line_bytes": self._parser.max_line,
            "encoding": self._parser.primary_encoding,
            "fallback_encoding": self._parser.fallback_encoding,
        }

    def self_test(self) -> SelfTestResult:
        # A serial scanner in line mode has no query command (vendor setup codes differ), so the test
        # can only prove the port is open and read; the technician scans a code to prove the rest.
        open_ok = self._serial is not None
        steps = [
            ("port open", open_ok, self.port if open_ok else self.status().reason),
            ("reader running", self._reader is not None and self._reader.is_alive(), ""),
        ]
        passed = all(ok for _, ok, _ in steps)
        summary = (
            f"listening on {self.port}; scan a code to check the scanner itself"
            if passed
            else next(d or s for s, ok, d in steps if not ok)
        )
        return SelfTestResult(passed, summary, tuple(steps))

    # -- port --------------------------------------------------------------------------------
    def _connect(self) -> None:
        try:
            self._serial = serial.serial_for_url(self.port, baudrate=self.baudrate, timeout=READ_TIMEOUT_S)
        except (*_PORT_ERRORS, ValueError) as exc:
            self._set_status(
                Health.OFFLINE, f"cannot open scanner port {self.port}: unplugged or wrong port; retrying"
            )
            raise DeviceOffline(f"cannot open scanner port {self.port}: {exc}") from exc
        self._parser.reset()  # half a line from before an unplug can never be completed
        self._backoff.reset()
        self.traffic.add("rx", f"open {self.port} at {self.baudrate} baud")
        self._set_status(Health.OK, f"listening on {self.port}")

    def _disconnect(self) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            try:
                port.close()
            except _PORT_ERRORS:
                pass  # already gone

    # -- reader thread -----------------------------------------------------------------------
    def _run(self) -> None:
        last_byte = time.monotonic()
        while not self._stop.is_set():
            port = self._serial
            if port is None:
                try:
                    self._connect()
                except DeviceOffline:
                    self._stop.wait(self._backoff.next_delay())
                continue
            try:
                data = port.read(port.in_waiting or 1)
            except _PORT_ERRORS as exc:
                self._disconnect()
                self.traffic.add("rx", f"port lost: {type(exc).__name__}")
                self._set_status(Health.OFFLINE, "scanner unplugged or its port failed; retrying")
                continue
            except Exception as exc:  # the reader must survive anything, or scanning stops for good
                self._disconnect()
                self._set_status(Health.OFFLINE, "scanner driver error; reconnecting", error=repr(exc))
                continue
            now = time.monotonic()
            if data:
                last_byte = now
                self.traffic.add("rx", f"{len(data)} bytes")
                for item in self._parser.feed(data):
                    self._deliver(item)
            elif self._parser.pending and now - last_byte > self.gap_s:
                stale = self._parser.idle()
                if stale is not None:
                    self._deliver(stale)

    def _deliver(self, item: Scan | ScanError) -> None:
        if isinstance(item, ScanError):
            self.errors += 1
            self.traffic.add("rx", f"bad scan: {item.reason}")
            self._emit(EventKind.SCAN_ERROR, reason=item.reason)
            return
        self.scans += 1
        self.traffic.add("rx", f"code {item.symbology}, {len(item.payload)} characters")
        self._emit(EventKind.CODE_SCANNED, **item.as_dict())
