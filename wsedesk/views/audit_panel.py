"""Audittrail: who did what when, per dossier or organisation, filterable and exportable (issue #11, item 5).

Reads services/audit_trail.py (the trail is written by the unit of work, never here). Each entry
is a row (when, who, what, which record); its changed fields (old → new, national register
numbers masked) are its children. A team lead also sees the chain's verdict. The whole trail
(views/audit_dialogs.py) comes a page at a time: *Oudere regels laden* adds the next page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Slot
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import UserError
from wsedesk.services.audit_trail import (
    Trail,
    chain_verdict,
    dossier_trail,
    export_trail,
    organisation_trail,
)
from wsedesk.views.common import delay_timer, format_number, format_timestamp, make_muted, tr_data

if TYPE_CHECKING:
    from wsedesk.context import AppContext

FILTER_DELAY_MS = 300
# A loader reads one page of a trail: the filter text, and the seq to read on from (None: newest).
TrailLoader = Callable[[str, int | None], Trail]


class AuditPanel(QWidget):
    """The audit trail of one dossier or organisation."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._load: TrailLoader | None = None
        self._verdict: str | None = None
        self.empty_text = self.tr(
            "Nog geen regels voor dit record. Gegevens die in bulk werden ingelezen (zoals de demodata) "
            "staan als één beschrijvende regel in het hele auditspoor."
        )
        self.trail: Trail | None = None
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: wie, wat, veld of waarde"))
        self.filter_edit.setAccessibleName(self.tr("Auditspoor filteren"))
        self.filter_edit.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Exporteren…"))
        self.export_button.setToolTip(self.tr("Het getoonde auditspoor als Excel-bestand bewaren"))
        self.export_button.setAccessibleName(self.tr("Auditspoor exporteren"))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Auditspoor"))
        self.tree.setHeaderLabels([self.tr("Wanneer"), self.tr("Wie"), self.tr("Wat"), self.tr("Record")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.older_button = QPushButton(self.tr("&Oudere regels laden"))
        self.older_button.setAccessibleName(self.tr("Oudere regels van het auditspoor laden"))
        self.older_button.hide()
        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.hide()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        make_muted(self.message_label)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.verdict_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message_label, 1)
        bottom.addWidget(self.older_button)
        layout.addLayout(bottom)
        self._timer = delay_timer(self, FILTER_DELAY_MS, self.refresh)
        self.filter_edit.textChanged.connect(self._timer.start)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.older_button.clicked.connect(self._on_older_clicked)

    # --- public --------------------------------------------------------------------------------

    def set_dossier(self, dossier_id: str) -> None:
        self.set_loader(
            lambda text, _before: dossier_trail(self._ctx, dossier_id, text=text, with_verdict=False)
        )

    def set_organisation(self, organisation_id: str) -> None:
        self.set_loader(
            lambda text, _before: organisation_trail(
                self._ctx, organisation_id, text=text, with_verdict=False
            )
        )

    def set_loader(self, load: TrailLoader) -> None:
        """Show the trail `load` reads (a page at a time when its trails say `older`).

        The chain's verdict (a team lead's) is read here, once, not again for every filter or page.
        """
        self._load = load
        try:
            self._verdict = chain_verdict(self._ctx)
        except UserError:
            self._verdict = None
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the trail again (with the filter) and show it."""
        self._timer.stop()
        self.tree.clear()
        if self._load is None:
            return
        try:
            self.trail = self._load(self.filter_edit.text(), None)
        except UserError as exc:
            self.trail = None
            self.message_label.setText(exc.message)
            self.export_button.setEnabled(False)
            self.older_button.hide()
            return
        self._add_items(self.trail)
        self._show_state()

    def _add_items(self, trail: Trail) -> None:
        for row in trail.rows:
            item = QTreeWidgetItem(
                [format_timestamp(row.at), row.actor, tr_data(row.action), tr_data(row.entity)]
            )
            item.setToolTip(3, row.entity_id)
            for change in row.changes:
                QTreeWidgetItem(item, ["", change.field, change.old, change.new])
            self.tree.addTopLevelItem(item)

    def _show_state(self) -> None:
        """The count, the verdict and the next-page button of the trail shown."""
        assert self.trail is not None
        paged = self.trail.older is not None
        self.older_button.setVisible(paged)
        if self.trail.rows and paged:
            self.message_label.setText(
                self.tr("{n} regels getoond, nieuwste eerst; er zijn oudere regels.").format(
                    n=format_number(len(self.trail.rows))
                )
            )
        elif self.trail.rows:
            count = len(self.trail.rows)
            self.message_label.setText(
                self.tr("1 regel in het auditspoor")
                if count == 1
                else self.tr("{n} regels in het auditspoor").format(n=format_number(count))
            )
        elif paged:
            self.message_label.setText(
                self.tr("Nog geen regels gevonden die aan de filter voldoen; zoek verder in oudere regels.")
            )
        elif self.filter_edit.text().strip():
            self.message_label.setText(self.tr("Geen regels die aan de filter voldoen."))
        else:
            self.message_label.setText(self.empty_text)
        self.export_button.setEnabled(bool(self.trail.rows))
        verdict = self.trail.verdict or self._verdict
        self.verdict_label.setText(tr_data(verdict) if verdict else "")
        self.verdict_label.setVisible(bool(verdict))

    def load_older(self) -> None:
        """Add the next page of older entries to those shown."""
        if self._load is None or self.trail is None or self.trail.older is None:
            return
        try:
            page = self._load(self.filter_edit.text(), self.trail.older)
        except UserError as exc:
            self.message_label.setText(exc.message)
            return
        self.trail = replace(page, rows=self.trail.rows + page.rows)
        self._add_items(page)
        self._show_state()

    def export_to(self, path: Path) -> int:
        """Write the trail shown to `path` (.xlsx); returns the number of lines written."""
        if self.trail is None:
            return 0
        return export_trail(self.trail, path)

    # --- slots ---------------------------------------------------------------------------------

    @Slot()
    def _on_older_clicked(self) -> None:
        self.load_older()

    @Slot()
    def _on_export_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Auditspoor exporteren"), str(Path(folder) / "auditspoor.xlsx"), "Excel (*.xlsx)"
        )
        if not name:
            return
        try:
            lines = self.export_to(Path(name))
        except (OSError, UserError) as exc:
            self.message_label.setText(self.tr("Niet bewaard: {e}").format(e=exc))
            return
        self.message_label.setText(
            self.tr("{n} regels bewaard in {p}").format(n=format_number(lines), p=name)
        )


__all__ = ["AuditPanel"]
