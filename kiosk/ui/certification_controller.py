"""Pension certification and home-visit requests for QML: wraps the Qt-free cores
(:mod:`kiosk.core.journey.certification`, :mod:`kiosk.core.journey.home_visit`) and shows their steps
as the Certification*.qml and HomeVisit*.qml screens. Context property ``cert``.

The liveness challenge runs on a worker thread (frames for several seconds) and reports each step
(blink, turn the head) to the screen, which shows a large picture and speaks the prompt; its best
frame comes back as JPEG only to be sealed at once. Personal data stays in the cores (memory only);
what is exposed here is masked.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, QTimer, QUrl, Signal, Slot

from devices.base import DeviceKind, EventKind
from kiosk.core.flows import FLOW_SCREEN_PREFIXES, Flow, screen_for
from kiosk.core.journey.certification import CertificationJourney, CertStep, HomeVisitHandover
from kiosk.core.journey.evaluation import Rating
from kiosk.core.journey.help import HelpRecord
from kiosk.core.journey.home_visit import HomeVisitRequest, VisitDetails, VisitStep, visit_reasons
from kiosk.core.journey.messages import JourneyError, Message
from kiosk.core.journey.proxy import RELATIONSHIPS
from kiosk.core.journey.receipt import PrintOutcome
from kiosk.ui.flow_parts import ControllerContext, print_in_background, write_qr_png

if TYPE_CHECKING:
    from kiosk.ui.app_controller import AppController

log = logging.getLogger(__name__)

_OWN = FLOW_SCREEN_PREFIXES[Flow.CERTIFICATION]


class _HelpCall:
    """The core's help store: the shell's help button records, queues and announces the call."""

    def __init__(self, app: AppController) -> None:
        self.app = app

    def save_help(self, record: HelpRecord) -> None:
        self.app.callHelp(record.screen)


class CertificationController(QObject):
    changed = Signal()
    messageChanged = Signal()
    livenessChanged = Signal()
    _step_seen = Signal(int, str, str)  # from the liveness worker: index, challenge, state
    _finished = Signal(object)  # ChallengeResult
    _printed = Signal(object)

    def __init__(self, ctx: ControllerContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.app, self.catalog_ctl, self.session = ctx.app, ctx.catalog, ctx.session
        self.services = ctx.services  # the store every flow writes and reads through
        self.cert: CertificationJourney | None = None
        self.visit: HomeVisitRequest | None = None
        self._wants_proxy = False
        self._pending_principal: tuple[Any, bytes | None] | None = None
        self._qr_png: Path | None = None
        self._errors: dict[str, str] = {}
        self._message = ""
        self._busy = False
        self._challenge = ""
        self._challenge_index = 0
        self._challenge_count = 0
        self.step_timeout = 15.0  # seconds per liveness step: generous, elderly residents move slowly
        self.cooperative = True  # emulated face camera only: does the "resident" act out the prompts
        # emulated face camera only: who stands in front of it instead (the emulator console's buttons)
        self.acting_resident: Callable[[Any], Any] | None = None
        self._step_seen.connect(self._on_step_seen)
        self._finished.connect(self._on_finished)
        self._printed.connect(self._on_printed)
        self.app.screenChanged.connect(self._on_screen)

    # -- plumbing ----------------------------------------------------------------------------------

    def let_go(self) -> None:
        """Another flow starts (the device router says so): forget this one."""
        self._drop()

    def _locale(self) -> str:
        return str(self.session.locale or "zh_CN")

    def _say(self, message: Message | str) -> None:
        self._message = message.text(self._locale()) if isinstance(message, Message) else message
        self.messageChanged.emit()

    def _call(self, fn: Any) -> Any:
        try:
            return fn()
        except JourneyError as exc:
            self._say(exc.message)
            return None

    def _show(self, screen: str | None) -> None:
        # one step replaces the previous one on the stack, like the journey's steps do
        if screen is None or self.app.replace_screen(screen, _OWN):
            return
        if self.app.screen != screen:
            self.app.go(screen)

    def _on_screen(self) -> None:
        # Home or Back out of these screens before anything was queued forgets what was entered
        if self.app.screen.startswith(_OWN):
            return
        cert, visit = self.cert, self.visit
        if cert is not None and cert.result is None:
            self._drop()
        if visit is not None and visit.result is None:
            self._drop()

    def _drop(self) -> None:
        cert, visit = self.cert, self.visit
        self.cert = self.visit = None
        if cert is not None:
            cert.wipe()
        if visit is not None:
            visit.wipe()
        self._wants_proxy = False
        self._pending_principal = None
        self._qr_png = None
        self._errors = {}
        self._busy = False
        self._message = ""
        self._challenge, self._challenge_index, self._challenge_count = "", 0, 0
        self.changed.emit()
        self.messageChanged.emit()

    # -- certification -----------------------------------------------------------------------------
    @Slot(str)
    def start(self, matter_code: str) -> None:
        self._begin(matter_code, None)

    @Slot()
    def startCertification(self) -> None:
        """The home screen's tile: the catalog's (first) certification matter handled here."""
        catalog = self.catalog_ctl.catalog
        matter = next(
            (m for m in getattr(catalog, "matters", ()) if m.is_certification and m.terminal_handling), None
        )
        if matter is None:
            self.app.go("coming")
            return
        self._begin(matter.code, None)

    def start_with_card(self, matter_code: str, card: Any) -> None:
        """From a suggestion: the card already on the reader identifies the resident at once."""
        self._begin(matter_code, card)

    def _begin(self, matter_code: str, card: Any) -> None:
        self._drop()
        self.ctx.router.begin_flow(self)
        catalog = self.catalog_ctl.catalog
        try:
            if catalog is None:
                raise JourneyError("unknown_matter")
            cert = CertificationJourney(
                catalog, self.services.kind_services(Flow.CERTIFICATION), matter_code, session=self.session
            )
        except JourneyError as exc:
            self._say(exc.message)
            return
        self.cert = cert
        cert.add_observer(self._on_cert_step)
        self._show(screen_for(Flow.CERTIFICATION, CertStep.IDENTIFY))
        self.changed.emit()
        if card is not None:
            self._card(card)

    @Slot(bool)
    def setProxy(self, wanted: bool) -> None:
        self._wants_proxy = bool(wanted)
        self.changed.emit()

    def _on_cert_step(self, step: CertStep) -> None:
        self._follow(Flow.CERTIFICATION, step, self._after_cert_end, lambda: self.cert is not None)

    def _follow(
        self, flow: Flow, step: str, after_end: Callable[[], None], alive: Callable[[], bool]
    ) -> None:
        """A flow moved on: its screen follows in the next turn of the event loop (the step usually
        moves inside a button's handler, which must not be destroyed mid-handler), unless the flow
        was dropped meanwhile; at the end, ``after_end`` decides whether the session is over."""
        self._message = ""
        self.messageChanged.emit()
        screen = screen_for(flow, step)
        if screen is None:
            QTimer.singleShot(0, after_end)
            return
        QTimer.singleShot(0, lambda: self._show(screen) if alive() else None)
        self.changed.emit()

    def _after_cert_end(self) -> None:
        cert = self.cert
        if cert is None or not cert.completed or cert.help is not None:
            return
        if cert.result is not None:  # certified and rated (or skipped): the session is over
            self._drop()
            self.session.complete()

    def on_device(self, device: DeviceKind, kind: EventKind, data: dict[str, Any]) -> None:
        """A device event while certification or a home visit is the resident's flow."""
        if device is not DeviceKind.IDCARD or kind not in (
            EventKind.CARD_INSERTED,
            EventKind.CARD_UNREADABLE,
        ):
            return
        if self.cert is None and self.visit is None:
            return
        if kind is EventKind.CARD_UNREADABLE:
            self._card(None)
            return
        from kiosk.journey_adapters.devices import card_data

        photo = data.get("photo")
        self._card(card_data(data.get("card")), getattr(photo, "wlt", None))

    def _card(self, card: Any, photo: bytes | None = None) -> None:
        from kiosk.core.journey.identity import ReadFailure

        read = card if card is not None else ReadFailure("card_read_failed")
        cert, visit = self.cert, self.visit
        if cert is not None and cert.step is CertStep.IDENTIFY:
            self._call(lambda: cert.identify(read, proxy=self._wants_proxy))
        elif cert is not None and cert.step is CertStep.PRINCIPAL:
            self._pending_principal = (read, photo)
            self._say(Message("cert_principal_card_needed") if card is None else "")
            self.changed.emit()
        elif visit is not None and visit.step is VisitStep.IDENTIFY:
            self._call(lambda: visit.identify(read))
        elif visit is not None and visit.step is VisitStep.RESIDENT:
            self._call(lambda: visit.resident_card(read))

    @Slot(str, result=bool)
    def principalFromCard(self, relationship: str) -> bool:
        """The elder's card was read; with the relationship chosen, go on."""
        cert, pending = self.cert, self._pending_principal
        if cert is None or pending is None:
            self._say(Message("cert_principal_card_needed"))
            return False
        if relationship not in RELATIONSHIPS:  # the card read stays: only the choice is missing
            self._say(Message("invalid_relationship"))
            return False
        read, photo = pending
        self._pending_principal = None  # used now; a refused card must be placed again
        self.changed.emit()
        return self._call(lambda: cert.principal_card(read, relationship, photo)) is not None

    @Slot(str, str, str, result=bool)
    def principalEntered(self, name: str, id_number: str, relationship: str) -> bool:
        cert = self.cert
        if cert is None:
            return False
        return self._call(lambda: cert.principal_entered(name, id_number, relationship)) is not None

    def _principal_read(self) -> bool:
        return self._pending_principal is not None

    @Slot(bool)
    def consent(self, granted: bool) -> None:
        cert = self.cert
        if cert is None:
            return
        if granted and self.ctx.working_camera(DeviceKind.FACE_CAMERA) is None:
            self._call(cert.camera_offline)
        else:
            self._call(lambda: cert.consent(granted))

    @Slot()
    def startLiveness(self) -> None:
        """One attempt at the guided challenge, on a worker thread."""
        cert = self.cert
        if cert is None or cert.step is not CertStep.LIVENESS or self._busy:
            return
        camera = self.ctx.working_camera(DeviceKind.FACE_CAMERA)
        if camera is None:
            self._call(cert.camera_offline)
            return
        from kiosk.journey_adapters.liveness import challenges

        steps = challenges()
        self._challenge_count = len(steps)
        self._challenge_index = 0
        self._challenge = steps[0].value
        self._busy = True
        self._say("")
        self.livenessChanged.emit()
        timeout, cooperative, acting_resident = self.step_timeout, self.cooperative, self.acting_resident

        def work() -> None:
            from devices.camera.landmarks import FaceMesh
            from kiosk.journey_adapters.liveness import (
                ActingResident,
                ChallengeResult,
                FrameClock,
                run_challenge,
            )

            result = ChallengeResult(False, None, None, "error")
            mesh: Any = None
            clock: Any = time.monotonic
            try:
                mesh = FaceMesh(tracking=True)
                emulator = getattr(camera, "emulator", None)
                if emulator is not None:
                    if acting_resident is not None:
                        mesh = acting_resident(mesh)
                    else:
                        mesh = ActingResident(mesh, cooperative=cooperative)
                    clock = FrameClock(float(getattr(emulator, "fps", 0) or 0))
                result = run_challenge(
                    camera, steps, mesh, step_timeout=timeout, on_step=self._step_seen.emit, clock=clock
                )
            except Exception as exc:  # the resident must always get a way on
                log.error("liveness challenge failed: %s", type(exc).__name__)
            finally:
                if mesh is not None:
                    mesh.close()
            self._finished.emit(result)

        threading.Thread(target=work, name="liveness", daemon=True).start()

    def _on_step_seen(self, index: int, challenge: str, state: str) -> None:
        if challenge:
            self._challenge = challenge
        self._challenge_index = index
        self.livenessChanged.emit()

    def _on_finished(self, result: Any) -> None:
        self._busy = False
        self._challenge = ""
        self.livenessChanged.emit()
        cert = self.cert
        if cert is None or cert.step is not CertStep.LIVENESS:
            return  # wiped meanwhile: the frame goes with this call
        passed = self._call(lambda: cert.liveness_attempt(result.passed, result.jpeg, result.score))
        result.jpeg = None
        step = cert.step  # the attempt may have moved it on
        if passed is False and step is CertStep.LIVENESS:
            self._say(cert.retry_message())
        elif str(step) == CertStep.RECEIPT.value:
            self._print()

    # -- receipt, rating ---------------------------------------------------------------------------
    def _print(self) -> None:
        content = self.cert.receipt if self.cert else (self.visit.receipt if self.visit else None)
        if content is None:
            return
        if content.qr_payload:
            # the console can present it to the scanner; on screen when the paper did not come out
            self.app.last_receipt_qr = content.qr_payload
            path = write_qr_png(self.session.temp_dir, content.qr_payload, "certification-qr.png")
            self._qr_png = path or self._qr_png
        self._busy = True
        self.livenessChanged.emit()
        print_in_background(self.ctx.printer(), content, self._printed.emit)

    def _on_printed(self, outcome: PrintOutcome) -> None:
        self._busy = False
        self.livenessChanged.emit()
        if self.cert is not None and self.cert.step is CertStep.RECEIPT:
            self._call(lambda: self.cert.record_print(outcome))
        elif self.visit is not None and self.visit.step is VisitStep.RECEIPT:
            self._call(lambda: self.visit.record_print(outcome))
        if outcome.problem:
            self._say(Message(outcome.problem))
        self.changed.emit()

    @Slot(int, result=bool)
    def rate(self, level: int) -> bool:
        cert = self.cert
        if cert is None or cert.step is not CertStep.RATE:
            return False
        reasons = ["other"] if level <= 2 else []
        return self._call(lambda: cert.rate(Rating(int(level), {}, reasons, "", ""))) is not None

    @Slot()
    def skipRating(self) -> None:
        if self.cert is not None and self.cert.step is CertStep.RATE:
            self._call(self.cert.skip_rating)

    # -- fallback ----------------------------------------------------------------------------------
    @Slot()
    def chooseStaff(self) -> None:
        cert = self.cert
        if cert is None:
            return
        # the help button's own path: recorded once, queued, chime and the overlay (over the home screen)
        if self._call(lambda: cert.choose_staff(_HelpCall(self.app), time.time())) is not None:
            self._drop()
            self.app.home()

    @Slot()
    def chooseHomeVisit(self) -> None:
        cert = self.cert
        if cert is None:
            return
        handover = self._call(cert.choose_home_visit)
        if handover is not None:
            self.cert = None
            cert.wipe()
            self._start_visit(handover)

    # -- home visit --------------------------------------------------------------------------------
    @Slot()
    def startHomeVisit(self) -> None:
        self._drop()
        self._start_visit(None)

    def _start_visit(self, handover: HomeVisitHandover | None) -> None:
        catalog = self.catalog_ctl.catalog
        if catalog is None:
            self._say(Message("unknown_matter"))
            return
        visit = HomeVisitRequest(
            catalog, self.services.kind_services(Flow.HOME_VISIT), session=self.session, handover=handover
        )
        self.ctx.router.begin_flow(self)
        self.visit = visit
        visit.add_observer(self._on_visit_step)
        self._show(screen_for(Flow.HOME_VISIT, visit.step))
        self.changed.emit()

    def _on_visit_step(self, step: VisitStep) -> None:
        self._follow(Flow.HOME_VISIT, step, self._after_visit_end, lambda: self.visit is not None)

    def _after_visit_end(self) -> None:
        if self.visit is not None and self.visit.completed:
            self._drop()
            self.session.complete()

    @Slot(str, str, result=bool)
    def residentEntered(self, name: str, id_number: str) -> bool:
        visit = self.visit
        if visit is None:
            return False
        return self._call(lambda: visit.resident_entered(name, id_number)) is not None

    @Slot(str, str, str, str, str, result=bool)
    def submitVisit(self, address: str, phone: str, reason: str, relationship: str, note: str) -> bool:
        visit = self.visit
        if visit is None:
            return False
        errors = self._call(
            lambda: visit.submit(VisitDetails(address, phone, reason, relationship or None, note))
        )
        if errors is None:
            return False
        if errors:
            locale = self._locale()
            self._errors = {e.path: e.text(locale) for e in errors}
            self._say(Message("form_invalid", {"count": len(errors)}))
            self.changed.emit()
            return False
        self._errors = {}
        self._print()
        return True

    @Slot()
    def finishVisit(self) -> None:
        if self.visit is not None and self.visit.step is VisitStep.RECEIPT:
            self._call(self.visit.finish)

    @Slot()
    def cancel(self) -> None:
        self._drop()
        self.app.home()

    # -- properties --------------------------------------------------------------------------------
    def _step(self) -> str:
        if self.cert is not None:
            return self.cert.step.value
        return "visit-" + self.visit.step.value if self.visit is not None else ""

    def _info(self) -> dict[str, Any]:
        locale = self._locale()
        if self.cert is not None:
            return {**self.cert.public(locale), "proxyAllowed": self.cert.matter.proxy_allowed}
        if self.visit is not None:
            return self.visit.public(locale)
        return {}

    def _receipt(self) -> dict[str, Any]:
        owner = self.cert or self.visit
        if owner is None or owner.receipt is None or owner.result is None:
            return {}
        r = owner.receipt
        outcome = owner.print_outcome
        return {
            "acceptanceNo": r.acceptance_no,
            "lines": [f"{k}：{v}" if k else v for k, v in r.lines] + list(r.emphasis),
            "resultFrom": owner.result.promised_date.isoformat(),
            "printed": bool(outcome and outcome.printed),
            "printing": self._busy,
            "qr": QUrl.fromLocalFile(str(self._qr_png)).toString() if self._qr_png else "",
        }

    def _relationships(self) -> list[dict[str, str]]:
        locale = self._locale()
        return [{"value": k, "label": v.text(locale)} for k, v in RELATIONSHIPS.items()]

    def _reasons(self) -> list[dict[str, str]]:
        catalog = self.catalog_ctl.catalog
        return visit_reasons(catalog, self._locale())[:8] if catalog is not None else []

    step = Property(str, _step, notify=changed)
    info = Property(dict, _info, notify=changed)
    message = Property(str, lambda self: self._message, notify=messageChanged)
    busy = Property(bool, lambda self: self._busy, notify=livenessChanged)
    wantsProxy = Property(bool, lambda self: self._wants_proxy, notify=changed)
    principalRead = Property(bool, _principal_read, notify=changed)
    challenge = Property(str, lambda self: self._challenge, notify=livenessChanged)
    challengeIndex = Property(int, lambda self: self._challenge_index, notify=livenessChanged)
    challengeCount = Property(int, lambda self: self._challenge_count, notify=livenessChanged)
    receipt = Property(dict, _receipt, notify=changed)
    relationships = Property(list, _relationships, notify=changed)
    visitReasons = Property(list, _reasons, notify=changed)
    errors = Property(dict, lambda self: dict(self._errors), notify=changed)
