"""Incremental ESC/POS parser: the emulator's ears.

Bytes arrive in arbitrary pieces (a pty read can split a command or a GB18030 character anywhere),
so :meth:`EscPosParser.feed` keeps an incomplete tail and returns only whole commands. Anything it
cannot accept becomes an :class:`EscPosError` in the output, and parsing resumes after it: the
emulator, like a real printer, never stops listening because of a bad byte.
"""

from __future__ import annotations

from dataclasses import dataclass

from devices.base import ProtocolError
from devices.printer.escpos import DLE, EOT, ESC, FS, GS, LF

MAX_RASTER_WIDTH_BYTES = 255
MAX_RASTER_ROWS = 4800
MAX_TEXT_RUN = 4096


class EscPosError(ProtocolError):
    """A byte sequence the printer cannot accept; ``offset`` counts from the start of the stream."""

    def __init__(self, reason: str, offset: int) -> None:
        super().__init__(f"{reason} (at byte {offset})")
        self.offset = offset


@dataclass(frozen=True)
class Cmd:
    """One parsed command. ``name`` matches :class:`EscPos` record names; ``arg``/``data`` its payload."""

    name: str
    arg: int = 0
    arg2: int = 0
    data: bytes = b""
    text: str = ""


Parsed = Cmd | EscPosError


def _gb18030_char_len(buf: bytes | bytearray, i: int) -> int:
    """Length of the GB18030 character at ``i``: 1, 2 or 4; 0 if more bytes are needed; -1 if invalid."""
    lead = buf[i]
    if lead < 0x80:
        return 1
    if lead == 0x80 or lead == 0xFF:
        return -1
    if i + 1 >= len(buf):
        return 0
    second = buf[i + 1]
    if 0x40 <= second <= 0xFE and second != 0x7F:
        return 2
    if 0x30 <= second <= 0x39:
        if i + 3 >= len(buf):
            return 0
        third, fourth = buf[i + 2], buf[i + 3]
        if 0x81 <= third <= 0xFE and 0x30 <= fourth <= 0x39:
            return 4
    return -1


class EscPosParser:
    def __init__(self, chinese_always: bool = False) -> None:
        self._buf = bytearray()
        self._offset = 0  # stream offset of _buf[0]
        self.chinese_always = chinese_always  # a firmware that prints GB18030 from power-on
        self.chinese = chinese_always

    def reset(self) -> None:
        self._buf.clear()
        self.chinese = self.chinese_always

    def feed(self, data: bytes) -> list[Parsed]:
        self._buf += data
        out: list[Parsed] = []
        while self._buf:
            used = self._one(out, final=False)
            if used == 0:
                break
            del self._buf[:used]
            self._offset += used
        return out

    def finish(self) -> list[Parsed]:
        """End of stream: whatever is left is a truncated command."""
        out: list[Parsed] = []
        while self._buf:
            used = self._one(out, final=True)
            if used == 0:
                out.append(
                    EscPosError(f"truncated command 0x{self._buf[0]:02X} at end of data", self._offset)
                )
                used = len(self._buf)
            del self._buf[:used]
            self._offset += used
        return out

    # Each branch appends what it found and returns bytes consumed, or 0 to wait for more.
    def _one(self, out: list[Parsed], final: bool) -> int:
        buf = self._buf
        b = buf[0]
        if b == LF:
            out.append(Cmd("lf"))
            return 1
        if b == 0x0D:  # CR: printers with auto-LF off ignore it; so do we
            return 1
        if b == ESC:
            return self._esc(out)
        if b == GS:
            return self._gs(out)
        if b == FS:
            return self._fs(out)
        if b == DLE:
            return self._dle(out)
        if b < 0x20 or b == 0x7F:
            out.append(EscPosError(f"unknown control byte 0x{b:02X}", self._offset))
            return 1
        return self._text(out, final)

    def _err(self, out: list[Parsed], reason: str) -> None:
        out.append(EscPosError(reason, self._offset))

    def _esc(self, out: list[Parsed]) -> int:
        buf = self._buf
        if len(buf) < 2:
            return 0
        op = buf[1]
        if op == 0x40:
            self.chinese = self.chinese_always
            out.append(Cmd("init"))
            return 2
        if op == 0x74:
            if len(buf) < 3:
                return 0
            out.append(Cmd("code_page", buf[2]))
            return 3
        if op in (0x45, 0x61, 0x64):
            if len(buf) < 3:
                return 0
            n = buf[2]
            if op == 0x45:
                out.append(Cmd("bold", n & 1))
            elif op == 0x64:
                out.append(Cmd("feed", n))
            elif n in (0, 1, 2, 48, 49, 50):
                out.append(Cmd("align", n % 48))
            else:
                self._err(out, f"ESC a with invalid justification {n}")
            return 3
        self._err(out, f"unsupported command ESC 0x{op:02X}")
        return 2

    def _gs(self, out: list[Parsed]) -> int:
        buf = self._buf
        if len(buf) < 2:
            return 0
        op = buf[1]
        if op == 0x21:
            if len(buf) < 3:
                return 0
            n = buf[2]
            width, height = (n >> 4) + 1, (n & 0x0F) + 1
            if width > 8 or height > 8:
                self._err(out, f"GS ! with invalid size 0x{n:02X}")
            else:
                out.append(Cmd("size", width, height))
            return 3
        if op == 0x56:
            if len(buf) < 3:
                return 0
            m = buf[2]
            if m in (0, 1, 48, 49):
                out.append(Cmd("cut", m % 48))
                return 3
            if m in (65, 66):
                if len(buf) < 4:
                    return 0
                out.append(Cmd("cut", m - 65, buf[3]))
                return 4
            self._err(out, f"GS V with invalid mode {m}")
            return 3
        if op == 0x76:
            return self._raster(out)
        if op == 0x28:
            return self._gs_paren(out)
        self._err(out, f"unsupported command GS 0x{op:02X}")
        return 2

    def _raster(self, out: list[Parsed]) -> int:
        buf = self._buf
        if len(buf) < 8:
            return 0
        if buf[2] not in (0x30, 0x00):
            self._err(out, f"GS v with unknown function 0x{buf[2]:02X}")
            return 3
        mode, width, rows = buf[3], buf[4] | buf[5] << 8, buf[6] | buf[7] << 8
        if mode not in (0, 1, 2, 3, 48, 49, 50, 51):
            self._err(out, f"GS v 0 with invalid mode {mode}")
            return 8
        if not (1 <= width <= MAX_RASTER_WIDTH_BYTES and 1 <= rows <= MAX_RASTER_ROWS):
            self._err(out, f"GS v 0 image of {width} bytes x {rows} rows is out of range")
            return 8
        total = 8 + width * rows
        if len(buf) < total:
            return 0
        out.append(Cmd("raster", width, rows, bytes(buf[8:total])))
        return total

    def _gs_paren(self, out: list[Parsed]) -> int:
        buf = self._buf
        if len(buf) < 5:
            return 0
        if buf[2] != 0x6B:
            self._err(out, f"unsupported command GS ( 0x{buf[2]:02X}")
            return 3
        size = buf[3] | buf[4] << 8
        if size < 2:
            self._err(out, f"GS ( k with parameter length {size}")
            return 5
        total = 5 + size
        if len(buf) < total:
            return 0
        cn, fn, params = buf[5], buf[6], bytes(buf[7:total])
        if cn != 49:
            self._err(out, f"GS ( k symbol type {cn} is not QR (49)")
            return total
        self._qr(out, fn, params)
        return total

    def _qr(self, out: list[Parsed], fn: int, params: bytes) -> None:
        if fn == 65 and len(params) == 2 and params[0] in (49, 50):
            out.append(Cmd("qr_model", params[0] - 48))
        elif fn == 67 and len(params) == 1 and 1 <= params[0] <= 16:
            out.append(Cmd("qr_size", params[0]))
        elif fn == 69 and len(params) == 1 and 48 <= params[0] <= 51:
            out.append(Cmd("qr_ec", params[0]))
        elif fn == 80 and len(params) >= 2 and params[0] == 48:
            out.append(Cmd("qr_store", data=params[1:]))
        elif fn == 81 and params == b"\x30":
            out.append(Cmd("qr_print"))
        else:
            self._err(out, f"GS ( k QR function {fn} with invalid parameters ({len(params)} bytes)")

    def _fs(self, out: list[Parsed]) -> int:
        buf = self._buf
        if len(buf) < 2:
            return 0
        if buf[1] in (0x26, 0x2E):
            self.chinese = buf[1] == 0x26 or self.chinese_always
            out.append(Cmd("chinese_on" if self.chinese else "chinese_off"))
        else:
            self._err(out, f"unsupported command FS 0x{buf[1]:02X}")
        return 2

    def _dle(self, out: list[Parsed]) -> int:
        buf = self._buf
        if len(buf) < 2:
            return 0
        if buf[1] != EOT:
            self._err(out, f"unsupported real-time command DLE 0x{buf[1]:02X}")
            return 2
        if len(buf) < 3:
            return 0
        n = buf[2]
        if 1 <= n <= 4:
            out.append(Cmd("status", n))
        else:
            self._err(out, f"DLE EOT with invalid status type {n}")
        return 3

    def _text(self, out: list[Parsed], final: bool) -> int:
        buf = self._buf
        end = 0
        limit = min(len(buf), MAX_TEXT_RUN)
        while end < limit and buf[end] >= 0x20 and buf[end] != 0x7F:
            end += 1
        if not self.chinese:
            out.append(Cmd("text", text=bytes(buf[:end]).decode("cp437")))
            return end
        chars: list[str] = []
        i = 0
        while i < end:
            n = _gb18030_char_len(buf, i)
            if n == 0 or (n > 0 and i + n > end):
                if not final and end == len(buf):
                    break  # the rest of this character is still on the wire
                n = -1
            if n < 0:
                self._err(out, f"invalid GB18030 byte 0x{buf[i]:02X} in Chinese text")
                chars.append("\ufffd")
                i += 1
                continue
            try:
                chars.append(bytes(buf[i : i + n]).decode("gb18030"))
            except UnicodeDecodeError:
                self._err(out, "GB18030 sequence with no character assigned")
                chars.append("\ufffd")
            i += n
        if chars:
            out.append(Cmd("text", text="".join(chars)))
        return i
