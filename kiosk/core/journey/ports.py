"""Every interface the journey core talks through (typing.Protocol), in one place.

Implementations live outside the core: ``kiosk.journey_adapters`` (SQLite store + sync outbox,
the ESC/POS printer, the ID card reader and cameras). Tests may pass simple fakes.
"""

from kiosk.core.journey.complaints import ComplaintStore
from kiosk.core.journey.evaluation import EvaluationStore
from kiosk.core.journey.help import HelpStore
from kiosk.core.journey.journey import SessionPort
from kiosk.core.journey.progress import ProgressStore
from kiosk.core.journey.receipt import ReceiptPrinterPort
from kiosk.core.journey.submit import Submitter

__all__ = [
    "ComplaintStore",
    "EvaluationStore",
    "HelpStore",
    "ProgressStore",
    "ReceiptPrinterPort",
    "SessionPort",
    "Submitter",
]
