"""What a CUPS queue's IPP attributes mean for printing a resident's document, as codes.

CUPS reports a printer's trouble in ``printer-state-reasons`` (RFC 8011 §5.4.12 keywords, each with an
optional ``-report`` / ``-warning`` / ``-error`` severity suffix) and whether the queue runs in
``printer-state`` (3 idle, 4 processing, 5 stopped) and ``printer-is-accepting-jobs``. The driver turns
those into :class:`A4Code` values; the UI turns codes into words, so nothing here is prose.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


class A4Code(enum.StrEnum):
    READY = "ready"
    PAPER_OUT = "paper_out"
    JAM = "jam"
    DOOR_OPEN = "door_open"
    TONER_LOW = "toner_low"
    TONER_OUT = "toner_out"
    OFFLINE = "offline"  # the printer itself is off or unplugged (CUPS still answers)
    QUEUE_PAUSED = "queue_paused"  # cupsdisable, or CUPS stopped the queue after a backend failure
    NOT_ACCEPTING = "not_accepting"  # cupsreject
    QUEUE_MISSING = "queue_missing"  # the configured queue does not exist on this CUPS server
    UNREACHABLE = "unreachable"  # no CUPS server answers at the configured address


# Codes under which a job would not come out now; the others (toner low) are worth telling a technician.
BLOCKING = frozenset(
    {
        A4Code.PAPER_OUT,
        A4Code.JAM,
        A4Code.DOOR_OPEN,
        A4Code.TONER_OUT,
        A4Code.OFFLINE,
        A4Code.QUEUE_PAUSED,
        A4Code.NOT_ACCEPTING,
        A4Code.QUEUE_MISSING,
        A4Code.UNREACHABLE,
    }
)

# printer-state-reasons keywords (suffix removed) and what each means here.
_REASONS: dict[str, A4Code] = {
    "media-empty": A4Code.PAPER_OUT,
    "media-needed": A4Code.PAPER_OUT,
    "input-tray-missing": A4Code.PAPER_OUT,
    "media-jam": A4Code.JAM,
    "door-open": A4Code.DOOR_OPEN,
    "cover-open": A4Code.DOOR_OPEN,
    "interlock-open": A4Code.DOOR_OPEN,
    "toner-low": A4Code.TONER_LOW,
    "marker-supply-low": A4Code.TONER_LOW,
    "toner-empty": A4Code.TONER_OUT,
    "marker-supply-empty": A4Code.TONER_OUT,
    "offline": A4Code.OFFLINE,
    "shutdown": A4Code.OFFLINE,
    "connecting-to-device": A4Code.OFFLINE,
    "paused": A4Code.QUEUE_PAUSED,
}
_SUFFIXES = ("-report", "-warning", "-error")
PRINTER_STOPPED = 5

# The attributes a status check asks for.
STATUS_ATTRIBUTES = ["printer-state", "printer-state-reasons", "printer-is-accepting-jobs"]


def reason_keyword(reason: str) -> str:
    """``media-empty-error`` → ``media-empty``."""
    for suffix in _SUFFIXES:
        if reason.endswith(suffix):
            return reason[: -len(suffix)]
    return reason


@dataclass(frozen=True)
class QueueCondition:
    """The queue's state as codes, most serious first; ``reasons`` keeps the raw keywords for diagnostics."""

    codes: tuple[A4Code, ...]
    reasons: tuple[str, ...] = ()

    @property
    def can_print(self) -> bool:
        return not any(code in BLOCKING for code in self.codes)

    @property
    def blocking(self) -> A4Code | None:
        return next((code for code in self.codes if code in BLOCKING), None)

    def as_dict(self) -> dict[str, Any]:
        return {"codes": [str(c) for c in self.codes], "reasons": list(self.reasons)}


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return [str(value)]


def condition_from_attributes(attributes: Mapping[str, Any]) -> QueueCondition:
    """Read ``getPrinterAttributes`` output (any unknown reason is kept in ``reasons`` only)."""
    reasons = tuple(r for r in _as_list(attributes.get("printer-state-reasons")) if r and r != "none")
    found: list[A4Code] = []
    for reason in reasons:
        code = _REASONS.get(reason_keyword(reason))
        if code is not None and code not in found:
            found.append(code)
    if attributes.get("printer-state") == PRINTER_STOPPED and A4Code.QUEUE_PAUSED not in found:
        found.append(A4Code.QUEUE_PAUSED)
    if attributes.get("printer-is-accepting-jobs") is False:
        found.append(A4Code.NOT_ACCEPTING)
    ordered = sorted(found, key=lambda c: (c not in BLOCKING, list(A4Code).index(c)))
    return QueueCondition(tuple(ordered) or (A4Code.READY,), reasons)
