"""Letters in the GUI: the letter dialog with its PDF preview, batches, and the template editor.

Real SQLite (the demo database), real PDFs read back with pypdf, the real task runner for cancel.
"""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QTreeWidget, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.gui.demo_rows import dossier_ids
from tests.gui.support import exposed, shown_window, sync_ops
from wsedesk.context import AppContext
from wsedesk.documents.letters import KINDS, Finding
from wsedesk.errors import UserError
from wsedesk.models import Document
from wsedesk.services.changes import Changes
from wsedesk.services.letters import render_for_dossier
from wsedesk.views.batch_letters import BatchLetterDialog
from wsedesk.views.letter_dialog import (
    DocumentPreviewDialog,
    LetterDialog,
    open_document_preview,
    open_letter_dialog,
)
from wsedesk.views.main_window import DOSSIERS
from wsedesk.views.tasks import TaskRunner
from wsedesk.views.template_editor import TemplateEditorDialog

NEW_SENTENCE = "Deze zin werd in Beheer aan het sjabloon toegevoegd."
SAMPLE_FINDINGS = (Finding("ED-1", "voldaan", "De kwaliteitsregistratie is geldig."),)


def pdf_text(pdf: bytes) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages).replace(
        "\n", " "
    )


def renderable(ctx: AppContext, ids: list[str], kind: str, count: int = 1, **values: object) -> list[str]:
    """The first `count` dossiers for which the letter can be made (demo data has gaps on purpose)."""
    found: list[str] = []
    for dossier_id in ids:
        try:
            render_for_dossier(ctx, dossier_id, kind, **values)  # type: ignore[arg-type]
        except UserError:
            continue
        found.append(dossier_id)
        if len(found) == count:
            break
    assert len(found) == count, f"the demo data has no {count} dossiers for a letter '{kind}'"
    return found


def document_count(ctx: AppContext, dossier_id: str | None = None) -> int:
    with ctx.uow() as uow:
        stmt = select(func.count()).select_from(Document)
        if dossier_id:
            stmt = stmt.where(Document.dossier_id == uuid.UUID(dossier_id))
        return int(uow.session.scalar(stmt) or 0)


def rows_of(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item for item in items if item is not None]


def assert_preview_ready(dialog: LetterDialog | TemplateEditorDialog | DocumentPreviewDialog) -> QPdfDocument:
    document = dialog.preview.document
    assert document is not None and dialog.preview.data is not None
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 1
    view = dialog.preview.view
    assert view is not None and view.document() is document and view.isVisible()
    return document


@pytest.fixture
def officer_ctx(demo_ctx: AppContext, second_user: Callable[..., AppContext]) -> AppContext:
    """A dossierbehandelaar of the demo data on the same database file."""
    return second_user(demo_ctx, login="bart.maes")


# --- the letter dialog -----------------------------------------------------------------------------


def test_a_fitting_dossier_shows_a_real_pdf_and_kinds_that_do_not_fit_are_disabled(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    (dossier_id,) = renderable(demo_ctx, dossier_ids(demo_ctx, "ED", "erkend"), "erkenning")
    dialog = exposed(qtbot, LetterDialog(demo_ctx, dossier_id, sync_ops()))

    assert dialog.current_kind() == "erkenning"
    document = assert_preview_ready(dialog)
    assert "erkenning" in document.metaData(QPdfDocument.MetaDataField.Keywords)
    assert "Voorbeeld" in dialog.preview.caption_label.text()
    assert dialog.store_button.isEnabled() and dialog.save_as_button.isEnabled()
    assert not dialog.error_label.isVisible()

    assert dialog.kind_enabled("erkenning")
    # Recognised without a reconsideration: its outcome letter is not offered, and the reason is shown.
    assert not dialog.kind_enabled("heroverweging")
    assert "kende geen heroverweging" in dialog.kind_tooltip("heroverweging")
    assert not dialog.kind_enabled("weigering")
    assert "past niet bij de status 'Erkend'" in dialog.kind_tooltip("weigering")
    assert not dialog.kind_enabled("validatie")
    assert "hoort niet bij een dossier van type ED" in dialog.kind_tooltip("validatie")
    # An erkenning needs no motivation and is not an advice: those fields stay hidden.
    assert dialog.reasons_box.isHidden() and dialog.advice_box.isHidden()
    assert dialog.approve_button.isHidden()


def test_storing_creates_a_document_that_the_list_shows_and_the_preview_opens(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    (dossier_id,) = renderable(demo_ctx, dossier_ids(demo_ctx, "ED", "erkend"), "erkenning")
    before = document_count(demo_ctx, dossier_id)
    dialog = exposed(qtbot, LetterDialog(demo_ctx, dossier_id, sync_ops()))
    preview_bytes = dialog.preview.data

    with qtbot.waitSignal(dialog.letter_stored, timeout=5000) as stored_signal:
        qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    stored = dialog.last_stored
    assert stored is not None and stored.final and stored.kind == "erkenning"
    assert stored_signal.args == [dossier_id, stored.document_id]
    assert stored.content == preview_bytes  # the preview was exactly the letter that got stored
    assert document_count(demo_ctx, dossier_id) == before + 1
    assert dialog.info_label.isVisible()
    assert f"versie {stored.revision}" in dialog.info_label.text()
    assert dialog.sha_edit.isVisible() and dialog.sha_edit.text() == stored.sha256
    assert "Opgeslagen document" in dialog.preview.caption_label.text()

    titles = [item.text(0) for item in rows_of(dialog.documents_tree)]
    assert any("Erkenning" in title for title in titles)
    current = dialog.documents_tree.currentItem()
    assert current is not None and current.data(0, Qt.ItemDataRole.UserRole) == stored.document_id

    # Input changes go back to a (not stored) preview; the stored document opens again from the list.
    dialog.refresh_preview()
    assert "Voorbeeld" in dialog.preview.caption_label.text()
    dialog.documents_tree.itemActivated.emit(current, 0)
    assert stored.filename in dialog.preview.caption_label.text()
    assert_preview_ready(dialog)

    # The same preview on its own, from anywhere a document is listed.
    parent = exposed(qtbot, QWidget())
    open_document_preview(parent, demo_ctx, stored.document_id)
    viewer = parent.findChild(DocumentPreviewDialog)
    assert viewer is not None and viewer.isVisible() and viewer.filename == stored.filename
    assert_preview_ready(viewer)
    viewer.close()


def test_a_missing_motivation_is_shown_inline_naming_the_placeholder(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    reasons = ("Er zijn geen gekwalificeerde begeleiders (ED-12).",)
    (dossier_id,) = renderable(
        demo_ctx, dossier_ids(demo_ctx, "ED", "geweigerd"), "weigering", reasons=reasons
    )
    dialog = exposed(qtbot, LetterDialog(demo_ctx, dossier_id, sync_ops()))
    assert dialog.current_kind() == "weigering" and dialog.reasons_box.isVisible()
    assert dialog.error_label.isVisible() and "{beslissing.motivering}" in dialog.error_label.text()
    assert dialog.preview.data is None
    assert not dialog.save_as_button.isEnabled() and not dialog.open_button.isEnabled()

    before = document_count(demo_ctx, dossier_id)
    qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)  # refused, shown, nothing stored
    assert "{beslissing.motivering}" in dialog.error_label.text()
    assert document_count(demo_ctx, dossier_id) == before

    dialog.reasons_edit.setPlainText("\n".join(reasons) + "\n\n")
    dialog.refresh_preview()
    assert not dialog.error_label.isVisible()
    assert_preview_ready(dialog)
    assert reasons[0] in pdf_text(dialog.preview.data or b"")


def test_an_advice_takes_the_checked_findings_and_a_proposal(qtbot: QtBot, demo_ctx: AppContext) -> None:
    ids = dossier_ids(demo_ctx, "ED", "in_onderzoek")
    candidates = renderable(demo_ctx, ids, "advies", proposed_decision="erkenning", findings=SAMPLE_FINDINGS)
    dialog = exposed(qtbot, LetterDialog(demo_ctx, candidates[0], sync_ops()))
    dialog.set_kind("advies")
    assert dialog.advice_box.isVisible() and not dialog.approve_button.isHidden()
    tree = dialog.findings_tree
    assert tree.topLevelItemCount() > 0
    assert all(item.checkState(0) == Qt.CheckState.Checked for item in rows_of(tree))
    assert "{advies.voorstel}" in dialog.error_label.text()  # no proposal yet

    dialog.proposal_edit.setText("erkenning als externe dienstverlener voor vijf jaar")
    dialog.refresh_preview()
    assert_preview_ready(dialog)
    text = pdf_text(dialog.preview.data or b"")
    assert "CONCEPT" in text and "erkenning als externe dienstverlener voor vijf jaar" in text
    first = dialog.findings()[0]
    assert first.rule_id in text and first.verdict in text  # the findings table

    for item in rows_of(tree):
        item.setCheckState(0, Qt.CheckState.Unchecked)
    dialog.refresh_preview()
    assert "{bevindingen}" in dialog.error_label.text()


def test_approve_is_only_for_a_team_lead_and_the_service_checks_it_too(
    qtbot: QtBot, demo_ctx: AppContext, officer_ctx: AppContext
) -> None:
    proposal = "erkenning als externe dienstverlener voor vijf jaar"
    ids = dossier_ids(demo_ctx, "ED", "advies")
    (dossier_id,) = renderable(demo_ctx, ids, "advies", proposed_decision=proposal, findings=SAMPLE_FINDINGS)

    officer = exposed(qtbot, LetterDialog(officer_ctx, dossier_id, sync_ops(), kind="advies"))
    assert officer.current_kind() == "advies"
    assert officer.approve_button.isVisible() and not officer.approve_button.isEnabled()
    assert "teamverantwoordelijke" in officer.approve_button.toolTip()
    assert not officer.remarks_edit.isEnabled()
    officer.proposal_edit.setText(proposal)
    officer.store()  # an officer may store the draft
    assert officer.last_stored is not None and not officer.last_stored.final
    officer.approve()  # the button is disabled, but the service refuses anyway
    assert officer.error_label.isVisible() and "teamverantwoordelijke" in officer.error_label.text()
    officer.close()

    lead = exposed(qtbot, LetterDialog(demo_ctx, dossier_id, sync_ops(), kind="advies"))
    assert lead.approve_button.isEnabled()
    lead.proposal_edit.setText(proposal)
    lead.remarks_edit.setPlainText("Akkoord na nazicht.")
    qtbot.mouseClick(lead.approve_button, Qt.MouseButton.LeftButton)
    approved = lead.last_stored
    assert approved is not None and approved.final and approved.revision == 2
    text = pdf_text(approved.content)
    assert "Akkoord na nazicht." in text and "CONCEPT" not in text
    assert "definitief" in lead.info_label.text()


def test_save_as_and_open_with_the_default_program(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (dossier_id,) = renderable(demo_ctx, dossier_ids(demo_ctx, "ED", "erkend"), "erkenning")
    dialog = exposed(qtbot, LetterDialog(demo_ctx, dossier_id, sync_ops()))
    target = tmp_path / "uit" / "brief"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF"))
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)

    qtbot.mouseClick(dialog.save_as_button, Qt.MouseButton.LeftButton)
    saved = target.with_name("brief.pdf")
    assert saved.read_bytes() == dialog.preview.data
    assert str(saved) in dialog.info_label.text()

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].isLocalFile()
    temp = Path(opened[0].toLocalFile())
    assert temp.suffix == ".pdf" and temp.read_bytes() == dialog.preview.data
    temp.unlink()

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "kon niet geopend worden" in dialog.error_label.text()


def test_open_letter_dialog_opens_a_window_modal_dialog_and_refreshes_the_caller(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    (dossier_id,) = renderable(demo_ctx, dossier_ids(demo_ctx, "ED", "erkend"), "erkenning")

    class Caller(QWidget):
        """Stands in for the dossier screen: it has the dossier's id and reloads it."""

        def __init__(self) -> None:
            super().__init__()
            self.dossier_id = dossier_id
            self.loads: list[str] = []
            ops.events.changed.connect(self.on_changed)

        def on_changed(self, changes: Changes) -> None:
            if self.dossier_id in changes.dossier_ids and not self.is_dirty():
                self.load(self.dossier_id)

        def load(self, loaded: str) -> None:
            self.loads.append(loaded)

        def is_dirty(self) -> bool:
            return False

    ops = sync_ops()
    caller = exposed(qtbot, Caller())
    open_letter_dialog(caller, demo_ctx, dossier_id, ops)
    dialog = caller.findChild(LetterDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert_preview_ready(dialog)
    dialog.store()
    assert caller.loads == [dossier_id]
    dialog.close()


def test_a_letter_stored_from_the_dossier_screen_shows_in_its_documents(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    (dossier_id,) = renderable(demo_ctx, dossier_ids(demo_ctx, "ED", "erkend"), "erkenning")
    window = shown_window(qtbot, demo_ctx, tmp_path, DOSSIERS)
    detail = window.dossiers_page.detail
    detail.load(dossier_id)
    before = detail.documents.topLevelItemCount()

    open_letter_dialog(detail, demo_ctx, dossier_id, window.ops)
    dialog = detail.findChild(LetterDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(detail.dossier_loaded, timeout=5000) as saved:
        qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    assert saved.args == [dossier_id]
    assert detail.documents.topLevelItemCount() == before + 1
    stored = dialog.last_stored
    assert stored is not None
    sha_column = [item.toolTip(3) for item in rows_of(detail.documents)]
    assert stored.sha256 in sha_column
    dialog.close()


# --- batches -------------------------------------------------------------------------------------


def test_a_batch_makes_letters_for_fitting_dossiers_and_reports_the_others(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    fitting = renderable(demo_ctx, dossier_ids(demo_ctx, "ED", "erkend"), "erkenning", count=3)
    not_fitting = dossier_ids(demo_ctx, "QR", "gevalideerd")[:2]
    before = document_count(demo_ctx)
    dialog = exposed(qtbot, BatchLetterDialog(demo_ctx, fitting + not_fitting, sync_ops()))

    assert dialog.current_kind() == "erkenning"
    assert "3 van 5" in dialog.kind_combo.currentText()
    assert not dialog.kind_enabled("weigering")  # needs a motivation per dossier
    assert not dialog.kind_enabled("schorsing")  # fits none of them
    with qtbot.waitSignal(dialog.letters_stored, timeout=5000) as stored_signal:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    assert sorted(s.dossier_id for s in dialog.result_made) == sorted(fitting)
    assert sorted(stored_signal.args[0]) == sorted(fitting)
    assert all(s.final and s.kind == "erkenning" for s in dialog.result_made)
    assert sorted(d for d, _ in dialog.result_refused) == sorted(not_fitting)
    assert all("hoort niet bij een dossier van type QR" in reason for _, reason in dialog.result_refused)
    assert document_count(demo_ctx) == before + 3
    assert dialog.results_tree.topLevelItemCount() == 5
    rows = [(item.text(0), item.text(1)) for item in rows_of(dialog.results_tree)]
    assert sum(result.startswith("geweigerd") for _, result in rows) == 2
    assert all(ref.startswith(("ED-", "QR-")) for ref, _ in rows)  # references, not ids
    assert "3 gemaakt, 2 geweigerd" in dialog.status_label.text()
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 5
    assert dialog.close_button.isEnabled()
    assert not dialog.cancel_button.isEnabled()
    assert not dialog.start_button.isEnabled()  # one run per dialog: no second revision by accident
    dialog.start()
    assert document_count(demo_ctx) == before + 3


def test_cancel_stops_a_running_batch(qtbot: QtBot, demo_ctx: AppContext) -> None:
    ids = dossier_ids(demo_ctx, "ED", "erkend")
    assert len(ids) > 50
    before = document_count(demo_ctx)
    runner = TaskRunner()
    dialog = exposed(qtbot, BatchLetterDialog(demo_ctx, ids, sync_ops(runner)))
    dialog.set_kind("erkenning")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.running and dialog.cancel_button.isEnabled() and not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 2, timeout=20000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert runner.wait(5000)

    assert "Geannuleerd" in dialog.status_label.text()
    processed = dialog.progress_bar.value()
    assert 2 <= processed < len(ids)
    made = document_count(demo_ctx) - before
    assert 1 <= made <= processed  # the letters made before the cancel stay stored
    assert dialog.result_made == [] and dialog.close_button.isEnabled()


def test_the_dossiers_page_offers_letters_for_a_multi_row_selection(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    window = shown_window(qtbot, demo_ctx, tmp_path, DOSSIERS)
    page = window.dossiers_page
    table = page.list_view.table
    assert table.selectionMode() == table.SelectionMode.ExtendedSelection
    table.selectRow(0)
    assert page.batch_letters_button.isEnabled()
    index = page.list_view.model.index(2, 0)
    table.selectionModel().select(
        index, table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows
    )
    chosen = page.list_view.selected_ids()
    assert len(chosen) == 2
    qtbot.mouseClick(page.batch_letters_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(BatchLetterDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.title_label.text() == "2 dossiers gekozen"
    dialog.close()
    table.clearSelection()
    assert not page.batch_letters_button.isEnabled()


# --- the template editor -------------------------------------------------------------------------


def test_the_editor_flags_an_unknown_placeholder_with_its_place_and_disables_saving(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    editor = exposed(qtbot, TemplateEditorDialog(demo_ctx, kind="erkenning"))
    assert editor.current_kind() == "erkenning" and editor.problems == []
    assert_preview_ready(editor)
    assert not editor.save_button.isEnabled()  # nothing changed yet

    editor.subject_edit.setFocus()
    editor.subject_edit.end(False)
    qtbot.keyClicks(editor.subject_edit, " {dossier.kenmerkk}")
    problems = editor.problems
    assert [(p.location, p.placeholder) for p in problems] == [("onderwerp", "dossier.kenmerkk")]
    assert not editor.save_button.isEnabled()
    assert "fouten" in editor.save_button.toolTip()
    assert editor.preview.data is None
    shown = editor.problems_list.item(0).text()
    assert shown.startswith("Onderwerp:") and "Bedoelt u {dossier.kenmerk}?" in shown

    editor.problems_list.itemClicked.emit(editor.problems_list.item(0))
    assert editor.subject_edit.selectedText() == "{dossier.kenmerkk}"

    # A block placeholder in the middle of a sentence is misplaced: the paragraph is named.
    editor.subject_edit.undo()
    editor.body_edit.setPlainText(
        editor.body_edit.toPlainText() + "\n\nZie {beslissing.motivering} hierboven."
    )
    assert any(
        p.location.startswith("tekst, alinea") and p.placeholder == "beslissing.motivering"
        for p in editor.problems
    )
    editor._loaded = editor.edited_template()  # leave without the "discard?" question


def test_a_placeholder_is_inserted_by_double_click(qtbot: QtBot, demo_ctx: AppContext) -> None:
    editor = exposed(qtbot, TemplateEditorDialog(demo_ctx, kind="ontvankelijk"))
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.closing_edit.setFocus()
    qtbot.waitUntil(editor.closing_edit.hasFocus)
    editor.closing_edit.end(False)
    tree = editor.placeholder_tree
    item = next(item for item in rows_of(tree) if item.text(0) == "{afzender.naam}")
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    # A real double-click: press and release, then the double-click event.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.closing_edit.text().endswith("{afzender.naam}")
    assert editor.problems == [] and editor.save_button.isEnabled()
    editor._loaded = editor.edited_template()


def test_a_saved_template_is_a_new_version_that_the_next_letter_uses(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    (dossier_id,) = renderable(demo_ctx, dossier_ids(demo_ctx, "ED", "erkend"), "erkenning")
    editor = exposed(qtbot, TemplateEditorDialog(demo_ctx, kind="erkenning"))
    assert "Versie 1" in editor.version_label.text()
    editor.body_edit.setPlainText(editor.body_edit.toPlainText() + "\n\n" + NEW_SENTENCE)
    assert editor.problems == [] and editor.save_button.isEnabled()
    editor.refresh_preview()
    assert NEW_SENTENCE in pdf_text(editor.preview.data or b"")

    with qtbot.waitSignal(editor.template_saved, timeout=5000) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == ["erkenning", 2]
    assert "versie 2" in editor.info_label.text()
    assert "Versie 2, aangepast" in editor.version_label.text()
    assert not editor.is_dirty() and not editor.save_button.isEnabled()
    editor.close()

    dialog = exposed(qtbot, LetterDialog(demo_ctx, dossier_id, sync_ops()))
    assert NEW_SENTENCE in pdf_text(dialog.preview.data or b"")
    dialog.store()
    assert dialog.last_stored is not None
    stored_text = pdf_text(dialog.last_stored.content)
    assert NEW_SENTENCE in stored_text and "sjabloon versie 2" in stored_text


def test_an_officer_may_try_templates_but_not_save_them(qtbot: QtBot, officer_ctx: AppContext) -> None:
    editor = exposed(qtbot, TemplateEditorDialog(officer_ctx, kind="erkenning"))
    editor.closing_edit.setText("Met hoogachting,")
    assert editor.problems == [] and editor.is_dirty()
    assert not editor.save_button.isEnabled()
    assert "teamverantwoordelijke" in editor.save_button.toolTip()
    assert "teamverantwoordelijke" in editor.permission_label.text()
    editor.save()  # the service refuses as well
    assert editor.error_label.isVisible() and "teamverantwoordelijke" in editor.error_label.text()
    editor._loaded = editor.edited_template()


def test_beheer_opens_the_template_editor(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from wsedesk.views.admin import AdminPage

    page = exposed(qtbot, AdminPage(demo_ctx, sync_ops()))
    qtbot.mouseClick(page.templates_button, Qt.MouseButton.LeftButton)
    editor = page.findChild(TemplateEditorDialog)
    assert editor is not None and editor.isVisible()
    assert editor.kind_list.count() == len(KINDS) == 19  # the 18 dossier letters and the visit report
    editor.close()
    QApplication.processEvents()
