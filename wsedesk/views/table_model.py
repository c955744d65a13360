"""What every column-described table model shares: rows and columns, and the cells and headers
drawn from a column's title, text, tooltip and alignment.

`PagedTableModel` (rows in pages from SQL) and `ListTableModel` (small lists held whole) build on
it; each adds the roles it has beyond these (`_cell`, `_header`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QApplication

Index = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def muted_brush() -> QBrush:
    """Grey text for closed records, from the palette so it works in any style."""
    return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


class ColumnTableModel(QAbstractTableModel):
    """Rows in `_rows`, columns in `_columns`; a column has `title`, `text(row)`, `tooltip(row)`
    (or None: the text is the tooltip) and `align`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Any] = []
        self._rows: list[Any] = []

    def _cell(self, row: Any, column: Any, role: int) -> Any:
        """A cell's other roles (colour, id, …); None for none."""
        return None

    def _header(self, column: Any, role: int) -> Any:
        """A header's other roles (sort order, tooltip, …); None for none."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        return self._cell(row, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        return self._header(column, role)
