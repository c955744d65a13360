"""What the Dossiers list and the Werkbak share: the type and status filters, the slots that pass a
changed filter to the paged model, and making a row the current one.

Its words translate in the fixed context "FilteredList" (`QCoreApplication.translate`): `self.tr`
here would look them up under each subclass's name at run time, while the catalogue tool files
them under this class.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Slot
from PySide6.QtWidgets import QComboBox, QTableView, QWidget

from wsedesk.rules.workflows import WORKFLOWS, DossierType
from wsedesk.services.dossiers import dossier_types
from wsedesk.views.common import tr_data


class FilteredListView(QWidget):
    """A paged list above a filter bar with a type and a status combo (statuses per type).

    A subclass makes `model` (with `filter` and `set_filter`) and `table`, calls `_make_filters`,
    says what the filter is (`current_filter`) and sets `_loaded` when it first reads.
    """

    model: Any
    table: QTableView
    # The Werkbak lists open terms: a closed status has none, so it is not offered there.
    _open_statuses_only = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded = False

    def _make_filters(self, status_width: int) -> None:
        """The type and status combos (not yet in a layout); the status waits for a type."""
        self.type_combo = QComboBox()
        self.type_combo.addItem(QCoreApplication.translate("FilteredList", "Alle types"), None)
        for code, label in dossier_types():
            self.type_combo.addItem(tr_data(label), code)
        self.status_combo = QComboBox()
        self.status_combo.setMinimumContentsLength(status_width)
        self.status_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Filters without a label of their own: the screen reader says which.
        self.type_combo.setAccessibleName(QCoreApplication.translate("FilteredList", "Type"))
        self.status_combo.setAccessibleName(QCoreApplication.translate("FilteredList", "Status"))
        self._fill_status_combo(None)
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)

    def current_filter(self) -> Any:
        raise NotImplementedError

    def _filter_applied(self) -> None:
        """After a changed filter went to the model."""

    def _fill_status_combo(self, dossier_type: str | None) -> None:
        blocked = self.status_combo.blockSignals(True)
        try:
            self.status_combo.clear()
            self.status_combo.addItem(QCoreApplication.translate("FilteredList", "Alle statussen"), None)
            if dossier_type:
                for status in WORKFLOWS[DossierType(dossier_type)].statuses:
                    if not (self._open_statuses_only and status.closed):
                        self.status_combo.addItem(tr_data(status.label), status.code)
            # Status codes belong to a procedure: choose a type first.
            self.status_combo.setEnabled(dossier_type is not None)
            self.status_combo.setToolTip(
                "" if dossier_type else QCoreApplication.translate("FilteredList", "Kies eerst een type")
            )
        finally:
            self.status_combo.blockSignals(blocked)

    def _make_current(self, row: int, *, notify: bool) -> None:
        """Row `row` becomes the current, selected and shown row; `notify` False: no signals."""
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(not notify)
        try:
            index: QModelIndex = self.model.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            selection.blockSignals(blocked)

    @Slot(int)
    def _on_type_changed(self, _index: int) -> None:
        self._fill_status_combo(self.type_combo.currentData())
        self._on_filter_changed()

    @Slot()
    def _on_filter_changed(self) -> None:
        if self._loaded:
            flt = self.current_filter()
            if flt != self.model.filter:
                self.model.set_filter(flt)
                self._filter_applied()
