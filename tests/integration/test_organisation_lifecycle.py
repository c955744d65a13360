"""Organisations after registration on SQLite and PostgreSQL: the edit conflict, postal codes from the
reference list, closing (never deleting), merging a duplicate with everything that points at it
(audited), and `wsedesk org add|edit|show`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.integration.plain_rows import registration_dossier
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, ConflictError
from wsedesk.models import (
    AuditEntry,
    Dossier,
    DossierEvent,
    Organisation,
    Person,
    QualityRegistration,
)
from wsedesk.services import organisation_lifecycle as life
from wsedesk.services import organisations
from wsedesk.services.organisation_lifecycle import referring_columns
from wsedesk.services.steps import take_step

ROOT = Path(__file__).resolve().parents[2]


def _org(ctx: AppContext, kbo: str, name: str, **fields: str) -> str:
    return organisations.register_organisation(ctx, enterprise_number=kbo, name=name, kind="vzw", **fields).id


def _qr(ctx: AppContext, org_id: str, on: date) -> str:
    return registration_dossier(ctx, org_id, valid_until=date(2027, 1, 31), on=on)


def _save_phone(ctx: AppContext, org_id: str, shown: organisations.OrganisationDetail, phone: str) -> None:
    """Save a new phone number on the organisation as `shown` (read earlier) had it."""
    organisations.update_organisation(
        ctx, org_id, expected_version=shown.version, changes={"phone": phone}, original=shown.values()
    )


def test_an_organisation_edit_that_someone_saved_meanwhile_is_refused_with_the_difference(
    ctx: AppContext,
) -> None:
    org_id = _org(ctx, "0428.759.497", "Groep Intro vzw", postal_code="9000", municipality_nis="44021")
    mine = organisations.get_organisation(ctx, org_id)
    theirs = organisations.get_organisation(ctx, org_id)
    _save_phone(ctx, org_id, theirs, "09 245 18 30")
    with pytest.raises(ConflictError) as refused:
        _save_phone(ctx, org_id, mine, "09 111 11 11")
    assert "phone" in str(refused.value)
    assert organisations.get_organisation(ctx, org_id).phone == "09 245 18 30"  # theirs stands


def test_a_postal_code_comes_from_the_reference_list_and_fits_the_municipality(ctx: AppContext) -> None:
    with pytest.raises(BadInputError, match="hoort niet bij deze gemeente"):
        _org(ctx, "0428.759.497", "Groep Intro vzw", postal_code="2000", municipality_nis="44021")
    with pytest.raises(BadInputError, match="geen Belgische postcode"):
        _org(ctx, "0428.759.497", "Groep Intro vzw", postal_code="0999")
    org_id = _org(ctx, "0428.759.497", "Groep Intro vzw", postal_code="9050", municipality_nis="44021")
    detail = organisations.get_organisation(ctx, org_id)
    with pytest.raises(BadInputError, match="Postcode"):  # Antwerp with Gentbrugge's postal code
        organisations.update_organisation(
            ctx, org_id, expected_version=detail.version, changes={"municipality_nis": "11002"}
        )


def test_closing_refuses_open_dossiers_and_deletes_nothing(ctx: AppContext) -> None:
    org_id = _org(ctx, "0428.759.497", "Groep Intro vzw")
    est = organisations.add_establishment(
        ctx, org_id, establishment_number="2.100.000.015", name="Atelier Gent"
    )
    qr = _qr(ctx, org_id, date(2025, 5, 5))
    detail = organisations.get_organisation(ctx, org_id)
    with pytest.raises(BadInputError, match=r"nog 1 open dossier\(s\): QR-2025-"):
        life.close_organisation(ctx, org_id, on=date(2025, 6, 13), expected_version=detail.version)
    take_step(ctx, qr, "weigeren", on=date(2025, 6, 2))
    take_step(ctx, qr, "weigering_definitief", on=date(2025, 6, 10))
    life.close_organisation(ctx, org_id, on=date(2025, 6, 13), expected_version=detail.version)
    closed = organisations.get_organisation(ctx, org_id)
    assert closed.closed_on == date(2025, 6, 13) and len(closed.dossiers) == 1
    assert closed.establishments[0].id == est.id and closed.establishments[0].closed_on == date(2025, 6, 13)
    with pytest.raises(BadInputError, match="al afgesloten"):
        life.close_organisation(ctx, org_id, on=date(2025, 6, 14), expected_version=closed.version)
    life.reopen_organisation(ctx, org_id, expected_version=closed.version)
    assert organisations.get_organisation(ctx, org_id).closed_on is None


def test_merging_a_duplicate_moves_everything_audited_and_keeps_the_record(ctx: AppContext) -> None:
    keep = _org(ctx, "0428.759.497", "Groep Intro vzw", postal_code="9050", municipality_nis="44021")
    dup = _org(ctx, "0412.345.614", "Groep Intro", email="info@groepintro.be")
    organisations.add_establishment(ctx, dup, establishment_number="2.100.000.015", name="Atelier Gent")
    qr = _qr(ctx, dup, date(2025, 5, 5))
    with ctx.uow(write=True) as uow:
        uow.session.add(Person(organisation_id=uuid.UUID(dup), first_name="Sofie", last_name="Claes"))
        uow.commit()
    k, d = organisations.get_organisation(ctx, keep), organisations.get_organisation(ctx, dup)
    result = life.merge_organisations(
        ctx,
        keep,
        dup,
        on=date(2025, 6, 16),
        keep_version=k.version,
        duplicate_version=d.version,
        take_fields=["email"],
    )
    assert result.moved == {"dossier": 1, "vestiging": 1, "kwaliteitsregistratie": 1, "persoon": 1}
    assert result.dossier_ids == (qr,) and qr in result.changes.dossier_ids
    kept = organisations.get_organisation(ctx, keep)
    assert kept.email == "info@groepintro.be" and [x.id for x in kept.dossiers] == [qr]
    assert len(kept.establishments) == 1
    merged = organisations.get_organisation(ctx, dup)
    assert merged.merged_into == "Groep Intro vzw (0428.759.497)" and merged.closed_on == date(2025, 6, 16)
    assert merged.dossiers == () and merged.establishments == ()
    with ctx.uow() as uow:
        s = uow.session
        assert s.scalar(select(func.count()).select_from(Organisation)) == 2  # nothing deleted
        assert s.scalar(select(QualityRegistration.organisation_id)) == uuid.UUID(keep)
        event = s.scalar(select(DossierEvent).where(DossierEvent.kind == life.MERGE_EVENT))
        assert event is not None and "0412.345.614" in event.description
        audited = {(e.action, e.entity) for e in s.scalars(select(AuditEntry))}
        assert ("samenvoegen", "organisations") in audited
        assert ("update", "dossiers") in audited and ("update", "establishments") in audited
    with pytest.raises(BadInputError, match="samengevoegd"):
        organisations.update_organisation(ctx, dup, expected_version=merged.version, changes={"name": "X"})
    with pytest.raises(BadInputError, match="al samengevoegd"):
        life.merge_organisations(
            ctx, keep, dup, on=date(2025, 6, 16), keep_version=kept.version, duplicate_version=merged.version
        )


def test_a_merge_with_a_stale_version_is_a_conflict_and_moves_nothing(ctx: AppContext) -> None:
    keep = _org(ctx, "0428.759.497", "Groep Intro vzw")
    dup = _org(ctx, "0412.345.614", "Groep Intro")
    _qr(ctx, dup, date(2025, 5, 5))
    d = organisations.get_organisation(ctx, dup)
    organisations.update_organisation(ctx, dup, expected_version=d.version, changes={"phone": "09 1"})
    with pytest.raises(ConflictError):
        life.merge_organisations(
            ctx, keep, dup, on=date(2025, 6, 16), keep_version=1, duplicate_version=d.version
        )
    with ctx.uow() as uow:
        assert uow.session.scalar(select(Dossier.organisation_id)) == uuid.UUID(dup)


def test_every_table_that_refers_to_an_organisation_is_moved_by_a_merge() -> None:
    moved = {(cls.__tablename__, attr) for cls, attr in referring_columns()}
    for table, column in [
        ("dossiers", "organisation_id"),
        ("establishments", "organisation_id"),
        ("quality_registrations", "organisation_id"),
        ("persons", "organisation_id"),
        ("report_submissions", "organisation_id"),
        ("visits", "organisation_id"),
    ]:
        assert (table, column) in moved
    assert ("organisations", "merged_into_id") not in moved


def _wsedesk(db_url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    return subprocess.run(
        [sys.executable, "-m", "wsedesk", "--db", db_url, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_wsedesk_org_add_edit_show(db_url: str, ctx: AppContext, tmp_path: Path) -> None:
    added = _wsedesk(
        db_url,
        tmp_path,
        "org",
        "add",
        "--kbo",
        "BE 428 759 497",
        "--name",
        "Groep Intro vzw",
        "--kind",
        "vzw",
        "--postal-code",
        "9050",
        "--municipality",
        "Gent",
        "--json",
    )
    assert added.returncode == 0, added.stderr
    shown = json.loads(added.stdout)
    assert (shown["enterprise_number"], shown["municipality_nis"], shown["version"]) == (
        "0428.759.497",
        "44021",
        1,
    )
    edited = _wsedesk(
        db_url, tmp_path, "org", "edit", "0428759497", "--phone", "09 245 18 30", "--expected-version", "1"
    )
    assert edited.returncode == 0, edited.stderr
    stale = _wsedesk(
        db_url, tmp_path, "org", "edit", "0428759497", "--phone", "09 0", "--expected-version", "1"
    )
    assert stale.returncode != 0 and "gewijzigd" in stale.stderr and "Traceback" not in stale.stderr
    bad = _wsedesk(db_url, tmp_path, "org", "add", "--kbo", "0428.759.498", "--name", "X", "--kind", "vzw")
    assert bad.returncode == 2 and "controlegetal" in bad.stderr.lower()
    est = _wsedesk(
        db_url, tmp_path, "org", "establishment", "0428759497", "--number", "2100000015", "--name", "Atelier"
    )
    assert est.returncode == 0, est.stderr
    show = _wsedesk(db_url, tmp_path, "org", "show", "0428.759.497", "--json")
    assert show.returncode == 0, show.stderr
    data = json.loads(show.stdout)
    assert data["phone"] == "09 245 18 30" and data["version"] == 2
    assert [e["establishment_number"] for e in data["establishments"]] == ["2.100.000.015"]
    text = _wsedesk(db_url, tmp_path, "org", "show", "0428759497")
    assert "Groep Intro vzw (0428.759.497)" in text.stdout and "Vestigingen: 1" in text.stdout
