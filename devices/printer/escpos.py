"""ESC/POS commands, all in one base class writing to an abstract byte sink.

The shape follows python-escpos (``escpos.py`` + ``printer/dummy.py``): :class:`EscPos` knows every
command we emit and writes bytes to :meth:`ByteSink.write`; :class:`BufferSink` just collects them,
which is how receipts are rendered before anything touches a port (so a refused job never sends
half a receipt). The emulator in ``emulator.py`` parses exactly these bytes back.

Every write also records a command *name and size* (never the text) so the driver's traffic log can
describe a job without holding a resident's data.
"""

from __future__ import annotations

import abc
import enum
from dataclasses import dataclass

from PIL import Image

ESC = 0x1B
GS = 0x1D
FS = 0x1C
DLE = 0x10
EOT = 0x04
LF = 0x0A

INIT = bytes([ESC, 0x40])
CHINESE_ON = bytes([FS, 0x26])
CHINESE_OFF = bytes([FS, 0x2E])

MAX_QR_DATA = 7089  # numeric capacity of a version 40 symbol; real printers accept less
MAX_RASTER_ROWS = 2400  # one GS v 0 block; taller images are sent as several blocks


class Align(enum.IntEnum):
    LEFT = 0
    CENTER = 1
    RIGHT = 2


class QrErrorCorrection(enum.IntEnum):
    L = 48
    M = 49
    Q = 50
    H = 51


class StatusQuery(enum.IntEnum):
    """DLE EOT n: the four real-time status bytes."""

    PRINTER = 1
    OFFLINE_CAUSE = 2
    ERROR_CAUSE = 3
    PAPER_SENSOR = 4


class CutMode(enum.IntEnum):
    FULL = 0
    PARTIAL = 1


def status_query(n: StatusQuery) -> bytes:
    return bytes([DLE, EOT, int(n)])


@dataclass(frozen=True)
class CommandRecord:
    name: str
    size: int


class ByteSink(abc.ABC):
    @abc.abstractmethod
    def write(self, data: bytes) -> None:
        """Deliver bytes to the printer (or a buffer)."""


class BufferSink(ByteSink):
    """Collects bytes in memory, like python-escpos' Dummy printer."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []

    def write(self, data: bytes) -> None:
        self._chunks.append(bytes(data))

    @property
    def output(self) -> bytes:
        return b"".join(self._chunks)

    def clear(self) -> None:
        self._chunks.clear()


class EscPos:
    """Every ESC/POS command the kiosk uses. Text methods track Chinese mode so encoding is right."""

    def __init__(self, sink: ByteSink, chinese_always: bool = False) -> None:
        self.sink = sink
        self.commands: list[CommandRecord] = []
        # Firmwares that print GB18030 from power-on need no FS &, and ESC @ does not leave it.
        self.chinese_always = chinese_always
        self._chinese = chinese_always

    def _send(self, name: str, data: bytes) -> None:
        self.commands.append(CommandRecord(name, len(data)))
        self.sink.write(data)

    # -- setup --------------------------------------------------------------------------------
    def init(self) -> None:
        """ESC @: clears the print buffer and modes; Chinese mode is off afterwards on most models."""
        self._chinese = self.chinese_always
        self._send("init", INIT)

    def code_page(self, n: int) -> None:
        """ESC t n: the character table for single-byte text outside Chinese mode."""
        if not 0 <= n <= 255:
            raise ValueError(f"code page must be 0..255, got {n}")
        self._send("code_page", bytes([ESC, 0x74, n]))

    def chinese(self, on: bool) -> None:
        """FS & / FS .: select or cancel the Chinese (GB18030 double-byte) character mode."""
        if self.chinese_always:
            return  # the firmware is always in Chinese mode; FS & would only be noise to it
        self._chinese = on
        self._send("chinese_on" if on else "chinese_off", CHINESE_ON if on else CHINESE_OFF)

    @property
    def chinese_mode(self) -> bool:
        return self._chinese

    # -- text ---------------------------------------------------------------------------------
    def encode_text(self, text: str) -> bytes:
        """GB18030 in Chinese mode; outside it only ASCII prints correctly, the rest becomes '?'."""
        if self._chinese:
            return text.encode("gb18030")
        return text.encode("ascii", errors="replace")

    def text(self, text: str) -> None:
        """Raw text; a non-ASCII string switches Chinese mode on first (FS &)."""
        if not self._chinese and not text.isascii():
            self.chinese(True)
        self._send("text", self.encode_text(text))

    def line(self, text: str = "") -> None:
        if text:
            self.text(text)
        self.feed_line()

    def feed_line(self) -> None:
        self._send("lf", bytes([LF]))

    def feed(self, lines: int) -> None:
        """ESC d n: print the buffer and feed n lines."""
        if not 0 <= lines <= 255:
            raise ValueError(f"feed lines must be 0..255, got {lines}")
        self._send("feed", bytes([ESC, 0x64, lines]))

    def size(self, width: int = 1, height: int = 1) -> None:
        """GS ! n: character magnification 1..8 in each direction (bits 4-7 width, 0-3 height)."""
        if not (1 <= width <= 8 and 1 <= height <= 8):
            raise ValueError(f"character size must be 1..8 x 1..8, got {width} x {height}")
        self._send("size", bytes([GS, 0x21, ((width - 1) << 4) | (height - 1)]))

    def bold(self, on: bool) -> None:
        """ESC E n: emphasized mode."""
        self._send("bold", bytes([ESC, 0x45, 1 if on else 0]))

    def align(self, how: Align) -> None:
        """ESC a n: justification; takes effect at the start of a line."""
        self._send("align", bytes([ESC, 0x61, int(how)]))

    # -- QR code (GS ( k, cn = 49) ----------------------------------------------------------
    def _qr_function(self, name: str, fn: int, params: bytes) -> None:
        body = bytes([49, fn]) + params
        n = len(body)
        self._send(name, bytes([GS, 0x28, 0x6B, n & 0xFF, n >> 8]) + body)

    def qr_model(self, model: int = 2) -> None:
        """Function 165: model 1 or 2 (model 2 is what phones read)."""
        if model not in (1, 2):
            raise ValueError(f"QR model must be 1 or 2, got {model}")
        self._qr_function("qr_model", 65, bytes([48 + model, 0]))

    def qr_module_size(self, dots: int) -> None:
        """Function 167: module size in dots, 1..16."""
        if not 1 <= dots <= 16:
            raise ValueError(f"QR module size must be 1..16 dots, got {dots}")
        self._qr_function("qr_size", 67, bytes([dots]))

    def qr_error_correction(self, level: QrErrorCorrection) -> None:
        """Function 169."""
        self._qr_function("qr_ec", 69, bytes([int(level)]))

    def qr_store(self, data: bytes) -> None:
        """Function 180: store the symbol data (bytes; UTF-8 for text) in the symbol storage area."""
        if not data:
            raise ValueError("QR data is empty")
        if len(data) > MAX_QR_DATA:
            raise ValueError(f"QR data is {len(data)} bytes, more than {MAX_QR_DATA}")
        self._qr_function("qr_store", 80, bytes([48]) + data)

    def qr_print(self) -> None:
        """Function 181: print the stored symbol."""
        self._qr_function("qr_print", 81, bytes([48]))

    def qr(
        self,
        payload: str | bytes,
        module_size: int = 6,
        level: QrErrorCorrection = QrErrorCorrection.M,
    ) -> None:
        data = payload.encode("utf-8") if isinstance(payload, str) else payload
        self.qr_model(2)
        self.qr_module_size(module_size)
        self.qr_error_correction(level)
        self.qr_store(data)
        self.qr_print()

    # -- raster image (GS v 0) ------------------------------------------------------------------
    def image(self, image: Image.Image, max_width: int) -> None:
        """Print a PIL image as dithered 1-bit raster blocks, scaled down to ``max_width`` dots."""
        for width_bytes, rows, data in raster_blocks(image, max_width):
            header = bytes([GS, 0x76, 0x30, 0, width_bytes & 0xFF, width_bytes >> 8, rows & 0xFF, rows >> 8])
            self._send("raster", header + data)

    # -- paper -----------------------------------------------------------------------------------
    def cut(self, mode: CutMode = CutMode.PARTIAL) -> None:
        """GS V m: cut at the current position (feed first so the last line clears the blade)."""
        self._send("cut", bytes([GS, 0x56, int(mode)]))

    # -- real-time status --------------------------------------------------------------------------
    def query_status(self, n: StatusQuery) -> None:
        self._send(f"status_{int(n)}", status_query(n))


def raster_blocks(image: Image.Image, max_width: int) -> list[tuple[int, int, bytes]]:
    """Dither ``image`` to 1 bit (Floyd-Steinberg) and split it into GS v 0 blocks.

    Returns (bytes per row, rows, data) per block; in the data a set bit is a black dot, MSB left.
    """
    if max_width < 8:
        raise ValueError(f"max_width must be at least 8 dots, got {max_width}")
    gray = image.convert("L")
    if gray.width > max_width:
        height = max(1, round(gray.height * max_width / gray.width))
        gray = gray.resize((max_width, height), Image.Resampling.LANCZOS)
    padded_width = (gray.width + 7) // 8 * 8
    if padded_width != gray.width:
        canvas = Image.new("L", (padded_width, gray.height), 255)
        canvas.paste(gray, (0, 0))
        gray = canvas
    mono = gray.convert("1")  # PIL dithers with Floyd-Steinberg by default
    packed = bytes(b ^ 0xFF for b in mono.tobytes())  # PIL packs white as 1; the printer burns 1s
    width_bytes = padded_width // 8
    blocks = []
    for top in range(0, mono.height, MAX_RASTER_ROWS):
        rows = min(MAX_RASTER_ROWS, mono.height - top)
        blocks.append((width_bytes, rows, packed[top * width_bytes : (top + rows) * width_bytes]))
    return blocks
