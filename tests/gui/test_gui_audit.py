"""The Auditspoor tab of the dossier screen (issue #11 item 5): a change made by another user shows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.services.dossiers import get_dossier, update_dossier
from wsedesk.services.session import open_context
from wsedesk.views.audit_panel import AuditPanel
from wsedesk.views.main_window import DOSSIERS, MainWindow
from wsedesk.views.tasks import SynchronousTaskRunner


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> Iterator[MainWindow]:
    win = MainWindow(
        demo_ctx,
        tasks=SynchronousTaskRunner(),
        settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_page(DOSSIERS)
    yield win


def test_the_audit_tab_shows_a_change_made_by_another_user(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext, clock: FixedClock, tmp_path: Path
) -> None:
    detail = window.dossiers_page.detail
    dossier_id = detail.dossier_id
    assert dossier_id is not None
    assert demo_ctx.db.sqlite_path is not None
    colleague = open_context(f"sqlite:///{demo_ctx.db.sqlite_path}", clock=clock, login="collega")
    try:
        shown = get_dossier(colleague, dossier_id)
        update_dossier(
            colleague,
            dossier_id,
            expected_version=shown.version,
            original=shown.editable_values(),
            changes={"notes": "Nagebeld door een collega"},
        )
    finally:
        colleague.close()
    detail.load(dossier_id)
    detail.tabs.setCurrentWidget(detail.audit_tab)
    panel = detail.audit_panel
    assert isinstance(panel, AuditPanel)
    newest = panel.tree.topLevelItem(0)
    assert newest is not None
    assert newest.text(1) == "collega (collega)" and newest.text(2) == "gewijzigd"
    fields = {newest.child(i).text(1): newest.child(i).text(3) for i in range(newest.childCount())}
    assert fields["notes"] == "Nagebeld door een collega"
    assert "keten intact" in panel.verdict_label.text()  # the tester is the team lead

    panel.filter_edit.setText("collega nagebeld")
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    lines = panel.export_to(tmp_path / "spoor.xlsx")
    sheet = load_workbook(tmp_path / "spoor.xlsx").active
    assert sheet is not None and sheet.max_row == lines + 1
    window.grab().save(str(tmp_path / "audit.png"))
