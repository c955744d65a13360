"""An import issue in context: the sheet's rows around the cell, the cell highlighted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.services.report_excerpts import IssueExcerpt
from wsedesk.services.reports import ReportIssue
from wsedesk.views.common import heading_label, make_muted, resize_to_fit, tr_data

ERROR_FILL = QColor("#f8d4d0")
WARNING_FILL = QColor("#fff2cc")  # the template's own answer-cell yellow


class IssueContextDialog(QDialog):
    """Shows one issue (sheet, cell, code, message) and, once read, the rows around its cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Melding in de werkmap"))
        resize_to_fit(self, 900, 480)
        self.issue: ReportIssue | None = None
        self.excerpt: IssueExcerpt | None = None
        layout = QVBoxLayout(self)
        self.heading_label = heading_label("", self, scale=1.15)
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        make_muted(self.file_label)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        make_muted(self.note_label)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # No selection: the highlighted cell must keep its error colour.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        layout.addWidget(self.heading_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.file_label)
        layout.addSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_label)
        layout.addWidget(buttons)

    def where_text(self, issue: ReportIssue) -> str:
        """'Indicatoren!D7, code I03' — as precise as the issue is."""
        parts = []
        if issue.sheet and issue.cell:
            parts.append(f"{issue.sheet}!{issue.cell}")
        elif issue.sheet:
            parts.append(self.tr("tabblad {s}").format(s=issue.sheet))
        if issue.code:
            parts.append(self.tr("code {c}").format(c=issue.code))
        if issue.rule_id:
            parts.append(issue.rule_id)
        return ", ".join(parts) or self.tr("de werkmap als geheel")

    def show_issue(self, file: str, issue: ReportIssue) -> None:
        """The issue itself, at once; the rows follow in `show_excerpt` when the file is read."""
        self.issue, self.excerpt = issue, None
        kind = self.tr("Fout") if issue.severity == "error" else self.tr("Waarschuwing")
        self.heading_label.setText(
            self.tr("{kind} in {where}").format(kind=kind, where=self.where_text(issue))
        )
        self.message_label.setText(tr_data(issue.message))
        self.file_label.setText(self.tr("Bestand: {f}").format(f=Path(file).name))
        self.file_label.setToolTip(file)
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.table.setVisible(bool(issue.cell or issue.code))
        self.note_label.setText(
            self.tr("De werkmap wordt gelezen…")
            if issue.cell or issue.code
            else self.tr("Deze melding gaat over het bestand als geheel, niet over één cel.")
        )

    def show_excerpt(self, excerpt: IssueExcerpt) -> None:
        self.excerpt = excerpt
        notes = [tr_data(excerpt.note)] if excerpt.note else []
        if excerpt.source == "none":
            self.table.setVisible(False)
            notes.append(self.tr("Er is geen cel om te tonen."))
            self.note_label.setText(" ".join(notes))
            return
        self.table.setVisible(True)
        self.table.setColumnCount(len(excerpt.columns))
        self.table.setRowCount(len(excerpt.rows))
        self.table.setHorizontalHeaderLabels([tr_data(c) for c in excerpt.columns])
        workbook = excerpt.source == "workbook"
        self.table.verticalHeader().setVisible(workbook)
        if workbook:
            self.table.setVerticalHeaderLabels([str(r.row) for r in excerpt.rows])
            notes.append(
                self.tr("Tabblad {s}, rijen {a} tot {b} zoals ze in de werkmap staan.").format(
                    s=excerpt.sheet, a=excerpt.rows[0].row, b=excerpt.rows[-1].row
                )
            )
        else:
            notes.append(
                self.tr(
                    "De naburige rijen van tabblad {s} volgens het sjabloon, met de waarden zoals ze gelezen werden."
                ).format(s=excerpt.sheet)
            )
        fill = ERROR_FILL if self.issue is not None and self.issue.severity == "error" else WARNING_FILL
        for r, row in enumerate(excerpt.rows):
            for c, text in enumerate(row.cells):
                item = QTableWidgetItem(tr_data(text) if text else "")
                item.setToolTip(text)
                if excerpt.focus == (r, c):
                    item.setBackground(fill)
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self._size_columns(workbook)
        if excerpt.focus is not None:
            focus_item = self.table.item(*excerpt.focus)
            if focus_item is not None:
                self.table.scrollToItem(focus_item, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.note_label.setText(" ".join(notes))

    def focus_text(self) -> str:
        """The text of the highlighted cell ('' when there is none)."""
        if self.excerpt is None or self.excerpt.focus is None:
            return ""
        item = self.table.item(*self.excerpt.focus)
        return item.text() if item is not None else ""

    def _size_columns(self, workbook: bool) -> None:
        header = self.table.horizontalHeader()
        fm = self.table.fontMetrics()
        for c in range(self.table.columnCount()):
            items = (self.table.item(r, c) for r in range(self.table.rowCount()))
            texts = [item.text() for item in items if item is not None]
            # Long instruction lines would make a column as wide as a screen: cap it, the tooltip has it all.
            widest = max((fm.horizontalAdvance(t) for t in texts if len(t) < 80), default=40)
            self.table.setColumnWidth(c, min(max(widest + 18, 48), 360))
        header.setStretchLastSection(True)
        if not workbook:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
