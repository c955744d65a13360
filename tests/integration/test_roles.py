"""Roles are enforced in the services: every protected action × every role (issue #14, item 7).

How to add a row: append `Action(name, allowed_roles, run)` to ACTIONS, where `run(ctx, env)`
performs the action once as `ctx.user` through the service the window and the command line call.
What the action needs beforehand (a visit package, a conflict in the queue) is made by an optional
`setup(ctx, env)`, run as a team lead before the role is taken; it leaves what it made in
`env.made`. The test demands PermissionDeniedError for every role outside `allowed_roles` and any
other outcome (success, or a refusal for another reason such as a missing draft) for the roles
inside. Making a letter (one, or a batch with `wsedesk letters`) is open to every role; approving
an advice and deciding on it are not.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from tests.integration.advice_helpers import approve_an_advice
from tests.integration.visit_helpers import (
    first_organisation,
    package_with_conflict,
    plan,
    resolve_as_shown,
    the_conflict,
)
from wsedesk.context import AppContext, CurrentUser
from wsedesk.errors import PermissionDeniedError, UserError
from wsedesk.models import Document, Dossier, User
from wsedesk.models.intake import Supervisor
from wsedesk.rules.roles import Role
from wsedesk.rules.visits import RESOLVE_ROLES, VISIT_ROLES
from wsedesk.services import letter_templates, letters
from wsedesk.services import visit_sync as sync
from wsedesk.services.backup import backup, restore_backup
from wsedesk.services.recognition import reveal_national_number
from wsedesk.services.reference_lists import save_audit_organisation
from wsedesk.services.steps import take_step
from wsedesk.services.users import UserInput, get_user, save_user

LEAD = frozenset({Role.TEAMVERANTWOORDELIJKE})
OFFICERS = frozenset({Role.DOSSIERBEHANDELAAR, Role.TEAMVERANTWOORDELIJKE})


@dataclass(frozen=True)
class Env:
    tmp: Path
    backup: Path | None = None
    made: dict[str, Any] = field(default_factory=dict)


def _dossier_in(ctx: AppContext, status: str) -> str:
    with ctx.uow() as uow:
        found = uow.session.scalars(
            select(Dossier.id).where(Dossier.dossier_type == "ED", Dossier.status == status).limit(1)
        ).first()
    assert found is not None, f"demo data without an ED dossier in {status}"
    return str(found)


def _approve_advice(ctx: AppContext, _env: Env) -> None:
    letters.approve_advice(ctx, _dossier_in(ctx, "advies"))


def _advice_approved(ctx: AppContext, env: Env) -> None:
    env.made["dossier"] = dossier_id = _dossier_in(ctx, "advies")
    approve_an_advice(ctx, dossier_id)  # ED-6: the decision is taken on an approved advice


def _decide(ctx: AppContext, env: Env) -> None:
    take_step(ctx, env.made["dossier"], "erkennen", on=ctx.clock.today())


def _step(ctx: AppContext, _env: Env) -> None:
    """`wsedesk step REF advies_opmaken` (an officer's step) through take_step, as the window does."""
    take_step(ctx, _dossier_in(ctx, "in_onderzoek"), "advies_opmaken", on=ctx.clock.today())


def _decide_without_advice(ctx: AppContext, _env: Env) -> None:
    """`wsedesk step REF weigeren` with no approved advice: the role is checked first, then ED-6."""
    with ctx.uow() as uow:
        undrafted = uow.session.scalars(
            select(Dossier.id)
            .where(Dossier.dossier_type == "ED", Dossier.status == "advies")
            .where(Dossier.id.not_in(select(Document.dossier_id).where(Document.kind == "advies")))
            .limit(1)
        ).first()
    assert undrafted is not None
    take_step(ctx, str(undrafted), "weigeren", on=ctx.clock.today())


def _batch_letters(ctx: AppContext, _env: Env) -> None:
    """`wsedesk letters --kind erkenning --where status=erkend`: the batch service, open to every role."""
    with ctx.uow() as uow:
        ids = [
            str(i) for i in uow.session.scalars(select(Dossier.id).where(Dossier.status == "erkend").limit(2))
        ]
    done, _skipped = letters.generate_batch(ctx, ids, "erkenning")
    assert done


def _change_template(ctx: AppContext, _env: Env) -> None:
    shipped = letter_templates.shipped_template("ontvankelijk")
    letter_templates.save_template(ctx, replace(shipped, closing="Met hoogachting,"))


def _change_reference_list(ctx: AppContext, _env: Env) -> None:
    save_audit_organisation(ctx, organisation_id=None, name="Keurmerk Audit bv")


def _restore(ctx: AppContext, env: Env) -> None:
    assert env.backup is not None
    target = env.tmp / f"hersteld-{uuid.uuid4().hex[:6]}.sqlite"
    restore_backup(env.backup, f"sqlite:///{target}", login=ctx.user.login)


def _reveal(ctx: AppContext, _env: Env) -> None:
    with ctx.uow() as uow:
        person = uow.session.scalars(
            select(Supervisor.person_id).where(Supervisor.national_number.is_not(None)).limit(1)
        ).first()
    reveal_national_number(ctx, str(person or uuid.uuid4()), reason="controle diploma")


def _add_user(ctx: AppContext, _env: Env) -> None:
    save_user(ctx, None, UserInput(display_name="Nieuwe Collega", login=f"nieuw-{uuid.uuid4().hex[:6]}"))


def _change_user(ctx: AppContext, _env: Env) -> None:
    with ctx.uow() as uow:
        user_id = uow.session.scalars(select(User.id).where(User.login == "tester")).one()
    current = get_user(ctx, str(user_id))
    data = UserInput(display_name=current.display_name, phone="02 553 99 99", roles=current.roles)
    save_user(ctx, str(user_id), data, expected_version=current.version)


def _plan_visit(ctx: AppContext, env: Env) -> None:
    env.made["visit"] = plan(ctx, first_organisation(ctx), "opvolgbezoek", on=ctx.clock.today())


def _check_out(ctx: AppContext, env: Env) -> None:
    sync.checkout(ctx, env.tmp / f"uit-{uuid.uuid4().hex[:6]}.wsebezoek", visit_ids=[env.made["visit"]])


def _make_package(ctx: AppContext, env: Env) -> None:
    env.made["package"] = package_with_conflict(ctx, env.tmp / "pakket.wsebezoek")


def _check_in(ctx: AppContext, env: Env) -> None:
    sync.checkin(ctx, env.made["package"])


def _make_conflict(ctx: AppContext, env: Env) -> None:
    sync.checkin(ctx, package_with_conflict(ctx, env.tmp / "conflict.wsebezoek"))
    _row, env.made["conflict"] = the_conflict(ctx)


def _resolve_conflict(ctx: AppContext, env: Env) -> None:
    resolve_as_shown(ctx, env.made["conflict"], "central")


@dataclass(frozen=True)
class Action:
    name: str
    allowed: frozenset[Role]
    run: Callable[[AppContext, Env], None]
    setup: Callable[[AppContext, Env], None] | None = None


ACTIONS = [
    Action("advies goedkeuren", LEAD, _approve_advice),
    Action("beslissen (erkenning)", LEAD, _decide, _advice_approved),
    Action("beslissen zonder goedgekeurd advies", LEAD, _decide_without_advice),
    Action("stap zetten (wsedesk step)", OFFICERS, _step),
    Action("brieven in reeks (wsedesk letters)", frozenset(Role), _batch_letters),
    Action("briefsjabloon wijzigen", LEAD, _change_template),
    Action("referentielijst wijzigen", LEAD, _change_reference_list),
    Action("backup terugzetten", LEAD, _restore),
    Action("rijksregisternummer tonen", OFFICERS, _reveal),
    Action("gebruiker toevoegen", LEAD, _add_user),
    Action("gebruiker wijzigen", LEAD, _change_user),
    Action("bezoekpakket uitchecken", VISIT_ROLES, _check_out, _plan_visit),
    Action("bezoekpakket inchecken", VISIT_ROLES, _check_in, _make_package),
    Action("conflict bij inchecken oplossen", RESOLVE_ROLES, _resolve_conflict, _make_conflict),
]


def _as(ctx: AppContext, role: Role) -> None:
    """Make ctx act as a user who has only `role` (also in the database, so a backup knows it)."""
    login = f"rol-{role.value}"
    with ctx.uow(write=True) as uow:
        user = uow.session.scalars(select(User).where(User.login == login)).first()
        if user is None:
            user = User(login=login, display_name=login, roles=[role.value])
            uow.session.add(user)
        uow.commit()
        user_id = str(user.id)
    ctx.user = CurrentUser(id=user_id, login=login, display_name=login, roles=frozenset({role}))


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
@pytest.mark.parametrize("action", ACTIONS, ids=[a.name for a in ACTIONS])
def test_each_protected_action_for_each_role(
    demo_ctx: AppContext, tmp_path: Path, action: Action, role: Role
) -> None:
    for each in Role:  # every role exists in the backup, so only the role decides
        _as(demo_ctx, each)
    env = Env(tmp_path)
    _as(demo_ctx, Role.TEAMVERANTWOORDELIJKE)
    if action.setup is not None:
        action.setup(demo_ctx, env)
    env = replace(env, backup=backup(demo_ctx, tmp_path / "backup.sqlite").path)
    _as(demo_ctx, role)
    if role in action.allowed:
        try:
            action.run(demo_ctx, env)
        except PermissionDeniedError as exc:
            pytest.fail(f"{role.value} may '{action.name}' but was refused: {exc}")
        except UserError:
            pass  # refused for another reason (no draft yet, nothing to reveal): not the role
    else:
        with pytest.raises(PermissionDeniedError):
            action.run(demo_ctx, env)
