"""Organisaties: the paged list (service and page), search, SQL sort, and opening an organisation's dossiers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.gui.support import shown_window
from wsedesk.context import AppContext
from wsedesk.services.dossiers import DossierFilter, count_dossiers
from wsedesk.services.organisations import (
    ORGANISATION_SORT_KEYS,
    OrganisationFilter,
    count_organisations,
    list_organisations,
)
from wsedesk.views.main_window import DOSSIERS, ORGANISATIES, MainWindow
from wsedesk.views.organisation_list import OrganisationsPage


@pytest.fixture
def window(qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, demo_ctx, tmp_path, ORGANISATIES)


@pytest.fixture
def page(window: MainWindow) -> OrganisationsPage:
    return window.organisations_page


# --- the service ---------------------------------------------------------------------------------


def test_service_pages_and_counts_in_sql(demo_ctx: AppContext) -> None:
    total = count_organisations(demo_ctx, OrganisationFilter())
    assert total == 250  # the demo makes one organisation per 12 dossiers
    first = list_organisations(demo_ctx, OrganisationFilter(), limit=100)
    second = list_organisations(demo_ctx, OrganisationFilter(), offset=100, limit=100)
    names = [o.name for o in first + second]
    assert names == sorted(names)
    assert len({o.id for o in first + second}) == 200
    assert (
        sum(o.dossier_count for o in list_organisations(demo_ctx, OrganisationFilter(), limit=1000)) == 3000
    )
    org = first[0]
    assert (
        len(org.enterprise_number) == 12
        and org.enterprise_number[4] == "."
        and org.enterprise_number[8] == "."
    )
    assert org.kind_label and org.municipality and org.province.startswith("Provincie")


@pytest.mark.parametrize("key", ORGANISATION_SORT_KEYS)
def test_service_sorts_every_key_both_ways(demo_ctx: AppContext, key: str) -> None:
    for descending in (False, True):
        rows = list_organisations(
            demo_ctx, OrganisationFilter(), sort_key=key, descending=descending, limit=300
        )
        attr = {"enterprise_number": "enterprise_number", "dossiers": "dossier_count"}.get(key, key)
        values = [getattr(r, attr) for r in rows]
        assert values == sorted(values, reverse=descending)


def test_service_search_by_name_municipality_and_kbo(demo_ctx: AppContext) -> None:
    some = list_organisations(demo_ctx, OrganisationFilter(), offset=17, limit=1)[0]
    digits = some.enterprise_number.replace(".", "")
    for text in (some.name.split()[0], some.municipality, digits[3:9], some.enterprise_number):
        found = list_organisations(demo_ctx, OrganisationFilter(text=text), limit=1000)
        assert some.id in {o.id for o in found}, text
        assert count_organisations(demo_ctx, OrganisationFilter(text=text)) == len(found)
    assert count_organisations(demo_ctx, OrganisationFilter(text="%_")) == 0  # punctuation is no wildcard
    vzw = count_organisations(demo_ctx, OrganisationFilter(kind="vzw"))
    assert 0 < vzw < 250


# --- the page -----------------------------------------------------------------------------------


def test_page_shows_first_page_and_count(page: OrganisationsPage, demo_ctx: AppContext) -> None:
    assert page.count_label.text() == "250 organisaties"
    assert page.model.rowCount() == min(250, demo_ctx.settings.page_size)
    assert (
        page.model.data(page.model.index(0, 0))
        == list_organisations(demo_ctx, OrganisationFilter(), limit=1)[0].name
    )


def test_page_sorts_by_dossier_count_on_header_click(
    qtbot: QtBot, page: OrganisationsPage, demo_ctx: AppContext
) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(5) + header.sectionSize(5) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert page.model.sort_key == "dossiers" and page.model.descending  # most dossiers first
    top = list_organisations(demo_ctx, OrganisationFilter(), sort_key="dossiers", descending=True, limit=1)[0]
    assert page.model.organisation_row(0).id == top.id


def test_page_search_and_kind_filter(qtbot: QtBot, page: OrganisationsPage, demo_ctx: AppContext) -> None:
    qtbot.keyClicks(page.search_edit, "vzw")
    expected = count_organisations(demo_ctx, OrganisationFilter(text="vzw"))
    qtbot.waitUntil(lambda: page.model.total == expected)
    assert page.count_label.text() in (f"{expected} organisaties", "1 organisatie")
    page.search_edit.clear()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("maatwerkbedrijf"))
    qtbot.waitUntil(
        lambda: page.model.total == count_organisations(demo_ctx, OrganisationFilter(kind="maatwerkbedrijf"))
    )
    assert {page.model.organisation_row(r).kind for r in range(page.model.rowCount())} == {"maatwerkbedrijf"}


def test_double_click_opens_the_organisations_dossiers(
    qtbot: QtBot, window: MainWindow, page: OrganisationsPage, demo_ctx: AppContext
) -> None:
    org = page.model.organisation_row(2)
    rect = page.table.visualRect(page.model.index(2, 0))
    # A real double-click starts with a press; QTest's mouseDClick alone sends only the second half.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.open_button.isEnabled()
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentIndex() == DOSSIERS
    dossiers = window.dossiers_page.list_view
    assert dossiers.model.filter.organisation_id == org.id
    assert (
        dossiers.model.total
        == count_dossiers(demo_ctx, DossierFilter(organisation_id=org.id))
        == org.dossier_count
    )
    assert dossiers.organisation_button.isVisible() and org.name in dossiers.organisation_button.text()
    qtbot.mouseClick(dossiers.organisation_button, Qt.MouseButton.LeftButton)
    assert dossiers.model.filter.organisation_id is None
    assert dossiers.model.total == 3000
