"""GA/T 467 SAM frames: the one table of commands, the one table of status codes, build and parse.

Frame: ``AA AA AA 96 69`` | LEN (2 bytes, big-endian, counts every byte after LEN including the
checksum) | host: CMD PARA [data] / SAM: SW1 SW2 SW3 [data] | checksum, the XOR of every byte from
LEN to the end of the data. Both directions use the same framing, so one parser serves the driver,
the emulator and ``kiosk-devices idcard decode``.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from devices.base import ProtocolError

PREAMBLE = b"\xaa\xaa\xaa\x96\x69"
HEADER_LEN = len(PREAMBLE) + 2
# The largest real frame is the fingerprint read (LEN 0x090A); anything far beyond is line noise.
MAX_LEN = 0x0A00

TEXT_LEN = 256
PHOTO_LEN = 1024
FINGERPRINT_LEN = 1024


@dataclass(frozen=True)
class CommandSpec:
    name: str
    cmd: int
    para: int
    meaning: str

    @property
    def code(self) -> bytes:
        return bytes((self.cmd, self.para))


# Some vendor documents differ for reset and appended address; these codes are the only place to change.
COMMANDS: dict[str, CommandSpec] = {
    spec.name: spec
    for spec in (
        CommandSpec("reset", 0x10, 0xFF, "reset the SAM"),
        CommandSpec("status", 0x11, 0xFF, "SAM status"),
        CommandSpec("sam_id", 0x12, 0xFF, "read the SAM serial number"),
        CommandSpec("find", 0x20, 0x01, "find a card in the field"),
        CommandSpec("select", 0x20, 0x02, "select the card found"),
        CommandSpec("read", 0x30, 0x01, "read text and photo"),
        CommandSpec("read_fingerprint", 0x30, 0x10, "read text, photo and fingerprint"),
        CommandSpec("read_address", 0x30, 0x03, "read the appended (newer) address"),
    )
}
COMMANDS_BY_CODE: dict[bytes, CommandSpec] = {spec.code: spec for spec in COMMANDS.values()}


class Outcome(enum.StrEnum):
    OK = "ok"  # the command did what was asked
    EMPTY = "empty"  # nothing to return (e.g. no appended address)
    NO_CARD = "no_card"  # no card (or the card left the field)
    CARD = "card"  # a card is there but cannot be read
    AUTH = "auth"  # the SAM/card mutual authentication failed
    HOST = "host"  # the SAM rejected what we sent (checksum, length, command)
    SAM = "sam"  # the SAM module itself is unwell


@dataclass(frozen=True)
class StatusSpec:
    sw3: int
    meaning: str
    outcome: Outcome


STATUS_CODES: dict[int, StatusSpec] = {
    spec.sw3: spec
    for spec in (
        StatusSpec(0x90, "operation succeeded", Outcome.OK),
        StatusSpec(0x9F, "card found", Outcome.OK),
        StatusSpec(0x91, "no content (the card holds nothing of this kind)", Outcome.EMPTY),
        StatusSpec(0x10, "the SAM received a frame with a wrong checksum", Outcome.HOST),
        StatusSpec(0x11, "the SAM received a frame with a wrong length", Outcome.HOST),
        StatusSpec(0x21, "the SAM does not know this command", Outcome.HOST),
        StatusSpec(0x23, "command not permitted now", Outcome.HOST),
        StatusSpec(0x24, "unknown error in the SAM", Outcome.SAM),
        StatusSpec(0x31, "card failed to authenticate the SAM", Outcome.AUTH),
        StatusSpec(0x32, "SAM failed to authenticate the card", Outcome.AUTH),
        StatusSpec(0x33, "information authentication failed", Outcome.AUTH),
        StatusSpec(0x40, "unknown card type", Outcome.CARD),
        StatusSpec(0x41, "reading the card failed", Outcome.CARD),
        StatusSpec(0x47, "random-number request failed", Outcome.CARD),
        StatusSpec(0x60, "SAM self-test failed", Outcome.SAM),
        StatusSpec(0x66, "SAM is not authorised", Outcome.SAM),
        StatusSpec(0x80, "no card found", Outcome.NO_CARD),
        StatusSpec(0x81, "selecting the card failed (card gone?)", Outcome.NO_CARD),
    )
}


def status_meaning(sw3: int) -> str:
    spec = STATUS_CODES.get(sw3)
    return spec.meaning if spec else f"undocumented status 0x{sw3:02X}"


def checksum(data: bytes) -> int:
    """XOR of ``data``, which starts at LEN and ends with the last data byte."""
    value = 0
    for byte in data:
        value ^= byte
    return value


def build_frame(body: bytes) -> bytes:
    length = len(body) + 1
    if length > 0xFFFF:
        raise ValueError("frame body too long")
    counted = length.to_bytes(2, "big") + body
    return PREAMBLE + counted + bytes((checksum(counted),))


def build_command(name: str, data: bytes = b"") -> bytes:
    return build_frame(COMMANDS[name].code + data)


def build_response(sw3: int, data: bytes = b"", sw1: int = 0, sw2: int = 0) -> bytes:
    return build_frame(bytes((sw1, sw2, sw3)) + data)


@dataclass(frozen=True)
class Command:
    spec: CommandSpec | None  # None when the code is not in COMMANDS
    cmd: int
    para: int
    data: bytes

    @property
    def name(self) -> str:
        return self.spec.name if self.spec else f"unknown {self.cmd:02X} {self.para:02X}"


@dataclass(frozen=True)
class Response:
    sw1: int
    sw2: int
    sw3: int
    data: bytes

    @property
    def status(self) -> StatusSpec | None:
        return STATUS_CODES.get(self.sw3)

    @property
    def outcome(self) -> Outcome | None:
        spec = self.status
        return spec.outcome if spec else None

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK

    @property
    def meaning(self) -> str:
        return status_meaning(self.sw3)

    def __repr__(self) -> str:  # data may be a resident's card: show its size only
        return f"Response(sw=0x{self.sw1:02X}{self.sw2:02X}{self.sw3:02X}, {len(self.data)} data bytes)"


def frame_body(raw: bytes) -> bytes:
    """Validate one complete frame and return what sits between LEN and the checksum."""
    if len(raw) < HEADER_LEN + 1:
        raise ProtocolError(f"frame truncated: {len(raw)} bytes, a frame has at least {HEADER_LEN + 1}")
    if raw[: len(PREAMBLE)] != PREAMBLE:
        raise ProtocolError(f"frame does not start with AA AA AA 96 69 (got {raw[:5].hex(' ').upper()})")
    length = int.from_bytes(raw[5:7], "big")
    if length < 1 or length > MAX_LEN:
        raise ProtocolError(f"frame length field {length} is impossible")
    actual = len(raw) - HEADER_LEN
    if actual < length:
        raise ProtocolError(f"frame truncated: length field says {length} bytes, {actual} arrived")
    if actual > length:
        raise ProtocolError(f"{actual - length} stray bytes after the frame")
    expected = checksum(raw[5:-1])
    if raw[-1] != expected:
        raise ProtocolError(f"checksum mismatch: frame says 0x{raw[-1]:02X}, bytes give 0x{expected:02X}")
    return raw[HEADER_LEN:-1]


def parse_command(raw: bytes) -> Command:
    body = frame_body(raw)
    if len(body) < 2:
        raise ProtocolError("command frame has no command code")
    spec = COMMANDS_BY_CODE.get(body[:2])
    return Command(spec, body[0], body[1], body[2:])


def parse_response(raw: bytes) -> Response:
    body = frame_body(raw)
    if len(body) < 3:
        raise ProtocolError("answer frame has no status word")
    return Response(body[0], body[1], body[2], body[3:])


def is_response(raw: bytes) -> bool:
    """SAM answers start with SW1 SW2 = 00 00; no host command code starts with 00."""
    return len(raw) >= HEADER_LEN + 3 and raw[HEADER_LEN] == 0 and raw[HEADER_LEN + 1] == 0


@dataclass(frozen=True)
class CardPayload:
    text: bytes
    photo: bytes
    fingerprint: bytes | None

    def __repr__(self) -> str:  # never print a resident's bytes
        fp = "none" if self.fingerprint is None else f"{len(self.fingerprint)} bytes"
        return f"CardPayload(text {len(self.text)} bytes, photo {len(self.photo)} bytes, fingerprint {fp})"


def parse_card_payload(data: bytes, with_fingerprint: bool) -> CardPayload:
    """Split the data of a successful read answer into text, WLT photo and (optionally) fingerprint."""
    n_lengths = 3 if with_fingerprint else 2
    if len(data) < 2 * n_lengths:
        raise ProtocolError("card data too short to hold its length fields")
    lengths = [int.from_bytes(data[i : i + 2], "big") for i in range(0, 2 * n_lengths, 2)]
    if lengths[0] != TEXT_LEN:
        raise ProtocolError(f"text block is {lengths[0]} bytes, expected {TEXT_LEN}")
    if lengths[1] != PHOTO_LEN:
        raise ProtocolError(f"photo block is {lengths[1]} bytes, expected {PHOTO_LEN}")
    if with_fingerprint and lengths[2] not in (0, FINGERPRINT_LEN):
        raise ProtocolError(f"fingerprint block is {lengths[2]} bytes, expected 0 or {FINGERPRINT_LEN}")
    body = data[2 * n_lengths :]
    if len(body) != sum(lengths):
        raise ProtocolError(f"card data holds {len(body)} bytes, its length fields say {sum(lengths)}")
    text, photo = body[:TEXT_LEN], body[TEXT_LEN : TEXT_LEN + PHOTO_LEN]
    fingerprint = body[TEXT_LEN + PHOTO_LEN :] if with_fingerprint else None
    return CardPayload(text, photo, fingerprint)


def build_card_payload(text: bytes, photo: bytes, fingerprint: bytes | None = None) -> bytes:
    parts = [len(text).to_bytes(2, "big"), len(photo).to_bytes(2, "big")]
    if fingerprint is not None:
        parts.append(len(fingerprint).to_bytes(2, "big"))
    return b"".join(parts) + text + photo + (fingerprint or b"")


class FrameSplitter:
    """Cuts a byte stream into candidate frames, skipping noise before a preamble.

    Candidates are not validated here (``frame_body`` does that), so a bad checksum still yields
    a candidate the receiver can answer with a checksum error. A LEN field that no real frame can
    have yields just the header, which ``frame_body`` rejects, and the hunt resumes after it.
    """

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        self._buf += data
        out: list[bytes] = []
        while True:
            start = self._buf.find(PREAMBLE)
            if start < 0:
                # keep a tail that might be the start of a preamble split across reads
                del self._buf[: max(0, len(self._buf) - (len(PREAMBLE) - 1))]
                return out
            del self._buf[:start]
            if len(self._buf) < HEADER_LEN:
                return out
            length = int.from_bytes(self._buf[5:7], "big")
            if length < 1 or length > MAX_LEN:
                out.append(bytes(self._buf[:HEADER_LEN]))
                del self._buf[:HEADER_LEN]
                continue
            total = HEADER_LEN + length
            if len(self._buf) < total:
                return out
            out.append(bytes(self._buf[:total]))
            del self._buf[:total]

    @property
    def pending(self) -> bytes:
        """Bytes held back waiting for the rest of a frame (to report a truncated frame)."""
        return bytes(self._buf)

    def clear(self) -> None:
        self._buf.clear()


def format_sam_id(data: bytes) -> str:
    """The SAM serial as printed on reader labels: ``AA.BB-CCCCCCCC-DDDDDDDDDD-EEEEEEEEEE``."""
    if len(data) < 16:
        raise ProtocolError(f"SAM id answer holds {len(data)} bytes, expected 16")
    a, b = (int.from_bytes(data[i : i + 2], "little") for i in (0, 2))
    c, d, e = (int.from_bytes(data[i : i + 4], "little") for i in (4, 8, 12))
    return f"{a:02d}.{b:02d}-{c:08d}-{d:010d}-{e:010d}"


def build_sam_id(a: int, b: int, c: int, d: int, e: int) -> bytes:
    return (
        a.to_bytes(2, "little") + b.to_bytes(2, "little")
        + c.to_bytes(4, "little") + d.to_bytes(4, "little") + e.to_bytes(4, "little")
    )  # fmt: skip
