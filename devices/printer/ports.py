"""How the printer driver reaches the printer: a serial port, the USB printer class, or the network.

``serial``: pyserial opens the port with termios (``/dev/ttyUSB0``, a USB-serial bridge, RS-232).
``usblp``: the kernel's USB printer class (``/dev/usb/lp0``, which the udev rules name
``/dev/kiosk-printer``) is a plain character device: termios ioctls fail on it ("Inappropriate
ioctl for device"), so :class:`PlainFilePort` reads and writes it as a file. Printers that answer
DLE EOT on the USB back channel have their status read the same way.
``network``: an Ethernet printer's raw port (JetDirect, usually 9100), through pyserial's
``socket://host:port`` URL; ``host:port`` alone is accepted too.
"""

from __future__ import annotations

import contextlib
import os
import select
import time
from typing import Literal, Protocol

import serial

Transport = Literal["serial", "usblp", "network"]
TRANSPORTS: tuple[Transport, ...] = ("serial", "usblp", "network")
DEFAULT_NETWORK_PORT = 9100


class PrinterPort(Protocol):
    """The part of pyserial's API the printer driver uses."""

    def write(self, data: bytes, /) -> int | None: ...

    def read(self, size: int = 1, /) -> bytes: ...

    def flush(self) -> None: ...

    def reset_input_buffer(self) -> None: ...

    def close(self) -> None: ...


class PlainFilePort:
    """A printer device node opened as a file: no termios, reads bounded by ``timeout``."""

    def __init__(self, path: str, timeout: float, write_timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self.write_timeout = write_timeout
        self._fd: int | None = os.open(path, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)

    def _fileno(self) -> int:
        if self._fd is None:
            raise serial.SerialException(f"{self.path} is closed")
        return self._fd

    def write(self, data: bytes, /) -> int:
        fd = self._fileno()
        view = memoryview(data)
        deadline = time.monotonic() + self.write_timeout
        while view:
            left = deadline - time.monotonic()
            if left <= 0:
                raise serial.SerialTimeoutException("write timeout: the printer stopped taking data")
            _, writable, _ = select.select([], [fd], [], left)
            if not writable:
                continue
            try:
                view = view[os.write(fd, view) :]
            except BlockingIOError:
                continue
        return len(data)

    def read(self, size: int = 1, /) -> bytes:
        fd = self._fileno()
        out = bytearray()
        deadline = time.monotonic() + self.timeout
        while len(out) < size:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            readable, _, _ = select.select([fd], [], [], left)
            if not readable:
                break
            try:
                chunk = os.read(fd, size - len(out))
            except BlockingIOError:
                continue
            if not chunk:
                break  # usblp answers 0 bytes when the printer has nothing to say
            out += chunk
        return bytes(out)

    def flush(self) -> None:
        """Writes go straight to the device; nothing is buffered here."""

    def reset_input_buffer(self) -> None:
        fd = self._fileno()
        while select.select([fd], [], [], 0)[0]:
            try:
                if not os.read(fd, 4096):
                    return
            except BlockingIOError:
                return

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)


def network_url(address: str) -> str:
    """``host``, ``host:port`` or ``socket://host:port`` as the URL pyserial opens."""
    if address.startswith("socket://"):
        return address
    host, sep, port = address.rpartition(":")
    if not sep or not port.isdigit():
        return f"socket://{address}:{DEFAULT_NETWORK_PORT}"
    return f"socket://{host}:{port}"


def open_port(
    transport: Transport, address: str, baudrate: int, timeout: float, write_timeout: float
) -> PrinterPort:
    """Open ``address`` over ``transport``. Raises OSError/SerialException/ValueError when it cannot."""
    if transport == "usblp":
        return PlainFilePort(address, timeout, write_timeout)
    url = network_url(address) if transport == "network" else address
    port: PrinterPort = serial.serial_for_url(
        url, baudrate=baudrate, timeout=timeout, write_timeout=write_timeout
    )
    return port
