"""有诉即办 for QML: a category, the text (Pinyin keyboard), an optional contact phone or anonymous.

The complaint is validated and filed by the Qt-free core (``kiosk.core.journey.complaints``); the
store seals the text and contact and, in one transaction, writes the row, queues it for sync
(``sync.outbox.enqueue_small``) and appends the audit entry. Nothing typed is kept here after the
complaint is filed, the resident leaves the screens or the session is wiped.

A filed complaint gets a number from the acceptance numbering and a slip to print (on a worker
thread, like the receipt): its QR finds the staff's answer under 查询进度 once it has come back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.journey.messages import JourneyError, Message
from kiosk.core.journey.receipt import PrintOutcome
from kiosk.ui.flow_parts import print_in_background

if TYPE_CHECKING:
    from kiosk.core.session import Session
    from kiosk.services import KioskServices
    from kiosk.ui.app_controller import AppController

log = logging.getLogger(__name__)

SCREEN = "complaints"


class ComplaintsController(QObject):
    changed = Signal()
    _printed = Signal(object)  # PrintOutcome, from the print worker

    def __init__(
        self,
        app: AppController,
        session: Session,
        services: KioskServices,
        parent: QObject | None = None,
        printer: Callable[[], Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.session = session
        self.services = services  # its store seals and queues
        self.printer = printer or (lambda: None)
        self._message = ""
        self._errors: dict[str, str] = {}
        self._filed = False
        self._slip: Any = None  # the filed complaint's ReceiptContent
        self._print_state = ""  # "" / printing / what came of it, in words
        self._printed.connect(self._on_printed)
        session.register_wipe("complaints", self.clear)
        app.screenChanged.connect(self._on_screen)
        app.localeChanged.connect(self.changed)  # words follow the language switch

    def _locale(self) -> str:
        return str(self.session.locale or "zh_CN")

    def _on_screen(self) -> None:
        if self.app.screen == SCREEN:  # a fresh form each time it opens
            self.clear()
        elif not self.app.screen.startswith(SCREEN) and (self._filed or self._errors or self._message):
            self.clear()

    @Slot()
    def clear(self) -> None:
        self._message = ""
        self._errors = {}
        self._filed = False
        self._slip = None
        self._print_state = ""
        self.changed.emit()

    @Slot(str, str, str, bool, result=bool)
    def submit(self, category: str, text: str, contact: str, anonymous: bool) -> bool:
        import datetime as dt

        from kiosk.core.journey.complaints import file_complaint

        try:
            record = file_complaint(
                self.services.store,
                category,
                text,
                contact=contact.strip() or None,
                anonymous=bool(anonymous),
                now=dt.datetime.now().astimezone(),
            )
        except JourneyError as exc:
            errors = getattr(exc, "errors", ())
            self._errors = {}
            for e in errors:
                self._errors.setdefault(e.path, e.text(self._locale()))
            self._message = errors[0].text(self._locale()) if errors else exc.message.text(self._locale())
            self.changed.emit()
            return False
        except Exception as exc:  # the store failed: say so, keep what was typed for a retry
            log.error("complaint not stored: %s", type(exc).__name__)
            self._message = Message("complaint_not_saved").text(self._locale())
            self.changed.emit()
            return False
        log.info("complaint filed (%s)", category)
        self._errors = {}
        self._message = ""
        self._filed = True
        self._slip = self._make_slip(record.id, category, record.created_at)
        self.changed.emit()
        self.app.go("complaints-done")
        return True

    def _make_slip(self, complaint_id: str, category: str, created_at: float) -> Any:
        import datetime as dt

        from kiosk.core.journey.complaints import CATEGORIES, complaint_slip

        try:
            numbered = self.services.store.complaint_slip(complaint_id)
        except Exception as exc:  # filed and queued all the same; only the slip is missing
            log.error("complaint slip not made: %s", type(exc).__name__)
            return None
        if numbered is None:
            return None
        number, qr = numbered
        filed_at = dt.datetime.fromtimestamp(created_at).astimezone()
        return complaint_slip(number, CATEGORIES[category].text("zh_CN"), filed_at, qr)

    @Slot()
    def printSlip(self) -> None:
        if self._slip is None or self._print_state == "printing":
            return
        self._print_state = "printing"
        self.changed.emit()
        print_in_background(self.printer(), self._slip, self._printed.emit, name="complaint-slip-print")

    def _on_printed(self, outcome: PrintOutcome) -> None:
        if self._slip is None:  # the resident left meanwhile
            return
        if outcome.printed:
            self._print_state = Message("complaint_slip_printed").text(self._locale())
        else:
            self._print_state = Message("complaint_slip_not_printed").text(self._locale())
        log.info("complaint slip %s", "printed" if outcome.printed else f"not printed: {outcome.problem}")
        self.changed.emit()

    def _slip_number(self) -> str:
        return str(self._slip.acceptance_no) if self._slip is not None else ""

    def _print_state_value(self) -> str:
        return self._print_state

    def _categories(self) -> list[dict[str, str]]:
        from kiosk.core.journey.complaints import CATEGORIES

        return [{"value": k, "label": v.text(self._locale())} for k, v in CATEGORIES.items()]

    def _message_text(self) -> str:
        return self._message

    def _errors_value(self) -> dict[str, str]:
        return dict(self._errors)

    def _filed_value(self) -> bool:
        return self._filed

    categories = Property(list, _categories, notify=changed)
    message = Property(str, _message_text, notify=changed)
    errors = Property(dict, _errors_value, notify=changed)
    filed = Property(bool, _filed_value, notify=changed)
    slipNumber = Property(str, _slip_number, notify=changed)  # "" when no slip could be made
    printState = Property(str, _print_state_value, notify=changed)
