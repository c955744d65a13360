"""Beheer (Ctrl+6): the database and its users with the integrity check, the calendar of closing
days (T-2), and the figures (processing times, terms met or missed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import UserError
from wsedesk.rules.calendar import format_date_nl
from wsedesk.rules.roles import Role
from wsedesk.services.changes import Changes
from wsedesk.services.database import CheckReport, check_database
from wsedesk.services.figures import Figures, compute_figures, export_figures
from wsedesk.services.terms import (
    CalendarDayView,
    add_calendar_day,
    current_calendar,
    list_calendar_days,
    remove_calendar_day,
)
from wsedesk.storage.migrate import schema_state
from wsedesk.views.calendar_month import CalendarMonthView
from wsedesk.views.common import Page, format_number, heading_label, make_muted, tr_data
from wsedesk.views.tasks import TaskRunner
from wsedesk.views.theme import status_style
from wsedesk.views.users_dialog import UsersSection
from wsedesk.views.widgets import fitted_table

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations


class AdminPage(Page):
    """Three tabs: the database and its users, the calendar of closing days, the figures."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.last_report: CheckReport | None = None
        outer = QVBoxLayout(self)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs)
        overview = QWidget()
        layout = QVBoxLayout(overview)
        self.tabs.addTab(overview, self.tr("Database en gebruikers"))

        top = QHBoxLayout()
        db_box = QGroupBox(self.tr("Database"))
        form = QFormLayout(db_box)
        self.location_label = QLabel()
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label.setWordWrap(True)
        self.backend_label = QLabel()
        self.schema_label = QLabel()
        self.schema_label.setWordWrap(True)
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        form.addRow(self.tr("Locatie"), self.location_label)
        form.addRow(self.tr("Soort"), self.backend_label)
        form.addRow(self.tr("Schemaversie"), self.schema_label)
        form.addRow(self.tr("Laatste upgrade-back-up"), self.backup_label)
        self.login_label = QLabel()
        form.addRow(self.tr("Aangemeld als"), self.login_label)
        top.addWidget(db_box, 1)

        check_box = QGroupBox(self.tr("Controle"))
        check_layout = QVBoxLayout(check_box)
        explanation = QLabel(
            self.tr(
                "Controleert de integriteit van het bestand of de server, de schemaversie, de keten "
                "van het auditspoor en de SHA-256 van elk opgeslagen document. Op een grote database "
                "kan dit even duren."
            )
        )
        explanation.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Database controleren"))
        self.check_result = QPlainTextEdit()
        self.check_result.setAccessibleName(self.tr("Resultaat van de controle"))
        self.check_result.setReadOnly(True)
        self.check_result.setPlaceholderText(self.tr("Nog niet gecontroleerd in deze sessie."))
        check_layout.addWidget(explanation)
        check_layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        check_layout.addWidget(self.check_result, 1)
        top.addWidget(check_box, 1)
        layout.addLayout(top)

        # Users: a team lead adds and changes them (views/users_dialog.py, services/users.py).
        self.users_section = UsersSection(ctx, ops)
        self.users_table = self.users_section.users_table
        layout.addWidget(self.users_section, 2)
        # Letter templates (views/template_editor.py): imported on the click, since the editor's
        # preview pulls reportlab and QtPdf (~20 MB) that a visit of Beheer does not need.
        self.templates_button = QPushButton(self.tr("Briefsjablonen bewerken…"))
        self.templates_button.setToolTip(
            self.tr("De tekst van de brieven aanpassen (opslaan: teamverantwoordelijke)")
        )
        self.templates_button.clicked.connect(lambda: _open_template_editor(self, ctx))
        layout.addWidget(self.templates_button, 0, Qt.AlignmentFlag.AlignLeft)
        from wsedesk.views.reference_editor import open_reference_dialog

        self.reference_button = QPushButton(self.tr("Referentielijsten (labels, auditorganisaties)…"))
        self.reference_button.setToolTip(
            self.tr(
                "Kwaliteitsbewijzen (QR-2) en audit-/beoordelingsorganisaties (QR-3); wijzigen: teamverantwoordelijke"
            )
        )
        self.reference_button.clicked.connect(lambda: open_reference_dialog(self, ctx, ops))
        layout.addWidget(self.reference_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.check_button.clicked.connect(self._on_check_button_clicked)

        # Long work (recomputing every open term, figures over years) goes through the one runner.
        self.calendar_section = CalendarSection(ctx, ops)
        self.figures_section = FiguresSection(ctx, ops.tasks)
        self.tabs.addTab(self.calendar_section, self.tr("Kalender"))
        self.tabs.addTab(self.figures_section, self.tr("Cijfers"))

    def load(self) -> None:
        db = self._ctx.db
        self.location_label.setText(db.describe())
        self.backend_label.setText("SQLite" if db.is_sqlite else "PostgreSQL")
        state = schema_state(db)
        if state.up_to_date:
            self.schema_label.setText(self.tr("{rev} (de nieuwste)").format(rev=state.current))
        else:
            self.schema_label.setText(
                self.tr("{rev}; dit programma verwacht {head}").format(
                    rev=state.current or self.tr("geen"), head=state.head
                )
            )
        user = self._ctx.user
        self.login_label.setText(
            self.tr("{name} (login {login})").format(name=user.display_name, login=user.login)
        )
        backup = self._ctx.upgrade_backup
        self.backup_label.setText(str(backup) if backup else self.tr("geen in deze sessie"))
        self.users_section.load()
        self.calendar_section.load()

    def run_check(self) -> CheckReport:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = check_database(self._ctx.db)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.last_report = report
        if report.ok:
            lines = [self.tr("In orde: geen problemen gevonden.")]
        elif len(report.problems) == 1:
            lines = [self.tr("1 probleem gevonden:")]
        else:
            lines = [self.tr("{n} problemen gevonden:").format(n=len(report.problems))]
        lines += [f"✗ {p}" for p in report.problems]
        lines += [f"✓ {f}" for f in report.facts]
        self.check_result.setPlainText("\n".join(lines))
        return report

    @Slot()
    def _on_check_button_clicked(self) -> None:
        self.run_check()


def _cell(text: str, *, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _decimal(value: float | None) -> str:
    """Dutch decimals: 12,5 (empty when there is nothing to count)."""
    if value is None:
        return "—"
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium)
    return locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)


class CalendarSection(QWidget):
    """The administrator's changes to the holiday calendar (T-2); every change recomputes the
    open terms and says how many due dates moved. Only a teamverantwoordelijke may change it
    (the service enforces it; the controls only follow)."""

    terms_recomputed = Signal(int)  # how many open terms got another due date or state

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._days: list[CalendarDayView] = []
        self.busy = False
        self.may_edit = Role.TEAMVERANTWOORDELIJKE in ctx.user.roles
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Termijnen in werkdagen slaan de feestdagen en sluitingsdagen over, en een termijn die op "
                "zo'n dag eindigt, schuift naar de volgende werkdag (T-1, T-2). De wettelijke feestdagen en "
                "de Vlaamse sluitingsdagen zitten in het programma; hier voegt een teamverantwoordelijke een "
                "extra sluitingsdag toe (bv. een brugdag) of zet een feestdag terug om naar een werkdag. "
                "Daarna worden alle open termijnen herberekend."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = fitted_table(
            [self.tr("Datum"), self.tr("Naam"), self.tr("Soort"), self.tr("Gewijzigd door")], stretch=1
        )
        # The month at a glance (which days count), beside the team's own changes.
        self.month_view = CalendarMonthView()
        changes_box = QGroupBox(self.tr("Wijzigingen door het team"))
        QVBoxLayout(changes_box).addWidget(self.table)
        body = QHBoxLayout()
        body.addWidget(self.month_view, 3)
        body.addWidget(changes_box, 2)
        layout.addLayout(body, 1)

        edit_row = QHBoxLayout()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        today = ctx.clock.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(120)
        self.name_edit.setPlaceholderText(self.tr("Naam, bv. Brugdag"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("extra sluitingsdag"), True)
        self.kind_combo.addItem(self.tr("toch een werkdag"), False)
        self.add_button = QPushButton(self.tr("Toevoegen"))
        self.remove_button = QPushButton(self.tr("Verwijderen"))
        self.table.setAccessibleName(self.tr("Wijzigingen aan de kalender"))
        self.date_edit.setAccessibleName(self.tr("Datum"))
        self.name_edit.setAccessibleName(self.tr("Naam van de dag"))
        self.kind_combo.setAccessibleName(self.tr("Soort dag"))
        for widget in (self.date_edit, self.name_edit, self.kind_combo, self.add_button, self.remove_button):
            edit_row.addWidget(widget, 1 if widget is self.name_edit else 0)
        layout.addLayout(edit_row)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.note_label)
        self.permission_label = QLabel(self.tr("Enkel een teamverantwoordelijke kan de kalender wijzigen."))
        make_muted(self.permission_label)
        self.permission_label.setVisible(not self.may_edit)
        layout.addWidget(self.permission_label)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.name_edit.returnPressed.connect(self._on_add_clicked)
        self.table.itemSelectionChanged.connect(self._update_controls)
        self.month_view.day_clicked.connect(self.date_edit.setDate)
        self._update_controls()

    def load(self) -> None:
        self._days = list_calendar_days(self._ctx)
        self.month_view.set_calendar(current_calendar(self._ctx), self._ctx.clock.today())
        self.table.setRowCount(len(self._days))
        closing, working = self.tr("extra sluitingsdag"), self.tr("toch een werkdag")
        for row, day in enumerate(self._days):
            self.table.setItem(row, 0, _cell(format_date_nl(day.day)))
            self.table.setItem(row, 1, _cell(day.name))
            self.table.setItem(row, 2, _cell(closing if day.closed else working))
            self.table.setItem(row, 3, _cell(day.updated_by))
        if not self._days:
            self.table.setRowCount(0)
        self._update_controls()

    def selected_day(self) -> CalendarDayView | None:
        row = self.table.currentRow()
        return self._days[row] if 0 <= row < len(self._days) and self.table.selectedItems() else None

    def _update_controls(self) -> None:
        editable = self.may_edit and not self.busy
        for widget in (self.date_edit, self.name_edit, self.kind_combo, self.add_button):
            widget.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.selected_day() is not None)
        if not self.may_edit:
            for widget in (self.add_button, self.remove_button):
                widget.setToolTip(self.tr("Enkel een teamverantwoordelijke kan de kalender wijzigen."))

    def add_day(self, day: date, name: str, closed: bool = True) -> None:
        self._run(
            lambda progress: add_calendar_day(self._ctx, day, name, closed, progress=progress),
            self.tr("{date} toegevoegd.").format(date=format_date_nl(day)),
        )

    def remove_selected(self) -> None:
        chosen = self.selected_day()
        if chosen is not None:
            self._run(
                lambda progress: remove_calendar_day(self._ctx, chosen.id, progress=progress),
                self.tr("{date} verwijderd.").format(date=format_date_nl(chosen.day)),
            )

    def _run(self, work: Callable[[Any], int], done_text: str) -> None:
        self.busy = True
        self._update_controls()
        self._show_note(self.tr("De open termijnen worden herberekend…"))
        self._ops.run(
            work,
            on_success=lambda changed: self._on_recomputed(changed, done_text),
            on_failure=self._on_failed,
            on_finished=self._on_finished,
        )

    def _show_note(self, text: str, *, error: bool = False) -> None:
        self.note_label.setStyleSheet(status_style("error") if error else "")
        self.note_label.setText(text)

    def _on_recomputed(self, changed: int, done_text: str) -> None:
        self.name_edit.clear()
        if changed == 0:
            moved = self.tr("Geen enkele vervaldag verschoven.")
        elif changed == 1:
            moved = self.tr("1 open termijn kreeg een andere vervaldag.")
        else:
            moved = self.tr("{n} open termijnen kregen een andere vervaldag.").format(
                n=format_number(changed)
            )
        self._show_note(f"{done_text} {moved}")
        self.load()
        # The service answers how many due dates moved; every dossier's terms may have changed.
        self._ops.announce(Changes.of("terms", "calendar"))
        self.terms_recomputed.emit(changed)

    def _on_failed(self, error: UserError) -> None:
        self._show_note(str(error), error=True)

    def _on_finished(self) -> None:
        self.busy = False
        self._update_controls()

    @Slot()
    def _on_add_clicked(self) -> None:
        if self.may_edit and not self.busy:
            qd = self.date_edit.date()
            self.add_day(
                date(qd.year(), qd.month(), qd.day()),
                self.name_edit.text(),
                bool(self.kind_combo.currentData()),
            )

    @Slot()
    def _on_remove_clicked(self) -> None:
        if self.may_edit and not self.busy:
            self.remove_selected()


class FiguresSection(QWidget):
    """Cijfers: processing times (gross and net of suspensions) and terms met or missed, for a
    period; to Excel through the safe export helper."""

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._tasks = tasks
        self.figures: Figures | None = None
        self.busy = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        today = ctx.clock.today()
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, value in ((self.from_edit, date(today.year, 1, 1)), (self.to_edit, today)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(QDate(value.year, value.month, value.day))
        self.compute_button = QPushButton(self.tr("Berekenen"))
        self.export_button = QPushButton(self.tr("Exporteren naar Excel…"))
        from_label, to_label = QLabel(self.tr("&Van")), QLabel(self.tr("tot en &met"))
        from_label.setBuddy(self.from_edit)  # the screen reader names the field; Alt+V goes there
        to_label.setBuddy(self.to_edit)
        bar.addWidget(from_label)
        bar.addWidget(self.from_edit)
        bar.addWidget(to_label)
        bar.addWidget(self.to_edit)
        bar.addWidget(self.compute_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.status_label = QLabel(
            self.tr(
                "Kies een periode en klik op Berekenen. Doorlooptijden tellen de dossiers die in de periode beslist werden; netto = zonder de dagen dat de klok stilstond."
            )
        )
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        layout.addWidget(
            heading_label(self.tr("Doorlooptijden (dagen van indiening tot beslissing)"), self, scale=1.05)
        )
        self.processing_table = fitted_table(
            [
                self.tr("Dossiertype"),
                self.tr("Beslist"),
                self.tr("Mediaan bruto"),
                self.tr("Mediaan netto"),
                self.tr("Gemiddeld bruto"),
                self.tr("Gemiddeld netto"),
            ],
            stretch=0,
            name=self.tr("Doorlooptijden"),
        )
        layout.addWidget(self.processing_table, 1)
        layout.addWidget(heading_label(self.tr("Termijnen afgesloten in de periode"), self, scale=1.05))
        self.terms_table = fitted_table(
            [
                self.tr("Regel"),
                self.tr("Termijn"),
                self.tr("Afgesloten"),
                self.tr("Gehaald"),
                self.tr("Overschreden"),
                self.tr("% gehaald"),
                self.tr("Geschorste dagen"),
            ],
            stretch=1,
            name=self.tr("Termijnen afgesloten in de periode"),
        )
        layout.addWidget(self.terms_table, 1)
        self.compute_button.clicked.connect(self._on_compute_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self._update_controls()

    def period(self) -> tuple[date, date]:
        a, b = self.from_edit.date(), self.to_edit.date()
        return date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day())

    def compute(self) -> None:
        start, end = self.period()
        self._start(
            lambda _progress: compute_figures(self._ctx, start, end),
            self._on_computed,
            self.tr("Bezig met rekenen…"),
        )

    def export(self, destination: Path) -> None:
        figures = self.figures
        if figures is None:
            return
        self._start(
            lambda _progress: export_figures(figures, destination),
            self._on_exported,
            self.tr("Bezig met exporteren…"),
        )

    def ask_export_path(self) -> Path | None:
        """The file to write; tests replace this method."""
        assert self.figures is not None
        suggestion = f"cijfers_{self.figures.start:%Y%m%d}_{self.figures.end:%Y%m%d}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Cijfers exporteren"), suggestion, self.tr("Excel-werkmap (*.xlsx)")
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_suffix(".xlsx")

    def _start(self, work: Callable[[Any], Any], on_success: Callable[[Any], None], busy_text: str) -> None:
        self.busy = True
        self._update_controls()
        self._set_status(busy_text)
        self._tasks.start(
            work, on_success=on_success, on_failure=self._on_failed, on_finished=self._on_finished
        )

    def _set_status(self, text: str, *, error: bool = False) -> None:
        self.status_label.setStyleSheet(status_style("error") if error else "")
        self.status_label.setText(text)

    def _update_controls(self) -> None:
        self.compute_button.setEnabled(not self.busy)
        self.export_button.setEnabled(not self.busy and self.figures is not None)
        self.export_button.setToolTip(
            "" if self.figures is not None else self.tr("Bereken eerst de cijfers.")
        )

    def _on_computed(self, figures: Figures) -> None:
        self.figures = figures
        self.processing_table.setRowCount(len(figures.processing))
        for row, p in enumerate(figures.processing):
            values = [
                _cell(tr_data(p.label)),
                _cell(format_number(p.decided), align_right=True),
                _cell(_decimal(p.gross_median), align_right=True),
                _cell(_decimal(p.net_median), align_right=True),
                _cell(_decimal(p.gross_mean), align_right=True),
                _cell(_decimal(p.net_mean), align_right=True),
            ]
            for col, item in enumerate(values):
                self.processing_table.setItem(row, col, item)
        self.terms_table.setRowCount(len(figures.terms))
        for row, t in enumerate(figures.terms):
            values = [
                _cell(t.term_id),
                _cell(tr_data(t.label)),
                _cell(format_number(t.closed), align_right=True),
                _cell(format_number(t.met), align_right=True),
                _cell(format_number(t.missed), align_right=True),
                _cell(_decimal(t.met_share), align_right=True),
                _cell(format_number(t.suspended_days), align_right=True),
            ]
            for col, item in enumerate(values):
                self.terms_table.setItem(row, col, item)
        decided = sum(p.decided for p in figures.processing)
        closed = sum(t.closed for t in figures.terms)
        self._set_status(
            self.tr("{start} – {end}: {decided} dossiers beslist, {closed} termijnen afgesloten.").format(
                start=format_date_nl(figures.start, weekday=False),
                end=format_date_nl(figures.end, weekday=False),
                decided=format_number(decided),
                closed=format_number(closed),
            )
        )

    def _on_exported(self, path: Path) -> None:
        self._set_status(self.tr("Opgeslagen in {path}.").format(path=path))

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            raise error
        self._set_status(str(error), error=True)

    def _on_finished(self) -> None:
        self.busy = False
        self._update_controls()

    @Slot()
    def _on_compute_clicked(self) -> None:
        self.compute()

    @Slot()
    def _on_export_clicked(self) -> None:
        if self.figures is None:
            return
        path = self.ask_export_path()
        if path is not None:
            self.export(path)


def _open_template_editor(parent: QWidget, ctx: AppContext) -> None:
    from wsedesk.views.template_editor import open_template_editor

    open_template_editor(parent, ctx)
