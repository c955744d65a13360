"""One organisation's indicator over the years against the sector median, and its follow-up signals."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from wsedesk.rules.reports import (
    LABEL_COMPANY,
    LABEL_DEPARTMENT,
    MW1_MIN_TARGET_FTE_COMPANY,
    MW1_MIN_TARGET_FTE_DEPARTMENT,
    format_number_nl,
    mw1_share_threshold,
)
from wsedesk.services.report_excerpts import numeric_indicators
from wsedesk.services.report_overview import (
    FollowUpFinding,
    follow_up_findings,
    indicator_series,
    sector_medians,
)
from wsedesk.views.common import tr_data
from wsedesk.views.table_model import muted_brush
from wsedesk.views.widgets import ElidedLabel

if TYPE_CHECKING:
    from wsedesk.context import AppContext

ORGANISATION_COLOUR = QColor("#1f5fa8")
MEDIAN_COLOUR = QColor("#7a7a7a")
THRESHOLD_COLOUR = QColor("#b3261e")
DEFAULT_INDICATOR = "I03"


class IndicatorChartPanel(QWidget):
    """Pick an indicator; the chart shows the organisation's values and the median of its kind per year."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.organisation_id: str | None = None
        self._name = ""
        self._kind: str | None = None
        self.findings: list[FollowUpFinding] = []
        self._units: dict[str, str] = {}
        self._labels: dict[str, str] = {}

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        left = QVBoxLayout()
        bar = QHBoxLayout()
        self.title_label = ElidedLabel(self)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.set_full_text(self.tr("Kies een organisatie in het overzicht"))
        self.indicator_combo = QComboBox()
        self.indicator_combo.setToolTip(self.tr("De indicator in de grafiek"))
        self.indicator_combo.setAccessibleName(self.tr("Indicator"))
        for code, label, unit in numeric_indicators():
            self._units[code], self._labels[code] = unit, label
            self.indicator_combo.addItem(f"{code} {label}" + (f" ({unit})" if unit else ""), code)
        self.indicator_combo.setCurrentIndex(max(0, self.indicator_combo.findData(DEFAULT_INDICATOR)))
        bar.addWidget(self.title_label, 1)
        bar.addWidget(QLabel(self.tr("Indicator:")))
        bar.addWidget(self.indicator_combo)
        left.addLayout(bar)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setLocalizeNumbers(True)
        self.chart.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Belgium))
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.setBackgroundRoundness(0)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.x_axis.setGridLineVisible(False)
        self.y_axis = QValueAxis()
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)
        left.addWidget(self.chart_view, 1)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Opvolging (MW-1, MW-3), alle jaren")))
        self.findings_list = QListWidget()
        self.findings_list.setAccessibleName(self.tr("Bevindingen"))
        self.findings_list.setWordWrap(True)
        self.findings_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.findings_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.findings_list.setAlternatingRowColors(True)
        right.addWidget(self.findings_list, 1)
        layout.addLayout(right, 2)

        self.org_series: QLineSeries | None = None
        self.median_series: QLineSeries | None = None
        self.threshold_series: QLineSeries | None = None
        self.indicator_combo.currentIndexChanged.connect(self._on_indicator_changed)
        self._draw([], [], [])

    # --- public --------------------------------------------------------------------------------

    @property
    def indicator(self) -> str:
        return str(self.indicator_combo.currentData())

    def set_indicator(self, code: str) -> None:
        self.indicator_combo.setCurrentIndex(self.indicator_combo.findData(code))

    def show_organisation(self, organisation_id: str | None, name: str = "", kind: str | None = None) -> None:
        """Chart and signals of this organisation (None: empty)."""
        self.organisation_id, self._name, self._kind = organisation_id, name, kind
        self.title_label.set_full_text(name or self.tr("Kies een organisatie in het overzicht"))
        self.findings = follow_up_findings(self._ctx, organisation_id) if organisation_id else []
        self._show_findings()
        self._reload_chart()

    def median_label(self) -> str:
        if self._kind == LABEL_COMPANY:
            return self.tr("Mediaan maatwerkbedrijven")
        if self._kind == LABEL_DEPARTMENT:
            return self.tr("Mediaan maatwerkafdelingen")
        return self.tr("Mediaan alle verslagen")

    # --- drawing -------------------------------------------------------------------------------

    def _reload_chart(self) -> None:
        code = self.indicator
        if self.organisation_id is None:
            self._draw([], [], [])
            return
        own = indicator_series(self._ctx, self.organisation_id, code)
        # Compare like with like: a maatwerkafdeling of 8 FTE against afdelingen, not against bedrijven.
        kind = self._kind if self._kind in (LABEL_COMPANY, LABEL_DEPARTMENT) else None
        medians = sector_medians(self._ctx, code, kind=kind)
        years = sorted({y for y, _ in own} | {y for y, _ in medians})
        self._draw(own, medians, self._thresholds(code, years))

    def _thresholds(self, code: str, years: list[int]) -> list[tuple[int, Decimal]]:
        """MW-1's line where it applies: the FTE minimum (I01), the share for a maatwerkbedrijf (I03)."""
        if code == "I01" and self._kind in (LABEL_COMPANY, LABEL_DEPARTMENT):
            minimum = (
                MW1_MIN_TARGET_FTE_COMPANY if self._kind == LABEL_COMPANY else MW1_MIN_TARGET_FTE_DEPARTMENT
            )
            return [(y, minimum) for y in years]
        if code == "I03" and self._kind == LABEL_COMPANY:
            return [(y, mw1_share_threshold(y)) for y in years]
        return []

    @staticmethod
    def _steps(points: list[tuple[int, Decimal]]) -> list[tuple[float, Decimal]]:
        """A condition per report year as steps: level across each year's band, a jump where it changes."""
        steps: list[tuple[float, Decimal]] = []
        for i, (year, value) in enumerate(points):
            if i == 0:
                steps.append((year - 0.5, value))
            elif value != points[i - 1][1]:
                steps += [(year - 0.5, points[i - 1][1]), (year - 0.5, value)]
        if points:
            steps.append((points[-1][0] + 0.5, points[-1][1]))
        return steps

    def _draw(
        self,
        own: list[tuple[int, Decimal]],
        medians: list[tuple[int, Decimal]],
        thresholds: list[tuple[int, Decimal]],
    ) -> None:
        chart = self.chart
        chart.removeAllSeries()
        code = self.indicator
        unit = self._units.get(code, "")
        self.org_series = self.median_series = self.threshold_series = None
        # The axes stay: removing and deleting axes leaves their labels painted until the deferred
        # delete runs, so they are reconfigured instead.
        for label in self.x_axis.categoriesLabels():
            self.x_axis.remove(label)
        if self.organisation_id is None or (not own and not medians):
            chart.setTitle(
                self.tr("Geen organisatie gekozen")
                if self.organisation_id is None
                else self.tr("Nog geen verslagen met {c}").format(c=code)
            )
            chart.legend().setVisible(False)
            self.x_axis.setVisible(False)
            self.y_axis.setVisible(False)
            return
        chart.setTitle(f"{code} {self._labels.get(code, '')}")
        chart.legend().setVisible(True)

        self.org_series = self._series(
            self._short(self._name) or self.tr("Organisatie"), own, ORGANISATION_COLOUR, 2.5
        )
        self.median_series = self._series(
            self.median_label(), medians, MEDIAN_COLOUR, 2.0, Qt.PenStyle.DashLine
        )
        series = [self.org_series, self.median_series]
        if thresholds:
            self.threshold_series = self._series(
                self.tr("MW-1-voorwaarde"),
                self._steps(thresholds),
                THRESHOLD_COLOUR,
                1.5,
                Qt.PenStyle.DotLine,
                markers=False,
            )
            series.append(self.threshold_series)

        years = sorted({y for y, _ in own} | {y for y, _ in medians} | {y for y, _ in thresholds})
        for year in years:
            self.x_axis.append(str(year), year)
        self.x_axis.setRange(years[0] - 0.5, years[-1] + 0.5)
        values = [p.y() for s in series for p in s.points()]
        low, high = min(0.0, *values), max(values)
        if high <= low:
            high = low + 1
        self.y_axis.setRange(low, high + (high - low) * 0.08)
        self.y_axis.setTickCount(6)
        self.y_axis.applyNiceNumbers()
        self.y_axis.setLabelFormat("%.0f" if high - low >= 10 else "%.1f")
        self.y_axis.setTitleText(unit)
        self.x_axis.setVisible(True)
        self.y_axis.setVisible(True)
        for s in series:  # in the legend's order: the organisation first
            chart.addSeries(s)
            s.attachAxis(self.x_axis)
            s.attachAxis(self.y_axis)

    def _series(
        self,
        name: str,
        points: Sequence[tuple[float, Decimal]],
        colour: QColor,
        width: float,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
        *,
        markers: bool = True,
    ) -> QLineSeries:
        series = QLineSeries()
        series.setName(name)
        pen = QPen(colour)
        pen.setWidthF(width)
        pen.setStyle(style)
        series.setPen(pen)
        series.setPointsVisible(markers)
        series.setBrush(QBrush(colour))
        for year, value in points:
            series.append(float(year), float(value))
        series.hovered.connect(lambda point, state, s=series: self._on_series_hovered(s, point, state))
        return series

    @staticmethod
    def _short(text: str, limit: int = 48) -> str:
        return text if len(text) <= limit else text[: limit - 1] + "…"

    def _show_findings(self) -> None:
        self.findings_list.clear()
        if self.organisation_id is None:
            return
        if not self.findings:
            item = QListWidgetItem(self.tr("Geen signalen in de opgeslagen verslagen."))
            item.setForeground(muted_brush())
            self.findings_list.addItem(item)
            return
        for finding in reversed(self.findings):  # newest first
            item = QListWidgetItem(f"{finding.year} · {tr_data(finding.message)}")
            item.setData(Qt.ItemDataRole.UserRole, finding.signal)
            if finding.rule_id == "MW-3":
                item.setForeground(THRESHOLD_COLOUR)
            self.findings_list.addItem(item)

    # --- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_indicator_changed(self, _index: int) -> None:
        self._reload_chart()

    def _on_series_hovered(self, series: QLineSeries, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        # The year under the cursor and the series' value there (a line's points sit on the years;
        # the MW-1 steps change at the half-years between them).
        year = round(point.x())
        if series is self.threshold_series:
            below = [p for p in series.points() if p.x() <= point.x()]
            level = below[-1].y() if below else series.points()[0].y()
        else:
            at = [p for p in series.points() if round(p.x()) == year]
            if not at:
                return
            level = at[0].y()
        unit = self._units.get(self.indicator, "")
        value = format_number_nl(Decimal(str(round(level, 2))))
        QToolTip.showText(QCursor.pos(), f"{series.name()}\n{year}: {value} {unit}".rstrip(), self.chart_view)
