"""Input a record-keeping service reads from a form: one way to require, normalise and refuse it.

Each helper returns the value to store or raises BadInputError naming the field (`where`), so a
form shows the message beside the field and nothing is stored.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy.orm import Session

from wsedesk.errors import BadInputError, NotFoundError
from wsedesk.i18n import N_
from wsedesk.models import Municipality
from wsedesk.rules.identifiers import IdentifierError, is_valid_email, normalise_enterprise_number
from wsedesk.rules.municipalities import municipalities_with_postal_code, postal_codes_for

#: How a form's ja / nee / onbekend (a QR-1 area, a judgement) is stored and read.
T = TypeVar("T")

TRI: dict[str, bool | None] = {"ja": True, "nee": False, "onbekend": None}


def check_editable(names: Iterable[str], editable: Iterable[str]) -> None:
    """Refuse a change of a field the user may not edit (a bug in the caller, or a crafted call)."""
    unknown = set(names) - set(editable)
    if unknown:
        raise BadInputError(N_("Deze velden zijn niet bewerkbaar: {f}.").format(f=", ".join(sorted(unknown))))


def required_text(value: str | None, where: str, *, limit: int = 300) -> str:
    """The trimmed text; refused when empty or longer than `limit`."""
    text = (value or "").strip()
    if not text:
        raise BadInputError(N_("vul dit in."), where=where)
    if len(text) > limit:
        raise BadInputError(N_("te lang (hoogstens {n} tekens).").format(n=limit), where=where)
    return text


def optional_text(value: str | None) -> str | None:
    """The trimmed text, or None when nothing was filled in."""
    return (value or "").strip() or None


def optional_email(value: str | None, where: str, *, limit: int = 200) -> str | None:
    """The trimmed address, or None when nothing was filled in; refused when it is no address.

    The message does not repeat the address: it may be a person's."""
    text = optional_text(value)
    if text is not None and (len(text) > limit or not is_valid_email(text)):
        raise BadInputError(N_("Dit is geen geldig e-mailadres (verwacht naam@domein.be)."), where=where)
    return text


def kbo_number(value: str, where: str) -> str:
    """A KBO number as stored (10 digits): `BE 428 759 497` → `0428759497`."""
    try:
        return normalise_enterprise_number(value)
    except IdentifierError as exc:
        raise BadInputError(str(exc), where=where) from None


def known_municipality(session: Session, nis: str | None, where: str) -> str | None:
    """A REFNIS code of the reference list (None stays None)."""
    if not nis:
        return None
    if session.get(Municipality, nis) is None:
        raise BadInputError(
            N_("'{c}' is geen gemeente (REFNIS-code) uit de referentielijst.").format(c=nis), where=where
        )
    return nis


def row_id(value: str, not_found: str) -> uuid.UUID:
    """A row id from the outside; one that cannot be an id is a row that does not exist."""
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFoundError(not_found) from None


def stored_row(session: Session, model: type[T], value: str, not_found: str) -> T:
    """The row with id `value`; NotFoundError(`not_found`) when there is none (or it cannot be an id)."""
    row = session.get(model, row_id(value, not_found))
    if row is None:
        raise NotFoundError(not_found)
    return row


def known_postal_code(value: str | None, municipality_nis: str | None, where: str) -> str | None:
    """A Belgian postal code of the reference list, and one of `municipality_nis` when that is known."""
    code = (value or "").strip()
    if not code:
        return None
    owners = municipalities_with_postal_code(code)
    if not owners:
        raise BadInputError(
            N_("'{p}' is geen Belgische postcode uit de referentielijst (4 cijfers).").format(p=code),
            where=where,
        )
    if municipality_nis and municipality_nis not in owners:
        codes = postal_codes_for(municipality_nis)
        raise BadInputError(
            N_("{p} hoort niet bij deze gemeente (wel: {k}).").format(p=code, k=", ".join(codes[:8]) or "?"),
            where=where,
        )
    return code
