"""The Pinyin keyboard forgets a session: its learning dictionary is emptied in memory and on disk.

Qt Virtual Keyboard's Pinyin engine is one per process and keeps what it learned in memory; the file
under ``qtvirtualkeyboard/pinyin`` is only its copy. So the wipe step closes the engine's learning
dictionary (qml/components/KeyboardMemory.qml), deletes the file while it is closed, and opens it
again, empty. A keyboard that has not loaded yet has learned nothing: then only the file goes.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from kiosk.core.session import Session, default_config_home, wipe_pinyin_dictionary

log = logging.getLogger(__name__)

QML = Path(__file__).resolve().parent / "qml" / "components" / "KeyboardMemory.qml"


class KeyboardMemory:
    def __init__(self, engine: Any, window: Any, session: Session) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtQml import QQmlComponent, QQmlEngine
        from PySide6.QtQuick import QQuickItem

        component = QQmlComponent(engine, QUrl.fromLocalFile(str(QML)))
        item = component.create()
        if not isinstance(item, QQuickItem):
            raise RuntimeError(component.errorString())
        QQmlEngine.setObjectOwnership(item, QQmlEngine.ObjectOwnership.CppOwnership)
        item.setParentItem(window.contentItem())
        item.setParent(window)
        self._item = item
        self._session = session
        session.register_wipe("keyboard_learning", self.forget)

    def forget(self) -> None:
        """Close the engine's learning dictionary, delete its file, open it again (empty)."""
        from PySide6.QtCore import QMetaObject

        QMetaObject.invokeMethod(self._item, "close")
        try:
            wipe_pinyin_dictionary(self._session.keyboard_config_home)
        finally:
            # The engine makes its folder only when it first starts; opening a dictionary whose folder
            # is gone fails, and then nothing is learned for the rest of the process.
            home = self._session.keyboard_config_home or default_config_home()
            (home / "qtvirtualkeyboard" / "pinyin").mkdir(parents=True, exist_ok=True)
            QMetaObject.invokeMethod(self._item, "open")
