"""Serial (USB-COM) scanner line protocol: ``[AIM id] data terminator``.

Scanners send each code as one line ended by CR or CR LF, optionally prefixed with the three
character AIM symbology identifier ``]cm`` (``]Q1`` QR, ``]C0`` Code 128, ``]E0`` EAN-13...).
Payloads are UTF-8 on well-configured scanners; many sold in China default to GBK output, so a
line that is not UTF-8 is tried as GB18030 and the encoding is reported with the scan.

A line longer than ``max_line`` without a terminator is noise or a wrong baud rate: it is reported
as :class:`ScanError` and the parser drops bytes until the next terminator, so the next good scan
is read correctly (resynchronisation). A partial line followed by silence is dropped the same way
(:meth:`LineParser.idle`), because a scanner sends each code in one burst.
"""

from __future__ import annotations

from dataclasses import dataclass

from devices.base import ProtocolError

CR, LF, TAB = 0x0D, 0x0A, 0x09
# What ends a scan, as the scanner's suffix setting says. CR and LF always end one (a CR LF pair is
# one end); "tab" adds TAB; "none" adds silence (the driver calls LineParser.idle after a gap).
TERMINATORS = ("cr", "lf", "crlf", "tab", "none")
MAX_LINE = 8192  # a version 40 QR holds 2953 bytes; UTF-8 Chinese triples its characters

# AIM code characters (ISO/IEC 15424) for the symbologies kiosk scanners meet.
AIM_SYMBOLOGIES: dict[str, str] = {
    "Q": "QR",
    "C": "Code 128",
    "E": "EAN/UPC",
    "d": "Data Matrix",
    "L": "PDF417",
    "A": "Code 39",
    "G": "Code 93",
    "I": "ITF",
    "F": "Codabar",
    "e": "GS1 DataBar",
    "z": "Aztec",
    "X": "other",
}
# Modifiers that name a more specific symbology than the code character alone.
_AIM_VARIANTS = {"E0": "EAN-13", "E4": "EAN-8", "C1": "GS1-128", "d2": "GS1 DataMatrix", "Q3": "GS1 QR"}
AIM_FOR_SYMBOLOGY = {"QR": "]Q1", "Code 128": "]C0", "EAN-13": "]E0", "EAN-8": "]E4",
                     "Data Matrix": "]d1", "PDF417": "]L0", "Code 39": "]A0"}  # fmt: skip


class ScanError(ProtocolError):
    pass


@dataclass(frozen=True)
class Scan:
    payload: str
    symbology: str  # "unknown" when the scanner sends no AIM prefix
    aim: str | None = None
    encoding: str = "utf-8"

    def as_dict(self) -> dict[str, str | None]:
        return {
            "payload": self.payload,
            "symbology": self.symbology,
            "aim": self.aim,
            "encoding": self.encoding,
        }


def symbology_for(aim: str) -> str:
    return _AIM_VARIANTS.get(aim[1:], AIM_SYMBOLOGIES.get(aim[1], "unknown"))


def split_aim(line: bytes) -> tuple[str | None, bytes]:
    """``]Q1payload`` -> ("]Q1", b"payload"); lines without a known AIM prefix are returned whole."""
    if len(line) >= 3 and line[0] == ord("]") and chr(line[1]) in AIM_SYMBOLOGIES and 0x20 < line[2] < 0x7F:
        return line[:3].decode("ascii"), line[3:]
    return None, line


def decode_line(
    line: bytes, fallback_encoding: str | None = "gb18030", primary_encoding: str = "utf-8"
) -> Scan:
    aim, body = split_aim(line)
    if not body:
        raise ScanError("a scan with an AIM prefix but no data")
    # GS (0x1D) is FNC1 in GS1 codes and legitimately inside payloads; other controls mean noise.
    if any((b < 0x20 and b not in (0x1D, 0x09)) or b == 0x7F for b in body):
        raise ScanError("control characters inside a scan: noise on the line or a wrong baud rate")
    encoding = primary_encoding
    try:
        text = body.decode(primary_encoding)
    except UnicodeDecodeError:
        if fallback_encoding is None or fallback_encoding == primary_encoding:
            raise ScanError(f"the scan is not valid {primary_encoding.upper()}") from None
        try:
            text = body.decode(fallback_encoding)
        except UnicodeDecodeError:
            raise ScanError(f"the scan is neither UTF-8 nor {fallback_encoding.upper()}") from None
        encoding = fallback_encoding
    return Scan(text, symbology_for(aim) if aim else "unknown", aim, encoding)


class LineParser:
    """Feed raw bytes as they arrive; get back complete scans and typed errors, in order."""

    def __init__(
        self,
        max_line: int = MAX_LINE,
        fallback_encoding: str | None = "gb18030",
        terminator: str = "crlf",
        primary_encoding: str = "utf-8",
    ) -> None:
        if terminator not in TERMINATORS:
            raise ValueError(f"scan terminator must be one of {', '.join(TERMINATORS)}, not {terminator!r}")
        self.max_line = max_line
        self.fallback_encoding = fallback_encoding
        self.terminator = terminator
        self.primary_encoding = primary_encoding
        self._ends = (CR, LF, TAB) if terminator == "tab" else (CR, LF)
        self._buf = bytearray()
        self._skip_lf = False  # the CR of a CR LF pair ended the line; swallow its LF
        self._discarding = False  # inside an over-long line: drop until the next terminator

    def reset(self) -> None:
        self._buf.clear()
        self._skip_lf = self._discarding = False

    def feed(self, data: bytes) -> list[Scan | ScanError]:
        out: list[Scan | ScanError] = []
        for b in data:
            if self._skip_lf:
                self._skip_lf = False
                if b == LF:
                    continue
            if b in self._ends:
                self._skip_lf = b == CR
                self._end_line(out)
                continue
            if self._discarding:
                continue
            self._buf.append(b)
            if len(self._buf) > self.max_line:
                out.append(
                    ScanError(f"no line end after {self.max_line} bytes: discarding until the next one")
                )
                self._buf.clear()
                self._discarding = True
        return out

    @property
    def pending(self) -> bool:
        return bool(self._buf) or self._discarding

    def idle(self) -> Scan | ScanError | None:
        """The line went quiet. With no suffix configured that silence ends the scan. Otherwise
        scanners send a code in one burst, so the partial line is noise (or half a code from before a
        replug): it is dropped so the next scan is clean, and the reason says what to check."""
        if not self.pending:
            return None
        if self.terminator == "none" and not self._discarding:
            out: list[Scan | ScanError] = []
            self._end_line(out)
            return out[0] if out else None
        size = len(self._buf)
        ends_in_tab = bool(self._buf) and self._buf[-1] == TAB
        self.reset()
        hint = (
            'set suffix = "TAB" for this scanner'
            if ends_in_tab
            else 'if the scanner sends no suffix, set suffix = "none"'
        )
        return ScanError(f"incomplete scan ({size} bytes without a line end) discarded; {hint}")

    def _end_line(self, out: list[Scan | ScanError]) -> None:
        line = bytes(self._buf)
        self._buf.clear()
        if self._discarding:
            self._discarding = False
            return
        if not line:
            return  # an empty line (e.g. a lone LF from a scanner set to LF CR) carries no scan
        try:
            out.append(decode_line(line, self.fallback_encoding, self.primary_encoding))
        except ScanError as exc:
            out.append(exc)
