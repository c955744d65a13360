"""The review queue of check-ins: both sides of a record field by field; keep one, the other, or a merge.

The field-by-field table is the one the conflict dialog uses (views/widgets.py `field_table`),
with a column for the record as it was checked out and, for a merge, a choice per field.
Resolving runs through `ops`; the service checks the role and that the central record did not
change again since it was shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.errors import NotFoundError
from wsedesk.services import visit_review as review
from wsedesk.services.changes import Changes
from wsedesk.views.common import heading_label, make_muted, resize_to_fit, tr_data
from wsedesk.views.widgets import InlineMessage, field_table, make_table

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.operations import Operations

DIFFERS = QColor("#fff3cd")
TAKE_COLUMN = 4


class ReviewQueueDialog(QDialog):
    """Open conflicts on the left; the chosen one field by field on the right."""

    def __init__(self, ctx: AppContext, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._ops = ctx, ops
        self.detail: review.ConflictDetail | None = None
        self.rows: list[review.ConflictRow] = []
        self.setWindowTitle(self.tr("Wachtrij conflicten bij inchecken"))
        resize_to_fit(self, 1180, 620)
        ops.events.changed.connect(self._on_changed)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Bij het inchecken werd niets overschreven: waar de centrale database intussen veranderde, "
                "staat het hier. Kies per conflict welke versie blijft, of voeg samen."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = make_table(
            columns=[self.tr("Wat"), self.tr("Conflict"), self.tr("Bezoek"), self.tr("Laptop van")]
        )
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        splitter.addWidget(self.list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.title_label = heading_label(self.tr("Geen open conflicten"), scale=1.15)
        self.who_label = QLabel()
        self.who_label.setWordWrap(True)
        make_muted(self.who_label)
        right_layout.addWidget(self.title_label)
        right_layout.addWidget(self.who_label)
        self.fields = field_table(
            [
                self.tr("Veld"),
                self.tr("Bij uitchecken"),
                self.tr("Laptop"),
                self.tr("Centraal nu"),
                self.tr("Neem"),
            ],
            [],
        )
        right_layout.addWidget(self.fields, 1)
        self.message = InlineMessage()
        right_layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.laptop_button = QPushButton(self.tr("&Laptopversie behouden"))
        self.central_button = QPushButton(self.tr("&Centrale versie behouden"))
        self.merge_button = QPushButton(self.tr("&Samenvoegen"))
        self.merge_button.setToolTip(self.tr("Per veld de gekozen kant (kolom 'Neem')"))
        self.laptop_button.clicked.connect(lambda: self._resolve("laptop"))
        self.central_button.clicked.connect(lambda: self._resolve("central"))
        self.merge_button.clicked.connect(lambda: self._resolve("merge"))
        for b in (self.laptop_button, self.central_button, self.merge_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        right_layout.addLayout(buttons)
        splitter.addWidget(right)
        splitter.setSizes([420, 760])
        layout.addWidget(splitter, 1)
        self.list.itemSelectionChanged.connect(self._on_selection_changed)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.rows = review.list_conflicts(self._ctx)
        self.list.setRowCount(len(self.rows))
        for row, c in enumerate(self.rows):
            for column, value in enumerate(
                (c.label, tr_data(c.kind_label), c.visit_reference, c.laptop_user)
            ):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.list.setItem(row, column, item)
        if self.rows:
            index = next((i for i, c in enumerate(self.rows) if c.id == select), 0)
            self.list.selectRow(index)
        else:
            self._show(None)

    def _show(self, conflict_id: str | None) -> None:
        self.message.clear_message()
        self.detail = None
        if conflict_id is not None:
            try:
                self.detail = review.conflict_detail(self._ctx, conflict_id)
            except NotFoundError:
                self.detail = None
        d = self.detail
        for b in (self.laptop_button, self.central_button, self.merge_button):
            b.setEnabled(d is not None and not self._ctx.offline)
        if d is None:
            self.title_label.setText(self.tr("Geen open conflicten"))
            self.who_label.clear()
            self.fields.setRowCount(0)
            return
        # A merge needs both sides; after a deletion the choice is the one side or the other.
        self.merge_button.setEnabled(not d.laptop_deleted and not d.central_deleted and not self._ctx.offline)
        self.title_label.setText(f"{d.label} — {tr_data(d.kind_label)}")
        extra = (
            self.tr(" Met dit bezoek wachten {n} record(s) van de laptop.").format(n=d.held_children)
            if d.held_children
            else ""
        )
        self.who_label.setText(
            self.tr("Laptopversie van {who}, gevonden bij het inchecken op {when}.").format(
                who=d.laptop_user, when=d.detected_at
            )
            + extra
        )
        self.fields.setRowCount(len(d.fields))
        for row, f in enumerate(d.fields):
            for column, value in enumerate((tr_data(f.label), f.base, tr_data(f.laptop), tr_data(f.central))):
                item = QTableWidgetItem(value)
                if f.differs:
                    item.setBackground(QBrush(DIFFERS))
                self.fields.setItem(row, column, item)
            take = QComboBox()
            take.addItem(self.tr("laptop"), "laptop")
            take.addItem(self.tr("centraal"), "central")
            laptop_value = d.laptop_values.get(f.field)
            take.setCurrentIndex(0 if d.suggested.get(f.field) == laptop_value and f.differs else 1)
            take.setEnabled(f.differs and not d.laptop_deleted and not d.central_deleted)
            self.fields.setCellWidget(row, TAKE_COLUMN, take)
        self.fields.resizeRowsToContents()

    def merged_values(self) -> dict[str, Any]:
        d = self.detail
        assert d is not None
        out: dict[str, Any] = {}
        for row, f in enumerate(d.fields):
            take = self.fields.cellWidget(row, TAKE_COLUMN)
            side = take.currentData() if isinstance(take, QComboBox) else "central"
            source = d.laptop_values if side == "laptop" else (d.central_values or d.laptop_values)
            out[f.field] = source.get(f.field)
        return out

    def _resolve(self, choice: str) -> None:
        d = self.detail
        if d is None:
            return
        merged = self.merged_values() if choice == "merge" else None
        conflict_id, version, central_version = d.id, d.version, d.central_version
        self._ops.run(
            lambda _p: review.resolve_conflict(
                self._ctx,
                conflict_id,
                choice,
                expected_version=version,
                central_version=central_version,
                merged=merged,
            ),
            on_success=lambda _r: self.reload(),  # (the next conflict)
            on_failure=lambda error: self._refused(str(error)),
        )

    def _refused(self, text: str) -> None:
        current = self.detail.id if self.detail else None
        self._show(current)  # the central record as it is now
        self.message.show_message(text)

    @Slot()
    def _on_selection_changed(self) -> None:
        row = self.list.currentRow()
        self._show(self.rows[row].id if 0 <= row < len(self.rows) else None)

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("conflicts") and self.isVisible():
            self.reload(self.detail.id if self.detail else None)
