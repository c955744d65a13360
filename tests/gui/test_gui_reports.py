"""Verslagen: drop workbooks, read the result and its issues in context, overview and export,
missing reports and reminder letters, the indicator chart against the sector median.

Real SQLite files, real .xlsx files written in tmp_path (tests/data/reports/report_workbooks.py)
and read by the real reader in its worker process. The page runs its tasks on a
SynchronousTaskRunner, except in the test that cancels a real background import.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.data.reports import report_workbooks as wb
from tests.gui.support import exposed, shown, shown_window, sync_ops
from tests.integration.test_reports_import import dv_dossier
from tests.integration.users import update_me
from wsedesk.context import AppContext
from wsedesk.models import Document, Dossier, DossierEvent, Organisation, ReportSubmission
from wsedesk.services import report_demo as RD
from wsedesk.services import report_overview as RO
from wsedesk.views.main_window import VERSLAGEN
from wsedesk.views.reports_page import ReportsPage, workbook_paths
from wsedesk.views.tasks import SynchronousTaskRunner, TaskRunner

ORG = wb.ORG  # 0428759497, "Maatwerk De Brug vzw" in the workbooks
OTHER = wb.OTHER_ORG  # 0403170701
THIRD = "0202239951"
SHARE_ERROR = "Aandeel 90 % klopt niet met I01 / I02 = 63,8 %: verwacht 63,8 % ± 1 procentpunt."


# --- fixtures -----------------------------------------------------------------------------------


def _org(ctx: AppContext, number: str, name: str, kind: str, *, address: bool = True) -> str:
    where: dict[str, Any] = (
        {"street": "Kerkstraat 12", "postal_code": "9000", "municipality_nis": "44021"} if address else {}
    )
    with ctx.uow(write=True) as uow:
        org = Organisation(enterprise_number=number, name=name, kind=kind, email=f"info@{number}.be", **where)
        uow.session.add(org)
        uow.session.flush()
        org_id = str(org.id)
        uow.commit()
    return org_id


@pytest.fixture
def orgs(sqlite_ctx: AppContext) -> dict[str, str]:
    """Two maatwerkbedrijven and a maatwerkafdeling; two of them have a DV dossier for 2024 waiting."""
    # the letters' sender
    update_me(sqlite_ctx, phone="02 553 40 12", email="an.peeters@vlaanderen.be", display_name="An Peeters")
    ids = {
        "org": _org(sqlite_ctx, ORG, "Maatwerk De Brug vzw", "maatwerkbedrijf"),
        "other": _org(sqlite_ctx, OTHER, "Afdeling Stil", "maatwerkafdeling"),
        "third": _org(sqlite_ctx, THIRD, "Zonder Dossier cv", "maatwerkbedrijf"),
    }
    ids["org_dossier"] = dv_dossier(sqlite_ctx, ids["org"], 2024, number=1)
    ids["other_dossier"] = dv_dossier(sqlite_ctx, ids["other"], 2024, number=2)
    return ids


@pytest.fixture
def runner() -> SynchronousTaskRunner:
    return SynchronousTaskRunner()


@pytest.fixture
def page(
    qtbot: QtBot, sqlite_ctx: AppContext, runner: SynchronousTaskRunner, orgs: dict[str, str]
) -> ReportsPage:
    widget = exposed(qtbot, ReportsPage(sqlite_ctx, sync_ops(runner)), (1200, 800))
    widget.activate()
    return widget


def _shares(target: str, total: str) -> dict[str, Any]:
    """I01, I02 and a consistent I03 (the reader checks I03 ≈ I01 / I02 × 100)."""
    t, n = Decimal(target), Decimal(total)
    return {"I01": float(t), "I02": float(n), "I03": float((t * 100 / n).quantize(Decimal("0.01")))}


def _drop(page: ReportsPage, paths: list[Path]) -> QDropEvent:
    """What a drag from the file manager delivers: a DragEnter, then a Drop with file URLs."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = page.rect().center()
    enter = QDragEnterEvent(
        centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(centre),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, drop)
    return drop


def _cell(model: Any, row: int, column: int) -> str:
    return str(model.data(model.index(row, column)))


def _double_click(qtbot: QtBot, table: Any, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    # A real double-click starts with a press; QTest's mouseDClick alone sends only the second half.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- import -------------------------------------------------------------------------------------


def test_drop_a_good_and_a_broken_workbook(
    page: ReportsPage, sqlite_ctx: AppContext, orgs: dict[str, str], tmp_path: Path
) -> None:
    good = wb.write_filled(tmp_path / "goed.xlsx", ID05=2024)
    broken = wb.write_filled(tmp_path / "fout.xlsx", ID05=2024, I03=90)

    drop = _drop(page, [good, broken])

    assert drop.isAccepted()
    assert page.tabs.currentWidget() is page.import_tab and not page.is_busy()
    model = page.results_model
    assert model.rowCount() == 2
    assert [_cell(model, r, 0) for r in range(2)] == ["goed.xlsx", "fout.xlsx"]
    assert [_cell(model, r, 1) for r in range(2)] == ["opgeslagen", "geweigerd"]
    assert _cell(model, 0, 2) == "Maatwerk De Brug vzw" and _cell(model, 0, 3) == "2024"
    assert _cell(model, 1, 2) == "Maatwerk De Brug vzw"  # the name the workbook gives
    assert [_cell(model, r, 4) for r in range(2)] == ["0", "1"]  # errors
    assert _cell(model, 0, 6) == "DV-2025-00001 (Verslag ontvangen)"
    assert page.import_summary.text() == "2 bestand(en) gelezen: 1 opgeslagen, 1 geweigerd."

    # The rejected file is selected: its error, located precisely.
    assert page.selected_outcome() is not None and page.selected_outcome().file == str(broken)  # type: ignore[union-attr]
    issues = page.issues_model
    assert issues.rowCount() == 1
    assert [_cell(issues, 0, c) for c in range(6)] == ["Fout", "Indicatoren", "D7", "I03", "", SHARE_ERROR]

    # Selecting the stored file shows its (warning-only) list.
    page.results_table.selectRow(0)
    assert all(_cell(issues, r, 0) == "Waarschuwing" for r in range(issues.rowCount()))

    # All-or-nothing: only the good workbook is stored; the DV dossier took the receipt step.
    [stored] = RO.list_submissions(sqlite_ctx, orgs["org"])
    assert stored.file_name == "goed.xlsx" and stored.report_year == 2024
    with sqlite_ctx.uow() as uow:
        dossier = uow.session.get(Dossier, uuid.UUID(orgs["org_dossier"]))
        assert dossier is not None and dossier.status == "ontvangen"
    # The overview was read again.
    row = next(r for r in page.overview_model.rows() if r.organisation_id == orgs["org"])
    assert row.received and row.received_on == date(2025, 6, 16)


def test_dropping_again_says_already_imported_and_non_files_are_refused(
    page: ReportsPage, tmp_path: Path
) -> None:
    good = wb.write_filled(tmp_path / "goed.xlsx", ID05=2024)
    _drop(page, [good])
    _drop(page, [good])
    assert _cell(page.results_model, 0, 1) == "al ingelezen"
    assert "al ingelezen op 16/06/2025" in _cell(page.issues_model, 0, 5)

    mime = QMimeData()
    mime.setUrls([QUrl("https://example.be/verslag.xlsx")])
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page, enter)
    assert not enter.isAccepted()


def test_a_folder_gives_its_workbooks(tmp_path: Path) -> None:
    folder = tmp_path / "map"
    (folder / "sub").mkdir(parents=True)
    good = wb.write_filled(tmp_path / "bron.xlsx", ID05=2024)
    for name in ("b.xlsx", "A.XLSX", "~$b.xlsx", ".verborgen.xlsx", "sub/c.xlsm"):
        (folder / name).write_bytes(good.read_bytes())
    (folder / "notities.txt").write_text("geen werkmap")
    (folder / "oud.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    loose = tmp_path / "los.xls"
    loose.write_bytes(b"\xd0\xcf\x11\xe0")

    found = workbook_paths([folder, loose, folder / "b.xlsx"])

    # A folder: its .xlsx/.xlsm (sub-folders too), no lock or hidden files; a file: as given.
    assert found == [folder / "A.XLSX", folder / "b.xlsx", folder / "sub" / "c.xlsm", loose]


def test_folder_import_through_the_page(page: ReportsPage, sqlite_ctx: AppContext, tmp_path: Path) -> None:
    folder = tmp_path / "binnen"
    folder.mkdir()
    wb.write_filled(folder / "brug.xlsx", ID05=2024)
    wb.write_filled(
        folder / "stil.xlsx", ID05=2024, ID01=OTHER, ID02="Afdeling Stil", ID04="maatwerkafdeling"
    )
    (folder / "leesmij.txt").write_text("x")

    page.import_paths([folder])

    assert [_cell(page.results_model, r, 1) for r in range(2)] == ["opgeslagen", "opgeslagen"]
    with sqlite_ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ReportSubmission)) == 2
    assert page.tabs.tabText(page.tabs.indexOf(page.missing_tab)) == "Ontbrekende verslagen (1)"


def test_double_click_on_an_error_shows_the_cell_in_its_sheet(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    broken = wb.write_filled(tmp_path / "fout.xlsx", ID05=2024, I03=90)
    _drop(page, [broken])
    _double_click(qtbot, page.issues_table, 0)

    dialog = page.context_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading_label.text() == "Fout in Indicatoren!D7, code I03"
    assert dialog.message_label.text() == SHARE_ERROR
    excerpt = dialog.excerpt
    assert excerpt is not None and excerpt.source == "workbook" and excerpt.sheet == "Indicatoren"
    # The rows around D7 as they are in the workbook, the answer cell highlighted.
    assert dialog.focus_text() == "90"
    assert excerpt.focus is not None
    focus_row, focus_column = excerpt.focus
    assert dialog.table.verticalHeaderItem(focus_row).text() == "7"
    assert dialog.table.horizontalHeaderItem(focus_column).text() == "D"
    assert dialog.table.item(focus_row, 0).text() == "I03"
    assert dialog.table.item(focus_row - 1, 0).text() == "I02"  # its neighbours
    assert dialog.table.item(focus_row + 1, 0).text() == "I04"
    assert dialog.table.item(focus_row - 2, 3).text() == "25,5"
    dialog.close()

    # The file moved away: the template's neighbouring codes with the values read, and why.
    broken.unlink()
    _double_click(qtbot, page.issues_table, 0)
    assert dialog.isVisible()
    assert dialog.excerpt is not None and dialog.excerpt.source == "template"
    assert "Bestand niet gevonden" in dialog.note_label.text()
    assert dialog.focus_text() == "90"
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())][:4] == [
        "I01",
        "I02",
        "I03",
        "I04",
    ]
    dialog.close()


def test_a_file_level_error_opens_without_a_cell(qtbot: QtBot, page: ReportsPage, tmp_path: Path) -> None:
    old = wb.write_xls(tmp_path / "oud.xls")
    _drop(page, [old])
    assert "(.xls, Excel 97-2003) wordt niet ondersteund" in _cell(page.issues_model, 0, 5)
    _double_click(qtbot, page.issues_table, 0)
    dialog = page.context_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading_label.text() == "Fout in de werkmap als geheel"
    assert not dialog.table.isVisible()
    dialog.close()


def test_cancel_a_real_background_import(
    qtbot: QtBot, sqlite_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _org(sqlite_ctx, ORG, "Maatwerk De Brug vzw", "maatwerkbedrijf")
    files = [
        wb.write_filled(tmp_path / f"verslag-{year}.xlsx", ID05=year)
        for year in (2020, 2021, 2022, 2023, 2024)
    ]
    runner = TaskRunner()
    widget = shown(qtbot, ReportsPage(sqlite_ctx, sync_ops(runner)))
    widget.activate()
    try:
        handle = widget.import_paths(files)
        assert handle is not None and widget.is_busy()
        assert widget.busy_bar.isVisible() and not widget.files_button.isEnabled()
        # Closing the window now asks first; "No" keeps it running.
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
        assert not widget.confirm_leave() and widget.is_busy()
        qtbot.mouseClick(widget.cancel_button, Qt.MouseButton.LeftButton)
        assert widget.cancel_button.text() == "Wordt onderbroken…"
        qtbot.waitUntil(lambda: not widget.is_busy(), timeout=60_000)
    finally:
        runner.wait(60_000)

    run = widget.last_import
    assert run is not None and run.cancelled and len(run.outcomes) < len(files)
    assert widget.results_model.rowCount() == len(run.outcomes)
    assert "Onderbroken" in widget.import_summary.text()
    assert not widget.busy_bar.isVisible() and widget.files_button.isEnabled()
    assert widget.confirm_leave()  # nothing running: no question
    # What was read before the stop is stored; nothing after it.
    with sqlite_ctx.uow() as uow:
        count = uow.session.scalar(select(func.count()).select_from(ReportSubmission))
    assert count == sum(o.stored for o in run.outcomes)


# --- overview and export ------------------------------------------------------------------------


def test_overview_fills_and_exports_a_real_workbook(
    qtbot: QtBot,
    page: ReportsPage,
    orgs: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.import_paths([wb.write_filled(tmp_path / "goed.xlsx", ID05=2024)])
    page.tabs.setCurrentWidget(page.overview_tab)

    model = page.overview_model
    assert page.year == 2024 and model.rowCount() == 3
    names = [_cell(model, r, 0) for r in range(3)]
    assert names == ["Afdeling Stil", "Maatwerk De Brug vzw", "Zonder Dossier cv"]
    brug = names.index("Maatwerk De Brug vzw")
    assert [_cell(model, brug, c) for c in range(model.columnCount())] == [
        "Maatwerk De Brug vzw",
        "Maatwerkbedrijf",
        "16/06/2025",
        "25,5",
        "40",
        "63,75",
        "1.234.568",
        "-1.000",
        "250.000",
        "voldaan",
        "",
    ]
    assert _cell(model, names.index("Afdeling Stil"), 9) == "geen verslag"
    assert page.overview_summary.text().startswith("Verslagjaar 2024: 1 van 3 verslagen ontvangen")
    assert page.tabs.tabText(page.tabs.indexOf(page.overview_tab)) == "Overzicht 2024"

    # Sorting on a number column puts the empty rows last.
    page.overview_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert _cell(model, 0, 0) == "Maatwerk De Brug vzw"

    # Export through the button (the dialog answered with a name without .xlsx).
    target = tmp_path / "overzicht"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "overzicht.xlsx"
    assert written.is_file() and "geëxporteerd naar overzicht.xlsx" in page.overview_summary.text()
    sheet = load_workbook(written).active
    assert sheet is not None and sheet.title == "Verslagen 2024"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Organisatie" and rows[0][1] == "Ondernemingsnummer"
    by_name = {r[0]: r for r in rows[1:]}
    assert set(by_name) == {"Afdeling Stil", "Maatwerk De Brug vzw", "Zonder Dossier cv"}
    header = list(rows[0])
    brug_row = by_name["Maatwerk De Brug vzw"]
    assert brug_row[1] == "0428.759.497"
    assert brug_row[header.index("I03 Aandeel doelgroepwerknemers")] == pytest.approx(63.75)
    assert brug_row[header.index("MW-1 labelvoorwaarden")] == "voldaan"
    assert by_name["Afdeling Stil"][header.index("MW-1 labelvoorwaarden")] == "geen verslag"


def test_year_selector_reads_another_year(page: ReportsPage, tmp_path: Path) -> None:
    page.import_paths([wb.write_filled(tmp_path / "2023.xlsx", ID05=2023)])
    assert page.overview_summary.text().startswith("Verslagjaar 2024: 0 van 3")
    page.set_year(2023)
    assert page.overview_summary.text().startswith("Verslagjaar 2023: 1 van 3")
    assert page.tabs.tabText(page.tabs.indexOf(page.missing_tab)) == "Ontbrekende verslagen (2)"


# --- missing reports and reminders --------------------------------------------------------------


def test_missing_list_and_reminder_letters(
    qtbot: QtBot,
    page: ReportsPage,
    sqlite_ctx: AppContext,
    orgs: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.tabs.setCurrentWidget(page.missing_tab)
    model = page.missing_model
    assert [_cell(model, r, 0) for r in range(model.rowCount())] == [
        "Afdeling Stil",
        "Maatwerk De Brug vzw",
        "Zonder Dossier cv",
    ]
    assert [_cell(model, r, 6) for r in range(3)] == ["ja", "ja", "nee"]
    assert _cell(model, 0, 4) == "DV-2025-00002" and _cell(model, 0, 5) == "Verslag verwacht"
    assert (
        "3 organisaties zonder verslag over 2024 (uiterste datum 31/07/2025)" in page.missing_summary.text()
    )
    assert not page.remind_button.isEnabled()

    # Only the organisation without a dossier chosen: nothing to write.
    page.missing_table.selectRow(2)
    assert not page.remind_button.isEnabled()

    asked: list[tuple[int, int]] = []
    monkeypatch.setattr(page, "_confirm_reminders", lambda n, skipped: asked.append((n, skipped)) or True)
    page.missing_table.selectAll()
    assert page.remind_button.isEnabled()
    qtbot.mouseClick(page.remind_button, Qt.MouseButton.LeftButton)

    assert asked == [(2, 1)]
    with sqlite_ctx.uow() as uow:
        docs = list(uow.session.scalars(select(Document).where(Document.kind == "herinnering-verslag")))
        events = list(uow.session.scalars(select(DossierEvent).where(DossierEvent.kind == "brief")))
    assert sorted(str(d.dossier_id) for d in docs) == sorted([orgs["org_dossier"], orgs["other_dossier"]])
    assert all(d.content.startswith(b"%PDF") and d.final for d in docs)
    assert len(events) == 2
    summary = page.reminder_summary.text()
    assert "2 herinnering(en) opgemaakt" in summary
    assert "1 gekozen organisatie(s) zonder DV-dossier in status 'verwacht' overgeslagen" in summary
    assert page.last_reminders is not None and page.last_reminders.letters == 2
    assert not page.is_busy() and not page.busy_bar.isVisible()


def test_a_reminder_that_cannot_be_written_says_why(
    page: ReportsPage, sqlite_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    org_id = _org(sqlite_ctx, "0207500123", "Adres Onbekend vzw", "maatwerkbedrijf", address=False)
    dv_dossier(sqlite_ctx, org_id, 2024, number=3)
    page.refresh()
    row = [m.organisation_id for m in page.missing_model.rows()].index(org_id)
    page.missing_table.selectRow(row)
    monkeypatch.setattr(page, "_confirm_reminders", lambda n, skipped: True)
    page.remind_button.click()
    assert page.last_reminders is not None and page.last_reminders.letters == 0
    assert (
        "Niet opgemaakt voor DV-2025-00003: De waarde voor {geadresseerde.adres}"
        in page.reminder_summary.text()
    )
    with sqlite_ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Document)) == 0


# --- charts -------------------------------------------------------------------------------------


def _points(series: Any) -> list[tuple[float, float]]:
    return [(p.x(), p.y()) for p in series.points()]


def test_chart_shows_the_stored_values_against_the_sector_median(
    qtbot: QtBot, page: ReportsPage, sqlite_ctx: AppContext, orgs: dict[str, str], tmp_path: Path
) -> None:
    files = []
    for year, brug, third in (
        (2022, ("30", "40"), ("20", "25")),
        (2023, ("27", "40"), ("22", "40")),
        (2024, ("25.5", "40"), ("30", "40")),
    ):
        files.append(wb.write_filled(tmp_path / f"brug-{year}.xlsx", ID05=year, **_shares(*brug)))
        files.append(
            wb.write_filled(
                tmp_path / f"derde-{year}.xlsx",
                ID05=year,
                ID01=THIRD,
                ID02="Zonder Dossier cv",
                **_shares(*third),
            )
        )
    page.import_paths(files)
    assert all(o.stored for o in page.last_import.outcomes)  # type: ignore[union-attr]
    page.tabs.setCurrentWidget(page.overview_tab)

    # Click the organisation in the overview: the chart follows.
    row = [r.organisation_id for r in page.overview_model.rows()].index(orgs["org"])
    rect = page.overview_table.visualRect(page.overview_model.index(row, 0))
    qtbot.mouseClick(page.overview_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = page.chart_panel
    assert panel.organisation_id == orgs["org"] and panel.indicator == "I03"
    assert panel.title_label.full_text() == "Maatwerk De Brug vzw"
    assert panel.org_series is not None and panel.median_series is not None
    assert _points(panel.org_series) == [(2022, 75.0), (2023, 67.5), (2024, 63.75)]
    medians = RO.sector_medians(sqlite_ctx, "I03", kind="maatwerkbedrijf")
    assert medians == [(2022, Decimal("77.5")), (2023, Decimal("61.25")), (2024, Decimal("69.375"))]
    assert _points(panel.median_series) == [(y, float(m)) for y, m in medians]
    assert panel.median_series.name() == "Mediaan maatwerkbedrijven"
    # MW-1's share condition for a maatwerkbedrijf: 65 % up to 2022, 55 % from report year 2023.
    assert panel.threshold_series is not None
    # Drawn as steps across each year's band: 65 for 2022, 55 for 2023 and 2024.
    assert _points(panel.threshold_series) == [(2021.5, 65.0), (2022.5, 65.0), (2022.5, 55.0), (2024.5, 55.0)]
    assert set(panel.chart.series()) == {panel.org_series, panel.median_series, panel.threshold_series}

    # MW-3: the share fell 7.5 points from 2022 to 2023; listed next to the chart.
    texts = [panel.findings_list.item(i).text() for i in range(panel.findings_list.count())]
    assert any(t.startswith("2023 · MW-3: aandeel doelgroepwerknemers daalde") for t in texts), texts
    assert {f.signal for f in panel.findings} == {"share_drop"}

    # Another indicator: the values stored for it.
    panel.set_indicator("I01")
    assert _points(panel.org_series) == [(2022, 30.0), (2023, 27.0), (2024, 25.5)]
    assert _points(panel.median_series) == [
        (y, float(m)) for y, m in RO.sector_medians(sqlite_ctx, "I01", kind="maatwerkbedrijf")
    ]
    assert panel.indicator_combo.count() == 15  # I01…I17 without the two ja/nee rows
    assert panel.indicator_combo.findData("I14") == -1

    # An organisation without reports: an empty chart that says so.
    page.select_organisation(orgs["other"])
    assert panel.org_series is None and panel.chart.series() == []
    assert panel.chart.title() == "Nog geen verslagen met I01"


# --- in the main window, on the demo database ---------------------------------------------------


def test_main_window_shows_the_page_on_demo_reports(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    result = RD.generate_demo_reports(demo_ctx, 2024, seed=5)
    assert result.stored > 0
    window = shown_window(qtbot, demo_ctx, tmp_path, VERSLAGEN)
    page = window.reports_page
    assert isinstance(page, ReportsPage) and window.stack.currentWidget() is page
    overview = RO.report_overview(demo_ctx, 2024)
    assert page.overview_model.rowCount() == len(overview)
    assert sum(r.received for r in page.overview_model.rows()) == result.stored
    assert page.missing_model.rowCount() == len(RO.missing_reports(demo_ctx, 2024))
    # The first organisation with a report is charted at once.
    assert page.chart_panel.org_series is not None and page.chart_panel.org_series.count() == 1
