"""'Waarom deze datum?': a term's computation step by step (domain.md T-4)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wsedesk.rules.calendar import format_date_nl
from wsedesk.rules.terms import ExplanationStep, TermResult
from wsedesk.views.common import heading_label, make_muted, resize_to_fit, tr_data

# Marker colours per step kind: the same traffic-light colours as the Werkbak.
_KIND_COLOURS = {
    "event": "#1565c0",
    "term": "#1565c0",
    "suspension": "#5f5f5f",
    "stopped": "#5f5f5f",
    "skip": "#6d4c41",
    "shift": "#6d4c41",
    "late": "#c62828",
    "due": "#2e7d32",
}


class TermExplanationView(QTextBrowser):
    """The steps of one TermResult, one per line: a mark coloured by the kind of step, then the Dutch text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setPlaceholderText(self.tr("Nog geen berekening."))
        self._steps: tuple[ExplanationStep, ...] = ()

    @property
    def steps(self) -> tuple[ExplanationStep, ...]:
        return self._steps

    def step_texts(self) -> list[str]:
        return [tr_data(step.text) for step in self._steps]

    def set_result(self, result: TermResult | None) -> None:
        self._steps = result.explanation if result is not None else ()
        if not self._steps:
            self.clear()
            return
        rows = []
        for step in self._steps:
            # Each step's text starts with what it is ("Gebeurtenis: …", "Vervaldag: …"): a coloured
            # mark shows the kind, a second label would only repeat it (issue #12).
            colour = _KIND_COLOURS.get(step.kind, "#424242")
            rows.append(
                "<tr>"
                f'<td style="padding:3px 8px 3px 0; color:{colour};">■</td>'
                f'<td style="padding:3px 0;">{escape(tr_data(step.text))}</td>'
                "</tr>"
            )
        self.setHtml(f'<table cellspacing="0" width="100%">{"".join(rows)}</table>')


def summary_text(result: TermResult, widget: QWidget) -> str:
    """One line: the due date, or where a stopped clock stands (T-3)."""
    unit = widget.tr("werkdagen") if result.spec.working_days else widget.tr("dagen")
    if result.due is None:
        assert result.stopped_on is not None
        return widget.tr("Stilgelegd sinds {date}: {used} {unit} gebruikt, {left} resterend.").format(
            date=format_date_nl(result.stopped_on), used=result.days_used, left=result.days_left, unit=unit
        )
    return widget.tr("Vervaldag: {date}").format(date=format_date_nl(result.due))


def term_title(result: TermResult, widget: QWidget) -> str:
    """'ED-5 · Onderzoek van de voorwaarden · 45 kalenderdagen vanaf maandag 3 maart 2025'."""
    spec = result.spec
    length = (
        widget.tr("{n} werkdagen").format(n=spec.days)
        if spec.working_days
        else widget.tr("{n} kalenderdagen").format(n=spec.days)
    )
    parts = [spec.rule_id, tr_data(spec.label)] if spec.label else [spec.rule_id]
    parts.append(widget.tr("{length} vanaf {date}").format(length=length, date=format_date_nl(result.event)))
    return " · ".join(parts)


class TermExplanationDialog(QDialog):
    """Non-modal: the user can keep it open beside the dossier while writing a letter."""

    def __init__(self, result: TermResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.term_result = result
        self.setWindowTitle(self.tr("Waarom deze datum? — {rule}").format(rule=result.spec.rule_id))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.title_label = QLabel(term_title(result, self))
        self.title_label.setWordWrap(True)
        make_muted(self.title_label)
        self.summary_label = heading_label(summary_text(result, self), self, scale=1.15)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = TermExplanationView(self)
        self.view.set_result(result)
        note = QLabel(
            self.tr(
                "De datum wordt telkens opnieuw berekend uit de gebeurtenis, de termijn, de schorsingen "
                "en de kalender (T-1 tot T-4); ze wordt nooit met de hand aangepast."
            )
        )
        note.setWordWrap(True)
        make_muted(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        self.copy_button = QPushButton(self.tr("Kopiëren"))
        self.copy_button.setToolTip(self.tr("De uitleg als tekst naar het klembord kopiëren"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        resize_to_fit(self, 720, 420)

    def plain_text(self) -> str:
        lines = [term_title(self.term_result, self), summary_text(self.term_result, self), ""]
        lines += [f"- {text}" for text in self.view.step_texts()]
        return "\n".join(lines)

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.plain_text())


# --- how a term's state looks, shared by the Werkbak and the dossier screen -------------------

#: Traffic-light colours (domain: verstreken, binnenkort, op schema, stilgelegd).
LIGHT_COLOURS = {"overdue": "#c62828", "due_soon": "#ef8f00", "ok": "#2e7d32", "stopped": "#8a8a8a"}
_icons: dict[tuple[str, int], QIcon] = {}


def light_icon(light: str, size: int = 14) -> QIcon:
    """A filled circle in the light's colour; the grey 'stopped' one carries a pause sign."""
    key = (light, size)
    icon = _icons.get(key)
    if icon is None:
        icon = _icon(_light_pixmap(light, size))
        _icons[key] = icon
    return icon


def _icon(pixmap: QPixmap) -> QIcon:
    # The same picture when selected: the default selected mode tints it and greys the colours out.
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


def _disc_pixmap(colour: QColor, size: int, sign: Callable[[QPainter], None] | None = None) -> QPixmap:
    """A filled circle with a darker rim; `sign` draws on it (in white) with the painter."""
    ratio = 2.0  # drawn at twice the size: sharp on high-DPI screens and in screenshots
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0))
        if sign is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("white"))
            sign(painter)
    finally:
        painter.end()
    return pixmap


def _light_pixmap(light: str, size: int) -> QPixmap:
    def pause(painter: QPainter) -> None:
        bar_w, bar_h = size * 0.16, size * 0.48
        top = (size - bar_h) / 2
        painter.drawRect(QRectF(size * 0.30, top, bar_w, bar_h))
        painter.drawRect(QRectF(size * 0.54, top, bar_w, bar_h))

    colour = QColor(LIGHT_COLOURS.get(light, "#8a8a8a"))
    return _disc_pixmap(colour, size, pause if light == "stopped" else None)


def clock_icon(running: bool, size: int = 14) -> QIcon:
    """For the timeline: a pause sign where the clock stopped, a play sign where it runs again."""
    key = ("play" if running else "pause", size)
    icon = _icons.get(key)
    if icon is None:
        if not running:
            icon = light_icon("stopped", size)
        else:

            def play(painter: QPainter) -> None:
                triangle = [
                    QPointF(size * 0.38, size * 0.27),
                    QPointF(size * 0.38, size * 0.73),
                    QPointF(size * 0.74, size * 0.5),
                ]
                painter.drawPolygon(QPolygonF(triangle))

            icon = _icon(_disc_pixmap(QColor(LIGHT_COLOURS["ok"]), size, play))
        _icons[key] = icon
    return icon
