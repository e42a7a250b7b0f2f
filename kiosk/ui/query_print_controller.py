"""查询打印 for QML: wraps :class:`kiosk.core.journey.query_print.QueryPrintFlow` and shows its steps as
the QueryPrint*.qml screens. Context property ``qprint``.

The platform is asked and the A4 printer driven on worker threads (each takes seconds); the results
come back to the UI thread through queued signals. The document's pages are drawn for the preview
from the PDF in memory (QtPdf, image provider ``qprintpage``): no page picture is written to disk.
Documents still in the store's print spool (a paper-out, a restart, the answer to a request left
with no link) are printed by :meth:`QueryPrintController.print_waiting`, at start and every
``[devices.a4printer] retry_s`` while the kiosk runs.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QBuffer, QByteArray, QIODevice, QObject, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtQuick import QQuickImageProvider

from devices.base import DeviceKind, EventKind
from kiosk.core.flows import FLOW_SCREEN_PREFIXES, Flow, screen_for
from kiosk.core.journey.face import MAX_ATTEMPTS
from kiosk.core.journey.messages import JourneyError, Message
from kiosk.core.journey.query_print import QueryPrintFlow, QueryStep
from kiosk.ui.flow_parts import ControllerContext

if TYPE_CHECKING:
    from kiosk.journey_adapters.query_print import QueryPrint

log = logging.getLogger(__name__)

_OWN = FLOW_SCREEN_PREFIXES[Flow.QUERY_PRINT]
FIRST_TRY_MS = 5_000  # the spool is tried soon after start, when the devices have opened
PAGE_WIDTH = 1240  # pixels of a page picture when the view asks for no size (A4 at 150 dpi)


def _step_now(flow: QueryPrintFlow) -> QueryStep:
    """The flow's step after a call that moved it (a plain read: the type checker keeps the old one)."""
    return flow.step


class PagePictures:
    """The document shown now, in memory, and its pages drawn at the size the view asks for."""

    def __init__(self, on_count: Callable[[int], None] | None = None) -> None:
        self._pdf: QPdfDocument | None = None
        self._buffer: QBuffer | None = None
        self.generation = 0
        self._on_count = on_count

    def show(self, pdf: bytes | None) -> int:
        """Hold this PDF (None: none); returns the page count. The generation changes the image urls."""
        self.generation += 1
        if self._pdf is not None:
            self._pdf.close()
        if self._buffer is not None:
            self._buffer.close()
        self._pdf = self._buffer = None
        if not pdf:
            return 0
        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        # QtPdf may finish loading from a device later (its pages then count 0 here): the count comes
        # again when it is known. The clean-clone run once showed a preview of 0 pages.
        generation = self.generation
        document.pageCountChanged.connect(lambda count: self._counted(generation, count))
        document.load(buffer)
        self._pdf, self._buffer = document, buffer
        return int(document.pageCount())

    def _counted(self, generation: int, count: int) -> None:
        if generation == self.generation and self._on_count is not None:
            self._on_count(int(count))

    def page(self, image_id: str, size: Any, requested: Any) -> QImage:
        generation, _, page = image_id.partition("/")
        pdf = self._pdf
        if pdf is None or generation != str(self.generation) or not page.isdigit():
            return QImage()
        index = int(page)
        if not 0 <= index < pdf.pageCount():
            return QImage()
        points = pdf.pagePointSize(index)
        width = requested.width() if requested is not None and requested.width() > 0 else PAGE_WIDTH
        height = round(width * points.height() / max(1.0, points.width()))
        image = pdf.render(index, QSize(width, height))
        if image.isNull():
            return QImage()
        if size is not None:
            size.setWidth(image.width())
            size.setHeight(image.height())
        return image


class PageProvider(QQuickImageProvider):
    """``image://qprintpage/<generation>/<page>``. The engine owns this object; the pictures it draws
    belong to the controller, so nothing touches the provider after the engine is gone."""

    def __init__(self, pictures: PagePictures) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self.pictures = pictures

    def requestImage(self, image_id: str, size: Any, requested: Any) -> QImage:
        return self.pictures.page(image_id, size, requested)


class QueryPrintController(QObject):
    changed = Signal()
    messageChanged = Signal()
    _asked = Signal(object, str)  # (flow, fetch code) from the asking thread
    _printed = Signal(object, str)  # (flow, print code) from the printing thread
    _spooled = Signal(object)  # outcome codes of a spool pass
    _stepped = Signal(object, str)  # (flow, step): the flow moves on the asking and printing threads too
    faceChanged = Signal()
    _face_prompt = Signal(str)
    _face_done = Signal(object, bool)  # (flow, passed) from the face-capture thread

    def __init__(self, ctx: ControllerContext, desk: QueryPrint, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.app, self.catalog_ctl, self.session = ctx.app, ctx.catalog, ctx.session
        self.desk = desk
        self.flow: QueryPrintFlow | None = None
        self.pages = PagePictures(on_count=self._on_page_count)
        engine = getattr(self.app, "engine", None)
        if engine is not None:
            engine.addImageProvider("qprintpage", PageProvider(self.pages))
        self._page_count = 0
        self._message = ""
        self._spooling = False
        self.last_spool: list[str] = []
        self._asked.connect(self._on_asked)
        self._printed.connect(self._on_printed)
        self._spooled.connect(self._on_spooled)
        self._stepped.connect(self._on_stepped)
        self._face_prompt.connect(self._on_face_prompt)
        self._face_done.connect(self._on_face_done)
        self._face_text = ""
        self._face_busy = False
        self.face_timeout = 15.0  # seconds per liveness step: generous, elderly residents move slowly
        self.app.screenChanged.connect(self._on_screen)
        self._retry = QTimer(self)
        self._retry.setInterval(round(ctx.services.config.devices.a4printer.retry_s * 1000))
        self._retry.timeout.connect(self.print_waiting)
        self._retry.start()
        # a child timer, not QTimer.singleShot: it dies with this object if the kiosk closes first
        self._first_try = QTimer(self)
        self._first_try.setSingleShot(True)
        self._first_try.timeout.connect(self.print_waiting)
        self._first_try.start(min(FIRST_TRY_MS, self._retry.interval()))

    # -- plumbing ----------------------------------------------------------------------------------
    def let_go(self) -> None:
        self._drop()

    def _locale(self) -> str:
        return str(self.session.locale or "zh_CN")

    def _say(self, message: Message | str) -> None:
        self._message = message.text(self._locale()) if isinstance(message, Message) else message
        self.messageChanged.emit()

    def _on_screen(self) -> None:
        # Home or Back out of these screens forgets the resident and the document
        if self.flow is not None and not self.app.screen.startswith(_OWN):
            self._drop()

    def _drop(self) -> None:
        flow, self.flow = self.flow, None
        if flow is not None:
            flow.wipe()
        self._page_count = self.pages.show(None)
        self._message = ""
        self.changed.emit()
        self.messageChanged.emit()

    def _show(self, step: QueryStep) -> None:
        screen = screen_for(Flow.QUERY_PRINT, step)
        if screen is None or self.app.replace_screen(screen, _OWN):
            return
        if self.app.screen != screen:
            self.app.go(screen)

    def _observer(self, flow: QueryPrintFlow) -> Callable[[QueryStep], None]:
        return lambda step: self._stepped.emit(flow, str(step))

    def _on_stepped(self, flow: QueryPrintFlow, _step: str) -> None:
        """On the UI thread: the screen follows the step in the next turn of the event loop (a step
        usually moves inside a button's handler, which must not be destroyed mid-handler)."""
        if flow is not self.flow:
            return  # the resident left meanwhile
        self._message = ""
        self.messageChanged.emit()
        # the flow's step when the timer fires, not this one: a later step's signal may have come first
        QTimer.singleShot(0, lambda: self._show(flow.step) if self.flow is flow else None)
        self.changed.emit()

    # -- the flow ----------------------------------------------------------------------------------
    @Slot(str)
    def start(self, matter_code: str) -> None:
        self._drop()
        self.ctx.router.begin_flow(self)
        catalog = self.catalog_ctl.catalog
        try:
            if catalog is None:
                raise JourneyError("unknown_matter")
            flow = QueryPrintFlow(catalog, self.desk, matter_code)
        except JourneyError as exc:
            self._say(exc.message)
            return
        self.flow = flow
        flow.add_observer(self._observer(flow))
        self._show(QueryStep.IDENTIFY)
        self.changed.emit()

    def on_device(self, device: DeviceKind, kind: EventKind, data: dict[str, Any]) -> None:
        if device is not DeviceKind.IDCARD or kind not in (
            EventKind.CARD_INSERTED,
            EventKind.CARD_UNREADABLE,
        ):
            return
        if kind is EventKind.CARD_UNREADABLE:
            self.identify(None)
            return
        from kiosk.journey_adapters.devices import card_data

        self.identify(card_data(data.get("card")))

    def identify(self, card: Any) -> bool:
        """A card was read (CardData), or could not be (None); then the platform is asked."""
        from kiosk.core.journey.identity import ReadFailure

        flow = self.flow
        if flow is None or flow.step is not QueryStep.IDENTIFY:
            return False
        try:
            person = flow.identify(card if card is not None else ReadFailure("card_read_failed"))
        except JourneyError as exc:
            self._say(exc.message)
            return False
        self.session.register_sensitive(*person.sensitive_values())
        if _step_now(flow) is QueryStep.ASKING:  # else the face check comes first
            self._ask(flow)
        return True

    def _ask(self, flow: QueryPrintFlow) -> None:
        def ask() -> None:
            try:
                code = flow.ask()
            except Exception:  # the resident must hear something, never wait forever
                log.exception("query-and-print: asking the platform failed")
                code = "refused"
            self._asked.emit(flow, code)

        threading.Thread(target=ask, name="query-print-ask", daemon=True).start()

    # -- the face check (where the matter asks for one) -------------------------------------------------
    @Slot()
    def faceStart(self) -> None:
        """The resident said yes: one live face check (a blink when asked) on a worker thread, the
        application journey's face step. The camera is not used before this; no frame is kept."""
        flow = self.flow
        if flow is None or flow.step is not QueryStep.FACE or self._face_busy:
            return
        camera = self.ctx.working_camera(DeviceKind.FACE_CAMERA)
        if camera is None:
            self._say(Message("face_camera_offline"))
            self.faceDecline()
            return
        locale, timeout = self._locale(), self.face_timeout
        self._face_busy = True
        self.faceChanged.emit()

        def work() -> None:
            from devices.camera.face_capture import FaceCapture, run

            passed = False
            try:
                capture = FaceCapture(step_timeout=timeout)
                update = run(
                    capture,
                    camera,
                    timeout=timeout,
                    on_update=lambda u: self._face_prompt.emit(Message(u.code).text(locale)),
                )
                passed = bool(update is not None and update.passed and capture.best_frame is not None)
                capture.clear()
            except Exception as exc:  # a face-step failure must leave the resident a way on
                log.error("face capture failed: %s", type(exc).__name__)
            self._face_done.emit(flow, passed)

        threading.Thread(target=work, name="query-print-face", daemon=True).start()

    @Slot()
    def faceDecline(self) -> None:
        flow = self.flow
        if flow is None or flow.step is not QueryStep.FACE or self._face_busy:
            return
        flow.face_declined()
        if _step_now(flow) is QueryStep.ASKING:
            self._ask(flow)

    def _on_face_prompt(self, text: str) -> None:
        self._face_text = text
        self.faceChanged.emit()

    def _on_face_done(self, flow: QueryPrintFlow, passed: bool) -> None:
        self._face_busy, self._face_text = False, ""
        self.faceChanged.emit()
        if flow is not self.flow or flow.step is not QueryStep.FACE:
            return  # the resident left meanwhile
        flow.face_result(passed)
        if _step_now(flow) is QueryStep.ASKING:
            self._ask(flow)
        elif _step_now(flow) is QueryStep.FACE:
            self._say(Message("face_retry", {"left": MAX_ATTEMPTS - flow.face_attempts}))

    def _on_page_count(self, count: int) -> None:
        if self.flow is not None and count != self._page_count:
            self._page_count = count
            self.changed.emit()

    def _on_asked(self, flow: QueryPrintFlow, code: str) -> None:
        if flow is not self.flow:
            return  # the resident left meanwhile
        if code == "ok" and flow.document is not None:
            self._page_count = self.pages.show(flow.document.pdf)
        self.changed.emit()

    @Slot()
    def printDocument(self) -> None:
        flow = self.flow
        if flow is None or flow.step is not QueryStep.PREVIEW:
            return
        flow.start_printing()

        def work() -> None:
            try:
                code = flow.print()
            except Exception:
                log.exception("query-and-print: printing failed")
                code = "unreachable"
            self._printed.emit(flow, code)

        threading.Thread(target=work, name="query-print-print", daemon=True).start()

    def _on_printed(self, flow: QueryPrintFlow, code: str) -> None:
        if flow is self.flow:
            self.changed.emit()

    @Slot(str, result=bool)
    def leaveRequest(self, delivery: str) -> bool:
        flow = self.flow
        if flow is None:
            return False
        try:
            flow.leave_request(delivery)
        except JourneyError as exc:
            self._say(exc.message)
            return False
        return True

    @Slot()
    def finish(self) -> None:
        """The resident is done: the session ends (its wipe forgets the card and the document)."""
        self._drop()
        self.session.complete()

    @Slot()
    def cancel(self) -> None:
        self._drop()
        self.app.go("home")

    # -- the spool ---------------------------------------------------------------------------------
    @Slot()
    def print_waiting(self) -> None:
        """Print what the spool still holds, on a worker thread (one pass at a time)."""
        if self._spooling or self.desk.printer is None:
            return
        self._spooling = True

        def work() -> None:
            codes: list[str] = []
            try:
                codes = self.desk.print_waiting()
            except Exception:
                log.exception("query-and-print: printing the spool failed")
            self._spooled.emit(codes)

        threading.Thread(target=work, name="query-print-spool", daemon=True).start()

    def _on_spooled(self, codes: list[str]) -> None:
        self._spooling = False
        self.last_spool = list(codes)

    def close(self) -> None:
        self._retry.stop()
        self._first_try.stop()
        self.pages.show(None)

    # -- for QML -----------------------------------------------------------------------------------
    def _step_value(self) -> str:
        return str(self.flow.step) if self.flow is not None else ""

    def _message_value(self) -> str:
        return self._message

    def _info(self) -> dict[str, Any]:
        flow = self.flow
        if flow is None:
            return {}
        locale = self._locale()
        info: dict[str, Any] = {
            "matter": flow.matter.name.text(locale),
            "maskedName": flow.person.masked_name if flow.person is not None else "",
            "pageCount": self._page_count,
            "generation": self.pages.generation,
            "canLeave": flow.can_leave_request,
            "canMail": flow.can_mail,
            "outcome": flow.outcome.text(locale) if flow.outcome is not None else "",
            "outcomeCode": flow.outcome.code if flow.outcome is not None else "",
            "spoken": flow.spoken,
            "faceRequired": flow.face_required,
            "hasPrinter": self.desk.has_printer(),
        }
        document = flow.document
        if document is not None:
            d = document.answer.document
            info |= {
                "title": d.title,
                "number": d.number,
                "issuer": d.issuer,
                "issuedOn": d.issued_on,
                "keyFigures": [{"label": f.label, "value": f.value} for f in d.fields if f.key],
            }
        return info

    step = Property(str, _step_value, notify=changed)
    facePrompt = Property(str, lambda self: self._face_text, notify=faceChanged)
    faceBusy = Property(bool, lambda self: self._face_busy, notify=faceChanged)
    message = Property(str, _message_value, notify=messageChanged)
    info = Property(dict, _info, notify=changed)
