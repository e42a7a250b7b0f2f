"""查询进度 for QML: the resident identifies by ID card or by the receipt's QR code on the scanner, or types
the acceptance number with the last 4 digits of their phone (``progress-number``), sees their
applications (every kind in the store) with statuses in words, opens one, prints a status slip.

A typed number and another terminal's receipt QR are answered by the platform, on a thread; while it
is asked ``asking`` is true, and no answer (offline, not enrolled) is said in words, not waited out.

The lookup itself is Qt-free (``kiosk.core.journey.progress.ProgressSession``); this object turns device
events into lookups and the session's rows into properties. The rows live in memory only and go on
the session's wipe and whenever the resident leaves the progress screens. The slip prints on a
worker thread (a printer can take seconds or time out); a printer problem leaves the list on screen
with the reason in words, as the receipt does.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from devices.base import DeviceKind, EventKind
from kiosk.core.journey.messages import JourneyError, Message
from kiosk.core.journey.receipt import PrintOutcome
from kiosk.ui.flow_parts import ControllerContext, print_in_background

if TYPE_CHECKING:
    from kiosk.core.journey.progress import ProgressSession

log = logging.getLogger(__name__)

SCREEN = "progress"
NUMBER_SCREEN = "progress-number"


class ProgressController(QObject):
    changed = Signal()
    printChanged = Signal()
    _printed = Signal(object)  # PrintOutcome, from the print worker
    _found_elsewhere = Signal(object, int)  # (statuses, lookup number), from the platform lookup thread
    _platform_answered = Signal(object, str, int)  # (PlatformAnswer, how, lookup number), likewise

    def __init__(self, ctx: ControllerContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.app, self.catalog_ctl, self.session = ctx.app, ctx.catalog, ctx.session
        self.services = ctx.services  # the store every flow writes and reads through
        self._lookup: ProgressSession | None = None
        self._message = ""
        self._selected = ""
        self._printing = False
        self._print_state = ""  # "" / printed / the problem in words
        self._printed.connect(self._on_printed)
        self._found_elsewhere.connect(self._on_found_elsewhere)
        self._platform_answered.connect(self._on_platform_answer)
        self._asking = False
        self._lookups = 0  # bumped by each lookup and wipe: a late answer for someone else is dropped
        self.session.register_wipe("progress", self.clear)
        self.app.screenChanged.connect(self._on_screen)
        self.app.localeChanged.connect(self.changed)  # words follow the language switch
        ctx.router.own_screens(lambda screen: screen == SCREEN, self.on_device)

    # -- the lookup ----------------------------------------------------------------------------------
    def _progress(self) -> ProgressSession:
        if self._lookup is None:
            from kiosk.core.journey.progress import ProgressLookup, ProgressSession

            store = self.services.store
            lookup = ProgressLookup(store, self.catalog_ctl.catalog, self.app.config.terminal.name)
            self._lookup = ProgressSession(lookup, _now)
        return self._lookup

    def _locale(self) -> str:
        return str(self.session.locale or "zh_CN")

    def _say(self, message: Message | str) -> None:
        self._message = message.text(self._locale()) if isinstance(message, Message) else message
        self.changed.emit()

    def _on_screen(self) -> None:
        # Leaving the progress screens forgets the list: the next person never sees it.
        if not self.app.screen.startswith(SCREEN) and (self._lookup is not None and self._lookup.looked_up):
            self.clear()
        elif self.app.screen in (SCREEN, NUMBER_SCREEN):
            self._lookups += 1  # an answer still on its way belongs to a search the resident left
            self._asking = False
            self._message = ""
            self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self._lookups += 1
        self._asking = False
        if self._lookup is not None:
            self._lookup.wipe()
        self._message = ""
        self._selected = ""
        self._print_state = ""
        self.changed.emit()
        self.printChanged.emit()

    def on_device(self, device: DeviceKind, kind: EventKind, data: dict[str, Any]) -> None:
        """A device event while the progress screen is shown (see kiosk.ui.device_router)."""
        if device is DeviceKind.IDCARD and kind is EventKind.CARD_INSERTED:
            from kiosk.journey_adapters.devices import card_data

            self.byCard(card_data(data.get("card")))
        elif device is DeviceKind.IDCARD and kind is EventKind.CARD_UNREADABLE:
            self.byCard(None)
        elif device is DeviceKind.SCANNER and kind is EventKind.CODE_SCANNED:
            self.byQr(str(data.get("payload", "")))

    def byCard(self, card: Any) -> bool:
        """A card was read (CardData), or could not be (None)."""
        from kiosk.core.journey.identity import ReadFailure

        try:
            person = self._progress().by_card(card if card is not None else ReadFailure("card_read_failed"))
        except JourneyError as exc:
            self._say(exc.message)
            return False
        self.session.register_sensitive(*person.sensitive_values())
        self._lookups += 1
        self._found()
        self._ask_platform(person.id_number, person.masked_name)
        return True

    def _ask_platform(self, id_number: str, masked_name: str) -> None:
        """Cases another terminal took come from the platform, on a thread (the list is already shown)."""
        from kiosk.journey_adapters.remote_progress import credentials_or_none, remote_statuses

        creds = credentials_or_none(self.services.db)
        if creds is None:  # not enrolled: this kiosk's own applications are all there is
            return
        lookup = self._lookups

        def ask() -> None:
            self._found_elsewhere.emit(remote_statuses(creds, id_number, masked_name), lookup)

        threading.Thread(target=ask, daemon=True, name="progress-platform-lookup").start()

    def _on_found_elsewhere(self, statuses: list[Any], lookup: int) -> None:
        if lookup != self._lookups or self._lookup is None:
            return  # the resident left, or someone else looked up since
        if self._lookup.add_found_elsewhere(statuses):
            self.changed.emit()

    @Slot(str, result=bool)
    def byQr(self, payload: str) -> bool:
        from sync.protocol.status_page import application_id_from

        self._lookups += 1
        try:
            self._progress().by_qr(payload)
        except JourneyError as exc:
            application_id = application_id_from(payload)
            if application_id is None:
                self._say(exc.message)
                return False
            # another terminal's receipt: its status is on the platform
            from kiosk.journey_adapters.remote_progress import by_receipt_qr

            self._ask_in_background(lambda creds: by_receipt_qr(creds, application_id), "qr")
            return True
        self._found()
        return True

    @Slot(str, str, result=bool)
    def byNumber(self, typed_number: str, phone_last4: str) -> bool:
        """The acceptance number as typed (dashes optional) and the last 4 digits of the phone given on
        the application: the platform finds the case whichever terminal took it."""
        from kiosk.core.journey.messages import msg
        from kiosk.core.journey.numbers import typed_acceptance_no
        from kiosk.journey_adapters.remote_progress import by_acceptance_no

        if self._asking:
            return False
        acceptance_no = typed_acceptance_no(typed_number)
        if acceptance_no is None:
            self._say(msg("progress_number_invalid"))
            return False
        if not (len(phone_last4) == 4 and phone_last4.isdigit()):
            self._say(msg("progress_phone_invalid"))
            return False
        self._lookups += 1
        self._ask_in_background(lambda creds: by_acceptance_no(creds, acceptance_no, phone_last4), "number")
        return True

    def _ask_in_background(self, question: Any, how: str) -> None:
        from kiosk.journey_adapters.remote_progress import credentials_or_none

        creds = credentials_or_none(self.services.db)
        lookup = self._lookups
        self._asking = True
        self._message = ""
        self.changed.emit()

        def ask() -> None:
            self._platform_answered.emit(question(creds), how, lookup)

        threading.Thread(target=ask, daemon=True, name="progress-platform-ask").start()

    def _on_platform_answer(self, answer: Any, how: str, lookup: int) -> None:
        from kiosk.core.journey.messages import msg

        if lookup != self._lookups:
            return  # the resident left, or asked again since
        self._asking = False
        if answer.outcome == "found":
            self._progress().found_on_platform(answer.statuses, how)
            self._found()
            return
        code = {
            "none": "progress_number_not_found" if how == "number" else "qr_not_recognised",
            "too_many": "progress_too_many_tries",
        }.get(answer.outcome, "progress_offline")
        self._say(msg(code))

    def _found(self) -> None:
        self._message = ""
        self._print_state = ""
        rows = self._progress().rows(self._locale())
        # a receipt or a typed number names one application: straight to it; a card lists all of them
        one = self._progress().how in ("qr", "number") and len(rows) == 1
        self._selected = rows[0].acceptance_no if one else ""
        self.changed.emit()
        self.printChanged.emit()
        self.app.go("progress-detail" if self._selected else "progress-list")

    @Slot(str)
    def open(self, acceptance_no: str) -> None:
        if self._lookup is not None and self._lookup.detail(acceptance_no) is not None:
            self._lookup.refresh()
            self._selected = acceptance_no
            self._print_state = ""
            self.changed.emit()
            self.printChanged.emit()
            self.app.go("progress-detail")

    # -- the slip ------------------------------------------------------------------------------------
    @Slot(str)
    def printSlip(self, acceptance_no: str) -> None:
        """The status slip for one application ("" = all of them), through the printer driver."""
        if self._printing or self._lookup is None or not self._lookup.looked_up:
            return
        content = self._lookup.slip(acceptance_no)
        driver = self.ctx.printer()
        self._printing = True
        self._print_state = ""
        self.printChanged.emit()
        print_in_background(driver, content, self._printed.emit, name="status-slip-print")

    def _on_printed(self, outcome: PrintOutcome) -> None:
        self._printing = False
        if outcome.printed:
            self._print_state = "printed"
        else:
            self._print_state = _slip_problem(outcome.problem or "", self._locale())
        log.info("status slip %s", "printed" if outcome.printed else f"not printed: {outcome.problem}")
        self.printChanged.emit()

    # -- properties ----------------------------------------------------------------------------------
    def _rows(self) -> list[dict[str, Any]]:
        if self._lookup is None:
            return []
        return [r.as_dict() for r in self._lookup.rows(self._locale())]

    def _detail(self) -> dict[str, Any]:
        if self._lookup is None or not self._selected:
            return {}
        row = self._lookup.detail(self._selected, self._locale())
        return row.as_dict() if row is not None else {}

    def _applicant(self) -> str:
        return self._lookup.applicant_masked if self._lookup is not None else ""

    def _how(self) -> str:
        return self._lookup.how if self._lookup is not None else ""

    def _message_text(self) -> str:
        return self._message

    def _printing_value(self) -> bool:
        return self._printing

    def _asking_value(self) -> bool:
        return self._asking

    def _print_state_value(self) -> str:
        return self._print_state

    rows = Property(list, _rows, notify=changed)
    detail = Property(dict, _detail, notify=changed)
    applicant = Property(str, _applicant, notify=changed)
    how = Property(str, _how, notify=changed)
    message = Property(str, _message_text, notify=changed)
    printing = Property(bool, _printing_value, notify=printChanged)
    asking = Property(bool, _asking_value, notify=changed)
    printState = Property(str, _print_state_value, notify=printChanged)


def _now() -> Any:
    import datetime as dt

    return dt.datetime.now().astimezone()


def _slip_problem(problem: str, locale: str) -> str:
    """The receipt's printer messages speak of an application just submitted; a slip is not one."""
    paper = problem == "receipt_paper_out"
    if locale.startswith("en"):
        why = "the printer is out of paper" if paper else "the printer is not working"
        return f"The status slip was not printed ({why}). The statuses stay on this screen."
    why = "打印机缺纸" if paper else "打印机暂时不能使用"
    return f"状态单没有打印出来（{why}），请查看屏幕上的办理状态。"
