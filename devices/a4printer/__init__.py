"""A4 printer through CUPS: IPP state codes, the pycups driver and a throwaway cupsd as its emulator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from devices.a4printer.driver import A4Printer, PrintOutcome
from devices.a4printer.ipp_state import A4Code, QueueCondition
from devices.base import EventSink

__all__ = ["A4Code", "A4Printer", "PrintOutcome", "QueueCondition", "create_driver"]


def create_driver(settings: Mapping[str, Any], on_event: EventSink | None = None) -> A4Printer:
    """Settings: ``server`` ("host:port" of cupsd), ``queue`` (the CUPS queue name), ``job_timeout_s``,
    ``poll_s`` (how often an idle queue is checked)."""
    server = settings.get("server")
    if not server:
        raise ValueError("a4printer: 'server' is required")
    return A4Printer(
        str(server),
        str(settings.get("queue", "kiosk-a4")),
        job_timeout_s=float(settings.get("job_timeout_s", 120.0)),
        poll_s=float(settings.get("poll_s", 5.0)),
        name=settings.get("name"),
        on_event=on_event,
    )
