"""IdCardReader: a GA/T 467 SAM reader on a serial port (115200 8N1, or a USB-serial bridge).

A worker thread keeps the reader honest: it reconnects with backoff when the port is gone, and
(when polling) finds, selects and reads a card placed on the reader, emitting ``card_inserted``
with the parsed card in the event data (memory only), then probes with ``select`` until the card
leaves and emits ``card_removed``. ``find`` succeeds only once per placement, so removal cannot be
seen with ``find``; ``select`` answers 81 once the card is gone.

The traffic log holds command names and status words, never card bytes.
"""

from __future__ import annotations

import contextlib
import os
import termios
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import serial

from devices.base import (
    Backoff,
    DeviceError,
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
from devices.idcard import protocol as p
from devices.idcard.photo import CardPhoto, PhotoDecoder
from devices.idcard.probe import ProbeReport, probe_reader
from devices.idcard.text import CardType, IdCardData, parse_address_block, parse_text_block

_PORT_ERRORS = (serial.SerialException, OSError, termios.error)
_SILENT_LIMIT = 3  # consecutive unanswered commands before the reader counts as offline
_UNREADABLE_RETRIES = 3
# After a probe found nothing, wait this long before sending SAM commands to every candidate port again.
PROBE_RETRY_S = 30.0


@dataclass(frozen=True, repr=False)
class CardRead:
    """One read of a card. Personal data: keep in memory for the session only."""

    card: IdCardData
    photo: CardPhoto
    fingerprint: bytes | None = None

    def __repr__(self) -> str:
        fp = "none" if self.fingerprint is None else f"{len(self.fingerprint)} bytes"
        return f"CardRead({self.card!r}, {self.photo!r}, fingerprint {fp})"


class IdCardReader(Driver):
    kind = DeviceKind.IDCARD

    def __init__(
        self,
        port: str,
        baudrate: int = 115200,
        *,
        on_event: EventSink | None = None,
        name: str | None = None,
        photo_decoder: PhotoDecoder | None = None,
        answer_timeout: float = 1.0,
        read_timeout: float = 3.0,
        poll: bool = True,
        poll_interval: float = 0.25,
        backoff: Backoff | None = None,
        probe_ports: Sequence[str] | None = None,
        probe_exclude: Sequence[str] = (),
    ) -> None:
        super().__init__(name, on_event)
        self.port = port
        # With no port, the reader is looked for on these (globs) each time it has to be connected.
        self.probe_ports = None if port else tuple(probe_ports or ())
        self.probe_exclude = tuple(probe_exclude)
        self.probe_report: ProbeReport | None = None
        self.probe_retry = PROBE_RETRY_S
        self._probed_at: float | None = None
        self.baudrate = baudrate
        self.photo_decoder = photo_decoder or PhotoDecoder(None)
        self.answer_timeout = answer_timeout
        self.read_timeout = read_timeout  # a 2321-byte answer takes ~0.2 s at 115200 baud
        self.poll = poll
        self.poll_interval = poll_interval
        self._backoff = backoff or Backoff(first=0.2, cap=1.0)
        self._io = threading.RLock()
        self._serial: serial.Serial | None = None
        self._silent = 0
        self._stop = threading.Event()
        self._worker: threading.Thread | None = None
        self._present = False
        self._current: CardRead | None = None
        self._unreadable_tries = 0

    # -- lifecycle ------------------------------------------------------------------------
    def open(self) -> None:
        """Connect and start the worker. Raises DeviceOffline if unreachable, but keeps retrying."""
        self._stop.clear()
        problem: DeviceOffline | None = None
        try:
            self._connect()
        except DeviceOffline as exc:
            problem = exc
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._run, name=f"{self.name}-worker", daemon=True)
            self._worker.start()
        if problem is not None:
            raise problem

    def close(self) -> None:
        self._stop.set()
        worker = self._worker
        if worker is not None and worker is not threading.current_thread():
            worker.join(timeout=5)
        self._worker = None
        with self._io:
            self._drop_port()
        self._set_status(Health.OFFLINE, "closed")

    @property
    def capabilities(self) -> dict[str, Any]:
        return {
            "protocol": "GA/T 467 SAM",
            "port": self.port,
            "probed": None if self.probe_report is None else self.probe_report.summary,
            "baudrate": self.baudrate,
            "commands": sorted(p.COMMANDS),
            "card_types": [t.value for t in CardType],
            "fingerprint": True,
            "appended_address": True,
            "photo_decoding": self.photo_decoder.can_decode,
            "photo_decoder_problem": self.photo_decoder.problem,
        }

    @property
    def current_card(self) -> CardRead | None:
        """The card on the reader as last read by the worker (memory only)."""
        return self._current

    # -- commands -------------------------------------------------------------------------
    def reset(self) -> None:
        self._expect_ok(self.transact("reset"))
        with self._io:
            self._present, self._current = False, None

    def sam_status(self) -> str:
        return self._expect_ok(self.transact("status")).meaning

    def sam_id(self) -> str:
        return p.format_sam_id(self._expect_ok(self.transact("sam_id")).data)

    def find_card(self) -> bool:
        response = self.transact("find")
        if response.sw3 == 0x80:
            return False
        return self._expect_ok(response) is response

    def select_card(self) -> bool:
        response = self.transact("select")
        if response.sw3 in (0x80, 0x81):
            return False
        return self._expect_ok(response) is response

    def read_selected(self, fingerprint: bool = False) -> CardRead:
        name = "read_fingerprint" if fingerprint else "read"
        response = self._expect_ok(self.transact(name, timeout=self.read_timeout))
        payload = p.parse_card_payload(response.data, with_fingerprint=fingerprint)
        return CardRead(parse_text_block(payload.text), CardPhoto(payload.photo), payload.fingerprint)

    def read_appended_address(self) -> str | None:
        """The newer address written on the card after issue, or None when there is none."""
        response = self.transact("read_address")
        if response.sw3 == 0x91:
            return None
        return parse_address_block(self._expect_ok(response).data)

    def read_card(self, fingerprint: bool = False) -> CardRead:
        """Find, select and read the card on the reader now."""
        with self._io:
            self.find_card()  # 80 here may mean "already found": select decides
            if not self.select_card():
                raise DeviceRefused("no card on the reader", 0x81)
            read = self.read_selected(fingerprint)
            self._card_arrived(read)
            return read

    # -- the wire -------------------------------------------------------------------------
    def transact(self, name: str, data: bytes = b"", timeout: float | None = None) -> p.Response:
        spec = p.COMMANDS[name]
        frame = p.build_command(name, data)
        with self._io:
            ser = self._serial
            if ser is None:
                raise DeviceOffline(self.status().reason or f"{self.port} is not open")
            try:
                ser.reset_input_buffer()  # a late answer to an earlier command must not be taken for ours
                ser.write(frame)
                ser.flush()
                self.traffic.add("tx", f"{name} ({spec.cmd:02X} {spec.para:02X})")
                raw = self._read_frame(ser, time.monotonic() + (timeout or self.answer_timeout))
            except _PORT_ERRORS as exc:
                reason = f"reader connection lost on {self.port}: {exc}"
                self.traffic.add("rx", f"{name}: port error")
                self._lost(reason)
                raise DeviceOffline(reason) from exc
            except DeviceTimeout as exc:
                self.traffic.add("rx", f"{name}: {exc.reason}")
                self._silent += 1
                if self._silent >= _SILENT_LIMIT:
                    self._set_status(Health.OFFLINE, f"reader on {self.port} does not answer")
                else:
                    self._set_status(Health.DEGRADED, f"reader on {self.port} missed an answer")
                if self._silent >= 2 * _SILENT_LIMIT:
                    self._drop_port()  # a re-enumerated USB bridge may need a fresh open: the worker reopens
                raise
            except ProtocolError as exc:
                self.traffic.add("rx", f"{name}: bad frame: {exc.reason}")
                self._set_status(Health.DEGRADED, f"garbled answer from the reader: {exc.reason}")
                raise
            try:
                response = p.parse_response(raw)
            except ProtocolError as exc:
                self.traffic.add("rx", f"{name}: bad frame: {exc.reason}")
                self._set_status(Health.DEGRADED, f"garbled answer from the reader: {exc.reason}")
                raise
            self.traffic.add(
                "rx", f"{name}: SW3 {response.sw3:02X} {response.meaning}, {len(response.data)} data bytes"
            )
            self._silent = 0
            if response.outcome is p.Outcome.SAM:
                self._set_status(Health.DEGRADED, f"SAM reports a problem: {response.meaning}")
            elif self.status().health is not Health.OK:
                self._set_status(Health.OK, "ready")
            return response

    def _read_frame(self, ser: serial.Serial, deadline: float) -> bytes:
        splitter = p.FrameSplitter()
        while True:
            if time.monotonic() >= deadline:
                if splitter.pending:
                    raise ProtocolError(f"truncated frame: {len(splitter.pending)} bytes, then silence")
                raise DeviceTimeout("no answer from the reader")
            chunk = ser.read(max(1, min(ser.in_waiting, 8192)))
            frames = splitter.feed(chunk)
            if frames:
                return frames[0]

    @staticmethod
    def _expect_ok(response: p.Response) -> p.Response:
        if not response.ok:
            raise DeviceRefused(response.meaning, response.sw3)
        return response

    # -- connection -----------------------------------------------------------------------
    def _find_port(self) -> None:
        """Probe for the reader; sets ``port``/``baudrate`` or raises DeviceOffline saying where it looked."""
        last = self.probe_report
        if last is not None and last.port is None and self._probed_at is not None:
            if time.monotonic() - self._probed_at < self.probe_retry:
                raise DeviceOffline(last.summary)  # not yet: probing pokes every candidate port
        report = probe_reader(self.probe_ports or (), self.probe_exclude)
        self.probe_report, self._probed_at = report, time.monotonic()
        self.traffic.add("tx", report.summary)
        if report.port is None or report.baudrate is None:
            self._set_status(Health.OFFLINE, report.summary + "; set [devices.idcard] port")
            raise DeviceOffline(report.summary)
        self.port, self.baudrate = report.port, report.baudrate

    def _connect(self) -> None:
        with self._io:
            self._drop_port()
            if self.probe_ports is not None and (not self.port or not os.path.exists(self.port)):
                self._find_port()
            try:
                self._serial = serial.serial_for_url(
                    self.port, baudrate=self.baudrate, timeout=0.05, write_timeout=1.0
                )
            except _PORT_ERRORS as exc:
                reason = f"cannot open {self.port}: {exc}"
                self._set_status(Health.OFFLINE, reason)
                raise DeviceOffline(reason) from exc
            self._silent = 0
            try:
                self.sam_status()
            except DeviceRefused as exc:
                self._set_status(Health.DEGRADED, f"SAM reports a problem: {exc.reason}")
            except (DeviceTimeout, ProtocolError) as exc:
                if self.probe_ports is not None:
                    # A probed port that no longer answers may now be another device: look again.
                    found_at, self.port = self.port, ""
                    self._drop_port()
                    reason = f"the reader found at {found_at} stopped answering; looking for it again"
                    self._set_status(Health.OFFLINE, reason)
                    raise DeviceOffline(reason) from exc
                # status already says what is wrong; the port stays open and the worker retries
            else:
                self._set_status(Health.OK, "ready")

    def _drop_port(self) -> None:
        ser, self._serial = self._serial, None
        if ser is not None:
            with contextlib.suppress(*_PORT_ERRORS):
                ser.close()

    def _lost(self, reason: str) -> None:
        self._drop_port()
        self._set_status(Health.OFFLINE, reason)

    # -- worker ---------------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            if self._serial is None:
                try:
                    self._connect()
                except DeviceOffline:
                    self._stop.wait(self._backoff.next_delay())
                    continue
                self._backoff.reset()
            delay = self.poll_interval
            try:
                if self.poll:
                    self._poll_once()
                elif self.status().health is Health.OFFLINE:
                    self.sam_status()  # silent SAM: probe until it speaks; DEGRADED heals on next use
            except DeviceError:
                delay = max(delay, self._backoff.next_delay())
            else:
                self._backoff.reset()
            self._stop.wait(delay)

    def _poll_once(self) -> None:
        with self._io:
            if self._present:
                if not self.select_card():
                    self._card_left()
                    return
                if self._current is not None or self._unreadable_tries >= _UNREADABLE_RETRIES:
                    return  # read already, or given up on: only watch for removal
            elif not (self.find_card() and self.select_card()):
                return
            self._present = True
            try:
                self._card_arrived(self.read_selected())
            except (DeviceRefused, ProtocolError) as exc:
                self._unreadable_tries += 1
                if self._unreadable_tries >= _UNREADABLE_RETRIES:
                    self._emit(
                        EventKind.CARD_UNREADABLE, reason=f"{exc.reason}; lift the card and place it again"
                    )
                    return
                raise

    def _card_arrived(self, read: CardRead) -> None:
        was_known = self._present and self._current is not None
        self._present, self._current, self._unreadable_tries = True, read, 0
        if not was_known:
            self._emit(
                EventKind.CARD_INSERTED, card=read.card, photo=read.photo, fingerprint=read.fingerprint
            )

    def _card_left(self) -> None:
        self._present, self._current, self._unreadable_tries = False, None, 0
        self._emit(EventKind.CARD_REMOVED)

    # -- self test ------------------------------------------------------------------------
    def self_test(self) -> SelfTestResult:
        steps: list[tuple[str, bool, str]] = []
        try:
            steps.append(("SAM status", True, self.sam_status()))
            steps.append(("SAM id", True, self.sam_id()))
        except DeviceError as exc:
            steps.append(("SAM", False, exc.reason))
        decoder = self.photo_decoder
        decoder_note = "vendor decoder loaded" if decoder.can_decode else decoder.problem
        steps.append(("photo decoder", True, decoder_note))
        passed = all(ok for _, ok, _ in steps)
        summary = "ID card reader works" if passed else f"ID card reader failed: {steps[-2][2]}"
        return SelfTestResult(passed, summary, tuple(steps))
