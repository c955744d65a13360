"""A list above the selected dossier's detail (the Werkbak and Dossiers pages), and the page around it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget

from wsedesk.views.common import Page

if TYPE_CHECKING:
    from wsedesk.views.dossier_detail import DossierDetailPanel


class DossierBrowserBase(QSplitter):
    """The list on top, the detail below; `list_share` of the height goes to the list at first.

    A subclass says how its list shows a dossier again (`_reselect`) and picks the first one
    (`_select_first`); the list emits `dossier_selected(str)`.

    `detail` is the panel, or a function that makes it: then the panel (and its modules) is built
    when first needed, and the first dossier is shown after the list's first rows have painted
    (issue #13: the Werkbak's rows do not wait for the dossier panel).
    """

    def __init__(
        self,
        list_view: Any,
        detail: DossierDetailPanel | Callable[[], DossierDetailPanel],
        list_share: tuple[int, int],
    ) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.list_view = list_view
        self._list_share = list_share
        self._detail: DossierDetailPanel | None = None
        self._make_detail: Callable[[], DossierDetailPanel] | None = None
        self.addWidget(list_view)
        if isinstance(detail, QWidget):
            self._detail = detail
            self.addWidget(detail)
        else:
            self._make_detail = detail
            self.addWidget(QWidget())  # the panel's place until it is first needed
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

    @property
    def detail(self) -> DossierDetailPanel:
        """The selected dossier's panel, built the first time it is asked for."""
        if self._detail is None:
            assert self._make_detail is not None
            panel = self._make_detail()
            self.replaceWidget(1, panel).deleteLater()  # the sizes stay the placeholder's
            self.setStretchFactor(1, self._list_share[1] - self._list_share[0])
            self._detail = panel
        return self._detail

    @property
    def detail_built(self) -> bool:
        return self._detail is not None

    def _shown_dossier(self) -> str | None:
        """The dossier the panel shows, without building the panel for the question."""
        return self._detail.dossier_id if self._detail is not None else None

    def restoreState(self, state: QByteArray | bytes | bytearray | memoryview) -> bool:
        self._restored = super().restoreState(state)
        return self._restored

    def load(self) -> None:
        self.list_view.load(then=self._on_first_load)

    def _on_first_load(self) -> None:
        """The list's first rows are in (at once, or from the runner): show the first dossier.

        A panel not built yet waits until the rows have painted (when the list is on screen)."""
        if not self.list_view.model.rowCount() or self._shown_dossier() is not None:
            return
        table = self.list_view.table
        if self._detail is None and table.isVisible():
            _AfterPaint(table.viewport(), self._select_first_if_none)
        else:
            self._select_first()

    def _select_first_if_none(self) -> None:
        if self.list_view.model.rowCount() and self._shown_dossier() is None:
            self._select_first()

    def refresh(self) -> None:
        self.list_view.refresh()
        if self._detail is not None:
            self._detail.reload_users()
            if self._detail.dossier_id and not self._detail.is_dirty():
                self._detail.load(self._detail.dossier_id)

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
        dossier_id = self._shown_dossier()
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
        if self.browser.detail_built:
            self.detail.save()

    def confirm_leave(self) -> bool:
        return not self.browser.detail_built or self.detail.confirm_leave()


class _AfterPaint(QObject):
    """One-shot: calls `then` (on the next pass of the event loop) after `widget`'s next Paint."""

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False
