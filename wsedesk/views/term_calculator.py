"""Termijncalculator (Ctrl+T): try a term with suspensions and see its due date and why, live.

The computation is the same pure function the dossiers use (`rules.terms.compute_term`), with
the calendar of this database (the shipped holidays plus the administrator's changes). Nothing
is stored.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from wsedesk.rules.calendar import HolidayCalendar
from wsedesk.rules.terms import Suspension, TermError, TermResult, TermSpec, compute_term
from wsedesk.rules.workflows import TERMS
from wsedesk.services.terms import current_calendar
from wsedesk.views.common import heading_label, make_muted, resize_to_fit, tr_data
from wsedesk.views.form_fields import date_edit, from_qdate, to_qdate
from wsedesk.views.term_explanation import TermExplanationView, summary_text, term_title
from wsedesk.views.theme import status_style
from wsedesk.views.widgets import left_row

if TYPE_CHECKING:
    from wsedesk.context import AppContext

MAX_DAYS = 36_500  # as `wsedesk term --days`
_EARLIEST, _LATEST = QDate(1990, 1, 1), QDate(2100, 12, 31)
START, END, OPEN = range(3)


def _date_edit(value: date) -> QDateEdit:
    edit = date_edit(value)
    edit.setDateRange(_EARLIEST, _LATEST)
    return edit


class TermCalculatorDialog(QDialog):
    """Non-modal: it stays open beside the main window and recomputes on every change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._calendar: HolidayCalendar | None = None
        self.term_result: TermResult | None = None
        self.setWindowTitle(self.tr("Termijncalculator"))
        self.setModal(False)

        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 4)

        form_box = QGroupBox(self.tr("Termijn"))
        form = QFormLayout(form_box)
        self.preset_combo = QComboBox()
        self.preset_combo.addItem(self.tr("Vrije termijn"), None)
        for term_id, definition in TERMS.items():
            unit = self.tr("werkdagen") if definition.working_days else self.tr("dagen")
            self.preset_combo.addItem(
                self.tr("{rule} — {label} ({n} {unit})").format(
                    rule=term_id, label=tr_data(definition.label), n=definition.days, unit=unit
                ),
                term_id,
            )
        self.event_edit = _date_edit(ctx.clock.today())
        self.event_edit.setToolTip(
            self.tr("De gebeurtenis: indiening, e-mail, kennisgeving. Dag 1 is de dag erna.")
        )
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, MAX_DAYS)
        self.days_spin.setValue(45)
        self.calendar_radio = QRadioButton(self.tr("kalenderdagen (T-1)"))
        self.working_radio = QRadioButton(self.tr("werkdagen (T-2)"))
        self.calendar_radio.setChecked(True)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.calendar_radio)
        self.kind_group.addButton(self.working_radio)
        kind_row = left_row(self.calendar_radio, self.working_radio)
        form.addRow(self.tr("Voorbeeld"), self.preset_combo)
        form.addRow(self.tr("Gebeurtenis"), self.event_edit)
        form.addRow(self.tr("Aantal dagen"), self.days_spin)
        form.addRow(self.tr("Telling"), kind_row)
        left.addWidget(form_box)

        sus_box = QGroupBox(self.tr("Schorsingen (T-3)"))
        sus_layout = QVBoxLayout(sus_box)
        hint = QLabel(
            self.tr(
                "Van de dag dat de vraag vertrok (inbegrepen) tot de dag dat het antwoord binnenkwam "
                "(niet inbegrepen). Vink 'nog open' aan als het antwoord er nog niet is."
            )
        )
        hint.setWordWrap(True)
        make_muted(hint)
        sus_layout.addWidget(hint)
        self.suspension_table = QTableWidget(0, 3)
        self.suspension_table.setAccessibleName(self.tr("Schorsingen"))
        self.suspension_table.setHorizontalHeaderLabels(
            [self.tr("Begin"), self.tr("Einde"), self.tr("Nog open")]
        )
        self.suspension_table.verticalHeader().setVisible(False)
        self.suspension_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.suspension_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.suspension_table.horizontalHeader()
        header.setSectionResizeMode(START, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(END, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OPEN, QHeaderView.ResizeMode.ResizeToContents)
        self.suspension_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        sus_layout.addWidget(self.suspension_table, 1)
        self.add_button = QPushButton(self.tr("Schorsing toevoegen"))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        sus_layout.addLayout(left_row(self.add_button, self.remove_button))
        left.addWidget(sus_box, 1)

        right = QVBoxLayout()
        outer.addLayout(right, 5)
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        make_muted(self.title_label)
        self.due_label = heading_label("", self, scale=1.25)
        self.due_label.setWordWrap(True)
        self.due_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(status_style("error"))
        self.error_label.hide()
        self.explanation = TermExplanationView(self)
        self.explanation.setAccessibleName(self.tr("Uitleg van de berekening"))
        right.addWidget(self.title_label)
        right.addWidget(self.due_label)
        right.addWidget(self.error_label)
        right.addWidget(self.explanation, 1)

        self.preset_combo.currentIndexChanged.connect(self._on_preset_changed)
        self.event_edit.dateChanged.connect(self._on_input_changed)
        self.days_spin.valueChanged.connect(self._on_input_changed)
        self.kind_group.buttonClicked.connect(self._on_input_changed)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.suspension_table.itemSelectionChanged.connect(self._update_buttons)
        resize_to_fit(self, 1000, 560)
        self._update_buttons()
        self.recompute()

    # --- public --------------------------------------------------------------------------------

    def calendar(self) -> HolidayCalendar:
        if self._calendar is None:
            self._calendar = current_calendar(self._ctx)
        return self._calendar

    def set_inputs(self, event: date, days: int, *, working_days: bool = False) -> None:
        self.event_edit.setDate(to_qdate(event))
        self.days_spin.setValue(days)
        (self.working_radio if working_days else self.calendar_radio).setChecked(True)
        self.recompute()

    def add_suspension(self, start: date, end: date | None = None) -> int:
        """Add a row (end None: still open); returns its row number."""
        table = self.suspension_table
        row = table.rowCount()
        table.insertRow(row)
        start_edit = _date_edit(start)
        end_edit = _date_edit(end or start)
        open_check = QCheckBox()
        open_check.setToolTip(self.tr("Het antwoord is er nog niet: de klok staat stil."))
        open_check.setChecked(end is None)
        end_edit.setEnabled(end is not None)
        table.setCellWidget(row, START, start_edit)
        table.setCellWidget(row, END, end_edit)
        table.setCellWidget(row, OPEN, open_check)
        start_edit.dateChanged.connect(self._on_input_changed)
        end_edit.dateChanged.connect(self._on_input_changed)
        open_check.toggled.connect(self._on_open_toggled)
        self.recompute()
        return row

    def remove_suspension(self, row: int) -> None:
        if 0 <= row < self.suspension_table.rowCount():
            self.suspension_table.removeRow(row)
            self.recompute()
        self._update_buttons()

    def suspension_widgets(self, row: int) -> tuple[QDateEdit, QDateEdit, QCheckBox]:
        table = self.suspension_table
        start, end, is_open = (table.cellWidget(row, c) for c in (START, END, OPEN))
        assert isinstance(start, QDateEdit) and isinstance(end, QDateEdit) and isinstance(is_open, QCheckBox)
        return start, end, is_open

    def suspensions(self) -> list[Suspension]:
        """The rows as suspensions; raises TermError for a row that ends before it starts."""
        result = []
        for row in range(self.suspension_table.rowCount()):
            start_edit, end_edit, open_check = self.suspension_widgets(row)
            start = from_qdate(start_edit.date())
            end = None if open_check.isChecked() else from_qdate(end_edit.date())
            if end is not None and end < start:
                raise TermError(
                    self.tr("Schorsing {n}: het einde ({end}) ligt vóór het begin ({start}).").format(
                        n=row + 1, end=end.strftime("%d/%m/%Y"), start=start.strftime("%d/%m/%Y")
                    )
                )
            result.append(Suspension(start, end))
        return result

    def spec(self) -> TermSpec:
        term_id = self.preset_combo.currentData()
        working = self.working_radio.isChecked()
        definition = TERMS.get(term_id) if term_id else None
        if definition and (definition.days, definition.working_days) == (self.days_spin.value(), working):
            return TermSpec(definition.term_id, definition.days, working, definition.label)
        return TermSpec("T-2" if working else "T-1", self.days_spin.value(), working)

    def recompute(self) -> TermResult | None:
        """Compute from the inputs; bad input shows a message here and leaves no result."""
        try:
            result = compute_term(
                from_qdate(self.event_edit.date()), self.spec(), self.suspensions(), self.calendar()
            )
        except TermError as exc:
            self.term_result = None
            self.error_label.setText(tr_data(str(exc)))
            self.error_label.show()
            self.due_label.setText(self.tr("Geen vervaldag"))
            self.title_label.setText("")
            self.explanation.set_result(None)
            return None
        self.term_result = result
        self.error_label.hide()
        self.error_label.setText("")
        self.title_label.setText(term_title(result, self))
        self.due_label.setText(summary_text(result, self))
        self.explanation.set_result(result)
        return result

    # --- events --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # The administrator may have changed the calendar since the last time: read it again.
        self._calendar = None
        self.recompute()
        super().showEvent(event)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.suspension_table.currentRow() >= 0)

    @Slot()
    def _on_input_changed(self) -> None:
        self.recompute()

    @Slot(bool)
    def _on_open_toggled(self, _checked: bool) -> None:
        for row in range(self.suspension_table.rowCount()):
            _start, end_edit, open_check = self.suspension_widgets(row)
            end_edit.setEnabled(not open_check.isChecked())
        self.recompute()

    @Slot(int)
    def _on_preset_changed(self, _index: int) -> None:
        term_id = self.preset_combo.currentData()
        definition = TERMS.get(term_id) if term_id else None
        if definition is None:
            self.recompute()
            return
        for widget in (self.days_spin, self.calendar_radio, self.working_radio):
            widget.blockSignals(True)
        try:
            self.days_spin.setValue(definition.days)
            (self.working_radio if definition.working_days else self.calendar_radio).setChecked(True)
        finally:
            for widget in (self.days_spin, self.calendar_radio, self.working_radio):
                widget.blockSignals(False)
        self.recompute()

    @Slot()
    def _on_add_clicked(self) -> None:
        event = from_qdate(self.event_edit.date())
        row = self.add_suspension(event + timedelta(days=7), event + timedelta(days=17))
        self.suspension_table.selectRow(row)
        self._update_buttons()

    @Slot()
    def _on_remove_clicked(self) -> None:
        self.remove_suspension(self.suspension_table.currentRow())
