"""The resident's journey for QML: wraps ``kiosk.core.journey.Journey`` and shows its step as a screen.

The core decides; this object only translates: device events -> journey calls, journey state ->
properties the Journey*.qml screens bind to. Personal data stays in the journey (memory only);
what is exposed here is masked except the form values the resident is typing themselves.

The receipt prints on a worker thread (a printer can take seconds or time out) and the outcome is
handed back to the journey on the UI thread, where the store is written.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, QTimer, QUrl, Signal, Slot

from devices.base import DeviceKind, EventKind
from kiosk.core.catalog import FaceVerification
from kiosk.core.flows import Flow, flow_for, screen_for
from kiosk.core.journey.evaluation import DIMENSIONS, LEVEL_LABELS, REASONS, Level, Rating
from kiosk.core.journey.journey import Journey, Step
from kiosk.core.journey.messages import JourneyError, Message
from kiosk.core.journey.proxy import FAMILY, RELATIONSHIPS, ProxyDetails
from kiosk.core.journey.receipt import PrintOutcome, ReceiptContent
from kiosk.core.journey.signature import render_signature
from kiosk.logs import mask_id, mask_name
from kiosk.ui.flow_parts import CameraPreview, ControllerContext, print_in_background, write_qr_png
from kiosk.ui.journey_ending import JourneyEnding

if TYPE_CHECKING:
    from kiosk.ui.certification_controller import CertificationController
    from kiosk.ui.query_print_controller import QueryPrintController

log = logging.getLogger(__name__)

OWN_SCREENS = ("journey-",)


class _HandOver:
    """The journey's printer port on the UI thread: answers with what the worker already printed."""

    def __init__(self) -> None:
        self.outcome = PrintOutcome(False, "receipt_printer_offline")

    def print_receipt(self, content: ReceiptContent) -> PrintOutcome:
        return self.outcome


class JourneyController(QObject):
    stepChanged = Signal()
    messageChanged = Signal()
    formChanged = Signal()
    materialsChanged = Signal()
    receiptChanged = Signal()
    busyChanged = Signal()
    _printed = Signal(object, bool)  # outcome, retry (emitted from the print worker)
    _face_prompt = Signal(str)  # from the face worker
    _face_done = Signal(bool, object, object)  # passed, JPEG of the best frame, score
    faceChanged = Signal()
    cardChanged = Signal()
    slipChanged = Signal()
    _slip_printed = Signal(object)  # outcome of a form page or 一次性告知单 (from the print worker)
    _scanned = Signal(str, object)  # material code, the straightened capture (from the scan worker)
    leaveAsked = Signal(str)  # the resident pressed Finish / Home / Back / Cancel with work to lose

    def __init__(self, ctx: ControllerContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.app, self.catalog_ctl, self.session = ctx.app, ctx.catalog, ctx.session
        self.services = ctx.services  # the store every flow writes and reads through
        self.config = ctx.app.config
        self.journey: Journey | None = None
        self._port = _HandOver()
        self._message = ""
        self._errors: dict[str, str] = {}
        self._verdicts: dict[str, str] = {}
        self._qr_target = ""
        self._busy = False
        self._qr_png: Path | None = None
        self._wants_proxy = False
        self._authorization: list[Any] = []
        self._principal_card: Any = None  # 长辈版 family path: the elderly resident's card (memory only)
        self._printed.connect(self._on_printed)
        self._face_prompt.connect(self._on_face_prompt)
        self._face_done.connect(self._on_face_done)
        self._face_text = ""
        self.face_timeout = 12.0  # seconds per attempt
        self.certification: CertificationController | None = None  # set by the app once it is built
        self.query_print: QueryPrintController | None = None  # 查询打印, set by the app likewise
        self._suggestions: list[Any] = []  # 您可能需要办理, shown on the identify screen; memory only
        self._suggest_card: Any = None
        self._field_errors: list[Any] = []  # the form's errors as FieldErrors, for the summary
        self._summary_shown = False  # the summary lists the errors once Continue was refused
        self._warning: Message | None = None  # the same-day duplicate warning, shown until the submit
        self._card_on_reader = False
        self._scanning = ""  # the material whose page is being straightened
        self._slip = ""  # what became of the last slip printed on request (form page, notice)
        self._slip_printed.connect(self._on_slip_printed)
        self._scanned.connect(self._on_scanned)
        self.ending = JourneyEnding(self)
        self.app.screenChanged.connect(self._on_screen)
        self.session.add_observer(self._on_session)
        if getattr(self.app, "leave_guard", False) is None:
            self.app.leave_guard = self._guard_leave
        engine = getattr(self.app, "engine", None)
        if engine is not None:
            engine.addImageProvider(
                "journeycam", CameraPreview(lambda _id: self.ctx.camera(DeviceKind.DOCUMENT_CAMERA))
            )

    def _on_screen(self) -> None:
        if self._slip and self._slip != "printing":  # a slip's "printed" belongs to the screen it was on
            self._slip = ""
            self.slipChanged.emit()
        # Leaving the journey's screens (Back, Home) before submitting forgets what was entered.
        j = self.journey
        if j is not None and not self.app.screen.startswith(OWN_SCREENS) and j.result is None:
            self._drop()
            self._changed()

    def _on_session(self, event: Any) -> None:
        # Another language: the rows in words, the rating's labels and the warning are re-read in it.
        if event.kind == "locale" and self.journey is not None:
            self._changed()

    def let_go(self) -> None:
        """Another flow starts (the device router says so): forget this journey."""
        self._drop()

    # -- start and step ----------------------------------------------------------------------------
    @Slot(str)
    def start(self, matter_code: str) -> None:
        catalog = self.catalog_ctl.catalog
        matter = catalog.matter(matter_code) if catalog is not None else None
        if matter is not None and flow_for(matter) is Flow.CERTIFICATION and self.certification is not None:
            self.certification.start(matter_code)  # its own flow: consent, liveness, no form
            return
        if matter is not None and flow_for(matter) is Flow.QUERY_PRINT and self.query_print is not None:
            self.query_print.start(matter_code)  # a document from the platform, printed on A4
            return
        self._begin(matter_code=matter_code)

    @Slot(str)
    def startBundle(self, bundle_code: str) -> None:
        self._begin(bundle_code=bundle_code)

    def _begin(self, **which: str) -> None:
        self._drop()
        catalog = self.catalog_ctl.catalog
        try:
            if catalog is None:
                raise JourneyError("unknown_matter")
            journey = Journey(
                catalog, self.services.journey_services(self._port), session=self.session, **which
            )
        except JourneyError as exc:
            self._say(exc.message)
            self.app.go(_screen(Step.IDENTIFY))
            return
        self.journey = journey
        self.ctx.router.begin_flow(self)
        journey.add_observer(self._on_step)
        self.app.go(_screen(Step.IDENTIFY))
        self._changed()
        # A card laid on the reader before Start raised its event when nobody listened: read it now.
        QTimer.singleShot(0, self._read_card_on_reader)

    def _reader(self) -> Any:
        devices = self.ctx.devices
        return devices.driver(DeviceKind.IDCARD) if devices is not None else None

    def card_on_reader(self) -> bool:
        return self._card_on_reader

    def _read_card_on_reader(self) -> None:
        reader = self._reader()
        read = getattr(reader, "current_card", None) if reader is not None else None
        self._set_card(read is not None)
        j = self.journey
        if read is not None and j is not None and j.step is Step.IDENTIFY:
            from kiosk.journey_adapters.devices import card_data

            self.identify(card_data(read))

    def _set_card(self, present: bool) -> None:
        if present != self._card_on_reader:
            self._card_on_reader = present
            self.cardChanged.emit()
            self.ending.card_changed()

    def _drop(self) -> None:
        journey, self.journey = self.journey, None  # first: the wipe below calls _on_step(END)
        if journey is not None:
            journey.wipe()
        self._wants_proxy = False
        self._authorization = []
        self._principal_card = None
        self._suggestions, self._suggest_card = [], None
        self._errors, self._verdicts, self._qr_target = {}, {}, ""
        self._field_errors, self._summary_shown, self._warning, self._slip = [], False, None, ""
        self.ending.hold.stop()
        self._qr_png = None
        self._message = ""

    def _on_step(self, step: Step) -> None:
        self._errors, self._field_errors, self._summary_shown = {}, [], False
        self._message = ""
        if step is Step.MATERIALS and self.journey is not None:
            self._use_card_read(self.journey)
        if step is Step.GUIDE and self.journey is not None:
            # the resident read the guide before starting: no second guide screen
            self.journey.accept_guide()
            return
        if step is Step.END:
            journey = self.journey
            completed = (
                journey is not None
                and journey.end_reason is not None
                and journey.end_reason.value == "completed"
            )
            self._drop()  # the journey wiped itself; this forgets the screen's share
            self._changed()
            if completed:
                # 办理完成 and the card reminder, once the pressed button's handler is done
                QTimer.singleShot(0, self.ending.show_done)
            return
        # The screen changes in the next turn of the event loop: the step usually moves on inside a
        # button's handler, and swapping the screen there would destroy the button mid-handler.
        QTimer.singleShot(0, self._sync_screen)
        self._changed()

    def _sync_screen(self) -> None:
        j = self.journey
        if j is None:
            return
        screen = screen_for(Flow.APPLICATION, j.step)
        if self._suggestions:
            screen = _screen(Step.IDENTIFY)  # the card was read: suggestions first, then on
        if j.step is Step.RATE and self.app.screen == _screen(Step.RECEIPT):
            screen = None  # the receipt stays until touched or the hold time is over (JourneyEnding)
        if screen is not None and self.app.screen != screen:
            self.app.replace(screen)

    def _changed(self) -> None:
        self.stepChanged.emit()
        self.messageChanged.emit()
        self.formChanged.emit()
        self.materialsChanged.emit()
        self.receiptChanged.emit()

    def _say(self, message: Message | str) -> None:
        locale = self.session.locale or "zh_CN"
        self._message = message.text(locale) if isinstance(message, Message) else message
        self.messageChanged.emit()

    def _step(self) -> str:
        return self.journey.step.value if self.journey else ""

    def _steps(self) -> list[Step]:
        """The screens this journey shows the resident, in order (第2步，共6步 counts these)."""
        j = self.journey
        if j is None:
            return []
        steps = [Step.IDENTIFY]
        if self._wants_proxy or j.proxy is not None:
            steps.append(Step.PROXY)
        if j.face_policy is not FaceVerification.NONE:
            steps.append(Step.FACE_CONSENT)
        if _has_form(j):
            steps.append(Step.FORM)
        return [*steps, Step.MATERIALS, Step.SIGN, Step.REVIEW, Step.RECEIPT]

    def _step_index(self) -> int:
        j = self.journey
        if j is None:
            return 0
        shown = {Step.FACE: Step.FACE_CONSENT, Step.RATE: Step.RECEIPT, Step.GUIDE: Step.IDENTIFY}
        steps = self._steps()
        step = shown.get(j.step, j.step)
        return steps.index(step) + 1 if step in steps else 0

    def _step_count(self) -> int:
        return len(self._steps())

    def _warning_text(self) -> str:
        return self._warning.text(self.session.locale or "zh_CN") if self._warning is not None else ""

    def _has_input(self) -> bool:
        """Something the resident gave would be lost by leaving now (a card read, before the submit)."""
        j = self.journey
        return j is not None and j.result is None and j.holder is not None

    def _guard_leave(self, action: str) -> bool:
        """The shell's Finish / Home / Back: True when this asks first (the question is the QML's)."""
        if not self._has_input() or not self.app.screen.startswith(OWN_SCREENS):
            return False
        self.leaveAsked.emit(action)
        return True

    def _message_text(self) -> str:
        return self._message

    def _busy_value(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busyChanged.emit()

    def _info(self) -> dict[str, Any]:
        j = self.journey
        if j is None:
            return {}
        locale = self.session.locale or "zh_CN"
        subject = j.subject
        return {
            "matters": [m.name.text(locale) for m in j.matters],
            "bundle": j.bundle.name.text(locale) if j.bundle else "",
            "elsewhere": [m.name.text(locale) for m in j.elsewhere],
            "proxyAllowed": j.proxy_allowed,
            "maskedName": subject.masked_name if subject else "",
            "agentMaskedName": j.holder.masked_name if j.proxy and j.holder else "",
            "face": j.face_policy.value,
        }

    # -- identify, proxy, face ---------------------------------------------------------------------
    def on_device(self, device: DeviceKind, kind: EventKind, data: dict[str, Any]) -> None:
        """A device event while this journey is the resident's flow (see kiosk.ui.device_router)."""
        if device is DeviceKind.IDCARD and kind in (EventKind.CARD_INSERTED, EventKind.CARD_REMOVED):
            self._set_card(kind is EventKind.CARD_INSERTED)
        j = self.journey
        if j is None:
            return
        if device is DeviceKind.IDCARD and j.step is Step.IDENTIFY:
            if kind is EventKind.CARD_INSERTED:
                from kiosk.journey_adapters.devices import card_data

                self.identify(card_data(data.get("card")))
            elif kind is EventKind.CARD_UNREADABLE:
                self.identify(None)
            elif kind is EventKind.CARD_REMOVED and not self._message:
                # gone before any read finished (a finished read moves the journey on)
                self._say(Message("card_removed"))
        elif device is DeviceKind.IDCARD and j.step is Step.PROXY and kind in _CARD_READ:
            self._read_principal_card(data.get("card") if kind is EventKind.CARD_INSERTED else None)
        elif device is DeviceKind.SCANNER and kind is EventKind.CODE_SCANNED and j.step is Step.MATERIALS:
            self.elicenseQr(self._qr_target or self._first_elicense_card(), str(data.get("payload", "")))

    def identify(self, card: Any) -> None:
        """A card was read (CardData), or not (None: the reader could not read it)."""
        j = self.journey
        if j is None or j.step is not Step.IDENTIFY:
            return
        if card is None:
            from kiosk.core.journey.identity import ReadFailure

            card = ReadFailure("card_read_failed")
        try:
            j.identify(card, proxy=self._wants_proxy)
        except JourneyError as exc:
            self._say(exc.message)
            return
        if j.warning is not None:  # the same matter applied for today: shown, never blocking
            self._warning = j.warning
            self.stepChanged.emit()
        if not self._wants_proxy:
            self._offer_suggestions(j, card)

    # -- 您可能需要办理 --------------------------------------------------------------------------
    def _offer_suggestions(self, j: Journey, card: Any) -> None:
        """Matters the card suggests, judged in memory; nothing about them is stored or sent."""
        from kiosk.core.suggestions import suggest
        from kiosk.journey_adapters.certification import done_this_year

        holder = j.holder
        if holder is None:
            return
        store, today = self.services.store, j.today
        try:
            found = suggest(
                j.catalog,
                holder.birth_date,
                today,
                done_this_year=lambda code: done_this_year(store, holder.id_number, code, today),
                exclude=[*j.matter_codes, *([j.bundle.code] if j.bundle else [])],
            )
        except Exception as exc:  # a convenience: never block the journey on it
            log.warning("suggestions unavailable: %s", type(exc).__name__)
            return
        if found:
            self._suggestions, self._suggest_card = found, card
            self.stepChanged.emit()

    def _suggestion_rows(self) -> list[dict[str, str]]:
        locale = self.session.locale or "zh_CN"
        return [s.row(locale) for s in self._suggestions]

    @Slot()
    def dismissSuggestions(self) -> None:
        """Go on with the matter the resident came for."""
        self._suggestions, self._suggest_card = [], None
        self.stepChanged.emit()
        self._sync_screen()

    @Slot(int)
    def startSuggested(self, index: int) -> None:
        """Start a suggested matter or bundle instead, with the card already read."""
        if not 0 <= index < len(self._suggestions):
            return
        chosen, card = self._suggestions[index], self._suggest_card
        catalog = self.catalog_ctl.catalog
        matter = catalog.matter(chosen.code) if catalog is not None and chosen.kind == "matter" else None
        if matter is not None and flow_for(matter) is Flow.CERTIFICATION and self.certification is not None:
            self._drop()
            self.certification.start_with_card(chosen.code, card)
            return
        if chosen.kind == "bundle":
            self._begin(bundle_code=chosen.code)
        else:
            self._begin(matter_code=chosen.code)
        if self.journey is not None and card is not None:
            self.identify(card)

    @Slot(bool)
    def setProxy(self, wanted: bool) -> None:
        self._wants_proxy = bool(wanted)
        self.stepChanged.emit()

    def _proxy_value(self) -> bool:
        return self._wants_proxy

    @Slot(str, str, str, str, result=bool)
    def submitProxy(self, name: str, id_number: str, phone: str, relationship: str) -> bool:
        j = self.journey
        if j is None or j.step is not Step.PROXY:
            return False
        pages = self._authorization
        errors = j.set_proxy(ProxyDetails(name, id_number, phone, relationship, tuple(pages)))
        if errors:
            self._set_errors(errors)
            return False
        self._authorization = []
        return True

    @Slot(result=bool)
    def scanAuthorization(self) -> bool:
        page = self._capture_page("authorization")
        if page is None:
            return False
        self._authorization = [*self._authorization, page]
        self.materialsChanged.emit()
        return True

    def _authorization_count(self) -> int:
        return len(self._authorization)

    def _preview_available(self) -> bool:
        return self.ctx.camera(DeviceKind.DOCUMENT_CAMERA) is not None

    # -- 长辈版 family path: the elderly resident's own card instead of typed details --------------------
    def _read_principal_card(self, raw: Any) -> None:
        """Their card on the reader at the proxy step (after the helper's): who the application is for."""
        from kiosk.core.journey.identity import IdentifyError, ReadFailure, identify
        from kiosk.journey_adapters.devices import card_data

        j = self.journey
        if j is None or j.step is not Step.PROXY:
            return
        try:
            person = identify(card_data(raw) if raw is not None else ReadFailure("card_read_failed"), j.today)
        except IdentifyError as exc:
            self._say(exc.message)
            return
        if j.holder is not None and person.id_number == j.holder.id_number:
            self._say(Message("principal_is_agent"))  # the helper's own card again
            return
        self.session.register_sensitive(*person.sensitive_values())
        self._principal_card = person
        self._message = ""
        self.stepChanged.emit()
        self.messageChanged.emit()

    def _principal_card_info(self) -> dict[str, str]:
        card = self._principal_card
        return {"maskedName": card.masked_name, "maskedId": card.masked_id} if card is not None else {}

    @Slot()
    def clearPrincipalCard(self) -> None:
        self._principal_card = None
        self.stepChanged.emit()

    @Slot(str, str, result=bool)
    def submitFamilyProxy(self, relationship: str, phone: str) -> bool:
        """The family path's one step: their card was read; the relationship (and a phone if any)."""
        j = self.journey
        card = self._principal_card
        if j is None or j.step is not Step.PROXY or card is None:
            return False
        details = ProxyDetails("", "", phone, relationship, tuple(self._authorization), principal_card=card)
        errors = j.set_proxy(details)
        if errors:
            self._set_errors(errors)
            return False
        self._authorization = []
        self._principal_card = None
        return True

    def _family_relationships(self) -> list[dict[str, str]]:
        locale = self.session.locale or "zh_CN"
        return [{"value": k, "label": RELATIONSHIPS[k].text(locale)} for k in FAMILY]

    def _relationships(self) -> list[dict[str, str]]:
        locale = self.session.locale or "zh_CN"
        return [{"value": k, "label": v.text(locale)} for k, v in RELATIONSHIPS.items()]

    @Slot(bool)
    def faceConsent(self, granted: bool) -> None:
        j = self.journey
        if j is None:
            return
        try:
            outcome: Any
            if granted and self.ctx.working_camera(DeviceKind.FACE_CAMERA) is None:
                outcome = j.face_camera_offline()
            else:
                outcome = j.face_consent(granted)
            if outcome is not None and outcome.reason is not None:
                self._say(outcome.reason)
        except JourneyError as exc:
            self._say(exc.message)

    @Slot()
    def faceStart(self) -> None:
        """One face attempt with a blink challenge, on a worker thread (frames for several seconds)."""
        j = self.journey
        if j is None or j.step is not Step.FACE or self._busy:
            return
        camera = self.ctx.working_camera(DeviceKind.FACE_CAMERA)
        if camera is None:
            outcome = self._call(j.face_camera_offline)
            if outcome is not None and outcome.reason is not None:
                self._say(outcome.reason)
            return
        locale = self.session.locale or "zh_CN"
        timeout = self.face_timeout
        self._set_busy(True)

        def work() -> None:
            from devices.camera.face_capture import FaceCapture, run
            from kiosk.journey_adapters.devices import face_jpeg

            passed, jpeg, score = False, None, None
            try:
                capture = FaceCapture(step_timeout=timeout)
                update = run(
                    capture,
                    camera,
                    timeout=timeout,
                    on_update=lambda u: self._face_prompt.emit(Message(u.code).text(locale)),
                )
                best = capture.best_frame
                if update is not None and update.passed and best is not None:
                    passed, jpeg = True, face_jpeg(best)
                    quality = capture.best_quality
                    score = float(quality.score) if quality is not None else None
                capture.clear()
            except Exception as exc:  # a face-step failure must leave the resident a way on
                log.error("face capture failed: %s", type(exc).__name__)
            self._face_done.emit(passed, jpeg, score)

        threading.Thread(target=work, name="face-capture", daemon=True).start()

    def _on_face_prompt(self, text: str) -> None:
        self._face_text = text
        self.faceChanged.emit()

    def _on_face_done(self, passed: bool, jpeg: Any, score: Any) -> None:
        self._set_busy(False)
        self._face_text = ""
        self.faceChanged.emit()
        j = self.journey
        if j is None or j.step is not Step.FACE:
            return  # wiped meanwhile: the frame is dropped with this call
        try:
            outcome = j.face_attempt(passed, jpeg, score)
        except JourneyError as exc:
            self._say(exc.message)
            return
        if outcome is None and j.face is not None:
            self._say(j.face.retry_message())
        elif outcome is not None and outcome.reason is not None:
            self._say(outcome.reason)

    def _face_prompt_text(self) -> str:
        return self._face_text

    @Slot()
    def faceStaff(self) -> None:
        if self.journey is not None:
            outcome = self._call(self.journey.face_choose_staff)
            if outcome is not None and outcome.reason is not None:
                self._say(outcome.reason)

    # -- form ----------------------------------------------------------------------------------------
    def _form_rows(self) -> list[dict[str, Any]]:
        j = self.journey
        if j is None or j.form is None:
            return []
        return j.form.describe(self.session.locale or "zh_CN")

    def _locked(self) -> dict[str, str]:
        """Fields the card filled with the name or ID number: shown masked, not typed over."""
        j = self.journey
        subject = j.subject if j else None
        if j is None or j.form is None or subject is None:
            return {}
        values = j.values
        out = {}
        for f in j.form.fields:
            if f.prefill in _MASKED and values.get(f.key) == subject.prefill(f.prefill):
                out[f.key] = _MASKED[f.prefill](str(values[f.key]))
        return out

    def _form_values(self) -> dict[str, Any]:
        if self.journey is None:
            return {}
        return self.journey.values | self._locked()

    def _form_locked(self) -> list[str]:
        return list(self._locked())

    def _form_errors(self) -> dict[str, str]:
        return dict(self._errors)

    def _set_errors(self, errors: Any) -> None:
        locale = self.session.locale or "zh_CN"
        self._errors = {}
        self._field_errors = list(errors)
        for e in errors:
            self._errors.setdefault(e.path, e.text(locale))
        self.formChanged.emit()

    def _error_summary(self) -> list[dict[str, Any]]:
        """Each field to fix, in form order, once Continue was refused (touching one goes to it)."""
        j = self.journey
        if j is None or not self._summary_shown:
            return []
        return j.error_summary(self._field_errors, self.session.locale or "zh_CN")

    @Slot(str, result=list)
    def addressChoices(self, key: str) -> list[dict[str, Any]]:
        """同户籍地址, the township's villages and "other" for an address field."""
        j = self.journey
        return j.address_choices(key, self.session.locale or "zh_CN") if j is not None else []

    @Slot(str, str, str)
    def chooseAddress(self, key: str, choice: str, detail: str) -> None:
        j = self.journey
        if j is None or j.step is not Step.FORM:
            return
        self._keep_errors(key, j.choose_address(key, choice, detail))

    @Slot(str, "QVariant")
    def setField(self, key: str, value: Any) -> None:
        j = self.journey
        if j is None or j.step is not Step.FORM:
            return
        if hasattr(value, "toVariant"):
            value = value.toVariant()
        self._keep_errors(key, j.set_field(key, value))

    def _keep_errors(self, key: str, errors: Any) -> None:
        """The field's errors now, in place of the ones it had."""
        locale = self.session.locale or "zh_CN"

        def under(path: str) -> bool:
            return path == key or path.startswith(key + ".") or path.startswith(key + "[")

        for path in [p for p in self._errors if under(p)]:
            del self._errors[path]
        self._field_errors = [e for e in self._field_errors if not under(e.path)] + list(errors)
        for e in errors:
            self._errors.setdefault(e.path, e.text(locale))
        self.formChanged.emit()

    @Slot(result=bool)
    def submitForm(self) -> bool:
        j = self.journey
        if j is None or j.step is not Step.FORM:
            return False
        result = j.submit_form()
        if not result.ok:
            self._summary_shown = True
            self._set_errors(result.errors)
            self._say(Message("form_invalid", {"count": len(result.errors)}))
            return False
        return True

    # -- materials -----------------------------------------------------------------------------------
    def _materials(self) -> list[dict[str, Any]]:
        j = self.journey
        if j is None or j.materials is None:
            return []
        locale = self.session.locale or "zh_CN"
        rows = j.materials.summary(locale)
        for row in rows:
            card = j.materials.card(row["code"])
            row["verdict"] = self._verdicts.get(row["code"], "")
            row["elicense_labels"] = [
                {"value": t, "label": self._elicense_label(t, locale)}
                for t in card.elicense_types
                if t != "resident_id"
            ]
            row["notice"] = [c.notice.text(locale) for c in card.commitments]
            row["liability"] = [c.liability.text(locale) for c in card.commitments]
            row["cardRead"] = (
                "resident_id" in card.elicense_types
                and j.materials.card_read_allowed
                and j.holder is not None
                and j.holder.from_card
            )
            row["previous"] = self._previous_copies(row["code"])
        return rows

    def _previous_copies(self, code: str) -> list[dict[str, Any]]:
        """Copies of this material held from the resident's earlier applications (no new paper)."""
        j = self.journey
        if j is None or j.materials is None:
            return []
        try:
            offered = j.materials.previous_for(code)
        except Exception as exc:  # reuse is a convenience: the card still offers a scan
            log.warning("earlier copies unavailable: %s", type(exc).__name__)
            return []
        return [
            {
                "applicationId": p.application_id,
                "materialId": p.material_id,
                "acceptanceNo": p.acceptance_no,
                "date": _day(p.submitted_at),
            }
            for p in offered
        ]

    @Slot(str, str, int, result=bool)
    def reuse(self, code: str, application_id: str, material_id: int) -> bool:
        """Use the copy held from an earlier application in place of a new scan."""
        j = self.journey
        step = j.materials if j is not None else None
        if step is None:
            return False

        def chosen() -> Any:
            for p in step.previous_for(code):
                if p.application_id == application_id and p.material_id == int(material_id):
                    return step.reuse(code, p)
            raise JourneyError("reuse_not_found")

        return self._call(chosen) is not None

    def _elicense_label(self, code: str, locale: str) -> str:
        catalog = self.catalog_ctl.catalog
        for t in getattr(catalog, "elicense_types", ()):
            if t.code == code:
                return str(t.name.text(locale))
        return code

    def _capture_page(self, code: str) -> Any:
        """One page from the document camera, straightened; None (with the verdict said) if unusable."""
        from devices.camera.document import crop_document
        from kiosk.journey_adapters.devices import scanned_page

        camera = self.ctx.camera(DeviceKind.DOCUMENT_CAMERA)
        try:
            frame = camera.latest() if camera is not None else None
        except Exception as exc:
            log.warning("document camera frame unavailable: %s", type(exc).__name__)
            frame = None
        if frame is None:
            self._verdicts[code] = "camera_offline"
            self._say(self.tr("The document camera is not working. Please call staff."))
            self.materialsChanged.emit()
            return None
        capture = crop_document(frame)
        self._verdicts[code] = str(capture.quality.verdict)
        self.materialsChanged.emit()
        if not capture.quality.ok:
            self._say(Message(capture.quality.code).text(self.session.locale or "zh_CN"))
            return None
        self._message = ""
        self.messageChanged.emit()
        return scanned_page(capture)

    @Slot(str, result=bool)
    def scanStart(self, code: str) -> bool:
        """拍摄 from the screen: the frame is straightened on a worker (seconds on a slow terminal)
        while the screen shows it is busy; the page is added when it comes back."""
        from devices.camera.document import crop_document

        j = self.journey
        if j is None or j.materials is None or self._busy:
            return False
        camera = self.ctx.camera(DeviceKind.DOCUMENT_CAMERA)
        try:
            frame = camera.latest() if camera is not None else None
        except Exception as exc:
            log.warning("document camera frame unavailable: %s", type(exc).__name__)
            frame = None
        if frame is None:
            self._capture_page(code)  # says the camera is not working
            return False
        self._set_busy(True)
        self._scanning = code
        self.materialsChanged.emit()

        def work() -> None:
            capture: Any = None
            try:
                capture = crop_document(frame)
            except Exception as exc:  # a bad frame must leave the resident a way on
                log.error("straightening the page failed: %s", type(exc).__name__)
            self._scanned.emit(code, capture)

        threading.Thread(target=work, name="document-scan", daemon=True).start()
        return True

    def _on_scanned(self, code: str, capture: Any) -> None:
        from kiosk.journey_adapters.devices import scanned_page

        self._set_busy(False)
        self._scanning = ""
        j = self.journey
        if j is None or j.materials is None or j.step is not Step.MATERIALS:
            self.materialsChanged.emit()
            return  # wiped or moved on meanwhile: the page is dropped with this call
        if capture is None:
            self._verdicts[code] = "unusable"
            self._say(Message("page_quality").text(self.session.locale or "zh_CN"))
            self.materialsChanged.emit()
            return
        self._verdicts[code] = str(capture.quality.verdict)
        if not capture.quality.ok:
            self._say(Message(capture.quality.code).text(self.session.locale or "zh_CN"))
            self.materialsChanged.emit()
            return
        self._message = ""
        self.messageChanged.emit()
        page = scanned_page(capture)
        self._call(lambda: j.materials.add_page(code, page))

    def _scanning_code(self) -> str:
        return self._scanning

    def _use_card_read(self, j: Journey) -> None:
        """The ID card was just read: a material it stands for is handed in without another touch
        (the card offers "start this material again" to scan it instead)."""
        step, holder = j.materials, j.holder
        if step is None or holder is None or not step.card_read_allowed or not holder.from_card:
            return
        for c in step.cards:
            if "resident_id" in c.elicense_types and step.handling(c.code) is None:
                try:
                    step.use_card_read(c.code, holder)
                except JourneyError as exc:
                    log.info("card read not used for a material: %s", exc.message.code)

    @Slot(str, result=bool)
    def scan(self, code: str) -> bool:
        """Add a page from the document camera to this material."""
        j = self.journey
        if j is None or j.materials is None:
            return False
        page = self._capture_page(code)
        if page is None:
            return False
        return self._call(lambda: j.materials.add_page(code, page)) is not None

    @Slot(str)
    def retake(self, code: str) -> None:
        """Drop the last page (the resident puts the page right and scans again)."""
        j = self.journey
        if j is None or j.materials is None:
            return
        h = j.materials.handling(code)
        pages = getattr(h, "pages", ())
        if pages:
            self._call(lambda: j.materials.remove_page(code, len(pages) - 1))

    @Slot(str)
    def clearMaterial(self, code: str) -> None:
        if self.journey is not None and self.journey.materials is not None:
            self._call(lambda: self.journey.materials.clear(code))

    @Slot(str)
    def expectQr(self, code: str) -> None:
        """The next code the scanner reads is for this material."""
        self._qr_target = code
        self.materialsChanged.emit()

    def _qr_target_value(self) -> str:
        return self._qr_target

    def _first_elicense_card(self) -> str:
        j = self.journey
        if j is None or j.materials is None:
            return ""
        for c in j.materials.cards:
            if set(c.elicense_types) - {"resident_id"} and j.materials.handling(c.code) is None:
                return c.code
        return ""

    @Slot(str, str, result=bool)
    def elicenseQr(self, code: str, payload: str) -> bool:
        j = self.journey
        if j is None or j.materials is None or not code:
            self._say(Message("elicense_invalid"))
            return False
        ok = self._call(lambda: j.materials.use_elicense_qr(code, payload)) is not None
        if ok:
            self._qr_target = ""
        return ok

    @Slot(str, str, str, str, result=bool)
    def elicenseTyped(self, code: str, type_code: str, number: str, issuer_ref: str) -> bool:
        """The e-licence's details typed from the phone screen when its QR code will not scan."""
        j = self.journey
        step = j.materials if j is not None else None
        if step is None:
            return False
        ok = self._call(lambda: step.use_elicense(code, type_code, number, issuer_ref)) is not None
        if ok:
            self._qr_target = ""
        return ok

    @Slot(str, result=bool)
    def useCardRead(self, code: str) -> bool:
        j = self.journey
        if j is None or j.materials is None or j.holder is None:
            return False
        holder = j.holder
        return self._call(lambda: j.materials.use_card_read(code, holder)) is not None

    @Slot(str, result=bool)
    def defer(self, code: str) -> bool:
        j = self.journey
        if j is None or j.materials is None:
            return False
        return self._call(lambda: j.materials.defer(code)) is not None

    @Slot(str, "QVariant", int, int, bool, result=bool)
    def promise(self, code: str, strokes: Any, width: int, height: int, confirmed: bool) -> bool:
        j = self.journey
        step = j.materials if j is not None else None
        if step is None:
            return False

        def signed() -> Any:
            signature = render_signature(_plain(strokes), (int(width), int(height)))
            return step.promise(code, signature, confirmed)

        return self._call(signed) is not None

    @Slot(result=bool)
    def finishMaterials(self) -> bool:
        j = self.journey
        return j is not None and self._call(j.finish_materials, ok=True) is not None

    # -- sign, review, submit ----------------------------------------------------------------------
    @Slot("QVariant", int, int, result=bool)
    def sign(self, strokes: Any, width: int, height: int) -> bool:
        j = self.journey
        if j is None:
            return False
        return self._call(lambda: j.sign(_plain(strokes), (int(width), int(height)))) is not None

    @Slot(str)
    def backTo(self, step: str) -> None:
        if self.journey is not None:
            self._call(lambda: self.journey.go_back_to(Step(step)), ok=True)

    def _review(self) -> dict[str, Any]:
        j = self.journey
        if j is None or j.step is not Step.REVIEW:
            return {}
        data = j.review(self.session.locale or "zh_CN")
        data["applicant"].pop("name", None)  # masked on screen
        data["form"] = [{**row, "value": row["masked"], "full": row["value"]} for row in data["form"]]
        # the generated page is shown as it will be sealed, but masked where the rows above are
        masked = {r["label"]: r["masked"] for r in j.review_rows("zh_CN") if r.get("revealable")}
        for page in data.get("generated", []):
            page["rows"] = [[label, masked.get(label, value)] for label, value in page["rows"]]
        return data

    @Slot(result=bool)
    def submit(self) -> bool:
        j = self.journey
        if j is None or self._busy:
            return False
        result = self._call(j.submit)
        if result is None:
            return False
        self.app.last_receipt_qr = result.qr_payload
        self._write_qr(result.qr_payload)
        self._start_print(retry=False)
        return True

    def _write_qr(self, payload: str) -> None:
        self._qr_png = write_qr_png(self.session.temp_dir, payload, "receipt-qr.png") or self._qr_png

    def _start_print(self, retry: bool) -> None:
        j = self.journey
        if j is None or j.receipt is None:
            return
        self._set_busy(True)
        print_in_background(self.ctx.printer(), j.receipt, lambda outcome: self._printed.emit(outcome, retry))

    def _on_printed(self, outcome: PrintOutcome, retry: bool) -> None:
        self._set_busy(False)
        j = self.journey
        if j is None:
            return  # wiped while printing: the wipe recorded "session_ended"
        self._port.outcome = outcome
        try:
            if retry and j.step is Step.RATE:
                j.retry_print()
            elif not retry and j.step is Step.RECEIPT:
                j.print_receipt()
                self.ending.printed()
        except JourneyError as exc:
            self._say(exc.message)
        self.receiptChanged.emit()

    @Slot()
    def showRating(self) -> None:
        if self.journey is not None and self.journey.step is Step.RATE:
            self.ending.hold.stop()
            self.app.replace(_screen(Step.RATE))

    @Slot()
    def finishTouched(self) -> None:
        """完成 on the finish screen."""
        self.ending.touched()

    def _reminders(self) -> int:
        return self.ending.reminders

    def _card_present(self) -> bool:
        return self._card_on_reader

    # -- slips printed on request: the generated application form, the 一次性告知单 ------------------
    @Slot(result=bool)
    def printFormPage(self) -> bool:
        """The resident's copy of the application form the terminal generates: on A4 where the terminal
        has a working A4 printer (a page like the one sealed with the application), else on the receipt
        printer."""
        from kiosk.core.journey.generated import printable

        j = self.journey
        pages = j.generated_pages() if j is not None and j.step is Step.REVIEW else []
        if not pages:
            return False
        a4 = self._a4_printer()
        if a4 is not None:
            return self._print_form_page_a4(a4, pages[0])
        return self._print_slip(printable(pages[0]))

    def _a4_printer(self) -> Any:
        devices = self.ctx.devices
        driver = devices.driver(DeviceKind.A4PRINTER) if devices is not None else None
        return driver if driver is not None and str(driver.status().health) == "ok" else None

    def _print_form_page_a4(self, printer: Any, page: Any) -> bool:
        if self._slip == "printing":
            return False
        self._slip = "printing"
        self.slipChanged.emit()

        def work() -> None:
            from kiosk.documents.form_pdf import form_page_pdf
            from kiosk.journey_adapters.form_page import render_form_page

            outcome = PrintOutcome(False, None)  # not printed: the screen sends the resident to the window
            try:
                result = printer.print_pdf(form_page_pdf(render_form_page(page), page.code), page.code)
                printer.forget(result.ticket)  # a job CUPS holds (paper out) still prints when it can
                outcome = PrintOutcome(bool(result.printed), None)
            except Exception as exc:  # the resident is sent to the window, never left waiting
                log.error("the form page did not print on A4: %s", type(exc).__name__)
            self._slip_printed.emit(outcome)

        threading.Thread(target=work, name="form-page-a4", daemon=True).start()
        return True

    @Slot(str, result=bool)
    def printWindowNotice(self, matter_code: str) -> bool:
        """The 一次性告知单 of a matter done only at a window: what to bring, where, when, whom to call."""
        from kiosk.core.journey.window_notice import window_notice

        catalog = self.catalog_ctl.catalog
        matter = catalog.matter(matter_code) if catalog is not None else None
        if matter is None or catalog is None:
            return False
        now = dt.datetime.now()
        return self._print_slip(window_notice(catalog, matter, now, self.config.terminal.name))

    def _print_slip(self, content: ReceiptContent) -> bool:
        if self._slip == "printing":
            return False
        self._slip = "printing"
        self.slipChanged.emit()
        print_in_background(self.ctx.printer(), content, self._slip_printed.emit, name="slip-print")
        return True

    def _on_slip_printed(self, outcome: PrintOutcome) -> None:
        self._slip = "printed" if outcome.printed else "window"
        self.slipChanged.emit()

    def _slip_state(self) -> str:
        """'' | printing | printed | window (no printer could print it: ask at the window)."""
        return self._slip

    @Slot()
    def retryPrint(self) -> None:
        if self.journey is not None and self.journey.step is Step.RATE and not self._busy:
            self._start_print(retry=True)

    def _receipt(self) -> dict[str, Any]:
        j = self.journey
        if j is None or j.result is None or j.receipt is None:
            return {}
        locale = self.session.locale or "zh_CN"
        outcome = j.print_outcome
        return {
            "acceptanceNo": j.result.acceptance_no,
            "promised": j.result.promised_date.isoformat(),
            "lines": [f"{k}：{v}" if k else v for k, v in j.receipt.lines]
            + [*j.receipt.emphasis, j.receipt.qr_caption, *j.receipt.footer],
            "printed": bool(outcome and outcome.printed),
            "printing": self._busy,
            "problem": Message(outcome.problem).text(locale) if outcome and outcome.problem else "",
            "qr": QUrl.fromLocalFile(str(self._qr_png)).toString() if self._qr_png else "",
            "deferred": [
                {"name": c.name.text(locale), "due": due.isoformat()}
                for c, due in (j.materials.deferred_items() if j.materials else [])
            ],
        }

    # -- rating and end ------------------------------------------------------------------------------
    def _rating_options(self) -> dict[str, Any]:
        locale = self.session.locale or "zh_CN"
        return {
            "levels": [
                {"value": int(lv), "label": LEVEL_LABELS[lv].text(locale), "bad": lv.bad} for lv in Level
            ],
            "dimensions": [
                {"key": k, "label": v.text(locale)} for k, v in DIMENSIONS.items() if k != "overall"
            ],
            "reasons": [{"key": k, "label": v.text(locale)} for k, v in REASONS.items()],
        }

    @Slot(int, "QVariant", "QVariant", str, str, result=bool)
    def rate(self, level: int, dimensions: Any, reasons: Any, note: str, contact: str) -> bool:
        j = self.journey
        if j is None or j.step is not Step.RATE:
            return False
        dims = _plain(dimensions) or {}
        rating = Rating(
            int(level), {k: int(v) for k, v in dict(dims).items()}, list(_plain(reasons) or []), note, contact
        )
        try:
            j.rate(rating)
        except JourneyError as exc:
            errors = getattr(exc, "errors", ())
            if errors:
                self._set_errors(errors)
            self._say(errors[0].message if errors else exc.message)
            return False
        return True

    @Slot()
    def skipRating(self) -> None:
        if self.journey is not None:
            self._call(self.journey.skip_rating, ok=True)

    @Slot()
    def cancel(self) -> None:
        """The resident leaves the journey before submitting: asked first when input would be lost."""
        if self._has_input():
            self.leaveAsked.emit("cancel")
            return
        self.leave()

    @Slot()
    def leave(self) -> None:
        """Leave the journey: everything typed is forgotten."""
        self._drop()
        self._changed()
        self.app.home()

    # -- helpers -----------------------------------------------------------------------------------
    def _call(self, fn: Any, ok: bool = False) -> Any:
        try:
            out = fn()
        except JourneyError as exc:
            self._say(exc.message)
            self.materialsChanged.emit()
            return None
        self.materialsChanged.emit()
        return True if ok and out is None else out

    def _qr_url(self) -> str:
        return QUrl.fromLocalFile(str(self._qr_png)).toString() if self._qr_png else ""

    step = Property(str, _step, notify=stepChanged)
    stepIndex = Property(int, _step_index, notify=stepChanged)
    stepCount = Property(int, _step_count, notify=stepChanged)
    warning = Property(str, _warning_text, notify=stepChanged)
    errorSummary = Property(list, _error_summary, notify=formChanged)
    scanning = Property(str, _scanning_code, notify=materialsChanged)
    slip = Property(str, _slip_state, notify=slipChanged)
    cardOnReader = Property(bool, _card_present, notify=cardChanged)
    reminders = Property(int, _reminders, notify=cardChanged)
    info = Property(dict, _info, notify=stepChanged)
    wantsProxy = Property(bool, _proxy_value, notify=stepChanged)
    relationships = Property(list, _relationships, notify=stepChanged)
    familyRelationships = Property(list, _family_relationships, notify=stepChanged)
    principalCard = Property(dict, _principal_card_info, notify=stepChanged)
    previewAvailable = Property(bool, _preview_available, notify=stepChanged)
    facePrompt = Property(str, _face_prompt_text, notify=faceChanged)
    suggestions = Property(list, _suggestion_rows, notify=stepChanged)
    message = Property(str, _message_text, notify=messageChanged)
    busy = Property(bool, _busy_value, notify=busyChanged)
    formRows = Property(list, _form_rows, notify=stepChanged)
    formValues = Property(dict, _form_values, notify=formChanged)
    formErrors = Property(dict, _form_errors, notify=formChanged)
    formLocked = Property(list, _form_locked, notify=stepChanged)
    materials = Property(list, _materials, notify=materialsChanged)
    qrTarget = Property(str, _qr_target_value, notify=materialsChanged)
    authorizationPages = Property(int, _authorization_count, notify=materialsChanged)
    review = Property(dict, _review, notify=stepChanged)
    receipt = Property(dict, _receipt, notify=receiptChanged)
    ratingOptions = Property(dict, _rating_options, notify=stepChanged)


_MASKED = {"idcard.name": mask_name, "idcard.id_number": mask_id}
_CARD_READ = (EventKind.CARD_INSERTED, EventKind.CARD_UNREADABLE)


def _has_form(j: Journey) -> bool:
    """Whether the journey has a form to fill (known before the card is read, from its matters)."""
    if j.form is not None:
        return len(j.form) > 0
    from kiosk.core.journey.forms import ApplicationForm

    shared = j.bundle.shared_fields if j.bundle else ()
    return len(ApplicationForm.for_matters(j.matters, shared)) > 0


def _screen(step: Step) -> str:
    return screen_for(Flow.APPLICATION, step) or "coming"


def _day(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp).date().isoformat() if timestamp else ""


def _plain(value: Any) -> Any:
    """A QJSValue / QVariant list or map from QML as plain Python."""
    if hasattr(value, "toVariant"):
        value = value.toVariant()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
