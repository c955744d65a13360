"""Dienstverleners zoeken (ED-13): which recognised external service providers serve a municipality.

An employer asks the department who can guide an employee in their municipality. The search is
`services.providers.find_providers` (covered directly, through the province, or through all of
Flanders; recognised on the chosen date; enough free capacity); *Exporteren naar Excel…* writes
the list with `export_providers`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import UserError
from wsedesk.services.providers import ProviderRow, export_providers, find_providers
from wsedesk.views.common import format_date, format_number, make_muted, resize_to_fit, tr_data
from wsedesk.views.widgets import (
    InlineMessage,
    flemish_municipality_names,
    make_table,
    municipality_completer,
)

if TYPE_CHECKING:
    from wsedesk.context import AppContext


class ProviderFinderDialog(QDialog):
    """Search recognised providers by municipality, date and free capacity; export the result."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rows: list[ProviderRow] = []
        self.last_export: Path | None = None
        self.setWindowTitle(self.tr("Dienstverleners zoeken"))
        self.coverage_labels = {
            "gemeente": self.tr("de gemeente zelf"),
            "provincie": self.tr("de provincie"),
            "Vlaanderen": self.tr("heel Vlaanderen"),
        }
        today = ctx.clock.today()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Welke erkende externe dienstverleners begeleiden werknemers in een gemeente (ED-13)? "
                "Een dienstverlener telt mee als zijn werkingsgebied de gemeente, haar provincie of heel "
                "Vlaanderen noemt en hij op de gekozen datum erkend is."
            )
        )
        intro.setWordWrap(True)
        make_muted(intro)
        layout.addWidget(intro)

        grid = QGridLayout()
        self.municipality_edit = QLineEdit()
        self.municipality_edit.setPlaceholderText(self.tr("naam of REFNIS-code, bv. Gent of 44021"))
        self.municipality_edit.setCompleter(municipality_completer(self, flemish_municipality_names()))
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 100_000)
        self.capacity_spin.setSpecialValueText(self.tr("geen minimum"))
        self.search_button = QPushButton(self.tr("&Zoeken"))
        self.search_button.setDefault(True)
        labels = (
            (self.tr("&Gemeente"), self.municipality_edit),
            (self.tr("Erkend &op"), self.date_edit),
            (self.tr("&Minimale vrije capaciteit"), self.capacity_spin),
        )
        for col, (text, widget) in enumerate(labels):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, col)
            grid.addWidget(widget, 1, col)
        grid.addWidget(self.search_button, 1, len(labels))
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        self.message = InlineMessage()
        layout.addWidget(self.message)

        self.table = make_table(
            columns=[
                self.tr("Organisatie"),
                self.tr("KBO-nummer"),
                self.tr("Via"),
                self.tr("Werkingsgebied"),
                self.tr("Capaciteit"),
                self.tr("Erkend tot en met"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        fm = self.table.fontMetrics()
        self.table.setColumnWidth(0, fm.horizontalAdvance("Oost-Vlaamse Begeleiding vzw") + 20)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)
        table_label = QLabel(self.tr("&Resultaat"))
        table_label.setBuddy(self.table)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("&Exporteren naar Excel…"))
        self.export_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Sluiten"))
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        resize_to_fit(self, 960, 560)

        self.search_button.clicked.connect(self.search)
        self.municipality_edit.returnPressed.connect(self.search)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.close_button.clicked.connect(self.close)

    # --- public --------------------------------------------------------------------------------

    @Slot()
    def search(self) -> None:
        """Find the providers for what is filled in; a problem is shown above the list."""
        text = self.municipality_edit.text().strip()
        if not text:
            self.message.show_at(self.municipality_edit, self.tr("Vul een gemeente in."))
            return
        on: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        try:
            rows = find_providers(self._ctx, text, on, self.capacity_spin.value())
        except UserError as exc:
            self.message.show_message(tr_data(str(exc)))
            self._show_rows([])
            self.count_label.setText("")
            return
        self.message.clear_message()
        self._show_rows(rows)
        if rows:
            self.count_label.setText(
                self.tr("1 erkende dienstverlener")
                if len(rows) == 1
                else self.tr("{n} erkende dienstverleners").format(n=format_number(len(rows)))
            )
        else:
            self.count_label.setText(
                self.tr("Geen erkende dienstverlener voor deze gemeente op {d}.").format(d=format_date(on))
            )

    def export_to(self, path: Path | str) -> Path:
        """Write the shown list to an .xlsx file."""
        out = export_providers(self.rows, path)
        self.last_export = out
        return out

    # --- filling -------------------------------------------------------------------------------

    def _show_rows(self, rows: list[ProviderRow]) -> None:
        self.rows = rows
        self.table.setRowCount(0)
        self.table.setRowCount(len(rows))
        for r, p in enumerate(rows):
            contact = ", ".join(x for x in (p.contact_name, p.contact_email, p.contact_phone) if x)
            values = [
                p.organisation,
                p.enterprise_number,
                self.coverage_labels.get(p.coverage, p.coverage),
                p.working_area,
                format_number(p.capacity),
                format_date(p.valid_until),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(
                    self.tr("{org} ({ref}), zetel {seat}\nContact: {contact}\n{area}").format(
                        org=p.organisation,
                        ref=p.reference,
                        seat=p.seat or "?",
                        contact=contact or "—",
                        area=p.working_area,
                    )
                )
                if c == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.export_button.setEnabled(bool(rows))

    def _ask_export_path(self) -> str:
        """The file to write; empty when the user cancelled. (Tests replace this.)"""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporteren naar Excel"),
            str(Path.home() / "dienstverleners.xlsx"),
            self.tr("Excel-werkmap (*.xlsx)"),
        )
        return path

    @Slot()
    def _on_export_clicked(self) -> None:
        path = self._ask_export_path()
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            out = self.export_to(path)
        except (UserError, OSError) as exc:
            self.message.show_message(tr_data(str(exc)))
            return
        self.message.show_message(self.tr("Opgeslagen in {p}").format(p=out), "ok")


__all__ = ["ProviderFinderDialog"]
