"""A table model that holds only the pages the view has asked for; sorting and filtering happen in SQL."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush

from wsedesk.views.table_model import LEFT, ColumnTableModel, Index

if TYPE_CHECKING:
    from wsedesk.views.operations import Operations


@dataclass(frozen=True)
class _FirstPage:
    total: int | None  # None: not counted yet (count_on: the count follows on the runner)
    rows: list[Any]


@dataclass(frozen=True)
class Column:
    """One column: its header, the SQL sort key behind it, and how a row shows in it."""

    title: str  # already translated
    sort_key: str | None
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = LEFT
    initial_order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    tooltip: Callable[[Any], str] | None = None


class PagedTableModel(ColumnTableModel):
    """Rows come in pages (`canFetchMore`/`fetchMore`); `sort()` and `set_filter()` reset from SQL.

    Subclasses give the columns (`_build_columns`, which may use self.tr) and two service calls:
    `_count()` and `_page(offset, limit)`.
    Never wrap this in a QSortFilterProxyModel: the proxy would sort only the loaded pages.
    """

    total_changed = Signal(int)  # rows matching the filter, after a reset
    reset_timed = Signal(float)  # milliseconds the last reset took (service calls + model reset)

    def __init__(
        self,
        *,
        page_size: int,
        sort_key: str,
        descending: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(self._build_columns())
        self._page_size = max(1, page_size)
        self._sort_key = sort_key
        self._descending = descending
        self._total = 0
        self._loaded = False
        self._row_of_id: dict[str, int] = {}
        self._generation = 0  # bumped by every reload; a background result of an older one is dropped
        self._filter: Any = None  # the subclass's filter (its WHERE), handed to `_count` and `_page`
        self._counted = True  # False between a first page shown and its count arriving (count_on)
        self._count_ops: Operations | None = None
        # Counted after the page: count even when the first page is the whole result (the count says more
        # than the number of rows: the Werkbak's counts per light).
        self._count_always = False

    # --- what subclasses provide -------------------------------------------------------------

    def _build_columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def _count(self) -> int:
        raise NotImplementedError

    def _page(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    @staticmethod
    def _row_id(row: Any) -> str:
        return str(row.id)

    def _foreground(self, row: Any) -> QBrush | None:
        return None

    # --- state ---------------------------------------------------------------------------------

    @property
    def filter(self) -> Any:
        return self._filter

    def set_filter(self, flt: Any) -> None:
        """A new WHERE: count again and show the first page."""
        self._filter = flt
        self.reload()

    @property
    def total(self) -> int:
        return self._total

    @property
    def loaded_rows(self) -> int:
        return len(self._rows)

    @property
    def page_size(self) -> int:
        return self._page_size

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    def sort_column(self) -> int:
        for i, column in enumerate(self._columns):
            if column.sort_key == self._sort_key:
                return i
        return -1

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def id_at(self, row: int) -> str:
        return self._row_id(self._rows[row])

    def row_of(self, row_id: str) -> int:
        """Row number of a loaded record, or -1."""
        return self._row_of_id.get(row_id, -1)

    # --- loading -------------------------------------------------------------------------------

    @property
    def counted(self) -> bool:
        """False while the first page is shown and its count is still on the runner (count_on)."""
        return self._counted

    def count_on(self, ops: Operations) -> None:
        """From now on `reload()` shows the first page first and counts on the runner afterwards:
        a count over 100,000 rows or a search's matches never holds up the keystroke that asked
        for the page (issue #13). `total_changed` follows when the count arrives."""
        self._count_ops = ops

    def reload(self, *, recount: bool = True) -> None:
        """Count the matching rows (unless only the order changed) and load the first page."""
        started = time.perf_counter()
        self._generation += 1
        ops = self._count_ops
        if ops is None or not (recount or not self._loaded):
            self._apply_first(self._fetch_first(recount), started)
            return
        first = self._first_uncounted()
        self._apply_first(first, started)
        self._count_after(first, ops)

    def _first_uncounted(self) -> _FirstPage:
        """The first page without the count (any thread); a short page is the whole result."""
        rows = self._page(0, self._page_size)
        return _FirstPage(len(rows) if len(rows) < self._page_size and not self._count_always else None, rows)

    def _count_after(self, first: _FirstPage, ops: Operations) -> None:
        """The count of a page shown uncounted, on the runner; `total_changed` when it arrives."""
        if first.total is not None:
            return
        generation = self._generation

        def counted(total: int) -> None:
            if generation == self._generation:
                self._apply_count(total)

        ops.run(lambda _progress: self._count(), on_success=counted)

    def _apply_count(self, total: int) -> None:
        self._total = max(total, len(self._rows))  # rows added since the count are shown anyway
        self._counted = True
        self._after_count()
        self.total_changed.emit(self._total)

    def _after_count(self) -> None:
        """Hook for subclasses: state that came with a count arriving after its page (GUI thread)."""

    def reload_on(
        self, ops: Operations, *, then: Callable[[], object] | None = None, count_after: bool = False
    ) -> None:
        """`reload()` with the queries on the background runner (the window stays responsive);
        the rows are shown, and `then()` called, on the GUI thread. A reload started meanwhile wins.
        With `count_on` or `count_after` the rows come first and the count is queued behind them."""
        started = time.perf_counter()
        self._generation += 1
        generation = self._generation
        count_ops = self._count_ops or (ops if count_after else None)

        def shown(first: _FirstPage) -> None:
            if generation == self._generation:
                self._apply_first(first, started)
                if then is not None:
                    then()
                if count_ops is not None:
                    self._count_after(first, count_ops)

        if count_ops is None:
            ops.run(lambda _progress: self._fetch_first(True), on_success=shown)
        else:  # the rows first; the count is queued behind them once they are shown
            ops.run(lambda _progress: self._first_uncounted(), on_success=shown)

    def _fetch_first(self, recount: bool) -> _FirstPage:
        """The count and the first page (any thread: service calls and plain data only)."""
        total = self._count() if recount or not self._loaded else self._total
        return _FirstPage(total, self._page(0, self._page_size) if total else [])

    def _apply_first(self, first: _FirstPage, started: float) -> None:
        self.beginResetModel()
        try:
            self._rows = first.rows
            self._counted = first.total is not None
            # Not counted yet: a full first page promises more (canFetchMore) until the count comes.
            self._total = first.total if first.total is not None else len(self._rows) + 1
            if len(self._rows) < self._page_size:
                self._total = len(self._rows)  # fewer than counted: someone deleted meanwhile
                self._counted = True
            self._row_of_id = {self._row_id(r): i for i, r in enumerate(self._rows)}
            self._loaded = True
            self._before_reset_ends()
        finally:
            self.endResetModel()
        if self._counted:
            self.total_changed.emit(self._total)
        self.reset_timed.emit((time.perf_counter() - started) * 1000)

    def _before_reset_ends(self) -> None:
        """Hook for subclasses: state that came with the first page (on the GUI thread)."""

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self._rows) >= self._total:
            return
        offset = len(self._rows)
        more = self._page(offset, self._page_size)
        if len(more) < self._page_size:
            self._total = offset + len(more)  # the data shrank since the count (or: the end)
        elif not self._counted:
            self._total = offset + len(more) + 1  # still more, as far as we know
        if not more:
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(more) - 1)
        self._rows.extend(more)
        for i, r in enumerate(more, start=offset):
            self._row_of_id[self._row_id(r)] = i
        self.endInsertRows()

    def replace_row(self, row_id: str, new_row: Any) -> bool:
        """Show fresh values for one loaded record (after a save); False if it is not loaded."""
        row = self._row_of_id.get(row_id, -1)
        if row < 0:
            return False
        self._rows[row] = new_row
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
        return True

    # --- Qt model API --------------------------------------------------------------------------

    def _cell(self, row: Any, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.UserRole:
            return self._row_id(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row)
        return None

    def _header(self, column: Column, role: int) -> Any:
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            return column.initial_order
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: a new ORDER BY in SQL, then the first page again (the count stays)."""
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending):
            return
        self._sort_key, self._descending = key, descending
        if self._loaded:
            self.reload(recount=False)
