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
import socket
import tempfile
import threading
import time
import tty
from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

__all__ = ["ByteEmulator", "PtyEmulatorHost", "PushEmulator", "SocketEmulatorHost"]

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


class SocketEmulatorHost:
    """Runs ``emulator`` behind a loopback TCP port, as a network printer's raw port (9100) is reached.

    ``port`` is the ``socket://127.0.0.1:N`` URL a driver opens; ``address`` the ``host:port`` form.
    One connection at a time, as a JetDirect port serves one job at a time; a new connection
    replaces the old one.
    """

    _POLL_S = 0.05

    def __init__(self, emulator: ByteEmulator, name: str = "emulator") -> None:
        self.emulator = emulator
        self.name = name
        self._server = socket.create_server(("127.0.0.1", 0))
        self._conn: socket.socket | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        if isinstance(emulator, PushEmulator):
            emulator.attach(self.write)
        self._thread = threading.Thread(target=self._serve, name=f"tcp-{name}", daemon=True)
        self._thread.start()

    @property
    def address(self) -> str:
        host, port = self._server.getsockname()[:2]
        return f"{host}:{port}"

    @property
    def port(self) -> str:
        return f"socket://{self.address}"

    def write(self, data: bytes) -> None:
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.sendall(data)

    def disconnect(self) -> None:
        """Drop the current connection, as a printer being switched off and on does; the listening port
        stays, so a driver that reconnects finds the printer again."""
        with self._lock:
            if self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.shutdown(socket.SHUT_RDWR)
                self._conn.close()
                self._conn = None

    def close(self) -> None:
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        self._server.close()

    def __enter__(self) -> SocketEmulatorHost:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            current = self._conn
            watched = [self._server] if current is None else [self._server, current]
            try:
                ready, _, _ = select.select(watched, [], [], self._POLL_S)
            except (OSError, ValueError):
                # A socket closed under us between reading the state and select(): disconnect() dropped
                # the connection (look again) or close() the server (stop). Returning on the first would
                # leave a printer that never answers again, seen under load as a failed power cycle.
                if self._stop.is_set():
                    return
                continue
            if self._server in ready:
                try:
                    conn, _ = self._server.accept()
                except OSError:
                    return
                with self._lock:
                    if self._conn is not None:
                        self._conn.close()
                    self._conn = conn
                continue
            if current is None or current not in ready:
                continue
            try:
                data = current.recv(65536)
            except OSError:
                data = b""
            if not data:  # the driver hung up
                with self._lock:
                    if self._conn is current:
                        current.close()
                        self._conn = None
                continue
            try:
                reply = self.emulator.feed(data)
            except Exception:
                log.exception("emulator %s failed on %d bytes of input", self.name, len(data))
                continue
            if reply:
                self.write(reply)
