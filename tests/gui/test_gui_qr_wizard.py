"""Quality registrations in the window (issue #11 item 2): the wizard (the ED wizard's organisation
page, the proof's route, dates and areas) and a `wsedesk-qr/1` file read through a file dialog —
both stored by `import_registration`, all or nothing, problems named by JSON path."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.gui.support import exposed
from wsedesk.context import AppContext
from wsedesk.models import Dossier, QualityRegistration
from wsedesk.services.organisations import register_organisation
from wsedesk.views.operations import Operations
from wsedesk.views.qr_wizard import (
    PAGE_DECLARATION,
    PAGE_PROOF,
    QrWizard,
    import_qr_file,
    show_import_result,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "qr"


def counts(ctx: AppContext) -> tuple[int, int]:
    with ctx.uow() as uow:
        s = uow.session
        return (
            int(s.scalar(select(func.count()).select_from(Dossier)) or 0),
            int(s.scalar(select(func.count()).select_from(QualityRegistration)) or 0),
        )


@pytest.fixture
def wizard(qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations) -> Iterator[QrWizard]:
    w = exposed(qtbot, QrWizard(sqlite_ctx, ops))
    yield w


def next_page(qtbot: QtBot, wizard: QrWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def finish(qtbot: QtBot, wizard: QrWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def fill_organisation(wizard: QrWizard) -> None:
    page = wizard.organisation_page
    page.kbo_edit.setText("BE 428 759 497")
    page.name_edit.setText("Groep Intro vzw")
    page.set_kind("vzw")
    page.street_edit.setText("Brusselsesteenweg 460")
    page.postcode_edit.setText("9050")
    page.municipality_edit.setText("Gent")
    page.contact_name_edit.setText("Sofie Claes")
    page.contact_email_edit.setText("sofie.claes@groepintro.be")


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def test_a_label_registration_typed_in_becomes_a_qr_dossier(
    qtbot: QtBot, wizard: QrWizard, sqlite_ctx: AppContext
) -> None:
    today = sqlite_ctx.clock.today()
    registered: list[str] = []
    wizard.registration_registered.connect(registered.append)
    fill_organisation(wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_PROOF
    proof = wizard.proof_page
    assert proof.route == "label" and proof.audit_combo.isVisibleTo(proof)
    next_page(qtbot, wizard)  # no proof chosen, no end date
    assert wizard.currentId() == PAGE_PROOF
    assert "Kies het bewijs" in proof.errors.text() and "QR-7" in proof.errors.text()
    proof.set_proof("equass-assurance")
    assert proof.proof_combo.currentData() == "equass-assurance"
    proof.number_edit.setText("EQ-2024-0331")
    proof.issued.set_value(today - timedelta(days=400))
    proof.valid_until.set_value(today + timedelta(days=300))
    proof.audit_combo.setEditText("Certi-Audit bv")
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_DECLARATION
    page = wizard.registration_page
    page.area_combos["klantgerichtheid"].setCurrentIndex(page.area_combos["klantgerichtheid"].findData("ja"))
    page.active_since.set_value(date(2012, 9, 1))
    finish(qtbot, wizard)
    assert "erewoord" in page.errors.text() and counts(sqlite_ctx) == (0, 0)
    page.agreed_check.setChecked(True)
    page.signed_by_edit.setText("Koen Van den Broeck")
    finish(qtbot, wizard)
    assert wizard.registered and registered == [wizard.import_result.dossier_id]  # type: ignore[union-attr]
    result = wizard.import_result
    assert result is not None and result.reference and result.reference.startswith("QR-")
    assert result.reference in page.success_label.text() and "QR-4" in page.success_label.text()
    assert any("auditorganisatie" in w.lower() for w in result.warnings)  # not in the register: a warning
    assert counts(sqlite_ctx) == (1, 1)
    with sqlite_ctx.uow() as uow:
        row = uow.session.scalars(select(QualityRegistration)).one()
        assert (row.route, row.label_id, row.reference) == ("label", "equass-assurance", "EQ-2024-0331")
        assert row.valid_until == today + timedelta(days=300)
        assert row.area_klantgerichtheid == "ja" and row.provider_active_since == date(2012, 9, 1)
    assert not wizard.proof_page.number_edit.isEnabled()  # read-only once stored
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Sluiten"


def test_standaard_wse_asks_its_earlier_uses_and_no_label(
    qtbot: QtBot, wizard: QrWizard, sqlite_ctx: AppContext
) -> None:
    fill_organisation(wizard)
    next_page(qtbot, wizard)
    proof = wizard.proof_page
    proof.set_route("standaard_wse")
    assert not proof.proof_combo.isVisibleTo(proof) and not proof.audit_combo.isVisibleTo(proof)
    assert proof.earlier_spin.isVisibleTo(proof)
    proof.earlier_spin.setValue(1)
    data = wizard.registration_data()
    assert data["kwaliteitsbewijs"] == {"route": "standaard_wse", "eerder_gebruikt": 1}
    next_page(qtbot, wizard)
    assert wizard.currentId() == PAGE_DECLARATION


def test_the_imports_problems_name_the_json_path_and_lead_back(
    qtbot: QtBot, wizard: QrWizard, sqlite_ctx: AppContext
) -> None:
    today = sqlite_ctx.clock.today()
    fill_organisation(wizard)
    next_page(qtbot, wizard)
    proof = wizard.proof_page
    proof.set_route("overheid")
    proof.proof_combo.setCurrentIndex(1)
    proof.valid_until.set_value(today + timedelta(days=30))
    proof.issued.set_value(today + timedelta(days=10))  # issued after the submission: the import says so
    next_page(qtbot, wizard)
    page = wizard.registration_page
    page.agreed_check.setChecked(True)
    page.signed_by_edit.setText("Koen Van den Broeck")
    finish(qtbot, wizard)
    assert not wizard.registered and counts(sqlite_ctx) == (0, 0)
    assert page.problems_list.isVisibleTo(page) and page.problems_list.count() >= 1
    item = page.problems_list.item(0)
    assert "kwaliteitsbewijs.uitgereikt_op" in item.text()
    assert item.data(Qt.ItemDataRole.UserRole) == PAGE_PROOF
    page.problems_list.itemActivated.emit(item)
    assert wizard.currentId() == PAGE_PROOF


def test_an_existing_organisation_is_used_and_not_changed(
    qtbot: QtBot, wizard: QrWizard, sqlite_ctx: AppContext
) -> None:
    org = register_organisation(
        sqlite_ctx, enterprise_number="0428759497", name="Intro (al gekend)", kind="vzw"
    )
    fill_organisation(wizard)
    assert "al gekend als Intro (al gekend)" in wizard.organisation_page.kbo_message.text()
    next_page(qtbot, wizard)
    wizard.proof_page.set_route("standaard_wse")
    next_page(qtbot, wizard)
    page = wizard.registration_page
    page.agreed_check.setChecked(True)
    page.signed_by_edit.setText("Koen")
    finish(qtbot, wizard)
    assert wizard.import_result is not None and wizard.import_result.organisation_id == org.id
    assert "bestaande organisatie" in page.success_label.text()


def test_a_json_file_is_read_like_the_command_reads_it(
    qtbot: QtBot, sqlite_ctx: AppContext, tmp_path: Path
) -> None:
    broken = tmp_path / "kapot.json"
    broken.write_text('{"schema": "wsedesk-qr/1", ', encoding="utf-8")
    result = import_qr_file(sqlite_ctx, broken)
    assert not result.ok and result.problems[0].path == "(bestand)" and counts(sqlite_ctx) == (0, 0)

    bad = json.loads((DATA / "label.json").read_text(encoding="utf-8"))
    del bad["kwaliteitsbewijs"]["geldig_tot"]
    bad["gebieden"]["personeelsbeheer"] = "misschien"
    bad_file = tmp_path / "fout.json"
    bad_file.write_text(json.dumps(bad), encoding="utf-8")
    result = import_qr_file(sqlite_ctx, bad_file)
    assert not result.ok and counts(sqlite_ctx) == (0, 0)
    paths = {p.path for p in result.problems}
    assert {"kwaliteitsbewijs.geldig_tot", "gebieden.personeelsbeheer"} <= paths
    box = show_import_result(qtbot_parent := _parent(qtbot), bad_file, result)
    assert box.icon() == QMessageBox.Icon.Warning and "niets is bewaard" in box.text()
    assert "kwaliteitsbewijs.geldig_tot" in box.informativeText()
    box.close()

    result = import_qr_file(sqlite_ctx, DATA / "label.json")
    assert result.ok and result.reference and counts(sqlite_ctx) == (1, 1)
    box = show_import_result(qtbot_parent, DATA / "label.json", result)
    assert result.reference in box.text() and box.icon() == QMessageBox.Icon.Information
    box.close()


def _parent(qtbot: QtBot) -> QWizard:
    widget = QWizard()
    qtbot.addWidget(widget)
    return widget
