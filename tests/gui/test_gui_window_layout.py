"""The main window on a 1366×768 laptop screen (issue #12): it fits, remembers, names itself once,
and shows every action with its shortcut in a menu.

The GUI tests' offscreen screen is 1366×768 (tests/conftest.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.support import exposed
from wsedesk import APP_NAME, __version__
from wsedesk.context import AppContext
from wsedesk.paths import user_log_dir
from wsedesk.services.dossiers import DossierFilter, list_dossiers
from wsedesk.views import main_window
from wsedesk.views.common import FRAME_ALLOWANCE
from wsedesk.views.main_window import DOSSIERS, WERKBAK, MainWindow
from wsedesk.views.tasks import SynchronousTaskRunner

LAPTOP = QSize(1366, 768)


@pytest.fixture
def window_ini(tmp_path: Path) -> Path:
    return tmp_path / "window.ini"


def open_window(qtbot: QtBot, ctx: AppContext, ini: Path) -> MainWindow:
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    return exposed(qtbot, MainWindow(ctx, tasks=SynchronousTaskRunner(), settings=settings))


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, window_ini: Path) -> Iterator[MainWindow]:
    yield open_window(qtbot, demo_ctx, window_ini)


def fits(win: MainWindow) -> bool:
    return win.width() <= LAPTOP.width() and win.height() <= LAPTOP.height()


def test_the_screen_is_a_laptop(qapp: QApplication) -> None:
    assert QGuiApplication.primaryScreen().availableGeometry().size() == LAPTOP


def test_title_names_the_program_once(window: MainWindow, demo_ctx: AppContext) -> None:
    # Qt adds the application's display name to a title that does not end with it.
    QApplication.setApplicationDisplayName(APP_NAME)
    title = window.windowTitle()
    assert title == f"{demo_ctx.db.describe()} — {APP_NAME}"
    assert title.count(APP_NAME) == 1 and title.endswith(APP_NAME)


def test_first_start_fits_the_laptop_screen(window: MainWindow) -> None:
    assert fits(window)
    assert window.width() == 1280  # as wide as before; the height gives way
    assert window.frameGeometry().height() <= LAPTOP.height()


def test_no_page_or_dossier_type_widens_the_window(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext
) -> None:
    for row in range(len(window.pages)):
        window.show_page(row)
        qtbot.wait(1)
        assert fits(window), f"page {row} makes the window {window.size()}"
        assert window.minimumSizeHint().width() <= LAPTOP.width()
    window.show_page(DOSSIERS)
    detail = window.dossiers_page.detail
    for dossier_type in ("ED", "QR", "MW", "DV", "TW", "KB"):
        for row in list_dossiers(demo_ctx, DossierFilter(dossier_type=dossier_type), limit=3):
            detail.load(row.id)
            for tab in range(detail.tabs.count()):
                detail.tabs.setCurrentIndex(tab)
                qtbot.wait(1)
                assert fits(window), f"{row.reference}, tab {tab}: {window.size()}"
                assert window.minimumSizeHint().width() <= LAPTOP.width(), row.reference


def test_a_size_remembered_on_a_bigger_screen_is_fitted(
    qtbot: QtBot, demo_ctx: AppContext, window_ini: Path
) -> None:
    first = open_window(qtbot, demo_ctx, window_ini)
    first.setGeometry(0, 0, 1900, 1150)  # as on the office's big screen
    first.save_state()
    first.close()
    again = open_window(qtbot, demo_ctx, window_ini)
    assert fits(again)


def test_columns_sort_and_splitter_are_remembered(
    qtbot: QtBot, demo_ctx: AppContext, window_ini: Path
) -> None:
    first = open_window(qtbot, demo_ctx, window_ini)
    first.show_page(DOSSIERS)
    table = first.dossiers_page.list_view.table
    header = table.horizontalHeader()
    header.resizeSection(0, 171)
    ingediend = QPoint(header.sectionViewportPosition(6) + header.sectionSize(6) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=ingediend)
    sort_key, descending = (
        first.dossiers_page.list_view.model.sort_key,
        first.dossiers_page.list_view.model.descending,
    )
    assert sort_key != "reference"
    first_reference = first.dossiers_page.list_view.model.dossier_row(0).reference
    first.dossiers_page.browser.setSizes([200, 400])
    splitter = first.dossiers_page.browser.sizes()
    first.close()  # closeEvent saves the state

    again = open_window(qtbot, demo_ctx, window_ini)
    again.show_page(DOSSIERS)
    table = again.dossiers_page.list_view.table
    model = again.dossiers_page.list_view.model
    assert table.columnWidth(0) == 171
    assert (model.sort_key, model.descending) == (sort_key, descending)
    assert table.horizontalHeader().sortIndicatorSection() == 6
    assert model.dossier_row(0).reference == first_reference  # the database was asked in that order
    assert again.dossiers_page.browser.sizes() == splitter


def menu_titles(win: MainWindow) -> list[str]:
    return [action.text() for action in win.menuBar().actions()]


def menu(win: MainWindow, title: str) -> QMenu:
    action = next(a for a in win.menuBar().actions() if a.text() == title)
    found = action.menu()
    assert isinstance(found, QMenu)
    return found


def test_menus_show_every_shortcut(window: MainWindow) -> None:
    assert menu_titles(window)[:3] == ["&Bestand", "&Aanvragen", "B&eeld"]
    assert menu_titles(window)[-1] == "&Help"
    shown: dict[str, str] = {}
    for top in window.menuBar().actions():
        sub = top.menu()
        assert isinstance(sub, QMenu)
        for action in sub.actions():
            if not action.isSeparator():
                assert action.text(), f"an action without text in {top.text()}"
                shown[action.text()] = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
    # Every shortcut the window answers to is in a menu, with its keys beside it.
    for action in window.actions():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        if keys:
            assert shown.get(action.text()) == keys, f"{keys} is not shown in a menu"
    view = [a.text() for a in menu(window, "B&eeld").actions() if not a.isSeparator()]
    assert view[:6] == ["Werkbak", "Dossiers", "Organisaties", "Verslagen", "Bezoeken", "Beheer"]
    assert shown["Werkbak"] == "Ctrl+1" and shown["Beheer"] == "Ctrl+6"
    assert shown["&Vernieuwen"] == "F5" and shown["&Zoeken in de lijst"] == "Ctrl+F"
    assert shown["&Opslaan"] == "Ctrl+S" and shown["&Instellingen…"] == "Ctrl+,"
    assert shown["&Handleiding"] == "F1"


def test_help_menu_opens_the_guide_the_log_folder_and_about(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.guide_action.trigger()
    guide = window.guide_window
    assert guide is not None and guide.isVisible()
    assert guide.page == "index.md"
    assert "Handleiding" in guide.browser.toPlainText()

    opened: list[Path] = []
    monkeypatch.setattr(main_window, "open_folder", lambda folder: opened.append(folder) or True)
    window.log_folder_action.trigger()
    assert opened == [user_log_dir()]
    assert str(user_log_dir()) in window.statusBar().currentMessage()

    window.about_action.trigger()
    box = window.about_box
    assert box is not None and box.isVisible()
    assert __version__ in box.text() and APP_NAME in box.windowTitle()
    box.close()
    guide.close()


def test_werkbak_at_the_first_size_shows_ten_rows_and_readable_organisations(window: MainWindow) -> None:
    table = window.werkbak_page.list_view.table
    assert table.model().rowCount() >= 10
    rows_shown = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows_shown >= 10
    organisation = table.columnWidth(6)
    assert organisation >= table.fontMetrics().horizontalAdvance("Michiels Houtbewerking BV")


# The Werkbak's window on a bare offscreen screen (`./scripts/demo` on a headless machine): its
# narrowest; the Dossiers page's filter row asks more.
NARROW = 983


@pytest.mark.parametrize("width", [NARROW, LAPTOP.width()])
def test_no_dossier_action_button_is_clipped(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext, width: int
) -> None:
    window.show_page(WERKBAK)
    window.resize(width, 700)
    detail = window.werkbak_page.detail
    checked = 0
    for dossier_type in ("ED", "QR", "MW", "DV", "TW", "KB"):
        for row in list_dossiers(demo_ctx, DossierFilter(dossier_type=dossier_type), limit=2):
            detail.load(row.id)
            qtbot.wait(1)
            assert window.width() == width
            for button in detail.findChildren(QPushButton):
                if button.isVisible():
                    checked += 1
                    assert button.width() >= button.sizeHint().width(), (
                        f"{row.reference}: '{button.text()}' is {button.width()} px wide, "
                        f"needs {button.sizeHint().width()}"
                    )
                    right_edge = button.mapTo(detail, QPoint(button.width(), 0)).x()
                    assert right_edge <= detail.width(), f"{row.reference}: '{button.text()}' runs off"
    assert checked > 20


def test_dialogs_that_size_themselves_fit_the_laptop_screen_with_their_frame(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext
) -> None:
    """The template editor asked for 1,320 × 860 and the letter dialog for 1,200 × 820: on a
    1366 × 768 laptop with a task bar their buttons were below the screen. Every dialog now asks
    through views/common.resize_to_fit, which leaves room for the frame."""
    from wsedesk.views.letter_dialog import LetterDialog
    from wsedesk.views.reference_editor import ReferenceDataDialog
    from wsedesk.views.template_editor import TemplateEditorDialog

    row = list_dossiers(demo_ctx, DossierFilter(dossier_type="ED", status="in_onderzoek"), limit=1)[0]
    for dialog in (
        TemplateEditorDialog(demo_ctx, parent=window),
        LetterDialog(demo_ctx, row.id, window.ops, parent=window, kind="advies"),
        ReferenceDataDialog(demo_ctx, window.ops, window),
    ):
        dialog.show()
        name = type(dialog).__name__
        assert dialog.height() + FRAME_ALLOWANCE.height() <= LAPTOP.height(), name
        assert dialog.width() + FRAME_ALLOWANCE.width() <= LAPTOP.width(), name
        dialog.close()
