"""Changing an organisation or establishment, and the one way a stale save reads (both backends)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from tests.integration.dossier_edits import save_as_shown, save_dossier
from tests.integration.plain_rows import submitted_dossier
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, ConflictError, NotFoundError
from wsedesk.models import AuditEntry, Organisation, User
from wsedesk.services import dossiers as dossier_service
from wsedesk.services.conflicts import local_time
from wsedesk.services.organisations import (
    add_establishment,
    register_organisation,
    update_establishment,
    update_organisation,
)
from wsedesk.services.session import open_context

GENT = "44021"


@pytest.fixture
def colleague(db_url: str, clock: FixedClock, ctx: AppContext) -> Iterator[AppContext]:
    """A second user, known by a display name other than the login."""
    other = open_context(db_url, clock=clock, login="collega")
    with other.uow(write=True) as uow:
        user = uow.session.scalar(select(User).where(User.login == "collega"))
        assert user is not None
        user.display_name = "Els Claes"
        uow.commit()
    try:
        yield other
    finally:
        other.close()


def _organisation(ctx: AppContext) -> str:
    return register_organisation(
        ctx, enterprise_number="BE 428 759 497", name="Groep Intro vzw", kind="vzw", municipality_nis=GENT
    ).id


def _version(ctx: AppContext, organisation_id: str) -> int:
    with ctx.uow() as uow:
        org = uow.session.get(Organisation, uuid.UUID(organisation_id))
        assert org is not None
        return org.version


def test_an_organisation_change_is_normalised_checked_audited_and_announced(ctx: AppContext) -> None:
    org_id = _organisation(ctx)
    changes = update_organisation(
        ctx,
        org_id,
        expected_version=1,
        changes={"name": "  Groep Intro  ", "street": " Kortrijksesteenweg 1 ", "email": "", "kind": "gob"},
    )
    assert changes.touches("organisation")
    with ctx.uow() as uow:
        entries = list(
            uow.session.scalars(
                select(AuditEntry).where(AuditEntry.entity_id == org_id).order_by(AuditEntry.seq)
            )
        )
    assert [e.action for e in entries] == ["insert", "update"]
    assert entries[1].changes == {
        "name": ["Groep Intro vzw", "Groep Intro"],
        "kind": ["vzw", "gob"],
        "street": [None, "Kortrijksesteenweg 1"],
    }
    assert _version(ctx, org_id) == 2


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": "  "}, "vul dit in"),
        ({"kind": "stichting"}, "onbekende soort 'stichting'"),
        ({"municipality_nis": "99999"}, "'99999' is geen gemeente"),
        ({"enterprise_number": "0417497106"}, "niet bewerkbaar: enterprise_number"),
        ({"email": "info-at-groepintro.be"}, "geen geldig e-mailadres"),
        ({"email": "info@groepintro"}, "geen geldig e-mailadres"),
    ],
)
def test_bad_input_on_an_organisation_change_is_refused_and_nothing_changes(
    ctx: AppContext, changes: dict[str, str], expected: str
) -> None:
    org_id = _organisation(ctx)
    with pytest.raises(BadInputError, match=re.escape(expected)):
        update_organisation(ctx, org_id, expected_version=1, changes=changes)
    assert _version(ctx, org_id) == 1


def test_a_new_organisation_with_no_e_mail_address_is_refused_without_repeating_it(ctx: AppContext) -> None:
    """The address is checked as every other input checks one (rules/identifiers.is_valid_email);
    it was stored as typed, on registering and on editing alike."""
    with pytest.raises(BadInputError) as refused:
        register_organisation(
            ctx, enterprise_number="BE 428 759 497", name="Groep Intro vzw", kind="vzw", email="sofie.claes"
        )
    assert refused.value.where == "E-mail" and "sofie.claes" not in str(refused.value)
    with ctx.uow() as uow:
        assert uow.session.scalar(select(Organisation)) is None
    saved = register_organisation(
        ctx,
        enterprise_number="BE 428 759 497",
        name="Groep Intro vzw",
        kind="vzw",
        email=" info@groepintro.be ",
    )
    with ctx.uow() as uow:
        org = uow.session.get(Organisation, uuid.UUID(saved.id))
        assert org is not None and org.email == "info@groepintro.be"


def test_an_organisation_that_does_not_exist_is_named_as_such(ctx: AppContext) -> None:
    with pytest.raises(NotFoundError, match="bestaat niet"):
        update_organisation(ctx, "not-an-id", expected_version=1, changes={"name": "X"})


def test_an_establishment_change_goes_through_the_same_checks(ctx: AppContext, colleague: AppContext) -> None:
    org_id = _organisation(ctx)
    est_id = add_establishment(ctx, org_id, establishment_number="2.123.456.791", name="Vestiging Gent").id
    update_establishment(ctx, est_id, expected_version=1, changes={"name": "Vestiging Gent-Zuid"})
    with pytest.raises(ConflictError) as caught:
        update_establishment(colleague, est_id, expected_version=1, changes={"name": "Gent Centrum"})
    assert caught.value.changed_by == ctx.user.display_name
    assert [(d.field, d.yours, d.theirs) for d in caught.value.differences] == [
        ("name", "Gent Centrum", "Vestiging Gent-Zuid")
    ]


def test_a_conflict_from_an_organisation_save_reads_like_one_from_a_dossier_save(
    ctx: AppContext, colleague: AppContext, clock: FixedClock
) -> None:
    org_id = _organisation(ctx)
    dossier_id = submitted_dossier(ctx, organisation_id=org_id)
    mine = dossier_service.get_dossier(ctx, dossier_id)

    # The colleague saves both first ...
    update_organisation(colleague, org_id, expected_version=1, changes={"name": "Intro (hun naam)"})
    save_dossier(colleague, dossier_id, {"notes": "Hun notitie"})
    # ... then my saves, from the versions I loaded, are refused the same way.
    with pytest.raises(ConflictError) as org_caught:
        update_organisation(
            ctx,
            org_id,
            expected_version=1,
            original={"name": "Groep Intro vzw"},
            changes={"name": "Intro (mijn naam)"},
        )
    with pytest.raises(ConflictError) as dossier_caught:
        save_as_shown(ctx, dossier_id, mine, {"notes": "Mijn notitie"})
    org_conflict, dossier_conflict = org_caught.value, dossier_caught.value
    when = local_time(clock.now())
    for conflict in (org_conflict, dossier_conflict):
        assert conflict.changed_by == "Els Claes"  # display name, not the login
        assert conflict.changed_at == when and re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", when or "")
        assert (conflict.expected_version, conflict.current_version) == (1, 2)
    assert [(d.field, d.yours, d.theirs) for d in org_conflict.differences] == [
        ("name", "Intro (mijn naam)", "Intro (hun naam)")
    ]
    assert [(d.field, d.yours, d.theirs) for d in dossier_conflict.differences] == [
        ("notes", "Mijn notitie", "Hun notitie")
    ]
    shape = (
        "{label} werd intussen gewijzigd door Els Claes op {when} (versie 1 → 2). Uw wijziging is niet "
        "opgeslagen; verschillen: {field}."
    )
    assert org_conflict.message == shape.format(label="Organisatie Intro (hun naam)", when=when, field="name")
    assert dossier_conflict.message == shape.format(label="Dossier ED-2025-00042", when=when, field="notes")
    # Nothing of mine was written over theirs.
    assert dossier_service.get_dossier(ctx, dossier_id).notes == "Hun notitie"
    assert _version(ctx, org_id) == 2
