"""The screen defects of issue #12, one test each: lists and their detail in step, the jump from an
organisation, buttons that stay in place, the letter dialog's store button, the information
request letter in Ingediend, 'Waarom deze datum?', the running count, the last change, and the
findings' evidence in Dutch."""

from __future__ import annotations

import io
import re
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.support import shown_window
from tests.gui.test_gui_terms import open_in_werkbak, running_ed5, submitted_ed
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.services.dossiers import DossierFilter, list_dossiers
from wsedesk.services.organisations import OrganisationFilter, list_organisations
from wsedesk.services.terms import WorkItem, count_work, request_information
from wsedesk.views.dossier_detail import DossierDetailPanel
from wsedesk.views.letter_dialog import LetterDialog, open_letter_dialog
from wsedesk.views.main_window import DOSSIERS, ORGANISATIES, MainWindow

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, demo_ctx, tmp_path)


# --- lists and their detail pane ------------------------------------------------------------------


def test_werkbak_light_filter_keeps_the_detail_in_step(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext
) -> None:
    view = window.werkbak_page.list_view
    view.set_team_mode(True)
    detail = window.werkbak_page.detail
    shown = detail.dossier_id
    assert shown is not None and view.model.item(0).light == "overdue"
    counts = count_work(demo_ctx, view.current_filter(), as_of=demo_ctx.clock.today())
    assert counts["due_soon"] > 0
    qtbot.mouseClick(view.light_buttons["due_soon"], Qt.MouseButton.LeftButton)
    # The overdue dossier left the list: the detail shows the list's first "binnenkort" dossier.
    listed = {view.model.item(r).dossier_id for r in range(view.model.rowCount())}
    assert shown not in listed
    assert detail.dossier_id == view.model.item(0).dossier_id
    assert view.selected_dossier() == detail.dossier_id
    assert view.table.selectionModel().currentIndex().row() == 0


def test_dossiers_new_search_keeps_the_detail_in_step(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page(DOSSIERS)
    page = window.dossiers_page
    view = page.list_view
    first = page.detail.dossier_id
    assert first is not None
    view.search_edit.setText("QR-2025")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.model.rowCount() > 0 and view.model.row_of(first) < 0
    assert page.detail.dossier_id == view.model.id_at(0)
    assert view.selected_id() == page.detail.dossier_id
    # A search that finds nothing: the detail shows nothing either.
    view.search_edit.setText("geen-enkel-dossier-heet-zo")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert view.model.rowCount() == 0
    assert page.detail.dossier_id is None
    # A refresh with the same filter (after a save elsewhere) does not move the detail.
    view.search_edit.setText("QR-2025")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    second = view.model.id_at(1)
    view.select_dossier(second, notify=True)
    assert page.detail.dossier_id == second
    page.refresh()
    assert page.detail.dossier_id == second


def test_an_organisations_dossiers_are_not_hidden_by_an_old_search(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext
) -> None:
    window.show_page(DOSSIERS)
    view = window.dossiers_page.list_view
    view.search_edit.setText("ED-2024")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    org = next(
        o for o in list_organisations(demo_ctx, OrganisationFilter(), limit=50) if o.dossier_count >= 2
    )
    window.show_page(ORGANISATIES)
    window.organisations_page.organisation_opened.emit(org.id, org.name)
    assert window.stack.currentIndex() == DOSSIERS
    assert view.search_edit.text() == ""
    assert view.model.rowCount() == org.dossier_count
    assert window.dossiers_page.detail.dossier_id == view.model.id_at(0)


# --- the dossier screen ------------------------------------------------------------------------


def test_the_common_buttons_stay_in_place_for_every_dossier_type(
    window: MainWindow, demo_ctx: AppContext
) -> None:
    window.show_page(DOSSIERS)
    detail = window.dossiers_page.detail
    bar = detail.actions_bar
    places: dict[str, set[tuple[int, int]]] = {}
    for dossier_type in ("ED", "QR", "MW", "DV"):
        for status_open in (True, False):
            rows = list_dossiers(
                demo_ctx, DossierFilter(dossier_type=dossier_type, open_only=status_open), limit=2
            )
            for row in rows:
                detail.load(row.id)
                for button in (bar.letter_button, bar.request_button, bar.received_button):
                    spot = button.mapTo(detail, button.rect().topLeft())
                    places.setdefault(button.text(), set()).add((spot.x(), spot.y()))
    assert all(len(spots) == 1 for spots in places.values()), places


def test_stopped_term_is_not_counted_as_running(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext
) -> None:
    item = running_ed5(demo_ctx)
    request_information(
        demo_ctx, item.dossier_id, on=demo_ctx.clock.today(), reason="De lijst van begeleiders ontbreekt"
    )
    detail = open_in_werkbak(qtbot, window.werkbak_page, item)
    terms = detail.terms_panel
    assert any(t.stopped for t in terms.terms)
    assert terms.summary_label.text() == "0 lopend, 1 stilgelegd, 1 afgesloten"


def test_last_change_moves_after_a_step_on_the_clock(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext, clock: FixedClock
) -> None:
    item = running_ed5(demo_ctx)
    detail = open_in_werkbak(qtbot, window.werkbak_page, item)
    before = detail.last_change_label.text()
    clock.fixed = clock.fixed + timedelta(hours=2)
    bar = detail.actions_bar
    with qtbot.waitSignal(detail.dossier_saved):
        qtbot.mouseClick(bar.request_button, Qt.MouseButton.LeftButton)
        dialog = bar.dialog
        assert dialog is not None
        dialog.set_values(clock.today(), "Het ondernemingsplan ontbreekt")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    after = detail.last_change_label.text()
    assert after != before
    assert f"op {clock.fixed.replace(tzinfo=None):%d/%m/%Y}" in after


def test_why_this_date_does_not_repeat_its_labels(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext
) -> None:
    item = running_ed5(demo_ctx)
    detail = open_in_werkbak(qtbot, window.werkbak_page, item)
    qtbot.mouseClick(detail.terms_panel.explain_button, Qt.MouseButton.LeftButton)
    dialog = detail.terms_panel.explanation_dialog
    assert dialog is not None
    lines = [line.strip() for line in dialog.view.toPlainText().splitlines() if line.strip()]
    assert any(line.startswith("■") or "Gebeurtenis:" in line for line in lines)
    text = dialog.view.toPlainText()
    for word in ("Gebeurtenis", "Termijn", "Vervaldag"):
        assert f"{word} {word}:" not in " ".join(text.split()), f"'{word}' shown twice"
    assert text.count("Gebeurtenis") == 1
    dialog.close()


# --- letters -------------------------------------------------------------------------------------


@pytest.fixture
def submitted(qtbot: QtBot, window: MainWindow, demo_ctx: AppContext) -> tuple[WorkItem, DossierDetailPanel]:
    """An ED dossier still 'ingediend', opened from the Werkbak."""
    item = submitted_ed(demo_ctx)
    return item, open_in_werkbak(qtbot, window.werkbak_page, item)


def test_store_is_enabled_only_with_a_preview_and_stores_it(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext, submitted: tuple[WorkItem, DossierDetailPanel]
) -> None:
    item, detail = submitted
    open_letter_dialog(detail, demo_ctx, item.dossier_id, window.ops)
    dialog = detail.findChild(LetterDialog)
    assert dialog is not None
    # 'Ontvankelijk' does not fit a dossier still Ingediend; no letter that fits has a preview
    # until a request stopped the clock: nothing to store.
    assert dialog.kind_enabled("informatievraag")
    dialog.set_kind("informatievraag")
    assert dialog.preview.data is None
    assert not dialog.store_button.isEnabled()
    assert "voorbeeld" in dialog.store_button.toolTip()
    dialog.close()


def test_ed_ingediend_offers_the_information_request_letter(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext, submitted: tuple[WorkItem, DossierDetailPanel]
) -> None:
    item, detail = submitted
    bar = detail.actions_bar
    assert bar.request_button.isEnabled()  # ED-4 runs: the clock can be stopped
    with qtbot.waitSignal(detail.dossier_saved):
        qtbot.mouseClick(bar.request_button, Qt.MouseButton.LeftButton)
        step = bar.dialog
        assert step is not None
        step.set_values(item.event_date + timedelta(days=1), "Kopie van de statuten")
        qtbot.mouseClick(step.ok_button, Qt.MouseButton.LeftButton)
    open_letter_dialog(detail, demo_ctx, item.dossier_id, window.ops)
    dialog = detail.findChild(LetterDialog)
    assert dialog is not None
    assert dialog.kind_enabled("informatievraag")
    dialog.set_kind("informatievraag")
    assert dialog.preview.data is not None
    assert dialog.store_button.isEnabled()
    with qtbot.waitSignal(detail.dossier_loaded, timeout=5000):
        qtbot.mouseClick(dialog.store_button, Qt.MouseButton.LeftButton)
    stored = dialog.last_stored
    assert stored is not None and stored.kind == "informatievraag"
    text = " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(stored.content)).pages)
    assert "Kopie van de statuten" in text and "ED-4" in text
    assert not dialog.store_button.isEnabled()  # stored: the preview now shows the stored document
    dialog.close()


# --- findings ------------------------------------------------------------------------------------


def test_findings_show_their_evidence_in_dutch(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext
) -> None:
    from wsedesk.views.findings_panel import evidence_rows

    window.show_page(DOSSIERS)
    detail = window.dossiers_page.detail
    rows = list_dossiers(demo_ctx, DossierFilter(dossier_type="ED", status="in_onderzoek"), limit=5)
    detail.load(rows[0].id)
    detail.tabs.setCurrentWidget(detail.findings_tab)
    panel = detail.findings_panel
    assert panel is not None
    findings = [f for f in panel.findings if f.evidence]  # type: ignore[attr-defined]
    assert findings
    for finding in findings:
        for label, value in evidence_rows(finding):
            assert "_" not in label, f"internal key {label!r} shown"
            assert not ISO_DATE.search(value), f"ISO date in {value!r}"
    tree = panel.tree  # type: ignore[attr-defined]
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) is findings[0]
    )
    tree.setCurrentItem(item)
    details = panel.details.toPlainText()  # type: ignore[attr-defined]
    assert "Gebruikte gegevens" in details
    assert not any(key in details for key in findings[0].evidence), details
    assert not ISO_DATE.search(details)
    assert not ISO_DATE.search(item.toolTip(0))
