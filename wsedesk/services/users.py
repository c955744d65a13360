"""The current user: the OS login on SQLite, the database login on PostgreSQL, mapped to a user row."""

from __future__ import annotations

import getpass
import logging
import re
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, NotFoundError, PermissionDeniedError
from wsedesk.i18n import N_
from wsedesk.models import User
from wsedesk.rules.roles import ROLE_LABELS, Role
from wsedesk.services.changes import Changes
from wsedesk.services.conflicts import check_version, commit_versioned
from wsedesk.services.fields import optional_email
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


# --- managing users (a team lead, in Beheer) ----------------------------------------------------

PHONE = re.compile(r"\+?[0-9][0-9 ./()-]{5,38}")
MAX_NAME = 200


@dataclass(frozen=True)
class UserDetails:
    """One user as Beheer → Gebruikers shows and edits it."""

    id: str
    login: str
    display_name: str
    email: str
    phone: str
    roles: tuple[str, ...]  # Role values
    active: bool
    version: int

    def editable_values(self) -> dict[str, Any]:
        return {
            "display_name": self.display_name,
            "email": self.email or None,  # as stored, so an unchanged empty field is no difference
            "phone": self.phone or None,
            "roles": list(self.roles),
            "active": self.active,
        }


@dataclass(frozen=True)
class UserInput:
    """What a team lead typed for a user; checked by `save_user`."""

    display_name: str
    email: str = ""
    phone: str = ""
    roles: tuple[str, ...] = (Role.DOSSIERBEHANDELAAR.value,)
    active: bool = True
    login: str = ""  # only for a new user: the OS login (SQLite) or database login (PostgreSQL)


def _details(u: User) -> UserDetails:
    return UserDetails(
        id=str(u.id),
        login=u.login,
        display_name=u.display_name,
        email=u.email or "",
        phone=u.phone or "",
        roles=tuple(u.roles),
        active=u.active,
        version=u.version,
    )


def list_users(ctx: AppContext) -> list[UserDetails]:
    """Every user, active ones first, by name."""
    with ctx.uow() as uow:
        users = uow.session.scalars(select(User).order_by(User.active.desc(), User.display_name, User.login))
        return [_details(u) for u in users]


def get_user(ctx: AppContext, user_id: str) -> UserDetails:
    with ctx.uow() as uow:
        user = uow.session.get(User, uuid.UUID(user_id))
        if user is None:
            raise NotFoundError(N_("Deze gebruiker bestaat niet (meer)."))
        return _details(user)


def _require_team_lead(ctx: AppContext) -> None:
    if not ctx.user.has(Role.TEAMVERANTWOORDELIJKE):
        raise PermissionDeniedError(N_("Enkel een teamverantwoordelijke beheert gebruikers."))


def _checked(data: UserInput) -> dict[str, Any]:
    """The values to store, or a BadInputError naming the field (the value itself is not repeated)."""
    name = " ".join(data.display_name.split())
    if not name:
        raise BadInputError(N_("Vul een naam in."), where=N_("Naam"))
    if len(name) > MAX_NAME:
        raise BadInputError(
            N_("De naam is te lang (maximaal {n} tekens).").format(n=MAX_NAME), where=N_("Naam")
        )
    email = optional_email(data.email, N_("E-mailadres"), limit=MAX_NAME)
    phone = " ".join(data.phone.split())
    if phone and not PHONE.fullmatch(phone):
        raise BadInputError(
            N_("Dit is geen geldig telefoonnummer (cijfers, spaties en + . / ( ) -)."), where=N_("Telefoon")
        )
    known = {r.value for r in Role}
    roles = [r for r in dict.fromkeys(data.roles) if r]
    if not roles:
        raise BadInputError(N_("Kies minstens één rol."), where=N_("Rollen"))
    unknown = [r for r in roles if r not in known]
    if unknown:
        raise BadInputError(N_("Onbekende rol: {r}.").format(r=", ".join(unknown)), where=N_("Rollen"))
    return {
        "display_name": name,
        "email": email,
        "phone": phone or None,
        "roles": roles,
        "active": data.active,
    }


def _keeps_a_team_lead(session: Session, user: User, values: dict[str, Any]) -> None:
    """A database always keeps one active team lead (who else could manage users?)."""
    lead = Role.TEAMVERANTWOORDELIJKE.value
    if lead in user.roles and user.active and (lead not in values["roles"] or not values["active"]):
        others = [
            u
            for u in session.scalars(select(User).where(User.active.is_(True), User.id != user.id))
            if lead in u.roles
        ]
        if not others:
            raise BadInputError(
                N_("Dit is de laatste actieve teamverantwoordelijke: geef eerst iemand anders die rol."),
                where=N_("Rollen"),
            )


def save_user(
    ctx: AppContext,
    user_id: str | None,
    data: UserInput,
    *,
    expected_version: int | None = None,
    original: dict[str, Any] | None = None,
) -> Changes:
    """Add a user (`user_id` None, `data.login` set) or change one; only a team lead may.

    A change needs the version the team lead started from: if someone saved the user since,
    ConflictError says who, when and which fields (services/conflicts.py); nothing is overwritten.
    """
    _require_team_lead(ctx)
    values = _checked(data)
    with ctx.uow(write=True) as uow:
        session = uow.session
        if user_id is None:
            login = data.login.strip()
            if not login or len(login) > 120 or any(ch.isspace() for ch in login):
                raise BadInputError(N_("Vul de login in, zonder spaties."), where=N_("Login"))
            if session.scalar(select(User.id).where(User.login == login)) is not None:
                raise BadInputError(N_("Er is al een gebruiker met deze login."), where=N_("Login"))
            user = User(login=login, **values)
            session.add(user)
            session.flush()
            user_id = str(user.id)
        else:
            found = session.get(User, uuid.UUID(user_id))
            if found is None:
                raise NotFoundError(N_("Deze gebruiker bestaat niet (meer)."))
            user = found
            label = N_("Gebruiker {n}").format(n=user.display_name)
            conflict: dict[str, Any] = {
                "entity": "gebruiker",
                "label": label,
                "expected_version": user.version if expected_version is None else expected_version,
                "mine": values,
                "original": original,
            }
            check_version(session, user, **conflict)
            _keeps_a_team_lead(session, user, values)
            for name, value in values.items():
                setattr(user, name, value)
            commit_versioned(uow, User, user, **conflict, not_found=N_("Deze gebruiker bestaat niet (meer)."))
            return Changes.of("user")
        uow.commit()
    return Changes.of("user")
