"""A receipt printer on the other end of the wire: parses ESC/POS back into a picture of the paper.

Each cut ends a receipt and produces one picture (``last_receipt_image``), saved as a PNG
(``last_receipt_png``) only when an ``output_dir`` is configured: receipts carry residents' data, so
by default nothing is written to disk and only the last few pictures stay in memory. What the
technician would see on a real roll is what the tests look at: Chinese drawn with a CJK font, the
QR symbol drawn module by module as the printer would, raster images dot for dot. DLE EOT queries
are answered from the toggles ``paper_out``, ``paper_near_end``, ``cover_open`` (and a few rarer
faults). Bytes it cannot accept are logged as typed :class:`EscPosError` and never stop it.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

from devices.printer.escpos import QrErrorCorrection
from devices.printer.fonts import cjk_font
from devices.printer.parser import Cmd, EscPosError, EscPosParser
from devices.printer.profiles import PrinterProfile, get_profile
from devices.printer.qr import QrTooLarge, qr_image
from devices.printer.status import PrinterState, encode_status

CELL = 12  # Font A half-width cell; full-width (Chinese) characters take two
CHAR_HEIGHT = 24
LINE_SPACING = 30  # default ESC 2 line spacing in dots
KEEP_RECEIPTS = 20


@dataclass(frozen=True)
class _Glyph:
    char: str
    cells: int
    width_mul: int
    height_mul: int
    bold: bool


class ReceiptCanvas:
    """The paper: finished strips of pixels plus the line being filled."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.strips: list[Image.Image] = []
        self.line: list[_Glyph] = []
        self.align = 0
        self.bold = False
        self.width_mul = 1
        self.height_mul = 1
        self._glyph_cache: dict[_Glyph, Image.Image] = {}

    def reset_modes(self) -> None:
        self.align, self.bold, self.width_mul, self.height_mul = 0, False, 1, 1

    @property
    def has_content(self) -> bool:
        return bool(self.strips or self.line)

    def _line_width(self) -> int:
        return sum(g.cells * CELL * g.width_mul for g in self.line)

    def add_text(self, text: str, full_width_multibyte: bool) -> None:
        for ch in text:
            cells = 2 if full_width_multibyte and ord(ch) > 0x7F else 1
            glyph = _Glyph(ch, cells, self.width_mul, self.height_mul, self.bold)
            if self._line_width() + cells * CELL * self.width_mul > self.width:
                self.print_line()  # the printer wraps at the paper edge by itself
            self.line.append(glyph)

    def _render_glyph(self, g: _Glyph) -> Image.Image:
        cached = self._glyph_cache.get(g)
        if cached is not None:
            return cached
        font = cjk_font(22)
        cell = g.cells * CELL
        # Proportional Latin glyphs (W, m) are wider than Font A's 12-dot cell: draw them at their
        # natural width and squeeze them into the cell, as a fixed-pitch printer font looks.
        natural = max(cell, math.ceil(font.getlength(g.char)) + 2)
        base = Image.new("L", (natural, CHAR_HEIGHT), 255)
        if not g.char.isspace():
            draw = ImageDraw.Draw(base)
            centre = (natural / 2, CHAR_HEIGHT / 2)
            draw.text(centre, g.char, font=font, fill=0, anchor="mm")
            if g.bold:  # double strike one dot to the right, as emphasized mode does
                draw.text((centre[0] + 1, centre[1]), g.char, font=font, fill=0, anchor="mm")
        img = base.resize(
            (g.cells * CELL * g.width_mul, CHAR_HEIGHT * g.height_mul), Image.Resampling.NEAREST
        )
        self._glyph_cache[g] = img
        return img

    def _x_for(self, content_width: int) -> int:
        free = max(0, self.width - content_width)
        return (0, free // 2, free)[self.align]

    def print_line(self) -> None:
        """LF: print the line buffer (an empty buffer still advances the paper one line)."""
        tallest = max((g.height_mul for g in self.line), default=1)
        height = CHAR_HEIGHT * tallest + (LINE_SPACING - CHAR_HEIGHT)
        strip = Image.new("L", (self.width, height), 255)
        x = self._x_for(self._line_width())
        for g in self.line:
            img = self._render_glyph(g)
            strip.paste(img, (x, CHAR_HEIGHT * tallest - img.height))  # baselines line up
            x += img.width
        self.strips.append(strip)
        self.line = []

    def feed(self, lines: int) -> None:
        if self.line:
            self.print_line()
            lines -= 1
        if lines > 0:
            self.strips.append(Image.new("L", (self.width, LINE_SPACING * lines), 255))

    def place_image(self, img: Image.Image) -> None:
        if self.line:
            self.print_line()
        if img.width > self.width:
            img = img.crop((0, 0, self.width, img.height))  # the head has no dots beyond the paper
        strip = Image.new("L", (self.width, img.height), 255)
        strip.paste(img.convert("L"), (self._x_for(img.width), 0))
        self.strips.append(strip)

    def take_page(self) -> Image.Image | None:
        if self.line:
            self.print_line()
        if not self.strips:
            return None
        height = sum(s.height for s in self.strips)
        page = Image.new("L", (self.width, height), 255)
        y = 0
        for s in self.strips:
            page.paste(s, (0, y))
            y += s.height
        self.strips = []
        # Thermal paper is black or white: threshold, no grey.
        return page.point(lambda v: 255 if v >= 128 else 0).convert("1")


class PrinterEmulator:
    """:meth:`feed` takes what the host wrote and returns what the printer answers.

    That is the interface :class:`devices.transport.PtyEmulatorHost` drives over a real pty.
    """

    def __init__(self, profile: PrinterProfile | None = None, output_dir: str | Path | None = None) -> None:
        self.profile = profile or get_profile(None)
        self.output_dir = Path(output_dir) if output_dir is not None else None
        self.paper_out = False
        self.paper_near_end = False
        self.cover_open = False
        self.cutter_error = False
        self.unrecoverable_error = False
        self.head_overheated = False
        self.errors: deque[EscPosError] = deque(maxlen=200)
        self.commands: deque[str] = deque(maxlen=2000)
        # Bounded: an emulated kiosk runs for weeks, and these pictures hold residents' receipts.
        self.receipts: deque[Image.Image] = deque(maxlen=KEEP_RECEIPTS)
        self.receipt_paths: deque[Path] = deque(maxlen=KEEP_RECEIPTS)
        self.receipt_count = 0
        self.print_bytes = 0  # bytes other than status queries: did a job reach the printer?
        self.status_queries = 0
        self.code_page: int | None = None  # the last ESC t n received
        self.printed_while_unable = 0
        always_chinese = self.profile.chinese and self.profile.chinese_mode == "always"
        self._parser = EscPosParser(chinese_always=always_chinese)
        self._canvas = ReceiptCanvas(self.profile.paper_width_dots)
        self._qr_data = b""
        self._qr_module = 3
        self._qr_level = QrErrorCorrection.L
        self._lock = threading.RLock()
        self.receipt_done = threading.Condition(self._lock)

    # -- what the toggles mean on the wire -------------------------------------------------------
    def state(self) -> PrinterState:
        with self._lock:
            error = self.cutter_error or self.unrecoverable_error
            return PrinterState(
                offline=self.paper_out or self.cover_open or error,
                cover_open=self.cover_open,
                paper_end=self.paper_out,
                paper_near_end=self.paper_near_end or self.paper_out,
                cutter_error=self.cutter_error,
                unrecoverable_error=self.unrecoverable_error,
                auto_recoverable_error=self.head_overheated,
                error=error,
            )

    @property
    def last_receipt_png(self) -> Path | None:
        with self._lock:
            return self.receipt_paths[-1] if self.receipt_paths else None

    @property
    def last_receipt_image(self) -> Image.Image | None:
        with self._lock:
            return self.receipts[-1] if self.receipts else None

    # -- the wire ------------------------------------------------------------------------------
    def feed(self, data: bytes) -> bytes:
        with self._lock:
            reply = bytearray()
            for item in self._parser.feed(data):
                self._apply(item, reply)
            return bytes(reply)

    def end_of_stream(self) -> None:
        """The host went away: anything half-sent is a truncated command."""
        with self._lock:
            for item in self._parser.finish():
                self._apply(item, bytearray())

    def tear_off(self) -> Path | Image.Image | None:
        """For models without a cutter: the resident tears the paper, which ends the receipt."""
        with self._lock:
            return self._finish_receipt()

    def _apply(self, item: Cmd | EscPosError, reply: bytearray) -> None:
        if isinstance(item, EscPosError):
            self.errors.append(item)
            self.commands.append("error")
            return
        self.commands.append(item.name)
        if item.name == "status":
            self.status_queries += 1
            reply.append(encode_status(self.state())[item.arg - 1])
            return
        self.print_bytes += max(1, len(item.data) + len(item.text))
        if item.name not in ("init", "chinese_on", "chinese_off", "code_page") and not self.state().can_print:
            # A real printer buffers this and prints after recovery; a correct host never sends it.
            self.printed_while_unable += 1
        self._draw(item)

    def _draw(self, c: Cmd) -> None:
        canvas = self._canvas
        name = c.name
        if name == "init":
            canvas.reset_modes()
            canvas.line = []  # ESC @ clears the print buffer: an unfinished line is never printed
            self._qr_data = b""
        elif name == "text":
            canvas.add_text(c.text, self._parser.chinese)
        elif name == "lf":
            canvas.print_line()
        elif name == "feed":
            canvas.feed(c.arg)
        elif name == "bold":
            canvas.bold = bool(c.arg)
        elif name == "size":
            canvas.width_mul, canvas.height_mul = c.arg, c.arg2
        elif name == "align":
            canvas.align = c.arg
        elif name == "qr_size":
            self._qr_module = c.arg
        elif name == "qr_ec":
            self._qr_level = QrErrorCorrection(c.arg)
        elif name == "qr_store":
            self._qr_data = c.data
        elif name == "qr_print":
            self._print_qr()
        elif name == "raster":
            self._draw_raster(c.arg, c.arg2, c.data)
        elif name == "cut":
            if c.arg2:
                canvas.feed(c.arg2)
            if not self.profile.cutter:
                self.errors.append(EscPosError("cut command sent to a model without a cutter", 0))
            self._finish_receipt()
        elif name == "code_page":
            self.code_page = c.arg
        # chinese_on/off and qr_model change only the parser's or symbol's mode.

    def _print_qr(self) -> None:
        if not self._qr_data:
            self.errors.append(EscPosError("QR print with no data stored", 0))
            return
        try:
            img = qr_image(self._qr_data, self._qr_level, self._qr_module)
        except QrTooLarge as exc:
            self.errors.append(EscPosError(f"QR not printed: {exc}", 0))
            return
        self._canvas.place_image(img)

    def _draw_raster(self, width_bytes: int, rows: int, data: bytes) -> None:
        inverted = bytes(b ^ 0xFF for b in data)  # the printer's 1 is a black dot; PIL's 1 is white
        img = Image.frombytes("1", (width_bytes * 8, rows), inverted)
        self._canvas.place_image(img)

    def _finish_receipt(self) -> Path | Image.Image | None:
        page = self._canvas.take_page()
        if page is None:
            return None
        self.receipts.append(page)
        self.receipt_count += 1
        result: Path | Image.Image = page
        if self.output_dir is not None:
            self.output_dir.mkdir(parents=True, exist_ok=True)
            path = self.output_dir / f"receipt-{self.receipt_count:04d}.png"
            page.save(path)
            self.receipt_paths.append(path)
            result = path
        self.receipt_done.notify_all()
        return result
