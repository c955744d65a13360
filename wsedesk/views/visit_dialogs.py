"""Dialogs of the Bezoeken page: plan a visit, a follow-up action, a date for a status step, check-out.

Each dialog collects input, runs its write through `ops` (the one runner, views/operations.py)
and shows a refused write's Dutch message inside itself; nothing is stored unless the service
accepted it.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import UserError
from wsedesk.rules.visits import VISIT_TYPE_LABELS, VISIT_TYPES
from wsedesk.services import visit_records as records
from wsedesk.services import visits as visit_service
from wsedesk.services.visit_sync import checkout
from wsedesk.storage.sync import PACKAGE_SUFFIX
from wsedesk.views.common import tr_data
from wsedesk.views.form_dialog import FormDialog
from wsedesk.views.form_fields import date_edit, from_qdate
from wsedesk.views.widgets import ok_cancel_buttons

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations


class PlanVisitDialog(FormDialog):
    """Plan a visit: organisation (fixed when planned from its screen), type, date, visitors, dossiers."""

    def __init__(
        self,
        ctx: AppContext,
        ops: Operations,
        *,
        organisation_id: str | None = None,
        dossier_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, ops, parent, title=self.tr("Bezoek plannen"), min_width=520)
        self._organisation_id = organisation_id
        self.planned_visit_id: str | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setPlaceholderText(self.tr("ondernemingsnummer of exacte naam"))
        self.type_combo = QComboBox()
        for code in VISIT_TYPES:
            self.type_combo.addItem(tr_data(VISIT_TYPE_LABELS[code]), code)
        self.date_edit = date_edit(ctx.clock.today() + timedelta(days=7))
        self.visitors_list = QListWidget()
        self.visitors_list.setMaximumHeight(110)
        for v in visit_service.possible_visitors(ctx):
            item = QListWidgetItem(v.display_name)
            item.setData(Qt.ItemDataRole.UserRole, v.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if v.id == ctx.user.id else Qt.CheckState.Unchecked)
            self.visitors_list.addItem(item)
        self.dossiers_list = QListWidget()
        self.dossiers_list.setMaximumHeight(110)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(70)
        form.addRow(self.tr("&Organisatie"), self.organisation_edit)
        form.addRow(self.tr("&Soort bezoek"), self.type_combo)
        form.addRow(self.tr("&Datum"), self.date_edit)
        form.addRow(self.tr("&Bezoekers"), self.visitors_list)
        form.addRow(self.tr("D&ossiers"), self.dossiers_list)
        form.addRow(self.tr("O&pmerking"), self.note_edit)
        layout.addLayout(form)
        self._add_buttons(layout, self.tr("Plannen"))
        self.organisation_edit.editingFinished.connect(self._on_organisation_entered)
        if organisation_id is not None:
            self._fill_dossiers(organisation_id, checked=dossier_id)
            self.organisation_edit.setReadOnly(True)

    def _fill_dossiers(self, organisation_id: str, *, checked: str | None = None) -> None:
        self.dossiers_list.clear()
        for d in visit_service.organisation_dossiers(self._ctx, organisation_id):
            item = QListWidgetItem(f"{d.reference} — {tr_data(d.type_label)} ({tr_data(d.status_label)})")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if d.id == checked else Qt.CheckState.Unchecked)
            self.dossiers_list.addItem(item)
        if not self.organisation_edit.text():
            self.organisation_edit.setText(visit_service.organisation_label(self._ctx, organisation_id))

    @Slot()
    def _on_organisation_entered(self) -> None:
        if self._organisation_id is not None and self.organisation_edit.isReadOnly():
            return
        text = self.organisation_edit.text().strip()
        if not text:
            return
        try:
            self._organisation_id = visit_service.find_organisation_id(self._ctx, text)
        except UserError as exc:
            self._organisation_id = None
            self.dossiers_list.clear()
            self.message.show_message(exc.message)
            return
        self.message.clear_message()
        self._fill_dossiers(self._organisation_id)

    @staticmethod
    def _checked(widget: QListWidget) -> list[str]:
        return [
            str(widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    @Slot()
    def _on_accepted(self) -> None:
        self._on_organisation_entered()
        if self._organisation_id is None:
            self.message.show_message(self.tr("Organisatie: geef een ondernemingsnummer of de exacte naam."))
            return
        org, visit_type, planned = (
            self._organisation_id,
            self.type_combo.currentData(),
            from_qdate(self.date_edit.date()),
        )
        visitors, dossiers = self._checked(self.visitors_list), self._checked(self.dossiers_list)
        note = self.note_edit.toPlainText()

        def planned_ok(result: Any) -> None:
            self.planned_visit_id = result.visit_id
            self.accept()

        self._ops.run(
            lambda _p: visit_service.plan_visit(
                self._ctx,
                organisation_id=org,
                visit_type=visit_type,
                planned_on=planned,
                visitor_ids=visitors,
                dossier_ids=dossiers,
                summary=note,
            ),
            on_success=planned_ok,
            on_failure=lambda error: self.message.show_message(str(error)),
        )


class ActionDialog(FormDialog):
    """A follow-up action: what, by when, and (for the Werkbak) on which dossier of the visit."""

    def __init__(
        self,
        ctx: AppContext,
        ops: Operations,
        visit: visit_service.VisitDetail,
        *,
        finding_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, ops, parent, title=self.tr("Opvolgactie"), min_width=460)
        self._visit, self._finding_id = visit, finding_id
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.description_edit = QLineEdit()
        self.due_edit = date_edit(ctx.clock.today() + timedelta(days=30))
        self.dossier_combo = QComboBox()
        self.dossier_combo.addItem(self.tr("geen dossier (niet in de Werkbak)"), None)
        for d in visit.dossiers:
            self.dossier_combo.addItem(d.reference, d.id)
        if visit.dossiers:
            self.dossier_combo.setCurrentIndex(1)
        form.addRow(self.tr("&Wat"), self.description_edit)
        form.addRow(self.tr("&Uiterlijk op"), self.due_edit)
        form.addRow(self.tr("&Dossier"), self.dossier_combo)
        layout.addLayout(form)
        self._add_buttons(layout)

    @Slot()
    def _on_accepted(self) -> None:
        text, due, dossier = (
            self.description_edit.text(),
            from_qdate(self.due_edit.date()),
            self.dossier_combo.currentData(),
        )
        self._ops.run(
            lambda _p: records.add_action(
                self._ctx, self._visit.id, text, due, dossier_id=dossier, finding_id=self._finding_id
            ),
            on_success=lambda _r: self.accept(),
            on_failure=lambda error: self.message.show_message(str(error)),
        )


class DateDialog(QDialog):
    """One date (the day a step happened), today by default."""

    def __init__(self, title: str, label: str, value: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QFormLayout(self)
        self.date_edit = date_edit(value)
        layout.addRow(label, self.date_edit)
        layout.addRow(ok_cancel_buttons(self, self.accept))

    def value(self) -> date:
        return from_qdate(self.date_edit.date())


class CheckoutDialog(FormDialog):
    """Check-out: my visits of this week, or the visits chosen on the page, to a new package file."""

    def __init__(
        self, ctx: AppContext, ops: Operations, chosen: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, ops, parent, title=self.tr("Bezoeken uitchecken"), min_width=520)
        self._chosen = chosen
        self.result_text = ""
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Een bezoekpakket is één bestand met de bezoeken, hun organisaties, dossiers, historiek en "
                "termijnen, om op een laptop zonder netwerk te werken (wsedesk --pakket BESTAND). "
                "Rijksregisternummers en andere organisaties zitten er niet in."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.week_radio = QRadioButton(self.tr("&Mijn bezoeken van deze week"))
        self.chosen_radio = QRadioButton(self.tr("De &gekozen bezoeken ({n})").format(n=len(chosen)))
        self.chosen_radio.setEnabled(bool(chosen))
        (self.chosen_radio if chosen else self.week_radio).setChecked(True)
        layout.addWidget(self.week_radio)
        layout.addWidget(self.chosen_radio)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(
            str(Path.home() / f"bezoeken-{ctx.clock.today():%Y-%m-%d}{PACKAGE_SUFFIX}")
        )
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.clicked.connect(self._on_browse_clicked)
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        self._add_buttons(layout, self.tr("Uitchecken"))

    @Slot()
    def _on_browse_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Bezoekpakket bewaren"),
            self.path_edit.text(),
            self.tr("Bezoekpakket (*{s})").format(s=PACKAGE_SUFFIX),
        )
        if name:
            self.path_edit.setText(name)

    @Slot()
    def _on_accepted(self) -> None:
        target = Path(self.path_edit.text().strip()).expanduser()
        visits = self._chosen if self.chosen_radio.isChecked() else []
        week = not self.chosen_radio.isChecked()
        self.buttons.setEnabled(False)
        self.progress.show()

        def done(result: Any) -> None:
            self.result_text = self.tr(
                "Pakket {p} geschreven: {v} bezoek(en), {o} organisatie(s), {d} dossier(s)."
            ).format(p=result.path, v=result.visits, o=result.organisations, d=result.dossiers)
            self.accept()

        def refused(error: Any) -> None:
            self.buttons.setEnabled(True)
            self.progress.hide()
            self.message.show_message(str(error))

        self._ops.run(
            lambda progress: checkout(self._ctx, target, visit_ids=visits, week=week, progress=progress),
            on_success=done,
            on_failure=refused,
            on_progress=lambda done_, total, _text: (
                self.progress.setMaximum(total),
                self.progress.setValue(done_),
            ),
        )
