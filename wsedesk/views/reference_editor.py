"""Beheer → 'Referentielijsten': the accepted quality proofs (QR-2) and the register of audit and
assessment organisations (QR-3), each a table with a small form to add or change a row.

Anyone may look; only a teamverantwoordelijke saves (the service enforces it, the form follows).
A stale save shows the service's conflict message inline and reloads the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import UserError
from wsedesk.rules.quality_reference import AREA_LABELS, AREAS, PROOF_ROUTES, ROUTE_LABELS
from wsedesk.rules.roles import Role
from wsedesk.services.organisations import SavedRecord
from wsedesk.services.reference_lists import (
    AuditOrganisationView,
    LabelView,
    list_audit_organisations,
    list_quality_labels,
    save_audit_organisation,
    save_quality_label,
)
from wsedesk.views.common import format_date, make_muted, resize_to_fit, tr_data
from wsedesk.views.form_fields import OptionalDate, date_edit, from_qdate, to_qdate
from wsedesk.views.theme import status_style
from wsedesk.views.widgets import fit_columns_to_contents, make_table

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations


class _Row(Protocol):
    """A row of a reference list: saved with the version it was loaded at."""

    @property
    def id(self) -> str: ...
    @property
    def version(self) -> int: ...


RowT = TypeVar("RowT", bound=_Row)


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = make_table(columns=headers)
    fit_columns_to_contents(table)
    header = table.horizontalHeader()
    # The name gets a fair width of its own; the last column takes what is left.
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(stretch, 260)
    header.setStretchLastSection(True)
    return table


class _ReferenceTab(QWidget):
    """Shared frame: intro, table, form, 'Nieuw' / 'Opslaan', the inline message, the role note."""

    def __init__(
        self, ctx: AppContext, ops: Operations, intro: str, headers: list[str], stretch: int
    ) -> None:
        super().__init__()
        self._ctx = ctx
        self._ops = ops
        self._today = ctx.clock.today()
        self.may_edit = ctx.user.has(Role.TEAMVERANTWOORDELIJKE)
        self.editing_id: str | None = None
        self.editing_version: int | None = None
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        self.table = _table(headers, stretch)
        layout.addWidget(self.table, 1)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        buttons = QHBoxLayout()
        self.mode_label = QLabel()
        make_muted(self.mode_label)
        self.new_button = QPushButton(self.tr("Nieuw"))
        self.save_button = QPushButton(self.tr("Opslaan"))
        buttons.addWidget(self.mode_label, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)
        only_lead = self.tr("Enkel een teamverantwoordelijke kan deze lijst wijzigen.")
        self.permission_label = QLabel(only_lead)
        make_muted(self.permission_label)
        self.permission_label.setVisible(not self.may_edit)
        layout.addWidget(self.permission_label)
        self.save_button.setEnabled(self.may_edit)
        if not self.may_edit:
            self.save_button.setToolTip(only_lead)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)

    # Subclasses fill these in.
    def load(self) -> None: ...
    def _fill_form(self, row: int | None) -> None: ...
    def _write(self) -> Callable[[], SavedRecord]:
        """The save of what the form holds, its values read now (the write runs on the runner)."""
        raise NotImplementedError

    def _show_rows(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        """The table's rows: each its id (kept on its first cell) and the texts of its columns."""
        self.table.setRowCount(len(rows))
        for row, (row_id, values) in enumerate(rows):
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row_id)
                self.table.setItem(row, col, item)

    def _edit_row(self, rows: Sequence[RowT], row: int | None) -> RowT | None:
        """The form is about to show table row `row` (None or out of range: a new one); its id and
        version are what a save checks. Returns that row."""
        record = rows[row] if row is not None and 0 <= row < len(rows) else None
        self.editing_id = record.id if record else None
        self.editing_version = record.version if record else None
        return record

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(status_style("error") if error else "")
        self.message_label.setText(text)

    def start_new(self) -> None:
        self.table.clearSelection()
        self.editing_id = self.editing_version = None
        self._fill_form(None)
        self.mode_label.setText(self.tr("Nieuwe rij"))

    def save(self) -> bool:
        """Save the form on the one runner; the message says how it went, inline.

        Returns True once the row is stored by the time this returns (a save in the background
        reports later); False when it was refused (or still runs).
        """
        write = self._write()
        outcome: list[bool] = []

        def saved(record: SavedRecord) -> None:
            outcome.append(True)
            self.show_message(self.tr("Opgeslagen."))
            self.load()
            self.select_id(record.id)

        def refused(error: UserError) -> None:
            outcome.append(False)
            self.show_message(str(error), error=True)

        self._ops.run(lambda _progress: write(), on_success=saved, on_failure=refused)
        return outcome == [True]

    def select_id(self, row_id: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == row_id:
                self.table.selectRow(row)
                self.table.scrollToItem(item)
                return

    @Slot()
    def _on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._fill_form(rows[0].row())
            self.mode_label.setText(self.tr("Geselecteerde rij wijzigen"))

    @Slot()
    def _on_new_clicked(self) -> None:
        self.start_new()
        self.show_message("")

    @Slot()
    def _on_save_clicked(self) -> None:
        self.save()


class LabelsTab(_ReferenceTab):
    """Kwaliteitslabels: the accepted quality proofs (QR-2) and the QR-1 areas each covers."""

    def __init__(self, ctx: AppContext, ops: Operations) -> None:
        super().__init__(
            ctx,
            ops,
            self.tr(
                "De aanvaarde kwaliteitsbewijzen (QR-2) en de domeinen van QR-1 die ze dekken. Een "
                "kwaliteitsregistratie steunt op een bewijs dat op de datum van uitreiking op deze lijst staat."
            ),
            [
                self.tr("Naam"),
                self.tr("Route"),
                self.tr("Domeinen"),
                self.tr("Geldig vanaf"),
                self.tr("Geldig tot"),
                self.tr("Publicatie"),
                self.tr("Gewijzigd door"),
            ],
            0,
        )
        self.labels: list[LabelView] = []
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(200)
        self.route_combo = QComboBox()
        for route in PROOF_ROUTES:
            self.route_combo.addItem(tr_data(ROUTE_LABELS[route]), route)
        areas_row = QWidget()
        areas_layout = QHBoxLayout(areas_row)
        areas_layout.setContentsMargins(0, 0, 0, 0)
        self.area_checks: dict[str, QCheckBox] = {}
        for area in AREAS:
            check = QCheckBox(tr_data(AREA_LABELS[area]))
            self.area_checks[area] = check
            areas_layout.addWidget(check)
        areas_layout.addStretch(1)
        self.from_edit = date_edit(self._today)
        self.until_edit = OptionalDate(self.tr("laatste dag op de lijst:"), self._today)
        self.form.addRow(self.tr("Naam"), self.name_edit)
        self.form.addRow(self.tr("Route"), self.route_combo)
        self.form.addRow(self.tr("Domeinen"), areas_row)
        from_row = QHBoxLayout()
        from_row.addWidget(self.from_edit)
        from_row.addStretch(1)
        self.form.addRow(self.tr("Geldig vanaf"), from_row)
        self.form.addRow(self.tr("Geldig tot"), self.until_edit)
        self.start_new()

    def load(self) -> None:
        self.labels = list_quality_labels(self._ctx)
        self._show_rows(
            [
                (
                    label.id,
                    (
                        label.name,
                        tr_data(ROUTE_LABELS.get(label.route, label.route)),
                        ", ".join(tr_data(AREA_LABELS[a]) for a in label.areas),
                        format_date(label.valid_from),
                        format_date(label.valid_until),
                        label.publication_id,
                        label.updated_by,
                    ),
                )
                for label in self.labels
            ]
        )

    def _fill_form(self, row: int | None) -> None:
        label = self._edit_row(self.labels, row)
        self.name_edit.setText(label.name if label else "")
        self.route_combo.setCurrentIndex(max(0, self.route_combo.findData(label.route if label else "label")))
        for area, check in self.area_checks.items():
            check.setChecked(bool(label and area in label.areas))
        self.from_edit.setDate(to_qdate(label.valid_from if label else self._today))
        self.until_edit.set_value(label.valid_until if label else None, self._today)

    def _write(self) -> Callable[[], SavedRecord]:
        return partial(
            save_quality_label,
            self._ctx,
            label_id=self.editing_id,
            name=self.name_edit.text(),
            route=str(self.route_combo.currentData()),
            areas={area: check.isChecked() for area, check in self.area_checks.items()},
            valid_from=from_qdate(self.from_edit.date()),
            valid_until=self.until_edit.value(),
            expected_version=self.editing_version,
        )


class AuditOrganisationsTab(_ReferenceTab):
    """Audit-/beoordelingsorganisaties (QR-3): when the declaration was filed and until when it counts."""

    def __init__(self, ctx: AppContext, ops: Operations) -> None:
        super().__init__(
            ctx,
            ops,
            self.tr(
                "Het register van audit- en beoordelingsorganisaties (QR-3): wanneer de verklaring op eer "
                "en het dossier werden ingediend en tot wanneer die indiening geldt (hoogstens vier jaar)."
            ),
            [
                self.tr("Naam"),
                self.tr("Ondernemingsnummer"),
                self.tr("Verklaring ingediend op"),
                self.tr("Geldig tot"),
                self.tr("Auditoren zelf dienstverlener"),
                self.tr("Gewijzigd door"),
            ],
            0,
        )
        self.organisations: list[AuditOrganisationView] = []
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("leeg voor een buitenlandse organisatie"))
        self.filed_edit = OptionalDate(self.tr("ingediend op:"), self._today)
        self.until_edit = OptionalDate(self.tr("laatste dag:"), self._today)
        self.providers_combo = QComboBox()
        self.providers_combo.addItem(self.tr("nog niet nagegaan"), None)
        self.providers_combo.addItem(self.tr("ja"), True)
        self.providers_combo.addItem(self.tr("nee"), False)
        self.form.addRow(self.tr("Naam"), self.name_edit)
        self.form.addRow(self.tr("Ondernemingsnummer"), self.number_edit)
        self.form.addRow(self.tr("Verklaring"), self.filed_edit)
        self.form.addRow(self.tr("Geldig tot"), self.until_edit)
        self.form.addRow(self.tr("Auditoren zelf dienstverlener"), self.providers_combo)
        self.start_new()

    def _providers_text(self, value: bool | None) -> str:
        return self.tr("nog niet nagegaan") if value is None else self.tr("ja") if value else self.tr("nee")

    def load(self) -> None:
        self.organisations = list_audit_organisations(self._ctx)
        self._show_rows(
            [
                (
                    org.id,
                    (
                        org.name,
                        org.enterprise_number,
                        format_date(org.declaration_filed_on),
                        format_date(org.valid_until),
                        self._providers_text(org.auditors_are_providers),
                        org.updated_by,
                    ),
                )
                for org in self.organisations
            ]
        )

    def _fill_form(self, row: int | None) -> None:
        org = self._edit_row(self.organisations, row)
        self.name_edit.setText(org.name if org else "")
        self.number_edit.setText(org.enterprise_number if org else "")
        self.filed_edit.set_value(org.declaration_filed_on if org else None, self._today)
        self.until_edit.set_value(org.valid_until if org else None, self._today)
        value = org.auditors_are_providers if org else None
        self.providers_combo.setCurrentIndex(0 if value is None else 1 if value else 2)

    def _write(self) -> Callable[[], SavedRecord]:
        return partial(
            save_audit_organisation,
            self._ctx,
            organisation_id=self.editing_id,
            name=self.name_edit.text(),
            enterprise_number=self.number_edit.text().strip() or None,
            declaration_filed_on=self.filed_edit.value(),
            valid_until=self.until_edit.value(),
            auditors_are_providers=self.providers_combo.currentData(),
            expected_version=self.editing_version,
        )


class ReferenceDataDialog(QDialog):
    """Non-modal: the two reference lists side by side in tabs."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Referentielijsten"))
        self.setModal(False)
        resize_to_fit(self, 1200, 660)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.labels_tab = LabelsTab(ctx, ops)
        self.audit_tab = AuditOrganisationsTab(ctx, ops)
        self.tabs.addTab(self.labels_tab, self.tr("Kwaliteitslabels"))
        self.tabs.addTab(self.audit_tab, self.tr("Audit-/beoordelingsorganisaties"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox()
        buttons.addButton(QPushButton(self.tr("Sluiten")), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.labels_tab.load()
        self.audit_tab.load()


def open_reference_dialog(parent: QWidget | None, ctx: AppContext, ops: Operations) -> ReferenceDataDialog:
    """Beheer → 'Referentielijsten…': shown without blocking the main window."""
    dialog = ReferenceDataDialog(ctx, ops, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
