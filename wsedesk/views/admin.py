"""Beheer (Ctrl+6): a read-only overview of the database and the users, and the integrity check."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.services.database import CheckReport, check_database
from wsedesk.services.organisations import list_staff
from wsedesk.storage.migrate import schema_state
from wsedesk.views.common import Page, make_muted, tr_data

if TYPE_CHECKING:
    from wsedesk.context import AppContext


class AdminPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.last_report: CheckReport | None = None
        layout = QVBoxLayout(self)

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
        self.check_result.setReadOnly(True)
        self.check_result.setPlaceholderText(self.tr("Nog niet gecontroleerd in deze sessie."))
        check_layout.addWidget(explanation)
        check_layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        check_layout.addWidget(self.check_result, 1)
        top.addWidget(check_box, 1)
        layout.addLayout(top)

        users_box = QGroupBox(self.tr("Gebruikers"))
        users_layout = QVBoxLayout(users_box)
        self.users_table = QTableWidget(0, 5)
        self.users_table.setHorizontalHeaderLabels(
            [self.tr("Naam"), self.tr("Login"), self.tr("Rollen"), self.tr("E-mail"), self.tr("Actief")]
        )
        self.users_table.verticalHeader().setVisible(False)
        self.users_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setAlternatingRowColors(True)
        header = self.users_table.horizontalHeader()
        for col in range(5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        users_layout.addWidget(self.users_table)
        note = QLabel(self.tr("Rollen wijzigen kan nog niet vanuit dit scherm."))
        make_muted(note)
        users_layout.addWidget(note)
        layout.addWidget(users_box, 2)

        self.check_button.clicked.connect(self._on_check_button_clicked)

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
        staff = list_staff(self._ctx)
        self.users_table.setRowCount(len(staff))
        yes, no = self.tr("ja"), self.tr("nee")
        for row, member in enumerate(staff):
            values = (
                member.display_name,
                member.login,
                ", ".join(tr_data(r) for r in member.roles),
                member.email,
                yes if member.active else no,
            )
            for col, value in enumerate(values):
                self.users_table.setItem(row, col, QTableWidgetItem(value))

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
