"""The audit trail in the window (issue #11 item 5): the dossier screen's Auditspoor tab, an organisation's
trail from its edit dialog, and a team lead's whole trail (Extra → Volledig auditspoor…)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from tests.gui.support import main_window, shown, shown_window, sync_ops
from tests.integration.dossier_edits import save_dossier
from wsedesk.context import AppContext
from wsedesk.services import audit_trail
from wsedesk.services.organisations import (
    OrganisationFilter,
    get_organisation,
    list_organisations,
    update_organisation,
)
from wsedesk.views.audit_dialogs import OrganisationAuditDialog, WholeTrailDialog
from wsedesk.views.audit_panel import AuditPanel
from wsedesk.views.main_window import DOSSIERS, MainWindow
from wsedesk.views.organisation_dialogs import OrganisationDialog

SecondUser = Callable[..., AppContext]  # tests/conftest.py: second_user


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, demo_ctx, tmp_path, DOSSIERS)


def test_the_audit_tab_shows_a_change_made_by_another_user(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext, second_user: SecondUser, tmp_path: Path
) -> None:
    detail = window.dossiers_page.detail
    dossier_id = detail.dossier_id
    assert dossier_id is not None
    colleague = second_user(demo_ctx)
    save_dossier(colleague, dossier_id, {"notes": "Nagebeld door een collega"})
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


def test_an_organisation_trail_opens_from_its_edit_dialog_with_a_colleagues_change(
    qtbot: QtBot, demo_ctx: AppContext, second_user: SecondUser, tmp_path: Path
) -> None:
    org_id = list_organisations(demo_ctx, OrganisationFilter(), limit=1)[0].id
    colleague = second_user(demo_ctx)
    theirs = get_organisation(colleague, org_id)
    update_organisation(colleague, org_id, expected_version=theirs.version, changes={"phone": "09 123 45 67"})
    dialog = shown(qtbot, OrganisationDialog(demo_ctx, sync_ops(), org_id))
    dialog.audit_button.click()
    trail_dialog = dialog.audit_dialog
    assert isinstance(trail_dialog, OrganisationAuditDialog)
    qtbot.waitUntil(trail_dialog.isVisible)
    assert get_organisation(demo_ctx, org_id).name in trail_dialog.windowTitle()
    newest = trail_dialog.panel.tree.topLevelItem(0)
    assert newest is not None
    assert newest.text(1) == "collega (collega)" and newest.text(2) == "gewijzigd" and newest.text(3)
    fields = {newest.child(i).text(1): newest.child(i).text(3) for i in range(newest.childCount())}
    assert fields["phone"] == "09 123 45 67"
    assert not trail_dialog.panel.older_button.isVisible()  # one organisation's trail: one page
    trail_dialog.grab().save(str(tmp_path / "organisation-audit.png"))


def test_a_team_lead_reads_the_whole_trail_a_page_at_a_time(
    qtbot: QtBot,
    window: MainWindow,
    demo_ctx: AppContext,
    second_user: SecondUser,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dossier_id = window.dossiers_page.detail.dossier_id
    assert dossier_id is not None
    colleague = second_user(demo_ctx)
    for n in range(3):
        save_dossier(colleague, dossier_id, {"notes": f"Ronde {n}"})
    monkeypatch.setattr(audit_trail, "PAGE_ROWS", 2)
    action = window.whole_trail_action
    assert action.isVisible() and action in window.menuBar().actions()[3].menu().actions()
    window.resize(1366, 768)
    action.trigger()
    dialog = window.whole_trail_dialog
    assert isinstance(dialog, WholeTrailDialog)
    qtbot.waitUntil(dialog.isVisible)
    panel = dialog.panel
    assert panel.tree.topLevelItemCount() == 2 and panel.older_button.isVisible()
    assert "2 regels getoond, nieuwste eerst" in panel.message_label.text()
    assert "keten intact" in panel.verdict_label.text()
    newest = panel.tree.topLevelItem(0)
    assert newest is not None and newest.text(1) == "collega (collega)"
    assert newest.child(0).text(3) == "Ronde 2"
    window.grab().save(str(tmp_path / "window.png"))
    dialog.grab().save(str(tmp_path / "whole-trail.png"))

    panel.older_button.click()  # the next page is added below, newest first still
    assert panel.tree.topLevelItemCount() == 4
    assert panel.trail is not None and len(panel.trail.rows) == 4
    seqs = [r.seq for r in panel.trail.rows]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == 4
    assert "keten intact" in panel.verdict_label.text()  # read once, kept

    panel.filter_edit.setText("ronde 2")
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() == 1)
    lines = panel.export_to(tmp_path / "heel-spoor.xlsx")
    sheet = load_workbook(tmp_path / "heel-spoor.xlsx").active
    assert sheet is not None and sheet.max_row == lines + 1
    assert any(c.value == "Ronde 2" for row in sheet.iter_rows() for c in row)

    # A period after today: nothing, said in words.
    panel.filter_edit.clear()
    dialog.since_edit.setDate(QDate(2026, 1, 1))
    dialog.since_check.setChecked(True)
    assert dialog.since_edit.isEnabled() and panel.tree.topLevelItemCount() == 0
    assert panel.message_label.text() == "Geen regels in het auditspoor voor deze periode."
    dialog.since_check.setChecked(False)
    dialog.until_check.setChecked(True)  # up to and including today (the test clock's)
    assert panel.tree.topLevelItemCount() == 2


def test_the_whole_trail_is_a_team_leads_only(
    qtbot: QtBot, demo_ctx: AppContext, second_user: SecondUser, tmp_path: Path
) -> None:
    colleague = second_user(demo_ctx)  # a case officer
    win = main_window(qtbot, colleague, tmp_path, ini="c.ini")
    assert not win.whole_trail_action.isVisible()
    dialog = WholeTrailDialog(colleague, win)  # reached anyway: the service refuses
    assert dialog.panel.tree.topLevelItemCount() == 0
    assert "Enkel een teamverantwoordelijke" in dialog.panel.message_label.text()
    assert not dialog.panel.export_button.isEnabled()
    win.close()
