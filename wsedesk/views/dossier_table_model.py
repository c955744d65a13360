"""DossierTableModel: the dossier list, paged from SQL through services/dossiers.py."""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QBrush

from wsedesk.errors import NotFoundError
from wsedesk.services.dossiers import (
    DossierDetail,
    DossierFilter,
    DossierRow,
    count_dossiers,
    get_dossier,
    list_dossiers,
)
from wsedesk.views.common import format_date, tr_data
from wsedesk.views.paged_table_model import Column, PagedTableModel
from wsedesk.views.table_model import RIGHT, muted_brush

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.services.changes import Changes


def row_from_detail(detail: DossierDetail) -> DossierRow:
    """The list row for a freshly loaded dossier (after a save), without another list query: the
    row's fields are the detail's fields of the same name (the sort value stays unset)."""
    return DossierRow(
        **{f.name: getattr(detail, f.name) for f in fields(DossierRow) if f.name != "sort_value"}
    )


class DossierTableModel(PagedTableModel):
    """Total via `count_dossiers`, rows via `list_dossiers` in pages of `ctx.settings.page_size`."""

    def __init__(
        self,
        ctx: AppContext,
        flt: DossierFilter | None = None,
        *,
        sort_key: str = "reference",
        descending: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            page_size=ctx.settings.page_size, sort_key=sort_key, descending=descending, parent=parent
        )
        self._ctx = ctx
        self._filter = flt or DossierFilter()

    def _build_columns(self) -> list[Column]:
        newest_first = Qt.SortOrder.DescendingOrder
        kbo = self.tr("KBO")
        return [
            Column(self.tr("Kenmerk"), "reference", lambda r: r.reference),
            Column(self.tr("Type"), "dossier_type", lambda r: tr_data(r.type_label)),
            Column(self.tr("Status"), "status", lambda r: tr_data(r.status_label)),
            Column(
                self.tr("Organisatie"),
                "organisation",
                lambda r: r.organisation,
                tooltip=lambda r: f"{r.organisation}\n{kbo} {r.enterprise_number}",
            ),
            Column(self.tr("Gemeente"), "municipality", lambda r: r.municipality),
            Column(self.tr("Behandelaar"), "assignee", lambda r: r.assignee),
            Column(
                self.tr("Ingediend"),
                "submitted_on",
                lambda r: format_date(r.submitted_on),
                RIGHT,
                newest_first,
            ),
            Column(
                self.tr("Status sinds"),
                "status_since",
                lambda r: format_date(r.status_since),
                RIGHT,
                newest_first,
            ),
        ]

    def _count(self) -> int:
        return count_dossiers(self._ctx, self._filter)

    def _page(self, offset: int, limit: int) -> list[DossierRow]:
        # The next page starts after the last loaded row (keyset): as fast deep in the list as
        # at its top, and no row skipped or shown twice when rows were added above meanwhile.
        after = self.dossier_row(offset - 1).position if offset else None
        return list_dossiers(
            self._ctx,
            self._filter,
            sort_key=self._sort_key,
            descending=self._descending,
            offset=0 if after else offset,
            limit=limit,
            after=after,
        )

    def _foreground(self, row: DossierRow) -> QBrush | None:
        return muted_brush() if row.closed else None

    def dossier_row(self, row: int) -> DossierRow:
        result: DossierRow = self.row_at(row)
        return result

    def update_from_detail(self, detail: DossierDetail) -> bool:
        """Show the values of a dossier just loaded or saved, if its row is loaded."""
        return self.replace_row(detail.id, row_from_detail(detail))

    @Slot(object)
    def _on_changed(self, changes: Changes) -> None:
        """Show the stored values of the loaded rows a write touched (AppEvents.changed)."""
        for dossier_id in changes.dossier_ids:
            if self.row_of(dossier_id) < 0:
                continue
            try:
                detail = get_dossier(self._ctx, dossier_id)
            except NotFoundError:
                continue
            self.update_from_detail(detail)
