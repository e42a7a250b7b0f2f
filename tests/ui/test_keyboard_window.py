"""The on-screen keyboard is drawn in the kiosk's own window, never as a window of its own.

Qt Virtual Keyboard has a desktop mode: with no keyboard panel in the scene it opens a separate,
frameless window, and that window takes the focus. The kiosk's panel loads just after the first frame, so
a field focused before then (a resident quick off the mark, a keypad's Return) would open that window and
leave the kiosk's window without focus: arrows and Return go nowhere. Qt reads the switch only when its
application object is made; the kiosk sets it first, and refuses to build on a Qt application made
without it (a test harness or a tool that made its own)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from kiosk.tools.screenshots import find, settle


def test_a_field_focused_before_the_keyboard_panel_loads_keeps_the_kiosk_window_in_focus(kiosk):
    k = kiosk
    k.app.start()
    k.app.go("complaints")
    assert find(k, "inputPanel") is None  # the in-window panel does not exist yet
    find(k, "complaintText").forceActiveFocus()
    QGuiApplication.inputMethod().show()
    settle(k.qt_app, 300)
    windows = QGuiApplication.allWindows()
    assert [type(w).__name__ for w in windows] == ["QQuickWindow"], "a window beside the kiosk's"
    assert QGuiApplication.focusWindow() == k.window
    assert find(k, "complaintText").hasActiveFocus()


BUILD_ON_AN_EARLY_APPLICATION = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication([])  # made before the kiosk could set anything
    from kiosk.config import load_config
    from kiosk.ui.app import build
    try:
        build(load_config(Path(sys.argv[1])))
    except RuntimeError as refused:
        print(refused)
        raise SystemExit(3)
    """
)


def test_building_on_a_qt_application_made_without_the_kiosk_settings_is_refused(tmp_path: Path):
    toml = tmp_path / "kiosk.toml"
    toml.write_text('data_dir = "data"\n[logging]\nconsole = false\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "QT_VIRTUALKEYBOARD_DESKTOP_DISABLE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", BUILD_ON_AN_EARLY_APPLICATION, str(toml)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 3, done.stderr
    assert "QT_VIRTUALKEYBOARD_DESKTOP_DISABLE" in done.stdout
    assert "set_qt_environment()" in done.stdout
