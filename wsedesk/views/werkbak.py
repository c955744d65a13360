"""Werkbak (Ctrl+1): every open term of the user (or the team), the earliest due date first.

The list is the service's `worklist`, paged and sorted by due date in SQL (stopped clocks last),
with a traffic light per row and the counts per light in the header (`count_work`); the counts
double as the light filter. Below the list, the selected dossier with its steps and terms.
The page reads its list again after every write that touched a dossier or its terms
(AppEvents.changed), a calendar change that moved due dates included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wsedesk.services.dossiers import assignable_users
from wsedesk.services.terms import WorkFilter, WorkItem, count_work, worklist
from wsedesk.views.browser import BrowserPage, DossierBrowserBase
from wsedesk.views.common import (
    format_date,
    format_number,
    heading_label,
    make_muted,
    size_columns,
    tr_data,
)
from wsedesk.views.filtered_list import FilteredListView
from wsedesk.views.paged_table_model import Column, PagedTableModel
from wsedesk.views.table_model import RIGHT, Index
from wsedesk.views.term_explanation import light_icon
from wsedesk.views.widgets import make_table

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.services.changes import Changes
    from wsedesk.services.reminders import Reminder
    from wsedesk.views.dossier_detail import DossierDetailPanel
    from wsedesk.views.operations import Operations

LIGHTS = ("overdue", "due_soon", "ok", "stopped")
LIGHT_COLUMN = 0
_ORGANISATION_COLUMN = 6
# Initial column widths: a sample text per column (None: Organisatie takes what is left).
_COLUMN_SAMPLES: tuple[str | None, ...] = (
    "binnenkort",
    "00/00/0000",
    "365 te laat",
    "ED-2025-00000",
    "ED-5 Onderzoek van de voorwaarden",
    "Verslag ontvangen",
    None,
    "Zoë Vandenberghe",
)


class WorkTableModel(PagedTableModel):
    """Open terms from `worklist` in pages; the total and the counts per light from `count_work`."""

    counts_changed = Signal(object)  # {"overdue": n, "due_soon": n, "ok": n, "stopped": n}

    def __init__(self, ctx: AppContext, flt: WorkFilter, parent: QObject | None = None) -> None:
        super().__init__(page_size=ctx.settings.page_size, sort_key="due", parent=parent)
        self._light_words = {
            "overdue": self.tr("verstreken"),
            "due_soon": self.tr("binnenkort"),
            "ok": self.tr("op schema"),
            "stopped": self.tr("stilgelegd"),
        }
        self._ctx = ctx
        self._filter = flt
        self._counts = dict.fromkeys(LIGHTS, 0)
        self._fetched_counts: dict[str, int] | None = None
        self._count_always = True  # the count gives the counts per light, also for a short list
        self.as_of = ctx.clock.today()

    def light_word(self, light: str) -> str:
        return self._light_words.get(light, light)

    def _build_columns(self) -> list[Column]:
        # The order is the Werkbak's own (due date, in SQL): no column sorts on a header click.
        return [
            Column(self.tr("Licht"), None, lambda r: self.light_word(r.light), tooltip=self._light_tooltip),
            Column(
                self.tr("Vervaldag"), None, lambda r: format_date(r.due), RIGHT, tooltip=self._due_tooltip
            ),
            Column(self.tr("Dagen"), None, self._days_text, RIGHT, tooltip=self._days_tooltip),
            Column(self.tr("Kenmerk"), None, lambda r: r.reference),
            Column(
                self.tr("Termijn"),
                None,
                lambda r: f"{r.term_id} {tr_data(r.term_label)}",
                tooltip=lambda r: self.tr("{rule}: {label}, sinds {date}").format(
                    rule=r.term_id, label=tr_data(r.term_label), date=format_date(r.event_date)
                ),
            ),
            Column(self.tr("Status"), None, lambda r: tr_data(r.status_label)),
            Column(self.tr("Organisatie"), None, lambda r: r.organisation),
            Column(self.tr("Behandelaar"), None, lambda r: r.assignee or self.tr("(niemand)")),
        ]

    # --- texts ---------------------------------------------------------------------------------

    def _days_text(self, r: WorkItem) -> str:
        if r.days_left is None:
            return ""
        if r.days_left > 0:
            return self.tr("nog {n}").format(n=r.days_left)
        if r.days_left == 0:
            return self.tr("vandaag")
        return self.tr("{n} te laat").format(n=-r.days_left)

    def _days_tooltip(self, r: WorkItem) -> str:
        if r.days_left is None:
            return self.tr("De klok staat stil: geen vervaldag tot de informatie binnen is.")
        if r.days_left >= 0:
            return self.tr("Nog {n} dag(en) tot en met de vervaldag.").format(n=r.days_left)
        return self.tr("De vervaldag is {n} dag(en) voorbij.").format(n=-r.days_left)

    def _due_tooltip(self, r: WorkItem) -> str:
        if r.due is None:
            return self.tr("Stilgelegd: de klok loopt opnieuw zodra de gevraagde informatie binnen is (T-3).")
        return self.tr("Vervaldag {date}; 'Waarom deze datum?' in het tabblad Termijnen legt ze uit.").format(
            date=format_date(r.due)
        )

    def _light_tooltip(self, r: WorkItem) -> str:
        return {
            "overdue": self.tr("Verstreken: de vervaldag is voorbij."),
            "due_soon": self.tr("Binnenkort: hoogstens {n} werkdagen tot de vervaldag.").format(
                n=self._ctx.settings.warn_working_days
            ),
            "ok": self.tr("Op schema."),
            "stopped": self.tr("Stilgelegd: de klok staat stil in afwachting van informatie (ED-5, T-3)."),
        }.get(r.light, r.light)

    # --- data ----------------------------------------------------------------------------------

    @property
    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def set_filter_on(
        self, flt: WorkFilter, ops: Operations, *, then: Callable[[], object] | None = None
    ) -> None:
        """`set_filter` with the queries on the runner (`reload_on`)."""
        self._filter = flt
        self.reload_on(ops, then=then)

    def reload(self, *, recount: bool = True) -> None:
        self.as_of = self._ctx.clock.today()  # the lights follow the calendar, also past midnight
        super().reload(recount=recount)

    def reload_on(
        self, ops: Operations, *, then: Callable[[], object] | None = None, count_after: bool = True
    ) -> None:
        self.as_of = self._ctx.clock.today()
        # The rows first (the start waits for them); the counts per light follow on the runner.
        super().reload_on(ops, then=then, count_after=count_after)

    def _count(self) -> int:
        # One query gives the header's counts and the list's total (the same WHERE, without the light).
        # On the runner after the first page is shown (reload_on), or with it (reload); either way
        # `_after_count` shows the counts.
        self._fetched_counts = count_work(self._ctx, replace(self._filter, light=None), as_of=self.as_of)
        light = self._filter.light
        return self._fetched_counts[light] if light else sum(self._fetched_counts.values())

    def _before_reset_ends(self) -> None:
        if self._counted:  # counted with its page (reload); else when the count arrives (reload_on)
            self._after_count()

    def _after_count(self) -> None:
        if self._fetched_counts is not None:
            self._counts, self._fetched_counts = self._fetched_counts, None
            self.counts_changed.emit(dict(self._counts))

    def _page(self, offset: int, limit: int) -> list[WorkItem]:
        return worklist(self._ctx, self._filter, as_of=self.as_of, offset=offset, limit=limit)

    @staticmethod
    def _row_id(row: Any) -> str:
        return str(row.term_row_id)

    def item(self, row: int) -> WorkItem:
        result: WorkItem = self.row_at(row)
        return result

    def first_row_of_dossier(self, dossier_id: str) -> int:
        for i in range(self.rowCount()):
            if self.item(i).dossier_id == dossier_id:
                return i
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == LIGHT_COLUMN:
            return light_icon(self.item(index.row()).light)
        return super().data(index, role)


class WorkListView(FilteredListView):
    """Scope, filters and light counts above the paged table of open terms."""

    dossier_selected = Signal(str)  # dossier id of the current row
    dossier_opened = Signal(str, str)  # dossier id, reference: double-click or Enter
    rows_shown = Signal()  # the first load's rows are in the table (read on the runner)
    _open_statuses_only = True  # closed dossiers have no open terms

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ops = ops
        self._selected_term: str | None = None
        self._selected_dossier: str | None = None
        self._team_assignee: str | None = None
        self.model = WorkTableModel(ctx, WorkFilter(assignee_id=ctx.user.id), parent=self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        # Scope: my terms (default) or the whole team's.
        bar = QHBoxLayout()
        self.mine_button = QPushButton(self.tr("Mijn termijnen"))
        self.team_button = QPushButton(self.tr("Hele team"))
        self.mine_button.setToolTip(self.tr("De open termijnen van de dossiers waarvan u behandelaar bent"))
        self.team_button.setToolTip(self.tr("De open termijnen van alle dossiers"))
        self.scope_group = QButtonGroup(self)
        for button in (self.mine_button, self.team_button):
            button.setCheckable(True)
            self.scope_group.addButton(button)
            bar.addWidget(button)
        self.mine_button.setChecked(True)
        bar.addSpacing(12)
        self._make_filters(status_width=14)
        self.assignee_combo = QComboBox()
        self.assignee_combo.setMinimumContentsLength(14)
        self.assignee_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.assignee_combo.setAccessibleName(self.tr("Behandelaar"))  # the screen reader says which
        for combo in (self.type_combo, self.status_combo, self.assignee_combo):
            bar.addWidget(combo)
        bar.addStretch(1)
        layout.addLayout(bar)

        # The lights: counts that filter when clicked.
        lights = QHBoxLayout()
        self.light_buttons: dict[str, QToolButton] = {}
        for light in LIGHTS:
            light_button = QToolButton()
            light_button.setCheckable(True)
            light_button.setAutoRaise(True)
            light_button.setIcon(light_icon(light, 16))
            light_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            light_button.setToolTip(
                self.tr("Klik om enkel deze termijnen te tonen; nog eens klikken toont alles.")
            )
            light_button.clicked.connect(lambda _checked=False, chosen=light: self._on_light_clicked(chosen))
            lights.addWidget(light_button)
            self.light_buttons[light] = light_button
        lights.addStretch(1)
        # ED-7 / ED-8 reminders of recognitions: one button in the lights' row (no extra line), its
        # menu lists each with the rule and why; choosing one opens the dossier.
        # A flat push button: its menu arrow stands beside the text (a tool button's arrow is drawn
        # over the text's last letters).
        self.reminder_button = QPushButton()
        self.reminder_button.setFlat(True)
        self.reminder_button.setAccessibleName(self.tr("Herinneringen over erkenningen (ED-7, ED-8)"))
        self.reminder_menu = QMenu(self.reminder_button)
        self.reminder_menu.setToolTipsVisible(True)
        self.reminder_menu.setAccessibleName(self.tr("Herinneringen over erkenningen"))
        self.reminder_button.setMenu(self.reminder_menu)
        self.reminders: list[Reminder] = []
        self._reminders_asked: object = None
        lights.addWidget(self.reminder_button)
        lights.addSpacing(12)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lights.addWidget(self.count_label)
        layout.addLayout(lights)
        self._show_counts(dict.fromkeys(LIGHTS, 0))

        self.table = make_table(self.model)
        self.table.setAccessibleName(self.tr("Open termijnen"))
        size_columns(
            self.table,
            _COLUMN_SAMPLES,
            stretch=_ORGANISATION_COLUMN,
            header_padding=20,
            extra={LIGHT_COLUMN: 24},  # the light's icon
        )
        layout.addWidget(self.table, 1)

        self.scope_group.buttonClicked.connect(self._on_scope_clicked)
        self.assignee_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.model.counts_changed.connect(self._on_counts_changed)
        self.model.total_changed.connect(self._on_total_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(self._on_row_activated)
        self._fill_assignee_combo()

    # --- public --------------------------------------------------------------------------------

    def load(self, then: Callable[[], object] | None = None) -> None:
        """The first read, on the runner (issue #13: the window paints before it); `then()` after."""
        self._fill_assignee_combo()
        self._loaded = True
        self.count_label.setText(self.tr("Termijnen worden gelezen…"))
        self._show_counts(None)  # the counts follow the rows on the runner

        def shown() -> None:
            self.rows_shown.emit()
            if then is not None:
                then()

        self.model.set_filter_on(self.current_filter(), self._ops, then=shown)
        self._load_reminders()

    def refresh(self) -> None:
        if self._loaded:
            self.model.set_filter(self.current_filter())
            self._load_reminders()

    @property
    def is_loaded(self) -> bool:
        return self._loaded

    def team_mode(self) -> bool:
        return self.team_button.isChecked()

    def set_team_mode(self, team: bool) -> None:
        (self.team_button if team else self.mine_button).setChecked(True)
        self._on_scope_clicked()

    def set_light(self, light: str | None) -> None:
        for key, button in self.light_buttons.items():
            button.setChecked(key == light)
        self._on_filter_changed()

    def current_filter(self) -> WorkFilter:
        assignee = self.assignee_combo.currentData() if self.team_mode() else self._ctx.user.id
        light = next((key for key, b in self.light_buttons.items() if b.isChecked()), None)
        return WorkFilter(
            assignee_id=assignee,
            dossier_type=self.type_combo.currentData(),
            status=self.status_combo.currentData(),
            light=light,
        )

    def selected_dossier(self) -> str | None:
        return self._selected_dossier

    def forget_selection(self) -> None:
        """No row is the shown dossier any more (the detail was cleared)."""
        self._selected_term = self._selected_dossier = None
        self.table.selectionModel().clear()

    def select_row(self, row: int, *, notify: bool = True) -> None:
        self._make_current(row, notify=notify)
        if not notify:
            item = self.model.item(row)
            self._selected_term, self._selected_dossier = item.term_row_id, item.dossier_id

    # --- combos and counts ---------------------------------------------------------------------

    def _fill_assignee_combo(self) -> None:
        if self.assignee_combo.isEnabled():  # remember the team choice while showing 'mine'
            self._team_assignee = self.assignee_combo.currentData()
        blocked = self.assignee_combo.blockSignals(True)
        try:
            self.assignee_combo.clear()
            if self.team_mode():
                self.assignee_combo.addItem(self.tr("Alle behandelaars"), None)
                for user in assignable_users(self._ctx):
                    self.assignee_combo.addItem(user.display_name, user.id)
                chosen = self.assignee_combo.findData(self._team_assignee) if self._team_assignee else 0
                self.assignee_combo.setCurrentIndex(max(0, chosen))
                self.assignee_combo.setEnabled(True)
                self.assignee_combo.setToolTip(self.tr("Enkel de termijnen van één behandelaar"))
            else:
                self.assignee_combo.addItem(self._ctx.user.display_name, self._ctx.user.id)
                self.assignee_combo.setEnabled(False)
                self.assignee_combo.setToolTip(
                    self.tr("Kies 'Hele team' om een andere behandelaar te kiezen")
                )
        finally:
            self.assignee_combo.blockSignals(blocked)

    def _filter_applied(self) -> None:
        self._load_reminders()

    def _load_reminders(self) -> None:
        """ED-7/ED-8 reminders of the filter, read on the runner."""
        flt = self.current_filter()
        if flt.dossier_type not in (None, "ED"):
            self._show_reminders([])
            return
        ctx, as_of = self._ctx, self.model.as_of
        self._reminders_asked = asked = (flt, as_of)

        def read(_progress: object) -> list[Reminder]:
            from wsedesk.services.reminders import recognition_reminders  # after the rows (issue #13)

            return recognition_reminders(ctx, as_of=as_of, assignee_id=flt.assignee_id)

        def show(reminders: list[Reminder]) -> None:
            if asked == self._reminders_asked:  # not overtaken by another filter meanwhile
                self._show_reminders(reminders)

        self._ops.run(read, on_success=show)

    def _show_reminders(self, reminders: list[Reminder]) -> None:
        self.reminders = reminders
        self.reminder_menu.clear()
        for r in reminders:
            action = self.reminder_menu.addAction(
                f"{r.rule_id} {tr_data(r.label)}: {r.organisation} ({r.reference}), {format_date(r.day)}"
            )
            action.setToolTip(r.why)
            action.triggered.connect(
                lambda _checked=False, d=r.dossier_id, ref=r.reference: self.dossier_opened.emit(d, ref)
            )
        n = len(reminders)
        self.reminder_button.setText(
            self.tr("Geen herinneringen")
            if n == 0
            else self.tr("1 herinnering")
            if n == 1
            else self.tr("{n} herinneringen").format(n=format_number(n))
        )
        self.reminder_button.setEnabled(n > 0)
        self.reminder_button.setToolTip(
            self.tr(
                "Erkenningen die binnen {d} dagen aflopen (ED-7) of waarvoor het verval voorgesteld wordt "
                "na twee jaar zonder begeleiding (ED-8). Kies er een om het dossier te openen."
            ).format(d=self._ctx.settings.reminder_lead_days)
        )

    def _show_counts(self, counts: dict[str, int] | None) -> None:
        """The count per light on its button; `None`: not read yet ("… verstreken", never a false 0)."""
        for light, button in self.light_buttons.items():
            number = "…" if counts is None else format_number(counts.get(light, 0))
            button.setText(f"{number} {self.model.light_word(light)}")

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_scope_clicked(self) -> None:
        self._fill_assignee_combo()
        self._on_filter_changed()

    def _on_light_clicked(self, light: str) -> None:
        checked = self.light_buttons[light].isChecked()
        self.set_light(light if checked else None)

    @Slot(object)
    def _on_counts_changed(self, counts: dict[str, int]) -> None:
        self._show_counts(counts)

    @Slot(int)
    def _on_total_changed(self, total: int) -> None:
        self.count_label.setText(
            self.tr("1 termijn") if total == 1 else self.tr("{n} termijnen").format(n=format_number(total))
        )

    @Slot()
    def _on_model_reset(self) -> None:
        # Keep the dossier in the detail pane selected: the same term, else another of its terms.
        row = self.model.row_of(self._selected_term) if self._selected_term else -1
        if row < 0 and self._selected_dossier:
            row = self.model.first_row_of_dossier(self._selected_dossier)
        if row >= 0:
            self.select_row(row, notify=False)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        item = self.model.item(current.row())
        self._selected_term = item.term_row_id
        if item.dossier_id != self._selected_dossier:
            self._selected_dossier = item.dossier_id
            self.dossier_selected.emit(item.dossier_id)

    @Slot(QModelIndex)
    def _on_row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            item = self.model.item(index.row())
            self.dossier_opened.emit(item.dossier_id, item.reference)


class WerkbakBrowser(DossierBrowserBase):
    """The list of open terms above the selected dossier (steps, terms, timeline)."""

    def __init__(self, ctx: AppContext, ops: Operations) -> None:
        list_view = WorkListView(ctx, ops)
        super().__init__(list_view, lambda: _detail_panel(ctx, ops), (1, 2))
        self.list_view: WorkListView = list_view
        # The detail panel reads its own dossier again; the list follows every dossier's terms.
        ops.events.changed.connect(self._on_changed)

    @property
    def loaded(self) -> bool:
        return self.list_view.is_loaded

    def _select_first(self) -> None:
        self.list_view.select_row(0)

    def _lists(self, dossier_id: str) -> bool:
        return self.list_view.model.first_row_of_dossier(dossier_id) >= 0

    def _reselect(self, dossier_id: str | None) -> None:
        row = self.list_view.model.first_row_of_dossier(dossier_id or "")
        if row >= 0:
            self.list_view.select_row(row, notify=False)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if self.loaded and (changes.dossier_ids or changes.touches("terms", "dossier", "guidance")):
            self.list_view.refresh()


def _detail_panel(ctx: AppContext, ops: Operations) -> DossierDetailPanel:
    """The selected dossier's panel, made when first needed: its modules (the dossier's actions,
    guidance, facts, conflicts) are not on the way to the Werkbak's first rows (issue #13)."""
    from wsedesk.views.dossier_detail import DossierDetailPanel

    return DossierDetailPanel(ctx, ops)


class WerkbakPage(BrowserPage):
    """Ctrl+1. `dossier_opened` asks the main window to show a dossier on the Dossiers page."""

    dossier_opened = Signal(str, str)  # dossier id, reference

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        self.heading = heading_label(self.tr("Werkbak"), self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        make_muted(self.note)
        # The explanation beside the heading, not under it: every line goes to the list (issue #12).
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.note, 1)
        layout.addLayout(top)
        self.browser = WerkbakBrowser(ctx, ops)
        layout.addWidget(self.browser, 1)
        self.list_view.dossier_opened.connect(self.dossier_opened)
        self.list_view.scope_group.buttonClicked.connect(self._on_scope_clicked)
        self._on_scope_clicked()

    @property
    def list_view(self) -> WorkListView:
        return self.browser.list_view

    @Slot()
    def _on_scope_clicked(self) -> None:
        days = self._ctx.settings.warn_working_days
        if self.list_view.team_mode():
            text = self.tr(
                "Open termijnen van het hele team, de vroegste vervaldag bovenaan, stilgelegde onderaan. "
                "Binnenkort = hoogstens {n} werkdagen. Enter opent het dossier."
            )
        else:
            text = self.tr(
                "Open termijnen van uw dossiers, de vroegste vervaldag bovenaan, stilgelegde onderaan. "
                "Binnenkort = hoogstens {n} werkdagen. Enter opent het dossier."
            )
        self.note.setText(text.format(n=days))
