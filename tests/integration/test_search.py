"""Search everywhere (#12): the index kept by the writing transaction, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.integration.test_cli import wsedesk
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.models import Dossier, Organisation, Person, User
from wsedesk.services import letters as letter_service
from wsedesk.services import terms as term_service
from wsedesk.services.dossiers import count_dossiers, list_dossiers, update_dossier
from wsedesk.services.organisations import (
    count_organisations,
    get_organisation,
    list_organisations,
    register_organisation,
    update_organisation,
)
from wsedesk.services.search import ensure_search_index, hit_as_json, search
from wsedesk.services.session import open_context
from wsedesk.storage import search_index
from wsedesk.storage.organisation_queries import OrganisationFilter
from wsedesk.storage.repositories import DossierFilter
from wsedesk.storage.search_sql import fold, search_entries


def _setup(ctx: AppContext) -> tuple[str, str]:
    """An Emmaüs organisation in Sint-Niklaas with a contact and an ED dossier with a note."""
    saved = register_organisation(
        ctx,
        enterprise_number="BE 428 759 497",
        name="Emmaüs Waasland vzw",
        kind="vzw",
        street="Kerkstraat 12",
        postal_code="9100",
        municipality_nis="46021",  # Sint-Niklaas
    )
    with ctx.uow(write=True) as uow:
        s = uow.session
        me = s.scalar(select(User).where(User.login == ctx.user.login))
        assert me is not None
        me.phone, me.email = "02 553 40 12", "tester@vlaanderen.be"
        org = s.get(Organisation, uuid.UUID(saved.id))
        assert org is not None
        s.add(Person(organisation_id=org.id, first_name="Ayşe", last_name="Öztürk", function="directeur"))
        d = Dossier(
            reference="ED-2025-00042",
            dossier_type="ED",
            status="ingediend",
            organisation_id=org.id,
            subject="Erkenning externe dienstverlener",
            notes="Telefonisch contact: capaciteit wordt herbekeken.",
            submitted_on=date(2025, 2, 28),
            status_since=date(2025, 2, 28),
            assignee_id=me.id,
        )
        s.add(d)
        s.flush()
        term_service.open_initial_terms(s, d, None)
        uow.commit()
        return saved.id, str(d.id)


def _kinds(ctx: AppContext, text: str) -> dict[str, list[str]]:
    return {g.kind: [h.label for h in g.hits] for g in search(ctx, text).groups}


def test_diacritics_case_and_numbers_however_typed(ctx: AppContext) -> None:
    org_id, dossier_id = _setup(ctx)
    assert _kinds(ctx, "Emmaus")["organisation"] == ["Emmaüs Waasland vzw"]
    assert _kinds(ctx, "EMMAÜS waas")["organisation"] == ["Emmaüs Waasland vzw"]
    for number in ("0428759497", "0428.759.497", "BE 428 759 497", "759497"):
        [hit] = search(ctx, number).hits
        assert (hit.kind, hit.id, hit.field) == ("organisation", org_id, "ondernemingsnummer"), number
    [hit] = search(ctx, "sint niklaas").hits
    assert (hit.kind, hit.field, hit.excerpt) == ("organisation", "gemeente", "9100 Sint-Niklaas")
    [person] = search(ctx, "ozturk").hits
    assert (person.kind, person.label, person.opens) == ("person", "Ayşe Öztürk", org_id)
    assert search(ctx, "Öztürk").hits == search(ctx, "öZTÜRK").hits == [person]
    [dossier] = search(ctx, "ed-2025-0004").hits
    assert (dossier.kind, dossier.id, dossier.field) == ("dossier", dossier_id, "referentie")
    [note] = search(ctx, "capaciteit herbekeken").hits
    assert (note.kind, note.opens, note.field) == ("note", dossier_id, "notitie")
    assert hit_as_json(note)["reference"] == "ED-2025-00042"
    assert search(ctx, "ztürk").hits == []  # words match from their start, not in the middle
    assert search(ctx, "  %_* ").groups == []  # nothing to search for: no query at all


def test_the_index_follows_every_save_in_the_same_transaction(ctx: AppContext) -> None:
    org_id, dossier_id = _setup(ctx)
    detail = get_organisation(ctx, org_id)
    update_organisation(
        ctx, org_id, expected_version=detail.version, changes={"name": "Kringwinkel Waasland"}
    )
    assert "organisation" not in _kinds(ctx, "emmaus")
    assert _kinds(ctx, "kringwinkel")["organisation"] == ["Kringwinkel Waasland"]
    # A write that fails leaves the index as the data: both rolled back together.
    with pytest.raises(RuntimeError), ctx.uow(write=True) as uow:
        org = uow.session.get(Organisation, uuid.UUID(org_id))
        assert org is not None
        org.name = "Tijdelijke naam"
        uow.flush()
        raise RuntimeError("stop")
    assert search(ctx, "tijdelijke").groups == []
    with ctx.uow() as uow:
        d = uow.session.get(Dossier, uuid.UUID(dossier_id))
        assert d is not None
        version = d.version
    update_dossier(ctx, dossier_id, expected_version=version, original={}, changes={"notes": ""})
    assert "note" not in _kinds(ctx, "capaciteit")


def test_a_stored_letter_is_found_by_its_text(ctx: AppContext) -> None:
    _org_id, dossier_id = _setup(ctx)
    term_service.apply_transition(ctx, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    stored = letter_service.generate_letter(ctx, dossier_id, "ontvankelijk")
    [hit] = search(ctx, "17 april 2025", kinds=("letter",)).hits  # the ED-5 due date, in the letter's text
    assert (hit.id, hit.opens, hit.field) == (stored.document_id, dossier_id, "tekst")
    assert "17 april 2025" in hit.excerpt
    assert hit_as_json(hit)["reference"] == "ED-2025-00042"


def test_the_list_filters_use_the_index(ctx: AppContext) -> None:
    org_id, dossier_id = _setup(ctx)
    for text in ("emmaus", "Emmaüs", "sint-niklaas", "0428.759.497", "ED-2025-00042", "herbekeken"):
        assert [r.id for r in list_dossiers(ctx, DossierFilter(text=text))] == [dossier_id], text
        assert count_dossiers(ctx, DossierFilter(text=text)) == 1
    for text in ("emmaus waasland", "sint niklaas", "0428759497", "Kerkstraat"):
        assert [o.id for o in list_organisations(ctx, OrganisationFilter(text=text))] == [org_id], text
        assert count_organisations(ctx, OrganisationFilter(text=text)) == 1
    assert count_dossiers(ctx, DossierFilter(text="--")) == 0


def test_rebuild_gives_the_index_the_listener_kept(ctx: AppContext) -> None:
    _setup(ctx)

    def entries() -> list[tuple[object, ...]]:
        with ctx.uow() as uow:
            rows = uow.session.execute(select(search_entries).order_by(*search_entries.primary_key))
            return [tuple(r) for r in rows]

    kept = entries()
    assert {r[0] for r in kept} == {"organisation", "person", "dossier", "note"}
    with ctx.uow(write=True) as uow:
        search_index.rebuild(uow.session.connection())
        uow.commit()
    assert entries() == kept


def test_an_emptied_index_is_rebuilt_on_open(db_url: str, clock: FixedClock) -> None:
    ctx = open_context(db_url, clock=clock, login="tester")
    try:
        _setup(ctx)
        with ctx.uow(write=True) as uow:
            uow.session.execute(search_entries.delete())
            uow.commit()
        assert search(ctx, "emmaus").groups == []
    finally:
        ctx.close()
    ctx = open_context(db_url, clock=clock, login="tester")
    try:
        assert _kinds(ctx, "emmaus")["organisation"] == ["Emmaüs Waasland vzw"]
        assert not ensure_search_index(ctx)  # filled: nothing to do
    finally:
        ctx.close()


def test_demo_fills_the_index(ctx: AppContext) -> None:
    from wsedesk.services.demo import generate_demo

    generate_demo(ctx, dossiers=300, seed=1)
    with ctx.uow() as uow:
        s = uow.session
        n_dossiers = s.scalar(select(func.count()).select_from(Dossier))
        n_orgs = s.scalar(select(func.count()).select_from(Organisation))
        by_kind = dict(
            s.execute(select(search_entries.c.kind, func.count()).group_by(search_entries.c.kind)).all()
        )
        names = list(s.scalars(select(Organisation.name).order_by(Organisation.name).limit(5)))
    assert by_kind["dossier"] == n_dossiers and by_kind["organisation"] == n_orgs
    for name in names:
        found = list_organisations(ctx, OrganisationFilter(text=fold(name).upper()), limit=100)
        assert name in [o.name for o in found]
        assert count_dossiers(ctx, DossierFilter(text=fold(name))) == count_dossiers(
            ctx, DossierFilter(text=name)
        )


def test_cli_search_text_and_json(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "zoek.sqlite"
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    try:
        org_id, _ = _setup(ctx)
    finally:
        ctx.close()
    plain = wsedesk("--db", str(path), "search", "Emmaus")
    assert plain.returncode == 0, plain.stderr
    assert "Organisaties (1)" in plain.stdout and "Emmaüs Waasland vzw  [naam]" in plain.stdout
    out = wsedesk("--db", str(path), "search", "0428759497", "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["hits"] == [
        {
            "kind": "organisation",
            "id": org_id,
            "reference": None,
            "name": "Emmaüs Waasland vzw",
            "field": "ondernemingsnummer",
            "excerpt": "0428.759.497",
            "opens": org_id,
        }
    ]
    none = wsedesk("--db", str(path), "search", "xyzzy")
    assert none.returncode == 0 and "Niets gevonden" in none.stdout
    for args, message in (
        (["search", " "], "TEKST: geef iets om te zoeken."),
        (["search", "emmaus", "--limit", "0"], "--limit: kies een aantal van 1 tot 500."),
    ):
        bad = wsedesk("--db", str(path), *args)
        assert bad.returncode == 2 and bad.stdout == ""
        assert bad.stderr.strip() == f"wsedesk: {message}"
