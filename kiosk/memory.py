"""Keeping the kiosk's resident memory small over weeks of service (goal: idle RSS <= 250 MB).

Measured with bench/bench_soak.py and /proc/self/smaps_rollup; what this module changes:

* pypinyin (search keys, Chinese prompts) parses its phrase table from JSON into 47,000 lists of
  one-syllable lists (614,000 objects) and keeps a copy of the dict: 55 MB resident. Its converter
  deep-copies a phrase's reading before using it, so readings may share their syllable lists (1,249
  distinct ones). ``install`` answers the import of ``pypinyin.phrases_dict`` with that compact table,
  read straight from the same JSON file without building the big one first: pypinyin then takes
  35 MB. The table is equal to pypinyin's own (tests/voice/test_memory_cuts.py).
* sqlite-utils imports numpy (15 MB) only to name column types for numpy values, which the kiosk
  never stores; for that one import numpy is reported missing. Everyone else gets numpy as usual.
* PySide6's feature switch reads every later module's source through ``linecache`` and it stays there
  (10 MB); ``quiet_pyside_source_reads`` gives it the same answer from one read, kept nowhere.
* ``release`` hands freed heap back to the system (glibc keeps it otherwise): run after a session's
  wipe, when the screens, lists and caches of the session are gone.
* ``keep_startup_heap`` takes what the started kiosk holds for its whole life (modules, the QML engine
  and its types, the catalog, the controllers: ~137,000 objects) out of every later garbage collection,
  so ``release``'s full collection after each resident walks only what the session made: 1.5 ms
  instead of 65 ms (bench/bench_wipe_collect.py), and the collections Python starts on its own while
  a resident taps are as short. The resident's objects come later and are collected as before;
  ``return_startup_heap`` hands the heap back when the kiosk closes.

``install`` must run before pypinyin and sqlite-utils are first imported; it changes nothing once
they are (and nothing anyone can observe besides memory).
"""

from __future__ import annotations

import gc
import importlib.util
import os
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.machinery import ModuleSpec

# (No importlib.abc base classes and no ctypes at import: this loads before the first frame.)

_PHRASES = "pypinyin.phrases_dict"
_ENTRY = re.compile(r'"([^"]+)"\s*:\s*\[((?:\s*\[[^\[\]]*\]\s*,?)*)\s*\]')
_GROUP = re.compile(r"\[([^\[\]]*)\]")
_WORD = re.compile(r'"([^"]*)"')


def compact_phrase_table(path: Path) -> dict[str, list[list[str]]]:
    """pypinyin's phrases_dict.json, with equal readings sharing one list. Parsed entry by entry, so
    the full-size table never exists (building it and then compacting it frees the memory into
    fragments the process keeps)."""
    shared: dict[tuple[str, ...], list[str]] = {}
    table: dict[str, list[list[str]]] = {}
    for entry in _ENTRY.finditer(path.read_text("utf-8")):
        reading = []
        for group in _GROUP.findall(entry.group(2)):
            words = tuple(_WORD.findall(group))
            reading.append(shared.get(words) or shared.setdefault(words, list(words)))
        table[entry.group(1)] = reading
    return table


class _CompactPhrases:
    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname != _PHRASES:
            return None
        origin = Path(sys.modules["pypinyin"].__file__ or "").with_name("phrases_dict.json")
        if not origin.is_file():
            return None  # a pypinyin laid out differently: its own loader
        # A loader by create_module/exec_module (typeshed still asks for the old load_module).
        return importlib.util.spec_from_loader(fullname, self, origin=str(origin))  # type: ignore[arg-type]

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return None

    def exec_module(self, module: ModuleType) -> None:
        assert module.__spec__ is not None and module.__spec__.origin is not None
        module.phrases_dict = compact_phrase_table(Path(module.__spec__.origin))  # type: ignore[attr-defined]


class _NoNumpyForSqliteUtils:
    def find_spec(
        self, fullname: str, path: object = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname == "numpy" and _imported_by("sqlite_utils.db"):
            raise ModuleNotFoundError("numpy is not offered to sqlite-utils (kiosk.memory)", name=fullname)
        return None


def _imported_by(module: str) -> bool:
    frame = sys._getframe(1)
    for _ in range(30):  # the importing module is a few importlib frames up
        if frame.f_globals.get("__name__") == module:
            return True
        if frame.f_back is None:
            return False
        frame = frame.f_back
    return False


def install() -> None:
    """Before pypinyin and sqlite-utils are imported: their lean variants (see the module docstring)."""
    if not any(isinstance(f, _CompactPhrases) for f in sys.meta_path):
        # Without its copy of the tables; the kiosk never adds custom readings to pypinyin.
        os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
        sys.meta_path.insert(0, _CompactPhrases())
        sys.meta_path.insert(0, _NoNumpyForSqliteUtils())


def release() -> None:
    """Collect garbage and return the freed heap to the system (glibc's malloc_trim)."""
    import ctypes
    import ctypes.util

    gc.collect()
    libc = ctypes.util.find_library("c")
    if libc and sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(libc).malloc_trim(0)
        except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
            pass


def keep_startup_heap() -> None:
    """Once the kiosk has started, before any resident: freeze what exists (no collection first: it
    would walk the whole heap once more, and what startup left behind is freed on close). Frozen
    objects are still freed when their last reference goes; only a reference cycle among them waits
    for ``return_startup_heap`` (a replaced catalog's tables hold none)."""
    gc.freeze()


def return_startup_heap() -> None:
    """When the kiosk closes: every object back under the collector, so closing frees it all."""
    gc.unfreeze()


def quiet_pyside_source_reads() -> None:
    """Right after PySide6 is imported. Its feature switch asks ``inspect.getsource`` whether each
    module imported later mentions PySide6, and so every module's source stays in ``linecache``:
    115,000-190,000 lines (the count varies with import order), 10 MB of idle RSS that clearing the
    cache later does not give back (the lines sit between long-lived objects; bench/bench_soak.py).
    The same answer from one read of the file, kept nowhere."""
    import sys

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        return

    def mod_uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if not path or not str(path).endswith(".py"):
            return False
        try:
            return b"PySide6" in Path(path).read_bytes()
        except OSError:
            return False

    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]  # shiboken's own module
