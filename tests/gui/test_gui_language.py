"""Dutch everywhere, English on request: Qt's own dialogs in Dutch, the language switch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from tests.gui.support import main_window
from wsedesk.app import install_translators
from wsedesk.context import AppContext
from wsedesk.paths import resource
from wsedesk.views.main_window import DOSSIERS


@pytest.fixture
def language(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators installed by a test, removed again so other tests keep Dutch."""
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def file_dialog_labels(qtbot: QtBot) -> list[str]:
    dialog = QFileDialog(None, "Kies")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    return [label.text() for label in dialog.findChildren(QLabel)]


def test_qt_file_dialogs_speak_dutch(qapp: QApplication, qtbot: QtBot, language: list[QTranslator]) -> None:
    language.extend(install_translators(qapp, "nl"))
    labels = file_dialog_labels(qtbot)
    assert "&Kijken in:" in labels and "Bestands&type:" in labels and "Bestands&naam:" in labels
    assert not any("Look in" in text or "Files of" in text for text in labels)


def test_every_catalogue_is_compiled_from_its_source() -> None:
    folder = resource("translations")
    for ts in folder.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        assert qm.exists() and qm.stat().st_size > 100, f"{qm.name} missing: run tools/update_translations.py"


def test_the_language_switch_shows_the_window_in_english(
    qapp: QApplication, qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, language: list[QTranslator]
) -> None:
    def nav_titles() -> list[str]:
        win = main_window(qtbot, demo_ctx, tmp_path)
        return [win.nav.item(i).text() for i in range(win.nav.count())]

    dutch = nav_titles()
    assert dutch[:3] == ["Werkbak", "Dossiers", "Organisaties"]
    language.extend(install_translators(qapp, "en"))
    english = nav_titles()
    assert english[:3] == ["Work tray", "Files", "Organisations"]
    assert "Administration" in english


def test_shared_view_parts_keep_their_english(
    qapp: QApplication, qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, language: list[QTranslator]
) -> None:
    """Words moved into a shared view part (issue #9) translate in its fixed context."""
    language.extend(install_translators(qapp, "en"))
    win = main_window(qtbot, demo_ctx, tmp_path)
    win.show_page(DOSSIERS)
    for list_view in (win.werkbak_page.list_view, win.dossiers_page.list_view):
        assert list_view.type_combo.itemText(0) == "All types"
        assert list_view.status_combo.itemText(0) == "All statuses"
        assert list_view.status_combo.toolTip() == "Choose a type first"
