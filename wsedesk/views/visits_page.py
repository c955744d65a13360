"""The Bezoeken page: my visits of this week, all open visits by organisation or by type; the visit screen.

Check-out, check-in (with progress, on the one runner) and the review queue of check-ins start
here. Offline, in a package, the page shows the package's visits; check-out, check-in and the
queue wait for the central database.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.services import visits as visit_service
from wsedesk.services.changes import Changes
from wsedesk.services.visit_review import count_open_conflicts
from wsedesk.services.visit_sync import checkin
from wsedesk.storage.sync import PACKAGE_SUFFIX
from wsedesk.views.common import Page, format_date, make_muted, tr_data
from wsedesk.views.visit_dialogs import CheckoutDialog, PlanVisitDialog
from wsedesk.views.visit_panel import VisitPanel
from wsedesk.views.visit_review import ReviewQueueDialog
from wsedesk.views.widgets import InlineMessage

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations

VIEWS = (
    ("mine_week", "Mijn bezoeken van deze week"),
    ("by_organisation", "Open bezoeken per organisatie"),
    ("by_type", "Open bezoeken per soort"),
    ("all", "Alle bezoeken, ook afgesloten"),
)
COLUMNS = ("Datum", "Organisatie", "Soort", "Status", "Acties", "Kenmerk", "Bezoekers")


class VisitsPage(Page):
    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._ops = ctx, ops
        self.rows: list[visit_service.VisitRow] = []
        ops.events.changed.connect(self._on_changed)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.view_combo = QComboBox()
        self.view_combo.setAccessibleName(self.tr("Welke bezoeken"))
        for code, label in VIEWS:
            self.view_combo.addItem(self.tr(label), code)
        self.plan_button = QPushButton(self.tr("Bezoek &plannen…"))
        self.checkout_button = QPushButton(self.tr("&Uitchecken…"))
        self.checkout_button.setToolTip(
            self.tr("Bezoeken meenemen op een laptop zonder netwerk (een bezoekpakket)")
        )
        self.checkin_button = QPushButton(self.tr("&Inchecken…"))
        self.checkin_button.setToolTip(self.tr("Een bezoekpakket terugbrengen in de centrale database"))
        self.queue_button = QPushButton()
        self.count_label = QLabel()
        bar.addWidget(self.view_combo)
        bar.addWidget(self.plan_button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.checkout_button)
        bar.addWidget(self.checkin_button)
        bar.addWidget(self.queue_button)
        layout.addLayout(bar)
        self.message = InlineMessage()
        layout.addWidget(self.message)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Bezoeken"))
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.setMinimumWidth(360)
        splitter.addWidget(self.tree)
        self.panel = VisitPanel(ctx, ops)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([560, 800])
        layout.addWidget(splitter, 1)
        self.overdue_label = QLabel()
        make_muted(self.overdue_label)
        layout.addWidget(self.overdue_label)

        self.view_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.tree.currentItemChanged.connect(self._on_current_item_changed)
        self.plan_button.clicked.connect(lambda: self.plan_visit())
        self.checkout_button.clicked.connect(self._on_checkout_clicked)
        self.checkin_button.clicked.connect(self._on_checkin_clicked)
        self.queue_button.clicked.connect(self._on_queue_clicked)
        self.panel.visit_deleted.connect(self.reload)
        if ctx.offline:
            for button in (self.checkout_button, self.checkin_button, self.queue_button):
                button.setEnabled(False)
                button.setToolTip(
                    self.tr("Kan pas weer in de centrale database (u werkt offline in een bezoekpakket).")
                )

    # --- loading ---------------------------------------------------------------------------------

    def load(self) -> None:
        self.reload()

    def current_view(self) -> str:
        return str(self.view_combo.currentData())

    def reload(self) -> None:
        selected = self.selected_visit_ids()
        current = self.panel.detail.id if self.panel.detail else None
        view = self.current_view()
        today = self._ctx.clock.today()
        flt = {
            "mine_week": visit_service.VisitFilter(week_of=today, visitor_id=self._ctx.user.id),
            "by_organisation": visit_service.VisitFilter(open_only=True),
            "by_type": visit_service.VisitFilter(open_only=True),
            "all": visit_service.VisitFilter(),
        }[view]
        self.rows = visit_service.list_visits(self._ctx, flt, limit=2000)
        self.tree.clear()
        groups: dict[str, list[visit_service.VisitRow]] = defaultdict(list)
        if view == "by_organisation":
            for r in self.rows:
                groups[r.organisation].append(r)
        elif view == "by_type":
            for r in self.rows:
                groups[tr_data(r.type_label)].append(r)
        items: list[QTreeWidgetItem] = []
        if groups:
            for name in sorted(groups, key=str.casefold):
                parent = QTreeWidgetItem([f"{name} ({len(groups[name])})"])
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.tree.addTopLevelItem(parent)
                parent.setFirstColumnSpanned(True)
                for r in groups[name]:
                    item = self._item(r)
                    parent.addChild(item)
                    items.append(item)
                parent.setExpanded(True)
        else:
            for r in self.rows:
                item = self._item(r)
                self.tree.addTopLevelItem(item)
                items.append(item)
        self.tree.setRootIsDecorated(bool(groups))
        for column in range(1, len(COLUMNS)):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(
            0, self.tree.fontMetrics().horizontalAdvance("00/00/00000") + (40 if groups else 12)
        )
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), 220))
        self.count_label.setText(self.tr("{n} bezoek(en)").format(n=len(self.rows)))
        overdue = sum(r.overdue_actions for r in self.rows)
        self.overdue_label.setText(
            self.tr("Opvolgacties te laat: {n} (met een dossier staan ze ook in de Werkbak).").format(
                n=overdue
            )
            if overdue
            else ""
        )
        self._update_queue_button()
        wanted = current or (selected[0] if selected else None)
        target = next((i for i in items if i.data(0, Qt.ItemDataRole.UserRole) == wanted), None)
        if target is None and items:
            target = items[0]
        if target is not None:
            self.tree.setCurrentItem(target)
        else:
            self.panel.show_visit(None)

    def _item(self, r: visit_service.VisitRow) -> QTreeWidgetItem:
        actions = ""
        if r.open_actions:
            actions = self.tr("{n} open").format(n=r.open_actions)
            if r.overdue_actions:
                actions += self.tr(", {n} te laat").format(n=r.overdue_actions)
        item = QTreeWidgetItem(
            [
                format_date(r.planned_on),
                r.organisation,
                tr_data(r.type_label),
                tr_data(r.status_label),
                actions,
                r.reference,
                ", ".join(r.visitors),
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, r.id)
        if r.overdue_actions:
            item.setForeground(4, Qt.GlobalColor.darkRed)
        return item

    def _update_queue_button(self) -> None:
        n = 0 if self._ctx.offline else count_open_conflicts(self._ctx)
        self.queue_button.setText(self.tr("Wachtrij &conflicten ({n})").format(n=n))

    def selected_visit_ids(self) -> list[str]:
        return [
            str(i.data(0, Qt.ItemDataRole.UserRole))
            for i in self.tree.selectedItems()
            if i.data(0, Qt.ItemDataRole.UserRole)
        ]

    # --- actions ---------------------------------------------------------------------------------

    def plan_visit(self, organisation_id: str | None = None, dossier_id: str | None = None) -> str | None:
        """Open the planning dialog (from this page, or from an organisation or dossier screen)."""
        dialog = PlanVisitDialog(
            self._ctx, self._ops, organisation_id=organisation_id, dossier_id=dossier_id, parent=self
        )
        if dialog.exec() == PlanVisitDialog.DialogCode.Accepted and dialog.planned_visit_id:
            self.panel.show_visit(dialog.planned_visit_id)
            return dialog.planned_visit_id
        return None

    @Slot()
    def _on_checkout_clicked(self) -> None:
        dialog = CheckoutDialog(self._ctx, self._ops, self.selected_visit_ids(), parent=self)
        if dialog.exec() == CheckoutDialog.DialogCode.Accepted:
            self.message.show_message(dialog.result_text, "ok")

    @Slot()
    def _on_checkin_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Bezoekpakket inchecken"),
            str(Path.home()),
            self.tr("Bezoekpakket (*{s})").format(s=PACKAGE_SUFFIX),
        )
        if name:
            self.check_in(Path(name))

    def check_in(self, path: Path) -> None:
        progress = QProgressDialog(self.tr("Inchecken…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def done(result: Any) -> None:
            progress.close()
            if result.already_checked_in:
                text = self.tr("Dit pakket was al ingecheckt: niets gewijzigd.")
            else:
                text = self.tr(
                    "Ingecheckt: {m} record(s) samengevoegd ({c} nieuw, {u} gewijzigd, {d} verwijderd), {k} conflict(en)."
                ).format(
                    m=result.merged, c=result.created, u=result.updated, d=result.deleted, k=result.conflicts
                )
            if result.warnings:
                text += "\n" + "\n".join(tr_data(w) for w in result.warnings)
            self.message.show_message(text, "warning" if result.conflicts or result.warnings else "ok")
            if result.conflicts:
                self._on_queue_clicked()

        def refused(error: Any) -> None:
            progress.close()
            self.message.show_message(str(error))

        self._ops.run(
            lambda p: checkin(self._ctx, path, progress=p),
            on_success=done,
            on_failure=refused,
            on_progress=lambda d, t, _text: (progress.setMaximum(t), progress.setValue(d)),
        )

    @Slot()
    def _on_queue_clicked(self) -> None:
        ReviewQueueDialog(self._ctx, self._ops, self).exec()
        self._update_queue_button()

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        visit_id = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if visit_id:
            self.panel.show_visit(str(visit_id))

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if self._activated and changes.touches("visit", "conflicts", "checkout"):
            self.reload()
