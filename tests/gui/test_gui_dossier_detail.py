"""The dossier detail: header, timeline, documents, saving, and what a conflict looks like."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.gui.support import shown_window, sync_ops
from wsedesk.context import AppContext
from wsedesk.services.changes import Changes
from wsedesk.services.dossiers import DossierFilter, get_dossier, list_dossiers, update_dossier
from wsedesk.views.conflict_dialog import ConflictDialog
from wsedesk.views.dossier_detail import DossierDetailPanel
from wsedesk.views.dossier_list import DossiersPage
from wsedesk.views.main_window import DOSSIERS, MainWindow
from wsedesk.views.tasks import TaskRunner

pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> Iterator[MainWindow]:
    win = shown_window(qtbot, demo_ctx, tmp_path)
    win.activateWindow()
    win.show_page(DOSSIERS)
    yield win


@pytest.fixture
def page(window: MainWindow) -> DossiersPage:
    return window.dossiers_page


@pytest.fixture
def colleague(demo_ctx: AppContext, second_user: Callable[..., AppContext]) -> AppContext:
    """A second program on the same database file, used by someone else."""
    return second_user(demo_ctx)


def click_row(qtbot: QtBot, page: DossiersPage, row: int) -> None:
    table = page.list_view.table
    index = page.list_view.model.index(row, 0)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def a_dossier_with_a_long_timeline(page: DossiersPage, demo_ctx: AppContext) -> int:
    model = page.list_view.model
    for row in range(1, model.rowCount()):  # row 0 is already shown
        if len(get_dossier(demo_ctx, model.id_at(row)).timeline) >= 3:
            return row
    raise AssertionError("demo data without a dossier of 3+ events")


def test_first_dossier_is_shown_when_the_page_opens(page: DossiersPage) -> None:
    model = page.list_view.model
    assert page.detail.dossier_id == model.id_at(0)
    assert page.list_view.table.currentIndex().row() == 0


def test_selecting_a_row_shows_header_dates_and_timeline(
    qtbot: QtBot, page: DossiersPage, demo_ctx: AppContext
) -> None:
    row = a_dossier_with_a_long_timeline(page, demo_ctx)
    with qtbot.waitSignal(page.detail.dossier_loaded) as loaded:
        click_row(qtbot, page, row)
    dossier_id = page.list_view.model.id_at(row)
    assert loaded.args == [dossier_id]
    d = get_dossier(demo_ctx, dossier_id)
    detail = page.detail
    assert detail.reference_label.text() == d.reference
    assert d.type_label in detail.type_label.text()
    assert d.status_label in detail.status_label.text()
    assert d.organisation in detail.organisation_label.text()
    assert d.enterprise_number in detail.organisation_label.text()  # formatted 0xxx.xxx.xxx
    assert d.municipality in detail.place_label.text()
    assert detail.date_labels["submitted_on"].text() == d.submitted_on.strftime("%d/%m/%Y")
    assert detail.subject_edit.text() == d.subject
    assert detail.timeline.topLevelItemCount() == len(d.timeline)
    newest = d.timeline[-1]
    first = detail.timeline.topLevelItem(0)
    assert first.text(0) == newest.occurred_on.strftime("%d/%m/%Y")
    assert first.text(2) == newest.description
    assert first.text(3) == newest.recorded_by
    assert detail.documents.topLevelItemCount() == len(d.documents)
    assert not detail.save_button.isEnabled()


def test_edit_and_save_updates_database_and_list_row(
    qtbot: QtBot, page: DossiersPage, demo_ctx: AppContext
) -> None:
    detail = page.detail
    before = detail.detail
    assert before is not None
    target = next(
        i
        for i in range(1, detail.assignee_combo.count())
        if detail.assignee_combo.itemData(i) != before.assignee_id
    )
    new_name = detail.assignee_combo.itemText(target)
    detail.subject_edit.setText("Nieuw onderwerp")
    detail.assignee_combo.setCurrentIndex(target)
    detail.notes_edit.setPlainText("Gebeld met de aanvrager.")
    assert detail.save_button.isEnabled()
    assert detail.changed_label.text() == "Niet opgeslagen wijzigingen"

    with qtbot.waitSignal(detail.dossier_saved) as saved:
        qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [before.id]
    after = get_dossier(demo_ctx, before.id)
    assert (after.subject, after.notes, after.assignee) == (
        "Nieuw onderwerp",
        "Gebeld met de aanvrager.",
        new_name,
    )
    assert after.version == before.version + 1
    assert detail.detail is not None and detail.detail.version == after.version
    assert not detail.is_dirty()
    model = page.list_view.model
    row = model.row_of(before.id)
    assert model.data(model.index(row, 5)) == new_name  # the list row refreshed itself


def test_ctrl_s_saves(qtbot: QtBot, window: MainWindow, page: DossiersPage, demo_ctx: AppContext) -> None:
    detail = page.detail
    dossier_id = detail.dossier_id
    assert dossier_id is not None
    detail.notes_edit.setFocus()
    detail.notes_edit.setPlainText("Via Ctrl+S")
    with qtbot.waitSignal(detail.dossier_saved):
        qtbot.keyClick(detail.notes_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert get_dossier(demo_ctx, dossier_id).notes == "Via Ctrl+S"


def test_save_without_changes_does_nothing(qtbot: QtBot, page: DossiersPage, demo_ctx: AppContext) -> None:
    detail = page.detail
    assert detail.dossier_id is not None
    version = get_dossier(demo_ctx, detail.dossier_id).version
    detail.save()
    assert detail.changed_label.text() == "Geen wijzigingen om op te slaan."
    assert get_dossier(demo_ctx, detail.dossier_id).version == version


def colleague_saves(detail: DossierDetailPanel, colleague: AppContext, changes: dict[str, object]) -> str:
    """Meanwhile 'collega' saves `changes` on the dossier the panel shows (from the same version)."""
    loaded = detail.detail
    assert loaded is not None
    update_dossier(
        colleague,
        loaded.id,
        expected_version=loaded.version,
        original=loaded.editable_values(),
        changes=changes,
    )
    return loaded.id


def make_conflict(detail: DossierDetailPanel, colleague: AppContext) -> str:
    """Our user edits the notes; meanwhile 'collega' saves other notes on the same dossier."""
    detail.notes_edit.setPlainText("Mijn notitie")
    return colleague_saves(detail, colleague, {"notes": "Notitie van collega"})


def saved_into_a_conflict(detail: DossierDetailPanel, colleague: AppContext) -> tuple[str, ConflictDialog]:
    """make_conflict, then save: the dossier's id and the conflict dialog that opens."""
    dossier_id = make_conflict(detail, colleague)
    detail.save()
    dialog = detail.conflict_dialog
    assert dialog is not None
    return dossier_id, dialog


def test_conflict_names_the_colleague_keeps_my_input_and_overwrites_nothing(
    qtbot: QtBot, page: DossiersPage, demo_ctx: AppContext, colleague: AppContext
) -> None:
    detail = page.detail
    dossier_id = make_conflict(detail, colleague)

    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)

    dialog = detail.conflict_dialog
    assert isinstance(dialog, ConflictDialog)
    assert dialog in QApplication.topLevelWidgets()
    qtbot.waitUntil(dialog.isVisible)
    summary = dialog.summary_label.text()
    assert "collega" in summary
    assert "16/06/2025 09:30" in summary  # when: the colleague's save time
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(3)] == [
        "Notities",
        "Mijn notitie",
        "Notitie van collega",
    ]
    assert dialog.load_theirs_button.text() == "Laad hun versie"

    # Nothing overwritten; my input still in the form.
    assert get_dossier(demo_ctx, dossier_id).notes == "Notitie van collega"
    assert detail.notes_edit.toPlainText() == "Mijn notitie"

    dialog.reject()  # "Sluiten": the form stays as it is
    assert detail.conflict_dialog is None
    assert detail.notes_edit.toPlainText() == "Mijn notitie"
    assert get_dossier(demo_ctx, dossier_id).notes == "Notitie van collega"


def test_conflict_load_theirs_reloads(
    qtbot: QtBot, page: DossiersPage, demo_ctx: AppContext, colleague: AppContext
) -> None:
    detail = page.detail
    dossier_id, dialog = saved_into_a_conflict(detail, colleague)
    qtbot.mouseClick(dialog.load_theirs_button, Qt.MouseButton.LeftButton)
    assert detail.notes_edit.toPlainText() == "Notitie van collega"
    assert detail.detail is not None and detail.detail.version == get_dossier(demo_ctx, dossier_id).version
    assert not detail.is_dirty()


def test_conflict_keep_mine_on_their_version_then_save(
    qtbot: QtBot, page: DossiersPage, demo_ctx: AppContext, colleague: AppContext
) -> None:
    detail = page.detail
    dossier_id, dialog = saved_into_a_conflict(detail, colleague)
    qtbot.mouseClick(dialog.keep_mine_button, Qt.MouseButton.LeftButton)
    assert detail.notes_edit.toPlainText() == "Mijn notitie"
    assert detail.is_dirty()  # to review: nothing saved until the user saves again
    assert get_dossier(demo_ctx, dossier_id).notes == "Notitie van collega"
    with qtbot.waitSignal(detail.dossier_saved):
        detail.save()
    assert get_dossier(demo_ctx, dossier_id).notes == "Mijn notitie"


def test_conflict_on_assignee_names_people_not_ids(
    qtbot: QtBot, page: DossiersPage, colleague: AppContext
) -> None:
    detail = page.detail
    loaded = detail.detail
    assert loaded is not None
    combo = detail.assignee_combo
    names = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
    others = [uid for uid in names if uid != loaded.assignee_id]
    mine, theirs = others[0], others[1]
    combo.setCurrentIndex(combo.findData(mine))
    colleague_saves(detail, colleague, {"assignee_id": theirs})
    detail.save()
    dialog = detail.conflict_dialog
    assert dialog is not None
    assert [dialog.table.item(0, c).text() for c in range(3)] == ["Behandelaar", names[mine], names[theirs]]
    dialog.reject()


def test_unsaved_input_is_not_dropped_silently_when_choosing_another_row(
    qtbot: QtBot, page: DossiersPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    detail = page.detail
    first_id = detail.dossier_id
    detail.notes_edit.setPlainText("Nog niet opgeslagen")

    monkeypatch.setattr(detail, "_ask_unsaved", lambda: QMessageBox.StandardButton.Cancel)
    click_row(qtbot, page, 3)
    assert detail.dossier_id == first_id
    assert detail.notes_edit.toPlainText() == "Nog niet opgeslagen"
    assert page.list_view.table.currentIndex().row() == 0

    monkeypatch.setattr(detail, "_ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    click_row(qtbot, page, 3)
    assert detail.dossier_id == page.list_view.model.id_at(3)


def test_a_save_on_the_background_runner_is_announced_and_save_before_leaving_waits_for_it(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the real (threaded) runner: the save runs off the GUI thread, AppEvents.changed names
    the dossier, and "Opslaan" when leaving returns only once the dossier is stored."""
    runner = TaskRunner()
    ops = sync_ops(runner)
    panel = DossierDetailPanel(demo_ctx, ops)
    qtbot.addWidget(panel)
    dossier_id = list_dossiers(demo_ctx, DossierFilter(), limit=1)[0].id
    panel.load(dossier_id)
    announced: list[Changes] = []
    ops.events.changed.connect(announced.append)

    panel.notes_edit.setPlainText("Op de achtergrond bewaard")
    with qtbot.waitSignal(panel.dossier_saved, timeout=10_000):
        panel.save()
    assert [c.dossier_ids for c in announced] == [frozenset({dossier_id})]
    assert get_dossier(demo_ctx, dossier_id).notes == "Op de achtergrond bewaard"

    panel.notes_edit.setPlainText("Bewaard voor het vertrek")
    monkeypatch.setattr(DossierDetailPanel, "_ask_unsaved", lambda self: QMessageBox.StandardButton.Save)
    assert panel.confirm_leave()  # waited for the save
    assert get_dossier(demo_ctx, dossier_id).notes == "Bewaard voor het vertrek"
    assert not panel.is_dirty()
    runner.wait()
