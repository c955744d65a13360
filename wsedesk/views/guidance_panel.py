"""The *Begeleidingen* tab of a recognised provider's ED dossier: whom it guides (domain.md §3.2).

A list of the assignments (employee masked, employer, start, end, premium changes) with the free
capacity on today's date and the last day guided (ED-13, ED-8), and three actions: add one, end
the selected one, import the department's list (CSV or .xlsx, with progress). Every write runs
through `ops.run`; the tab reads its list again when a write touched "guidance" or its dossier.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.services.guidance import (
    AssignmentView,
    end_assignment,
    guidance_summary,
    list_assignments,
    record_assignment,
)
from wsedesk.services.guidance_import import GuidanceImportResult, import_guidance_list
from wsedesk.views.common import format_date, tr_data
from wsedesk.views.form_fields import date_edit, from_qdate
from wsedesk.views.widgets import InlineMessage, list_tree, ok_cancel_buttons

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.errors import UserError
    from wsedesk.services.changes import Changes
    from wsedesk.services.dossiers import DossierDetail
    from wsedesk.views.operations import Operations


class AssignmentDialog(QDialog):
    """A new assignment: the employee's national number, the employer, start and (optional) end."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Begeleiding toevoegen"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText("85.07.30-033.28")
        self.number_edit.setEchoMode(QLineEdit.EchoMode.Password)  # it reveals a birth date
        self.employer_edit = QLineEdit(self)
        self.kbo_edit = QLineEdit(self)
        self.kbo_edit.setPlaceholderText("0428.759.497")
        self.start_edit = date_edit(today, parent=self)
        self.ended_check = QCheckBox(self.tr("Al beëindigd op"), self)
        self.end_edit = date_edit(today, parent=self)
        self.end_edit.setEnabled(False)
        self.ended_check.toggled.connect(self.end_edit.setEnabled)
        self.end_edit.setAccessibleName(self.tr("Einde"))
        for label, widget in (
            (self.tr("Rijksregisternummer werknemer"), self.number_edit),
            (self.tr("Werkgever"), self.employer_edit),
            (self.tr("Ondernemingsnummer werkgever"), self.kbo_edit),
            (self.tr("Begin"), self.start_edit),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label)
        end_row = QHBoxLayout()
        end_row.addWidget(self.ended_check)
        end_row.addWidget(self.end_edit, 1)
        form.addRow(self.tr("Einde"), end_row)
        layout.addLayout(form)
        self.message = InlineMessage(self)
        layout.addWidget(self.message)
        self.buttons = ok_cancel_buttons(self, self.accept, self.tr("Toevoegen"), self.tr("Annuleren"))
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def values(self) -> dict[str, Any]:
        return {
            "national_number": self.number_edit.text(),
            "employer_name": self.employer_edit.text(),
            "employer_enterprise_number": self.kbo_edit.text() or None,
            "start_on": from_qdate(self.start_edit.date()),
            "end_on": from_qdate(self.end_edit.date()) if self.ended_check.isChecked() else None,
        }


class GuidancePanel(QWidget):
    """The provider's assignments, its free capacity today, and add / end / import."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._ops = ctx, ops
        self._dossier_id: str | None = None
        self.rows: list[AssignmentView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.tree = list_tree(
            [
                self.tr("Werknemer"),
                self.tr("Werkgever"),
                self.tr("Begin"),
                self.tr("Einde"),
                self.tr("Premie gewijzigd"),
            ],
            stretch=1,
            name=self.tr("Begeleidingen"),
            parent=self,
        )
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Begeleiding toevoegen…"), self)
        self.end_button = QPushButton(self.tr("Beëindigen op"), self)
        self.end_edit = date_edit(ctx.clock.today(), parent=self)
        self.end_edit.setAccessibleName(self.tr("Einddatum van de gekozen begeleiding"))
        self.import_button = QPushButton(self.tr("Lijst importeren…"), self)
        self.import_button.setToolTip(
            self.tr("De lijst van het departement (CSV of Excel): alle rijen of geen, zie de handleiding.")
        )
        for widget in (self.add_button, self.end_button, self.end_edit):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setAccessibleName(self.tr("Voortgang van de import"))
        self.progress_bar.hide()
        layout.addWidget(self.progress_bar)
        self.message = InlineMessage(self)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.end_button.clicked.connect(self._on_end_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        ops.events.changed.connect(self._on_changed)
        self._update_buttons()

    # --- public --------------------------------------------------------------------------------

    def show_for(self, detail: DossierDetail | None) -> bool:
        """Follow the dossier screen: only an ED dossier with a recognition has guidance; True to show the tab."""
        shown = detail is not None and detail.dossier_type == "ED" and detail.valid_from is not None
        wanted = detail.id if shown and detail is not None else None
        if wanted != self._dossier_id or wanted is not None:
            self.set_dossier(wanted)
        return shown

    def set_dossier(self, dossier_id: str | None) -> None:
        self._dossier_id = dossier_id
        self.message.clear_message()
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        self.rows = []
        if self._dossier_id is None:
            self.summary_label.clear()
            self._update_buttons()
            return
        today = self._ctx.clock.today()
        self.rows = list_assignments(self._ctx, self._dossier_id)
        summary = guidance_summary(self._ctx, self._dossier_id, today)
        for r in self.rows:
            item = QTreeWidgetItem(
                [
                    r.employee,
                    r.employer_name,
                    format_date(r.start_on),
                    format_date(r.end_on) if r.end_on else self.tr("lopend"),
                    ", ".join(format_date(d) for d in r.premium_changes),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            self.tree.addTopLevelItem(item)
        capacity = summary.capacity if summary.capacity is not None else "?"
        free = summary.free_capacity if summary.free_capacity is not None else "?"
        last = format_date(summary.last_guided) if summary.last_guided else self.tr("nog niemand begeleid")
        self.summary_label.setText(
            self.tr(
                "Vandaag {a} lopende begeleidingen; capaciteit {c}, vrij {f} (ED-13). "
                "Laatste dag begeleid: {l} (ED-8: verval na 2 jaar zonder begeleiding)."
            ).format(a=summary.active, c=capacity, f=free, l=last)
        )
        self._update_buttons()

    # --- actions -------------------------------------------------------------------------------

    def _selected(self) -> AssignmentView | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        wanted = item.data(0, Qt.ItemDataRole.UserRole)
        return next((r for r in self.rows if r.id == wanted), None)

    def _update_buttons(self) -> None:
        has = self._dossier_id is not None
        self.add_button.setEnabled(has)
        self.import_button.setEnabled(has)
        selected = self._selected()
        running = selected is not None and selected.end_on is None
        self.end_button.setEnabled(running)
        self.end_edit.setEnabled(running)

    def _failed(self, error: UserError) -> None:
        self.message.show_message(tr_data(str(error)))

    @Slot()
    def _on_add_clicked(self) -> None:
        if self._dossier_id is None:
            return
        dialog = AssignmentDialog(self._ctx.clock.today(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        ctx, dossier_id, values = self._ctx, self._dossier_id, dialog.values()
        self._ops.run(
            lambda _p: record_assignment(ctx, dossier_id, **values),
            on_success=lambda saved: self.message.show_message(
                self.tr("Begeleiding van {m} toegevoegd.").format(m=saved.employee), "ok"
            ),
            on_failure=self._failed,
        )

    @Slot()
    def _on_end_clicked(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        ctx, end_on = self._ctx, from_qdate(self.end_edit.date())
        self._ops.run(
            lambda _p: end_assignment(ctx, selected.id, expected_version=selected.version, end_on=end_on),
            on_success=lambda _c: self.message.show_message(
                self.tr("Begeleiding van {m} beëindigd op {d}.").format(
                    m=selected.employee, d=format_date(end_on)
                ),
                "ok",
            ),
            on_failure=self._failed,
        )

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Lijst met begeleidingen"), "", self.tr("Lijsten (*.csv *.xlsx)")
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Import the department's list on the runner, progress shown in the message line."""
        ctx = self._ctx
        self.message.show_message(self.tr("Lijst wordt gelezen…"), "info")
        self._ops.run(
            lambda progress: import_guidance_list(ctx, path, progress=progress),
            on_success=self._on_imported,
            on_failure=self._failed,
            on_progress=self._on_import_progress,
            on_finished=lambda *_: self.progress_bar.hide(),
        )

    def _on_import_progress(self, done: int, total: int, text: str) -> None:
        self.progress_bar.setRange(0, max(total, 0))  # 0 .. 0: busy while the file is read
        self.progress_bar.setValue(done)
        self.progress_bar.setFormat(tr_data(text) + " %v / %m" if total else tr_data(text))
        self.progress_bar.show()

    def _on_imported(self, result: GuidanceImportResult) -> None:
        if result.ok:
            self.message.show_message(
                self.tr("{f}: {a} nieuw, {u} bijgewerkt, {s} ongewijzigd.").format(
                    f=result.file, a=result.added, u=result.updated, s=result.unchanged
                ),
                "ok",
            )
            return
        shown = [tr_data(p) for p in result.problems[:5]]
        more = len(result.problems) + result.more_problems - len(shown)
        text = self.tr("{f}: niets geïmporteerd.").format(f=result.file) + "\n" + "\n".join(shown)
        if more > 0:
            text += "\n" + self.tr("… en nog {n} problemen.").format(n=more)
        self.message.show_message(text)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if self._dossier_id is not None and (
            self._dossier_id in changes.dossier_ids
            or (changes.touches("guidance") and not changes.dossier_ids)
        ):
            self.reload()
