"""The Bezoeken page on real widgets: fill a checklist offline with the keyboard, resolve a conflict."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui.support import shown, sync_ops
from tests.integration.visit_helpers import make_dossier, make_org, plan
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.services import visit_records as records
from wsedesk.services import visit_review as review
from wsedesk.services import visit_sync as sync
from wsedesk.services import visits as visit_service
from wsedesk.services.visit_report import step_visit
from wsedesk.views.main_window import MainWindow
from wsedesk.views.tasks import SynchronousTaskRunner
from wsedesk.views.visit_review import ReviewQueueDialog
from wsedesk.views.visits_page import VisitsPage


@pytest.fixture
def office(sqlite_ctx: AppContext) -> tuple[AppContext, str, str]:
    org = make_org(sqlite_ctx, 1, name="Maatwerk Gent vzw")
    dossier = make_dossier(sqlite_ctx, org, "MW", "toegekend")
    return (
        sqlite_ctx,
        plan(sqlite_ctx, org, "begeleiding", on=date(2025, 6, 16), dossiers=(dossier,)),
        dossier,
    )


@pytest.fixture
def laptop(office: tuple[AppContext, str, str], tmp_path: Path, clock: FixedClock) -> Iterator[AppContext]:
    ctx, visit, _ = office
    sync.checkout(ctx, tmp_path / "pakket.wsebezoek", visit_ids=[visit])
    offline = sync.open_offline(tmp_path / "pakket.wsebezoek", clock=clock)
    try:
        yield offline
    finally:
        offline.close()


def test_fill_a_checklist_offline_with_the_keyboard(
    qtbot: QtBot, laptop: AppContext, office: tuple[AppContext, str, str], tmp_path: Path
) -> None:
    _, visit, _ = office
    window = shown(qtbot, MainWindow(laptop, tasks=SynchronousTaskRunner()))
    assert "OFFLINE" in window.windowTitle() and window.offline_banner.isVisible()
    assert window.stack.currentWidget() is window.visits_page
    page = window.visits_page
    assert page.rows and page.rows[0].id == visit
    assert not page.checkout_button.isEnabled() and not page.queue_button.isEnabled()
    table = page.panel.checklist
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_1)  # in orde
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_2)  # niet in orde
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, "P")  # typing on an item starts editing its note
    editor = table.findChild(QLineEdit)  # the open editor (offscreen the window has no focus)
    assert isinstance(editor, QLineEdit) and table.currentColumn() == 3 and editor.text() == "P"
    qtbot.keyClicks(editor, "as na drie weken")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(1, 3).text() == "Pas na drie weken" and page.panel.detail is not None
                    and page.panel.detail.findings[1].note == "Pas na drie weken")  # fmt: skip
    table.setCurrentCell(2, 0)
    qtbot.keyClick(table, Qt.Key.Key_3)  # niet nagegaan
    findings = visit_service.visit_detail(laptop, visit).findings
    assert [(f.verdict, f.note) for f in findings[:3]] == [
        ("in_orde", ""),
        ("niet_in_orde", "Pas na drie weken"),
        ("niet_nagegaan", ""),
    ]
    assert table.item(1, 2).text() == "niet in orde" and table.item(1, 3).text() == "Pas na drie weken"
    window.close()


def test_resolve_a_conflict_in_the_review_queue(
    qtbot: QtBot, laptop: AppContext, office: tuple[AppContext, str, str], tmp_path: Path
) -> None:
    ctx, visit, _ = office
    records.record_finding(laptop, visit, "collega-coach", "niet_in_orde", "laptop: niet dagelijks")
    laptop.close()
    records.record_finding(ctx, visit, "collega-coach", "in_orde", "kantoor: wel dagelijks")
    result = sync.checkin(ctx, tmp_path / "pakket.wsebezoek")
    assert result.by_kind == {"create/create": 1}
    ops = sync_ops()
    dialog = shown(qtbot, ReviewQueueDialog(ctx, ops))
    assert dialog.list.rowCount() == 1
    labels = [dialog.fields.item(r, 0).text() for r in range(dialog.fields.rowCount())]
    verdict, note = labels.index("Oordeel"), labels.index("Toelichting")
    assert (dialog.fields.item(verdict, 2).text(), dialog.fields.item(verdict, 3).text()) == (
        "niet in orde",
        "in orde",
    )
    take_verdict = dialog.fields.cellWidget(verdict, 4)
    take_note = dialog.fields.cellWidget(note, 4)
    assert isinstance(take_verdict, QComboBox) and isinstance(take_note, QComboBox)
    take_verdict.setCurrentIndex(take_verdict.findData("laptop"))
    take_note.setCurrentIndex(take_note.findData("central"))
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    f = next(x for x in visit_service.visit_detail(ctx, visit).findings if x.item_key == "collega-coach")
    assert (f.verdict, f.note) == ("niet_in_orde", "kantoor: wel dagelijks")
    assert dialog.list.rowCount() == 0 and review.list_conflicts(ctx) == []
    dialog.close()


def test_the_page_lists_my_week_by_organisation_and_by_type(
    qtbot: QtBot, office: tuple[AppContext, str, str]
) -> None:
    ctx, visit, _ = office
    second = plan(ctx, make_org(ctx, 2, name="Andere vzw"), "formeel", on=date(2025, 6, 17))
    step_visit(ctx, second, "uitgevoerd", on=date(2025, 6, 16), expected_version=1)
    page = shown(qtbot, VisitsPage(ctx, sync_ops()))
    page.activate()
    assert {r.id for r in page.rows} == {visit, second}
    page.view_combo.setCurrentIndex(page.view_combo.findData("by_organisation"))
    groups = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert groups == ["Andere vzw (1)", "Maatwerk Gent vzw (1)"]
    page.view_combo.setCurrentIndex(page.view_combo.findData("by_type"))
    assert page.tree.topLevelItemCount() == 2
    page.panel.show_visit(second)
    assert page.panel.signals_box.isHidden()  # only a follow-up visit (MW-4) shows report signals
    follow_up = plan(ctx, make_org(ctx, 3, name="Maatwerk Brugge"), "opvolgbezoek", on=date(2025, 6, 18))
    page.panel.show_visit(follow_up)
    assert (
        page.panel.signals_box.isVisible() and "Geen duurzaamheidsverslag" in page.panel.signals_label.text()
    )


def test_plan_check_out_and_check_in_from_the_page(
    qtbot: QtBot, office: tuple[AppContext, str, str], tmp_path: Path, clock: FixedClock
) -> None:
    from tests.integration.visit_helpers import kbo
    from wsedesk.views.visit_dialogs import CheckoutDialog, PlanVisitDialog

    ctx, visit, _ = office
    ops = sync_ops()
    plan_dialog = PlanVisitDialog(ctx, ops)
    qtbot.addWidget(plan_dialog)
    plan_dialog.organisation_edit.setText(kbo(1))
    plan_dialog.organisation_edit.editingFinished.emit()
    assert plan_dialog.dossiers_list.count() == 1
    plan_dialog.type_combo.setCurrentIndex(plan_dialog.type_combo.findData("formeel"))
    plan_dialog._on_accepted()
    assert plan_dialog.planned_visit_id is not None
    planned = visit_service.visit_detail(ctx, plan_dialog.planned_visit_id)
    assert planned.visit_type == "formeel" and planned.organisation == "Maatwerk Gent vzw"

    page = VisitsPage(ctx, ops)
    qtbot.addWidget(page)
    page.activate()
    target = tmp_path / "laptop.wsebezoek"
    checkout_dialog = CheckoutDialog(ctx, ops, [visit])
    qtbot.addWidget(checkout_dialog)
    checkout_dialog.path_edit.setText(str(target))
    checkout_dialog._on_accepted()
    assert target.is_file() and "1 bezoek(en)" in checkout_dialog.result_text
    laptop = sync.open_offline(target, clock=clock)
    records.record_finding(laptop, visit, "plan-ondertekend", "niet_in_orde", "niet getekend")
    laptop.close()
    page.check_in(target)
    assert "1 record(s) samengevoegd" in page.message.text() and "0 conflict(en)" in page.message.text()
    f = next(x for x in visit_service.visit_detail(ctx, visit).findings if x.item_key == "plan-ondertekend")
    assert (f.verdict, f.note) == ("niet_in_orde", "niet getekend")
