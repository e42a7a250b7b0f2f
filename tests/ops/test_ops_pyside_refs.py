"""Regression guard for the pinned PySide6: Python-side signal emits and QML property reads must not
release references they never took. PySide6 6.12.0 did (one reference to True per Signal.emit, to None
per void call): on Python 3.11, where True and None are not immortal, the kiosk aborted with
"Fatal Python error: bool_dealloc" after about a hundred resident sessions (seen in bench/bench_soak.py).
If this fails after a PySide6 bump, do not ship that bump."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="True/None are immortal on 3.12+")

PROBE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Property, QByteArray, QEventLoop, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine

app = QGuiApplication([])
class C(QObject):
    changed = Signal()
    def _flag(self) -> bool:
        return True
    flag = Property(bool, _flag, notify=changed)
    @Slot()
    def poke(self) -> None:
        pass
c = C()
engine = QQmlApplicationEngine()
engine.rootContext().setContextProperty("c", c)
engine.loadData(QByteArray(b"import QtQuick\nItem { property bool f: c.flag }"))
def spin():
    loop = QEventLoop(); QTimer.singleShot(5, loop.quit); loop.exec()
spin()
t, n = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(200):
    c.changed.emit()
    c.poke()
spin()
print(t - sys.getrefcount(True), n - sys.getrefcount(None), flush=True)
os._exit(0)
"""


def test_emits_and_qml_reads_keep_true_and_none_references() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    lost_true, lost_none = (int(x) for x in result.stdout.split())
    # A few references may come and go with caches; a leak shows as ~200 (one per emit or call).
    assert lost_true < 50 and lost_none < 50, result.stdout
