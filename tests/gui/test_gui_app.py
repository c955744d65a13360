"""The composition root and the error hook: start-up, first paint, bad databases, errors in slots."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.support import shown_window
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError
from wsedesk.logfile import LOG_FILE_NAME
from wsedesk.paths import user_log_dir
from wsedesk.services.backup import auto_backup_dir
from wsedesk.views import dossier_detail
from wsedesk.views.error_reporter import ErrorReporter
from wsedesk.views.main_window import DOSSIERS, ORGANISATIES, MainWindow

ROOT = Path(__file__).resolve().parents[2]


pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, demo_ctx, tmp_path, DOSSIERS)


@pytest.fixture
def reporter(window: MainWindow) -> Iterator[ErrorReporter]:
    hook = ErrorReporter(window=lambda: window)
    hook.install()
    try:
        yield hook
    finally:
        hook.uninstall()
        if hook.last_dialog is not None:
            hook.last_dialog.close()


def edit_and_save(qtbot: QtBot, window: MainWindow) -> None:
    detail = window.dossiers_page.detail
    detail.notes_edit.setPlainText("iets")
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)


def test_user_error_in_a_slot_shows_a_warning_and_the_window_survives(
    qtbot: QtBot, window: MainWindow, reporter: ErrorReporter, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise BadInputError("Het onderwerp is te lang (maximaal 300 tekens).", where="Onderwerp")

    monkeypatch.setattr(dossier_detail, "update_dossier", refuse)
    edit_and_save(qtbot, window)

    box = reporter.last_dialog
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "Onderwerp: Het onderwerp is te lang (maximaal 300 tekens)."
    assert box.detailedText() == ""  # a user error carries no traceback
    box.accept()

    assert window.isVisible()
    assert window.dossiers_page.detail.notes_edit.toPlainText() == "iets"  # the input is still there
    window.show_page(ORGANISATIES)
    assert window.stack.currentIndex() == ORGANISATIES


def test_a_bug_in_a_slot_is_logged_and_shown_in_a_crash_dialog(
    qtbot: QtBot,
    window: MainWindow,
    reporter: ErrorReporter,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("kapotte code")

    monkeypatch.setattr(dossier_detail, "update_dossier", broken)
    edit_and_save(qtbot, window)

    box = reporter.last_dialog
    assert isinstance(box, QMessageBox)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "onverwachte fout" in box.windowTitle()
    assert str(user_log_dir() / LOG_FILE_NAME) in box.text()
    assert "RuntimeError: kapotte code" in box.informativeText()
    assert "Traceback" in box.detailedText() and "in broken" in box.detailedText()

    # A second failure while the dialog is open is logged, not stacked as another dialog.
    qtbot.mouseClick(window.dossiers_page.detail.save_button, Qt.MouseButton.LeftButton)
    assert reporter.last_dialog is box
    box.close()

    text = log_file.read_text(encoding="utf-8")
    assert text.count("RuntimeError: kapotte code") == 2
    assert "Traceback" in text
    assert window.isVisible()


def test_uninstall_restores_the_previous_hook(window: MainWindow) -> None:
    before = sys.excepthook
    hook = ErrorReporter(window=lambda: window)
    hook.install()
    assert sys.excepthook == hook.handle
    hook.uninstall()
    assert sys.excepthook is before


# --- the real program, as a subprocess -----------------------------------------------------------


def run_wsedesk(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "wsedesk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def test_many_qt_calls_do_not_exhaust_the_references_to_none() -> None:
    """PySide6 6.12.0 on CPython 3.11 drops a reference to None per void call (pyproject.toml pins 6.11.3)."""
    code = (
        "import sys, wsedesk.views\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([]); label = QLabel()\n"
        "for i in range(200_000): label.setText('x')\n"
        "print('overleefd')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "overleefd"


def test_quit_after_paint_reports_first_paint_time(demo_ctx: AppContext) -> None:
    path = demo_ctx.db.sqlite_path
    demo_ctx.close()  # the program opens the file itself
    result = run_wsedesk("--db", f"sqlite:///{path}", "--quit-after-paint")
    assert result.returncode == 0, result.stderr
    match = re.search(r"^first-paint-ms=(\d+)$", result.stdout, re.MULTILINE)
    assert match, result.stdout
    assert 0 < int(match.group(1)) < 60_000
    # The day's automatic copy is written on the runner after the first page's reads.
    assert list(auto_backup_dir(path).glob(f"{path.stem}.auto-*.sqlite")), result.stderr


def test_screenshot_saves_the_painted_window(demo_ctx: AppContext, tmp_path: Path) -> None:
    path = demo_ctx.db.sqlite_path
    demo_ctx.close()
    target = tmp_path / "shot.png"
    result = run_wsedesk("--db", str(path), "--screenshot", str(target))
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 600


def test_a_database_that_cannot_be_opened_exits_with_2_and_a_dutch_message(tmp_path: Path) -> None:
    result = run_wsedesk("--db", "mysql://iemand@server/wse")
    assert result.returncode == 2
    assert "Databasetype 'mysql' wordt niet ondersteund" in result.stderr
    assert "Traceback" not in result.stderr

    result = run_wsedesk("--db", f"sqlite:///{tmp_path}/bestaat-niet/x.sqlite")
    assert result.returncode == 2
    assert "bestaat niet" in result.stderr


@pytest.mark.slow
def test_demo_database_is_created_on_first_use(tmp_path: Path) -> None:
    from wsedesk.context import demo_database_path

    demo = demo_database_path()  # inside the test's own XDG_DATA_HOME (conftest)
    assert not demo.exists()
    result = run_wsedesk("--demo", "--quit-after-paint", timeout=300)
    assert result.returncode == 0, result.stderr
    assert demo.exists()
    assert not list(demo.parent.glob("*.bouw*"))  # built aside, moved in when complete
    assert "first-paint-ms=" in result.stdout
    import sqlite3

    with sqlite3.connect(demo) as conn:
        assert conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 5000
    # Second start: the file is reused, not rebuilt.
    stamp = demo.stat().st_mtime_ns
    result = run_wsedesk("--demo", "--quit-after-paint")
    assert result.returncode == 0, result.stderr
    assert "demodatabase aanmaken" not in result.stderr
    assert demo.stat().st_size > 0 and demo.stat().st_mtime_ns >= stamp
