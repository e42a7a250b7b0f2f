"""The PySide6 reference leak on True, shown on the pinned version, and the guard that outlives it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk.ops.refguard import RefGuard

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="True/None are immortal on 3.12+")

PROBE = r"""
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
{guard}
app = QCoreApplication([])
class C(QObject):
    changed = Signal()
c = C()
before = sys.getrefcount(True)
for _ in range({n}):
    c.changed.emit()
print(before - sys.getrefcount(True), flush=True)
import os
os._exit(0)  # the finalizer would release the references the loop already lost, and abort
"""


def _run(n: int, guard: bool) -> subprocess.CompletedProcess[str]:
    setup = "from kiosk.ops.refguard import RefGuard; g = RefGuard()" if guard else ""
    return subprocess.run([sys.executable, "-c", PROBE.format(guard=setup, n=n)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip


def test_each_emit_loses_a_reference_to_true_on_the_pinned_pyside() -> None:
    result = _run(100, guard=False)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == 100  # if this fails, PySide6 fixed it: the guard can go


def test_without_the_guard_enough_emits_abort_the_interpreter_and_with_it_they_do_not() -> None:
    crashed = _run(200_000, guard=False)  # a bare process holds only a few hundred references to True
    assert crashed.returncode != 0 and "bool_dealloc" in crashed.stderr
    survived = _run(200_000, guard=True)
    assert survived.returncode == 0, survived.stderr[-2000:]
    assert int(survived.stdout) == 200_000


def test_check_tops_up_only_below_the_low_water_mark() -> None:
    guard = RefGuard(margin=1000, low_water=sys.getrefcount(True) + 10)  # __post_init__ tops up once
    assert guard.topped_up == 1
    assert guard.check() == 0  # now above the mark
