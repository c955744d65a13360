"""Small in-memory tables for the Verslagen page: import results, issues, a year's overview, missing reports.

These lists are bounded by what a person drops at once or by the number of maatwerkbedrijven and
-afdelingen (hundreds), so they are held whole and sorted in memory. The big lists (dossiers,
organisations) stay on `PagedTableModel`, sorted in SQL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from wsedesk.views.table_model import LEFT, ColumnTableModel, muted_brush

# Status colours, dark enough to read on white and on the alternating row colour.
GOOD = QColor("#1e6b34")
BAD = QColor("#b3261e")


@dataclass(frozen=True)
class ListColumn:
    """One column: header, how a row shows, how it sorts (default: by its text)."""

    title: str  # already translated
    text: Callable[[Any], str]
    sort_value: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[Any], str] | None = None
    colour: Callable[[Any], QColor | None] | None = None  # None: the palette's text colour
    header_tooltip: str | None = None


class ListTableModel(ColumnTableModel):
    """Rows held in memory; header clicks sort them (empty values last)."""

    def __init__(self, columns: Sequence[ListColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._muted: Callable[[Any], bool] = lambda _row: False
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_muted(self, muted: Callable[[Any], bool]) -> None:
        """Rows for which `muted(row)` is true are shown in grey (e.g. no report received)."""
        self._muted = muted

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def _cell(self, row: Any, column: ListColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = column.colour(row) if column.colour else None
            if colour is not None:
                return colour
            return muted_brush() if self._muted(row) else None
        return None

    def _header(self, column: ListColumn, role: int) -> Any:
        return column.header_tooltip if role == Qt.ItemDataRole.ToolTipRole else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        spec = self._columns[column]
        key = spec.sort_value or (lambda row: spec.text(row).casefold())
        present = [r for r in self._rows if key(r) is not None]
        empty = [r for r in self._rows if key(r) is None]
        present.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = present + empty  # empty values last, in either direction
