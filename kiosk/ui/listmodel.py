"""A list model of plain dict rows, with one role per key: what every QML list binds to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)


class RowsModel(QAbstractListModel):
    countChanged = Signal()

    def __init__(self, keys: Iterable[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._keys = list(keys)
        self._roles = {Qt.ItemDataRole.UserRole + 1 + i: k for i, k in enumerate(self._keys)}
        self._rows: list[Mapping[str, Any]] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key = self._roles.get(role)
        return self._rows[index.row()].get(key) if key else None

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(key.encode()) for role, key in self._roles.items()}

    def reset(self, rows: Iterable[Mapping[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.countChanged.emit()

    def rows(self) -> list[Mapping[str, Any]]:
        return list(self._rows)

    def _count(self) -> int:
        return len(self._rows)

    count = Property(int, _count, notify=countChanged)
