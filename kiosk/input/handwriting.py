"""Chinese handwriting recognition, offline: Zinnia (Debian's ``libzinnia0``, through ctypes) with the
Tegaki Simplified Chinese model (``tegaki-zinnia-simplified-chinese``). Qt-free.

A character is the strokes a finger drew, each a list of (x, y) points in a square writing box; the
recognizer answers the likeliest characters, best first. Zinnia compares stroke by stroke, so the
order and number of strokes matter as the resident wrote them; the box size only scales.

Nothing is learned and nothing is written: the recognizer holds the model (read-only, memory-mapped)
and each call's strokes live only for that call, so a session's writing leaves no trace here.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

LIBRARY = "libzinnia.so.0"
MODEL = Path("/usr/share/tegaki/models/zinnia/handwriting-zh_CN.model")
BOX = 300  # the model's own coordinate square (Tegaki trains at 1000; Zinnia normalises either way)
Stroke = Sequence[tuple[float, float]]


class HandwritingUnavailable(RuntimeError):
    """The library or the model is missing (scripts/bootstrap installs both)."""


@dataclass(frozen=True)
class Candidate:
    text: str
    score: float


class _Zinnia:
    """The few C functions used, typed once."""

    def __init__(self, name: str) -> None:
        try:
            lib = ctypes.CDLL(name)
        except OSError as exc:
            raise HandwritingUnavailable(
                f"{name} is missing: install libzinnia0 (scripts/bootstrap)"
            ) from exc
        vp, sz, ci = ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int
        sig = {
            "zinnia_recognizer_new": (vp, []),
            "zinnia_recognizer_open": (ci, [vp, ctypes.c_char_p]),
            "zinnia_recognizer_strerror": (ctypes.c_char_p, [vp]),
            "zinnia_recognizer_classify": (vp, [vp, vp, sz]),
            "zinnia_recognizer_destroy": (None, [vp]),
            "zinnia_character_new": (vp, []),
            "zinnia_character_set_width": (None, [vp, sz]),
            "zinnia_character_set_height": (None, [vp, sz]),
            "zinnia_character_add": (ci, [vp, sz, ci, ci]),
            "zinnia_character_destroy": (None, [vp]),
            "zinnia_result_value": (ctypes.c_char_p, [vp, sz]),
            "zinnia_result_score": (ctypes.c_float, [vp, sz]),
            "zinnia_result_size": (sz, [vp]),
            "zinnia_result_destroy": (None, [vp]),
        }
        for fn, (res, args) in sig.items():
            f = getattr(lib, fn)
            f.restype, f.argtypes = res, args
        self.lib = lib


class Recognizer:
    """One open model; ``classify`` may be called from any thread (calls take turns)."""

    def __init__(self, model: Path = MODEL, library: str = LIBRARY) -> None:
        if not model.is_file():
            raise HandwritingUnavailable(
                f"handwriting model {model} is missing: install tegaki-zinnia-simplified-chinese"
            )
        self._z = _Zinnia(library)
        self._lock = threading.Lock()
        lib = self._z.lib
        self._recognizer = lib.zinnia_recognizer_new()
        if not lib.zinnia_recognizer_open(self._recognizer, str(model).encode()):
            error = (lib.zinnia_recognizer_strerror(self._recognizer) or b"").decode(errors="replace")
            lib.zinnia_recognizer_destroy(self._recognizer)
            raise HandwritingUnavailable(f"cannot open handwriting model {model}: {error}")

    def classify(self, strokes: Sequence[Stroke], box: float, best: int = 10) -> list[Candidate]:
        """The ``best`` likeliest characters for ``strokes`` drawn in a ``box``-sized square."""
        if box <= 0:
            raise ValueError("the writing box must have a size")
        drawn = [s for s in strokes if len(s) > 0]
        if not drawn or best <= 0:
            return []
        lib = self._z.lib
        scale = BOX / box
        with self._lock:
            if not self._recognizer:
                raise HandwritingUnavailable("the recognizer is closed")
            character = lib.zinnia_character_new()
            try:
                lib.zinnia_character_set_width(character, BOX)
                lib.zinnia_character_set_height(character, BOX)
                for index, stroke in enumerate(drawn):
                    for x, y in stroke:
                        px = min(max(round(x * scale), 0), BOX)
                        py = min(max(round(y * scale), 0), BOX)
                        lib.zinnia_character_add(character, index, px, py)
                result = lib.zinnia_recognizer_classify(self._recognizer, character, best)
            finally:
                lib.zinnia_character_destroy(character)
            if not result:
                return []
            try:
                return [
                    Candidate(
                        lib.zinnia_result_value(result, i).decode(), float(lib.zinnia_result_score(result, i))
                    )
                    for i in range(lib.zinnia_result_size(result))
                ]
            finally:
                lib.zinnia_result_destroy(result)

    def close(self) -> None:
        with self._lock:
            if self._recognizer:
                self._z.lib.zinnia_recognizer_destroy(self._recognizer)
                self._recognizer = None
