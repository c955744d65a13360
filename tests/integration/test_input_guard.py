"""The storage guard: one verdict for every stored value, the same on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.integration.dossier_edits import save_as_shown, save_dossier
from tests.integration.plain_rows import submitted_dossier
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError
from wsedesk.models import AuditEntry, Organisation
from wsedesk.models.intake import Supervisor
from wsedesk.models.terms import TermSetting
from wsedesk.services import dossiers as dossier_service


def _audit_rows(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


# (field, value, fragment of the message). On PostgreSQL without the guard the NUL byte, the
# over-long subject and the lone surrogate were driver errors; on SQLite they were stored.
REFUSED_EDITS = [
    ("subject", "Erkenning\x00", "veld 'subject': bevat een onzichtbaar stuurteken (U+0000) op positie 10"),
    ("subject", "Erk\u202eenning", "dossier, veld 'subject': bevat een teken dat de leesrichting omkeert"),
    ("subject", "A\ud800B", "losse surrogaat"),
    ("subject", "x" * 301, "Onderwerp: Het onderwerp is te lang (maximaal 300 tekens)"),  # the service's own
    ("subject", "twee\nregels", "op één regel"),
    ("notes", "nota\x00", "veld 'notes': bevat een onzichtbaar stuurteken"),
    ("notes", "nota \u202e", "leesrichting"),
]


@pytest.mark.parametrize(("field", "value", "expected"), REFUSED_EDITS)
def test_a_refused_edit_names_the_field_and_leaves_the_data(
    ctx: AppContext, field: str, value: str, expected: str
) -> None:
    dossier_id = submitted_dossier(ctx)
    before = dossier_service.get_dossier(ctx, dossier_id)
    audit_before = _audit_rows(ctx)
    with pytest.raises(BadInputError) as caught:
        save_as_shown(ctx, dossier_id, before, {field: value})
    message = str(caught.value)
    assert expected in message
    assert value not in message
    after = dossier_service.get_dossier(ctx, dossier_id)
    assert (after.version, after.subject, after.notes) == (before.version, before.subject, before.notes)
    assert _audit_rows(ctx) == audit_before


def test_free_text_keeps_its_lines_and_tabs(ctx: AppContext) -> None:
    dossier_id = submitted_dossier(ctx)
    save_dossier(ctx, dossier_id, {"notes": "regel 1\r\nregel 2\tmet tab — شركة"})
    assert dossier_service.get_dossier(ctx, dossier_id).notes == "regel 1\r\nregel 2\tmet tab — شركة"


def _organisation(**values: Any) -> Organisation:
    fields = {"enterprise_number": "0428759497", "name": "Groep Intro vzw", "kind": "vzw", **values}
    return Organisation(**fields)


# Rows as any path (import, visit package, a future form) would add them.
REFUSED_ROWS = [
    (lambda: _organisation(name="Groep\x00Intro"), "organisatie, veld 'name'"),
    (lambda: _organisation(email="a@b.be\u202e"), "organisatie, veld 'email'"),
    (lambda: _organisation(kind="x" * 31), "organisatie, veld 'kind': te lang: 31 tekens, maximaal 30"),
    (lambda: TermSetting(term_id="ED-5", days=2**31, working_days=False), "veld 'days': moet tussen"),
    (
        lambda: TermSetting(term_id="ED-5", days=int("9" * 4000), working_days=False),
        "een getal van 4000 cijfers is niet aanvaardbaar",
    ),
]


@pytest.mark.parametrize(("make", "expected"), REFUSED_ROWS)
def test_a_refused_row_is_the_same_verdict_on_both_backends(
    ctx: AppContext, make: Any, expected: str
) -> None:
    audit_before = _audit_rows(ctx)
    with pytest.raises(BadInputError) as caught, ctx.uow(write=True) as uow:
        uow.session.add(make())
        uow.commit()
    assert expected in str(caught.value)
    assert len(str(caught.value)) < 200
    assert _audit_rows(ctx) == audit_before


def test_a_decimal_too_large_for_its_column_is_refused(ctx: AppContext) -> None:
    refused = pytest.raises(BadInputError, match="experience_years': moet kleiner zijn dan 1000")
    with refused, ctx.uow(write=True) as uow:
        uow.session.add(Supervisor(experience_years=Decimal("1000.0")))
        uow.commit()
