"""A list above the selected dossier's detail (the Werkbak and Dossiers pages), and the page around it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

from wsedesk.views.common import Page
from wsedesk.views.dossier_detail import DossierDetailPanel


class DossierBrowserBase(QSplitter):
    """The list on top, the detail below; `list_share` of the height goes to the list at first.

    A subclass says how its list shows a dossier again (`_reselect`) and picks the first one
    (`_select_first`); the list emits `dossier_selected(str)`.
    """

    def __init__(self, list_view: Any, detail: DossierDetailPanel, list_share: tuple[int, int]) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.list_view = list_view
        self.detail = detail
        self._list_share = list_share
        self.addWidget(list_view)
        self.addWidget(detail)
        self.setStretchFactor(0, list_share[0])
        self.setStretchFactor(1, list_share[1] - list_share[0])
        self.setChildrenCollapsible(False)
        self._sized = False
        self._restored = False
        self._listed_filter: object = None  # the filter the list showed at its last reset
        list_view.dossier_selected.connect(self._on_dossier_selected)
        # Connected after the list's own reset handler, which selects the shown dossier again.
        list_view.model.modelReset.connect(self._on_list_reset)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # The form's size hint would otherwise take most of the height; the list comes first.
            self._sized = True
            if self.sizes() and min(self.sizes()) > 0 and not self._restored:
                total = sum(self.sizes())
                top = total * self._list_share[0] // self._list_share[1]
                self.setSizes([top, total - top])

    def restoreState(self, state: QByteArray | bytes | bytearray | memoryview) -> bool:
        self._restored = super().restoreState(state)
        return self._restored

    def load(self) -> None:
        self.list_view.load(then=self._on_first_load)

    def _on_first_load(self) -> None:
        """The list's first rows are in (at once, or from the runner): show the first dossier."""
        if self.list_view.model.rowCount() and self.detail.dossier_id is None:
            self._select_first()

    def refresh(self) -> None:
        self.detail.reload_users()
        self.list_view.refresh()
        if self.detail.dossier_id and not self.detail.is_dirty():
            self.detail.load(self.detail.dossier_id)

    def _select_first(self) -> None:
        raise NotImplementedError

    def _reselect(self, dossier_id: str | None) -> None:
        """Show the dossier with unsaved input as selected again in the list."""
        raise NotImplementedError

    def _lists(self, dossier_id: str) -> bool:
        """Whether the list's loaded rows hold the dossier."""
        raise NotImplementedError

    @Slot()
    def _on_list_reset(self) -> None:
        """A new filter or search keeps the detail in step with the list (issue #12): the detail
        never shows a dossier the filter left out; it shows the list's first one, or nothing.
        A refresh with the same filter (after a save) leaves the detail alone, and so does
        unsaved input."""
        flt = self.list_view.model.filter
        changed, self._listed_filter = flt != self._listed_filter, flt
        dossier_id = self.detail.dossier_id
        if not changed or dossier_id is None or self._lists(dossier_id) or self.detail.is_dirty():
            return
        if self.list_view.model.rowCount():
            self._select_first()
        else:
            self.list_view.forget_selection()
            self.detail.clear()

    @Slot(str)
    def _on_dossier_selected(self, dossier_id: str) -> None:
        if dossier_id == self.detail.dossier_id:
            return
        if not self.detail.confirm_leave():
            self._reselect(self.detail.dossier_id)  # stay on the dossier with unsaved input
            return
        self.detail.load(dossier_id)


class BrowserPage(Page):
    """A page that is one browser: F5, Ctrl+S and leaving go to it."""

    browser: DossierBrowserBase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    @property
    def detail(self) -> DossierDetailPanel:
        return self.browser.detail

    def load(self) -> None:
        self.browser.load()

    def refresh(self) -> None:
        if self._activated:
            self.browser.refresh()

    def save(self) -> None:
        self.detail.save()

    def confirm_leave(self) -> bool:
        return self.detail.confirm_leave()
