"""Technician mode for QML: gated entry (technician card or signed code, then a PIN) and the screens'
data. The decisions live in ``kiosk.ops.tech_auth`` (entry, lock-out, audit) and ``kiosk.ops.tech_view``
(what is shown, redacted); this object only wires devices, store and sync to them.

Entry is possible only from the attract, home and PIN screens, so a resident never meets it: a card
that is not on the technician list does nothing here (the journey reads cards only on its own
screen). The PIN stays in this object; QML sees how many digits were typed, never the digits.

Device work (self-tests, the test page, camera figures), the integrity check, the diagnostics export
and the wait for "sync now" run on worker threads; their results come back through ``_done``, a
queued signal, so the UI thread never waits on a device or the disk.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from devices.base import DeviceKind, Driver, EventKind
from kiosk.ops import tech_view
from kiosk.ops.tech_auth import QR_PREFIX, Status, Step, TechAuth
from kiosk.ui import sync_stick
from kiosk.ui.flow_parts import CameraPreview

if TYPE_CHECKING:
    from devices.camera.driver import CameraDriver
    from kiosk.config import Config
    from kiosk.core.session import Session
    from kiosk.ui.app_controller import AppController
    from kiosk.ui.device_bridge import DeviceBridge
    from kiosk.ui.device_router import DeviceRouter
    from kiosk.ui.ops_wiring import OpsWiring
    from sync.engine.worker import SyncWorker

log = logging.getLogger(__name__)

ENTRY_SCREENS = ("attract", "home", "tech-pin")
PIN_MAX = 12
QR_WATCH_MS = 1000  # the document camera is looked at for a technician code once a second, not per frame
LIVE_MS = 1000  # traffic, camera figures and sync state refresh this often on their screens


class TechnicianHost(Protocol):
    """What technician mode reads of the running kiosk (``kiosk.ui.app.KioskApp``)."""

    config: Config
    app: AppController
    session: Session
    devices: DeviceBridge | None
    sync_worker: SyncWorker | None
    ops: OpsWiring | None


class TechController(QObject):
    entryChanged = Signal()
    viewChanged = Signal()
    _done = Signal(str, object)  # job name, result: emitted on worker threads, delivered queued

    def __init__(self, kiosk: TechnicianHost, router: DeviceRouter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kiosk = kiosk
        self.app = kiosk.app
        self.session = kiosk.session
        self.config = kiosk.config
        self.auth: TechAuth | None = None
        self._pin = ""
        self._reason = ""  # why the last step failed, as a key the PIN screen words
        self._stage = "idle"  # idle | await_pin | locked | entered
        self._view: dict[str, Any] = {}
        self._jobs: set[str] = set()
        self._done.connect(self._on_done)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(1000)
        self._lock_timer.timeout.connect(self._on_lock_tick)
        self._live = QTimer(self)
        self._live.setInterval(LIVE_MS)
        self._live.timeout.connect(self._on_live)
        self._qr_watch = QTimer(self)
        self._qr_watch.setInterval(QR_WATCH_MS)
        self._qr_watch.timeout.connect(self._look_for_code)
        self.session.register_wipe("technician", self._wipe)
        self.app.screenChanged.connect(self._on_screen)
        engine = getattr(self.app, "engine", None)
        if engine is not None:
            # image://techcam/<kind>/<n>: the newest frame of the camera shown on the device screen
            engine.addImageProvider("techcam", CameraPreview(self._preview_camera))
        router.own_screens(lambda screen: self.active or screen in ENTRY_SCREENS, self.on_device)
        if kiosk.devices is not None:
            kiosk.devices.statusesChanged.connect(self._on_statuses)
        self._on_screen()

    # -- parts ---------------------------------------------------------------------------------------
    def _auth(self) -> TechAuth | None:
        if self.auth is None and self.app.db is not None:
            from kiosk.ops.cli import KEY_FILE
            from kiosk.ops.tech_auth import load_or_create_key

            key = load_or_create_key(self.config.data_dir / KEY_FILE)
            self.auth = TechAuth(self.app.db, key, self.config.terminal.id)
        return self.auth

    @property
    def manager(self) -> Any:
        return getattr(self.kiosk.devices, "manager", None)

    def driver(self, kind: str) -> Driver | None:
        devices = self.kiosk.devices
        if devices is None or kind not in set(DeviceKind):
            return None
        return devices.driver(DeviceKind(kind))

    def camera(self, kind: str) -> CameraDriver | None:
        devices = self.kiosk.devices
        if devices is None or kind not in set(DeviceKind):
            return None
        return devices.camera(DeviceKind(kind))

    def _preview_camera(self, image_id: str) -> CameraDriver | None:
        return self.camera(image_id.split("/", 1)[0]) if self.active else None

    @property
    def active(self) -> bool:
        return self.auth is not None and self.auth.active is not None

    def _audit(self, name: str, **detail: Any) -> None:
        auth = self.auth
        if auth is None or auth.active is None:
            return
        try:
            auth.action(name, detail)
        except Exception as exc:  # the audit refusing a detail must not stop the technician's work
            log.error("technician action %s not audited: %s", name, type(exc).__name__)

    # -- entry ---------------------------------------------------------------------------------------
    def on_device(self, device: DeviceKind, kind: EventKind, data: dict[str, Any]) -> None:
        """A device event on an entry screen, or anywhere in technician mode (kiosk.ui.device_router)."""
        screen = self.app.screen
        if self.active:
            if screen == "tech-device":
                self._on_device_test(device, kind, data)
            return
        if device is DeviceKind.IDCARD and kind is EventKind.CARD_INSERTED:
            number = str(getattr(data.get("card"), "id_number", "") or "")
            if number:
                self.presentCard(number)
        elif device is DeviceKind.SCANNER and kind is EventKind.CODE_SCANNED:
            text = str(data.get("payload", ""))
            if text.startswith(QR_PREFIX):  # other codes are no attempt: they must not count as failures
                self.presentCode(text)

    def presentCard(self, id_number: str) -> None:
        auth = self._auth()
        if auth is None:
            return
        step = auth.present_card(id_number)
        if step.status is Status.REJECTED:
            return  # a resident's card: nothing unusual happens
        self._entry_step(step)

    def presentCode(self, text: str) -> None:
        auth = self._auth()
        if auth is not None:
            self._entry_step(auth.present_qr(text))

    def _entry_step(self, step: Step) -> None:
        self._pin = ""
        if step.status is Status.AWAIT_PIN:
            self._stage, self._reason = "await_pin", ""
        elif step.status is Status.LOCKED:
            self._stage, self._reason = "locked", "locked"
            self._lock_timer.start()
        else:
            self._stage, self._reason = "idle", "code_rejected"
        if self.app.screen != "tech-pin":
            self.app.go("tech-pin")
        self.entryChanged.emit()

    @Slot(str)
    def digit(self, d: str) -> None:
        if self._stage == "await_pin" and d.isdigit() and len(d) == 1 and len(self._pin) < PIN_MAX:
            self._pin += d
            self.entryChanged.emit()

    @Slot()
    def backspace(self) -> None:
        self._pin = self._pin[:-1]
        self.entryChanged.emit()

    @Slot()
    def clearPin(self) -> None:
        self._pin = ""
        self.entryChanged.emit()

    @Slot()
    def submitPin(self) -> None:
        auth = self._auth()
        if auth is None or self._stage != "await_pin" or not self._pin:
            return
        pin, self._pin = self._pin, ""
        step = auth.enter_pin(pin)
        if step.status is Status.ENTERED:
            self._stage, self._reason = "entered", ""
            self.entryChanged.emit()
            self._refresh_devices()
            self.app.root("tech-overview")
            return
        if step.status is Status.LOCKED:
            self._stage, self._reason = "locked", "locked"
            self._lock_timer.start()
        else:
            reason = "no_pin" if "no technician PIN" in step.reason else "wrong_pin"
            # A wrong PIN spends the card: it has to be presented again.
            self._stage, self._reason = "idle", "expired" if "first" in step.reason else reason
        self.entryChanged.emit()

    @Slot()
    def cancelEntry(self) -> None:
        if self.auth is not None:
            self.auth.pending = None
        self._pin, self._stage, self._reason = "", "idle", ""
        self.entryChanged.emit()
        if self.app.canGoBack:
            self.app.back()
        else:
            QTimer.singleShot(0, self.session.finish)

    def _on_lock_tick(self) -> None:
        if self._lock_seconds() <= 0:
            self._lock_timer.stop()
            if self._stage == "locked":
                self._stage, self._reason = "idle", ""
        self.entryChanged.emit()

    def _lock_seconds(self) -> int:
        auth = self._auth()
        return 0 if auth is None else math.ceil(auth.locked_for())

    def _look_for_code(self) -> None:
        """A signed technician code held under the document camera (only when a QR key is trusted)."""
        auth = self._auth()
        camera = self.camera(DeviceKind.DOCUMENT_CAMERA)
        if auth is None or camera is None or self.active or "camqr" in self._jobs:
            return
        from kiosk.ops.tech_auth import KEY_QR_KEYS
        from kiosk.store import settings as store_settings

        if not store_settings.get_setting(auth.db, KEY_QR_KEYS, []):
            return

        def work() -> str:
            from devices.camera import qr

            try:
                frame = camera.latest()
            except Exception:
                return ""
            return next((t for t in qr.decode(frame, 40.0) if t.startswith(QR_PREFIX)), "")

        self._run("camqr", work)

    # -- in technician mode --------------------------------------------------------------------------
    @Slot(str)
    @Slot(str, str)
    def open(self, screen: str, arg: str = "") -> None:
        if not self.active or not screen.startswith("tech-"):
            return
        self._audit("open", screen=screen, device=arg)
        self.app.go(screen, arg)

    @Slot()
    def leave(self) -> None:
        """Leave technician mode: audited, then wiped exactly as at a session's end."""
        if self.auth is not None:
            self.auth.leave()
        self._reset()
        # The press that asked for this is still being handled: the screens change in the next turn.
        QTimer.singleShot(0, self.session.finish)

    def _leave_if_active(self) -> None:
        if self.active:
            self.leave()

    def _wipe(self) -> None:
        if self.auth is not None:
            self.auth.leave()  # audits the departure when technician mode was on (idle expiry, Finish)
        self._reset()

    def _reset(self) -> None:
        self._pin, self._stage, self._reason = "", "idle", ""
        self._view = {}
        self._live.stop()
        self.entryChanged.emit()
        self.viewChanged.emit()

    def _on_screen(self) -> None:
        screen = self.app.screen
        if self.active and not screen.startswith("tech-"):
            QTimer.singleShot(0, self._leave_if_active)  # Home or Back out of the technician's screens
            return
        if not self.active and screen != "tech-pin" and (self._stage == "await_pin" or self._pin):
            # Back or Home from the PIN pad: the presented card or code is spent, nothing half-typed stays.
            if self.auth is not None:
                self.auth.pending = None
            self._pin, self._stage, self._reason = "", "idle", ""
            self.entryChanged.emit()
        watch = not self.active and screen in ("attract", "home") and self.kiosk.devices is not None
        if watch and not self._qr_watch.isActive():
            self._qr_watch.start()
        elif not watch:
            self._qr_watch.stop()
        if screen == "tech-pin" or not self.active:
            self._live.stop()
            return
        self._live.start()
        if screen == "tech-overview":
            self._refresh_devices()
        elif screen == "tech-device":
            self._set(card={}, scan={}, printed={}, camera={})
            self._on_live()
        elif screen == "tech-sync":
            self._refresh_sync()
        elif screen == "tech-storage":
            self._set(storage=tech_view.storage_view(self.config, self.app.db), integrity={})
            self._run("integrity", lambda: tech_view.integrity_view(self.config.store_path))
        elif screen == "tech-software":
            self._set(
                versions=tech_view.versions_view(self.app.db),
                system=tech_view.system_view(self.app.db, self.kiosk.ops),
                errors=None,
            )
            self._run("errors", lambda: tech_view.recent_errors(self.config.logging.dir))
        elif screen == "tech-export":
            target, note = tech_view.export_target(self.app.db, self.config.data_dir)
            self._set(export={"target": str(target), "note": note}, bundle={})
            self._refresh_stick()

    def _on_live(self) -> None:
        screen, arg = self.app.screen, self.app.screenArg
        if screen == "tech-device":
            self._set(
                traffic=tech_view.traffic_lines(self.manager, arg), frame=self._view.get("frame", 0) + 1
            )
            if arg in ("document_camera", "face_camera"):
                camera = self.camera(arg)
                if camera is not None:
                    self._run("camera", lambda: tech_view.camera_figures(camera.latest()))
        elif screen == "tech-sync":
            self._refresh_sync()
        elif screen == "tech-export":
            self._refresh_stick()  # a stick put in or pulled out shows within a second

    def _refresh_stick(self) -> None:
        state = sync_stick.stick_state(self.app.db, self.config.data_dir)
        if state == self._view.get("stick"):
            return
        self._set(stick=state)
        export = self._view.get("export", {})
        if not export.get("busy"):  # the diagnostics go to the stick too, now that it is (or is no longer) in
            target, note = tech_view.export_target(self.app.db, self.config.data_dir)
            self._set(export={**export, "target": str(target), "note": note})

    def _on_statuses(self) -> None:
        if self.active:
            self._refresh_devices()

    def _refresh_devices(self) -> None:
        self._set(devices=tech_view.device_rows(self.manager))

    def _refresh_sync(self) -> None:
        self._set(sync=tech_view.sync_view(self.app.db, self.config))

    def _on_device_test(self, device: DeviceKind, kind: EventKind, data: dict[str, Any]) -> None:
        shown = self.app.screenArg
        if device == DeviceKind.IDCARD == shown and kind is EventKind.CARD_INSERTED:
            self._set(card=tech_view.card_view(data.get("card")))
            self._audit("idcard.test_read", read=True)
        elif device == DeviceKind.IDCARD == shown and kind is EventKind.CARD_UNREADABLE:
            self._set(card={"error": str(data.get("reason", ""))})
            self._audit("idcard.test_read", read=False)
        elif device == DeviceKind.SCANNER == shown and kind is EventKind.CODE_SCANNED:
            scan = tech_view.scan_view(data)
            if scan["text"].startswith(QR_PREFIX):
                scan["text"] = ""  # a technician code is a credential: never on the screen
                scan["credential"] = True
            self._set(scan=scan)
            self._audit("scanner.test_read", length=scan["length"])
        elif device == DeviceKind.SCANNER == shown and kind is EventKind.SCAN_ERROR:
            self._set(scan={"error": str(data.get("reason", ""))})

    @Slot(str)
    def selfTest(self, kind: str) -> None:
        manager = self.manager
        if not self.active or manager is None or kind not in manager.drivers:
            return
        self._audit("device.self_test", device=kind)
        self._set_busy(kind, True)
        self._run(f"selftest:{kind}", lambda: tech_view.self_test_view(manager.self_test(kind)[kind]))

    @Slot()
    def printTestPage(self) -> None:
        printer = self.kiosk.devices.printer() if self.kiosk.devices is not None else None
        if not self.active or printer is None:
            return
        self._audit("printer.test_page")
        self._set(printed={"busy": True})
        terminal = self.config.terminal

        def work() -> dict[str, Any]:
            from devices.base import DeviceError
            from devices.printer.receipt import Receipt

            now = dt.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
            receipt = Receipt(
                title="打印测试页 TEST PAGE",
                lines=[("终端 Terminal", terminal.id), ("时间 Time", now), ("编码 Code", terminal.code)],
                qr_payload=f"KIOSK-TEST-PAGE {terminal.id} {now}",
                qr_caption="扫码测试 scan test",
                footer=["中文字符 ABC abc 0123456789", "—— 测试结束 end of test ——"],
            )
            try:
                state = printer.print_receipt(receipt)
            except DeviceError as exc:
                return {"ok": False, "words": exc.reason}
            return {"ok": True, "words": state.reason or "printed"}

        self._run("print", work)

    @Slot()
    def syncNow(self) -> None:
        worker = self.kiosk.sync_worker
        if not self.active:
            return
        self._audit("sync.run_now", configured=worker is not None)
        if worker is None:
            self._set(syncRun={"state": "unavailable"})
            return
        self._set(syncRun={"state": "running"})
        request = getattr(worker, "request_run", None)
        if request is None:
            worker.wake()
            self._set(syncRun={"state": "asked"})
            return
        done = request()
        self._run("sync", lambda: {"state": "done" if done.wait(120) else "waiting"})

    @Slot()
    def refreshErrors(self) -> None:
        if self.active:
            self._audit("log.read")
            self._set(errors=None)
            self._run("errors", lambda: tech_view.recent_errors(self.config.logging.dir))

    @Slot()
    def checkIntegrity(self) -> None:
        if self.active:
            self._audit("storage.integrity_check")
            self._set(integrity={})
            self._run("integrity", lambda: tech_view.integrity_view(self.config.store_path))

    @Slot()
    def exportDiagnostics(self) -> None:
        if not self.active or "export" in self._jobs:
            return
        target, note = tech_view.export_target(self.app.db, self.config.data_dir)
        self._audit("diagnostics.export", usb=not note and target != self.config.data_dir / "diagnostics")
        self._set(export={"busy": True, "note": note, "target": str(target)})
        config, manager = self.config, self.manager

        def work() -> dict[str, Any]:
            from kiosk.ops.diagnostics import export_bundle
            from kiosk.store.connection import open_store

            db = open_store(config.store_path)  # this thread's own connection
            try:
                path = export_bundle(target, config=config, db=db, devices=manager)
            except Exception as exc:
                log.error("diagnostics export failed: %s", type(exc).__name__)
                return {"error": type(exc).__name__, "note": note, "target": str(target)}
            finally:
                db.conn.close()
            return {"path": str(path), "note": note, "target": str(target)}

        self._run("export", work)

    @Slot(str)
    def syncByStick(self, direction: str) -> None:
        """`export`: the outbox to the stick as one sealed bundle; `import`: the platform's answers."""
        stick = self._view.get("stick", {})
        if not self.active or "bundle" in self._jobs or not stick.get("present") or not stick.get("enrolled"):
            return
        work = sync_stick.export_to_stick if direction == "export" else sync_stick.import_from_stick
        self._audit("sync.stick", direction=direction)
        self._set(bundle={"busy": True, "direction": direction})
        store, path = self.config.store_path, Path(stick["path"])

        def job() -> dict[str, Any]:
            try:
                return {"direction": direction, **work(store, path)}
            except Exception as exc:  # a refused bundle says why (BundleError's words name no person)
                log.error("sync by stick (%s) failed: %s", direction, type(exc).__name__)
                return {"direction": direction, "error": str(exc) or type(exc).__name__}

        self._run("bundle", job)

    # -- workers -------------------------------------------------------------------------------------
    def _run(self, name: str, work: Callable[[], Any]) -> None:
        if name in self._jobs:
            return
        self._jobs.add(name)

        def body() -> None:
            try:
                result = work()
            except Exception as exc:
                log.warning("technician job %s failed: %s", name.split(":")[0], type(exc).__name__)
                result = {"error": type(exc).__name__}
            try:
                self._done.emit(name, result)
            except RuntimeError:
                pass  # the app closed meanwhile

        threading.Thread(target=body, name=f"tech-{name}", daemon=True).start()

    def _on_done(self, name: str, result: Any) -> None:
        self._jobs.discard(name)
        if name == "camqr":
            if result and not self.active and self.app.screen in ("attract", "home"):
                self.presentCode(str(result))
            return
        if not self.active:
            return  # left meanwhile: the result belongs to nobody
        if name.startswith("selftest:"):
            kind = name.split(":", 1)[1]
            self._set_busy(kind, False)
            self._set(selfTests={**self._view.get("selfTests", {}), kind: result})
            self._audit("device.self_test_result", device=kind, passed=bool(result.get("passed")))
        elif name == "print":
            self._set(printed=result)
            self._audit("printer.test_page_result", printed=bool(result.get("ok")))
        elif name == "camera":
            self._set(camera=result)
        elif name == "sync":
            self._set(syncRun=result)
            self._refresh_sync()
        elif name == "integrity":
            self._set(integrity=result)
        elif name == "errors":
            self._set(errors=result)
        elif name == "export":
            self._set(export=result)
            self._audit("diagnostics.export_result", written="path" in result)
        elif name == "bundle":
            self._set(bundle=result)
            self._audit("sync.stick_result", direction=result.get("direction"), ok="error" not in result)
            self._refresh_stick()

    # -- properties ----------------------------------------------------------------------------------
    def _set(self, **values: Any) -> None:
        self._view = {**self._view, **values}
        self.viewChanged.emit()

    def _set_busy(self, kind: str, busy: bool) -> None:
        running = set(self._view.get("busy", []))
        running = running | {kind} if busy else running - {kind}
        self._set(busy=sorted(running))

    def _view_value(self) -> dict[str, Any]:
        return self._view

    def _stage_value(self) -> str:
        return self._stage

    def _reason_value(self) -> str:
        return self._reason

    def _pin_length(self) -> int:
        return len(self._pin)

    def _lock_value(self) -> int:
        return self._lock_seconds() if self._stage == "locked" else 0

    def _active_value(self) -> bool:
        return self.active

    def _tech_ref(self) -> str:
        return (self.auth.active or "") if self.auth is not None else ""

    view = Property(dict, _view_value, notify=viewChanged)
    stage = Property(str, _stage_value, notify=entryChanged)
    reason = Property(str, _reason_value, notify=entryChanged)
    pinLength = Property(int, _pin_length, notify=entryChanged)
    lockSeconds = Property(int, _lock_value, notify=entryChanged)
    isActive = Property(bool, _active_value, notify=entryChanged)
    techRef = Property(str, _tech_ref, notify=entryChanged)
