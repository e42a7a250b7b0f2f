"""Decode the four DLE EOT real-time status bytes into a state a technician can act on.

Every answer has the fixed pattern 0xx1xx10 (bits 1 and 4 set, bits 0 and 7 clear); a byte that
does not match is not a status answer (line noise, a stale byte from an earlier job) and is a
:class:`ProtocolError`, never silently read as "all good".
"""

from __future__ import annotations

from dataclasses import dataclass

from devices.base import Health, ProtocolError

FIXED_MASK = 0b1001_0011
FIXED_VALUE = 0b0001_0010


def check_status_byte(n: int, value: int) -> None:
    if not 0 <= value <= 0xFF or value & FIXED_MASK != FIXED_VALUE:
        raise ProtocolError(f"status byte {n} is 0x{value & 0xFF:02X}, not a DLE EOT answer (0xx1xx10)")


@dataclass(frozen=True)
class PrinterState:
    offline: bool = False
    cover_open: bool = False
    paper_end: bool = False
    paper_near_end: bool = False
    cutter_error: bool = False
    unrecoverable_error: bool = False
    auto_recoverable_error: bool = False
    error: bool = False  # the printer's own summary bit (DLE EOT 2, bit 6)

    @property
    def can_print(self) -> bool:
        return not (
            self.offline or self.cover_open or self.paper_end or self.cutter_error or self.unrecoverable_error
        )

    @property
    def problems(self) -> list[str]:
        """What is wrong, worst first, in words for the technician standing at the kiosk."""
        words = []
        if self.unrecoverable_error:
            words.append(
                "the printer reports an unrecoverable error: switch it off and on; if it persists, "
                "the print head or board needs service"
            )
        if self.cutter_error:
            words.append("the paper cutter is jammed: open the cover, clear the paper from the blade")
        if self.cover_open:
            words.append("the printer cover is open: close it until it clicks")
        if self.paper_end:
            words.append("the paper roll is empty: load a new 80/58 mm thermal roll")
        if self.auto_recoverable_error:
            words.append("the print head is too hot; it will resume by itself when it cools")
        if self.offline and not words:
            words.append("the printer is offline (not ready); check power and the paper feed button")
        if self.paper_near_end:
            words.append("the paper roll is nearly empty: replace it soon")
        return words

    @property
    def health(self) -> Health:
        # A printer that answers but cannot print is out of service for residents, so OFFLINE; the
        # reason says why (paper, cover) so nobody goes looking for a loose cable.
        if not self.can_print:
            return Health.OFFLINE
        if self.paper_near_end or self.auto_recoverable_error:
            return Health.DEGRADED
        return Health.OK

    @property
    def reason(self) -> str:
        problems = self.problems
        return "; ".join(problems) if problems else "ready"

    def as_dict(self) -> dict[str, bool]:
        return {
            "offline": self.offline,
            "cover_open": self.cover_open,
            "paper_end": self.paper_end,
            "paper_near_end": self.paper_near_end,
            "cutter_error": self.cutter_error,
            "unrecoverable_error": self.unrecoverable_error,
            "auto_recoverable_error": self.auto_recoverable_error,
            "error": self.error,
        }


def decode_status(printer: int, offline_cause: int, error_cause: int, paper_sensor: int) -> PrinterState:
    """Decode the answers to DLE EOT 1, 2, 3 and 4 (in that order)."""
    for n, value in enumerate((printer, offline_cause, error_cause, paper_sensor), start=1):
        check_status_byte(n, value)
    return PrinterState(
        offline=bool(printer & 0x08),
        cover_open=bool(offline_cause & 0x04),
        paper_end=bool(offline_cause & 0x20) or (paper_sensor & 0x60) == 0x60,
        error=bool(offline_cause & 0x40),
        cutter_error=bool(error_cause & 0x08),
        unrecoverable_error=bool(error_cause & 0x20),
        auto_recoverable_error=bool(error_cause & 0x40),
        paper_near_end=(paper_sensor & 0x0C) == 0x0C,
    )


def encode_status(state: PrinterState) -> tuple[int, int, int, int]:
    """The four bytes a printer in ``state`` answers; the emulator speaks through this."""
    printer = FIXED_VALUE | (0x08 if state.offline else 0)
    offline_cause = FIXED_VALUE
    offline_cause |= 0x04 if state.cover_open else 0
    offline_cause |= 0x20 if state.paper_end else 0
    offline_cause |= 0x40 if state.error else 0
    error_cause = FIXED_VALUE
    error_cause |= 0x08 if state.cutter_error else 0
    error_cause |= 0x20 if state.unrecoverable_error else 0
    error_cause |= 0x40 if state.auto_recoverable_error else 0
    paper = FIXED_VALUE | (0x0C if state.paper_near_end else 0) | (0x60 if state.paper_end else 0)
    return printer, offline_cause, error_cause, paper
