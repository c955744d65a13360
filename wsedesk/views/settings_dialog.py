"""Bestand → Instellingen: the database (a SQLite file or a PostgreSQL server), the Werkbak, the language.

Thin: every choice goes to services/connection.py and services/preferences.py. The password is
typed here and goes to the system keyring, never to the settings file. A new database or
language applies from the next start; the Werkbak's lead time from the next refresh.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wsedesk.context import AppContext
from wsedesk.errors import UserError
from wsedesk.services.backup import restore_backup
from wsedesk.services.connection import (
    DEFAULT_PORT,
    SSL_MODES,
    PostgresTarget,
    SqliteTarget,
    Target,
    choose_connection,
    parse_target,
    target_url,
    try_connection,
)
from wsedesk.services.database import backup
from wsedesk.services.preferences import (
    MAX_REMINDER_LEAD_DAYS,
    MAX_WARN_WORKING_DAYS,
    set_language,
    set_reminder_lead_days,
    set_warn_working_days,
)
from wsedesk.views.common import format_number, tr_data
from wsedesk.views.widgets import left_row, ok_cancel_buttons

SSL_LABELS = {
    "disable": "geen TLS",
    "prefer": "TLS als de server het kan",
    "require": "TLS verplicht",
    "verify-ca": "TLS, certificaat controleren",
    "verify-full": "TLS, certificaat en servernaam controleren (verify-full)",
}
LANGUAGE_LABELS = {"nl": "Nederlands", "en": "English"}


def _sqlite_file(path: str) -> str:
    """A new database file's name as typed in a save dialog, with .sqlite added when it has no
    SQLite ending of its own."""
    return path if path.endswith((".sqlite", ".db")) else f"{path}.sqlite"


def _number_row(form: QFormLayout, label: str, maximum: int, suffix: str, hint: str) -> QSpinBox:
    """A number setting (0 to `maximum`) as a form row, with a line under it saying what it does."""
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSuffix(suffix)
    form.addRow(label, spin)
    note = QLabel(hint)
    note.setWordWrap(True)
    form.addRow(note)
    return spin


class SettingsDialog(QDialog):
    """The settings of this user: which database, when a term is "binnenkort", which language."""

    settings_saved = Signal(bool)  # True when the database changed (a restart opens the new one)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Instellingen"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._database_tab(), self.tr("&Database"))
        self.tabs.addTab(self._werkbak_tab(), self.tr("&Werkbak"))
        self.tabs.addTab(self._language_tab(), self.tr("&Taal"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: palette(highlight);")
        self.error_label.hide()
        self.buttons = ok_cancel_buttons(self, self._on_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._load()

    # --- building ------------------------------------------------------------------------------

    def _database_tab(self) -> QWidget:
        tab = QWidget()
        self.sqlite_radio = QRadioButton(self.tr("Een &bestand op deze computer (SQLite)"))
        self.postgres_radio = QRadioButton(self.tr("Een &server voor het team (PostgreSQL)"))
        group = QButtonGroup(tab)
        group.addButton(self.sqlite_radio)
        group.addButton(self.postgres_radio)

        self.sqlite_box = QGroupBox(self.tr("Bestand"))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Databasebestand"))
        self.open_button = QPushButton(self.tr("&Openen…"))
        self.new_button = QPushButton(self.tr("&Nieuw…"))
        self.backup_button = QPushButton(self.tr("&Backup maken…"))
        self.restore_button = QPushButton(self.tr("Backup &terugzetten…"))
        self.restore_button.setToolTip(
            self.tr(
                "Een backup terugzetten in een nieuw databasebestand (teamverantwoordelijke); "
                "dat bestand opent bij de volgende start"
            )
        )
        self.restore_button.clicked.connect(self._on_restore)
        self.open_button.clicked.connect(self._on_open_file)
        self.new_button.clicked.connect(self._on_new_file)
        self.backup_button.clicked.connect(self._on_backup)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.open_button)
        file_row.addWidget(self.new_button)
        sqlite_layout = QVBoxLayout(self.sqlite_box)
        sqlite_layout.addLayout(file_row)
        sqlite_layout.addLayout(left_row(self.backup_button, self.restore_button))

        self.postgres_box = QGroupBox(self.tr("Server"))
        self.host_edit = QLineEdit()
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("leeg: het bewaarde wachtwoord"))
        self.ssl_combo = QComboBox()
        for mode in SSL_MODES:
            self.ssl_combo.addItem(self.tr(SSL_LABELS[mode]), mode)
        self.ca_edit = QLineEdit()
        self.ca_edit.setPlaceholderText(self.tr("CA-certificaat (.pem), nodig voor de controle"))
        self.ca_button = QPushButton(self.tr("&Kiezen…"))
        self.ca_button.setAccessibleName(self.tr("CA-certificaat kiezen"))
        self.ca_button.clicked.connect(self._on_choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.ca_button)
        form = QFormLayout(self.postgres_box)
        form.addRow(self.tr("&Server"), self.host_edit)
        form.addRow(self.tr("&Poort"), self.port_spin)
        form.addRow(self.tr("D&atabase"), self.database_edit)
        form.addRow(self.tr("&Gebruiker"), self.user_edit)
        form.addRow(self.tr("&Wachtwoord"), self.password_edit)
        form.addRow(self.tr("T&LS"), self.ssl_combo)
        ca_label = QLabel(self.tr("&CA-certificaat"))
        ca_label.setBuddy(self.ca_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(ca_label, ca_row)

        self.test_button = QPushButton(self.tr("&Verbinding testen"))
        self.test_button.clicked.connect(self._on_test)
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.verdict_label, 1)

        note = QLabel(self.tr("Een andere database wordt geopend bij de volgende start van WSE Desk."))
        note.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.sqlite_radio)
        layout.addWidget(self.sqlite_box)
        layout.addWidget(self.postgres_radio)
        layout.addWidget(self.postgres_box)
        layout.addLayout(test_row)
        layout.addWidget(note)
        layout.addStretch(1)
        self.sqlite_radio.toggled.connect(self._on_kind_toggled)
        return tab

    def _werkbak_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.warn_spin = _number_row(
            form,
            self.tr("'&Binnenkort' bij hoogstens"),
            MAX_WARN_WORKING_DAYS,
            self.tr(" werkdagen"),
            self.tr(
                "Een termijn kleurt oranje in de Werkbak wanneer er nog hoogstens zoveel werkdagen "
                "overblijven tot de vervaldag."
            ),
        )
        self.reminder_spin = _number_row(
            form,
            self.tr("&Herinnering einde erkenning"),
            MAX_REMINDER_LEAD_DAYS,
            self.tr(" dagen"),
            self.tr(
                "Zoveel kalenderdagen voor het einde van een erkenning (ED-7, 5 jaar) toont de Werkbak een "
                "herinnering."
            ),
        )
        return tab

    def _language_tab(self) -> QWidget:
        tab = QWidget()
        self.language_combo = QComboBox()
        for code, label in LANGUAGE_LABELS.items():
            self.language_combo.addItem(label, code)
        form = QFormLayout(tab)
        form.addRow(self.tr("&Taal van het programma"), self.language_combo)
        hint = QLabel(
            self.tr("De nieuwe taal geldt vanaf de volgende start. Brieven blijven in het Nederlands.")
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        return tab

    # --- state ---------------------------------------------------------------------------------

    def _load(self) -> None:
        settings = self._ctx.settings
        current = settings.database_url or target_url(SqliteTarget(self._ctx.db.sqlite_path or Path()))
        try:
            target = parse_target(current)
        except UserError:
            target = SqliteTarget(Path())
        if isinstance(target, SqliteTarget):
            self.sqlite_radio.setChecked(True)
            self.path_edit.setText(str(target.path))
        else:
            self.postgres_radio.setChecked(True)
            self.host_edit.setText(target.host)
            self.port_spin.setValue(target.port)
            self.database_edit.setText(target.database)
            self.user_edit.setText(target.user)
            self.ssl_combo.setCurrentIndex(max(0, self.ssl_combo.findData(target.sslmode)))
            self.ca_edit.setText(target.sslrootcert)
        self._on_kind_toggled()
        self._loaded_url = target_url(target)
        self.warn_spin.setValue(settings.warn_working_days)
        self.reminder_spin.setValue(settings.reminder_lead_days)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))

    def target(self) -> Target:
        """What the form says now (not yet checked)."""
        if self.sqlite_radio.isChecked():
            return SqliteTarget(Path(self.path_edit.text().strip()))
        return PostgresTarget(
            host=self.host_edit.text().strip(),
            database=self.database_edit.text().strip(),
            user=self.user_edit.text().strip(),
            port=self.port_spin.value(),
            sslmode=str(self.ssl_combo.currentData()),
            sslrootcert=self.ca_edit.text().strip(),
        )

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # --- slots ---------------------------------------------------------------------------------

    def _on_kind_toggled(self, *_: object) -> None:
        sqlite = self.sqlite_radio.isChecked()
        self.sqlite_box.setEnabled(sqlite)
        self.postgres_box.setEnabled(not sqlite)
        self.backup_button.setEnabled(sqlite and self._ctx.db.is_sqlite)

    def _on_open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Databasebestand openen"),
            self.path_edit.text(),
            self.tr("SQLite-databases (*.sqlite *.db)"),
        )
        if path:
            self.path_edit.setText(path)

    def _on_new_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Nieuw databasebestand"), "", self.tr("SQLite-databases (*.sqlite)")
        )
        if path:
            self.path_edit.setText(_sqlite_file(path))

    def _on_backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Backup bewaren als"), "", self.tr("SQLite-databases (*.sqlite)")
        )
        if not path:
            return
        try:
            written = backup(self._ctx, Path(path))
        except UserError as exc:
            self._show_error(str(exc))
            return
        self._show_error("")
        self.verdict_label.setText(self.tr("Backup geschreven naar {p}.").format(p=written))

    def _on_restore(self) -> None:
        """A backup goes into a new file, never over the open database; that file is then chosen."""
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("Backup kiezen"), "", self.tr("SQLite-backups (*.sqlite *.db);;Alle bestanden (*)")
        )
        if not source:
            return
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Terugzetten in een nieuw databasebestand"),
            "",
            self.tr("SQLite-databases (*.sqlite)"),
        )
        if not target:
            return
        path = Path(_sqlite_file(target))
        if path.exists() or (self._ctx.db.sqlite_path is not None and path == self._ctx.db.sqlite_path):
            self._show_error(
                self.tr("Kies een nieuw bestand: een backup wordt nooit over een bestaande database gezet.")
            )
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = restore_backup(Path(source), f"sqlite:///{path}", login=self._ctx.user.login)
        except UserError as exc:
            self._show_error(tr_data(exc.message))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_error("")
        self.sqlite_radio.setChecked(True)
        self.path_edit.setText(str(path))
        self.verdict_label.setText(
            self.tr(
                "Backup teruggezet in {p} ({n} rijen). Kies OK om die database bij de volgende start te openen."
            ).format(p=path, n=format_number(sum(result.rows.values())))
        )

    def _on_choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA-certificaat kiezen"), self.ca_edit.text(), self.tr("Certificaten (*.pem *.crt)")
        )
        if path:
            self.ca_edit.setText(path)

    def _on_test(self) -> None:
        verdict = try_connection(self.target(), self.password_edit.text() or None)
        self.verdict_label.setText(("✔ " if verdict.ok else "✘ ") + tr_data(verdict.message))
        self.verdict_label.setProperty("ok", verdict.ok)

    def _on_ok(self) -> None:
        settings = self._ctx.settings
        try:
            target = self.target()
            changed = target_url(target) != self._loaded_url or bool(self.password_edit.text())
            if changed:
                choose_connection(settings, target, self.password_edit.text() or None)
            set_warn_working_days(settings, self.warn_spin.value())
            set_reminder_lead_days(settings, self.reminder_spin.value())
            set_language(settings, str(self.language_combo.currentData()))
        except UserError as exc:
            self._show_error(tr_data(str(exc)))
            return
        self.settings_saved.emit(changed)
        self.accept()
