"""Guidance assignments on a real database (domain.md §3.2): record, change, end; free capacity
in the finder (ED-13); ED-7 and ED-8 in the Werkbak's reminders at pinned dates."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from tests.integration.test_intake import imported, provider, recognise
from tests.personal_data import found_in_text
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, ConflictError
from wsedesk.models import AuditEntry, GuidanceAssignment
from wsedesk.services import guidance, providers
from wsedesk.services.reminders import recognition_reminders

EMPLOYEE = "85073003328"  # the session's test number (tests/personal_data.py)
EMPLOYEE_2 = "92011517850"


def _recognised(ctx: AppContext, kbo: str, name: str, area: list[str], capacity: int = 3) -> str:
    dossier_id = imported(ctx, provider(kbo, name, area, capacity=capacity)).dossier_id
    assert dossier_id is not None
    recognise(ctx, dossier_id)  # valid 12 June 2025 up to and including 11 June 2030 (ED-7)
    return dossier_id


def _assign(
    ctx: AppContext,
    dossier_id: str,
    employee: str,
    employer: str,
    start_on: date,
    *,
    end_on: date | None = None,
) -> None:
    """An assignment of `employee` with `employer` under the provider's dossier (no employer number, no premium)."""
    guidance.record_assignment(
        ctx, dossier_id, national_number=employee, employer_name=employer, start_on=start_on, end_on=end_on
    )


def test_record_change_and_end_an_assignment_with_the_number_masked(ctx: AppContext) -> None:
    dossier_id = _recognised(ctx, "0412.345.614", "Gentse Jobcoaching", ["44021"])
    saved = guidance.record_assignment(
        ctx,
        dossier_id,
        national_number="85.07.30-033.28",
        employer_name="Bakkerij Intro bv",
        employer_enterprise_number="BE 428 759 497",
        start_on=date(2025, 7, 1),
        premium_changes=["2026-01-01", date(2025, 10, 1), "2026-01-01"],
    )
    assert saved.employee == "85.07.30-***.**"
    assert saved.changes.touches("guidance") and dossier_id in saved.changes.dossier_ids
    [view] = guidance.list_assignments(ctx, dossier_id)
    assert (view.employee, view.employer_enterprise_number, view.end_on) == (
        "85.07.30-***.**",
        "0428759497",
        None,
    )
    assert view.premium_changes == (date(2025, 10, 1), date(2026, 1, 1))

    with pytest.raises(BadInputError, match="al met dezelfde begindatum"):
        guidance.record_assignment(
            ctx, dossier_id, national_number=EMPLOYEE, employer_name="X", start_on=date(2025, 7, 1)
        )
    with pytest.raises(BadInputError) as bad:
        guidance.record_assignment(
            ctx, dossier_id, national_number="85073003329", employer_name="X", start_on=date(2025, 7, 1)
        )
    assert found_in_text(str(bad.value)) == [] and "8507300332" not in str(bad.value)
    with pytest.raises(BadInputError, match="eindigt vóór"):
        guidance.end_assignment(ctx, view.id, expected_version=view.version, end_on=date(2025, 6, 30))

    changes = guidance.end_assignment(ctx, view.id, expected_version=view.version, end_on=date(2026, 3, 31))
    assert changes.touches("guidance")
    with pytest.raises(ConflictError):  # someone ended it meanwhile: the old version is refused
        guidance.update_assignment(
            ctx, view.id, expected_version=view.version, changes={"employer_name": "Andere bv"}
        )
    [ended] = guidance.list_assignments(ctx, dossier_id)
    assert ended.end_on == date(2026, 3, 31) and ended.version == view.version + 1

    with ctx.uow() as uow:
        trail = list(
            uow.session.scalars(select(AuditEntry).where(AuditEntry.entity == "guidance_assignments"))
        )
    assert len(trail) == 2
    assert all(found_in_text(json.dumps(e.changes)) == [] for e in trail)  # masked only (domain.md §2)
    assert "85.07.30-***.**" in json.dumps(trail[0].changes)


def test_only_a_recognised_provider_gets_assignments(ctx: AppContext) -> None:
    pending = imported(ctx, provider("0428.759.497", "Nog In Onderzoek", ["44021"])).dossier_id
    assert pending is not None
    with pytest.raises(BadInputError, match="erkende externe dienstverlener"):
        guidance.record_assignment(
            ctx, pending, national_number=EMPLOYEE, employer_name="X", start_on=date(2025, 7, 1)
        )
    with ctx.uow() as uow:
        assert uow.session.scalar(select(GuidanceAssignment.id)) is None


def test_free_capacity_in_the_finder_counts_assignments_running_that_day(ctx: AppContext) -> None:
    gent = _recognised(ctx, "0412.345.614", "Gentse Jobcoaching", ["44021"], capacity=2)
    flanders = _recognised(ctx, "0555.000.148", "Vlaanderen Werkt", ["02000"], capacity=3)
    _assign(ctx, gent, EMPLOYEE, "A bv", date(2025, 7, 1), end_on=date(2025, 12, 31))
    _assign(ctx, gent, EMPLOYEE_2, "B bv", date(2025, 9, 1))
    _assign(ctx, flanders, EMPLOYEE, "C bv", date(2025, 8, 1))

    def free(on: date, minimum: int = 0) -> list[tuple[str, int, int]]:
        return [
            (p.organisation, p.capacity, p.free_capacity)
            for p in providers.find_providers(ctx, "44021", on, minimum)
        ]

    assert free(date(2025, 6, 30)) == [("Gentse Jobcoaching", 2, 2), ("Vlaanderen Werkt", 3, 3)]
    assert free(date(2025, 8, 1)) == [("Gentse Jobcoaching", 2, 1), ("Vlaanderen Werkt", 3, 2)]
    # 1 September–31 December: both of Gent's places taken, so Gent is left out.
    assert free(date(2025, 12, 31)) == [("Vlaanderen Werkt", 3, 2)]
    assert free(date(2026, 1, 1)) == [("Gentse Jobcoaching", 2, 1), ("Vlaanderen Werkt", 3, 2)]
    assert free(date(2026, 1, 1), 2) == [("Vlaanderen Werkt", 3, 2)]
    summary = guidance.guidance_summary(ctx, gent, date(2025, 12, 31))
    assert (summary.active, summary.free_capacity, summary.last_guided) == (2, 0, date(2025, 12, 31))


def _reminders(ctx: AppContext, on: date) -> list[tuple[str, str, str, date]]:
    return [(r.rule_id, r.organisation, r.label, r.day) for r in recognition_reminders(ctx, as_of=on)]


def test_ed8_lapse_and_ed7_end_appear_in_the_werkbak_from_assignment_data(ctx: AppContext) -> None:
    idle = _recognised(ctx, "0412.345.614", "Stille Begeleiding", ["44021"])
    stopped = _recognised(ctx, "0555.000.148", "Gestopte Coaching", ["02000"])
    busy = _recognised(ctx, "0456.789.034", "Drukke Coaching", ["40000"])
    assert idle and busy
    _assign(ctx, stopped, EMPLOYEE, "A bv", date(2025, 7, 1), end_on=date(2026, 3, 31))
    _assign(ctx, busy, EMPLOYEE_2, "B bv", date(2025, 7, 1))
    # Starts after the day asked: it does not count as guidance yet.
    _assign(ctx, idle, EMPLOYEE, "C bv", date(2027, 7, 1))

    assert _reminders(ctx, date(2027, 6, 11)) == []
    # ED-8: recognised 12 June 2025, nobody guided up to 11 June 2027 → lapsed on 12 June 2027.
    assert _reminders(ctx, date(2027, 6, 12)) == [
        ("ED-8", "Stille Begeleiding", "Verval voorgesteld", date(2027, 6, 12))
    ]
    [why] = [r.why for r in recognition_reminders(ctx, as_of=date(2027, 6, 12))]
    assert why.startswith("ED-8: sinds de erkenning op 12 juni 2025") and "vervalt op 12 juni 2027" in why
    # From 1 July 2027 the idle provider guides again (the lapse was proposed, not taken).
    assert _reminders(ctx, date(2027, 7, 1)) == []
    # The stopped one: last guided 31 March 2026 → two idle years end 31 March 2028.
    assert _reminders(ctx, date(2028, 3, 31)) == []
    assert _reminders(ctx, date(2028, 4, 1)) == [
        ("ED-8", "Gestopte Coaching", "Verval voorgesteld", date(2028, 4, 1))
    ]
    # ED-7: valid up to and including 11 June 2030; the reminder shows 90 days ahead (the setting).
    on = date(2030, 3, 13)
    ending = sorted(r for r in _reminders(ctx, on) if r[0] == "ED-7")
    assert ending == [
        ("ED-7", "Drukke Coaching", "Erkenning loopt af", date(2030, 6, 11)),
        ("ED-7", "Gestopte Coaching", "Erkenning loopt af", date(2030, 6, 11)),
        ("ED-7", "Stille Begeleiding", "Erkenning loopt af", date(2030, 6, 11)),
    ]
    assert [r for r in _reminders(ctx, date(2030, 3, 12)) if r[0] == "ED-7"] == []
    first = next(r for r in recognition_reminders(ctx, as_of=on) if r.rule_id == "ED-7")
    assert "tot en met 11 juni 2030 (nog 90 dagen)" in first.why
    assert [r[0] for r in _reminders(ctx, date(2030, 6, 12))].count("ED-7") == 3  # past, still "erkend"
    assert any(r.rule_id == "ED-7" for r in recognition_reminders(ctx, as_of=date(2030, 3, 12), lead_days=91))


def test_the_demo_has_assignments_idle_providers_and_real_free_capacity(demo_ctx: AppContext) -> None:
    today = demo_ctx.clock.today()
    with demo_ctx.uow() as uow:
        assignments = list(uow.session.scalars(select(GuidanceAssignment)))
    assert len(assignments) > 100
    assert any(a.end_on is None for a in assignments) and any(a.end_on is not None for a in assignments)
    assert all(a.employee_masked.endswith("-***.**") for a in assignments)
    lapses = [r for r in recognition_reminders(demo_ctx, as_of=today) if r.rule_id == "ED-8"]
    assert lapses and all("2 opeenvolgende jaren" in r.why for r in lapses)
    found = providers.find_providers(demo_ctx, "44021", today)
    assert any(p.free_capacity < p.capacity for p in found)
