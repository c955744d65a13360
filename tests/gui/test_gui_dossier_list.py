"""The dossier list: SQL sorting by header click, paging with fetchMore, and the filter bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from tests.gui.support import QueuedTaskRunner, shown_window, sync_ops
from wsedesk.context import AppContext
from wsedesk.services.dossiers import DossierFilter, count_dossiers, list_dossiers
from wsedesk.views.dossier_list import DossierListView
from wsedesk.views.dossier_table_model import DossierTableModel
from wsedesk.views.events import AppEvents
from wsedesk.views.main_window import DOSSIERS, MainWindow

COLUMN = {
    "reference": 0,
    "dossier_type": 1,
    "status": 2,
    "organisation": 3,
    "municipality": 4,
    "assignee": 5,
    "submitted_on": 6,
    "status_since": 7,
}


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, demo_ctx, tmp_path, DOSSIERS)


@pytest.fixture
def view(window: MainWindow) -> DossierListView:
    return window.dossiers_page.list_view


def click_header(qtbot: QtBot, header: QHeaderView, section: int) -> None:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def references(model: DossierTableModel, n: int = 5) -> list[str]:
    return [model.dossier_row(r).reference for r in range(min(n, model.rowCount()))]


def expected(ctx: AppContext, key: str, descending: bool, n: int = 5) -> list[str]:
    return [
        r.reference for r in list_dossiers(ctx, DossierFilter(), sort_key=key, descending=descending, limit=n)
    ]


def test_first_page_only_and_no_proxy(view: DossierListView, demo_ctx: AppContext) -> None:
    model = view.model
    assert not isinstance(view.table.model(), QSortFilterProxyModel)
    assert model.total == count_dossiers(demo_ctx, DossierFilter()) == 3000
    assert model.rowCount() == model.page_size == demo_ctx.settings.page_size
    assert references(model) == expected(demo_ctx, "reference", False)
    assert view.count_label.text() == "3.000 dossiers"


@pytest.mark.parametrize("key", ["organisation", "submitted_on", "assignee", "status"])
def test_header_click_sorts_in_sql_both_ways(
    qtbot: QtBot, view: DossierListView, demo_ctx: AppContext, key: str
) -> None:
    header = view.table.horizontalHeader()
    model = view.model
    first_before = references(model, 1)
    click_header(qtbot, header, COLUMN[key])
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert (model.sort_key, model.descending) == (key, descending)
    assert references(model) == expected(demo_ctx, key, descending)
    assert model.rowCount() == model.page_size  # a fresh first page, not a sort of what was loaded
    if key == "organisation":
        assert references(model, 1) != first_before

    click_header(qtbot, header, COLUMN[key])
    assert model.descending is not descending
    assert references(model) == expected(demo_ctx, key, not descending)


def test_date_columns_start_newest_first(qtbot: QtBot, view: DossierListView) -> None:
    click_header(qtbot, view.table.horizontalHeader(), COLUMN["submitted_on"])
    rows = [view.model.dossier_row(r).submitted_on for r in range(view.model.rowCount())]
    assert view.model.descending
    assert rows == sorted(rows, reverse=True)
    assert view.model.data(view.model.index(0, COLUMN["submitted_on"])) == rows[0].strftime("%d/%m/%Y")


def test_scrolling_to_the_bottom_fetches_the_next_page(qtbot: QtBot, view: DossierListView) -> None:
    model = view.model
    size = model.page_size
    assert model.rowCount() == size and model.canFetchMore()
    bar = view.table.verticalScrollBar()
    for pages in (2, 3):
        # The scroll range grows in the view's delayed layout after the rows came in.
        qtbot.waitUntil(lambda: bar.maximum() > bar.value())
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda pages=pages: model.rowCount() == pages * size)
        assert model.loaded_rows == pages * size  # exactly the pages asked for, never everything
    # Rows keep the SQL order across pages.
    refs = [model.dossier_row(r).reference for r in range(model.rowCount())]
    assert refs == sorted(refs)
    assert len(set(refs)) == len(refs)


def test_fetch_more_stops_at_the_total(view: DossierListView) -> None:
    model = view.model
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == model.total == 3000
    assert not model.canFetchMore()


def test_search_text_is_debounced_and_filters_in_sql(
    qtbot: QtBot, view: DossierListView, demo_ctx: AppContext
) -> None:
    resets: list[float] = []
    view.model.reset_timed.connect(resets.append)
    qtbot.keyClicks(view.search_edit, "kring")
    assert resets == []  # nothing yet: the 250 ms pause has not passed
    expected_total = count_dossiers(demo_ctx, DossierFilter(text="kring"))
    assert 0 < expected_total < 3000
    qtbot.waitUntil(lambda: view.model.total == expected_total)
    assert len(resets) == 1  # one query for five keystrokes
    assert view.count_label.text() == f"{expected_total} dossiers"
    assert all(
        "kring" in view.model.dossier_row(r).organisation.lower() for r in range(view.model.rowCount())
    )


def test_search_by_reference_and_by_kbo_digits(
    qtbot: QtBot, view: DossierListView, demo_ctx: AppContext
) -> None:
    some = list_dossiers(demo_ctx, DossierFilter(), limit=1, offset=123)[0]
    view.search_edit.setText(some.reference)
    qtbot.waitUntil(lambda: view.model.total >= 1 and view.model.dossier_row(0).reference == some.reference)
    digits = some.enterprise_number.replace(".", "")[2:8]
    view.search_edit.setText(digits)
    qtbot.waitUntil(lambda: view.model.total == count_dossiers(demo_ctx, DossierFilter(text=digits)))
    assert some.id in {view.model.id_at(r) for r in range(view.model.rowCount())}


def test_type_status_assignee_and_open_filters(
    qtbot: QtBot, view: DossierListView, demo_ctx: AppContext
) -> None:
    assert not view.status_combo.isEnabled()  # statuses belong to a type
    view.type_combo.setCurrentIndex(view.type_combo.findData("ED"))
    assert view.model.total == count_dossiers(demo_ctx, DossierFilter(dossier_type="ED"))
    assert view.count_label.text().endswith(" dossiers")
    assert view.status_combo.isEnabled()
    labels = [view.status_combo.itemText(i) for i in range(view.status_combo.count())]
    assert "Ontvankelijk" in labels or "Ingediend" in labels
    view.status_combo.setCurrentIndex(view.status_combo.findData("ingediend"))
    flt = DossierFilter(dossier_type="ED", status="ingediend")
    assert view.model.total == count_dossiers(demo_ctx, flt)

    view.type_combo.setCurrentIndex(0)
    assert not view.status_combo.isEnabled()
    assert view.model.filter.status is None

    qtbot.mouseClick(view.open_only_check, Qt.MouseButton.LeftButton)
    assert view.model.total == count_dossiers(demo_ctx, DossierFilter(open_only=True))
    assert all(not view.model.dossier_row(r).closed for r in range(view.model.rowCount()))

    user_index = view.assignee_combo.findText("Bart Maes")
    view.assignee_combo.setCurrentIndex(user_index)
    flt = DossierFilter(open_only=True, assignee_id=view.assignee_combo.itemData(user_index))
    assert view.model.total == count_dossiers(demo_ctx, flt)
    assert {view.model.dossier_row(r).assignee for r in range(view.model.rowCount())} == {"Bart Maes"}


def test_filter_with_no_match_shows_zero(qtbot: QtBot, view: DossierListView) -> None:
    view.search_edit.setText("zzzz-bestaat-niet")
    qtbot.waitUntil(lambda: view.model.total == 0)
    assert view.model.rowCount() == 0
    assert view.count_label.text() == "0 dossiers"
    assert not view.model.canFetchMore()


def test_closed_dossiers_are_greyed(view: DossierListView) -> None:
    model = view.model
    while model.canFetchMore() and not any(model.dossier_row(r).closed for r in range(model.rowCount())):
        model.fetchMore()
    closed = next(r for r in range(model.rowCount()) if model.dossier_row(r).closed)
    opened = next(r for r in range(model.rowCount()) if not model.dossier_row(r).closed)
    assert model.data(model.index(closed, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(opened, 0), Qt.ItemDataRole.ForegroundRole) is None


def test_the_first_page_shows_before_its_count_which_follows_on_the_runner(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Issue #13: a keystroke waits for 200 rows, not for counting every match."""
    runner = QueuedTaskRunner()
    view = DossierListView(demo_ctx, AppEvents())
    qtbot.addWidget(view)
    view.model.count_on(sync_ops(runner))
    view.load()
    model = view.model
    assert model.rowCount() == model.page_size and references(model) == expected(demo_ctx, "reference", False)
    assert not model.counted and view.count_label.text() == ""  # no count yet, and no wrong one
    assert model.canFetchMore()
    model.fetchMore()  # scrolling on before the count came: keyset pages need no total
    assert model.rowCount() == 2 * model.page_size and not model.counted
    assert runner.run_pending() == 1
    assert model.counted and model.total == 3000 and view.count_label.text() == "3.000 dossiers"

    # A filter whose rows fit on one page is counted by its page: nothing goes to the runner.
    view.search_edit.setText("kring")
    view.refresh()
    assert model.counted and model.total == count_dossiers(demo_ctx, DossierFilter(text="kring"))
    assert runner.pending == []
    # A count of an older filter that arrives late does not overwrite the newer one's.
    view.search_edit.clear()
    view.refresh()
    assert view.count_label.text() == ""  # not the previous filter's count
    view.search_edit.setText("vzw")
    view.refresh()
    assert runner.run_pending() == 2
    assert model.total == count_dossiers(demo_ctx, DossierFilter(text="vzw"))
