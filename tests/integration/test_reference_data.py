"""The reference lists a teamverantwoordelijke edits in Beheer: the accepted quality proofs (QR-2)
and the register of audit and assessment organisations (QR-3), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, ConflictError, PermissionDeniedError
from wsedesk.models import AuditEntry
from wsedesk.rules.roles import Role
from wsedesk.services.organisations import SavedRecord
from wsedesk.services.reference_lists import (
    label_catalogue,
    list_audit_organisations,
    list_quality_labels,
    save_audit_organisation,
    save_quality_label,
)

ALL_AREAS = {"klantgerichtheid": True, "personeelsbeheer": True, "financieel_beheer": True}


def _label(ctx: AppContext, row_id: str):
    return next(v for v in list_quality_labels(ctx) if v.id == row_id)


def _save_label(
    ctx: AppContext,
    label_id: str | None,
    name: str,
    *,
    expected_version: int | None,
    route: str = "label",
    areas: Mapping[str, bool] = ALL_AREAS,
    valid_from: date | None = date(2025, 1, 1),
    valid_until: date | None = None,
) -> str:
    """Save a quality label (a new one: `label_id` None); unless said otherwise a label for all
    three areas, valid from 1 January 2025 without end. The row's id."""
    return save_quality_label(
        ctx,
        label_id=label_id,
        name=name,
        route=route,
        areas=areas,
        valid_from=valid_from,
        valid_until=valid_until,
        expected_version=expected_version,
    ).id


def _new_label(ctx: AppContext, name: str = "Kwaliteitslabel Test") -> str:
    areas = {"klantgerichtheid": True, "personeelsbeheer": False, "financieel_beheer": True}
    return _save_label(ctx, None, name, expected_version=None, areas=areas)


def test_a_team_lead_adds_and_changes_a_quality_label_and_the_checks_see_it(ctx: AppContext) -> None:
    assert ctx.user.has(Role.TEAMVERANTWOORDELIJKE)
    before = len(list_quality_labels(ctx))
    row_id = _new_label(ctx)
    view = _label(ctx, row_id)
    assert len(list_quality_labels(ctx)) == before + 1
    assert (view.catalogue_id, view.route, view.areas, view.version) == (
        "kwaliteitslabel-test",
        "label",
        ("klantgerichtheid", "financieel_beheer"),
        1,
    )
    _save_label(
        ctx,
        row_id,
        "Kwaliteitslabel Test (herzien)",
        expected_version=1,
        route="overheid",
        valid_until=date(2026, 12, 31),
    )
    view = _label(ctx, row_id)
    assert (view.name, view.route, view.valid_until, view.version, view.updated_by) == (
        "Kwaliteitslabel Test (herzien)",
        "overheid",
        date(2026, 12, 31),
        2,
        "tester",
    )
    with ctx.uow() as uow:
        entry = label_catalogue(uow.session).accepted("kwaliteitslabel-test", date(2025, 6, 1))
        assert entry is not None and entry.route == "overheid"
        audited = uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "quality_labels", AuditEntry.entity_id == row_id)
        ).all()
        assert len(audited) == 2  # the insert and the update, written by the unit of work


def test_a_stale_label_update_is_a_conflict_and_keeps_the_other_edit(ctx: AppContext) -> None:
    row_id = _new_label(ctx)
    _save_label(ctx, row_id, "Eerste wijziging", expected_version=1)
    with pytest.raises(ConflictError) as caught:
        _save_label(ctx, row_id, "Tweede wijziging", expected_version=1)
    assert "werd intussen gewijzigd" in caught.value.message
    assert caught.value.current_version == 2
    assert _label(ctx, row_id).name == "Eerste wijziging"


def test_only_a_team_lead_edits_the_reference_lists(ctx: AppContext, officer: AppContext) -> None:
    with pytest.raises(PermissionDeniedError, match="teamverantwoordelijke"):
        _new_label(officer)
    with pytest.raises(PermissionDeniedError, match="teamverantwoordelijke"):
        save_audit_organisation(officer, organisation_id=None, name="Audit NV")
    assert list_quality_labels(officer) == list_quality_labels(ctx)  # reading is for everyone


@pytest.mark.parametrize(
    ("name", "valid_from", "valid_until", "where"),
    [
        ("  ", date(2025, 1, 1), None, "Naam"),
        ("Nieuw label", date(2025, 1, 1), date(2024, 12, 31), "Geldig tot"),
        ("Nieuw label", None, None, "Geldig vanaf"),
    ],
)
def test_bad_label_input_names_the_field(
    ctx: AppContext, name: str, valid_from: date | None, valid_until: date | None, where: str
) -> None:
    with pytest.raises(BadInputError) as caught:
        _save_label(ctx, None, name, expected_version=None, valid_from=valid_from, valid_until=valid_until)
    assert caught.value.where == where


def test_a_duplicate_label_name_is_refused(ctx: AppContext) -> None:
    _new_label(ctx, "Dubbel Label")
    with pytest.raises(BadInputError) as caught:
        _new_label(ctx, "dubbel label")
    assert caught.value.where == "Naam"
    other = _new_label(ctx, "Ander Label")
    with pytest.raises(BadInputError):
        _save_label(ctx, other, "Dubbel Label", expected_version=1)


def _audit_nv(ctx: AppContext, org_id: str | None, valid_until: date, **more: Any) -> SavedRecord:
    """Save Audit NV in the register (a new entry: `org_id` None), declaration filed 1 March 2025."""
    return save_audit_organisation(
        ctx,
        organisation_id=org_id,
        name="Audit NV",
        declaration_filed_on=date(2025, 3, 1),
        valid_until=valid_until,
        **more,
    )


def test_a_team_lead_keeps_the_audit_register(ctx: AppContext) -> None:
    org_id = _audit_nv(ctx, None, date(2029, 2, 28), enterprise_number="BE 0428.759.497").id
    [view] = [v for v in list_audit_organisations(ctx) if v.id == org_id]
    assert (view.enterprise_number, view.declaration_filed_on, view.version) == (
        "0428.759.497",
        date(2025, 3, 1),
        1,
    )
    _audit_nv(
        ctx,
        org_id,
        date(2028, 12, 31),
        enterprise_number="0428759497",
        auditors_are_providers=False,
        expected_version=1,
    )
    [view] = [v for v in list_audit_organisations(ctx) if v.id == org_id]
    assert (view.valid_until, view.auditors_are_providers, view.version) == (date(2028, 12, 31), False, 2)
    with pytest.raises(ConflictError):
        save_audit_organisation(ctx, organisation_id=org_id, name="Oud", expected_version=1)
    with pytest.raises(BadInputError) as caught:
        _audit_nv(ctx, org_id, date(2025, 2, 1), expected_version=2)
    assert caught.value.where == "Geldig tot"
    with pytest.raises(BadInputError) as caught:
        save_audit_organisation(ctx, organisation_id=None, name="")
    assert caught.value.where == "Naam"
