"""The started kiosk keeps its startup heap (modules, QML engine, catalog, controllers) out of the full
collection that follows each resident's wipe (kiosk/memory.py), and still collects what each session
made; closing hands the heap back to the collector."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path


class _ResidentNote:
    """Stands for what a session leaves behind in a reference cycle (a closure, a model and its parent)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.me = self


def test_the_startup_heap_is_frozen_and_each_session_is_still_collected(
    qapp, qtbot, kiosk_config, tmp_path: Path
):
    from kiosk.tools.screenshots import reset
    from kiosk.ui.app import build

    gc.unfreeze()  # the test process froze its own heap after collection: start from none frozen
    try:
        k = build(kiosk_config, keyboard_config_home=tmp_path / "xdg-config")
        try:
            frozen = gc.get_freeze_count()
            assert frozen > 10_000  # the engine, its types, the catalog and controllers
            assert k.app.screen == "attract"
            note = _ResidentNote("王秀英 410101195001011234")
            gone = weakref.ref(note)
            del note  # only a collection frees it: it refers to itself
            k.app.start()
            assert gone() is not None
            k.session.finish()  # the wipe; the kiosk's own timer then runs the collection
            qtbot.waitUntil(lambda: gone() is None, timeout=10_000)
            assert gc.get_freeze_count() <= frozen  # nothing of the session was frozen
        finally:
            reset(k)
            k.close()
        assert gc.get_freeze_count() == 0  # closing returns every object to the collector
    finally:
        gc.collect()
        gc.freeze()
