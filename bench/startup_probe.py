"""Child process for bench_startup.py: start a window, print READY when its first frame is painted."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

BARE_QML = b"""
import QtQuick
import QtQuick.Controls
ApplicationWindow { width: 1280; height: 800; visible: true
  Text { anchors.centerIn: parent; text: "\xe5\x8a\x9e\xe4\xba\x8b Services"; font.pixelSize: 40 } }
"""


def _ready_on_frame(window: object, qt_app: object) -> None:
    def done() -> None:
        print("READY", flush=True)
        os._exit(0)  # skip teardown: we measure start-up only

    window.frameSwapped.connect(done)  # type: ignore[attr-defined]
    window.update()  # type: ignore[attr-defined]


def bare() -> None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlApplicationEngine

    app = QGuiApplication(sys.argv)
    engine = QQmlApplicationEngine()
    engine.loadData(QByteArray(BARE_QML))
    _ready_on_frame(engine.rootObjects()[0], app)
    app.exec()


def kiosk(data_dir: str) -> None:
    from kiosk.config import load_config
    from kiosk.ui.app import build

    toml = Path(data_dir) / "kiosk.toml"
    toml.write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    app = build(load_config(toml), keyboard_config_home=Path(data_dir) / "cfg", lazy=True)
    app.app.start()  # the interactive home screen, as after the first touch
    _ready_on_frame(app.window, app.qt_app)
    app.qt_app.exec()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        kiosk(sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp())
