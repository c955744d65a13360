"""Werkbak (Ctrl+1): the current user's open dossiers, longest in their status first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wsedesk.services.dossiers import DossierFilter
from wsedesk.views.common import Page, heading_label, make_muted
from wsedesk.views.dossier_list import DossierBrowser

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.views.events import AppEvents


class WerkbakPage(Page):
    """Until the terms module lands this shows no due dates: it sorts by 'status since', never fakes a term."""

    def __init__(self, ctx: AppContext, events: AppEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = heading_label(self.tr("Mijn open dossiers"), self)
        self.note = QLabel(
            self.tr(
                "De open dossiers waarvan u behandelaar bent, het langst in hun huidige status bovenaan. "
                "Termijnen en verkeerslichten (op tijd, bijna vervallen, te laat) komen er met de "
                "termijnmodule; tot dan toont de werkbak geen vervaldagen."
            )
        )
        self.note.setWordWrap(True)
        make_muted(self.note)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        self.browser = DossierBrowser(
            ctx,
            events,
            base_filter=DossierFilter(assignee_id=ctx.user.id, open_only=True),
            filter_bar=False,
            sort_key="status_since",
            descending=False,
        )
        layout.addWidget(self.browser, 1)

    def load(self) -> None:
        self.browser.load()

    def refresh(self) -> None:
        if self._activated:
            self.browser.refresh()

    def save(self) -> None:
        self.browser.detail.save()

    def confirm_leave(self) -> bool:
        return self.browser.detail.confirm_leave()
