"""Tender partners (TW) and label applications (KB) in the window (issue #11 items 7 and 8): the
registration dialogs, and the *Gegevens* panels — TW facts with the bid's score, the team lead's
judgement of a label application, publishing through the workflow step."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.gui.support import shown, shown_window
from tests.integration.users import act_with_roles
from wsedesk.context import AppContext
from wsedesk.models import QualityLabel
from wsedesk.rules.roles import Role
from wsedesk.services.dossiers import get_dossier
from wsedesk.services.organisations import register_organisation
from wsedesk.services.quality_proofs import get_proof_application
from wsedesk.services.steps import take_step
from wsedesk.services.tender_partners import get_tender_partner, update_tender_partner
from wsedesk.views.conflict_dialog import ConflictDialog
from wsedesk.views.main_window import DOSSIERS, MainWindow
from wsedesk.views.operations import Operations
from wsedesk.views.tender_dialogs import (
    ProofApplicationDialog,
    ProofApplicationPanel,
    TenderFactsPanel,
    TenderPartnerDialog,
)

TENDER = "Intensief Werkplekleren 2026"


def ok(dialog: object) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]


@pytest.fixture
def org_id(sqlite_ctx: AppContext) -> str:
    return register_organisation(
        sqlite_ctx, enterprise_number="0428759497", name="Werkplek Zuid vzw", kind="vzw"
    ).id


def register_partner(qtbot: QtBot, ctx: AppContext, ops: Operations, org_id: str, lot: str) -> str:
    dialog = shown(qtbot, TenderPartnerDialog(ctx, ops, org_id))
    dialog.tender_edit.setText(TENDER)
    dialog.lot_edit.setText(lot)
    with qtbot.waitSignal(dialog.dossier_registered) as registered:
        ok(dialog)
    return str(registered.args[0])


def facts_panel(qtbot: QtBot, ctx: AppContext, ops: Operations, dossier_id: str) -> TenderFactsPanel:
    """The TW facts panel, shown, with the dossier loaded."""
    panel = shown(qtbot, TenderFactsPanel(ctx, ops))
    panel.load(dossier_id)
    return panel


def test_a_partners_offer_opens_a_tw_dossier(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str
) -> None:
    dialog = shown(qtbot, TenderPartnerDialog(sqlite_ctx, ops))
    dialog.tender_edit.setText(TENDER)
    ok(dialog)
    assert dialog.message.text() == "Kies de organisatie." and dialog.isVisible()
    qtbot.keyClicks(dialog.picker.search_edit, "Werkplek")
    assert dialog.picker.results_list.count() == 1
    dialog.picker.results_list.setCurrentRow(0)
    dialog.tender_edit.clear()
    ok(dialog)
    assert "Opdracht" in dialog.message.text() and dialog.isVisible()  # the service names the field
    dialog.tender_edit.setText(TENDER)
    dialog.lot_edit.setText("Perceel 3 — Limburg")
    dialog.experience_edit.setPlainText("Sinds 2015 begeleiden wij werkzoekenden op de werkvloer.")
    with qtbot.waitSignal(dialog.dossier_registered) as registered:
        ok(dialog)
    dossier_id, reference = registered.args
    assert reference.startswith("TW-") and not dialog.isVisible()
    view = get_tender_partner(sqlite_ctx, dossier_id)
    assert (view.tender, view.lot, view.status) == (TENDER, "Perceel 3 — Limburg", "kandidaat")
    assert view.experience_description and view.experience_description.startswith("Sinds 2015")


def test_the_facts_panel_saves_the_bid_and_shows_its_score(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str
) -> None:
    first = register_partner(qtbot, sqlite_ctx, ops, org_id, "Antwerpen")
    panel = facts_panel(qtbot, sqlite_ctx, ops, first)
    assert panel.tender_edit.text() == TENDER and "Nog geen volledige offerte" in panel.score_label.text()
    panel.save()
    assert panel.message.text() == "Geen wijzigingen om op te slaan."
    panel.price_edit.setText("veel")
    panel.save()
    assert "Prijs" in panel.message.text() and get_tender_partner(sqlite_ctx, first).bid_price is None
    panel.price_edit.setText("125000,50")
    panel.score_edit.setText("80")
    panel.similar_combo.setCurrentIndex(panel.similar_combo.findData(True))
    panel.save()
    view = get_tender_partner(sqlite_ctx, first)
    assert view.bid_price == Decimal("125000.50") and view.quality_score == Decimal("80.00")
    assert view.similar_experience is True
    assert panel.message.text() == "Opgeslagen."
    assert panel.price_edit.text() == "125000,50"
    # The bids are scored once the dossier is at the offer stage (TW-1: award on quality and price).
    with sqlite_ctx.uow(write=True) as uow:
        from wsedesk.models import Dossier

        uow.session.get(Dossier, __import__("uuid").UUID(first)).status = "offerte"
        uow.commit()
    panel.load(first)
    assert "plaats 1 van 1" in panel.score_label.text()


def test_a_facts_edit_someone_saved_meanwhile_keeps_mine(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str
) -> None:
    dossier_id = register_partner(qtbot, sqlite_ctx, ops, org_id, "Gent")
    panel = facts_panel(qtbot, sqlite_ctx, ops, dossier_id)
    loaded = get_tender_partner(sqlite_ctx, dossier_id)
    update_tender_partner(
        sqlite_ctx, dossier_id, expected_version=loaded.version, changes={"lot": "Gent-Noord"}
    )
    panel.lot_edit.setText("Gent-Zuid")
    panel.save()
    dialog = panel.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    assert [dialog.table.item(0, c).text() for c in range(3)] == ["Perceel", "Gent-Zuid", "Gent-Noord"]
    assert get_tender_partner(sqlite_ctx, dossier_id).lot == "Gent-Noord"
    qtbot.mouseClick(dialog.keep_mine_button, Qt.MouseButton.LeftButton)
    assert panel.lot_edit.text() == "Gent-Zuid"
    panel.save()
    assert get_tender_partner(sqlite_ctx, dossier_id).lot == "Gent-Zuid"


def test_a_label_application_is_judged_in_the_panel_and_published_by_the_step(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str
) -> None:
    today = sqlite_ctx.clock.today()
    dialog = shown(qtbot, ProofApplicationDialog(sqlite_ctx, ops, org_id))
    assert dialog.picker.chosen_id == org_id  # chosen on the Organisaties page
    dialog.proof_edit.setText("ISO 9001")  # already on the list
    ok(dialog)
    assert "staat al op de lijst" in dialog.message.text()
    dialog.proof_edit.setText("Werkplekkeurmerk")
    dialog.description_edit.setPlainText("Keurmerk voor leerwerkplekken.")
    dialog.audit_combo.setCurrentIndex(dialog.audit_combo.findData(True))
    dialog.area_checks["klantgerichtheid"].setChecked(True)
    dialog.submitted_edit.setDate(dialog.submitted_edit.date().addDays(-20))
    with qtbot.waitSignal(dialog.dossier_registered) as registered:
        ok(dialog)
    dossier_id, reference = registered.args
    assert reference.startswith("KB-")
    view = get_proof_application(sqlite_ctx, dossier_id)
    assert view.proof_name == "Werkplekkeurmerk" and view.areas_claimed == ("klantgerichtheid",)

    panel = shown(qtbot, ProofApplicationPanel(sqlite_ctx, ops))
    act_with_roles(sqlite_ctx, [Role.DOSSIERBEHANDELAAR])
    panel.load(dossier_id)
    assert "Werkplekkeurmerk" in panel.facts_label.text() and not panel.judge_button.isEnabled()
    act_with_roles(sqlite_ctx, [Role.TEAMVERANTWOORDELIJKE])
    panel.load(dossier_id)
    assert panel.judge_button.isEnabled() and panel.area_checks["klantgerichtheid"].isChecked()
    panel.area_checks["klantgerichtheid"].setChecked(False)
    panel.judge()
    assert "domein" in panel.message.text()
    panel.name_edit.setText("Werkplekkeurmerk (WPK)")
    panel.area_checks["klantgerichtheid"].setChecked(True)
    panel.area_checks["personeelsbeheer"].setChecked(True)
    panel.judge()
    judged = get_proof_application(sqlite_ctx, dossier_id)
    assert judged.judged_name == "Werkplekkeurmerk (WPK)"
    assert judged.areas_judged == ("klantgerichtheid", "personeelsbeheer")

    take_step(sqlite_ctx, dossier_id, "beoordelen", on=today - timedelta(days=5))
    take_step(sqlite_ctx, dossier_id, "publiceren", on=today)
    panel.load(dossier_id)
    assert "Gepubliceerd als" in panel.facts_label.text() and not panel.judge_button.isEnabled()
    with sqlite_ctx.uow() as uow:
        assert uow.session.scalar(select(QualityLabel).where(QualityLabel.name == "Werkplekkeurmerk (WPK)"))
    assert get_dossier(sqlite_ctx, dossier_id).status != "ingediend"


# --- in the main window ------------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> MainWindow:

    win = shown_window(qtbot, demo_ctx, tmp_path)
    return win


def test_the_menu_registers_a_tender_partner_and_shows_its_facts_tab(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext
) -> None:
    actions = window.registrations
    assert actions.new_registration_action.shortcut().toString() == "Ctrl+Shift+N"
    org = register_organisation(
        demo_ctx, enterprise_number="1234567894", name="Nieuwe Partner vzw", kind="vzw"
    ).id
    actions.new_tender_partner_action.trigger()
    dialog = actions.dialog
    assert isinstance(dialog, TenderPartnerDialog)
    dialog.picker.choose(org)
    dialog.tender_edit.setText(TENDER)
    ok(dialog)
    assert window.stack.currentIndex() == DOSSIERS
    detail = window.dossiers_page.detail
    assert detail.detail is not None and detail.detail.reference == dialog.reference
    tabs = detail.tabs
    facts = tabs.indexOf(detail.facts_tab)
    assert tabs.isTabVisible(facts) and tabs.tabText(facts) == "Gegevens"
    assert detail.facts_tab.tender_panel.tender_edit.text() == TENDER
    assert not detail.facts_tab.proof_panel.isVisibleTo(detail.facts_tab)


def test_the_facts_tab_is_hidden_for_other_dossier_types(window: MainWindow, demo_ctx: AppContext) -> None:
    from wsedesk.services.dossiers import DossierFilter, list_dossiers

    detail = window.dossiers_page.detail
    ed = list_dossiers(demo_ctx, DossierFilter(dossier_type="ED"), limit=1)[0]
    detail.load(ed.id)
    assert not detail.tabs.isTabVisible(detail.tabs.indexOf(detail.facts_tab))
    kb = list_dossiers(demo_ctx, DossierFilter(dossier_type="KB"), limit=1)[0]
    detail.load(kb.id)
    assert detail.tabs.isTabVisible(detail.tabs.indexOf(detail.facts_tab))
    assert (
        detail.facts_tab.proof_panel.view is not None
        and detail.facts_tab.proof_panel.view.dossier_id == kb.id
    )


def test_a_qr_json_file_chosen_in_the_menu_opens_its_dossier(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from wsedesk.views.registration_actions import RegistrationActions

    label = Path(__file__).resolve().parents[1] / "data" / "qr" / "label.json"
    monkeypatch.setattr(RegistrationActions, "_choose_file", lambda self: label)
    window.registrations.import_registration_action.trigger()
    box = window.registrations.result_box
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Information
    detail = window.dossiers_page.detail
    assert detail.detail is not None and detail.detail.reference in box.text()
    assert detail.detail.dossier_type == "QR"
    box.close()
    missing = tmp_path / "weg.json"
    monkeypatch.setattr(RegistrationActions, "_choose_file", lambda self: missing)
    window.registrations.import_registration_action.trigger()
    box = window.registrations.result_box
    assert box is not None and "bestaat niet" in box.text()
    box.close()
