"""Organisaties (Ctrl+3): the paged, SQL-sorted organisation list with search."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wsedesk.services.organisations import (
    OrganisationFilter,
    OrganisationRow,
    count_organisations,
    list_organisations,
    organisation_kinds,
)
from wsedesk.views.common import Page, format_number, size_columns, tr_data
from wsedesk.views.paged_table_model import RIGHT, Column, PagedTableModel
from wsedesk.views.provider_finder import ProviderFinderDialog
from wsedesk.views.widgets import make_table

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.services.changes import Changes
    from wsedesk.views.operations import Operations

SEARCH_DEBOUNCE_MS = 250
_COLUMN_SAMPLES: tuple[str | None, ...] = (
    None,
    "0000.000.000",
    "OCMW/lokaal bestuur",
    "Sint-Genesius-Rode",
    "Provincie West-Vlaanderen",
    "0000",
)


class OrganisationTableModel(PagedTableModel):
    """Total via `count_organisations`, rows via `list_organisations`, one page at a time."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(page_size=ctx.settings.page_size, sort_key="name", parent=parent)
        self._ctx = ctx
        self._filter = OrganisationFilter()

    def _build_columns(self) -> list[Column]:
        return [
            Column(self.tr("Naam"), "name", lambda r: r.name),
            Column(self.tr("KBO-nummer"), "enterprise_number", lambda r: r.enterprise_number),
            Column(self.tr("Soort"), "kind", lambda r: tr_data(r.kind_label)),
            Column(self.tr("Gemeente"), "municipality", lambda r: r.municipality),
            Column(self.tr("Provincie"), "province", lambda r: r.province),
            Column(
                self.tr("Dossiers"),
                "dossiers",
                lambda r: format_number(r.dossier_count),
                RIGHT,
                Qt.SortOrder.DescendingOrder,
            ),
        ]

    @property
    def filter(self) -> OrganisationFilter:
        return self._filter

    def set_filter(self, flt: OrganisationFilter) -> None:
        self._filter = flt
        self.reload()

    def organisation_row(self, row: int) -> OrganisationRow:
        result: OrganisationRow = self.row_at(row)
        return result

    def _count(self) -> int:
        return count_organisations(self._ctx, self._filter)

    def _page(self, offset: int, limit: int) -> list[OrganisationRow]:
        return list_organisations(
            self._ctx,
            self._filter,
            sort_key=self._sort_key,
            descending=self._descending,
            offset=offset,
            limit=limit,
        )


class OrganisationsPage(Page):
    """Search by name, municipality or KBO digits; open an organisation's dossiers on the Dossiers page."""

    organisation_opened = Signal(str, str)  # id, name: the user asked for its dossiers
    visit_requested = Signal(str, str)  # organisation id, "" (no dossier): plan a site visit

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = OrganisationTableModel(ctx, self)
        ops.events.changed.connect(self._on_changed)
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Zoek op naam, gemeente of KBO-nummer (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Alle soorten"), None)
        for code, label in organisation_kinds():
            self.kind_combo.addItem(tr_data(label), code)
        self.open_button = QPushButton(self.tr("Dossiers tonen"))
        self.open_button.setToolTip(self.tr("De dossiers van de gekozen organisatie tonen (of dubbelklik)"))
        self.open_button.setEnabled(False)
        # ED-13: which recognised providers serve a municipality (a dialog, not a filter on this list).
        self.providers_button = QPushButton(self.tr("Dienstverleners &zoeken…"))
        self.providers_button.setToolTip(
            self.tr("Erkende externe dienstverleners voor een gemeente zoeken en exporteren (ED-13)")
        )
        self.provider_finder: ProviderFinderDialog | None = None
        self.count_label = QLabel()
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.open_button)
        bar.addWidget(self.providers_button)
        self.plan_visit_button = QPushButton(self.tr("Bezoek &plannen…"))
        self.plan_visit_button.setToolTip(
            self.tr("Een bezoek ter plaatse plannen bij de gekozen organisatie")
        )
        self.plan_visit_button.setEnabled(False)
        self.plan_visit_button.clicked.connect(self._on_plan_visit_clicked)
        bar.addWidget(self.plan_visit_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.table = make_table(self.model)
        self.table.setAccessibleName(self.tr("Organisaties"))
        self.search_edit.setAccessibleName(self.tr("Zoeken in de organisaties"))
        self.kind_combo.setAccessibleName(self.tr("Soort organisatie"))
        header = self.table.horizontalHeader()
        size_columns(self.table, _COLUMN_SAMPLES, stretch=0, header_padding=30)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_filter_changed)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.search_edit.returnPressed.connect(self._on_filter_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.model.total_changed.connect(self._on_total_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.providers_button.clicked.connect(self._on_providers_button_clicked)

    def current_filter(self) -> OrganisationFilter:
        return replace(
            self.model.filter, text=self.search_edit.text().strip(), kind=self.kind_combo.currentData()
        )

    def load(self) -> None:
        self.model.set_filter(self.current_filter())

    def focus_search(self) -> bool:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()
        return True

    def _open_row(self, row: int) -> None:
        org = self.model.organisation_row(row)
        self.organisation_opened.emit(org.id, org.name)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        # A new organisation, or a new dossier (the dossier count column).
        if self._activated and changes.touches("organisation", "dossier"):
            self.model.reload()

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def _on_filter_changed(self) -> None:
        self._debounce.stop()
        if self._activated:
            flt = self.current_filter()
            if flt != self.model.filter:
                self.model.set_filter(flt)

    @Slot(int)
    def _on_total_changed(self, total: int) -> None:
        self.count_label.setText(
            self.tr("1 organisatie")
            if total == 1
            else self.tr("{n} organisaties").format(n=format_number(total))
        )
        self.open_button.setEnabled(self.table.currentIndex().isValid())
        self.plan_visit_button.setEnabled(self.table.currentIndex().isValid())

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.open_button.setEnabled(current.isValid())
        self.plan_visit_button.setEnabled(current.isValid())

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._open_row(index.row())

    @Slot()
    def _on_open_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    @Slot()
    def _on_providers_button_clicked(self) -> None:
        self.show_provider_finder()

    def show_provider_finder(self) -> None:
        """The ED-13 search (one dialog, kept: the last search stays when it is opened again)."""
        if self.provider_finder is None:
            self.provider_finder = ProviderFinderDialog(self._ctx, self)
        if self.provider_finder.isVisible():  # already open, maybe behind the main window
            self.provider_finder.raise_()
            self.provider_finder.activateWindow()
        else:
            self.provider_finder.show()

    @Slot()
    def _on_plan_visit_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.visit_requested.emit(self.model.organisation_row(index.row()).id, "")
