"""Users in Beheer: a team lead manages name, e-mail, phone and roles; versions are checked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, ConflictError, PermissionDeniedError
from wsedesk.rules.roles import Role
from wsedesk.services.session import open_context
from wsedesk.services.users import UserInput, get_user, list_users, save_user


@pytest.fixture
def colleague(ctx: AppContext, db_url: str, clock: FixedClock) -> Iterator[AppContext]:
    """A second user of the same database (not the first, so a case officer)."""
    other = open_context(db_url, clock=clock, login="piet")
    try:
        yield other
    finally:
        other.close()


def by_login(ctx: AppContext, login: str) -> str:
    return next(u.id for u in list_users(ctx) if u.login == login)


def test_a_team_lead_sets_name_email_phone_and_role(ctx: AppContext, colleague: AppContext) -> None:
    piet = get_user(ctx, by_login(ctx, "piet"))
    assert piet.roles == (Role.DOSSIERBEHANDELAAR.value,)
    changes = save_user(
        ctx,
        piet.id,
        UserInput(
            display_name="  Piet   Peeters ",
            email="piet.peeters@vlaanderen.be",
            phone="02 553 40 11",
            roles=(Role.DOSSIERBEHANDELAAR.value, Role.PROJECTADVISEUR.value),
        ),
        expected_version=piet.version,
    )
    assert changes.touches("user")
    saved = get_user(colleague, piet.id)
    assert saved.display_name == "Piet Peeters" and saved.email == "piet.peeters@vlaanderen.be"
    assert saved.phone == "02 553 40 11" and saved.version == piet.version + 1
    assert saved.roles == (Role.DOSSIERBEHANDELAAR.value, Role.PROJECTADVISEUR.value)


def test_a_new_user_by_login(ctx: AppContext) -> None:
    save_user(ctx, None, UserInput(display_name="An Claes", email="an.claes@vlaanderen.be", login="aclaes"))
    assert [u.display_name for u in list_users(ctx) if u.login == "aclaes"] == ["An Claes"]
    with pytest.raises(BadInputError, match="al een gebruiker met deze login"):
        save_user(ctx, None, UserInput(display_name="Iemand", login="aclaes"))


def test_only_a_team_lead_manages_users(ctx: AppContext, colleague: AppContext) -> None:
    me = get_user(colleague, colleague.user.id)
    with pytest.raises(PermissionDeniedError, match="teamverantwoordelijke"):
        save_user(colleague, me.id, UserInput(display_name="Piet", roles=(Role.TEAMVERANTWOORDELIJKE.value,)))
    assert get_user(ctx, me.id).roles == (Role.DOSSIERBEHANDELAAR.value,)


@pytest.mark.parametrize(
    ("data", "where", "message"),
    [
        (UserInput(display_name=" "), "Naam", "Vul een naam in"),
        (UserInput(display_name="x" * 201), "Naam", "te lang"),
        (UserInput(display_name="Piet", email="piet@"), "E-mailadres", "geen geldig e-mailadres"),
        (UserInput(display_name="Piet", phone="bel me"), "Telefoon", "geen geldig telefoonnummer"),
        (UserInput(display_name="Piet", roles=()), "Rollen", "minstens één rol"),
        (UserInput(display_name="Piet", roles=("baas",)), "Rollen", "Onbekende rol"),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(
    ctx: AppContext, colleague: AppContext, data: UserInput, where: str, message: str
) -> None:
    piet = get_user(ctx, by_login(ctx, "piet"))
    with pytest.raises(BadInputError, match=message) as info:
        save_user(ctx, piet.id, data, expected_version=piet.version)
    assert info.value.where == where
    assert "piet@" not in str(info.value)  # the typed value (personal data) is not repeated
    assert get_user(ctx, piet.id) == piet


def test_a_stale_save_is_a_conflict_naming_the_fields(ctx: AppContext, colleague: AppContext) -> None:
    piet = get_user(ctx, by_login(ctx, "piet"))
    save_user(
        ctx,
        piet.id,
        UserInput(display_name="Piet", email="piet@vlaanderen.be"),
        expected_version=piet.version,
    )
    with pytest.raises(ConflictError) as info:
        save_user(
            ctx,
            piet.id,
            UserInput(display_name="Piet", phone="02 553 40 99"),
            expected_version=piet.version,
            original=piet.editable_values(),
        )
    assert [d.field for d in info.value.differences] == ["display_name", "email"]
    assert get_user(ctx, piet.id).phone == ""


def test_the_last_team_lead_keeps_the_role(ctx: AppContext, colleague: AppContext) -> None:
    me = get_user(ctx, ctx.user.id)
    with pytest.raises(BadInputError, match="laatste actieve teamverantwoordelijke"):
        save_user(ctx, me.id, UserInput(display_name="Tester", roles=(Role.DOSSIERBEHANDELAAR.value,)))
    piet = get_user(ctx, by_login(ctx, "piet"))
    save_user(ctx, piet.id, UserInput(display_name="Piet", roles=(Role.TEAMVERANTWOORDELIJKE.value,)))
    save_user(ctx, me.id, UserInput(display_name="Tester", roles=(Role.DOSSIERBEHANDELAAR.value,)))
    assert get_user(ctx, me.id).roles == (Role.DOSSIERBEHANDELAAR.value,)


def test_the_demo_gives_the_person_opening_it_an_address(demo_ctx: AppContext) -> None:
    me = get_user(demo_ctx, demo_ctx.user.id)
    assert me.email == "tester@vlaanderen.be" and me.phone
