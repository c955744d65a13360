"""DossierTermsPanel: the 'Termijnen' tab of a dossier: every term, its due date or stopped clock, and why."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.rules.terms import days_remaining, term_status_on
from wsedesk.services.terms import TermView, explain
from wsedesk.views.common import format_date, make_muted, tr_data
from wsedesk.views.term_explanation import TermExplanationDialog, light_icon
from wsedesk.views.theme import status_colour
from wsedesk.views.widgets import list_tree

if TYPE_CHECKING:
    from wsedesk.context import AppContext


class DossierTermsPanel(QWidget):
    """The 'Termijnen' tab: every term of the dossier, its due date or stopped clock, and why."""

    COLUMNS = 4
    TERM, EVENT, DUE, STATE = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._terms: list[TermView] = []
        self.explanation_dialog: TermExplanationDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = list_tree(
            [self.tr("Termijn"), self.tr("Gebeurtenis"), self.tr("Vervaldag"), self.tr("Stand")],
            stretch=self.TERM,
            name=self.tr("Termijnen van het dossier"),
        )
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.summary_label = QLabel()
        make_muted(self.summary_label)
        self.explain_button = QPushButton(self.tr("Waarom deze datum?"))
        self.explain_button.setToolTip(
            self.tr("De berekening stap voor stap: gebeurtenis, termijn, schorsingen, feestdagen (T-4)")
        )
        row.addWidget(self.summary_label, 1)
        row.addWidget(self.explain_button)
        layout.addLayout(row)
        self.explain_button.clicked.connect(self._on_explain_clicked)
        self.tree.itemDoubleClicked.connect(self._on_item_double_clicked)
        self.tree.currentItemChanged.connect(self._on_current_item_changed)
        self._update_button()

    @property
    def terms(self) -> list[TermView]:
        return self._terms

    def set_terms(self, terms: list[TermView]) -> None:
        self._terms = terms
        today = self._ctx.clock.today()
        self.tree.clear()
        items = [self._item(t, today) for t in terms]
        self.tree.addTopLevelItems(items)
        open_terms = [i for i, t in enumerate(terms) if t.closed_on is None]
        if items:
            # The term the user acts on: the latest open one, else the last one.
            self.tree.setCurrentItem(items[open_terms[-1] if open_terms else len(items) - 1])
        if not terms:
            self.summary_label.setText(self.tr("Dit dossier heeft geen termijnen."))
        else:
            # A stopped clock is open but does not run (T-3): it is counted on its own.
            stopped = sum(1 for i in open_terms if terms[i].stopped)
            closed = len(terms) - len(open_terms)
            running = len(open_terms) - stopped
            if stopped:
                text = self.tr("{running} lopend, {stopped} stilgelegd, {closed} afgesloten").format(
                    running=running, stopped=stopped, closed=closed
                )
            else:
                text = self.tr("{running} lopend, {closed} afgesloten").format(running=running, closed=closed)
            self.summary_label.setText(text)
        self._update_button()

    def current_term(self) -> TermView | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = self.tree.indexOfTopLevelItem(item)
        return self._terms[index] if 0 <= index < len(self._terms) else None

    def row_texts(self, row: int) -> list[str]:
        item = self.tree.topLevelItem(row)
        return [item.text(c) for c in range(self.COLUMNS)] if item is not None else []

    def _unit(self, t: TermView, n: int) -> str:
        if t.working_days:
            return self.tr("1 werkdag") if n == 1 else self.tr("{n} werkdagen").format(n=n)
        return self.tr("1 dag") if n == 1 else self.tr("{n} dagen").format(n=n)

    def _item(self, t: TermView, today: date) -> QTreeWidgetItem:
        r = t.result
        if t.closed_on is not None:
            due = format_date(r.due) if r.due else "—"
            if t.met is True:
                state = self.tr("gehaald op {date}").format(date=format_date(t.closed_on))
            elif t.met is False:
                state = self.tr("niet gehaald: afgesloten op {date}").format(date=format_date(t.closed_on))
            else:
                state = self.tr("afgesloten op {date}").format(date=format_date(t.closed_on))
            light = ""
        elif t.stopped:
            assert r.stopped_on is not None
            due = self.tr("stilgelegd sinds {date}").format(date=format_date(r.stopped_on))
            state = self.tr("{used} gebruikt, {left} resterend").format(
                used=self._unit(t, r.days_used), left=r.days_left
            )
            light = "stopped"
        else:
            due = format_date(r.due)
            left = days_remaining(r, today, r.calendar) or 0
            if left > 0:
                state = self.tr("loopt: nog {days}").format(days=self._unit(t, left))
            elif left == 0:
                state = self.tr("vervalt vandaag")
            else:
                state = self.tr("verstreken: {days} te laat").format(days=self._unit(t, -left))
            light = term_status_on(
                r, today, r.calendar, warn_working_days=self._ctx.settings.warn_working_days
            )
        state_tip = state
        if r.late_suspensions:
            # T-3: a request sent after the due date changes nothing; say so where the date is.
            late = r.late_suspensions[0]
            state = self.tr("{state}; laattijdige schorsing").format(state=state)
            state_tip = self.tr(
                "De vraag om informatie van {date} vertrok na de vervaldag: ze verandert niets (T-3)."
            ).format(date=format_date(late.start))
        item = QTreeWidgetItem([f"{t.term_id} {tr_data(t.label)}", format_date(t.event_date), due, state])
        item.setToolTip(
            self.TERM,
            self.tr("{rule} {label}: {length}").format(
                rule=t.term_id, label=tr_data(t.label), length=self._unit(t, t.days)
            ),
        )
        item.setToolTip(self.EVENT, self.tr("De termijn telt vanaf de dag na deze gebeurtenis (T-1)."))
        item.setToolTip(self.STATE, state_tip)
        if light:
            item.setIcon(self.DUE, light_icon(light))
        if r.late_suspensions or t.met is False:
            item.setForeground(self.STATE, QBrush(status_colour("error")))
        elif t.met is True:
            item.setForeground(self.STATE, QBrush(status_colour("ok")))
        return item

    def explain_current(self) -> TermExplanationDialog | None:
        """Open 'Waarom deze datum?' for the selected term (non-modal)."""
        term = self.current_term()
        if term is None:
            return None
        if self.explanation_dialog is not None:
            self.explanation_dialog.close()
        dialog = TermExplanationDialog(explain(self._ctx, term.id), self)
        dialog.finished.connect(lambda _result, shown=dialog: self._forget_dialog(shown))
        self.explanation_dialog = dialog
        dialog.show()
        return dialog

    def _update_button(self) -> None:
        self.explain_button.setEnabled(self.current_term() is not None)

    @Slot()
    def _on_explain_clicked(self) -> None:
        self.explain_current()

    @Slot(QTreeWidgetItem, int)
    def _on_item_double_clicked(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.explain_current()

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_item_changed(
        self, _current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        self._update_button()

    def _forget_dialog(self, dialog: TermExplanationDialog) -> None:
        if self.explanation_dialog is dialog:
            self.explanation_dialog = None
