"""The visit screen: header and status steps, the checklist, follow-up actions, attachments, the report.

The checklist is made for the keyboard: arrows move between items, 1 / 2 / 3 set "in orde",
"niet in orde", "niet nagegaan", F2 or typing edits the note (Enter saves it), O opens the
follow-ups a "niet in orde" may start. For an MW-4 follow-up visit the latest sustainability
report's signals are shown above the checklist. Every write goes through `ops`; the panel
reloads itself from `changed`.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import NotFoundError, UserError
from wsedesk.rules.visits import STATUS_LABELS, VERDICT_LABELS, FollowUp
from wsedesk.services import visit_records as records
from wsedesk.services import visits as visit_service
from wsedesk.services.changes import Changes
from wsedesk.services.report_overview import follow_up_findings
from wsedesk.views.common import format_date, heading_label, make_muted, tr_data
from wsedesk.views.visit_dialogs import ActionDialog, DateDialog
from wsedesk.views.widgets import InlineMessage, fitted_table, make_table

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations

VERDICT_KEYS = {Qt.Key.Key_1: "in_orde", Qt.Key.Key_2: "niet_in_orde", Qt.Key.Key_3: "niet_nagegaan"}
STEP_BUTTONS = {
    "uitgevoerd": "Bezocht op…",
    "verslag_klaar": "Verslag klaar…",
    "afgesloten": "Afsluiten…",
}
NOTE_COLUMN = 3


class VisitPanel(QWidget):
    """One visit. `show_visit(id)`; empty until a visit is chosen."""

    visit_deleted = Signal()

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._ops = ctx, ops
        self.detail: visit_service.VisitDetail | None = None
        self._filling = False
        ops.events.changed.connect(self._on_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title_label = heading_label(self.tr("Kies een bezoek"))
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        steps = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        for target, text in STEP_BUTTONS.items():
            button = QPushButton(self.tr(text))
            button.clicked.connect(lambda _c=False, t=target: self._on_step_clicked(t))
            steps.addWidget(button)
            self.step_buttons[target] = button
        self.reopen_button = QPushButton(self.tr("Verslag heropenen"))
        self.reopen_button.clicked.connect(lambda: self._on_step_clicked("uitgevoerd"))
        steps.addWidget(self.reopen_button)
        self.report_button = QPushButton(self.tr("Verslag (PDF)…"))
        self.report_button.clicked.connect(self._on_report_clicked)
        steps.addWidget(self.report_button)
        steps.addStretch(1)
        layout.addLayout(steps)
        self.message = InlineMessage()
        layout.addWidget(self.message)

        self.signals_box = QGroupBox(self.tr("Signalen uit het laatste duurzaamheidsverslag (MW-4)"))
        signals_layout = QVBoxLayout(self.signals_box)
        self.signals_label = QLabel()
        self.signals_label.setWordWrap(True)
        signals_layout.addWidget(self.signals_label)
        layout.addWidget(self.signals_box)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._checklist_tab(), self.tr("&Checklist"))
        self.tabs.addTab(self._actions_tab(), self.tr("O&pvolgacties"))
        self.tabs.addTab(self._attachments_tab(), self.tr("&Bijlagen"))
        self.tabs.addTab(self._summary_tab(), self.tr("&Verslag"))
        self._set_enabled(False)

    # --- building --------------------------------------------------------------------------------

    def _checklist_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.checklist = make_table(
            columns=[
                self.tr("Regel"),
                self.tr("Punt"),
                self.tr("Oordeel"),
                self.tr("Toelichting"),
                self.tr("Opvolging"),
            ]
        )
        assert isinstance(self.checklist, QTableWidget)
        self.checklist.setAccessibleName(self.tr("Controlelijst"))
        self.checklist.setWordWrap(True)
        self.checklist.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        header = self.checklist.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.checklist.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.checklist.installEventFilter(self)
        self.checklist.itemChanged.connect(self._on_checklist_item_changed)
        layout.addWidget(self.checklist, 1)
        hint = QLabel(
            self.tr(
                "1 in orde · 2 niet in orde · 3 niet nagegaan · F2 of typen: toelichting · O: opvolging starten"
            )
        )
        make_muted(hint)
        buttons = QHBoxLayout()
        self.verdict_buttons = []
        for key, verdict in VERDICT_KEYS.items():
            number = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3}[key]
            button = QPushButton(
                self.tr("{label} ({n})").format(label=tr_data(VERDICT_LABELS[verdict]), n=number)
            )
            button.clicked.connect(lambda _c=False, v=verdict: self._set_verdict(v))
            buttons.addWidget(button)
            self.verdict_buttons.append(button)
        self.follow_up_button = QPushButton(self.tr("&Opvolging…"))
        self.follow_up_button.clicked.connect(self._on_follow_up_clicked)
        buttons.addWidget(self.follow_up_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        return tab

    def _confirmed(self, title: str, question: str) -> bool:
        """Ja/Nee before a step that cannot be taken back; True for Ja."""
        return QMessageBox.question(self, title, question) == QMessageBox.StandardButton.Yes

    @staticmethod
    def _list_tab(
        table: QWidget, *buttons: tuple[str, Callable[[], None]]
    ) -> tuple[QWidget, list[QPushButton]]:
        """A tab: `table`, and under it a row of buttons (text, what a click does) at the left."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(table, 1)
        row = QHBoxLayout()
        made = []
        for text, on_click in buttons:
            button = QPushButton(text)
            button.clicked.connect(on_click)
            row.addWidget(button)
            made.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        return tab, made

    def _actions_tab(self) -> QWidget:
        self.actions_table = fitted_table(
            [self.tr("Opvolgactie"), self.tr("Dossier"), self.tr("Uiterlijk op"), self.tr("Uitgevoerd op")],
            stretch=0,
            name=self.tr("Opvolgacties"),
        )
        tab, (self.add_action_button, self.done_action_button, self.delete_action_button) = self._list_tab(
            self.actions_table,
            (self.tr("&Toevoegen…"), self._on_add_action_clicked),
            (self.tr("&Uitgevoerd"), self._on_done_action_clicked),
            (self.tr("&Verwijderen"), self._on_delete_action_clicked),
        )
        return tab

    def _attachments_tab(self) -> QWidget:
        self.attachments_table = make_table(
            columns=[self.tr("Bestand"), self.tr("Soort"), self.tr("Grootte"), self.tr("Onderschrift")]
        )
        self.attachments_table.setAccessibleName(self.tr("Bijlagen"))
        self.attachments_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        tab, (self.add_attachment_button, self.open_attachment_button, self.delete_attachment_button) = (
            self._list_tab(
                self.attachments_table,
                (self.tr("Foto of &scan toevoegen…"), self._on_add_attachment_clicked),
                (self.tr("&Openen"), self._on_open_attachment_clicked),
                (self.tr("&Verwijderen"), self._on_delete_attachment_clicked),
            )
        )
        return tab

    def _summary_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setAccessibleName(self.tr("Verslag"))
        self.summary_edit.setPlaceholderText(
            self.tr("Het verslag in eigen woorden; een lege regel begint een alinea.")
        )
        layout.addWidget(self.summary_edit, 1)
        row = QHBoxLayout()
        self.save_summary_button = QPushButton(self.tr("Verslag &bewaren"))
        self.save_summary_button.clicked.connect(self._on_save_summary_clicked)
        row.addStretch(1)
        row.addWidget(self.save_summary_button)
        layout.addLayout(row)
        return tab

    # --- showing ---------------------------------------------------------------------------------

    def show_visit(self, visit_id: str | None) -> None:
        self.message.clear_message()
        if visit_id is None:
            self.detail = None
            self.title_label.setText(self.tr("Kies een bezoek"))
            self.subtitle_label.clear()
            self.checklist.setRowCount(0)
            self.actions_table.setRowCount(0)
            self.attachments_table.setRowCount(0)
            self.summary_edit.clear()
            self.signals_box.hide()
            self._set_enabled(False)
            return
        try:
            self.detail = visit_service.visit_detail(self._ctx, visit_id)
        except NotFoundError:
            self.show_visit(None)
            self.visit_deleted.emit()
            return
        self._fill()

    def _fill(self) -> None:
        d = self.detail
        assert d is not None
        self._filling = True
        self.title_label.setText(
            self.tr("{ref} — {type}").format(ref=d.reference, type=tr_data(d.type_label))
        )
        when = self.tr("gepland op {d}").format(d=format_date(d.planned_on))
        if d.performed_on:
            when += self.tr(", bezocht op {d}").format(d=format_date(d.performed_on))
        if d.report_on:
            when += self.tr(", verslag van {d}").format(d=format_date(d.report_on))
        self.subtitle_label.setText(
            self.tr("{org} ({kbo}) · {status} · {when}\nBezoekers: {who} · Dossiers: {dossiers}").format(
                org=d.organisation,
                kbo=d.enterprise_number,
                status=tr_data(d.status_label),
                when=when,
                who=", ".join(name for _, name in d.visitors) or "—",
                dossiers=", ".join(x.reference for x in d.dossiers) or self.tr("geen"),
            )
        )
        self._fill_signals(d)
        self.checklist.setRowCount(len(d.findings))
        for row, f in enumerate(d.findings):
            follow = ""
            if f.follow_up:
                follow = self.tr("gestart") if f.follow_up_started_on else self.tr("voorgesteld")
            elif f.follow_ups:
                follow = self.tr("mogelijk (O)")
            values = [
                f.rule,
                f.text,
                tr_data(VERDICT_LABELS[f.verdict]) if f.verdict else "—",
                f.note,
                follow,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                flags = item.flags()
                if column != NOTE_COLUMN:
                    flags &= ~Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                self.checklist.setItem(row, column, item)
        self.actions_table.setRowCount(len(d.actions))
        for row, a in enumerate(d.actions):
            values = [
                a.description,
                a.dossier_reference or "—",
                format_date(a.due_on),
                format_date(a.done_on),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if a.overdue:
                    item.setForeground(Qt.GlobalColor.darkRed)
                item.setData(Qt.ItemDataRole.UserRole, a.id)
                self.actions_table.setItem(row, column, item)
        self.attachments_table.setRowCount(len(d.attachments))
        for row, att in enumerate(d.attachments):
            kind = {"image/jpeg": "foto (JPEG)", "image/png": "foto (PNG)", "application/pdf": "scan (PDF)"}
            values = [att.original_name or att.stored_name, self.tr(kind.get(att.media_type, att.media_type)),
                      f"{att.size / 1024:.0f} kB", att.caption]  # fmt: skip
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, att.id)
                self.attachments_table.setItem(row, column, item)
        if self.summary_edit.toPlainText() != d.summary:
            self.summary_edit.setPlainText(d.summary)
        self._filling = False
        self._set_enabled(True)

    def _fill_signals(self, d: visit_service.VisitDetail) -> None:
        if d.visit_type != "opvolgbezoek":
            self.signals_box.hide()
            return
        found = follow_up_findings(self._ctx, d.organisation_id)
        if not found:
            self.signals_label.setText(self.tr("Geen duurzaamheidsverslag of geen signalen."))
        else:
            latest = max(f.year for f in found)
            lines = [f"• {f.rule_id}: {tr_data(f.message)}" for f in found if f.year == latest]
            self.signals_label.setText(
                self.tr("Verslag over {y}:").format(y=latest) + "\n" + "\n".join(lines)
            )
        self.signals_box.show()

    def _set_enabled(self, enabled: bool) -> None:
        d = self.detail
        editable = enabled and d is not None and d.status != "afgesloten"
        for target, button in self.step_buttons.items():
            forward = (
                d is not None
                and target in d.next_steps
                and not (target == "uitgevoerd" and d.status != "gepland")
            )
            button.setVisible(enabled and forward)
            central_only = target == "afgesloten" and self._ctx.offline
            button.setEnabled(not central_only)
            button.setToolTip(
                self.tr("Afsluiten kan pas na het inchecken, in de centrale database.")
                if central_only
                else ""
            )
        self.reopen_button.setVisible(enabled and d is not None and d.status == "verslag_klaar")
        self.report_button.setEnabled(enabled)
        for widget in (
            *self.verdict_buttons,
            self.follow_up_button,
            self.add_action_button,
            self.done_action_button,
            self.delete_action_button,
            self.add_attachment_button,
            self.delete_attachment_button,
            self.save_summary_button,
        ):
            widget.setEnabled(editable)
        self.open_attachment_button.setEnabled(enabled)
        self.summary_edit.setReadOnly(not editable)
        self.tabs.setEnabled(enabled)

    # --- writing ---------------------------------------------------------------------------------

    def _run(self, write: Any, *, on_success: Any = None) -> None:
        self.message.clear_message()
        self._ops.run(
            lambda _p: write(),
            on_success=on_success,
            on_failure=lambda error: self._refused(error),
        )

    def _refused(self, error: UserError) -> None:
        self.message.show_message(error.message if not error.where else f"{error.where}: {error.message}")
        if self.detail is not None:  # show what is stored now (a conflict: someone saved first)
            keep = self.message.text()
            self.show_visit(self.detail.id)
            self.message.show_message(keep)

    def _current_finding(self) -> visit_service.FindingView | None:
        row = self.checklist.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.findings):
            return None
        return self.detail.findings[row]

    def _set_verdict(self, verdict: str) -> None:
        f, d = self._current_finding(), self.detail
        if f is None or d is None:
            return
        note = f.note
        self._run(
            lambda: records.record_finding(
                self._ctx, d.id, f.item_key, verdict, note, expected_version=f.version
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.checklist
            and event.type() == QEvent.Type.KeyPress
            and self.checklist.state() != QAbstractItemView.State.EditingState
        ):
            assert isinstance(event, QKeyEvent)
            key = Qt.Key(event.key())
            if key in VERDICT_KEYS and self.follow_up_button.isEnabled():
                self._set_verdict(VERDICT_KEYS[key])
                return True
            if key == Qt.Key.Key_O:
                self._on_follow_up_clicked()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.checklist.currentRow() >= 0:
                self.checklist.setCurrentCell(self.checklist.currentRow(), NOTE_COLUMN)
                self.checklist.editItem(self.checklist.currentItem())
                return True
            if self.checklist.currentColumn() != NOTE_COLUMN and event.text().strip():
                self.checklist.setCurrentCell(self.checklist.currentRow(), NOTE_COLUMN)
        return super().eventFilter(watched, event)

    @Slot(QTableWidgetItem)
    def _on_checklist_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != NOTE_COLUMN or self.detail is None:
            return
        f, d = self.detail.findings[item.row()], self.detail
        if f.verdict is None:
            self.message.show_message(
                self.tr("Kies eerst een oordeel (1, 2 of 3) voor '{t}'.").format(t=f.text)
            )
            return
        note = item.text()
        if note == f.note:
            return
        # Saved after the editor has closed: the save reloads the table, which must not happen
        # while the view is still committing the editor's data.
        QTimer.singleShot(
            0,
            lambda: self._run(
                lambda: records.record_finding(
                    self._ctx, d.id, f.item_key, f.verdict or "", note, expected_version=f.version
                )
            ),
        )

    @Slot()
    def _on_follow_up_clicked(self) -> None:
        f = self._current_finding()
        if f is None or not f.finding_id:
            return
        if f.follow_up and f.follow_up_started_on is None and not self._ctx.offline:
            self._confirm(f, None)
            return
        if not f.follow_ups:
            self.message.show_message(
                self.tr(
                    "Een opvolging kan enkel bij een punt dat niet in orde is en waarvoor de regel het toelaat."
                ),
                "info",
            )
            return
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Opvolging starten"))
        box.setText(self.tr("Wat mag '{t}' (niet in orde) in gang zetten?").format(t=f.text))
        buttons = {}
        for option in f.follow_ups:
            buttons[box.addButton(tr_data(option.label), QMessageBox.ButtonRole.AcceptRole)] = option
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = buttons.get(box.clickedButton())  # type: ignore[call-overload]
        if chosen is not None:
            self._confirm(f, chosen)

    def _confirm(self, f: visit_service.FindingView, option: FollowUp | None) -> None:
        """Never silently: say what will happen and let the user confirm."""
        what = tr_data(option.label) if option else self.tr("de voorgestelde opvolging")
        where = (
            self.tr("Offline wordt dit enkel voorgesteld; u bevestigt het na het inchecken.")
            if self._ctx.offline
            else ""
        )
        confirmed = self._confirmed(
            self.tr("Opvolging bevestigen"),
            self.tr("{what} starten voor '{t}'? {where}").format(what=what, t=f.text, where=where),
        )
        if not confirmed or not f.finding_id:
            return
        finding_id = f.finding_id
        if option is None:
            self._run(
                lambda: records.confirm_follow_up(self._ctx, finding_id),
                on_success=lambda result: self.message.show_message(tr_data(result.message), "ok"),
            )
        else:
            self._run(
                lambda: records.start_follow_up(self._ctx, finding_id, option.kind, option.dossier_id),
                on_success=lambda result: self.message.show_message(tr_data(result.message), "ok"),
            )

    def _on_step_clicked(self, target: str) -> None:
        d = self.detail
        if d is None:
            return
        if target == "uitgevoerd" and d.status == "verslag_klaar":
            on = self._ctx.clock.today()
        else:
            label = {
                "uitgevoerd": self.tr("Bezocht op"),
                "verslag_klaar": self.tr("Datum van het verslag"),
            }.get(target, self.tr("Afgesloten op"))
            default = (
                d.planned_on
                if target == "uitgevoerd" and d.planned_on <= self._ctx.clock.today()
                else self._ctx.clock.today()
            )
            dialog = DateDialog(tr_data(STATUS_LABELS[target]), label, default, self)
            if dialog.exec() != DateDialog.DialogCode.Accepted:
                return
            on = dialog.value()
        # services.visit_report renders the report with reportlab: imported when first used.
        from wsedesk.services.visit_report import step_visit

        self._run(lambda: step_visit(self._ctx, d.id, target, on=on, expected_version=d.version))

    @Slot()
    def _on_report_clicked(self) -> None:
        d = self.detail
        if d is None:
            return
        from wsedesk.services.visit_report import visit_report_pdf

        try:
            name, pdf = visit_report_pdf(self._ctx, d.id)
        except UserError as exc:
            self.message.show_message(exc.message)
            return
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Bezoekverslag bewaren"), str(Path.home() / name), "PDF (*.pdf)"
        )
        if target:
            Path(target).write_bytes(pdf)
            self.message.show_message(self.tr("Bezoekverslag bewaard: {p}").format(p=target), "ok")

    @Slot()
    def _on_add_action_clicked(self) -> None:
        if self.detail is None:
            return
        f = self._current_finding() if self.tabs.currentIndex() == 0 else None
        ActionDialog(
            self._ctx, self._ops, self.detail, finding_id=f.finding_id if f else None, parent=self
        ).exec()

    def _selected_id(self, table: QTableWidget | Any) -> str | None:
        row = table.currentRow()
        item = table.item(row, 0) if row >= 0 else None
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    @Slot()
    def _on_done_action_clicked(self) -> None:
        action_id = self._selected_id(self.actions_table)
        action = next((a for a in (self.detail.actions if self.detail else ()) if a.id == action_id), None)
        if action is None:
            return
        today = self._ctx.clock.today()
        self._run(
            lambda: records.update_action(
                self._ctx, action.id, expected_version=action.version, done_on=today
            )
        )

    @Slot()
    def _on_delete_action_clicked(self) -> None:
        action_id = self._selected_id(self.actions_table)
        action = next((a for a in (self.detail.actions if self.detail else ()) if a.id == action_id), None)
        if action is None:
            return
        if not self._confirmed(
            self.tr("Opvolgactie verwijderen"), self.tr("'{d}' verwijderen?").format(d=action.description)
        ):
            return
        self._run(lambda: records.delete_action(self._ctx, action.id, expected_version=action.version))

    @Slot()
    def _on_add_attachment_clicked(self) -> None:
        d = self.detail
        if d is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Foto of scan kiezen"),
            str(Path.home()),
            self.tr("Foto's en scans (*.jpg *.jpeg *.png *.pdf);;Alle bestanden (*)"),
        )
        if not name:
            return
        path = Path(name)
        try:
            if path.stat().st_size > 16 * 1024 * 1024:
                raise OSError
            content = path.read_bytes()
        except OSError:
            self.message.show_message(
                self.tr("'{n}' kan niet gelezen worden of is te groot.").format(n=path.name)
            )
            return
        f = self._current_finding()
        self._run(
            lambda: records.add_attachment(
                self._ctx, d.id, path.name, content, finding_id=f.finding_id if f else None
            )
        )

    @Slot()
    def _on_open_attachment_clicked(self) -> None:
        attachment_id = self._selected_id(self.attachments_table)
        if attachment_id is None:
            return
        stored_name, _, content = records.attachment_content(self._ctx, attachment_id)
        # Written under the generated name only: the user's file name never becomes a path.
        folder = Path(tempfile.mkdtemp(prefix="wsedesk-bijlage-"))
        target = folder / stored_name
        target.write_bytes(content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    @Slot()
    def _on_delete_attachment_clicked(self) -> None:
        attachment_id = self._selected_id(self.attachments_table)
        att = next(
            (a for a in (self.detail.attachments if self.detail else ()) if a.id == attachment_id), None
        )
        if att is None:
            return
        if not self._confirmed(
            self.tr("Bijlage verwijderen"),
            self.tr("'{n}' verwijderen?").format(n=att.original_name or att.stored_name),
        ):
            return
        self._run(lambda: records.delete_attachment(self._ctx, att.id, expected_version=att.version))

    @Slot()
    def _on_save_summary_clicked(self) -> None:
        d = self.detail
        if d is None:
            return
        text = self.summary_edit.toPlainText()
        self._run(
            lambda: visit_service.update_visit(self._ctx, d.id, expected_version=d.version, summary=text)
        )

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if self.detail is not None and changes.touches("visit", "conflicts"):
            summary = self.summary_edit.toPlainText()
            unsaved = summary != self.detail.summary
            self.show_visit(self.detail.id)
            if unsaved and self.detail is not None and not self.summary_edit.isReadOnly():
                self.summary_edit.setPlainText(summary)  # keep what the user is still typing
