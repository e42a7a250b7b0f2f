"""PySide6's feature switch reads the source of every module imported after it; once the app is built
that source is no longer left in linecache (10 MB of idle RSS, bench/bench_soak.py), and the switch
still tells modules that use PySide6 from those that do not."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest


def test_a_module_imported_after_start_leaves_no_source_behind(
    kiosk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    uses = tmp_path / "kiosk_probe_uses_qt.py"
    uses.write_text("import PySide6.QtCore\nVALUE = 1\n", encoding="utf-8")
    plain = tmp_path / "kiosk_probe_plain.py"
    plain.write_text("VALUE = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert importlib.import_module("kiosk_probe_uses_qt").VALUE == 1
        assert importlib.import_module("kiosk_probe_plain").VALUE == 2
        assert str(uses) not in linecache.cache and str(plain) not in linecache.cache
        feature = sys.modules["shibokensupport.feature"]
        assert feature._mod_uses_pyside(sys.modules["kiosk_probe_uses_qt"])
        assert not feature._mod_uses_pyside(sys.modules["kiosk_probe_plain"])
    finally:
        sys.modules.pop("kiosk_probe_uses_qt", None)
        sys.modules.pop("kiosk_probe_plain", None)
