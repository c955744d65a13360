"""Organisaties (Ctrl+3): the paged, SQL-sorted organisation list with search."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wsedesk.services.organisation_lifecycle import reopen_organisation
from wsedesk.services.organisations import (
    OrganisationFilter,
    OrganisationRow,
    count_organisations,
    get_organisation,
    list_organisations,
    organisation_kinds,
)
from wsedesk.views.common import (
    Page,
    format_date,
    format_number,
    open_dialog,
    search_timer,
    show_or_raise,
    size_columns,
    tr_data,
)
from wsedesk.views.organisation_dialogs import (
    CloseDialog,
    EstablishmentDialog,
    MergeDialog,
    OrganisationDialog,
)
from wsedesk.views.paged_table_model import Column, PagedTableModel
from wsedesk.views.provider_finder import ProviderFinderDialog
from wsedesk.views.table_model import RIGHT
from wsedesk.views.widgets import make_table

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.services.changes import Changes
    from wsedesk.views.operations import Operations

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
        self._ctx, self._ops = ctx, ops
        self.dialog: QDialog | None = None
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
        layout.addLayout(self._edit_bar())

        self.table = make_table(self.model)
        self.table.setAccessibleName(self.tr("Organisaties"))
        self.search_edit.setAccessibleName(self.tr("Zoeken in de organisaties"))
        self.kind_combo.setAccessibleName(self.tr("Soort organisatie"))
        header = self.table.horizontalHeader()
        size_columns(self.table, _COLUMN_SAMPLES, stretch=0, header_padding=30)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)

        self._debounce = search_timer(self.search_edit, self._on_filter_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.model.total_changed.connect(self._on_total_changed)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.providers_button.clicked.connect(self._on_providers_button_clicked)

    def _edit_bar(self) -> QHBoxLayout:
        """Create, edit, establishments, close, reopen, merge (issue #11 item 1): dialogs of organisation_dialogs."""
        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&Nieuwe organisatie…"))
        self.new_button.setToolTip(self.tr("Een organisatie inschrijven met haar ondernemingsnummer"))
        self.edit_button = QPushButton(self.tr("&Bewerken…"))
        self.add_establishment_button = QPushButton(self.tr("&Vestiging toevoegen…"))
        self.close_establishment_button = QPushButton(self.tr("Vestiging s&luiten…"))
        self.close_button = QPushButton(self.tr("Organisatie &sluiten…"))
        self.reopen_button = QPushButton(self.tr("&Heropenen"))
        self.merge_button = QPushButton(self.tr("Samen&voegen met…"))
        self.merge_button.setToolTip(
            self.tr("Een dubbele organisatie samenvoegen met de gekozen; haar dossiers gaan mee")
        )
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Toestand van de gekozen organisatie"))
        self._row_buttons = (
            self.edit_button,
            self.add_establishment_button,
            self.close_establishment_button,
            self.close_button,
            self.reopen_button,
            self.merge_button,
        )
        bar.addWidget(self.new_button)
        for button in self._row_buttons:
            button.setEnabled(False)
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        self.new_button.clicked.connect(self.new_organisation)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.add_establishment_button.clicked.connect(self._on_add_establishment_clicked)
        self.close_establishment_button.clicked.connect(self._on_close_establishment_clicked)
        self.close_button.clicked.connect(self._on_close_clicked)
        self.reopen_button.clicked.connect(self._on_reopen_clicked)
        self.merge_button.clicked.connect(self._on_merge_clicked)
        return bar

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
            self._reload_keeping_selection()

    def _reload_keeping_selection(self) -> None:
        """Read the list again; the organisation that was chosen stays chosen (when still listed)."""
        chosen = self.selected_id()
        self.model.reload()
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_edit_bar()

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
        self._update_edit_bar()

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.organisation_row(index.row()).id if index.isValid() else None

    def _update_edit_bar(self) -> None:
        """Which actions fit the chosen organisation: open, closed or merged into another."""
        org_id = self.selected_id()
        detail = get_organisation(self._ctx, org_id) if org_id is not None else None
        if detail is None:
            for button in self._row_buttons:
                button.setEnabled(False)
            self.status_label.clear()
            return
        merged = detail.merged_into is not None
        closed = detail.closed_on is not None
        open_establishments = any(e.closed_on is None for e in detail.establishments)
        self.edit_button.setEnabled(not merged)
        self.add_establishment_button.setEnabled(not merged and not closed)
        self.close_establishment_button.setEnabled(not merged and open_establishments)
        self.close_button.setEnabled(not merged and not closed)
        self.reopen_button.setEnabled(not merged and closed)
        self.merge_button.setEnabled(not merged)
        if merged:
            status = self.tr("Samengevoegd met {k}").format(k=detail.merged_into)
        elif closed:
            status = self.tr("Afgesloten op {d}").format(d=format_date(detail.closed_on))
        else:
            status = self.tr("{n} vestiging(en)").format(n=len(detail.establishments))
        self.status_label.setText(status)

    def _show_dialog(self, dialog: QDialog, done: str) -> None:
        """Open a dialog of organisation_dialogs; when it stores something, say so in the status line."""
        dialog.accepted.connect(lambda: self._on_dialog_accepted(done))
        self.dialog = dialog
        open_dialog(dialog)

    def _on_dialog_accepted(self, done: str) -> None:
        # The list has read itself again already (the write's `changed`); say what was done.
        self.status_label.setText(done)

    @Slot()
    def new_organisation(self) -> None:
        dialog = OrganisationDialog(self._ctx, self._ops, None, self)
        dialog.organisation_registered.connect(self._show_new)
        self._show_dialog(dialog, self.tr("Organisatie ingeschreven."))

    @Slot(str, str)
    def _show_new(self, organisation_id: str, number: str) -> None:
        """The list searched on the new organisation's number, the organisation chosen."""
        self.search_edit.setText(number)
        self._on_filter_changed()  # now, not after the typing pause
        row = self.model.row_of(organisation_id)
        if row >= 0:
            self.table.selectRow(row)

    @Slot()
    def _on_edit_clicked(self) -> None:
        if (org_id := self.selected_id()) is not None:
            self._show_dialog(OrganisationDialog(self._ctx, self._ops, org_id, self), self.tr("Opgeslagen."))

    @Slot()
    def _on_add_establishment_clicked(self) -> None:
        if (org_id := self.selected_id()) is not None:
            self._show_dialog(
                EstablishmentDialog(self._ctx, self._ops, org_id, self), self.tr("Vestiging toegevoegd.")
            )

    @Slot()
    def _on_close_establishment_clicked(self) -> None:
        if (org_id := self.selected_id()) is not None:
            self._show_dialog(
                CloseDialog(self._ctx, self._ops, org_id, establishment=True, parent=self),
                self.tr("Vestiging afgesloten."),
            )

    @Slot()
    def _on_close_clicked(self) -> None:
        if (org_id := self.selected_id()) is not None:
            self._show_dialog(
                CloseDialog(self._ctx, self._ops, org_id, parent=self), self.tr("Organisatie afgesloten.")
            )

    @Slot()
    def _on_merge_clicked(self) -> None:
        if (org_id := self.selected_id()) is not None:
            self._show_dialog(
                MergeDialog(self._ctx, self._ops, org_id, self), self.tr("Organisaties samengevoegd.")
            )

    def _ask_reopen(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Organisatie heropenen"),
            self.tr("{o} heropenen? De afsluiting wordt ongedaan gemaakt.").format(o=name),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def _on_reopen_clicked(self) -> None:
        org_id = self.selected_id()
        if org_id is None:
            return
        detail = get_organisation(self._ctx, org_id)
        if not self._ask_reopen(detail.name):
            return
        self._ops.run(
            lambda _p: reopen_organisation(self._ctx, org_id, expected_version=detail.version),
            on_success=lambda _r: self._on_dialog_accepted(self.tr("Organisatie heropend.")),
            on_failure=lambda error: self.status_label.setText(str(error)),
        )

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
        show_or_raise(self.provider_finder)

    @Slot()
    def _on_plan_visit_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.visit_requested.emit(self.model.organisation_row(index.row()).id, "")
