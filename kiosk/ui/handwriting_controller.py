"""手写 for QML: the strokes a finger draws in the writing box (qml/components/HandwritingPanel.qml) go
to the Zinnia recognizer (kiosk/input/handwriting.py) on a worker thread; the candidates come back
as ``candidates``. The recognizer opens on first use (the keyboard may never be switched to writing).

What a resident wrote is theirs: strokes live in the panel and candidates here only until the
character is chosen or the box is cleared, and the session wipe drops both (``wiped`` tells the panel).
Nothing is logged but the fact that recognition failed, and nothing is learned.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.core.session import Session
from kiosk.input.handwriting import MODEL, HandwritingUnavailable, Recognizer

log = logging.getLogger(__name__)
SHOWN = 9  # candidates offered: a 3x3 block of finger-sized buttons


class HandwritingController(QObject):
    candidatesChanged = Signal()
    availableChanged = Signal()
    wiped = Signal()  # the panel drops its strokes
    _recognized = Signal(int, list)

    def __init__(self, session: Session, parent: QObject | None = None, model: Path = MODEL) -> None:
        super().__init__(parent)
        self._model = model
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="handwriting")
        self._lock = threading.Lock()
        self._recognizer: Recognizer | None = None
        # No model installed: no 手写 tab at all (a library that fails to load turns it off on first use).
        self._available = model.is_file()
        self._candidates: list[str] = []
        self._request = 0  # bumps on every recognize/clear: a late answer to an older one is dropped
        self._recognized.connect(self._on_recognized)
        session.register_wipe("handwriting", self._wipe)

    def _open(self) -> Recognizer | None:
        with self._lock:
            if self._recognizer is None and self._available:
                try:
                    self._recognizer = Recognizer(self._model)
                except HandwritingUnavailable as exc:
                    log.error("handwriting unavailable: %s", exc)  # names a package, never strokes
                    self._available = False
                    self.availableChanged.emit()
            return self._recognizer

    @Slot("QVariantList", float)
    def recognize(self, strokes: list[Any], box: float) -> None:
        """``strokes``: a list of strokes, each a list of [x, y] in a square of ``box`` pixels."""
        self._request += 1
        request = self._request
        points = [[(float(p[0]), float(p[1])) for p in stroke] for stroke in strokes if stroke]
        future = self._pool.submit(self._classify, points, box)
        future.add_done_callback(lambda f: self._deliver(request, f))

    def _classify(self, strokes: list[list[tuple[float, float]]], box: float) -> list[str]:
        recognizer = self._open()
        if recognizer is None or not strokes or box <= 0:
            return []
        return [c.text for c in recognizer.classify(strokes, box, SHOWN)]

    def _deliver(self, request: int, future: Future[list[str]]) -> None:
        try:
            texts = future.result()
        except Exception as exc:  # a broken model file: say so once per try, keep the panel usable
            log.error("handwriting recognition failed: %s", type(exc).__name__)
            texts = []
        self._recognized.emit(request, texts)  # queued to the UI thread

    def _on_recognized(self, request: int, texts: list[str]) -> None:
        if request == self._request:
            self._candidates = texts
            self.candidatesChanged.emit()

    @Slot()
    def clear(self) -> None:
        self._request += 1
        if self._candidates:
            self._candidates = []
            self.candidatesChanged.emit()

    def _wipe(self) -> None:
        self.clear()
        self.wiped.emit()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        with self._lock:
            if self._recognizer is not None:
                self._recognizer.close()
                self._recognizer = None

    def _get_candidates(self) -> list[str]:
        return list(self._candidates)

    def _get_available(self) -> bool:
        return self._available

    candidates = Property(list, _get_candidates, notify=candidatesChanged)
    available = Property(bool, _get_available, notify=availableChanged)
