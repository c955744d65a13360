"""Bestand → Instellingen against a real PostgreSQL with TLS: test, choose, refuse clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.gui.support import main_window, shown
from tests.pg.tls import DATABASE, PASSWORD, ROLE, MemoryKeyring, TlsPostgresServer
from wsedesk.context import AppContext
from wsedesk.services.session import open_context
from wsedesk.services.users import list_users
from wsedesk.settings import settings_path
from wsedesk.views.settings_dialog import SettingsDialog


@pytest.fixture
def dialog(qtbot: QtBot, sqlite_ctx: AppContext) -> SettingsDialog:
    dlg = shown(qtbot, SettingsDialog(sqlite_ctx))
    return dlg


def fill(
    dialog: SettingsDialog, server: TlsPostgresServer, *, password: str = PASSWORD, ca: str = ""
) -> None:
    dialog.postgres_radio.setChecked(True)
    dialog.host_edit.setText("localhost")
    dialog.port_spin.setValue(server.port)
    dialog.database_edit.setText(DATABASE)
    dialog.user_edit.setText(ROLE)
    dialog.password_edit.setText(password)
    dialog.ssl_combo.setCurrentIndex(dialog.ssl_combo.findData("verify-full"))
    dialog.ca_edit.setText(ca or str(server.ca))


def test_the_dialog_shows_the_open_sqlite_file(dialog: SettingsDialog, sqlite_ctx: AppContext) -> None:
    assert dialog.sqlite_radio.isChecked() and dialog.path_edit.text() == str(sqlite_ctx.db.sqlite_path)
    assert not dialog.postgres_box.isEnabled() and dialog.backup_button.isEnabled()
    assert dialog.warn_spin.value() == 5 and dialog.language_combo.currentData() == "nl"
    assert dialog.reminder_spin.value() == 90  # ED-7 reminder lead time


@pytest.mark.postgres
def test_good_credentials(qtbot: QtBot, dialog: SettingsDialog, tls_server: TlsPostgresServer) -> None:
    fill(dialog, tls_server)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.verdict_label.text().startswith("✔ Verbonden met PostgreSQL 15")
    assert "versleuteld (TLS)" in dialog.verdict_label.text()


@pytest.mark.postgres
def test_bad_password(qtbot: QtBot, dialog: SettingsDialog, tls_server: TlsPostgresServer) -> None:
    fill(dialog, tls_server, password="verkeerd")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.verdict_label.text() == (
        "✘ De server weigert deze gebruiker met dit wachtwoord. Controleer gebruiker en wachtwoord."
    )


@pytest.mark.postgres
def test_wrong_certificate_with_verify_full(
    qtbot: QtBot, dialog: SettingsDialog, tls_server: TlsPostgresServer
) -> None:
    fill(dialog, tls_server, ca=str(tls_server.other_ca))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    text = dialog.verdict_label.text()
    assert text.startswith(
        "✘ Het certificaat van de server is niet ondertekend door het gekozen CA-certificaat"
    )


@pytest.mark.postgres
def test_ok_keeps_the_url_in_the_settings_and_the_password_in_the_keyring(
    qtbot: QtBot, dialog: SettingsDialog, tls_server: TlsPostgresServer, memory_keyring: MemoryKeyring
) -> None:
    fill(dialog, tls_server)
    dialog.warn_spin.setValue(8)
    dialog.reminder_spin.setValue(60)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    with qtbot.waitSignal(dialog.settings_saved) as saved:
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert saved.args == [True] and not dialog.isVisible()
    stored = json.loads(settings_path().read_text(encoding="utf-8"))
    assert stored["database_url"].startswith(
        f"postgresql+psycopg://{ROLE}@localhost:{tls_server.port}/{DATABASE}?"
    )
    assert PASSWORD not in json.dumps(stored)
    assert stored["warn_working_days"] == 8 and stored["language"] == "en" and stored["settings_version"] == 3
    assert stored["reminder_lead_days"] == 60
    assert list(memory_keyring.passwords.values()) == [PASSWORD]


def test_without_a_keyring_ok_says_why_and_stays_open(
    qtbot: QtBot, dialog: SettingsDialog, tmp_path: object, no_keyring: None
) -> None:
    dialog.postgres_radio.setChecked(True)
    dialog.host_edit.setText("db.wse.vlaanderen.be")
    dialog.database_edit.setText("wsedesk")
    dialog.user_edit.setText("piet")
    dialog.password_edit.setText("geheim")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and not dialog.error_label.isHidden()
    assert "geen systeemsleutelhanger" in dialog.error_label.text()
    assert not settings_path().exists()


def test_bestand_instellingen_opens_the_dialog(qtbot: QtBot, demo_ctx: AppContext, tmp_path: object) -> None:

    win = main_window(qtbot, demo_ctx, tmp_path)
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus[0] == "&Bestand"
    assert win.settings_action.shortcut().toString() == "Ctrl+,"
    win.settings_action.trigger()
    assert isinstance(win.settings_dialog, SettingsDialog) and win.settings_dialog.isVisible()
    win.settings_dialog.reject()


def test_a_backup_is_restored_into_a_new_file_that_opens_next(
    qtbot: QtBot,
    dialog: SettingsDialog,
    sqlite_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup_file = tmp_path / "backup.sqlite"
    restored = tmp_path / "teruggezet"
    answers = iter([(str(backup_file), ""), (str(restored), "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: next(answers))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert backup_file.exists() and dialog.verdict_label.text().startswith("Backup geschreven naar")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(backup_file), ""))
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "teruggezet.sqlite"
    assert target.exists()
    assert dialog.path_edit.text() == str(target) and dialog.sqlite_radio.isChecked()
    assert dialog.verdict_label.text().startswith(f"Backup teruggezet in {target} (")
    assert not dialog.error_label.isVisible()
    restored_ctx = open_context(f"sqlite:///{target}", clock=sqlite_ctx.clock, login=sqlite_ctx.user.login)
    try:
        assert [u.login for u in list_users(restored_ctx)] == [u.login for u in list_users(sqlite_ctx)]
    finally:
        restored_ctx.close()


def test_a_backup_is_never_restored_over_an_existing_file(
    qtbot: QtBot,
    dialog: SettingsDialog,
    sqlite_ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    existing = tmp_path / "bestaat.sqlite"
    existing.write_bytes(b"")
    assert sqlite_ctx.db.sqlite_path is not None
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(sqlite_ctx.db.sqlite_path), "")
    )
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(existing), ""))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("Kies een nieuw bestand")
    assert existing.read_bytes() == b"" and dialog.path_edit.text() == str(sqlite_ctx.db.sqlite_path)
