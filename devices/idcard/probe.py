"""Find the ID card reader when no port is configured: ask likely ports the SAM status question.

Each candidate port is opened at each of the baud rates SAM modules ship with and sent the GA/T 467
"SAM status" command (11 FF), which reads nothing from a card and is harmless to the module; the
first port that answers with a well-formed frame is the reader. Ports another device is configured
on are never tried (a receipt printer would print the command as garbage), and neither is a path
that resolves to one of them.
"""

from __future__ import annotations

import contextlib
import glob
import os
import termios
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import serial

from devices.base import ProtocolError
from devices.idcard import protocol as p

PROBE_BAUDS = (115200, 57600, 38400, 19200, 9600)
ANSWER_S = 0.3  # a SAM answers status within a few milliseconds at any of these rates
_PORT_ERRORS = (serial.SerialException, OSError, termios.error, ValueError)


@dataclass(frozen=True)
class ProbeReport:
    """What the probe found: ``port``/``baudrate`` of the reader (None when none answered), and one
    line per port tried, for the technician."""

    port: str | None
    baudrate: int | None
    status: str = ""
    tried: tuple[str, ...] = field(default=())

    @property
    def summary(self) -> str:
        if self.port is None:
            where = "; ".join(self.tried) if self.tried else "no candidate port exists"
            return f"no ID card reader answered ({where})"
        return f"SAM reader found at {self.port}, {self.baudrate} baud: {self.status}"


def candidate_ports(patterns: Iterable[str], exclude: Iterable[str] = ()) -> list[str]:
    """Paths matching ``patterns`` in order, each device once, none that is (or points at) an
    excluded path."""
    excluded = {os.path.realpath(path) for path in exclude if path}
    seen: set[str] = set()
    out: list[str] = []
    for pattern in patterns:
        for path in sorted(glob.glob(pattern)) if glob.has_magic(pattern) else [pattern]:
            real = os.path.realpath(path)
            if real in excluded or real in seen or not os.path.exists(path):
                continue
            seen.add(real)
            out.append(path)
    return out


def ask_status(port: str, baudrate: int, timeout: float = ANSWER_S) -> p.Response | None:
    """The SAM's answer to "status" on ``port`` at ``baudrate``, or None (silence or noise)."""
    try:
        ser = serial.serial_for_url(port, baudrate=baudrate, timeout=0.05, write_timeout=0.5)
    except _PORT_ERRORS:
        return None
    try:
        ser.reset_input_buffer()
        ser.write(p.build_command("status"))
        ser.flush()
        splitter = p.FrameSplitter()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for frame in splitter.feed(ser.read(max(1, ser.in_waiting))):
                with contextlib.suppress(ProtocolError):
                    return p.parse_response(frame)
        return None
    except _PORT_ERRORS:
        return None
    finally:
        with contextlib.suppress(*_PORT_ERRORS):
            ser.close()


def probe_reader(
    patterns: Iterable[str], exclude: Iterable[str] = (), bauds: Sequence[int] = PROBE_BAUDS
) -> ProbeReport:
    tried: list[str] = []
    for port in candidate_ports(patterns, exclude):
        for baud in bauds:
            answer = ask_status(port, baud)
            if answer is not None:
                return ProbeReport(port, baud, answer.meaning, tuple(tried))
        tried.append(f"{port}: silent at {'/'.join(str(b) for b in bauds)} baud")
    return ProbeReport(None, None, "", tuple(tried))
