"""A month at a glance: which days count for the terms (T-1, T-2) and which do not, and why.

Weekends, legal holidays and closing days (the Flemish ones and the team lead's extra days) are
marked with a colour, a word in the cell and a tooltip naming the day; the legend says what the
colours mean, so the colour is never the only sign. Clicking a day emits `day_clicked`.
"""

from __future__ import annotations

import calendar as pycalendar
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wsedesk.documents.nl import month_name
from wsedesk.rules.calendar import HolidayCalendar, format_date_nl
from wsedesk.views.common import tr_data

# Light backgrounds with dark text stay readable in a dark theme too (the text colour is set).
KIND_COLOURS = {
    "weekend": QColor("#e0e0e0"),
    "public_holiday": QColor("#f8c9c4"),
    "closing_day": QColor("#ffe0a3"),
}
_TEXT_COLOUR = QColor("#1a1a1a")


class CalendarMonthView(QWidget):
    """Seven columns (maandag … zondag), one row per week of the shown month."""

    day_clicked = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calendar = HolidayCalendar()
        self._year, self._month = 2000, 1
        self._today: date | None = None
        self._days: dict[tuple[int, int], date] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        bar = QHBoxLayout()
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.previous_button.setToolTip(self.tr("Vorige maand (PgUp)"))
        self.previous_button.setAccessibleName(self.tr("Vorige maand"))
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Volgende maand (PgDown)"))
        self.next_button.setAccessibleName(self.tr("Volgende maand"))
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.summary_label = QLabel()
        bar.addWidget(self.previous_button)
        bar.addWidget(self.title_label)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.summary_label, 1)
        layout.addLayout(bar)

        self.table = QTableWidget(6, 7)
        self.table.setObjectName("calendarMonth")
        self.table.setAccessibleName(self.tr("Maandoverzicht van de kalender"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("ma"),
                self.tr("di"),
                self.tr("wo"),
                self.tr("do"),
                self.tr("vr"),
                self.tr("za"),
                self.tr("zo"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.table.setMinimumHeight(6 * (self.fontMetrics().height() * 2 + 6) + 30)
        layout.addWidget(self.table, 1)

        legend = QHBoxLayout()
        for kind, text in (
            ("working_day", self.tr("werkdag: telt mee")),
            ("weekend", self.tr("weekend")),
            ("public_holiday", self.tr("wettelijke feestdag")),
            ("closing_day", self.tr("sluitingsdag (Vlaamse overheid of extra)")),
        ):
            swatch = QLabel()
            swatch.setFixedSize(14, 14)
            colour = KIND_COLOURS.get(kind)
            swatch.setStyleSheet(
                f"background: {colour.name()}; border: 1px solid #888;"
                if colour is not None
                else "border: 1px solid #888;"
            )
            legend.addWidget(swatch)
            legend.addWidget(QLabel(text))
            legend.addSpacing(10)
        legend.addStretch(1)
        layout.addLayout(legend)

        self.previous_button.clicked.connect(self.show_previous_month)
        self.next_button.clicked.connect(self.show_next_month)
        self.table.cellClicked.connect(self._on_cell_clicked)

    # --- public --------------------------------------------------------------------------------

    @property
    def shown_month(self) -> tuple[int, int]:
        return self._year, self._month

    def set_calendar(self, calendar: HolidayCalendar, today: date) -> None:
        """The calendar to show (the shipped one plus the team's changes); opens on today's month
        the first time."""
        self._calendar = calendar
        if self._today is None:
            self._year, self._month = today.year, today.month
        self._today = today
        self._fill()

    def show_month(self, year: int, month: int) -> None:
        self._year, self._month = year, month
        self._fill()

    @Slot()
    def show_previous_month(self) -> None:
        year, month = (self._year, self._month - 1) if self._month > 1 else (self._year - 1, 12)
        self.show_month(year, month)

    @Slot()
    def show_next_month(self) -> None:
        year, month = (self._year, self._month + 1) if self._month < 12 else (self._year + 1, 1)
        self.show_month(year, month)

    def kind_of(self, day: date) -> str:
        return self._calendar.day_kind(day)

    def cell_of(self, day: date) -> QTableWidgetItem | None:
        for (row, column), shown in self._days.items():
            if shown == day:
                return self.table.item(row, column)
        return None

    def keyPressEvent(self, event: object) -> None:  # type: ignore[override]
        key = event.key()  # type: ignore[attr-defined]
        if key == Qt.Key.Key_PageUp:
            self.show_previous_month()
        elif key == Qt.Key.Key_PageDown:
            self.show_next_month()
        else:
            super().keyPressEvent(event)  # type: ignore[arg-type]

    # --- internals -----------------------------------------------------------------------------

    def _describe(self, day: date, kind: str) -> tuple[str, str]:
        """(the word in the cell, the tooltip)."""
        name = self._calendar.holiday_name(day)
        when = format_date_nl(day)
        if kind == "public_holiday":
            return tr_data(name or ""), self.tr("{day}: {name}, wettelijke feestdag — telt niet mee").format(
                day=when, name=tr_data(name or "")
            )
        if kind == "closing_day":
            return tr_data(name or ""), self.tr("{day}: {name}, sluitingsdag — telt niet mee").format(
                day=when, name=tr_data(name or "")
            )
        if kind == "weekend":
            extra = f" ({tr_data(name)})" if name else ""
            return tr_data(name or ""), self.tr("{day}: weekend{extra} — telt niet mee").format(
                day=when, extra=extra
            )
        return "", self.tr("{day}: werkdag — telt mee").format(day=when)

    def _fill(self) -> None:
        self.title_label.setText(f"{tr_data(month_name(self._month))} {self._year}")
        self.table.clearContents()
        self._days = {}
        weeks = pycalendar.Calendar(firstweekday=0).monthdatescalendar(self._year, self._month)
        self.table.setRowCount(len(weeks))
        working = 0
        off: list[str] = []
        muted = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        for row, week in enumerate(weeks):
            for column, day in enumerate(week):
                kind = self._calendar.day_kind(day)
                word, tip = self._describe(day, kind)
                item = QTableWidgetItem(f"{day.day}\n{word}" if word else str(day.day))
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                item.setToolTip(tip)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, tip)
                colour = KIND_COLOURS.get(kind)
                if day.month != self._month:
                    item.setForeground(QBrush(muted))
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                else:
                    if colour is not None:
                        item.setBackground(QBrush(colour))
                        item.setForeground(QBrush(_TEXT_COLOUR))
                    if kind == "working_day":
                        working += 1
                    elif kind in ("public_holiday", "closing_day"):
                        off.append(f"{day.day} {tr_data(self._calendar.holiday_name(day) or '')}")
                if day == self._today:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
                self._days[(row, column)] = day
        summary = self.tr("{n} werkdagen").format(n=working)
        if off:
            summary += self.tr("; niet mee geteld: {days}").format(days=", ".join(off))
        self.summary_label.setText(summary)

    @Slot(int, int)
    def _on_cell_clicked(self, row: int, column: int) -> None:
        day = self._days.get((row, column))
        if day is not None:
            self.day_clicked.emit(QDate(day.year, day.month, day.day))


__all__ = ["KIND_COLOURS", "CalendarMonthView"]
