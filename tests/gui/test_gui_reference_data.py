"""Beheer → Referentielijsten: the accepted quality proofs and the audit register, edited through
the dialog's forms on a real SQLite demo database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from tests.gui.support import sync_ops
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.rules.roles import Role
from wsedesk.services.reference_lists import list_audit_organisations, list_quality_labels
from wsedesk.services.session import open_context
from wsedesk.views.admin import AdminPage
from wsedesk.views.reference_editor import ReferenceDataDialog


def _open_from_beheer(qtbot: QtBot, ctx: AppContext) -> ReferenceDataDialog:
    page = AdminPage(ctx, sync_ops())
    qtbot.addWidget(page)
    page.activate()
    assert page.reference_button.text() == "Referentielijsten (labels, auditorganisaties)…"
    qtbot.mouseClick(page.reference_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(ReferenceDataDialog)
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitExposed(dialog)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "Kwaliteitslabels",
        "Audit-/beoordelingsorganisaties",
    ]
    return dialog


def _names(table) -> list[str]:
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_a_team_lead_adds_a_label_through_the_form(qtbot: QtBot, demo_ctx: AppContext) -> None:
    assert demo_ctx.user.has(Role.TEAMVERANTWOORDELIJKE)
    dialog = _open_from_beheer(qtbot, demo_ctx)
    tab = dialog.labels_tab
    assert tab.table.rowCount() == len(list_quality_labels(demo_ctx)) > 0
    assert tab.save_button.isEnabled() and tab.permission_label.isHidden()

    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.name_edit, "Testlabel Beheer")
    tab.area_checks["klantgerichtheid"].setChecked(True)
    tab.area_checks["financieel_beheer"].setChecked(True)
    tab.from_edit.setDate(QDate(2025, 1, 1))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert tab.message_label.text() == "Opgeslagen."
    assert "Testlabel Beheer" in _names(tab.table)
    row = tab.table.currentRow()
    assert tab.table.item(row, 0).text() == "Testlabel Beheer"
    assert tab.table.item(row, 2).text() == "klantgerichtheid, financieel beheer"
    assert tab.table.item(row, 3).text() == "01/01/2025"
    [saved] = [v for v in list_quality_labels(demo_ctx) if v.name == "Testlabel Beheer"]
    assert saved.valid_from == date(2025, 1, 1) and saved.version == 1

    # The selected row is now edited; an end date before the start is refused inline.
    assert tab.editing_id == saved.id
    tab.until_edit.check.setChecked(True)
    tab.until_edit.edit.setDate(QDate(2024, 6, 30))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Geldig tot" in tab.message_label.text() and "vóór de begindatum" in tab.message_label.text()

    audit = dialog.audit_tab
    dialog.tabs.setCurrentWidget(audit)
    qtbot.mouseClick(audit.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(audit.name_edit, "Audit Test NV")
    audit.filed_edit.check.setChecked(True)
    audit.filed_edit.edit.setDate(QDate(2025, 3, 1))
    qtbot.mouseClick(audit.save_button, Qt.MouseButton.LeftButton)
    assert audit.message_label.text() == "Opgeslagen."
    assert "Audit Test NV" in _names(audit.table)
    assert any(o.declaration_filed_on == date(2025, 3, 1) for o in list_audit_organisations(demo_ctx))
    dialog.close()


def test_save_is_disabled_for_a_dossierbehandelaar(
    qtbot: QtBot, demo_ctx: AppContext, clock: FixedClock
) -> None:
    assert demo_ctx.db.sqlite_path is not None
    officer = open_context(f"sqlite:///{demo_ctx.db.sqlite_path}", clock=clock, login="behandelaar")
    try:
        assert officer.user.roles == frozenset({Role.DOSSIERBEHANDELAAR})
        dialog = _open_from_beheer(qtbot, officer)
        for tab in (dialog.labels_tab, dialog.audit_tab):
            assert not tab.save_button.isEnabled()
            assert not tab.permission_label.isHidden()
            assert "teamverantwoordelijke" in tab.save_button.toolTip()
            assert tab.table.rowCount() > 0 or tab is dialog.audit_tab
        # The service refuses anyway; its message is shown inline.
        tab = dialog.labels_tab
        tab.name_edit.setText("Mag niet")
        assert not tab.save()
        assert "Enkel een teamverantwoordelijke" in tab.message_label.text()
        dialog.close()
    finally:
        officer.close()
