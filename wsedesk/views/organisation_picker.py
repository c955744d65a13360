"""OrganisationPicker: choose an organisation by typing part of its name, municipality or KBO number.

Used by every dialog that registers something for an organisation (a tender partner, a label
application) and by the merge dialog to choose the duplicate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wsedesk.services.organisations import OrganisationFilter, get_organisation, list_organisations

if TYPE_CHECKING:
    from wsedesk.context import AppContext

MIN_SEARCH = 2
MAX_HITS = 50


class OrganisationPicker(QWidget):
    """A search field and the organisations it finds (at most 50); `chosen_id` is the current one."""

    chosen = Signal(str)  # organisation id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, exclude: str | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._exclude = exclude
        self.chosen_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("naam, gemeente of ondernemingsnummer"))
        self.search_edit.setAccessibleName(self.tr("Organisatie zoeken"))
        self.search_edit.setClearButtonEnabled(True)
        self.results_list = QListWidget()
        self.results_list.setAccessibleName(self.tr("Gevonden organisaties"))
        self.results_list.setMaximumHeight(110)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results_list)
        self.search_edit.textEdited.connect(self._on_search_text_edited)
        self.results_list.currentItemChanged.connect(self._on_current_item_changed)

    def search(self, text: str) -> None:
        self.results_list.clear()
        if len(text.strip()) < MIN_SEARCH:
            return
        for row in list_organisations(self._ctx, OrganisationFilter(text=text.strip()), limit=MAX_HITS):
            if row.id == self._exclude:
                continue
            item = QListWidgetItem(f"{row.name} — {row.enterprise_number} — {row.municipality}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results_list.addItem(item)

    def choose(self, organisation_id: str) -> None:
        """Preset one organisation (the one chosen on the Organisaties page)."""
        org = get_organisation(self._ctx, organisation_id)
        self.search_edit.setText(org.enterprise_number)
        self.search(org.enterprise_number)
        self.results_list.setCurrentRow(0)

    @Slot(str)
    def _on_search_text_edited(self, text: str) -> None:
        self.search(text)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self.chosen_id = str(current.data(Qt.ItemDataRole.UserRole)) if current is not None else None
        if self.chosen_id is not None:
            self.chosen.emit(self.chosen_id)


__all__ = ["OrganisationPicker"]
