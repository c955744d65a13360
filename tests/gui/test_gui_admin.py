"""Beheer: the users (a team lead adds and changes them) and the calendar's month view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.support import shown_window
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.services.session import open_context
from wsedesk.services.users import UserInput, list_users, save_user
from wsedesk.views.conflict_dialog import ConflictDialog
from wsedesk.views.main_window import BEHEER, MainWindow
from wsedesk.views.users_dialog import UserDialog, UsersSection


def _window(qtbot: QtBot, ctx: AppContext, tmp_path: Path) -> MainWindow:
    win = shown_window(qtbot, ctx, tmp_path, BEHEER)
    return win


@pytest.fixture
def section(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> UsersSection:
    return _window(qtbot, demo_ctx, tmp_path).admin_page.users_section


def _row_of(section: UsersSection, login: str) -> int:
    table = section.users_table
    return next(r for r in range(table.rowCount()) if table.item(r, 1).text() == login)


def _open_user(qtbot: QtBot, section: UsersSection, login: str) -> UserDialog:
    section.users_table.selectRow(_row_of(section, login))
    qtbot.mouseClick(section.edit_button, Qt.MouseButton.LeftButton)
    assert section.dialog is not None
    return section.dialog


def test_team_lead_adds_a_user_with_email_and_role(
    qtbot: QtBot, section: UsersSection, demo_ctx: AppContext
) -> None:
    assert section.add_button.isEnabled()
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.dialog
    assert dialog is not None and dialog.windowTitle() == "Nieuwe gebruiker"
    qtbot.keyClicks(dialog.login_edit, "nina.smet")
    qtbot.keyClicks(dialog.name_edit, "Nina Smet")
    qtbot.keyClicks(dialog.email_edit, "nina.smet@vlaanderen.be")
    qtbot.keyClicks(dialog.phone_edit, "02 553 40 99")
    dialog.role_checks[next(r for r in dialog.role_checks if r.value == "projectadviseur")].setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = next(u for u in list_users(demo_ctx) if u.login == "nina.smet")
    assert (stored.display_name, stored.email, stored.phone) == (
        "Nina Smet",
        "nina.smet@vlaanderen.be",
        "02 553 40 99",
    )
    assert set(stored.roles) == {"dossierbehandelaar", "projectadviseur"}
    row = _row_of(section, "nina.smet")  # the list followed the change
    assert section.users_table.item(row, 3).text() == "nina.smet@vlaanderen.be"


def test_a_wrong_email_is_named_and_nothing_is_stored(
    qtbot: QtBot, section: UsersSection, demo_ctx: AppContext
) -> None:
    before = next(u for u in list_users(demo_ctx) if u.login == "an.peeters")
    dialog = _open_user(qtbot, section, "an.peeters")
    assert dialog.login_edit.isReadOnly() and dialog.email_edit.text() == before.email
    dialog.email_edit.setText("an.peeters-at-vlaanderen")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.message.text().startswith("E-mailadres: Dit is geen geldig e-mailadres")
    assert next(u for u in list_users(demo_ctx) if u.login == "an.peeters") == before
    dialog.email_edit.setText("an.peeters@werk.vlaanderen.be")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert (
        section.users_table.item(_row_of(section, "an.peeters"), 3).text() == "an.peeters@werk.vlaanderen.be"
    )


def test_a_colleague_saved_the_user_meanwhile(
    qtbot: QtBot, section: UsersSection, demo_ctx: AppContext, clock: FixedClock
) -> None:
    dialog = _open_user(qtbot, section, "bart.maes")
    assert demo_ctx.db.sqlite_path is not None
    colleague = open_context(f"sqlite:///{demo_ctx.db.sqlite_path}", clock=clock, login="an.peeters")
    try:
        theirs = next(u for u in list_users(colleague) if u.login == "bart.maes")
        save_user(
            colleague,
            theirs.id,
            UserInput(
                display_name=theirs.display_name,
                email="bart@vlaanderen.be",
                phone=theirs.phone,
                roles=theirs.roles,
            ),
            expected_version=theirs.version,
            original=theirs.editable_values(),
        )
    finally:
        colleague.close()
    dialog.phone_edit.setText("02 553 49 99")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    conflict = dialog.conflict_dialog
    assert isinstance(conflict, ConflictDialog) and conflict.isVisible()
    assert "An Peeters" in conflict.summary_label.text()
    stored = next(u for u in list_users(demo_ctx) if u.login == "bart.maes")
    assert stored.email == "bart@vlaanderen.be" and stored.phone != "02 553 49 99"  # nothing overwritten
    conflict.done(ConflictDialog.KEEP_MINE_ON_THEIRS)
    assert dialog.email_edit.text() == "bart@vlaanderen.be" and dialog.phone_edit.text() == "02 553 49 99"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = next(u for u in list_users(demo_ctx) if u.login == "bart.maes")
    assert (stored.email, stored.phone) == ("bart@vlaanderen.be", "02 553 49 99")


@pytest.fixture
def inspector_ctx(demo_ctx: AppContext, second_user: Callable[..., AppContext]) -> AppContext:
    return second_user(demo_ctx, login="lieven.desmet")


def test_only_a_team_lead_manages_users(qtbot: QtBot, inspector_ctx: AppContext, tmp_path: Path) -> None:
    section = _window(qtbot, inspector_ctx, tmp_path).admin_page.users_section
    assert not section.add_button.isEnabled()
    assert section.permission_label.isVisible()
    dialog = _open_user(qtbot, section, "an.peeters")
    assert section.edit_button.text() == "&Bekijken…"
    assert not dialog.save_button.isEnabled() and dialog.permission_label.isVisible()


def test_calendar_month_shows_which_days_count(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> None:
    page = _window(qtbot, demo_ctx, tmp_path).admin_page
    page.tabs.setCurrentWidget(page.calendar_section)
    month = page.calendar_section.month_view
    assert month.shown_month == (2025, 6)  # the month of the test clock
    assert month.title_label.text() == "juni 2025"
    # June 2025: Pinkstermaandag on 9 June; 21 working days.
    assert month.kind_of(date(2025, 6, 9)) == "public_holiday"
    cell = month.cell_of(date(2025, 6, 9))
    assert cell is not None and "Pinkstermaandag" in cell.text() and "telt niet mee" in cell.toolTip()
    assert month.kind_of(date(2025, 6, 14)) == "weekend"
    assert "20 werkdagen" in month.summary_label.text() and "9 Pinkstermaandag" in month.summary_label.text()
    qtbot.mouseClick(month.next_button, Qt.MouseButton.LeftButton)
    assert month.shown_month == (2025, 7)
    cell = month.cell_of(date(2025, 7, 11))  # the Flemish holiday: a closing day, not a legal one
    assert cell is not None and month.kind_of(date(2025, 7, 11)) == "closing_day"
    assert "sluitingsdag" in cell.toolTip()
    # A team lead adds a bridge day: the month view marks it at once.
    section = page.calendar_section
    bridge = month.cell_of(date(2025, 7, 14))
    assert bridge is not None
    qtbot.mouseClick(
        month.table.viewport(), Qt.MouseButton.LeftButton, pos=month.table.visualItemRect(bridge).center()
    )
    assert section.date_edit.date().toString("dd/MM/yyyy") == "14/07/2025"
    qtbot.keyClicks(section.name_edit, "Brugdag")
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert month.shown_month == (2025, 7)
    assert month.kind_of(date(2025, 7, 14)) == "closing_day"
    cell = month.cell_of(date(2025, 7, 14))
    assert cell is not None and "Brugdag" in cell.text()
