"""The current user: the OS login on SQLite, the database login on PostgreSQL, mapped to a user row."""

from __future__ import annotations

import getpass
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select, text

from wsedesk.errors import PermissionDeniedError
from wsedesk.models import User
from wsedesk.rules.roles import ROLE_LABELS, Role
from wsedesk.storage.engine import Database
from wsedesk.storage.uow import UnitOfWork

if TYPE_CHECKING:
    from wsedesk.clock import Clock
    from wsedesk.context import AppContext, CurrentUser

log = logging.getLogger(__name__)


def login_name(db: Database) -> str:
    if db.is_sqlite:
        try:
            return getpass.getuser()
        except (KeyError, OSError):
            return "gebruiker"
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT current_user")).scalar_one())


def resolve_current_user(db: Database, *, clock: Clock, login: str | None = None) -> CurrentUser:
    """Find the user row for this login; the first user of a database becomes its team lead."""
    from wsedesk.context import CurrentUser

    login = login or login_name(db)
    with UnitOfWork(db, actor=login, clock=clock.now, write=False) as uow:
        user = uow.session.execute(select(User).where(User.login == login)).scalar_one_or_none()
    if user is None:
        with UnitOfWork(db, actor=login, clock=clock.now, write=True) as uow:
            first = uow.session.execute(select(func.count()).select_from(User)).scalar_one() == 0
            role = Role.TEAMVERANTWOORDELIJKE if first else Role.DOSSIERBEHANDELAAR
            user = User(login=login, display_name=login, roles=[role.value])
            uow.session.add(user)
            uow.commit()
            log.info("New user %s registered with role %s", login, role)
    if not user.active:
        raise PermissionDeniedError(f"Gebruiker '{login}' is gedeactiveerd in deze database.")
    return CurrentUser(
        id=str(user.id),
        login=user.login,
        display_name=user.display_name,
        roles=frozenset(Role(r) for r in user.roles if r in Role._value2member_map_),
    )


@dataclass(frozen=True)
class StaffMember:
    id: str
    login: str
    display_name: str
    email: str
    roles: tuple[str, ...]  # Dutch role labels (N_), translated by the view
    active: bool


def list_staff(ctx: AppContext) -> list[StaffMember]:
    with ctx.uow() as uow:
        users = list(uow.session.scalars(select(User).order_by(User.display_name, User.login)))
        return [
            StaffMember(
                id=str(u.id),
                login=u.login,
                display_name=u.display_name,
                email=u.email or "",
                roles=tuple(ROLE_LABELS[Role(r)] if r in Role._value2member_map_ else r for r in u.roles),
                active=u.active,
            )
            for u in users
        ]
