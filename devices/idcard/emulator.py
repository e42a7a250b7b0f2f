"""A SAM module with a deck of virtual cards, speaking the real frames byte for byte.

Card life cycle, as on real readers: a card placed in the field is found once (``find`` answers
9F); later ``find`` calls answer 80 until the card leaves the field and comes back. ``select``
succeeds while a found card stays in the field, so a driver can use it to notice removal without
reading personal data again. ``read`` needs a selected card.

Faults are injected for the next N matching commands (``inject(Fault.TIMEOUT)``) or until
``clear_faults()`` (``times=None``).
"""

from __future__ import annotations

import enum
import threading
from dataclasses import dataclass

from devices.base import ProtocolError
from devices.idcard import protocol as p
from devices.idcard.deck import DECK, VirtualCard
from devices.idcard.text import build_text_block

ADDRESS_LEN = 70
SAM_ID = p.build_sam_id(5, 1, 20260101, 1234567890, 42)


class Fault(enum.StrEnum):
    BAD_CHECKSUM = "bad_checksum"  # the answer's checksum byte is wrong
    TRUNCATED = "truncated"  # only the first half of the answer is sent
    TIMEOUT = "timeout"  # no answer at all
    NO_CARD = "no_card"  # find 80 / select 81 even with a card present
    READ_FAILURE = "read_failure"  # read answers 41
    AUTH_FAILURE = "auth_failure"  # select/read answer 31
    SAM_FAILURE = "sam_failure"  # status/SAM id answer 60: the module itself is unwell


_DEFAULT_TARGETS: dict[Fault, frozenset[str] | None] = {
    Fault.BAD_CHECKSUM: None,
    Fault.TRUNCATED: None,
    Fault.TIMEOUT: None,
    Fault.NO_CARD: frozenset({"find", "select"}),
    Fault.READ_FAILURE: frozenset({"read", "read_fingerprint", "read_address"}),
    Fault.AUTH_FAILURE: frozenset({"select", "read", "read_fingerprint"}),
    Fault.SAM_FAILURE: frozenset({"status", "sam_id"}),
}


@dataclass
class _Injected:
    fault: Fault
    targets: frozenset[str] | None
    remaining: int | None


class SamEmulator:
    def __init__(self, deck: dict[str, VirtualCard] | None = None) -> None:
        self.deck = dict(DECK if deck is None else deck)
        self._lock = threading.Lock()
        self._splitter = p.FrameSplitter()
        self._card: VirtualCard | None = None
        self._found = False
        self._selected = False
        self._faults: list[_Injected] = []
        self._watchers: list[tuple[str, threading.Event]] = []
        self.commands_seen: list[str] = []

    # -- controls (console and tests) ----------------------------------------------------
    def insert(self, card_key: str) -> None:
        card = self.deck.get(card_key)
        if card is None:
            raise KeyError(f"no virtual card {card_key!r}; deck has {sorted(self.deck)}")
        with self._lock:
            self._card, self._found, self._selected = card, False, False

    def remove(self) -> None:
        with self._lock:
            self._card, self._found, self._selected = None, False, False

    @property
    def card_key(self) -> str | None:
        with self._lock:
            return self._card.key if self._card else None

    def inject(self, fault: Fault, times: int | None = 1, command: str | None = None) -> None:
        targets = frozenset({command}) if command else _DEFAULT_TARGETS[fault]
        with self._lock:
            self._faults.append(_Injected(fault, targets, times))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def on_next(self, command: str) -> threading.Event:
        """An event set when ``command`` next arrives (before any fault or answer)."""
        event = threading.Event()
        with self._lock:
            self._watchers.append((command, event))
        return event

    # -- the wire -------------------------------------------------------------------------
    def feed(self, data: bytes) -> bytes:
        return b"".join(self._answer(raw) for raw in self._splitter.feed(data))

    def _answer(self, raw: bytes) -> bytes:
        try:
            command = p.parse_command(raw)
        except ProtocolError as exc:
            code = 0x10 if "checksum" in exc.reason else 0x11
            return p.build_response(code)
        name = command.spec.name if command.spec else ""
        with self._lock:
            self.commands_seen.append(name or command.name)
            for watched, event in [w for w in self._watchers if w[0] == name]:
                event.set()
                self._watchers.remove((watched, event))
            fault = self._take_fault(name)
            if fault is Fault.TIMEOUT:
                return b""
            frame = self._respond(name, fault)
        if fault is Fault.BAD_CHECKSUM:
            return frame[:-1] + bytes((frame[-1] ^ 0xFF,))
        if fault is Fault.TRUNCATED:
            return frame[: max(1, len(frame) // 2)]
        return frame

    def _take_fault(self, name: str) -> Fault | None:
        for injected in self._faults:
            if injected.targets is None or name in injected.targets:
                if injected.remaining is not None:
                    injected.remaining -= 1
                    if injected.remaining <= 0:
                        self._faults.remove(injected)
                return injected.fault
        return None

    def _respond(self, name: str, fault: Fault | None) -> bytes:
        card = self._card
        if fault is Fault.SAM_FAILURE:
            return p.build_response(0x60)
        if name == "reset":
            self._found = self._selected = False
            return p.build_response(0x90)
        if name == "status":
            return p.build_response(0x90)
        if name == "sam_id":
            return p.build_response(0x90, SAM_ID)
        if name == "find":
            if fault is Fault.NO_CARD or card is None or self._found:
                return p.build_response(0x80)
            self._found = True
            return p.build_response(0x9F, bytes(4))
        if name == "select":
            if fault is Fault.NO_CARD or card is None or not self._found:
                return p.build_response(0x81)
            if fault is Fault.AUTH_FAILURE:
                return p.build_response(0x31)
            self._selected = True
            return p.build_response(0x90, bytes(8))
        if name in ("read", "read_fingerprint", "read_address"):
            if fault is Fault.AUTH_FAILURE:
                return p.build_response(0x31)
            if fault is Fault.READ_FAILURE or card is None or not self._selected:
                return p.build_response(0x41)
            return self._read_answer(name, card)
        return p.build_response(0x21)

    @staticmethod
    def _read_answer(name: str, card: VirtualCard) -> bytes:
        if name == "read_address":
            if not card.appended_address:
                return p.build_response(0x91)
            raw = card.appended_address.encode("utf-16-le")
            return p.build_response(0x90, raw + " ".encode("utf-16-le") * ((ADDRESS_LEN - len(raw)) // 2))
        text = build_text_block(card.data)
        if name == "read_fingerprint":
            fingerprint = card.fingerprint if card.fingerprint is not None else b""
            return p.build_response(0x90, p.build_card_payload(text, card.photo, fingerprint))
        return p.build_response(0x90, p.build_card_payload(text, card.photo))
