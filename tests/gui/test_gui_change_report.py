"""'Wijziging melden…' on the dossier screen (ED-11, QR-7): register a change, read the re-run
findings and the proposed step, open that step's own dialog — on the demo database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.gui.demo_rows import dossier_ids
from tests.gui.support import exposed, sync_ops
from wsedesk.context import AppContext
from wsedesk.models.dossiers import Dossier
from wsedesk.services.checks import check_dossier_findings
from wsedesk.services.dossiers import get_dossier
from wsedesk.views.dossier_actions import ChangeReportDialog, StepDialog, to_qdate
from wsedesk.views.dossier_detail import DossierDetailPanel

pytestmark = pytest.mark.usefixtures("discard_unsaved")


def first_dossier(ctx: AppContext, dossier_type: str, status: str) -> str:
    ids = dossier_ids(ctx, dossier_type, status)
    assert ids, f"demo data without a {dossier_type} dossier in '{status}'"
    return ids[0]


def recognised_in_order(ctx: AppContext) -> str:
    """The first recognised ED dossier whose checks find nothing wrong yet (no proposal of their own).

    The demo does not keep every recognised provider's quality registration valid; a change
    report on one that already fails ED-1 would propose a withdrawal for that reason instead.
    """
    for dossier_id in dossier_ids(ctx, "ED", "erkend"):
        findings = check_dossier_findings(ctx, dossier_id, ctx.clock.today())
        if all(f.verdict != "niet voldaan" for f in findings):
            return dossier_id
    raise AssertionError("demo data without a recognised ED dossier in order")


def load_recognised(panel: DossierDetailPanel, ctx: AppContext) -> str:
    """Load `recognised_in_order` in the panel; its id."""
    dossier_id = recognised_in_order(ctx)
    panel.load(dossier_id)
    return dossier_id


@pytest.fixture
def panel(qtbot: QtBot, demo_ctx: AppContext) -> Iterator[DossierDetailPanel]:
    widget = exposed(qtbot, DossierDetailPanel(demo_ctx, sync_ops()), (1200, 700))
    yield widget
    dialog = widget.actions_bar.change_dialog
    if dialog is not None:
        dialog.close()


def open_change_dialog(qtbot: QtBot, panel: DossierDetailPanel) -> ChangeReportDialog:
    button = panel.actions_bar.change_button
    assert button.isVisible() and button.isEnabled()
    assert button.text() == "Wijziging melden…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = panel.actions_bar.change_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def test_button_only_on_ed_and_qr_dossiers(panel: DossierDetailPanel, demo_ctx: AppContext) -> None:
    panel.load(first_dossier(demo_ctx, "QR", "gevalideerd"))
    assert panel.actions_bar.change_button.isVisible()
    with demo_ctx.uow() as uow:
        other = uow.session.scalars(
            select(Dossier.id).where(Dossier.dossier_type.not_in(["ED", "QR"])).limit(1)
        ).first()
    if other is not None:
        panel.load(str(other))
        assert not panel.actions_bar.change_button.isVisible()


def test_an_unreported_change_proposes_withdrawal_without_taking_it(
    qtbot: QtBot, panel: DossierDetailPanel, demo_ctx: AppContext
) -> None:
    dossier_id = load_recognised(panel, demo_ctx)
    before = get_dossier(demo_ctx, dossier_id)
    dialog = open_change_dialog(qtbot, panel)
    today = demo_ctx.clock.today()
    assert dialog.reported_edit.date() == to_qdate(today)  # reported today unless told otherwise

    # Required description: refused inline, nothing stored.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Vul dit veld in" in dialog.refusal and not dialog.error_label.isHidden()
    assert len(get_dossier(demo_ctx, dossier_id).timeline) == len(before.timeline)

    dialog.description_edit.setPlainText("Begeleider An Maes uit dienst")
    dialog.occurred_edit.setDate(to_qdate(date(2025, 6, 10)))
    dialog.unreported_check.setChecked(True)
    assert not dialog.reported_edit.isEnabled()
    with qtbot.waitSignal(panel.dossier_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.refusal == "" and dialog.error_label.isHidden()
    assert dialog.change_result is not None and dialog.change_result.proposal is not None
    # The findings shown are the re-run ones that are not "voldaan", ED-11 among them.
    text = dialog.findings_label.text()
    assert "ED-11" in text and "Niet gemeld: Begeleider An Maes uit dienst" in text
    assert "voldaan:" not in text.replace("niet voldaan:", "")
    assert not dialog.ok_button.isVisible() and not dialog.description_edit.isEnabled()
    # The proposal names the step and its rule; the status is unchanged.
    assert dialog.proposal_label.isVisible()
    assert "'Erkenning intrekken na melding' (ED-11)" in dialog.proposal_label.text()
    assert dialog.step_button.isVisible() and dialog.step_button.isEnabled()
    after = get_dossier(demo_ctx, dossier_id)
    assert after.status == before.status == "erkend"
    # The timeline shows the change at once (newest first).
    top = panel.timeline.topLevelItem(0)
    assert top is not None
    assert top.text(1) == "wijziging vastgesteld"
    assert "Begeleider An Maes uit dienst" in top.text(2)

    # "Stap nu zetten…" opens the step's own dialog; the user still confirms it.
    qtbot.mouseClick(dialog.step_button, Qt.MouseButton.LeftButton)
    step = panel.actions_bar.dialog
    assert isinstance(step, StepDialog) and step.windowTitle() == "Erkenning intrekken na melding"
    assert get_dossier(demo_ctx, dossier_id).status == "erkend"
    qtbot.waitUntil(lambda: panel.actions_bar.change_dialog is None)
    with qtbot.waitSignal(panel.dossier_changed):
        qtbot.mouseClick(step.ok_button, Qt.MouseButton.LeftButton)
    assert get_dossier(demo_ctx, dossier_id).status == "ingetrokken"


def test_a_reported_change_proposes_nothing_and_bad_dates_are_refused_inline(
    qtbot: QtBot, panel: DossierDetailPanel, demo_ctx: AppContext
) -> None:
    dossier_id = load_recognised(panel, demo_ctx)
    dialog = open_change_dialog(qtbot, panel)
    dialog.description_edit.setPlainText("Nieuwe vestiging in Aalst")
    dialog.occurred_edit.setDate(to_qdate(date(2025, 6, 12)))
    dialog.reported_edit.setDate(to_qdate(date(2025, 6, 11)))  # before the change itself
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "vóór de wijziging" in dialog.refusal and dialog.change_result is None
    assert dialog.description_edit.isEnabled()

    dialog.reported_edit.setDate(to_qdate(date(2025, 6, 13)))
    with qtbot.waitSignal(panel.dossier_changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.change_result is not None and dialog.change_result.proposal is None
    assert "Geen stap voorgesteld" in dialog.proposal_label.text()
    assert not dialog.step_button.isVisible()
    top = panel.timeline.topLevelItem(0)
    assert top is not None and top.text(1) == "wijziging gemeld"
    ed11 = [
        f
        for f in check_dossier_findings(demo_ctx, dossier_id, demo_ctx.clock.today())
        if f.rule_id == "ED-11"
    ]
    assert [f.verdict for f in ed11] == ["voldaan"]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert panel.actions_bar.change_dialog is None
