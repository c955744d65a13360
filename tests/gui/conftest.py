"""Fixtures for the GUI tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.support import sync_ops
from tests.log_files import close_log_file
from wsedesk.logfile import install_log_file
from wsedesk.views.dossier_detail import DossierDetailPanel
from wsedesk.views.operations import Operations


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The program's log file, installed for the test and closed after it."""
    path = install_log_file()
    try:
        yield path
    finally:
        close_log_file(path)


@pytest.fixture
def discard_unsaved(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a window with unsaved input in a dossier asks (modally); tests that leave input
    behind discard it (`pytestmark = pytest.mark.usefixtures("discard_unsaved")`)."""
    monkeypatch.setattr(DossierDetailPanel, "_ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def ops() -> Operations:
    """Operations on a synchronous runner, for a dialog or panel tested on its own."""
    return sync_ops()
