"""The main window: navigation, shortcuts, status bar, Werkbak, the placeholder pages and Beheer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.support import exposed
from wsedesk.context import AppContext
from wsedesk.services.dossiers import DossierFilter, count_dossiers
from wsedesk.services.terms import WorkFilter, count_work, worklist
from wsedesk.views.main_window import BEHEER, DOSSIERS, ORGANISATIES, WERKBAK, MainWindow
from wsedesk.views.tasks import SynchronousTaskRunner

# The offscreen platform cannot pass size hints to a window system; that is not our warning.

PAGE_NAMES = ("Werkbak", "Dossiers", "Organisaties", "Verslagen", "Bezoeken", "Beheer")


@pytest.fixture
def window_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, window_settings: QSettings) -> Iterator[MainWindow]:
    win = exposed(qtbot, MainWindow(demo_ctx, tasks=SynchronousTaskRunner(), settings=window_settings))
    win.activateWindow()
    yield win


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """A shortcut as the user types it: sent to whatever has focus in the window."""
    target = QApplication.focusWidget() or win
    qtbot.keyClick(target, key, modifier)


def test_opens_on_werkbak_with_title_and_default_size(window: MainWindow, demo_ctx: AppContext) -> None:
    assert window.windowTitle() == f"{demo_ctx.db.describe()} — WSE Desk"  # the name once, at the end
    assert window.stack.currentIndex() == WERKBAK
    assert window.nav.currentRow() == WERKBAK
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == list(PAGE_NAMES)
    # 1280 × 800 where the screen allows; the tests' 1366 × 768 screen leaves room for 728.
    assert (window.width(), window.height()) == (1280, 728)


def test_status_bar_names_database_and_user(window: MainWindow, demo_ctx: AppContext) -> None:
    assert demo_ctx.db.describe() in window.database_label.text()
    user_text = window.user_label.text()
    assert demo_ctx.user.display_name in user_text
    assert "Teamverantwoordelijke" in user_text  # the first user of a database is its team lead


def test_navigation_list_switches_pages(qtbot: QtBot, window: MainWindow) -> None:
    for row in (ORGANISATIES, DOSSIERS, BEHEER, WERKBAK):
        item = window.nav.item(row)
        rect = window.nav.visualItemRect(item)
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.stack.currentIndex() == row
        assert window.stack.currentWidget() is window.pages[row]


def test_ctrl_number_shortcuts_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    keys = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6)
    for index in (1, 5, 2, 0, 4, 3):
        press(qtbot, window, keys[index], Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentIndex() == index, PAGE_NAMES[index]
        assert window.nav.currentRow() == index


def test_ctrl_f_focuses_search_and_from_werkbak_goes_to_dossiers(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == DOSSIERS  # Werkbak has no search field of its own
    qtbot.waitUntil(lambda: window.dossiers_page.list_view.search_edit.hasFocus())

    window.show_page(ORGANISATIES)
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == ORGANISATIES
    qtbot.waitUntil(lambda: window.organisations_page.search_edit.hasFocus())
    assert isinstance(QApplication.focusWidget(), QLineEdit)


def test_f5_reads_the_list_again(qtbot: QtBot, window: MainWindow, demo_ctx: AppContext) -> None:
    window.show_page(DOSSIERS)
    model = window.dossiers_page.list_view.model
    resets: list[float] = []
    model.reset_timed.connect(resets.append)
    press(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier)
    assert len(resets) == 1
    assert model.total == count_dossiers(demo_ctx, DossierFilter())


def test_geometry_is_saved_on_close(qtbot: QtBot, window: MainWindow, window_settings: QSettings) -> None:
    window.resize(1100, 700)
    window.close()
    window_settings.sync()
    assert window_settings.value("main_window/geometry") is not None


def test_pages_load_their_data_only_when_shown(window: MainWindow) -> None:
    assert window.werkbak_page.list_view.model.loaded_rows > 0
    assert window.dossiers_page.list_view.model.loaded_rows == 0
    assert window.organisations_page.model.loaded_rows == 0
    window.show_page(DOSSIERS)
    assert window.dossiers_page.list_view.model.loaded_rows > 0


def test_werkbak_shows_my_open_terms_earliest_due_date_first(
    window: MainWindow, demo_ctx: AppContext
) -> None:
    page = window.werkbak_page
    assert page.heading.text() == "Werkbak"
    assert "vroegste vervaldag" in page.note.text()
    model = page.list_view.model
    mine = WorkFilter(assignee_id=demo_ctx.user.id)
    today = demo_ctx.clock.today()
    expected = worklist(demo_ctx, mine, as_of=today, limit=model.page_size)
    counts = count_work(demo_ctx, mine, as_of=today)
    assert model.total == sum(counts.values()) > 0
    assert [model.id_at(r) for r in range(model.rowCount())] == [i.term_row_id for i in expected]
    dues = [model.item(r).due for r in range(model.rowCount()) if model.item(r).due is not None]
    assert dues == sorted(dues)
    assert {model.item(r).assignee for r in range(model.rowCount())} == {demo_ctx.user.display_name}
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Licht",
        "Vervaldag",
        "Dagen",
        "Kenmerk",
        "Termijn",
        "Status",
        "Organisatie",
        "Behandelaar",
    ]
    assert page.list_view.mine_button.isChecked()


def test_bezoeken_is_the_visits_page_not_a_placeholder(window: MainWindow) -> None:
    # Issue #10 replaced the placeholder ("volgt") by the Bezoeken page (tests/gui/test_gui_visits.py).
    from wsedesk.views.visits_page import VisitsPage

    assert isinstance(window.visits_page, VisitsPage)
    assert not window.offline_banner.isVisible() and "OFFLINE" not in window.windowTitle()


def test_beheer_shows_database_users_and_runs_the_check(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext
) -> None:
    window.show_page(BEHEER)
    page = window.admin_page
    assert page.location_label.text() == demo_ctx.db.describe()
    assert page.backend_label.text() == "SQLite"
    assert "de nieuwste" in page.schema_label.text()
    logins = {page.users_table.item(r, 1).text() for r in range(page.users_table.rowCount())}
    assert {"tester", "an.peeters", "lieven.desmet"} <= logins
    roles = {
        page.users_table.item(r, 1).text(): page.users_table.item(r, 2).text() for r in range(len(logins))
    }
    assert roles["lieven.desmet"] == "Inspecteur"
    assert page.check_result.toPlainText() == ""
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.last_report is not None and page.last_report.ok
    assert page.check_result.toPlainText().startswith("In orde")
    assert "auditspoor" in page.check_result.toPlainText()
