"""No national register number in window titles, on screen outside a reveal, or in the crash dialog.

The window-side half of issue #14 item 8 (the command line, logs, exports, PDFs and packages:
tests/integration/test_personal_data_scan.py): an application with two supervisors is taken in
through the wizard and both numbers are revealed there (the one place they may show); then every page and the dossier are shown, every window's title
and every text on screen is scanned; then a crash whose message quotes a number (as a driver's
unique-key error would) opens the crash dialog, whose text, summary and details are scanned too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from tests.gui.support import exposed, shown_window
from tests.gui.test_gui_intake import click, fill_area_and_declaration, fill_intro_vzw, fill_supervisors
from tests.personal_data import SESSION_NUMBERS, found_in_file, found_in_text
from wsedesk.context import AppContext
from wsedesk.views.error_reporter import ErrorReporter
from wsedesk.views.intake_form import PAGE_EXPERIENCE
from wsedesk.views.intake_wizard import IntakeWizard


def _shown(root: QWidget) -> str:
    """The window title and every text in the widget tree, on a visible tab or not (tables through their models)."""
    parts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        parts.append(w.windowTitle() if w.isWindow() else "")
        parts.append(w.toolTip())
        if isinstance(w, QLineEdit | QLabel | QAbstractButton):
            parts.append(w.text())
        elif isinstance(w, QPlainTextEdit | QTextEdit):
            parts.append(w.toPlainText())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            root_index = QModelIndex()
            for r in range(min(m.rowCount(root_index), 200)):
                c = 0  # (some list models keep columnCount private)
                while c < 60 and (index := m.index(r, c, root_index)).isValid():
                    parts.append(str(index.data() or ""))
                    c += 1
    return "\n".join(parts)


def test_after_reveals_no_title_screen_or_crash_dialog_shows_a_number(
    qtbot: QtBot, sqlite_ctx: AppContext, tmp_path: Path, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(IntakeWizard, "_confirm_discard", lambda self: True)
    window = shown_window(qtbot, sqlite_ctx, tmp_path)
    seen: list[str] = []

    # The application taken in through the wizard, both numbers typed, then revealed (audited).
    wizard = exposed(qtbot, IntakeWizard(sqlite_ctx, window.ops))
    fill_intro_vzw(wizard)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_supervisors(qtbot, wizard)
    seen.append(wizard.windowTitle())
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    fill_area_and_declaration(qtbot, wizard, ["Provincie Oost-Vlaanderen"], 25)
    with qtbot.waitSignal(wizard.application_registered, timeout=5000):
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    result = wizard.import_result
    assert result is not None and result.ok and result.dossier_id and result.reference
    for _ in range(3):
        click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentId() == PAGE_EXPERIENCE
    for row in (0, 1):
        wizard.experience_page.table.selectRow(row)
        wizard.experience_page.reveal_button.click()
        assert found_in_text(wizard.experience_page.reveal_message.text())  # shown where asked for …
        seen += [w.windowTitle() for w in QApplication.topLevelWidgets()]  # … in no title
    wizard.close()

    for page in range(window.stack.count()):
        window.show_page(page)
        seen.append(_shown(window))
    window.dossiers_page.show_dossier(result.dossier_id, result.reference)
    assert window.dossiers_page.detail.dossier_id == result.dossier_id
    seen.append(_shown(window))
    seen += [w.windowTitle() for w in QApplication.topLevelWidgets()]
    assert "Groep Intro vzw" in "\n".join(seen)  # the application is on screen …
    assert [hit for text in seen for hit in found_in_text(text)] == []  # … its numbers are not

    reporter = ErrorReporter(window=lambda: window)
    reporter.install()
    try:
        error = RuntimeError(
            'duplicate key value violates unique constraint "uq_person"\n'
            f"DETAIL:  Key (national_number)=({SESSION_NUMBERS[0]}) already exists."
        )
        try:
            raise error
        except RuntimeError:
            reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
        box = reporter.last_dialog
        assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Critical
        dialog = "\n".join((box.windowTitle(), box.text(), box.informativeText(), box.detailedText()))
        assert "national_number" in dialog and "Traceback" in box.detailedText()  # the details are there …
        assert found_in_text(dialog) == []  # … without the number
        box.close()
    finally:
        reporter.uninstall()
    assert "RuntimeError" in log_file.read_text(encoding="utf-8")
    assert found_in_file(log_file) == []
