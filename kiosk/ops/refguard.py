"""Keep CPython's True / False / None alive under a binding that releases references it never took.

Why: PySide6 6.12.0 on Python 3.11 returns the result of ``Signal.emit()`` (True) without taking a
reference; every emit from Python (and several QML property reads) drops ``True``'s reference count
by one. After a few thousand emits - about a hundred resident sessions - the count reaches zero and
the interpreter aborts with "Fatal Python error: bool_dealloc" (``None`` is hit the same way, more
slowly). Python 3.12 made these objects immortal, but Debian 12 ships 3.11. tests/ops/test_ops_refguard.py
shows the loss on the pinned PySide6; bench/bench_soak.py hit the abort.

API::

    guard = RefGuard()          # tops the three singletons up by a large margin at once
    guard.check() -> int        # call from the UI's 1 s timer: tops up again when the margin shrinks
    guard.topped_up             # how many times it had to (also logged: a trend worth watching)

On interpreters where the singletons are immortal (3.12+) this does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

MARGIN = 1 << 30  # references added per top-up: ~10^9 emits before the next one is needed
LOW_WATER = 1 << 29
_SINGLETONS = (True, False, None)


def _immortal() -> bool:
    return sys.version_info >= (3, 12)


def _add_refs(obj: object, n: int) -> None:
    # ob_refcnt is the first field of every CPython object; adding to it is what n Py_INCREFs do.
    ctypes.c_ssize_t.from_address(id(obj)).value += n


@dataclass
class RefGuard:
    margin: int = MARGIN
    low_water: int = LOW_WATER
    topped_up: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.check()

    def check(self) -> int:
        """Top up each singleton whose count fell below the low-water mark; returns how many were."""
        if _immortal():
            return 0
        count = 0
        for obj in _SINGLETONS:
            if sys.getrefcount(obj) < self.low_water:
                _add_refs(obj, self.margin)
                count += 1
        if count:
            self.topped_up += 1
            if self.topped_up > 1:
                log.warning("reference guard topped up %d singleton(s) again (%d times)",
                            count, self.topped_up)  # fmt: skip
        return count
