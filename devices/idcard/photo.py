"""The card photo: 1024 bytes of WLT, a proprietary wavelet format with no open decoder.

The bytes stay opaque. A vendor decoder library can be named in the config
(``vendor_photo_decoder``); it is loaded by path through ctypes. Without one ``can_decode`` is
False, and the app must then never claim to compare a face with the card photo.

The decoder calling convention is the common one of vendor ``libwlt`` builds:
``int unpack(const char *wlt, char *bmp_out, int flags)`` returning 1 on success and writing a
102x126 24-bit BMP (38,862 bytes buffer). Other conventions need a small adapter library.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from devices.base import DeviceError

BMP_BUFFER = 38862
_SUCCESS = 1


class PhotoDecoderUnavailable(DeviceError):
    """No vendor decoder configured, or the one configured cannot be loaded or used."""


@dataclass(frozen=True, repr=False)
class CardPhoto:
    wlt: bytes

    def __repr__(self) -> str:  # a face is sensitive personal information: never print it
        return f"CardPhoto(wlt, {len(self.wlt)} bytes)"


class PhotoDecoder:
    """Wraps an optional vendor WLT decoder. ``PhotoDecoder(None)`` is the honest default."""

    def __init__(self, library_path: str | None = None, symbol: str = "unpack") -> None:
        self.library_path = library_path
        self._fn: Callable[[bytes, Any, int], int] | None = None
        self.problem = "no vendor photo decoder configured"
        if not library_path:
            return
        path = Path(library_path)
        if not path.is_file():
            self.problem = f"vendor photo decoder not found at {library_path}"
            return
        try:
            lib = ctypes.CDLL(str(path))
            fn = getattr(lib, symbol)
        except (OSError, AttributeError) as exc:
            self.problem = f"vendor photo decoder cannot be loaded: {exc}"
            return
        fn.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int]
        fn.restype = ctypes.c_int
        self._fn = fn
        self.problem = ""

    @property
    def can_decode(self) -> bool:
        return self._fn is not None

    def decode(self, photo: CardPhoto) -> bytes:
        """Return the photo as BMP bytes, or raise PhotoDecoderUnavailable."""
        if self._fn is None:
            raise PhotoDecoderUnavailable(self.problem)
        out = ctypes.create_string_buffer(BMP_BUFFER)
        result = self._fn(photo.wlt, out, 0)
        if result != _SUCCESS:
            raise PhotoDecoderUnavailable(f"vendor photo decoder returned {result}")
        raw = out.raw
        if raw[:2] != b"BM":
            raise PhotoDecoderUnavailable("vendor photo decoder did not return a BMP")
        size = int.from_bytes(raw[2:6], "little")
        return raw[: size if 0 < size <= BMP_BUFFER else BMP_BUFFER]
