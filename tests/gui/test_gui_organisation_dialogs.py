"""Organisaties in the window (issue #11 item 1): new, edit (with the version check), establishments,
close, reopen and merge — each dialog calling the services `wsedesk org` calls."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.gui.support import shown
from wsedesk.context import AppContext
from wsedesk.models import Organisation
from wsedesk.services.organisation_lifecycle import close_organisation
from wsedesk.services.organisations import (
    OrganisationFilter,
    add_establishment,
    get_organisation,
    list_organisations,
    register_organisation,
    update_organisation,
)
from wsedesk.views.conflict_dialog import ConflictDialog
from wsedesk.views.operations import Operations
from wsedesk.views.organisation_dialogs import (
    CloseDialog,
    EstablishmentDialog,
    MergeDialog,
    OrganisationDialog,
)
from wsedesk.views.organisation_list import OrganisationsPage

KBO = "0428759497"
OTHER_KBO = "1234567894"
ESTABLISHMENT = "2123456791"


def ok(dialog: object) -> None:
    buttons = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def organisation_count(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Organisation)) or 0)


@pytest.fixture
def org_id(sqlite_ctx: AppContext) -> str:
    return register_organisation(
        sqlite_ctx,
        enterprise_number=KBO,
        name="Atelier Zuid vzw",
        kind="vzw",
        street="Kerkstraat 1",
        postal_code="9000",
        municipality_nis="44021",
    ).id


@pytest.fixture
def colleague(sqlite_ctx: AppContext, second_user: Callable[..., AppContext]) -> AppContext:
    return second_user(sqlite_ctx)


def test_a_new_organisation_is_checked_and_registered(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations
) -> None:
    dialog = shown(qtbot, OrganisationDialog(sqlite_ctx, ops))
    qtbot.keyClicks(dialog.kbo_edit, "BE 0428.759.498")  # wrong check digits
    assert dialog.kbo_message.isVisible() and "controlegetal" in dialog.kbo_message.text()
    ok(dialog)
    assert organisation_count(sqlite_ctx) == 0 and dialog.isVisible()

    dialog.kbo_edit.setText("BE 428 759 497")
    assert dialog.kbo_message.kind == "ok" and "0428.759.497" in dialog.kbo_message.text()
    dialog.name_edit.setText("Atelier Zuid vzw")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("vzw"))
    dialog.address.street_edit.setText("Kerkstraat 1")
    dialog.address.municipality_edit.setText("Gentt")  # not on the reference list
    ok(dialog)
    assert "Gemeente" in dialog.message.text() and organisation_count(sqlite_ctx) == 0

    dialog.address.municipality_edit.setText("Mechelen")
    dialog.address.postcode_edit.setText("9000")  # Gent's, not Mechelen's
    ok(dialog)
    assert "Postcode" in dialog.message.text() and organisation_count(sqlite_ctx) == 0

    dialog.address.municipality_edit.clear()
    dialog.address.postcode_edit.setText("9000")
    dialog.address.postcode_edit.editingFinished.emit()  # one municipality: filled in
    assert dialog.address.municipality_edit.text() == "Gent"
    with qtbot.waitSignal(ops.events.changed) as changed:
        ok(dialog)
    assert changed.args[0].touches("organisation")
    assert not dialog.isVisible() and dialog.organisation_id is not None
    stored = get_organisation(sqlite_ctx, dialog.organisation_id)
    assert (stored.enterprise_number, stored.name, stored.kind) == ("0428.759.497", "Atelier Zuid vzw", "vzw")
    assert (stored.postal_code, stored.municipality_nis, stored.municipality) == ("9000", "44021", "Gent")

    again = shown(qtbot, OrganisationDialog(sqlite_ctx, ops))
    again.kbo_edit.setText(KBO)
    assert again.kbo_message.kind == "warning" and "Atelier Zuid vzw" in again.kbo_message.text()
    again.name_edit.setText("Dubbel")
    again.kind_combo.setCurrentIndex(again.kind_combo.findData("vzw"))
    ok(again)
    assert "Er bestaat al een organisatie" in again.message.text() and organisation_count(sqlite_ctx) == 1


def test_an_edit_saves_only_what_changed_and_keeps_the_kbo_number(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str
) -> None:
    dialog = shown(qtbot, OrganisationDialog(sqlite_ctx, ops, org_id))
    assert dialog.kbo_edit.isReadOnly() and dialog.kbo_edit.text() == "0428.759.497"
    assert dialog.address.municipality_edit.text() == "Gent"
    version = get_organisation(sqlite_ctx, org_id).version
    dialog.email_edit.setText("info atelierzuid.be")  # no address: refused beside the form, kept
    ok(dialog)
    assert dialog.isVisible() and "E-mail" in dialog.message.text()
    assert get_organisation(sqlite_ctx, org_id).version == version
    dialog.email_edit.setText("info@atelierzuid.be")
    ok(dialog)
    after = get_organisation(sqlite_ctx, org_id)
    assert after.email == "info@atelierzuid.be" and after.version == version + 1
    assert after.name == "Atelier Zuid vzw" and after.municipality_nis == "44021"


def test_an_edit_someone_saved_meanwhile_shows_the_conflict_and_keeps_mine(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str, colleague: AppContext
) -> None:
    dialog = shown(qtbot, OrganisationDialog(sqlite_ctx, ops, org_id))
    loaded = get_organisation(sqlite_ctx, org_id)
    update_organisation(
        colleague, org_id, expected_version=loaded.version, changes={"name": "Atelier Zuid (collega)"}
    )
    dialog.name_edit.setText("Atelier Zuid (mijn naam)")
    ok(dialog)
    conflict = dialog.conflict_dialog
    assert isinstance(conflict, ConflictDialog)
    qtbot.waitUntil(conflict.isVisible)
    assert "collega" in conflict.summary_label.text()
    assert [conflict.table.item(0, c).text() for c in range(3)] == [
        "Naam",
        "Atelier Zuid (mijn naam)",
        "Atelier Zuid (collega)",
    ]
    assert get_organisation(sqlite_ctx, org_id).name == "Atelier Zuid (collega)"  # nothing overwritten
    assert dialog.isVisible() and dialog.name_edit.text() == "Atelier Zuid (mijn naam)"
    qtbot.mouseClick(conflict.keep_mine_button, Qt.MouseButton.LeftButton)
    assert dialog.name_edit.text() == "Atelier Zuid (mijn naam)"
    assert dialog.detail is not None and dialog.detail.version == loaded.version + 1
    ok(dialog)  # saved on their version
    assert get_organisation(sqlite_ctx, org_id).name == "Atelier Zuid (mijn naam)"
    assert not dialog.isVisible()


def test_an_establishment_is_added_with_a_checked_number_and_closed(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str
) -> None:
    dialog = shown(qtbot, EstablishmentDialog(sqlite_ctx, ops, org_id))
    dialog.number_edit.setText("2123456789")
    dialog.name_edit.setText("Atelier Zuid — Mechelen")
    ok(dialog)
    assert "controlegetal" in dialog.number_message.text()
    assert get_organisation(sqlite_ctx, org_id).establishments == ()
    dialog.number_edit.setText(ESTABLISHMENT)
    dialog.address.municipality_edit.setText("Mechelen")
    ok(dialog)
    (est,) = get_organisation(sqlite_ctx, org_id).establishments
    assert est.id == dialog.establishment_id and est.establishment_number == "2.123.456.791"
    assert est.municipality == "Mechelen" and est.closed_on is None

    close = shown(qtbot, CloseDialog(sqlite_ctx, ops, org_id, establishment=True))
    assert close.establishment_combo.count() == 1
    today = sqlite_ctx.clock.today()
    close.date_edit.setDate(QDate(today.year, today.month, today.day).addDays(-3))
    ok(close)
    (est,) = get_organisation(sqlite_ctx, org_id).establishments
    assert est.closed_on is not None and (today - est.closed_on).days == 3


def test_an_organisation_with_open_dossiers_is_not_closed(
    qtbot: QtBot, demo_ctx: AppContext, ops: Operations
) -> None:
    busy = list_organisations(demo_ctx, OrganisationFilter(), sort_key="dossiers", descending=True, limit=1)[
        0
    ]
    dialog = shown(qtbot, CloseDialog(demo_ctx, ops, busy.id))
    ok(dialog)
    assert "open dossier" in dialog.message.text() and dialog.isVisible()
    assert get_organisation(demo_ctx, busy.id).closed_on is None


def test_the_page_closes_and_reopens_the_chosen_organisation(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = shown(qtbot, OrganisationsPage(sqlite_ctx, ops))
    page.activate()
    assert page.new_button.isEnabled() and not page.edit_button.isEnabled()
    page.table.selectRow(0)
    assert page.edit_button.isEnabled() and page.close_button.isEnabled()
    assert not page.reopen_button.isEnabled() and not page.close_establishment_button.isEnabled()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, CloseDialog)
    ok(page.dialog)
    qtbot.wait(1)  # the closed dialog deletes itself while the page (held weakly by pytest-qt) lives
    assert get_organisation(sqlite_ctx, org_id).closed_on == sqlite_ctx.clock.today()
    assert page.reopen_button.isEnabled() and not page.close_button.isEnabled()
    assert page.status_label.text() == "Organisatie afgesloten."

    monkeypatch.setattr(OrganisationsPage, "_ask_reopen", lambda self, name: False)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert get_organisation(sqlite_ctx, org_id).closed_on is not None  # not asked twice: left alone
    monkeypatch.setattr(OrganisationsPage, "_ask_reopen", lambda self, name: True)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert get_organisation(sqlite_ctx, org_id).closed_on is None
    assert page.close_button.isEnabled()


def test_the_page_registers_a_new_organisation_and_finds_it(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str
) -> None:
    page = shown(qtbot, OrganisationsPage(sqlite_ctx, ops))
    page.activate()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, OrganisationDialog)
    dialog.kbo_edit.setText(OTHER_KBO)
    dialog.name_edit.setText("Werkhuis Noord cv")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("maatwerkbedrijf"))
    ok(dialog)
    assert page.search_edit.text() == "1234.567.894"
    assert page.model.total == 1  # searched at once, not after the typing pause
    assert page.model.organisation_row(0).name == "Werkhuis Noord cv"
    assert page.selected_id() == dialog.organisation_id and page.edit_button.isEnabled()
    # The closed dialog deletes itself on the next event loop turn: let it, while the page (its
    # parent, which pytest-qt holds only weakly) still lives.
    qtbot.wait(1)


def test_merging_shows_what_moves_and_moves_it(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str
) -> None:
    dup = register_organisation(
        sqlite_ctx,
        enterprise_number=OTHER_KBO,
        name="Atelier Zuid (dubbel)",
        kind="vzw",
        email="dubbel@zuid.be",
    ).id
    add_establishment(sqlite_ctx, dup, establishment_number=ESTABLISHMENT, name="Atelier Zuid Mechelen")
    dialog = shown(qtbot, MergeDialog(sqlite_ctx, ops, org_id))
    assert not dialog.merge_button.isEnabled()
    qtbot.keyClicks(dialog.picker.search_edit, "Atelier")
    assert dialog.picker.results_list.count() == 1  # the kept one is not offered
    dialog.picker.results_list.setCurrentRow(0)
    assert "Atelier Zuid (dubbel)" in dialog.preview_label.text()
    assert "1 vestiging(en), waarvan 1 open" in dialog.preview_label.text()
    assert set(dialog.field_checks) == {"name", "email"}  # the fields where the duplicate differs
    dialog.field_checks["email"].setChecked(True)
    assert dialog.merge_button.isEnabled()
    ok(dialog)
    assert dialog.result_moved and not dialog.isVisible()
    kept, gone = get_organisation(sqlite_ctx, org_id), get_organisation(sqlite_ctx, dup)
    assert kept.email == "dubbel@zuid.be" and kept.name == "Atelier Zuid vzw"
    assert [e.establishment_number for e in kept.establishments] == ["2.123.456.791"]
    assert gone.merged_into_id == org_id and gone.closed_on is not None


def test_closing_a_merged_or_closed_one_is_refused_in_the_dialog(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str
) -> None:
    dialog = shown(qtbot, CloseDialog(sqlite_ctx, ops, org_id))
    close_organisation(
        sqlite_ctx, org_id, on=sqlite_ctx.clock.today(), expected_version=dialog._organisation.version
    )
    ok(dialog)  # stale: someone closed it meanwhile
    assert dialog.isVisible() and dialog.message.text()


def test_dialogs_fit_the_laptop_screen(
    qtbot: QtBot, sqlite_ctx: AppContext, ops: Operations, org_id: str, tmp_path: Path
) -> None:
    for dialog in (
        OrganisationDialog(sqlite_ctx, ops, org_id),
        EstablishmentDialog(sqlite_ctx, ops, org_id),
        CloseDialog(sqlite_ctx, ops, org_id),
        MergeDialog(sqlite_ctx, ops, org_id),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.width() <= 1366 and dialog.height() <= 768
        assert dialog.grab().save(str(tmp_path / f"{type(dialog).__name__}.png"))
