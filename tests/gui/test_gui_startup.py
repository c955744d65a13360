"""Start-up (issue #13): the window paints before the database is opened and before the Werkbak's
query; the pages are built when first shown; the heavy libraries wait until they are used.

No timings here (bench/run measures them): only the order of things.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.gui.support import QueuedTaskRunner, exposed, main_window
from wsedesk.context import AppContext
from wsedesk.services.terms import WorkFilter, count_work
from wsedesk.views.common import format_number
from wsedesk.views.main_window import DOSSIERS, WERKBAK, MainWindow

ROOT = Path(__file__).resolve().parents[2]


def _window(qtbot: QtBot, tmp_path: Path, runner: QueuedTaskRunner) -> MainWindow:
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    return exposed(qtbot, MainWindow(None, tasks=runner, settings=settings))


def test_the_window_shows_before_the_database_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    win = _window(qtbot, tmp_path, QueuedTaskRunner())
    assert win.isVisible() and not win.attached
    assert win.database_label.text() == "De database wordt geopend…"
    assert [win.nav.item(i).text() for i in range(win.nav.count())][WERKBAK] == "Werkbak"
    assert not win.nav.isEnabled() and not win.menuBar().isEnabled()
    assert not win.save_action.isEnabled() and not win.page_actions[DOSSIERS].isEnabled()
    assert win.built_pages() == []  # no page, so no query, before the database is there
    win.close()  # closing before the database arrived is allowed


def test_the_werkbak_is_filled_when_the_runner_returns(
    qtbot: QtBot, tmp_path: Path, demo_ctx: AppContext
) -> None:
    runner = QueuedTaskRunner()
    win = _window(qtbot, tmp_path, runner)
    ready: list[bool] = []
    win.first_page_ready.connect(lambda: ready.append(True))

    win.attach(demo_ctx)
    assert win.nav.isEnabled() and win.save_action.isEnabled()
    assert demo_ctx.db.describe() in win.database_label.text()
    assert [type(p).__name__ for p in win.built_pages()] == ["WerkbakPage"]  # the others wait
    view = win.werkbak_page.list_view
    assert view.model.rowCount() == 0 and view.count_label.text() == "Termijnen worden gelezen…"
    assert runner.pending and not ready  # the Werkbak's query waits on the runner

    runner.run_first()  # the rows: shown, and the start is done, before the counts are read
    mine = count_work(demo_ctx, WorkFilter(assignee_id=demo_ctx.user.id), as_of=view.model.as_of)
    assert view.model.rowCount() == min(sum(mine.values()), demo_ctx.settings.page_size) > 0
    assert ready == [True] and set(view.model.counts.values()) == {0}
    # Until the counts are read the lights say so, never a false "0 verstreken".
    assert [b.text() for b in view.light_buttons.values()] == [
        "… verstreken",
        "… binnenkort",
        "… op schema",
        "… stilgelegd",
    ]
    assert runner.run_pending() >= 2  # the ED-7/ED-8 reminders and the counts queued behind the rows
    assert view.model.counts == mine
    total = sum(mine.values())
    assert total > 0 and view.model.total == total
    assert view.model.rowCount() == min(total, demo_ctx.settings.page_size)
    assert view.count_label.text().endswith("termijnen")
    assert view.light_buttons["overdue"].text() == f"{format_number(mine['overdue'])} verstreken"
    assert ready == [True]
    # The dossier panel is built after the rows have painted, then shows the first dossier.
    browser = win.werkbak_page.browser
    assert not browser.detail_built
    qtbot.waitUntil(lambda: browser.detail_built)
    runner.run_pending()  # the panel reads its dossier on the runner
    assert browser.detail.dossier_id == view.model.item(0).dossier_id  # the first one shown


def test_an_older_result_does_not_overwrite_a_newer_filter(
    qtbot: QtBot, tmp_path: Path, demo_ctx: AppContext
) -> None:
    runner = QueuedTaskRunner()
    win = _window(qtbot, tmp_path, runner)
    win.attach(demo_ctx)
    view = win.werkbak_page.list_view
    view.set_team_mode(True)  # the user chose the whole team before the first rows came
    team = sum(count_work(demo_ctx, WorkFilter(), as_of=view.model.as_of).values())
    assert view.model.total == team
    runner.run_pending()  # the first load (only my terms) arrives late and is dropped
    assert view.model.total == team and view.model.filter.assignee_id is None


def test_pages_are_built_when_first_shown(qtbot: QtBot, tmp_path: Path, demo_ctx: AppContext) -> None:
    win = main_window(qtbot, demo_ctx, tmp_path)
    assert len(win.built_pages()) == 1
    win.show_page(DOSSIERS)
    assert win.stack.currentWidget() is win.dossiers_page
    assert win.dossiers_page.list_view.model.rowCount() > 0
    assert len(win.built_pages()) == 2


def test_the_first_paint_imports_neither_the_database_nor_documents(demo_ctx: AppContext) -> None:
    """What the window needs to paint: Qt and the window's own module, no SQLAlchemy, reportlab,
    openpyxl; after every page was built, still no reportlab, openpyxl nor QtPdf (memory)."""
    code = (
        "import sys\n"
        "from wsedesk.app import create_application\n"
        "from wsedesk.settings import Settings\n"
        "from wsedesk.views.main_window import MainWindow\n"
        "from wsedesk.views.tasks import TaskRunner\n"
        "app = create_application(Settings())\n"
        "window = MainWindow(None, tasks=TaskRunner(app))\n"
        "window.show(); app.processEvents()\n"
        "heavy = ('sqlalchemy', 'reportlab', 'openpyxl', 'PySide6.QtPdf', 'numpy')\n"
        "print('painted', *[m for m in heavy if m in sys.modules])\n"
        "from wsedesk.services.session import open_context\n"
        "ctx = open_context(sys.argv[1])\n"
        "window.attach(ctx)\n"
        "for page in window.pages: page.activate()\n"
        "app.processEvents(); window.tasks.wait(); app.processEvents()\n"
        "print('all-pages', *[m for m in heavy[1:] if m in sys.modules])\n"
        "window.close(); ctx.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    url = f"sqlite:///{demo_ctx.db.sqlite_path}"
    demo_ctx.close()  # the program opens the file itself
    result = subprocess.run(
        [sys.executable, "-c", code, url], capture_output=True, text=True, env=env, timeout=300, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["painted", "all-pages"]


def test_modules_imported_after_qt_leave_their_source_unread() -> None:
    """PySide6 reads every later module's source to look for `__feature__` use (~20 MB kept in
    linecache at 100k); wsedesk.views answers by the module's name instead (issue #13)."""
    code = (
        "import linecache\n"
        "import PySide6.QtWidgets\n"
        "import wsedesk.views\n"
        "from wsedesk.rules.reports import submission_deadline\n"
        "print(sorted(k for k in linecache.cache if 'rules' in k))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
