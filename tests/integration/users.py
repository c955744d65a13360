"""A second user in the same database, for tests of who may do what."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select

from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.models import User
from wsedesk.rules.roles import Role
from wsedesk.services.session import open_context


def context_as(
    db_url: str, clock: FixedClock, login: str, roles: list[Role], *, display_name: str | None = None
) -> AppContext:
    """A context for `login` with exactly `roles` (and `display_name` when given); the caller closes it.

    The user is made by a first context, given the roles, and opened again: a context reads its roles
    when it opens.
    """
    first = open_context(db_url, clock=clock, login=login)
    with first.uow(write=True) as uow:
        user = uow.session.scalar(select(User).where(User.login == login))
        assert user is not None
        user.roles = [r.value for r in roles]
        if display_name is not None:
            user.display_name = display_name
        uow.commit()
    first.close()
    return open_context(db_url, clock=clock, login=login)


def update_me(ctx: AppContext, **fields: Any) -> None:
    """Write `fields` on the row of the user `ctx` acts as (as Beheer → Gebruikers would)."""
    with ctx.uow(write=True) as uow:
        me = uow.session.scalar(select(User).where(User.login == ctx.user.login))
        assert me is not None
        for name, value in fields.items():
            setattr(me, name, value)
        uow.commit()


def act_with_roles(ctx: AppContext, roles: list[Role], **fields: Any) -> None:
    """Give the user `ctx` acts as exactly `roles` (and `fields`), in the database and in `ctx`."""
    update_me(ctx, roles=[r.value for r in roles], **fields)
    ctx.user = replace(ctx.user, roles=frozenset(roles))
