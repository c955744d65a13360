"""The audit trail in a window of its own (issue #11, item 5): an organisation's, and a team lead's whole trail.

Both host the one `AuditPanel` (views/audit_panel.py). The whole trail is read a page at a time,
newest first (services/audit_trail.whole_trail), optionally between two dates; the panel reads
the chain's verdict once, not for every page.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from wsedesk.services.audit_trail import Trail, whole_trail
from wsedesk.views.audit_panel import AuditPanel
from wsedesk.views.common import resize_to_fit
from wsedesk.views.widgets import left_row

if TYPE_CHECKING:
    from wsedesk.context import AppContext


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setText(dialog.tr("Sluiten"))
    buttons.rejected.connect(dialog.reject)
    return buttons


def _utc_start_of(day: date) -> datetime:
    """The start of a local calendar day as naive UTC (how the trail stores its times)."""
    return datetime(day.year, day.month, day.day).astimezone().astimezone(UTC).replace(tzinfo=None)


class OrganisationAuditDialog(QDialog):
    """Who did what when to one organisation and its own rows (establishments, persons, …)."""

    def __init__(
        self, ctx: AppContext, organisation_id: str, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Auditspoor van {name}").format(name=name))
        resize_to_fit(self, 960, 560)
        self.panel = AuditPanel(ctx, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(_close_buttons(self))
        self.panel.set_organisation(organisation_id)


class WholeTrailDialog(QDialog):
    """A team lead's whole trail: newest first, a page at a time, between two dates if asked."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Volledig auditspoor"))
        resize_to_fit(self, 1040, 620)
        today = ctx.clock.today()
        self.since_check = QCheckBox(self.tr("&Vanaf"))
        self.since_check.setAccessibleName(self.tr("Enkel regels vanaf een datum"))
        self.since_edit = self._date_edit(today - timedelta(days=30), self.tr("Vanaf datum"))
        self.until_check = QCheckBox(self.tr("&Tot en met"))
        self.until_check.setAccessibleName(self.tr("Enkel regels tot en met een datum"))
        self.until_edit = self._date_edit(today, self.tr("Tot en met datum"))
        period = left_row(self.since_check, self.since_edit, self.until_check, self.until_edit)
        self.panel = AuditPanel(ctx, self)
        self.panel.empty_text = self.tr("Geen regels in het auditspoor voor deze periode.")
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.panel, 1)
        layout.addWidget(_close_buttons(self))
        for check in (self.since_check, self.until_check):
            check.toggled.connect(self._on_period_changed)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self._on_period_changed)
        self.panel.set_loader(self._load)

    def _date_edit(self, value: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setAccessibleName(name)
        edit.setEnabled(False)
        return edit

    def period(self) -> tuple[datetime | None, datetime | None]:
        """The chosen dates as naive UTC bounds: from the start of `Vanaf` to the end of `Tot en met`."""
        since = until = None
        if self.since_check.isChecked():
            since = _utc_start_of(self.since_edit.date().toPython())  # type: ignore[arg-type]
        if self.until_check.isChecked():
            until = _utc_start_of(self.until_edit.date().toPython() + timedelta(days=1))  # type: ignore[operator]
        return since, until

    def _load(self, text: str, before: int | None) -> Trail:
        since, until = self.period()
        return whole_trail(self._ctx, text=text, since=since, until=until, before=before, with_verdict=False)

    @Slot()
    def _on_period_changed(self) -> None:
        self.since_edit.setEnabled(self.since_check.isChecked())
        self.until_edit.setEnabled(self.until_check.isChecked())
        self.panel.refresh()


__all__ = ["OrganisationAuditDialog", "WholeTrailDialog"]
