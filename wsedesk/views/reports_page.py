"""Verslagen (Ctrl+4): import sustainability reports, the year's overview, missing reports, follow-up charts.

Long work (reading workbooks, writing reminder letters, reading a workbook to show an issue in
context) goes through the main window's one task runner; only paths, ids and the services' plain
result objects cross threads. The overview and the missing list are read on the GUI thread: they
are two SQL queries over at most a few hundred organisations.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QItemSelection, QModelIndex, Qt, QUrl, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wsedesk.progress import CancelledError
from wsedesk.rules.reports import submission_deadline
from wsedesk.services.changes import Changes
from wsedesk.services.organisations import organisation_kinds
from wsedesk.services.report_excerpts import IssueExcerpt, issue_excerpt, numeric_indicators
from wsedesk.services.report_overview import (
    MW1_NOT_MET,
    MissingReport,
    OverviewRow,
    export_overview,
    missing_reports,
    report_overview,
)
from wsedesk.services.reports import IMPORT_ROLES, ImportCancelled, ImportOutcome, ReportIssue, import_reports
from wsedesk.views.common import Page, format_date, make_muted, size_columns, tr_data
from wsedesk.views.report_columns import (
    OVERVIEW_CODES,
    issue_columns,
    missing_columns,
    overview_columns,
    result_columns,
)
from wsedesk.views.report_context_dialog import IssueContextDialog
from wsedesk.views.report_tables import ListTableModel
from wsedesk.views.widgets import make_table, pane_splitter

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations
    from wsedesk.views.report_chart import IndicatorChartPanel
    from wsedesk.views.tasks import TaskHandle, TaskProgress

# What a folder contributes; single files are passed as dropped (the reader names what is wrong
# with a .xls or a renamed PDF, which is more useful than silently ignoring it).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
REMINDER_KIND = "herinnering-verslag"
YEARS_BACK = 8
# The overview's indicator columns, a subset of services.reports.KEY_INDICATORS that fits the page.


def workbook_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders (and their sub-folders) give their .xlsx/.xlsm files, by name.

    Excel's lock files (`~$verslag.xlsx`) and hidden files in a folder are skipped.
    """
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            found.append(path)
            continue
        inside: list[Path] = []
        # os.walk does not follow symbolic links to folders: a link loop cannot make this endless.
        for folder, _dirs, names in os.walk(path):
            inside.extend(
                Path(folder) / name
                for name in names
                if Path(name).suffix.lower() in WORKBOOK_SUFFIXES and not name.startswith(("~$", "."))
            )
        found.extend(sorted(inside, key=lambda p: str(p).casefold()))
    return list(dict.fromkeys(found))


def _local_paths(urls: Sequence[QUrl]) -> list[Path]:
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


def _sorted_table(model: ListTableModel, name: str, *, multi: bool = False) -> QTableView:
    """A list held whole, sorted on its first column at first; a header click sorts on another."""
    table = make_table(model, multi=multi)
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    return table


@dataclass(frozen=True)
class ImportRun:
    """What an import task hands back: every outcome, and whether the user stopped it early."""

    outcomes: list[ImportOutcome]
    requested: int
    cancelled: bool = False


@dataclass
class ReminderRun:
    """What a batch of reminder letters came to: letters made, dossiers refused (and why), how far it got."""

    letters: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)  # (dossier id, reason)
    handled: int = 0
    cancelled: bool = False


class _CountingProgress:
    """Passes progress on and remembers how far the work got (generate_batch cancels without a tally)."""

    def __init__(self, progress: TaskProgress) -> None:
        self._progress = progress
        self.done = 0

    def report(self, done: int, total: int, text: str = "") -> None:
        self.done = done
        self._progress.report(done, total, text)

    def cancelled(self) -> bool:
        return self._progress.cancelled()


class ReportsPage(Page):
    """Import by drag and drop or file dialog; overview, charts and reminders per report year."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops  # the one runner (imports, reminders) and the events they announce
        self._handle: TaskHandle | None = None
        self._busy_kind: str | None = None
        self._excerpt_request = 0
        self.last_import: ImportRun | None = None
        self.last_reminders: ReminderRun | None = None
        self.context_dialog: IssueContextDialog | None = None
        self._kind_labels = dict(organisation_kinds())
        self._indicator_labels = {code: label for code, label, _unit in numeric_indicators()}
        self.setAcceptDrops(True)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top_bar())
        layout.addWidget(self._build_busy_bar())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.import_tab = self._build_import_tab()
        self.overview_tab = self._build_overview_tab()
        self.missing_tab = self._build_missing_tab()
        self.tabs.addTab(self.import_tab, self.tr("Inlezen"))
        self.tabs.addTab(self.overview_tab, self.tr("Overzicht"))
        self.tabs.addTab(self.missing_tab, self.tr("Ontbrekende verslagen"))
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._on_tab_changed)

        can_import = bool(ctx.user.roles & IMPORT_ROLES)
        for button in (self.files_button, self.folder_button):
            button.setEnabled(can_import)
            if not can_import:
                button.setToolTip(
                    self.tr(
                        "Enkel een projectadviseur, dossierbehandelaar of teamverantwoordelijke leest verslagen in."
                    )
                )
        self._can_import = can_import
        self.year_combo.currentIndexChanged.connect(self._on_year_changed)
        self.files_button.clicked.connect(self._on_files_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.results_table.selectionModel().currentRowChanged.connect(self._on_result_row_changed)
        self.issues_table.doubleClicked.connect(self._on_issue_double_clicked)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.overview_table.selectionModel().currentRowChanged.connect(self._on_overview_row_changed)
        self.missing_table.selectionModel().selectionChanged.connect(self._on_missing_selection_changed)
        self.remind_button.clicked.connect(self._on_remind_clicked)

    # --- building ------------------------------------------------------------------------------

    def _build_top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        today = self._ctx.clock.today()
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Verslagjaar"))
        self.year_combo.setToolTip(
            self.tr("Het verslagjaar van het overzicht en van de ontbrekende verslagen")
        )
        for year in range(today.year - 1, today.year - 1 - YEARS_BACK, -1):
            self.year_combo.addItem(str(year), year)
        self.files_button = QPushButton(self.tr("Bestanden inlezen…"))
        self.files_button.setToolTip(
            self.tr("Ingevulde duurzaamheidsverslagen (.xlsx, .xlsm) kiezen en inlezen")
        )
        self.folder_button = QPushButton(self.tr("Map inlezen…"))
        self.folder_button.setToolTip(
            self.tr("Elke .xlsx- en .xlsm-werkmap in een map (en haar submappen) inlezen")
        )
        self.received_edit = QDateEdit()
        self.received_edit.setAccessibleName(self.tr("Ontvangen op"))
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd/MM/yyyy")
        self.received_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.received_edit.setDate(QDate(today.year, today.month, today.day))
        self.received_edit.setToolTip(
            self.tr("De dag waarop de verslagen binnenkwamen; bepaalt of ze laattijdig zijn (MW-2)")
        )
        hint = QLabel(self.tr("of sleep werkmappen of een map naar dit scherm"))
        make_muted(hint)
        bar.addWidget(QLabel(self.tr("Verslagjaar:")))
        bar.addWidget(self.year_combo)
        bar.addSpacing(24)
        bar.addWidget(self.files_button)
        bar.addWidget(self.folder_button)
        bar.addWidget(QLabel(self.tr("ontvangen op")))
        bar.addWidget(self.received_edit)
        bar.addWidget(hint)
        bar.addStretch(1)
        return bar

    def _build_busy_bar(self) -> QWidget:
        self.busy_bar = QWidget()
        row = QHBoxLayout(self.busy_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.busy_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat("%v / %m")
        self.cancel_button = QPushButton(self.tr("Annuleren"))
        row.addWidget(self.busy_label)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        self.busy_bar.setVisible(False)
        return self.busy_bar

    @staticmethod
    def _tab() -> tuple[QWidget, QVBoxLayout]:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 6, 0, 0)
        return tab, layout

    @staticmethod
    def _summary_line(layout: QVBoxLayout) -> QLabel:
        """The line at a tab's top that says what it shows."""
        label = QLabel()
        label.setWordWrap(True)
        layout.addWidget(label)
        return label

    def _build_import_tab(self) -> QWidget:
        tab, layout = self._tab()
        self.import_summary = self._summary_line(layout)

        self.import_stack = QStackedWidget()
        self.drop_hint = QLabel(
            self.tr(
                "Sleep ingevulde duurzaamheidsverslagen (.xlsx, .xlsm) of een map met verslagen naar dit "
                "scherm, of kies «Bestanden inlezen…».\n\nElk bestand wordt gecontroleerd en enkel opgeslagen "
                "als het geen fouten bevat; een geweigerd bestand verandert niets aan de databank."
            )
        )
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setWordWrap(True)
        self.drop_hint.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_hint.setMargin(40)
        make_muted(self.drop_hint)
        self.import_stack.addWidget(self.drop_hint)

        self.results_model = ListTableModel(result_columns(self), self)
        self.results_table = make_table(self.results_model)
        self.results_table.setAccessibleName(self.tr("Ingelezen verslagen"))
        self.issues_model = ListTableModel(issue_columns(self), self)
        self.issues_table = make_table(self.issues_model)
        self.issues_table.setAccessibleName(self.tr("Meldingen"))
        self.issues_table.setWordWrap(True)
        self.issues_table.setToolTip(self.tr("Dubbelklik op een melding om de cel in de werkmap te zien"))
        self.issues_label = QLabel(self.tr("Meldingen — dubbelklik om de cel in de werkmap te zien"))
        issues_box = QWidget()
        issues_layout = QVBoxLayout(issues_box)
        issues_layout.setContentsMargins(0, 4, 0, 0)
        issues_layout.addWidget(self.issues_label)
        issues_layout.addWidget(self.issues_table, 1)
        split = pane_splitter(Qt.Orientation.Vertical, (self.results_table, 2), (issues_box, 3))
        self.import_stack.addWidget(split)
        layout.addWidget(self.import_stack, 1)
        size_columns(
            self.results_table,
            (
                "duurzaamheidsverslag-2025-0000000000.xlsx",
                "al ingelezen",
                None,
                "2024",
                "Fouten",
                "Waarschuwingen",
                "DV-2025-00000 (Verslag ontvangen)",
            ),
            stretch=2,
        )
        size_columns(
            self.issues_table, ("Waarschuwing", "Indicatoren", "D00", "ID00", "MW-0", None), stretch=5
        )
        return tab

    def _build_overview_tab(self) -> QWidget:
        tab, layout = self._tab()
        bar = QHBoxLayout()
        self.overview_summary = QLabel()
        self.export_button = QPushButton(self.tr("Exporteren naar Excel…"))
        bar.addWidget(self.overview_summary, 1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.overview_model = ListTableModel(
            overview_columns(self, self._kind_labels, self._indicator_labels), self
        )
        self.overview_model.set_muted(lambda r: not r.received)
        self.overview_table = _sorted_table(self.overview_model, self.tr("Overzicht van de verslagen"))
        size_columns(
            self.overview_table,
            (
                None,
                "Maatwerkafdeling",
                "00/00/0000 laat",
                *(["1.234.567"] * len(OVERVIEW_CODES)),
                "niet voldaan",
                "signaal",
            ),
            stretch=0,
        )
        # The chart (QtCharts, ~10 MB once drawn) is made when the tab is first shown (issue #13);
        # until then the organisation it is to show is kept (`_chart_wanted`).
        self._chart: IndicatorChartPanel | None = None
        self._chart_wanted: tuple[str | None, str, str | None] = (None, "", None)
        self.overview_split = pane_splitter(
            Qt.Orientation.Vertical,
            (self.overview_table, 1),
            (QWidget(), 1),  # QWidget: the chart's place
        )
        layout.addWidget(self.overview_split, 1)
        return tab

    def _build_missing_tab(self) -> QWidget:
        tab, layout = self._tab()
        self.missing_summary = self._summary_line(layout)
        self.missing_model = ListTableModel(missing_columns(self, self._kind_labels), self)
        self.missing_model.set_muted(lambda r: not r.reminder_possible)
        self.missing_table = _sorted_table(self.missing_model, self.tr("Ontbrekende verslagen"), multi=True)
        size_columns(
            self.missing_table,
            (
                None,
                "0000.000.000",
                "Maatwerkafdeling",
                "naam@organisatie.be",
                "DV-2025-00000",
                "Verslag ontvangen",
                "nee",
            ),
            stretch=0,
        )
        layout.addWidget(self.missing_table, 1)
        bar = QHBoxLayout()
        self.remind_button = QPushButton(self.tr("Herinneringen opmaken…"))
        self.remind_button.setEnabled(False)
        self.remind_button.setToolTip(
            self.tr(
                "Een brief 'herinnering verslag' bij het DV-dossier van elke gekozen organisatie "
                "(enkel voor een dossier in status 'verwacht')"
            )
        )
        self.reminder_summary = QLabel()
        self.reminder_summary.setWordWrap(True)
        self.reminder_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.remind_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.reminder_summary, 1)
        layout.addLayout(bar)
        return tab

    # --- Page ----------------------------------------------------------------------------------

    @property
    def year(self) -> int:
        return int(self.year_combo.currentData())

    def set_year(self, year: int) -> None:
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))

    def load(self) -> None:
        self.load_overview()
        self.load_missing()

    def is_busy(self) -> bool:
        return self._busy_kind is not None

    def confirm_leave(self) -> bool:
        """Closing while an import or a batch of letters runs: stop it after the current file or letter."""
        if self._handle is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Verslagen"),
            self.tr(
                "Er wordt nog gewerkt ({what}). Onderbreken en sluiten? Wat al klaar is, blijft bewaard."
            ).format(what=self.busy_label.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._handle.cancel()
        self._ops.tasks.wait(60_000)  # a file being read stops within the reader's own time limit
        return True

    # --- import --------------------------------------------------------------------------------

    def import_paths(self, paths: Iterable[str | Path]) -> TaskHandle | None:
        """Import these files (folders: their workbooks) in the background. The drop handler calls this."""
        files = workbook_paths(paths)
        self.tabs.setCurrentWidget(self.import_tab)
        if not files:
            self.import_summary.setText(self.tr("Geen .xlsx- of .xlsm-bestanden gevonden."))
            return None
        if self.is_busy() or not self._can_import:
            return None
        ctx = self._ctx
        qdate = self.received_edit.date()
        received_on = date(qdate.year(), qdate.month(), qdate.day())

        def work(progress: TaskProgress) -> ImportRun:
            try:
                outcomes = import_reports(ctx, files, received_on=received_on, progress=progress)
            except ImportCancelled as exc:  # the files handled before the stop stay stored: show them
                return ImportRun(exc.outcomes, len(files), cancelled=True)
            return ImportRun(outcomes, len(files))

        self.import_summary.setText(self.tr("{n} bestand(en) worden ingelezen…").format(n=len(files)))
        return self._start("import", self.tr("Inlezen"), work, self._on_import_done)

    def _on_import_done(self, run: ImportRun) -> None:
        self.last_import = run
        outcomes = run.outcomes
        self.results_model.set_rows(outcomes)
        self.import_stack.setCurrentIndex(1)
        stored = sum(o.outcome == "stored" for o in outcomes)
        rejected = sum(o.outcome == "rejected" for o in outcomes)
        duplicate = sum(o.outcome == "duplicate" for o in outcomes)
        parts = [self.tr("{n} opgeslagen").format(n=stored), self.tr("{n} geweigerd").format(n=rejected)]
        if duplicate:
            parts.append(self.tr("{n} al eerder ingelezen").format(n=duplicate))
        text = self.tr("{n} bestand(en) gelezen: {parts}.").format(n=len(outcomes), parts=", ".join(parts))
        if run.cancelled:
            text += " " + self.tr("Onderbroken: {rest} van {total} bestanden niet gelezen.").format(
                rest=run.requested - len(outcomes), total=run.requested
            )
        self.import_summary.setText(text)
        # Show the first file that needs attention; else the first.
        first = next((i for i, o in enumerate(outcomes) if o.errors), 0 if outcomes else -1)
        if first >= 0:
            self.results_table.selectRow(first)
        else:
            self.issues_model.set_rows([])
        if stored:
            if self._activated:
                self.load()
            stored_ids = [o.dossier_id for o in outcomes if o.stored and o.dossier_id]
            self._ops.announce(Changes.of("dossier", "report", dossier_ids=stored_ids))

    def selected_outcome(self) -> ImportOutcome | None:
        index = self.results_table.currentIndex()
        return self.results_model.row_at(index.row()) if index.isValid() else None

    def show_issue_context(self, row: int) -> IssueContextDialog | None:
        """Open the dialog for issue `row` of the selected file; the rows around its cell follow."""
        outcome = self.selected_outcome()
        if outcome is None or not 0 <= row < self.issues_model.rowCount():
            return None
        issue: ReportIssue = self.issues_model.row_at(row)
        if self.context_dialog is None:
            self.context_dialog = IssueContextDialog(self)
        dialog = self.context_dialog
        dialog.show_issue(outcome.file, issue)
        dialog.show()  # a child dialog stays above the window; no raise() needed
        if issue.cell or issue.code:
            self._excerpt_request += 1
            request = self._excerpt_request
            path, version, values = outcome.file, outcome.read.template_version, dict(outcome.read.values)

            def work(_progress: TaskProgress) -> IssueExcerpt:
                return issue_excerpt(path, issue, template_version=version, values=values)

            def done(excerpt: IssueExcerpt) -> None:
                if request == self._excerpt_request and dialog.issue is issue:
                    dialog.show_excerpt(excerpt)

            self._ops.tasks.start(work, on_success=done)  # a read: nothing to announce
        return dialog

    # --- overview and chart --------------------------------------------------------------------

    @property
    def chart_panel(self) -> IndicatorChartPanel:
        """The organisation's chart below the overview, made the first time it is asked for."""
        if self._chart is None:
            from wsedesk.views.report_chart import IndicatorChartPanel

            self._chart = IndicatorChartPanel(self._ctx)
            self.overview_split.replaceWidget(1, self._chart).deleteLater()
            self.overview_split.setStretchFactor(1, 1)
            if self._chart_wanted[0] is not None:
                self._chart.show_organisation(*self._chart_wanted)
        return self._chart

    def _chart_organisation(self) -> str | None:
        return self._chart.organisation_id if self._chart is not None else self._chart_wanted[0]

    def _show_in_chart(self, organisation_id: str | None, name: str = "", kind: str | None = None) -> None:
        if self._chart is None:
            self._chart_wanted = (organisation_id, name, kind)
        else:
            self._chart.show_organisation(organisation_id, name, kind)

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.overview_tab:
            _ = self.chart_panel  # made now: the tab shows it

    def load_overview(self) -> None:
        year = self.year
        rows = report_overview(self._ctx, year)
        previous = self._chart_organisation()
        self.overview_model.set_rows(rows)
        received = [r for r in rows if r.received]
        late = sum(bool(r.late) for r in received)
        mw1 = sum(r.mw1 == MW1_NOT_MET for r in received)
        mw3 = sum(r.mw3 for r in received)
        self.overview_summary.setText(
            self.tr(
                "Verslagjaar {y}: {n} van {t} verslagen ontvangen, {late} laattijdig · MW-1 niet voldaan: {mw1} · "
                "MW-3-signaal: {mw3}"
            ).format(y=year, n=len(received), t=len(rows), late=late, mw1=mw1, mw3=mw3)
        )
        self.export_button.setEnabled(bool(rows))
        self.tabs.setTabText(self.tabs.indexOf(self.overview_tab), self.tr("Overzicht {y}").format(y=year))
        # Keep the organisation in the chart when it is still listed; else the first with a report.
        ids = [r.organisation_id for r in self.overview_model.rows()]
        target = (
            previous
            if previous in ids
            else next((r.organisation_id for r in self.overview_model.rows() if r.received), None)
        )
        if target is not None:
            self.select_organisation(target)
        else:
            self._show_in_chart(None)

    def select_organisation(self, organisation_id: str) -> bool:
        """Select the organisation in the overview (the chart follows); False when it is not listed."""
        for row, r in enumerate(self.overview_model.rows()):
            if r.organisation_id == organisation_id:
                self.overview_table.selectRow(row)
                self.overview_table.scrollTo(self.overview_model.index(row, 0))
                if self._chart_organisation() != organisation_id:
                    self._show_in_chart(r.organisation_id, r.name, r.kind)
                return True
        return False

    def export_overview_to(self, path: str | Path) -> Path:
        """Write the year's overview as it is listed (the service's safe .xlsx export)."""
        return export_overview(self.overview_model.rows(), path)

    # --- missing reports and reminders -----------------------------------------------------------

    def load_missing(self) -> None:
        year = self.year
        rows = missing_reports(self._ctx, year)
        self.missing_model.set_rows(rows)
        due = submission_deadline(year)
        possible = sum(m.reminder_possible for m in rows)
        overdue = self._ctx.clock.today() > due
        self.missing_summary.setText(
            self.tr(
                "{n} organisaties zonder verslag over {y} (uiterste datum {d}{state}); voor {p} kan een "
                "herinnering (DV-dossier in status 'verwacht'). Kies organisaties (Ctrl+A: alle) en maak de "
                "brieven op."
            ).format(
                n=len(rows),
                y=year,
                d=format_date(due),
                state=self.tr(", verstreken") if overdue else "",
                p=possible,
            )
        )
        self.tabs.setTabText(
            self.tabs.indexOf(self.missing_tab), self.tr("Ontbrekende verslagen ({n})").format(n=len(rows))
        )
        self._update_remind_button()

    def selected_missing(self) -> list[MissingReport]:
        rows = sorted({i.row() for i in self.missing_table.selectionModel().selectedRows()})
        return [self.missing_model.row_at(r) for r in rows]

    def make_reminders(self, missing: Sequence[MissingReport]) -> TaskHandle | None:
        """Write a reminder letter on the DV dossier of each organisation that can get one (background)."""
        targets = [m for m in missing if m.reminder_possible and m.dossier_id]
        skipped = len(missing) - len(targets)
        if not targets or self.is_busy():
            if not targets and missing:
                self.reminder_summary.setText(
                    self.tr("Geen van de gekozen organisaties heeft een DV-dossier in status 'verwacht'.")
                )
            return None
        ctx = self._ctx
        ids = [m.dossier_id for m in targets if m.dossier_id]
        references = {m.dossier_id: m.dossier_reference or "" for m in targets}

        def work(progress: TaskProgress) -> ReminderRun:
            # Imported here: the letters pull reportlab (~20 MB), wanted only when letters are made.
            from wsedesk.services.letters import generate_batch

            counting = _CountingProgress(progress)
            try:
                letters, refused = generate_batch(ctx, ids, REMINDER_KIND, progress=counting)
            except CancelledError:  # the letters already written stay stored; say how far it got
                return ReminderRun(handled=counting.done, cancelled=True)
            return ReminderRun(len(letters), refused, len(ids))

        def done(run: ReminderRun) -> None:
            self.last_reminders = run
            parts = []
            if run.cancelled:
                parts.append(
                    self.tr(
                        "Onderbroken na {n} van {t} dossiers; de brieven die al klaar waren, zijn bewaard."
                    ).format(n=run.handled, t=len(ids))
                )
            else:
                parts.append(
                    self.tr(
                        "{n} herinnering(en) opgemaakt; ze staan bij de dossiers onder Documenten."
                    ).format(n=run.letters)
                )
            for dossier_id, reason in run.refused:
                parts.append(
                    self.tr("Niet opgemaakt voor {r}: {e}").format(
                        r=references.get(dossier_id, dossier_id), e=reason
                    )
                )
            if skipped:
                parts.append(
                    self.tr(
                        "{n} gekozen organisatie(s) zonder DV-dossier in status 'verwacht' overgeslagen."
                    ).format(n=skipped)
                )
            self.reminder_summary.setText("\n".join(parts))
            self._ops.announce(Changes.of("dossier", "document", dossier_ids=ids))
            self.load_missing()

        self.reminder_summary.setText(self.tr("Herinneringen worden opgemaakt…"))
        return self._start("reminders", self.tr("Brieven"), work, done)

    def _confirm_reminders(self, count: int, skipped: int) -> bool:
        text = self.tr("Een herinneringsbrief opmaken voor {n} organisatie(s)?").format(n=count)
        if skipped:
            text += "\n\n" + self.tr(
                "{n} gekozen organisatie(s) hebben geen DV-dossier in status 'verwacht' en krijgen geen brief."
            ).format(n=skipped)
        answer = QMessageBox.question(
            self,
            self.tr("Herinneringen opmaken"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _update_remind_button(self) -> None:
        selected = self.selected_missing()
        self.remind_button.setEnabled(not self.is_busy() and any(m.reminder_possible for m in selected))

    # --- the one running task ------------------------------------------------------------------

    def _start(
        self, kind: str, label: str, fn: Callable[[TaskProgress], Any], on_success: Callable[[Any], None]
    ) -> TaskHandle | None:
        self._busy_kind = kind
        self.busy_label.setText(label)
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Annuleren"))
        self.busy_bar.setVisible(True)
        self._set_inputs_enabled(False)
        handle = self._ops.run(
            fn, on_success=on_success, on_progress=self._on_task_progress, on_finished=self._on_task_finished
        )
        # A synchronous runner (tests) has finished before start() returns.
        self._handle = None if handle.done else handle
        return handle

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.files_button, self.folder_button):
            widget.setEnabled(enabled and self._can_import)
        self.received_edit.setEnabled(enabled)
        self.year_combo.setEnabled(enabled)
        self._update_remind_button()

    def _on_task_progress(self, done: int, total: int, text: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, max(total, 1)))
        if text:
            self.busy_label.setText(tr_data(text))

    def _on_task_finished(self) -> None:
        self._handle = None
        self._busy_kind = None
        self.busy_bar.setVisible(False)
        self._set_inputs_enabled(True)

    # --- drag and drop -------------------------------------------------------------------------

    def _accepts(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return self._can_import and not self.is_busy() and mime.hasUrls() and bool(_local_paths(mime.urls()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._accepts(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._accepts(event):
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(_local_paths(event.mimeData().urls()))

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_year_changed(self, _index: int) -> None:
        if self._activated:
            self.load()

    @Slot()
    def _on_files_button_clicked(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Duurzaamheidsverslagen inlezen"),
            "",
            self.tr("Excel-werkmappen (*.xlsx *.xlsm);;Alle bestanden (*)"),
        )
        if files:
            self.import_paths(files)

    @Slot()
    def _on_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Map met duurzaamheidsverslagen"))
        if folder:
            self.import_paths([folder])

    @Slot()
    def _on_cancel_clicked(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Wordt onderbroken…"))

    @Slot(QModelIndex, QModelIndex)
    def _on_result_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.issues_model.set_rows([])
            return
        outcome: ImportOutcome = self.results_model.row_at(current.row())
        self.issues_model.set_rows([*outcome.errors, *outcome.warnings])
        self.issues_table.resizeRowsToContents()
        self.issues_label.setText(
            self.tr(
                "Meldingen bij {f}: {e} fout(en), {w} waarschuwing(en) — dubbelklik om de cel te zien"
            ).format(f=Path(outcome.file).name, e=len(outcome.errors), w=len(outcome.warnings))
        )

    @Slot(QModelIndex)
    def _on_issue_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_issue_context(index.row())

    @Slot()
    def _on_export_clicked(self) -> None:
        suggested = f"verslagen-{self.year}.xlsx"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Overzicht exporteren"), suggested, self.tr("Excel-werkmap (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        written = self.export_overview_to(path)
        self.overview_summary.setText(
            self.overview_summary.text().split(" — ")[0]
            + " — "
            + self.tr("geëxporteerd naar {f}").format(f=written.name)
        )

    @Slot(QModelIndex, QModelIndex)
    def _on_overview_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row: OverviewRow = self.overview_model.row_at(current.row())
        if row.organisation_id != self._chart_organisation():
            self._show_in_chart(row.organisation_id, row.name, row.kind)

    @Slot(QItemSelection, QItemSelection)
    def _on_missing_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_remind_button()

    @Slot()
    def _on_remind_clicked(self) -> None:
        missing = self.selected_missing()
        targets = sum(m.reminder_possible for m in missing)
        if targets and self._confirm_reminders(targets, len(missing) - targets):
            self.make_reminders(missing)
