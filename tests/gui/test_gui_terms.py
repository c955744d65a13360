"""Terms in the GUI: the Werkbak, the dossier's steps and clock, 'Waarom deze datum?', the
calculator, the calendar and the figures in Beheer — real widgets on a real SQLite database."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.support import shown_window, sync_ops
from tests.integration.dossier_edits import save_dossier
from wsedesk.context import AppContext
from wsedesk.errors import PermissionDeniedError
from wsedesk.rules.roles import Role
from wsedesk.rules.workflows import DossierType
from wsedesk.services.dossiers import get_dossier
from wsedesk.services.figures import compute_figures
from wsedesk.services.terms import (
    WorkFilter,
    WorkItem,
    add_calendar_day,
    apply_transition,
    count_work,
    dossier_terms,
    explain,
    worklist,
)
from wsedesk.views.admin import AdminPage
from wsedesk.views.dossier_detail import DossierDetailPanel
from wsedesk.views.main_window import BEHEER, DOSSIERS, WERKBAK, MainWindow
from wsedesk.views.werkbak import LIGHT_COLUMN, WerkbakPage

DUE_COLUMN, DAYS_COLUMN, REFERENCE_COLUMN, TERM_COLUMN = 1, 2, 3, 4


pytestmark = pytest.mark.usefixtures("discard_unsaved")


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> Iterator[MainWindow]:
    win = shown_window(qtbot, demo_ctx, tmp_path)
    win.activateWindow()
    yield win
    win.tasks.wait(10_000)


@pytest.fixture
def werkbak(window: MainWindow) -> WerkbakPage:
    assert window.stack.currentIndex() == WERKBAK
    return window.werkbak_page


def mine(ctx: AppContext, item: WorkItem) -> WorkItem:
    """Make the current user the dossier's assignee (through the service), if needed."""
    if item.assignee != ctx.user.display_name:
        save_dossier(ctx, item.dossier_id, {"assignee_id": ctx.user.id})
    return item


def running_ed5(ctx: AppContext) -> WorkItem:
    """An ED dossier in 'in onderzoek' with a running ED-5 term without suspensions, started at
    least 3 days ago, assigned to the current user."""
    today = ctx.clock.today()
    items = worklist(ctx, WorkFilter(dossier_type="ED", status="in_onderzoek"), as_of=today, limit=1000)
    candidates = [
        i
        for i in items
        if i.term_id == "ED-5"
        and i.light in ("ok", "due_soon")
        and i.event_date <= today - timedelta(days=3)
        and not any(t.result.suspensions for t in dossier_terms(ctx, i.dossier_id))
    ]
    candidates.sort(key=lambda i: i.assignee != ctx.user.display_name)  # mine first
    assert candidates, "demo data without a running ED-5 term"
    return mine(ctx, candidates[0])


def submitted_ed(ctx: AppContext) -> WorkItem:
    """An ED dossier still 'ingediend' (ED-4 running), assigned to the current user."""
    today = ctx.clock.today()
    items = worklist(ctx, WorkFilter(dossier_type="ED", status="ingediend"), as_of=today, limit=1000)
    candidates = [i for i in items if i.term_id == "ED-4"]
    candidates.sort(key=lambda i: i.assignee != ctx.user.display_name)
    assert candidates, "demo data without a submitted ED dossier"
    return mine(ctx, candidates[0])


def filter_werkbak(page: WerkbakPage, dossier_type: str, status: str) -> None:
    view = page.list_view
    view.type_combo.setCurrentIndex(view.type_combo.findData(dossier_type))
    view.status_combo.setCurrentIndex(view.status_combo.findData(status))
    assert view.model.filter.dossier_type == dossier_type and view.model.filter.status == status


def werkbak_row(page: WerkbakPage, term_row_id: str) -> int:
    """The row of an open term, fetching more pages if needed; -1 when not in the list."""
    model = page.list_view.model
    while model.row_of(term_row_id) < 0 and model.canFetchMore():
        model.fetchMore()
    return model.row_of(term_row_id)


def cell(page: WerkbakPage, row: int, column: int) -> str:
    model = page.list_view.model
    return str(model.data(model.index(row, column)))


def click_werkbak_row(qtbot: QtBot, page: WerkbakPage, row: int, *, double: bool = False) -> None:
    table = page.list_view.table
    index = page.list_view.model.index(row, REFERENCE_COLUMN)
    table.scrollTo(index)
    rect = table.visualRect(index)
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_in_werkbak(qtbot: QtBot, page: WerkbakPage, item: WorkItem) -> DossierDetailPanel:
    page.refresh()  # the assignee may just have changed
    filter_werkbak(page, item.dossier_type, item.status)
    row = werkbak_row(page, item.term_row_id)
    assert row >= 0
    if page.detail.dossier_id == item.dossier_id:
        click_werkbak_row(qtbot, page, row)  # already shown (the first row of the list)
    else:
        with qtbot.waitSignal(page.detail.dossier_loaded):
            click_werkbak_row(qtbot, page, row)
    assert page.detail.dossier_id == item.dossier_id
    return page.detail


# --- the required one: stop and restart the clock from the dossier screen --------------------


def test_stopping_and_restarting_the_clock_shows_in_the_werkbak(
    qtbot: QtBot, werkbak: WerkbakPage, demo_ctx: AppContext
) -> None:
    today = demo_ctx.clock.today()
    item = running_ed5(demo_ctx)
    before = explain(demo_ctx, item.term_row_id)
    assert before.due is not None and before.raw_end is not None
    detail = open_in_werkbak(qtbot, werkbak, item)
    bar = detail.actions_bar
    assert bar.request_button.isEnabled()
    assert not bar.received_button.isEnabled()
    row = werkbak_row(werkbak, item.term_row_id)
    assert cell(werkbak, row, DUE_COLUMN) == before.due.strftime("%d/%m/%Y")

    # "Vraag bijkomende informatie": the request went out the day after the term started.
    asked_on = item.event_date + timedelta(days=1)
    with qtbot.waitSignal(detail.dossier_saved):
        qtbot.mouseClick(bar.request_button, Qt.MouseButton.LeftButton)
        dialog = bar.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.chosen_date() == today  # the default
        dialog.set_values(asked_on, "De lijst van gekwalificeerde begeleiders ontbreekt")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert bar.dialog is None

    row = werkbak_row(werkbak, item.term_row_id)
    assert row >= 0
    assert cell(werkbak, row, LIGHT_COLUMN) == "stilgelegd"
    assert cell(werkbak, row, DUE_COLUMN) == ""  # no due date while the clock stands still
    assert cell(werkbak, row, DAYS_COLUMN) == ""
    assert werkbak.list_view.light_buttons["stopped"].text().endswith("stilgelegd")
    # The dossier screen: terms, buttons, timeline.
    terms = detail.terms_panel
    ed5 = next(i for i, t in enumerate(terms.terms) if t.id == item.term_row_id)
    texts = terms.row_texts(ed5)
    assert texts[2] == f"stilgelegd sinds {asked_on:%d/%m/%Y}"
    used = (asked_on - item.event_date).days - 1  # day 1 is the day after the event
    assert texts[3] == f"{used} dagen gebruikt, {45 - used} resterend"
    assert detail.tabs.tabText(detail.tabs.indexOf(terms)) == "Termijnen (stilgelegd)"
    assert not bar.request_button.isEnabled()
    assert bar.received_button.isEnabled()
    assert not bar.transition_buttons["advies_opmaken"].isEnabled()  # would be refused: clock stopped
    assert detail.timeline.topLevelItem(0).text(1) == "klok stilgelegd"

    # "Informatie ontvangen" today: the clock runs again, the due date moves by the days suspended.
    with qtbot.waitSignal(detail.dossier_saved):
        qtbot.mouseClick(bar.received_button, Qt.MouseButton.LeftButton)
        dialog = bar.dialog
        assert dialog is not None
        dialog.set_values(today)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    suspended = (today - asked_on).days
    expected = before.calendar.roll_forward(before.raw_end + timedelta(days=suspended))
    assert expected > before.due
    row = werkbak_row(werkbak, item.term_row_id)
    assert cell(werkbak, row, LIGHT_COLUMN) in ("op schema", "binnenkort")
    assert cell(werkbak, row, DUE_COLUMN) == expected.strftime("%d/%m/%Y")
    assert werkbak.list_view.model.item(row).due == expected
    assert detail.timeline.topLevelItem(0).text(1) == "klok loopt opnieuw"
    assert bar.request_button.isEnabled() and not bar.received_button.isEnabled()
    assert bar.transition_buttons["advies_opmaken"].isEnabled()


# --- the dossier screen ------------------------------------------------------------------------


def test_explanation_dialog_lists_the_steps(qtbot: QtBot, werkbak: WerkbakPage, demo_ctx: AppContext) -> None:
    today = demo_ctx.clock.today()
    items = worklist(demo_ctx, WorkFilter(dossier_type="ED", status="in_onderzoek"), as_of=today, limit=1000)
    with_suspension = next(
        i
        for i in items
        if i.term_id == "ED-5"
        and i.light != "stopped"
        and any(
            t.result.suspensions and not t.result.late_suspensions
            for t in dossier_terms(demo_ctx, i.dossier_id)
            if t.id == i.term_row_id
        )
    )
    detail = open_in_werkbak(qtbot, werkbak, mine(demo_ctx, with_suspension))
    terms = detail.terms_panel
    assert terms.current_term() is not None and terms.current_term().id == with_suspension.term_row_id
    qtbot.mouseClick(terms.explain_button, Qt.MouseButton.LeftButton)
    dialog = terms.explanation_dialog
    assert dialog is not None and dialog.isVisible()
    expected = explain(demo_ctx, with_suspension.term_row_id)
    assert dialog.windowTitle() == "Waarom deze datum? — ED-5"
    assert dialog.view.step_texts() == [step.text for step in expected.explanation]
    kinds = [step.kind for step in dialog.view.steps]
    assert kinds[0] == "event" and "suspension" in kinds and kinds[-1] == "due"
    shown = dialog.view.toPlainText()
    for step in expected.explanation:
        assert step.text in shown
    assert expected.due is not None
    assert dialog.summary_label.text().startswith("Vervaldag: ")
    assert "ED-5 · Onderzoek van de voorwaarden · 45 kalenderdagen" in dialog.title_label.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert expected.explanation[0].text in QApplication.clipboard().text()
    dialog.close()
    assert terms.explanation_dialog is None


def test_an_action_button_runs_the_transition(
    qtbot: QtBot, werkbak: WerkbakPage, demo_ctx: AppContext
) -> None:
    item = submitted_ed(demo_ctx)
    detail = open_in_werkbak(qtbot, werkbak, item)
    bar = detail.actions_bar
    assert set(bar.transition_buttons) == {"ontvankelijk", "onontvankelijk"}
    button = bar.transition_buttons["ontvankelijk"]
    assert button.text() == "Ontvankelijk verklaren"
    assert "Opent termijn ED-5" in button.toolTip()
    with qtbot.waitSignal(detail.dossier_saved):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = bar.dialog
        assert dialog is not None
        dialog.text_edit.setPlainText("Alle vijf delen aanwezig")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    today = demo_ctx.clock.today()
    d = get_dossier(demo_ctx, item.dossier_id)
    assert d.status == "in_onderzoek" and d.status_since == today
    assert detail.status_label.text() == "In onderzoek"
    assert detail.timeline.topLevelItem(0).text(2) == "Ontvankelijk verklaren: Alle vijf delen aanwezig"
    assert set(bar.transition_buttons) == {"advies_opmaken"}
    terms = detail.terms_panel
    assert [t.term_id for t in terms.terms] == ["ED-4", "ED-5"]
    assert terms.row_texts(0)[3].startswith(("gehaald op", "niet gehaald"))
    assert terms.row_texts(1)[1] == today.strftime("%d/%m/%Y")
    # The Werkbak follows: the dossier's open term is now ED-5, still selected.
    model = werkbak.list_view.model
    filter_werkbak(werkbak, "ED", "in_onderzoek")
    row = model.first_row_of_dossier(item.dossier_id)
    assert row >= 0 and model.item(row).term_id == "ED-5"
    assert werkbak.list_view.selected_dossier() == item.dossier_id


def test_a_refused_action_shows_a_message_and_changes_nothing(
    qtbot: QtBot, werkbak: WerkbakPage, demo_ctx: AppContext, second_user: Callable[..., AppContext]
) -> None:
    item = submitted_ed(demo_ctx)
    detail = open_in_werkbak(qtbot, werkbak, item)
    # Meanwhile a colleague declares it inadmissible: our button is now out of date.
    colleague = second_user(demo_ctx)
    apply_transition(colleague, item.dossier_id, "onontvankelijk", on=demo_ctx.clock.today())
    before = get_dossier(demo_ctx, item.dossier_id)
    saved: list[str] = []
    detail.dossier_saved.connect(saved.append)
    qtbot.mouseClick(detail.actions_bar.transition_buttons["ontvankelijk"], Qt.MouseButton.LeftButton)
    dialog = detail.actions_bar.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # stays open: the user reads why, then corrects or cancels
    assert "kan niet vanuit de status 'Onontvankelijk'" in dialog.error_label.text()
    assert not dialog.error_label.isHidden()
    after = get_dossier(demo_ctx, item.dossier_id)
    assert (after.status, after.version, len(after.timeline)) == (
        before.status,
        before.version,
        len(before.timeline),
    )
    assert saved == []
    dialog.reject()
    assert detail.actions_bar.dialog is None


def test_a_request_without_a_reason_is_refused_in_the_dialog(
    qtbot: QtBot, werkbak: WerkbakPage, demo_ctx: AppContext
) -> None:
    item = running_ed5(demo_ctx)
    detail = open_in_werkbak(qtbot, werkbak, item)
    qtbot.mouseClick(detail.actions_bar.request_button, Qt.MouseButton.LeftButton)
    dialog = detail.actions_bar.dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Vul dit veld in" in dialog.refusal
    assert not any(
        s.end is None for t in dossier_terms(demo_ctx, item.dossier_id) for s in t.result.suspensions
    )
    dialog.reject()


def test_letter_button_says_so_when_the_letter_module_is_missing(
    qtbot: QtBot, werkbak: WerkbakPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "wsedesk.views.letter_dialog", None)  # import fails
    bar = werkbak.detail.actions_bar
    assert bar.letter_button.isEnabled()
    qtbot.mouseClick(bar.letter_button, Qt.MouseButton.LeftButton)
    box = bar.message
    assert box is not None and box.isVisible()
    assert "nog niet beschikbaar" in box.text()
    box.close()


class _FakeFindingsPanel(QWidget):
    """Stands in for wsedesk.views.findings_panel.FindingsPanel (written separately)."""

    information_requested = Signal(str)
    seen: list[str | None] = []

    def __init__(self, ctx: AppContext, ops: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def set_dossier(self, dossier_id: str | None) -> None:
        self.seen.append(dossier_id)


def test_toetsing_tab_embeds_the_findings_panel_when_it_exists(
    qtbot: QtBot, werkbak: WerkbakPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = types.ModuleType("wsedesk.views.findings_panel")
    module.FindingsPanel = _FakeFindingsPanel  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "wsedesk.views.findings_panel", module)
    _FakeFindingsPanel.seen = []
    detail = werkbak.detail
    assert detail.findings_panel is None  # built when first shown
    detail.tabs.setCurrentWidget(detail.findings_tab)
    assert isinstance(detail.findings_panel, _FakeFindingsPanel)
    assert _FakeFindingsPanel.seen == [detail.dossier_id]
    # After the panel stopped the clock, the dossier screen and the lists read it again.
    with qtbot.waitSignal(detail.dossier_loaded), qtbot.waitSignal(detail.dossier_saved):
        detail.findings_panel.information_requested.emit(detail.dossier_id)


def test_toetsing_tab_says_when_the_findings_panel_is_missing(
    werkbak: WerkbakPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "wsedesk.views.findings_panel", None)
    detail = werkbak.detail
    detail.tabs.setCurrentWidget(detail.findings_tab)
    assert detail.findings_panel is None
    labels = [w.text() for w in detail.findings_tab.findChildren(QLabel)]
    assert any("nog niet beschikbaar" in text for text in labels)


# --- the Werkbak -----------------------------------------------------------------------------


def test_werkbak_counts_lights_team_and_filters(
    qtbot: QtBot, werkbak: WerkbakPage, demo_ctx: AppContext
) -> None:
    view = werkbak.list_view
    today = demo_ctx.clock.today()
    my_counts = count_work(demo_ctx, WorkFilter(assignee_id=demo_ctx.user.id), as_of=today)
    assert view.model.counts == my_counts
    assert view.light_buttons["overdue"].text() == f"{my_counts['overdue']} verstreken"
    assert view.count_label.text() == f"{sum(my_counts.values())} termijnen"
    assert not view.assignee_combo.isEnabled()

    qtbot.mouseClick(view.team_button, Qt.MouseButton.LeftButton)
    team_counts = count_work(demo_ctx, WorkFilter(), as_of=today)
    assert view.model.filter.assignee_id is None
    assert view.model.counts == team_counts and sum(team_counts.values()) > sum(my_counts.values())
    assert view.assignee_combo.isEnabled() and "hele team" in werkbak.note.text()
    assignees = {view.model.item(r).assignee for r in range(view.model.rowCount())}
    assert len(assignees) > 1

    qtbot.mouseClick(view.light_buttons["stopped"], Qt.MouseButton.LeftButton)
    model = view.model
    assert model.filter.light == "stopped" and model.total == team_counts["stopped"] > 0
    assert {cell(werkbak, r, LIGHT_COLUMN) for r in range(model.rowCount())} == {"stilgelegd"}
    assert {cell(werkbak, r, DUE_COLUMN) for r in range(model.rowCount())} == {""}
    assert model.data(model.index(0, LIGHT_COLUMN), Qt.ItemDataRole.DecorationRole) is not None
    qtbot.mouseClick(view.light_buttons["stopped"], Qt.MouseButton.LeftButton)  # again: everything
    assert model.filter.light is None and model.total == sum(team_counts.values())

    qtbot.mouseClick(view.light_buttons["overdue"], Qt.MouseButton.LeftButton)
    assert {cell(werkbak, r, LIGHT_COLUMN) for r in range(model.rowCount())} == {"verstreken"}
    assert all(cell(werkbak, r, DAYS_COLUMN).endswith("te laat") for r in range(model.rowCount()))
    view.set_light(None)

    filter_werkbak(werkbak, "QR", "ingediend")
    assert {model.item(r).term_id for r in range(model.rowCount())} == {"QR-4"}
    assert model.total == sum(
        count_work(demo_ctx, WorkFilter(dossier_type="QR", status="ingediend"), as_of=today).values()
    )
    assert all(
        cell(werkbak, r, TERM_COLUMN) == "QR-4 Beslissing over validatie" for r in range(model.rowCount())
    )


def test_werkbak_double_click_and_enter_open_the_dossier_on_the_dossiers_page(
    qtbot: QtBot, window: MainWindow, werkbak: WerkbakPage
) -> None:
    model = werkbak.list_view.model
    item = model.item(3)
    click_werkbak_row(qtbot, werkbak, 3)  # a real double-click starts with a press
    click_werkbak_row(qtbot, werkbak, 3, double=True)
    assert window.stack.currentIndex() == DOSSIERS
    assert window.dossiers_page.detail.dossier_id == item.dossier_id
    assert window.dossiers_page.list_view.selected_id() == item.dossier_id

    window.show_page(WERKBAK)
    other = model.item(5)
    click_werkbak_row(qtbot, werkbak, 5)
    werkbak.list_view.table.setFocus()
    qtbot.keyClick(werkbak.list_view.table, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == DOSSIERS
    assert window.dossiers_page.detail.dossier_id == other.dossier_id


def test_werkbak_follows_a_change_made_on_the_dossiers_page(
    qtbot: QtBot, window: MainWindow, werkbak: WerkbakPage, demo_ctx: AppContext
) -> None:
    item = running_ed5(demo_ctx)
    werkbak.refresh()
    filter_werkbak(werkbak, "ED", "in_onderzoek")
    assert werkbak_row(werkbak, item.term_row_id) >= 0
    window.show_page(DOSSIERS)
    window.dossiers_page.show_dossier(item.dossier_id, item.reference)
    detail = window.dossiers_page.detail
    assert detail.dossier_id == item.dossier_id
    qtbot.mouseClick(detail.actions_bar.request_button, Qt.MouseButton.LeftButton)
    dialog = detail.actions_bar.dialog
    assert dialog is not None
    dialog.set_values(demo_ctx.clock.today(), "Verklaring op eer ontbreekt")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    row = werkbak_row(werkbak, item.term_row_id)
    assert cell(werkbak, row, LIGHT_COLUMN) == "stilgelegd"


# --- the calculator ----------------------------------------------------------------------------


def test_calculator_computes_the_t1_example_and_a_suspension(qtbot: QtBot, window: MainWindow) -> None:
    window.calculator_action.trigger()  # Ctrl+T
    calc = window.term_calculator
    assert calc is not None and calc.isVisible() and not calc.isModal()
    assert window.calculator_action.shortcut().toString() == "Ctrl+T"

    calc.set_inputs(date(2025, 3, 3), 45)
    assert calc.term_result is not None and calc.term_result.due == date(2025, 4, 17)
    assert calc.due_label.text() == "Vervaldag: donderdag 17 april 2025"
    assert "Dag 1 is dinsdag 4 maart 2025" in calc.explanation.toPlainText()

    row = calc.add_suspension(date(2025, 3, 10), date(2025, 3, 20))
    assert calc.term_result is not None and calc.term_result.due == date(2025, 4, 28)
    assert calc.due_label.text() == "Vervaldag: maandag 28 april 2025"
    kinds = [step.kind for step in calc.explanation.steps]
    assert "suspension" in kinds and "shift" in kinds

    # Bad input: the end before the start. A message, no result, no crash.
    _start, end, is_open = calc.suspension_widgets(row)
    end.setDate(QDate(2025, 3, 5))
    assert calc.term_result is None
    assert not calc.error_label.isHidden()
    assert "vóór het begin" in calc.error_label.text()
    end.setDate(QDate(2025, 3, 20))
    assert calc.term_result is not None and calc.error_label.isHidden()

    # Still open: the clock stands still.
    is_open.setChecked(True)
    assert calc.term_result is not None and calc.term_result.due is None
    assert calc.due_label.text() == "Stilgelegd sinds maandag 10 maart 2025: 6 dagen gebruikt, 39 resterend."
    calc.suspension_table.selectRow(row)
    qtbot.mouseClick(calc.remove_button, Qt.MouseButton.LeftButton)
    assert calc.suspension_table.rowCount() == 0
    assert calc.term_result is not None and calc.term_result.due == date(2025, 4, 17)

    calc.working_radio.click()
    assert (
        calc.term_result is not None
        and calc.term_result.spec.working_days
        and calc.term_result.spec.rule_id == "T-2"
    )
    calc.preset_combo.setCurrentIndex(calc.preset_combo.findData("ED-4"))
    assert calc.days_spin.value() == 7 and calc.calendar_radio.isChecked()
    assert calc.term_result is not None and calc.term_result.spec.rule_id == "ED-4"


def test_calculator_uses_the_database_calendar(
    qtbot: QtBot, window: MainWindow, demo_ctx: AppContext
) -> None:
    add_calendar_day(demo_ctx, date(2025, 4, 17), "Brugdag (test)")
    window.calculator_action.trigger()
    calc = window.term_calculator
    assert calc is not None
    calc.set_inputs(date(2025, 3, 3), 45)
    assert calc.term_result is not None and calc.term_result.due == date(2025, 4, 18)


# --- Beheer: calendar and figures --------------------------------------------------------------


def test_team_lead_adds_and_removes_a_closing_day(
    qtbot: QtBot, window: MainWindow, werkbak: WerkbakPage, demo_ctx: AppContext
) -> None:
    window.show_page(BEHEER)
    section = window.admin_page.calendar_section
    window.admin_page.tabs.setCurrentWidget(section)
    assert section.add_button.isEnabled() and section.permission_label.isHidden()
    today = demo_ctx.clock.today()
    # A working day on which open terms are due: those move to the next working day.
    due_day = next(
        i.due
        for i in worklist(demo_ctx, WorkFilter(), as_of=today, limit=2000)
        if i.due is not None and i.due > today and i.due.weekday() < 4 and not i.term_id.startswith("QR")
    )
    section.date_edit.setDate(QDate(due_day.year, due_day.month, due_day.day))
    section.name_edit.setText("Brugdag")
    with qtbot.waitSignal(section.terms_recomputed, timeout=20_000) as recomputed:
        qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not section.busy, timeout=20_000)
    changed = recomputed.args[0]
    assert changed > 0
    assert "open termijnen kregen een andere vervaldag" in section.note_label.text() or changed == 1
    assert section.table.rowCount() == 1 and section.table.item(0, 1).text() == "Brugdag"
    assert section.table.item(0, 2).text() == "extra sluitingsdag"
    assert all(i.due != due_day for i in worklist(demo_ctx, WorkFilter(), as_of=today, limit=5000))

    section.table.selectRow(0)
    assert section.remove_button.isEnabled()
    with qtbot.waitSignal(section.terms_recomputed, timeout=20_000) as recomputed:
        qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not section.busy, timeout=20_000)
    assert recomputed.args[0] == changed
    assert section.table.rowCount() == 0


def test_a_second_entry_for_the_same_day_is_refused_with_a_message(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    add_calendar_day(demo_ctx, date(2025, 8, 14), "Brugdag")
    page = AdminPage(demo_ctx, sync_ops())
    qtbot.addWidget(page)
    page.activate()
    section = page.calendar_section
    section.add_day(date(2025, 8, 14), "Nog eens")
    assert "staat al in de kalender" in section.note_label.text()
    assert section.table.rowCount() == 1 and not section.busy


def test_only_a_team_lead_may_change_the_calendar(
    qtbot: QtBot, demo_ctx: AppContext, second_user: Callable[..., AppContext]
) -> None:
    officer = second_user(demo_ctx, login="behandelaar")
    assert officer.user.roles == frozenset({Role.DOSSIERBEHANDELAAR})
    with pytest.raises(PermissionDeniedError):
        add_calendar_day(officer, date(2025, 8, 14), "Brugdag")
    page = AdminPage(officer, sync_ops())
    qtbot.addWidget(page)
    page.activate()
    section = page.calendar_section
    assert not section.add_button.isEnabled()
    assert not section.remove_button.isEnabled()
    assert not section.name_edit.isEnabled()
    assert not section.permission_label.isHidden()
    assert "teamverantwoordelijke" in section.add_button.toolTip()


def test_figures_fill_the_tables_and_export_a_real_workbook(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = AdminPage(demo_ctx, sync_ops())
    qtbot.addWidget(page)
    page.activate()
    section = page.figures_section
    assert not section.export_button.isEnabled()
    section.from_edit.setDate(QDate(2024, 1, 1))
    section.to_edit.setDate(QDate(2025, 6, 16))
    qtbot.mouseClick(section.compute_button, Qt.MouseButton.LeftButton)
    expected = compute_figures(demo_ctx, date(2024, 1, 1), date(2025, 6, 16))
    assert section.figures == expected
    assert (
        section.processing_table.rowCount() == len(expected.processing) == len(DossierType)
    )  # one row per type
    assert section.terms_table.rowCount() == len(expected.terms) > 0
    ed = next(i for i, p in enumerate(expected.processing) if p.dossier_type == "ED")
    assert section.processing_table.item(ed, 0).text() == "Erkenning externe dienstverlener"
    assert section.processing_table.item(ed, 1).text() == str(expected.processing[ed].decided)
    first = expected.terms[0]
    assert [section.terms_table.item(0, c).text() for c in (0, 2, 3, 4)] == [
        first.term_id,
        str(first.closed),
        str(first.met),
        str(first.missed),
    ]
    assert "termijnen afgesloten" in section.status_label.text()

    target = tmp_path / "cijfers.xlsx"
    monkeypatch.setattr(section, "ask_export_path", lambda: target)
    assert section.export_button.isEnabled()
    qtbot.mouseClick(section.export_button, Qt.MouseButton.LeftButton)
    assert target.exists() and str(target) in section.status_label.text()
    book = openpyxl.load_workbook(target, read_only=True)
    try:
        assert book.sheetnames == ["Doorlooptijden", "Termijnen"]
        rows = list(book["Termijnen"].iter_rows(values_only=True))
        assert rows[0][:5] == ("Regel", "Termijn", "Afgesloten", "Gehaald", "Overschreden")
        assert rows[1][:5] == (first.term_id, first.label, first.closed, first.met, first.missed)
        processing = list(book["Doorlooptijden"].iter_rows(values_only=True))
        assert len(processing) == 1 + len(expected.processing)
    finally:
        book.close()


def test_figures_refuse_a_period_that_ends_before_it_starts(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = AdminPage(demo_ctx, sync_ops())
    qtbot.addWidget(page)
    section = page.figures_section
    section.from_edit.setDate(QDate(2025, 6, 1))
    section.to_edit.setDate(QDate(2025, 1, 1))
    qtbot.mouseClick(section.compute_button, Qt.MouseButton.LeftButton)
    assert "eindigt" in section.status_label.text() and section.figures is None
    assert section.compute_button.isEnabled()
