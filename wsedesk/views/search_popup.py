"""Ctrl+K: search everywhere, results grouped by kind and shown as you type (issue #12 item 1)."""

from __future__ import annotations

from time import perf_counter

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wsedesk.context import AppContext
from wsedesk.services.search import FIELD_TITLES, SearchHit, SearchResult, hit_as_json, search
from wsedesk.views.common import delay_timer, resize_to_fit, tr_data

# Short: a search takes milliseconds; this only skips the states between two fast keystrokes.
TYPE_PAUSE_MS = 120
PER_KIND = 8
_HIT = Qt.ItemDataRole.UserRole


class SearchPopup(QDialog):
    """One field over dossiers, organisations, persons, notes and letters; Enter opens the hit."""

    dossier_chosen = Signal(str, str)  # dossier id, reference
    organisation_chosen = Signal(str, str)  # organisation id, name
    results_shown = Signal(float)  # milliseconds from the keystroke that asked to the list shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Overal zoeken"))
        self.setModal(False)
        resize_to_fit(self, 760, 480)
        layout = QVBoxLayout(self)
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr("Kenmerk, organisatie, KBO-nummer, persoon, notitie of tekst van een brief")
        )
        self.field.setAccessibleName(self.tr("Overal zoeken"))
        self.field.setClearButtonEnabled(True)
        self.field.setToolTip(
            self.tr(
                "Elk woord telt als begin van een woord; hoofdletters en accenten tellen niet mee "
                "('Emmaus' vindt 'Emmaüs'). Pijltjes kiezen, Enter opent, Esc sluit."
            )
        )
        self.results = QTreeWidget()
        self.results.setAccessibleName(self.tr("Zoekresultaten"))
        self.results.setColumnCount(3)
        self.results.setHeaderLabels([self.tr("Gevonden"), self.tr("Waar"), self.tr("Uittreksel")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setColumnWidth(0, 230)
        self.results.setColumnWidth(1, 110)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Aantal resultaten"))
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.last_result: SearchResult | None = None
        self._asked_at = 0.0

        self._pause = delay_timer(self, TYPE_PAUSE_MS, self._on_pause_timeout)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._on_return_pressed)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(self._on_item_activated)

    def start(self) -> None:
        """Show (again) with the field selected, ready for a new search."""
        if self.isVisible():
            self.raise_()
        else:
            self.show()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up and Down in the field walk the results without leaving the field.
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move(1 if key == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _hit_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(i)
            if item is not None and item.data(0, _HIT) is not None:
                items.append(item)
        return items

    def _move(self, step: int) -> None:
        items = self._hit_items()
        if not items:
            return
        current = self.results.currentItem()
        at = items.index(current) if current in items else -1
        self.results.setCurrentItem(items[max(0, min(len(items) - 1, at + step))])

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._asked_at = perf_counter()
        self._pause.start()

    @Slot()
    def _on_pause_timeout(self) -> None:
        self.show_results(search(self._ctx, self.field.text(), per_kind=PER_KIND))

    def show_results(self, result: SearchResult) -> None:
        self.last_result = result
        self.results.clear()
        bold = self.results.font()
        bold.setBold(True)
        first: QTreeWidgetItem | None = None
        for group in result.groups:
            header = QTreeWidgetItem([tr_data(group.title) + (" …" if group.more else "")])
            header.setFont(0, bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.results.addTopLevelItem(header)
            for hit in group.hits:
                item = QTreeWidgetItem(
                    ["    " + hit.label, tr_data(FIELD_TITLES.get(hit.field, hit.field)), hit.excerpt]
                )
                item.setData(0, _HIT, hit)
                item.setToolTip(2, hit.excerpt)
                self.results.addTopLevelItem(item)
                first = first or item
        if first is not None:
            self.results.setCurrentItem(first)
        n = len(result.hits)
        if not result.text.strip():
            self.status.setText("")
        elif n == 0:
            self.status.setText(self.tr("Niets gevonden."))
        else:
            self.status.setText(self.tr("{n} resultaten; Enter opent het gekozen.").format(n=n))
        if self._asked_at:
            self.results_shown.emit((perf_counter() - self._asked_at) * 1000)

    @Slot()
    def _on_return_pressed(self) -> None:
        if self._pause.isActive():  # typed and pressed Enter at once: search first
            self._pause.stop()
            self._on_pause_timeout()
        item = self.results.currentItem()
        if item is not None:
            self._on_item_activated(item, 0)

    @Slot(QTreeWidgetItem, int)
    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        hit = item.data(0, _HIT)
        if not isinstance(hit, SearchHit):
            return
        if hit.kind == "person" and hit.opens == hit.id:
            return  # a person without an organisation: nothing to open
        self.hide()
        if hit.kind in ("organisation", "person"):
            self.organisation_chosen.emit(hit.opens, hit.label if hit.kind == "organisation" else "")
        else:
            self.dossier_chosen.emit(hit.opens, hit_as_json(hit)["reference"] or "")
