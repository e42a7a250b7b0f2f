"""What the UI tests share: a touch on a named control."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMetaObject

from kiosk.ui.screenshots import find, settle


def press(k: Any, name: str) -> None:
    """What a touch on the button does (its clicked signal and the QML handler)."""
    settle(k.qt_app, 30)
    item = find(k, name)
    assert item is not None and item.isVisible(), name
    QMetaObject.invokeMethod(item, "clicked")
