"""The storage boundary's guard: every value of every new or changed row meets the input policy.

A `before_flush` listener (installed before the audit listener, so nothing refused reaches the
trail) checks each text, JSON, integer and decimal column against rules/input_policy.py and
raises BadInputError naming the record and the field. Forms, the command line, imports and visit
packages thus get one verdict, the same on SQLite (which would store anything) and PostgreSQL
(which refuses NUL bytes, over-long strings and out-of-range numbers with a driver error).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Integer, Numeric, String, event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.types import BigInteger, TypeEngine

from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.rules.input_policy import (
    INT32_MAX,
    INT32_MIN,
    INT64_MAX,
    INT64_MIN,
    MAX_TEXT_CHARS,
    TextRule,
    integer_problem,
    text_problem,
    value_problem,
)


def column_problem(column_type: TypeEngine[Any], value: Any) -> str | None:
    """Why `value` may not be stored in a column of this type, or None."""
    if value is None:
        return None
    kind = column_type
    if isinstance(value, str) and isinstance(kind, String):
        # A bounded String is a one-line field (a name, a reference, an address line); Text is free text.
        length = kind.length
        rule = TextRule(multiline=length is None, max_chars=length or MAX_TEXT_CHARS)
        return text_problem(value, rule)
    if isinstance(kind, JSON):
        return value_problem(value)
    if isinstance(value, int) and not isinstance(value, bool) and isinstance(kind, Integer):
        if isinstance(kind, BigInteger):
            return integer_problem(value, low=INT64_MIN, high=INT64_MAX)
        return integer_problem(value, low=INT32_MIN, high=INT32_MAX)
    if isinstance(value, Decimal | int | float) and isinstance(kind, Numeric) and kind.precision:
        bound = Decimal(10) ** (kind.precision - (kind.scale or 0))
        if not Decimal(value).is_finite() or abs(Decimal(value)) >= bound:
            return N_("moet kleiner zijn dan {b} (in absolute waarde)").format(b=bound)
    return None


def _check(obj: Any, *, only_changed: bool) -> None:
    state = inspect(obj)
    mapper = state.mapper
    for attr in mapper.column_attrs:
        if only_changed and not state.attrs[attr.key].history.has_changes():
            continue
        _refuse_bad(type(obj), attr, getattr(obj, attr.key))


def check_values(model: type[Any], values: dict[str, Any]) -> None:
    """The same verdict for a row about to be inserted without the ORM (`audit.insert_audited`)."""
    for attr in inspect(model).column_attrs:
        _refuse_bad(model, attr, values.get(attr.key))


def _refuse_bad(model: type[Any], attr: Any, value: Any) -> None:
    column = attr.columns[0]
    problem = column_problem(column.type, value)
    if problem:
        label = getattr(model, "__audit_label__", "") or inspect(model).local_table.name
        raise BadInputError(
            N_("{label}, veld '{field}': {problem}; niets opgeslagen.").format(
                label=label, field=column.info.get("label", attr.key), problem=problem
            )
        )


def install_input_guard(session_factory: Any) -> None:
    """Refuse a flush whose new or changed rows hold a value the input policy does not allow."""

    @event.listens_for(session_factory, "before_flush")
    def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
        for obj in session.new:
            _check(obj, only_changed=False)
        for obj in session.dirty:
            if session.is_modified(obj, include_collections=False):
                _check(obj, only_changed=True)
