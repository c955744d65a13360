"""Plain values as JSON-ready values: dates as ISO text, a flat dataclass as a dict of its fields."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


def iso(d: date | None) -> str | None:
    """`2025-04-28`, or None for no date."""
    return None if d is None else d.isoformat()


def json_fields(obj: DataclassInstance) -> dict[str, Any]:
    """The fields of a flat dataclass in the order they are declared, dates as ISO text."""
    return {f.name: json_value(getattr(obj, f.name)) for f in fields(obj)}


def json_value(value: Any) -> Any:
    """A date as ISO text; any other value as it is."""
    return value.isoformat() if isinstance(value, date) else value
