"""Let an in-process emulator speak bytes to a pyserial driver over a real pseudo-terminal.

The driver under test is the production driver: it opens ``host.port`` with
``serial.serial_for_url(host.port, baudrate=..., timeout=...)`` exactly as it would open
``/dev/ttyUSB0``. Nothing in the driver knows it talks to an emulator.

How an emulator plugs in
------------------------
Request/answer devices (ID card SAM, printer status queries) implement one method::

    class MyEmulator:
        def feed(self, data: bytes) -> bytes:
            ...  # bytes the host wrote; return the bytes the device answers (b"" = silence)

Devices that also talk on their own (a scanner sending a code, a printer reporting paper out)
additionally implement ``attach``; the host hands them a thread-safe ``write`` callable::

    class MyScanner:
        def attach(self, write: Callable[[bytes], None]) -> None:
            self._write = write          # call self._write(b"123456\\r") whenever a code is "scanned"
        def feed(self, data: bytes) -> bytes:
            return b""                   # a scanner ignores what the host sends

    host = PtyEmulatorHost(MyScanner())
    driver = ScannerDriver(port=host.port)       # host.port is a stable symlink
    host.unplug(); host.replug()                 # the driver sees an I/O error, then finds the device again
    host.close()

``feed`` runs on the host's reader thread; ``write`` may be called from any thread. ``write``
while unplugged drops the bytes (a cable that is out carries nothing) and returns normally.

Unplug and replug
-----------------
``unplug()`` closes the master side: a driver blocked in ``read`` gets an ``OSError``/``EIO``
(pyserial turns it into ``SerialException``), exactly like a USB-serial adapter pulled out.
``replug()`` opens a *new* pty (its ``/dev/pts/N`` differs) and re-points the stable symlink in
``port``, so a driver that reconnects to its configured path finds the device again.
If the emulator has a ``replugged()`` method it is called, for emulators that want to model a
power cycle; emulators without it keep their state (the same device came back).
"""

from __future__ import annotations

import contextlib
import logging
import os
import select
import tempfile
import threading
import time
import tty
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

__all__ = ["ByteEmulator", "PtyEmulatorHost", "PushEmulator"]

log = logging.getLogger(__name__)


@runtime_checkable
class ByteEmulator(Protocol):
    def feed(self, data: bytes) -> bytes: ...


@runtime_checkable
class PushEmulator(Protocol):
    def attach(self, write: Callable[[bytes], None]) -> None: ...


class PtyEmulatorHost:
    """Runs ``emulator`` behind a pty pair; ``port`` is the path a driver opens."""

    _POLL_S = 0.05  # how often the reader thread checks whether it should stop

    def __init__(self, emulator: ByteEmulator, name: str = "emulator") -> None:
        self.emulator = emulator
        self.name = name
        self._dir = tempfile.TemporaryDirectory(prefix=f"kiosk-{name}-")
        self._link = Path(self._dir.name) / "tty"
        self._write_lock = threading.Lock()
        self._master: int | None = None
        self._slave: int | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._closed = False
        if isinstance(emulator, PushEmulator):
            emulator.attach(self.write)
        self._plug()

    # -- public -----------------------------------------------------------------------------
    @property
    def port(self) -> str:
        """Stable path (a symlink) that survives replug."""
        return str(self._link)

    @property
    def pty_path(self) -> str:
        """The current ``/dev/pts/N``; changes on every replug."""
        return os.readlink(self._link)

    @property
    def plugged(self) -> bool:
        return self._master is not None

    def write(self, data: bytes) -> None:
        """Send unsolicited device-to-host bytes. Dropped while unplugged."""
        with self._write_lock:
            if self._master is None:
                return
            self._write_all(self._master, data)

    def unplug(self) -> None:
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)
        self._thread = None
        with self._write_lock:
            for fd in (self._master, self._slave):
                if fd is not None:
                    with contextlib.suppress(OSError):
                        os.close(fd)
            self._master = None
            self._slave = None

    def replug(self) -> None:
        if self._closed:
            raise RuntimeError("emulator host is closed")
        self.unplug()
        self._plug()
        hook = getattr(self.emulator, "replugged", None)
        if callable(hook):
            hook()

    def close(self) -> None:
        if self._closed:
            return
        self.unplug()
        self._closed = True
        self._dir.cleanup()

    def __enter__(self) -> PtyEmulatorHost:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals --------------------------------------------------------------------------
    def _plug(self) -> None:
        master, slave = os.openpty()
        # Raw on our side too: no echo, no CR/LF translation before the driver has set its modes.
        tty.setraw(slave)
        tty.setraw(master)
        os.set_blocking(master, False)
        # We keep the slave open ourselves so the master does not read EIO between driver opens.
        self._master, self._slave = master, slave
        tmp = self._link.with_suffix(".new")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        os.symlink(os.ttyname(slave), tmp)
        os.replace(tmp, self._link)  # atomic re-point: a reconnecting driver never sees no link
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._pump, args=(master, self._stop), name=f"pty-{self.name}", daemon=True
        )
        self._thread.start()

    def _pump(self, master: int, stop: threading.Event) -> None:
        while not stop.is_set():
            try:
                ready, _, _ = select.select([master], [], [], self._POLL_S)
                if not ready:
                    continue
                data = os.read(master, 65536)
            except (OSError, ValueError):
                return  # the fd was closed under us: unplugged
            if not data:
                continue
            try:
                reply = self.emulator.feed(data)
            except Exception:
                # an emulator bug must show up in the test log, not as a silently dead device
                log.exception("emulator %s failed on %d bytes of input", self.name, len(data))
                continue
            if reply:
                with self._write_lock:
                    if self._master != master:
                        return
                    self._write_all(master, reply)

    _WRITE_GIVE_UP_S = 2.0  # a host that never reads must not wedge the emulator thread

    @classmethod
    def _write_all(cls, fd: int, data: bytes) -> None:
        view = memoryview(data)
        deadline = time.monotonic() + cls._WRITE_GIVE_UP_S
        while view:
            try:
                n = os.write(fd, view)
            except BlockingIOError:
                if time.monotonic() > deadline:
                    return
                select.select([], [fd], [], 0.05)
                continue
            except OSError:
                return  # unplugged while writing: the bytes are lost, as on a real cable
            view = view[n:]
