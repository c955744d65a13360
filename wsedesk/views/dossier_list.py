"""The dossier list with its filter bar, and the Dossiers page (list above, detail below)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wsedesk.services.dossiers import DossierFilter, assignable_users
from wsedesk.views.browser import BrowserPage, DossierBrowserBase
from wsedesk.views.common import format_number, make_muted, search_timer, size_columns
from wsedesk.views.dossier_detail import DossierDetailPanel
from wsedesk.views.dossier_table_model import DossierTableModel
from wsedesk.views.filtered_list import FilteredListView
from wsedesk.views.widgets import make_table

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.events import AppEvents
    from wsedesk.views.operations import Operations

# Initial column widths: a sample text per column (None: Organisatie takes what is left).
# Long type and status labels elide; the tooltip shows them whole.
_COLUMN_SAMPLES: tuple[str | None, ...] = (
    "MW-2025-00000",
    "Duurzaamheidsverslag",
    "Verslag ontvangen",
    None,
    "Steenokkerzeel",
    "Zoë Vandenberghe",
    "00/00/0000",
    "00/00/0000",
)
_ORGANISATION_COLUMN = 3


class DossierListView(FilteredListView):
    """Filter bar, count label and the paged table. Emits `dossier_selected` when the user picks a row."""

    dossier_selected = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        events: AppEvents,
        *,
        base_filter: DossierFilter | None = None,
        filter_bar: bool = True,
        sort_key: str = "reference",
        descending: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._base_filter = base_filter or DossierFilter()
        self._organisation: tuple[str, str] | None = None  # (id, name) when narrowed from Organisaties
        self.model = DossierTableModel(
            ctx, self._base_filter, sort_key=sort_key, descending=descending, parent=self
        )
        events.changed.connect(self.model._on_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        bar = QHBoxLayout()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Zoek: kenmerk, organisatie, KBO-nummer"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(200)
        self.search_edit.setToolTip(
            self.tr(
                "Woorden uit kenmerk, onderwerp, notities of organisatie (elk woord als begin van een woord; "
                "hoofdletters en accenten tellen niet), of een KBO-nummer (Ctrl+F)"
            )
        )
        self._make_filters(status_width=16)
        self.assignee_combo = QComboBox()
        self.assignee_combo.addItem(self.tr("Alle behandelaars"), None)
        self.assignee_combo.setMinimumContentsLength(14)
        self.assignee_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.open_only_check = QCheckBox(self.tr("enkel open dossiers"))
        # Filters without a label of their own: the screen reader says which.
        self.search_edit.setAccessibleName(self.tr("Zoeken in de dossiers"))
        self.assignee_combo.setAccessibleName(self.tr("Behandelaar"))
        self.organisation_button = QToolButton()
        self.organisation_button.setToolTip(self.tr("Klik om de organisatie uit de filter te halen"))
        self.organisation_button.hide()
        bar.addWidget(self.search_edit, 2)
        bar.addWidget(self.type_combo)
        bar.addWidget(self.status_combo)
        bar.addWidget(self.assignee_combo)
        bar.addWidget(self.open_only_check)
        bar.addWidget(self.organisation_button)
        self.filter_bar = QWidget()
        self.filter_bar.setLayout(bar)
        bar.setContentsMargins(0, 0, 0, 0)
        if not filter_bar:  # never setVisible(True) here: a parentless widget would show as a window
            self.filter_bar.hide()

        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        top.addWidget(self.count_label)
        layout.addLayout(top)

        self.table = make_table(self.model)
        self.table.setAccessibleName(self.tr("Dossiers"))
        header = self.table.horizontalHeader()
        # Room for the cell padding and, in the header, the sort arrow.
        size_columns(self.table, _COLUMN_SAMPLES, stretch=_ORGANISATION_COLUMN, header_padding=30)
        # The indicator must match the model before sorting is enabled, or enabling it re-sorts.
        header.setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)

        self._debounce = search_timer(self.search_edit, self._on_debounce_timeout)
        self.assignee_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.open_only_check.toggled.connect(self._on_filter_changed)
        self.organisation_button.clicked.connect(self._on_organisation_button_clicked)
        self.model.total_changed.connect(self._on_total_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self._selected_id: str | None = None

    # --- public --------------------------------------------------------------------------------

    def load(self, then: Callable[[], object] | None = None) -> None:
        """Fill the assignee choices and show the first page; then `then()`."""
        self._fill_assignee_combo()
        self.model.set_filter(self.current_filter())
        self._loaded = True
        if then is not None:
            then()

    def refresh(self) -> None:
        self.model.set_filter(self.current_filter())

    def current_filter(self) -> DossierFilter:
        base = self._base_filter
        return replace(
            base,
            text=self.search_edit.text().strip() or base.text,
            dossier_type=self.type_combo.currentData() or base.dossier_type,
            status=self.status_combo.currentData() or base.status,
            assignee_id=self.assignee_combo.currentData() or base.assignee_id,
            open_only=self.open_only_check.isChecked() or base.open_only,
            organisation_id=self._organisation[0] if self._organisation else base.organisation_id,
        )

    def set_organisation(self, organisation_id: str | None, name: str = "") -> None:
        """Narrow the list to one organisation's dossiers (from the Organisaties page)."""
        self._organisation = (organisation_id, name) if organisation_id else None
        if organisation_id:
            # All of the organisation's dossiers: an old search text would hide them (issue #12).
            blocked = self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(blocked)
        self.organisation_button.setText(self.tr("Organisatie: {name}  ✕").format(name=name))
        self.organisation_button.setVisible(self._organisation is not None)
        if self._loaded:
            self.model.set_filter(self.current_filter())

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def selected_id(self) -> str | None:
        return self._selected_id

    def selected_ids(self) -> list[str]:
        """Every selected dossier (several with Ctrl/Shift+click when the table allows it), in row order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]

    def forget_selection(self) -> None:
        """No row is the shown dossier any more (the detail was cleared)."""
        self._selected_id = None
        self.table.selectionModel().clear()

    def select_dossier(self, dossier_id: str | None, *, notify: bool = False) -> bool:
        """Make a loaded dossier the current row; `notify` emits dossier_selected."""
        row = self.model.row_of(dossier_id) if dossier_id else -1
        if row < 0:
            return False
        self._make_current(row, notify=notify)
        self._selected_id = dossier_id
        if notify and dossier_id:
            self.dossier_selected.emit(dossier_id)
        return True

    # --- combos --------------------------------------------------------------------------------

    def _fill_assignee_combo(self) -> None:
        current = self.assignee_combo.currentData()
        blocked = self.assignee_combo.blockSignals(True)
        try:
            while self.assignee_combo.count() > 1:
                self.assignee_combo.removeItem(1)
            for user in assignable_users(self._ctx):
                self.assignee_combo.addItem(user.display_name, user.id)
            index = self.assignee_combo.findData(current) if current else 0
            self.assignee_combo.setCurrentIndex(max(0, index))
        finally:
            self.assignee_combo.blockSignals(blocked)

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_debounce_timeout(self) -> None:
        self._debounce.stop()
        self._on_filter_changed()

    @Slot()
    def _on_organisation_button_clicked(self) -> None:
        self.set_organisation(None)

    @Slot(int)
    def _on_total_changed(self, total: int) -> None:
        text = self.tr("1 dossier") if total == 1 else self.tr("{n} dossiers").format(n=format_number(total))
        self.count_label.setText(text)

    @Slot()
    def _on_model_reset(self) -> None:
        if not self.model.counted:
            self.count_label.clear()  # the new filter's count follows from the runner
        # Keep the dossier in the detail pane selected when it is still among the loaded rows.
        if self._selected_id:
            self.select_dossier(self._selected_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        dossier_id = self.model.id_at(current.row())
        if dossier_id != self._selected_id:
            self._selected_id = dossier_id
            self.dossier_selected.emit(dossier_id)


class DossierBrowser(DossierBrowserBase):
    """A dossier list above the selected dossier's detail; both refresh themselves from AppEvents.changed."""

    def __init__(self, ctx: AppContext, ops: Operations) -> None:
        list_view = DossierListView(ctx, ops.events)
        super().__init__(list_view, DossierDetailPanel(ctx, ops), (3, 5))
        self.list_view: DossierListView = list_view
        list_view.model.count_on(ops)  # the first page first; the count follows on the runner

    def _select_first(self) -> None:
        self.list_view.select_dossier(self.list_view.model.id_at(0), notify=True)

    def _lists(self, dossier_id: str) -> bool:
        return self.list_view.model.row_of(dossier_id) >= 0

    def _reselect(self, dossier_id: str | None) -> None:
        self.list_view.select_dossier(dossier_id)


class DossiersPage(BrowserPage):
    """Ctrl+2: every dossier, filtered and sorted in SQL."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.browser = DossierBrowser(ctx, ops)
        layout.addWidget(self.browser)
        self._ctx = ctx
        self._ops = ops
        # Several dossiers at once (Ctrl/Shift+click) for "Brieven voor selectie…".
        table = self.browser.list_view.table
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.batch_letters_button = QPushButton(self.tr("Brieven voor selectie…"))
        self.batch_letters_button.setToolTip(
            self.tr(
                "Dezelfde brief voor alle gekozen dossiers (Ctrl+klik of Shift+klik om er meer te kiezen)"
            )
        )
        self.batch_letters_button.setEnabled(False)
        # Below the list, not in the filter row: that row already sets the window's minimum width.
        selection_hint = QLabel(self.tr("Ctrl+klik of Shift+klik kiest meer dossiers."))
        make_muted(selection_hint)
        selection_row = QHBoxLayout()
        selection_row.addWidget(selection_hint, 1)
        selection_row.addWidget(self.batch_letters_button)
        list_layout = self.browser.list_view.layout()
        assert isinstance(list_layout, QVBoxLayout)
        list_layout.addLayout(selection_row)
        table.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.batch_letters_button.clicked.connect(self._on_batch_letters_clicked)

    @property
    def list_view(self) -> DossierListView:
        return self.browser.list_view

    def focus_search(self) -> bool:
        self.list_view.focus_search()
        return True

    def show_organisation(self, organisation_id: str, name: str) -> None:
        self.list_view.set_organisation(organisation_id, name)

    def show_dossier(self, dossier_id: str, reference: str) -> None:
        """Show one dossier: its row when the list holds it, else the list searched on its
        reference; the detail shows it in any case."""
        list_view = self.list_view
        if list_view.model.row_of(dossier_id) < 0:
            list_view.search_edit.setText(reference)
            list_view.refresh()
        if list_view.select_dossier(dossier_id, notify=True):
            return  # the browser loads it (and asks about unsaved input first)
        if self.detail.dossier_id != dossier_id and self.detail.confirm_leave():
            self.detail.load(dossier_id)

    @Slot()
    def _on_list_selection_changed(self) -> None:
        self.batch_letters_button.setEnabled(bool(self.list_view.selected_ids()))

    @Slot()
    def _on_batch_letters_clicked(self) -> None:
        ids = self.list_view.selected_ids()
        if ids:
            # Imported here: the letters pull reportlab (~20 MB), wanted only when letters are made.
            from wsedesk.views.batch_letters import open_batch_dialog

            # The stored letters are announced (AppEvents.changed): the detail shows its new letter.
            open_batch_dialog(self, self._ctx, ids, self._ops)
