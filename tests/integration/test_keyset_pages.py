"""Keyset pages of the dossier list (issue #13): the same rows in the same order as one plain
query, for every sort key, direction, filter and page size, on both backends; and the sort keys
the dossier keeps for its joined columns follow every change (database triggers, migration 0012)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.models import Dossier, Organisation, User
from wsedesk.services.demo import generate_demo
from wsedesk.services.dossiers import DossierFilter, list_dossiers
from wsedesk.services.organisations import update_organisation
from wsedesk.services.session import open_context
from wsedesk.storage import repositories
from wsedesk.storage.repositories import DOSSIER_SORT_KEYS


@pytest.fixture
def demo(db_url: str, clock: FixedClock) -> Iterator[AppContext]:
    context = open_context(db_url, clock=clock, login="tester")
    try:
        generate_demo(context, dossiers=400, seed=11)
        yield context
    finally:
        context.close()


FILTERS = st.sampled_from(
    [
        DossierFilter(),
        DossierFilter(dossier_type="ED"),
        DossierFilter(open_only=True),
        DossierFilter(text="vzw"),
        DossierFilter(dossier_type="MW", open_only=True),
        DossierFilter(dossier_type="QR", status="gevalideerd"),
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    sort_key=st.sampled_from(DOSSIER_SORT_KEYS),
    descending=st.booleans(),
    flt=FILTERS,
    page_size=st.integers(min_value=1, max_value=97),
    few_rows=st.sampled_from([0, repositories.FEW_ROWS]),
)
def test_keyset_pages_return_the_plain_query_in_order(
    demo: AppContext, sort_key: str, descending: bool, flt: DossierFilter, page_size: int, few_rows: int
) -> None:
    # Both plans on SQLite: a type filter's few rows through its own index, sorted (FEW_ROWS as
    # shipped: the demo's 400 dossiers are few), or the sort key's index walked (FEW_ROWS = 0).
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(repositories, "FEW_ROWS", 0)
        by_sort_index = [
            r.id for r in list_dossiers(demo, flt, sort_key=sort_key, descending=descending, limit=100_000)
        ]
        patch.setattr(repositories, "FEW_ROWS", few_rows)
        assert _pages_equal_the_plain_query(demo, sort_key, descending, flt, page_size) == by_sort_index


def _pages_equal_the_plain_query(
    demo: AppContext, sort_key: str, descending: bool, flt: DossierFilter, page_size: int
) -> list[str]:
    everything = list_dossiers(demo, flt, sort_key=sort_key, descending=descending, limit=100_000)
    assert everything, "the demo has rows for every filter"
    walked: list[str] = []
    after = None
    while True:
        page = list_dossiers(
            demo, flt, sort_key=sort_key, descending=descending, limit=page_size, after=after
        )
        walked += [row.id for row in page]
        if len(page) < page_size:
            break
        after = page[-1].position
    assert walked == [row.id for row in everything]
    # The same order as sorting the shown values (the sort keys are the shown texts).
    shown = {
        "organisation": lambda r: r.organisation,
        "municipality": lambda r: r.municipality,
        "assignee": lambda r: r.assignee,
    }
    if sort_key in shown:
        assert [shown[sort_key](r) for r in everything] == [r.sort_value for r in everything]
    # An offset page is the same slice (the view no longer uses it; other callers may).
    middle = list_dossiers(
        demo, flt, sort_key=sort_key, descending=descending, offset=page_size, limit=page_size
    )
    assert [r.id for r in middle] == [r.id for r in everything[page_size : 2 * page_size]]
    return [r.id for r in everything]


def _keys(ctx: AppContext, dossier_id: uuid.UUID) -> tuple[str, str, str]:
    with ctx.uow() as uow:
        row = uow.session.execute(
            select(Dossier.sort_organisation, Dossier.sort_municipality, Dossier.sort_assignee).where(
                Dossier.id == dossier_id
            )
        ).one()
    return (row[0], row[1], row[2])


def test_the_sort_keys_follow_every_change(demo: AppContext) -> None:
    with demo.uow() as uow:
        dossier = uow.session.scalars(select(Dossier).where(Dossier.assignee_id.is_not(None))).first()
        assert dossier is not None
        org = uow.session.get(Organisation, dossier.organisation_id)
        user = uow.session.get(User, dossier.assignee_id)
        assert org is not None and user is not None and org.municipality_nis
        dossier_id, org_id, org_version, user_id = dossier.id, org.id, org.version, user.id
        municipality = uow.session.execute(
            text("SELECT name_nl FROM municipalities WHERE nis_code = :n"), {"n": org.municipality_nis}
        ).scalar_one()
        assert _keys(demo, dossier_id) == (org.name, municipality, user.display_name)

    # The organisation renamed through its service: every dossier of it follows.
    update_organisation(demo, str(org_id), expected_version=org_version, changes={"name": "Aaa Hernoemd vzw"})
    assert _keys(demo, dossier_id)[0] == "Aaa Hernoemd vzw"
    first = list_dossiers(demo, DossierFilter(), sort_key="organisation", limit=1)[0]
    assert first.organisation == "Aaa Hernoemd vzw"

    with demo.uow(write=True) as uow:
        s = uow.session
        other_user = s.scalars(select(User).where(User.id != user_id)).first()
        assert other_user is not None
        # The assignee's display name changes, then the dossier gets another assignee.
        s.execute(text("UPDATE users SET display_name = 'Zeno Zegers' WHERE login = :l"), {"l": user.login})
        uow.commit()
    assert _keys(demo, dossier_id)[2] == "Zeno Zegers"
    with demo.uow(write=True) as uow:
        d = uow.session.get(Dossier, dossier_id)
        assert d is not None
        d.assignee_id = other_user.id
        d.version += 1
        uow.commit()
    assert _keys(demo, dossier_id)[2] == other_user.display_name
    with demo.uow(write=True) as uow:
        d = uow.session.get(Dossier, dossier_id)
        assert d is not None
        d.assignee_id = None
        d.version += 1
        uow.commit()
    assert _keys(demo, dossier_id)[2] == ""

    # A municipality's name (reference data) and the organisation's move to another one.
    with demo.uow(write=True) as uow:
        uow.session.execute(
            text("UPDATE municipalities SET name_nl = 'Anders' WHERE name_nl = :m"), {"m": municipality}
        )
        uow.commit()
    assert _keys(demo, dossier_id)[1] == "Anders"
    with demo.uow(write=True) as uow:
        uow.session.execute(
            text("UPDATE organisations SET municipality_nis = NULL WHERE id = :i"),
            {"i": org_id.hex if demo.db.is_sqlite else org_id},
        )
        uow.commit()
    assert _keys(demo, dossier_id)[1] == ""
