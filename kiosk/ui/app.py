"""Assemble the kiosk: configuration, store, catalog, session, Qt application and the QML views."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.config import Config
from kiosk.core.catalog import Catalog
from kiosk.core.catalog_io import DEMO_CATALOG_PATH, CatalogError, apply_catalog, load_active_catalog
from kiosk.core.session import Session
from kiosk.store import open_store_checked

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).with_name("qml")
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
        "  .venv/bin/kiosk screenshots screens/        # render every screen to PNG files offscreen"
    )


def prepare_environment(config: Config) -> None:
    """Settings Qt reads at start-up; the virtual keyboard's learning dictionary goes under our data dir."""
    os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")
    os.environ.setdefault("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1")


def load_catalog_into(db: Any) -> tuple[Catalog | None, str]:
    """The active catalog; the demo catalog on a fresh store. A broken catalog never stops the kiosk."""
    try:
        catalog = load_active_catalog(db)
        if catalog is None:
            apply_catalog(db, DEMO_CATALOG_PATH)
            catalog = load_active_catalog(db)
        return catalog, ""
    except CatalogError as exc:
        log.error("service catalog unavailable: %s", exc)
        return None, f"service catalog unavailable: {exc}"


def register_fonts() -> str:
    from PySide6.QtGui import QFontDatabase

    paths = list(FONT_CANDIDATES)
    if fc := shutil.which("fc-match"):
        out = subprocess.run(
            [fc, "-f", "%{file}", "Noto Sans CJK SC"], capture_output=True, text=True, check=False
        )
        if out.stdout:
            paths.insert(0, out.stdout.strip())
    for path in paths:
        font_id = QFontDatabase.addApplicationFont(path) if Path(path).exists() else -1
        if font_id >= 0:
            families = QFontDatabase.applicationFontFamilies(font_id)
            return families[0] if families else FONT_FAMILY
    log.error("no CJK font found: Chinese text will show as boxes; run scripts/bootstrap")
    return FONT_FAMILY


@dataclass
class KioskApp:
    """Everything a running kiosk holds; tests and `kiosk screenshots` drive it through this."""

    config: Config
    qt_app: Any
    engine: Any
    window: Any
    app: Any  # AppController
    catalog: Any  # CatalogController
    bridge: Any  # SessionBridge
    session: Session
    db: Any

    def close(self) -> None:
        self.qt_app.removeEventFilter(self.bridge)
        self.bridge.stop()
        self.window.setProperty("allowClose", True)
        self.window.close()
        self.window.deleteLater()
        self.engine.deleteLater()
        self.qt_app.processEvents()
        self.db.conn.close()


def build(
    config: Config,
    kiosk_mode: bool = False,
    qt_args: list[str] | None = None,
    keyboard_config_home: Path | None = None,
) -> KioskApp:
    prepare_environment(config)
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    from kiosk.ui.app_controller import AppController
    from kiosk.ui.catalog_controller import CatalogController
    from kiosk.ui.session_bridge import SessionBridge

    db, health = open_store_checked(config.store_path)
    notice = "" if health.ok else health.describe()
    if notice:
        log.warning("store started degraded: %s", notice)
    catalog, catalog_notice = load_catalog_into(db)
    notice = "; ".join(n for n in (notice, catalog_notice) if n)

    qt_app = QGuiApplication.instance() or QGuiApplication(qt_args or ["kiosk"])
    family = register_fonts()
    session = Session(config, keyboard_config_home=keyboard_config_home)
    engine = QQmlApplicationEngine()
    app = AppController(config, session, db, engine, notice=notice, parent=engine)
    catalog_ctl = CatalogController(catalog, session, parent=engine)
    bridge = SessionBridge(session, parent=engine)
    qt_app.installEventFilter(bridge)
    ctx = engine.rootContext()
    ctx.setContextProperty("app", app)
    ctx.setContextProperty("catalog", catalog_ctl)
    ctx.setContextProperty("session", bridge)
    ctx.setContextProperty("kioskMode", kiosk_mode)
    ctx.setContextProperty("fontFamily", family)
    engine.load(str(QML_DIR / "Main.qml"))
    roots = engine.rootObjects()
    if not roots:
        raise RuntimeError("the QML views failed to load (see the log for the QML error)")
    window = roots[0]
    assert isinstance(window, QQuickWindow)
    return KioskApp(config, qt_app, engine, window, app, catalog_ctl, bridge, session, db)
