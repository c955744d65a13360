"""Reading the audit trail (issue #11 item 5): per dossier and organisation, masked, filtered, exported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from tests.integration.advice_helpers import ed_dossier
from tests.integration.dossier_edits import save_dossier
from tests.integration.test_storage import _tamper
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.errors import PermissionDeniedError
from wsedesk.models import AuditEntry
from wsedesk.services import audit_trail
from wsedesk.services.dossiers import get_dossier
from wsedesk.services.steps import take_step


def test_a_dossier_trail_shows_who_changed_which_field(
    ctx: AppContext, second_user: Callable[..., AppContext]
) -> None:
    dossier_id = ed_dossier(ctx)
    other = second_user(ctx, "els.willems")
    save_dossier(other, dossier_id, {"notes": "Gebeld met de aanvrager"})
    take_step(other, dossier_id, "ontvankelijk", on=date(2025, 3, 3))
    trail = audit_trail.dossier_trail(ctx, dossier_id)
    notes = [
        r
        for r in trail.rows
        if any(c.field == "notes" and c.new == "Gebeld met de aanvrager" for c in r.changes)
    ]
    assert notes and notes[0].actor == "els.willems (els.willems)" and notes[0].action == "gewijzigd"
    entities = {r.entity for r in trail.rows}
    assert "termijn" in entities  # the rows of the dossier belong to its trail
    assert [r.seq for r in trail.rows] == sorted((r.seq for r in trail.rows), reverse=True)  # newest first
    assert trail.verdict is not None and "keten intact" in trail.verdict  # the tester is the team lead
    only = audit_trail.dossier_trail(ctx, dossier_id, text="gebeld els")
    assert [r.seq for r in only.rows] == [notes[0].seq]


def test_national_numbers_are_masked_wherever_they_stand() -> None:
    assert (
        audit_trail.mask("begeleider 85.07.30-033.28, zie dossier")
        == "begeleider **.**.**-***.**, zie dossier"
    )
    assert audit_trail.mask("85073003328") == "**.**.**-***.**"
    assert audit_trail.mask(None) == ""


def test_an_organisation_trail_and_the_whole_trail(
    ctx: AppContext, second_user: Callable[..., AppContext]
) -> None:
    dossier_id = ed_dossier(ctx)
    detail = get_dossier(ctx, dossier_id)
    trail = audit_trail.organisation_trail(ctx, detail.organisation_id)
    assert any(r.entity == "organisatie" and r.action == "aangemaakt" for r in trail.rows)
    assert audit_trail.whole_trail(ctx, limit=50).rows
    other = second_user(ctx, "els.willems")
    with pytest.raises(PermissionDeniedError):
        audit_trail.whole_trail(other)
    assert audit_trail.dossier_trail(other, dossier_id).verdict is None  # the verdict is the lead's


def test_the_trail_exports_to_excel_as_shown(ctx: AppContext, tmp_path: Path) -> None:
    dossier_id = ed_dossier(ctx)
    trail = audit_trail.dossier_trail(ctx, dossier_id)
    target = tmp_path / "auditspoor.xlsx"
    lines = audit_trail.export_trail(trail, target)
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Regel", "Wanneer (UTC)", "Wie") and len(rows) == lines + 1
    assert any(r[6] == "reference" for r in rows[1:])


def test_the_whole_trail_comes_a_page_at_a_time_newest_first(
    ctx: AppContext, db_url: str, clock: FixedClock
) -> None:
    dossier_id = ed_dossier(ctx)
    for n in range(5):
        save_dossier(ctx, dossier_id, {"notes": f"Notitie {n}"})
    everything = audit_trail.whole_trail(ctx, limit=10_000, with_verdict=False)
    assert everything.older is None and everything.verdict is None
    seqs = [r.seq for r in everything.rows]
    assert seqs == sorted(seqs, reverse=True) and len(seqs) > 6

    # Keyset pages of 2: together exactly the whole trail, in order, each with a next page but the last.
    paged: list[int] = []
    before: int | None = None
    while True:
        page = audit_trail.whole_trail(ctx, before=before, limit=2, with_verdict=False)
        paged += [r.seq for r in page.rows]
        if page.older is None:
            break
        assert len(page.rows) == 2 and page.older == page.rows[-1].seq
        before = page.older
    assert paged == seqs

    # A filter reads on until it has a page of matches; the rest is on the next page.
    first = audit_trail.whole_trail(ctx, text="notitie", limit=3)
    assert [c.new for r in first.rows for c in r.changes if c.field == "notes"] == [
        "Notitie 4",
        "Notitie 3",
        "Notitie 2",
    ]
    assert first.older is not None and first.verdict is not None and "keten intact" in first.verdict
    rest = audit_trail.whole_trail(ctx, text="notitie", before=first.older, limit=3)
    assert [c.new for r in rest.rows for c in r.changes if c.field == "notes"] == ["Notitie 1", "Notitie 0"]
    assert rest.older is None

    # A period: [since, until) in naive UTC, as stored.
    now = clock.now()
    assert len(audit_trail.whole_trail(ctx, since=now, until=now + timedelta(seconds=1)).rows) == len(seqs)
    assert audit_trail.whole_trail(ctx, since=now + timedelta(days=1)).rows == []
    assert audit_trail.whole_trail(ctx, until=now).rows == []


def test_the_windows_verdict_checks_the_newest_entries_and_the_head(ctx: AppContext) -> None:
    dossier_id = ed_dossier(ctx)
    for n in range(3):
        save_dossier(ctx, dossier_id, {"notes": f"Versie {n}"})
    whole = audit_trail.chain_verdict(ctx, tail=10_000)
    assert whole is not None and whole.endswith("regels, keten intact.")
    newest = audit_trail.chain_verdict(ctx, tail=2)
    assert newest is not None and "de nieuwste 2 en de kop nagekeken, keten intact" in newest
    assert "wsedesk db check" in newest
    with ctx.uow() as uow:
        last = uow.session.scalar(select(func.max(AuditEntry.seq)))
    assert last is not None
    _tamper(ctx, f"UPDATE audit_log SET actor = 'iemand anders' WHERE seq = {last - 1}")
    broken = audit_trail.chain_verdict(ctx, tail=2)
    assert broken is not None and f"eerste fout bij regel {last - 1}" in broken
    # An entry older than the part checked here is `wsedesk db check`'s to find.
    assert "keten intact" in (audit_trail.chain_verdict(ctx, tail=1) or "")
