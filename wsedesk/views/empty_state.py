"""An honest placeholder for a module that is not there yet: what it will do, and no fake data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wsedesk.views.common import Page, heading_label, make_muted

TEXT_WIDTH = 620


class EmptyStatePage(Page):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A fixed-width column: word-wrapped labels get their height right only with a known width.
        column = QWidget()
        column.setFixedWidth(TEXT_WIDTH)
        inner = QVBoxLayout(column)
        self.title_label = heading_label(title, column, scale=1.5)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.explanation_label = QLabel(explanation)
        self.explanation_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explanation_label.setWordWrap(True)
        make_muted(self.explanation_label)
        inner.addWidget(self.title_label)
        inner.addSpacing(8)
        inner.addWidget(self.explanation_label)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
