"""A USB-COM barcode scanner on the other end of a pty: ``present()`` a code and it sends the bytes a
real scanner sends (AIM prefix, UTF-8 payload, CR LF). Faults send what a bad cable or a wrong baud
rate produces. Plugs into :class:`devices.transport.PtyEmulatorHost` (``attach`` + ``feed``)."""

from __future__ import annotations

import random
from collections.abc import Callable

from devices.scanner.protocol import AIM_FOR_SYMBOLOGY


class ScannerEmulator:
    def __init__(self) -> None:
        self._write: Callable[[bytes], None] | None = None
        self.sent: list[bytes] = []

    def attach(self, write: Callable[[bytes], None]) -> None:
        self._write = write

    def feed(self, data: bytes) -> bytes:
        return b""  # a scanner in line mode ignores the host

    def _send(self, data: bytes) -> None:
        if self._write is None:
            raise RuntimeError("scanner emulator is not attached to a port")
        self.sent.append(data)
        self._write(data)

    @staticmethod
    def frame(
        payload: str | bytes,
        symbology: str = "QR",
        suffix: str = "\r\n",
        aim: bool = True,
        encoding: str = "utf-8",
    ) -> bytes:
        body = payload.encode(encoding) if isinstance(payload, str) else payload
        prefix = AIM_FOR_SYMBOLOGY.get(symbology, "]X0").encode("ascii") if aim else b""
        return prefix + body + suffix.encode("ascii")

    def present(
        self,
        payload: str | bytes,
        symbology: str = "QR",
        suffix: str = "\r\n",
        aim: bool = True,
        encoding: str = "utf-8",
    ) -> None:
        """The resident holds a code under the scanner."""
        self._send(self.frame(payload, symbology, suffix, aim, encoding))

    def send_garbage(self, size: int = 64, seed: int | None = None, terminate: bool = False) -> None:
        """Line noise: random bytes, by default without a line end (the parser must resynchronise)."""
        rng = random.Random(seed)  # noqa: S311 - noise, not security
        noise = bytes(rng.randrange(256) for _ in range(size))
        self._send(noise + (b"\r\n" if terminate else b""))
