"""The receipt printer port over ``devices.printer.ReceiptPrinter``.

``DevicePrinter(driver).print_receipt(content)`` prints the journey's :class:`ReceiptContent` and
never raises for a printer problem: paper out answers ``PrintOutcome(False, "receipt_paper_out")``,
anything else (offline, cover open, jammed, timeout) ``PrintOutcome(False, "receipt_printer_offline")``.
The driver refuses a job before sending a byte when the printer cannot print, so "not printed" really
means no half receipt came out.
"""

from __future__ import annotations

import logging

from devices.base import DeviceError, DeviceRefused
from devices.printer.driver import ReceiptPrinter
from devices.printer.receipt import Receipt
from kiosk.core.journey.receipt import PrintOutcome, ReceiptContent

log = logging.getLogger(__name__)


def to_device_receipt(content: ReceiptContent) -> Receipt:
    return Receipt(
        title=content.title,
        lines=list(content.lines),
        emphasis=list(content.emphasis),
        qr_payload=content.qr_payload,
        footer=list(content.footer),
        qr_caption=content.qr_caption,
        checklist_title=content.checklist_title,
        checklist=list(content.checklist),
    )


class DevicePrinter:
    def __init__(self, driver: ReceiptPrinter) -> None:
        self.driver = driver

    def print_receipt(self, content: ReceiptContent) -> PrintOutcome:
        try:
            self.driver.print_receipt(to_device_receipt(content))
        except DeviceRefused as exc:
            log.warning("receipt refused by the printer: %s", exc.reason)
            return PrintOutcome(
                False, "receipt_paper_out" if self._paper_out() else "receipt_printer_offline"
            )
        except DeviceError as exc:
            log.warning("receipt not printed: %s", type(exc).__name__)
            return PrintOutcome(False, "receipt_printer_offline")
        except Exception as exc:  # a driver bug must not leave the resident at a stuck screen
            log.error("receipt printer failed unexpectedly: %s", type(exc).__name__)
            return PrintOutcome(False, "receipt_printer_offline")
        return PrintOutcome(True)

    def _paper_out(self) -> bool:
        try:
            return bool(self.driver.read_state().paper_end)
        except DeviceError:
            return False
