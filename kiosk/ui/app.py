"""Assemble the kiosk: configuration, store, catalog, session, Qt application and the QML views."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.core.session import Session

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.services import KioskServices
    from kiosk.store.connection import Database
    from kiosk.ui.app_controller import AppController
    from kiosk.ui.catalog_controller import CatalogController
    from kiosk.ui.catalog_sync import CatalogSync
    from kiosk.ui.certification_controller import CertificationController
    from kiosk.ui.complaints_controller import ComplaintsController
    from kiosk.ui.device_bridge import DeviceBridge
    from kiosk.ui.device_router import DeviceRouter
    from kiosk.ui.flow_parts import ControllerContext
    from kiosk.ui.handwriting_controller import HandwritingController
    from kiosk.ui.journey_controller import JourneyController
    from kiosk.ui.keyboard_memory import KeyboardMemory
    from kiosk.ui.ops_wiring import OpsWiring
    from kiosk.ui.progress_controller import ProgressController
    from kiosk.ui.query_print_controller import QueryPrintController
    from kiosk.ui.session_bridge import SessionBridge
    from kiosk.ui.tech_controller import TechController
    from kiosk.ui.voice import VoiceController
    from sync.engine.worker import SyncWorker

# The store (sqlite-utils) and the catalog modules are imported after the first frame when
# start-up is lazy: they cost more than the whole bare Qt window (bench/bench_startup.py).

log = logging.getLogger(__name__)

RELEASE_AFTER_WIPE_MS = 1500

QML_DIR = Path(__file__).with_name("qml")
#: the import path holding QtQuick/VirtualKeyboard/Styles/<KEYBOARD_STYLE>/style.qml
KEYBOARD_STYLE_DIR = QML_DIR / "keyboard"
KEYBOARD_STYLE = "kiosk"
FONT_FAMILY = "Noto Sans CJK SC"
FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
)


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """Why a window cannot be shown here, in words, or None when it can."""
    env = os.environ if environ is None else environ
    if env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return (
        "No display: there is no screen for the kiosk window (DISPLAY and WAYLAND_DISPLAY are unset).\n"
        "Run it one of these ways:\n"
        "  xvfb-run -a scripts/run-kiosk              # a virtual X screen (nothing visible)\n"
        "  QT_QPA_PLATFORM=vnc:size=1280x800 scripts/run-kiosk   # then connect a VNC viewer to port 5900\n"
        "  .venv/bin/kiosk-tools screenshots screens/  # render every screen to PNG files offscreen"
    )


#: What Qt reads from the environment only when its application object is made: whatever makes a
#: QGuiApplication before `build` (a test harness, a tool) calls `set_qt_environment` first.
QT_APPLICATION_ENVIRONMENT = {
    "QT_IM_MODULE": "qtvirtualkeyboard",
    # In desktop mode the keyboard is a window of its own, and it takes focus from the kiosk's.
    "QT_VIRTUALKEYBOARD_DESKTOP_DISABLE": "1",
}
#: What Qt reads later, when the first view or the keyboard loads.
QT_VIEW_ENVIRONMENT = {
    "QT_QUICK_CONTROLS_STYLE": "Basic",
    # Our own keyboard style (qml/keyboard/.../Styles/kiosk): Qt's built-in ones miss 7:1 in 长辈版.
    "QT_VIRTUALKEYBOARD_STYLE": KEYBOARD_STYLE,
}


def set_qt_environment() -> None:
    """The kiosk's Qt settings, where the environment does not already choose them."""
    for name, value in (QT_APPLICATION_ENVIRONMENT | QT_VIEW_ENVIRONMENT).items():
        os.environ.setdefault(name, value)


def prepare_environment() -> None:
    """Settings Qt reads at start-up, and lean imports."""
    set_qt_environment()
    from kiosk.memory import install

    install()  # lean pypinyin and sqlite-utils imports (kiosk/memory.py): ~35 MB less resident


def register_fonts() -> str:
    """The family every view uses, named explicitly (never the fallback chain): Simplified Chinese.

    Noto's collection lists the Japanese face first; taking that one would draw some hanzi in their
    Japanese forms. A family fontconfig already provides needs no registration."""
    from PySide6.QtGui import QFontDatabase

    if FONT_FAMILY in QFontDatabase.families():
        return FONT_FAMILY
    paths = [p for p in FONT_CANDIDATES if Path(p).exists()]
    if not paths and (fc := shutil.which("fc-match")):
        out = subprocess.run(
            [fc, "-f", "%{file}", "Noto Sans CJK SC"], capture_output=True, text=True, check=False
        )
        if out.stdout:
            paths.insert(0, out.stdout.strip())
    for path in paths:
        font_id = QFontDatabase.addApplicationFont(path) if Path(path).exists() else -1
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            if FONT_FAMILY in families or not families:
                return FONT_FAMILY
            return next((f for f in families if f.endswith(" SC")), families[0])
    log.error("no CJK font found: Chinese text will show as boxes; run scripts/bootstrap")
    return FONT_FAMILY


@dataclass
class KioskApp:
    """Everything a running kiosk holds; tests and `kiosk-tools screenshots` drive it through this.

    The fields after ``session`` are filled by :meth:`finish_start` (after the first frame when
    start-up is lazy) or by the options that ask for them (devices, sync, ``kiosk run``)."""

    config: Config
    qt_app: QGuiApplication
    engine: QQmlApplicationEngine
    window: QQuickWindow
    app: AppController
    catalog: CatalogController
    bridge: SessionBridge
    session: Session
    services: KioskServices | None = None
    devices: DeviceBridge | None = None  # when the kiosk drives devices
    router: DeviceRouter | None = None  # device events to the screen or flow that owns them
    voice: VoiceController | None = None
    voice_warm_up: bool = False
    sync_worker: SyncWorker | None = None  # when a platform is configured
    catalog_sync: CatalogSync | None = None  # signed catalog updates, with the worker
    ops: OpsWiring | None = None  # under `kiosk run`: crash report, UPS, dimming
    journey: JourneyController | None = None
    tech: TechController | None = None  # technician mode
    progress: ProgressController | None = None  # 查询进度
    complaints: ComplaintsController | None = None  # 有诉即办
    cert: CertificationController | None = None  # 养老金资格认证, 上门服务
    query_print: QueryPrintController | None = None  # 查询打印
    _close_platform_link: Callable[[], None] | None = None
    keyboard_memory: KeyboardMemory | None = None  # the Pinyin engine's learning, wiped per session
    handwriting: HandwritingController | None = None  # 手写 recognition for the keyboard's writing panel

    @property
    def db(self) -> Database | None:
        """The open store (None until :meth:`finish_start` opened it)."""
        return self.services.db if self.services is not None else None

    def finish_start(self) -> None:
        """Open the services (store, keys, recovery), load the catalog, build the controllers.
        Runs right after the first frame."""
        if self.services is not None:
            return
        from kiosk.services import open_services
        from kiosk.store.integrity import StoreUnavailableError, is_disk_full
        from kiosk.ui.device_router import DeviceRouter

        try:
            services = self.services = open_services(self.config)
        except (OSError, StoreUnavailableError, sqlite3.Error) as exc:
            if not (is_disk_full(exc) or isinstance(exc, StoreUnavailableError)):
                raise
            # a restart cannot fix this: stay up, out of service, and say why (no restart loop)
            reason = "disk_full" if is_disk_full(exc) else "store_unavailable"
            log.critical(
                "out of service: %s (%s). Free space under %s, then restart the kiosk.",
                "the disk is full" if reason == "disk_full" else "the store cannot be opened",
                type(exc).__name__,
                self.config.data_dir,
            )
            self.app.set_out_of_service(reason)
            self.app.add_notice(f"out of service: {reason.replace('_', ' ')} under {self.config.data_dir}")
            return
        if not services.health.ok:
            self.app.add_notice(services.health.describe())
        if services.recovery.orphan_files:
            self.app.add_notice(
                f"{services.recovery.orphan_files} sealed files no application in the store lists were"
                " kept in the quarantine folder (see the diagnostics); nothing was deleted"
            )
        self.app.attach_services(services)
        catalog, problem = services.load_catalog()
        if problem:
            self.app.add_notice(problem)
        self.catalog.set_catalog(catalog)
        self._start_voice()
        self.router = DeviceRouter(self.app, parent=self.engine)
        if self.devices is not None:
            self.router.attach(self.devices)
        from kiosk.ui.flow_parts import ControllerContext

        ctx = ControllerContext(self.app, self.catalog, self.session, services, self.router, self.devices)
        # The journey's modules are heavy and only the guide's "Start" button needs them.
        from kiosk.ui.journey_controller import JourneyController

        self.journey = JourneyController(ctx, parent=self.engine)
        self.engine.rootContext().setContextProperty("journey", self.journey)
        self._start_resident_services(ctx)
        self._start_certification(ctx)
        self._start_query_print(ctx)
        if self.devices is not None:
            self.devices.start(services.device_settings)
        if self.config.sync.platform_url:
            self._start_sync(services)
        self._start_technician()
        from kiosk.memory import keep_startup_heap

        keep_startup_heap()  # before any resident: each wipe's collection walks only the session

    def _start_technician(self) -> None:
        """Technician mode: entered only from attract/home with a technician card or code plus a PIN."""
        from kiosk.ui.tech_controller import TechController

        assert self.router is not None  # made by finish_start, before the technician
        self.tech = TechController(self, self.router, parent=self.engine)
        self.engine.rootContext().setContextProperty("tech", self.tech)

    def _resident_at_screen(self) -> bool:
        """Heavy uploads pause for a resident, not for a technician (whose "sync now" must send them).
        Called on the sync worker's thread: it only reads two states."""
        from kiosk.core.session import State

        if self.tech is not None and self.tech.active:
            return False
        return self.session.state in (State.ACTIVE, State.WARNING)

    def _start_certification(self, ctx: ControllerContext) -> None:
        """养老金资格认证 and 上门服务: they queue through the services' store."""
        from kiosk.ui.certification_controller import CertificationController

        self.cert = CertificationController(ctx, parent=self.engine)
        self.engine.rootContext().setContextProperty("cert", self.cert)
        if self.journey is not None:  # the guide's Start on a certification matter, suggestions
            self.journey.certification = self.cert

    def _start_query_print(self, ctx: ControllerContext) -> None:
        """查询打印: documents from the platform printed on the A4 printer, and its print spool."""
        from devices.a4printer import A4Printer
        from devices.base import DeviceKind
        from kiosk.journey_adapters.query_print import platform_desk
        from kiosk.ui.query_print_controller import QueryPrintController

        devices = self.devices

        def printer() -> A4Printer | None:
            driver = devices.driver(DeviceKind.A4PRINTER) if devices is not None else None
            return driver if isinstance(driver, A4Printer) else None

        desk, self._close_platform_link = platform_desk(ctx.services.db, printer)
        self.query_print = QueryPrintController(ctx, desk, parent=self.engine)
        self.engine.rootContext().setContextProperty("qprint", self.query_print)
        if self.journey is not None:  # the guide's Start on a query-and-print matter
            self.journey.query_print = self.query_print

    def _start_resident_services(self, ctx: ControllerContext) -> None:
        """查询进度 and 有诉即办: they read and write through the services' store."""
        from kiosk.ui.complaints_controller import ComplaintsController
        from kiosk.ui.progress_controller import ProgressController

        engine = self.engine
        self.progress = ProgressController(ctx, parent=engine)
        self.complaints = ComplaintsController(
            ctx.app, ctx.session, ctx.services, parent=engine, printer=ctx.printer
        )
        self.engine.rootContext().setContextProperty("progressCtl", self.progress)
        self.engine.rootContext().setContextProperty("complaintsCtl", self.complaints)

    def _device_health(self) -> dict[str, str]:
        """For the heartbeat: each device's health or paper state (devices.base.DeviceStatus.reported)."""
        return {row["kind"]: row["reported"] for row in self.devices.statuses} if self.devices else {}

    def _start_sync(self, services: KioskServices) -> None:
        from kiosk.ui.catalog_sync import CatalogSync
        from sync.engine.worker import SyncWorker

        # Signed catalogs (and the platform's sealing key) at start and every catalog_interval_s.
        self.catalog_sync = CatalogSync(self.session, services, self.catalog, parent=self.engine)
        self.window.setProperty("catalogSync", self.catalog_sync)
        root = self.config.sync.catalog_root
        # Its own thread and connection; heavy uploads pause while a resident is at the screen.
        self.sync_worker = SyncWorker(
            self.config.store_path,
            config=self.config.sync,  # windows, cap, timeouts, retention and intervals from kiosk.toml
            resident_at_screen=self._resident_at_screen,
            device_health=self._device_health,
            catalog_interval_s=self.config.sync.catalog_interval_s,
            on_catalog=self.catalog_sync.on_catalog,
            catalog_root_file=Path(root) if root else None,
        )
        self.sync_worker.start()

    def _start_voice(self) -> None:
        from kiosk.ui.voice import VoiceController

        # Registers its own session wipe ("voice": volume and pace back to defaults).
        self.voice = VoiceController(
            self.session,
            self.config,
            self.config.data_dir / "voice-cache",
            parent=self.engine,
            warm_up=self.voice_warm_up,
        )
        self.engine.rootContext().setContextProperty("voice", self.voice)
        self.window.setProperty("voiceCtl", self.voice)
        self.app.sound_player = self.voice.playSound  # the help chime

    def close(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent

        try:
            # What the screens let go goes first, while everything it was bound to is still there.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if self.sync_worker is not None:
                self.sync_worker.stop(timeout=10)
            if self.voice is not None:
                self.voice.close()
            if self.handwriting is not None:
                self.handwriting.close()
            if self.query_print is not None:
                self.query_print.close()
            if self._close_platform_link is not None:
                self._close_platform_link()
            if self.devices is not None:
                self.devices.stop()
            self.qt_app.removeEventFilter(self.bridge)
            self.bridge.stop()
            self.window.setProperty("allowClose", True)
            self.window.close()
            self.window.deleteLater()
            self.app.release_script_values()
            self.engine.deleteLater()
            # Delete them now, not whenever some later event loop runs: deleteLater() posted outside any event
            # loop waits for the next loop (processEvents() alone never runs it), so the old window and engine
            # died at a random point inside whatever came next (the next app's start, a wait in a test), with
            # their QML still bound to controllers and image providers that were going too.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            self.qt_app.processEvents()
            if self.services is not None:
                self.services.db.conn.close()
        finally:
            from kiosk.memory import return_startup_heap

            return_startup_heap()
            global _running
            if _running is self:
                _running = None


# The kiosk running in this process, if any. Qt Virtual Keyboard has one platform input context per process
# and points it at the newest engine's keyboard only: with two kiosks alive, closing the newer one leaves
# the older one's keyboard calling into a context that is gone (a segfault the next time its keyboard
# moves), and both keyboards answer every focus change. One process runs one kiosk.
_running: KioskApp | None = None


def running() -> KioskApp | None:
    """The kiosk alive in this process (built and not yet closed), or None."""
    return _running


def build(
    config: Config,
    kiosk_mode: bool = False,
    qt_args: list[str] | None = None,
    keyboard_config_home: Path | None = None,
    lazy: bool = False,
    devices: bool = False,
    voice_warm_up: bool = False,
) -> KioskApp:
    global _running
    if _running is not None:
        raise RuntimeError("a kiosk is already running in this process: close it before building another")
    unset_before = [name for name in QT_APPLICATION_ENVIRONMENT if name not in os.environ]
    prepare_environment()
    from PySide6.QtCore import Qt, QTimer

    from kiosk.memory import quiet_pyside_source_reads

    quiet_pyside_source_reads()  # before the kiosk's own modules load: ~10 MB less resident
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.memory import release as release_memory
    from kiosk.ui.app_controller import AppController
    from kiosk.ui.catalog_controller import CatalogController
    from kiosk.ui.session_bridge import SessionBridge

    existing = QGuiApplication.instance()
    if existing is not None and unset_before:
        raise RuntimeError(
            f"Qt was started without the kiosk's {', '.join(unset_before)}, which Qt reads only "
            "when its application object is made: the on-screen keyboard would be missing, or a "
            "window of its own that takes focus from the kiosk. Call "
            "kiosk.ui.app.set_qt_environment() before making the QGuiApplication."
        )
    qt_app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(qt_args or ["kiosk"])
    family = register_fonts()
    session = Session(config, keyboard_config_home=keyboard_config_home)
    # After a session's wipe, once the event loop has destroyed its screens: freed heap back to the system.
    session.register_wipe("memory", lambda: QTimer.singleShot(RELEASE_AFTER_WIPE_MS, release_memory))
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(KEYBOARD_STYLE_DIR))
    app = AppController(config, session, None, engine, parent=engine)
    catalog_ctl = CatalogController(None, session, parent=engine)
    bridge = SessionBridge(session, parent=engine)
    qt_app.installEventFilter(bridge)
    ctx = engine.rootContext()
    ctx.setContextProperty("app", app)
    ctx.setContextProperty("catalog", catalog_ctl)
    ctx.setContextProperty("session", bridge)
    ctx.setContextProperty("kioskMode", kiosk_mode)
    ctx.setContextProperty("fontFamily", family)
    from kiosk.ui.handwriting_controller import HandwritingController

    handwriting = HandwritingController(session, parent=engine)  # 手写 on the on-screen keyboard
    ctx.setContextProperty("handwriting", handwriting)
    # [screen] size and orientation: the window the screens lay themselves out for (full screen with
    # --kiosk takes the panel's own size instead).
    width, height = config.screen.window_size
    ctx.setContextProperty("configuredWidth", width)
    ctx.setContextProperty("configuredHeight", height)
    engine.load(str(QML_DIR / "Main.qml"))
    roots = engine.rootObjects()
    if not roots:
        raise RuntimeError("the QML views failed to load (see the log for the QML error)")
    window = roots[0]
    assert isinstance(window, QQuickWindow)
    kiosk = KioskApp(config, qt_app, engine, window, app, catalog_ctl, bridge, session)
    _running = kiosk
    from kiosk.ui.keyboard_memory import KeyboardMemory

    kiosk.keyboard_memory = KeyboardMemory(engine, window, session)
    kiosk.handwriting = handwriting
    kiosk.voice_warm_up = voice_warm_up
    if devices:
        from kiosk.ui.device_bridge import DeviceBridge

        kiosk.devices = DeviceBridge(parent=engine)
        ctx.setContextProperty("devices", kiosk.devices)
    if lazy:
        # Paint the first screen, then open the store and catalog in the next turns of the event
        # loop: the terminal answers a touch sooner than a resident can give one.
        window.frameSwapped.connect(
            lambda: QTimer.singleShot(0, kiosk.finish_start), Qt.ConnectionType.SingleShotConnection
        )
        window.update()
    else:
        kiosk.finish_start()
    return kiosk
