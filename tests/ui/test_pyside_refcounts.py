"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every void call (processEvents,
QTimer.start/stop, signal emits...): a kiosk ticking its session timer dies with
'none_dealloc' after hours. We pin a release without the bug; this guards any upgrade."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Emitter(QObject):
    changed = Signal()


def test_void_calls_keep_references_to_none(qapp):
    emitter = _Emitter()
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        qapp.processEvents()
        timer.start(1000)
        timer.stop()
        emitter.changed.emit()
    after = sys.getrefcount(None)
    assert before - after < 200, f"None lost {before - after} references in 2000 rounds"
