"""Demo site visits: every type and every status, overdue follow-up actions, a conflict in the
review queue, and a ready package for the current user's visits of this week.

Made through the visit services themselves (so the demo shows what they store), on top of the
organisations and dossiers of services/demo.py, with dates relative to the context's clock.
"""

from __future__ import annotations

import random
import tempfile
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from wsedesk.models import Dossier, Organisation, User
from wsedesk.rules import visits as R
from wsedesk.rules.roles import Role
from wsedesk.services import visit_records as records
from wsedesk.services import visits as V
from wsedesk.services.visit_report import step_visit
from wsedesk.services.visit_sync import checkin, checkout, open_offline

if TYPE_CHECKING:
    from wsedesk.context import AppContext

# A tiny valid PNG (1×1, grey): a "photo" for the demo's attachments.
_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360606060000000050001a5f645400000000049454e44ae426082"
)
_NOTES = {
    "niet_in_orde": (
        "Bij het bezoek niet kunnen aantonen.",
        "Volgens de werknemer pas na drie weken opgevolgd.",
        "Document ontbreekt; de verantwoordelijke bezorgt het.",
    ),
    "niet_nagegaan": ("Verantwoordelijke afwezig.", "Geen tijd meer tijdens het bezoek."),
}


_ACTIONS = {
    "begeleiding": ("Ondertekend ondersteuningsplan bezorgen", "Weekplanning van de begeleider bezorgen"),
    "functioneel": ("Verslagen van het werkoverleg bezorgen", "Klachtenregister van dit jaar bezorgen"),
    "coachend": ("Verbeterplan na het kwaliteitsgesprek bezorgen",),
    "formeel": ("Aanwezigheidslijsten van het laatste kwartaal bezorgen", "Facturen voor de audit bezorgen"),
    "opvolgbezoek": (
        "Personeelsregister met doelgroepstatuut bezorgen",
        "Jaarrekening van vorig jaar bezorgen",
    ),
}


@dataclass(frozen=True)
class DemoVisits:
    visits: int
    conflicts: int
    package: Path | None


def _type_for(kind: str, rng: random.Random) -> str:
    if kind in ("maatwerkbedrijf", "maatwerkafdeling"):
        return "opvolgbezoek"
    return rng.choice(("begeleiding", "begeleiding", "functioneel", "coachend", "formeel"))


def _record_all(ctx: AppContext, visit_id: str, rng: random.Random, *, problems: float) -> None:
    detail = V.visit_detail(ctx, visit_id)
    for f in detail.findings:
        roll = rng.random()
        verdict = (
            "niet_in_orde" if roll < problems else ("niet_nagegaan" if roll < problems + 0.1 else "in_orde")
        )
        note = rng.choice(_NOTES[verdict]) if verdict in _NOTES else ""
        records.record_finding(ctx, visit_id, f.item_key, verdict, note, expected_version=f.version)


def generate_demo_visits(
    ctx: AppContext, *, seed: int = 2025, count: int = 30, package: Path | None = None
) -> DemoVisits:
    """Plan, record and check in demo visits; write `package` (the current user's week) if given."""
    rng = random.Random(seed)
    today = ctx.clock.today()
    with ctx.uow() as uow:
        s = uow.session
        orgs = [(str(o.id), o.kind) for o in s.scalars(select(Organisation).order_by(Organisation.name))]
        dossiers: dict[str, list[str]] = {}
        for d in s.scalars(select(Dossier).where(Dossier.closed.is_(False)).order_by(Dossier.reference)):
            dossiers.setdefault(str(d.organisation_id), []).append(str(d.id))
        visitors = [
            str(u.id)
            for u in s.scalars(select(User).where(User.active.is_(True)).order_by(User.login))
            if {Role.INSPECTEUR.value, Role.PROJECTADVISEUR.value} & set(u.roles)
        ]
    if not orgs or not visitors:
        return DemoVisits(0, 0, None)
    monday, _ = R.week_of(today)
    made: list[str] = []
    for n in range(count):
        org_id, kind = orgs[(n * 7) % len(orgs)]
        visit_type = R.VISIT_TYPES[n % len(R.VISIT_TYPES)] if n < len(R.VISIT_TYPES) else _type_for(kind, rng)
        # a third in the past (done, reported, closed), a third this week, a third ahead
        phase = n % 3
        if phase == 0:
            planned = today - timedelta(days=rng.randint(10, 120))
        elif phase == 1:
            planned = monday + timedelta(days=n % 5)
        else:
            planned = today + timedelta(days=rng.randint(8, 60))
        people = [rng.choice(visitors)]
        if phase == 1 and n % 2 == 1:
            people.append(ctx.user.id)  # "mijn bezoeken van deze week" has something to show
        own = dossiers.get(org_id, [])[:2]
        visit_id = V.plan_visit(
            ctx,
            organisation_id=org_id,
            visit_type=visit_type,
            planned_on=planned,
            visitor_ids=people,
            dossier_ids=own,
        ).visit_id
        made.append(visit_id)
        if planned >= today:
            continue
        version = V.visit_detail(ctx, visit_id).version
        step_visit(ctx, visit_id, "uitgevoerd", on=planned, expected_version=version)
        _record_all(ctx, visit_id, rng, problems=0.25)
        if own:
            overdue = rng.random() < 0.5
            records.add_action(
                ctx,
                visit_id,
                rng.choice(_ACTIONS[visit_type]),
                today + timedelta(days=rng.randint(5, 30)),
                dossier_id=own[0],
            )
            if overdue:  # an action recorded long ago and not done: overdue in the Werkbak
                _backdate_last_action(ctx, visit_id, planned)
        records.add_attachment(ctx, visit_id, "werkvloer.png", _PNG, caption="Foto van de werkvloer")
        if n % 4 != 0:
            version = V.visit_detail(ctx, visit_id).version
            ready_on = min(planned + timedelta(days=3), today)
            step_visit(ctx, visit_id, "verslag_klaar", on=ready_on, expected_version=version)
            if n % 3 == 0 and n % 2 == 0:
                version = V.visit_detail(ctx, visit_id).version
                step_visit(ctx, visit_id, "afgesloten", on=today, expected_version=version)
    conflicts = _demo_conflict(ctx, made)
    written = write_demo_package(ctx, package) if package is not None else None
    return DemoVisits(len(made), conflicts, written)


def write_demo_package(ctx: AppContext, package: Path) -> Path | None:
    """The current user's open visits of this week as a package (replacing an older demo one)."""
    mine = V.my_open_visit_ids(ctx, week_of=ctx.clock.today())
    if not mine:
        return None
    package.unlink(missing_ok=True)
    checkout(ctx, package, visit_ids=mine)
    return package


def _backdate_last_action(ctx: AppContext, visit_id: str, recorded_on: date) -> None:
    """Demo only: the action was agreed on the visit day, with a due date already past."""
    from wsedesk.models.visits import VisitAction
    from wsedesk.services.visit_terms import sync_action_term

    with ctx.uow(write=True) as uow:
        s = uow.session
        action = s.scalars(
            select(VisitAction)
            .where(VisitAction.visit_id == uuid.UUID(visit_id))
            .order_by(VisitAction.created_at.desc())
        ).first()
        if action is None:
            return
        action.recorded_on = recorded_on
        action.due_on = recorded_on + timedelta(days=7)
        sync_action_term(s, action)
        uow.commit()


def _demo_conflict(ctx: AppContext, made: list[str]) -> int:
    """One package edited offline while the office edited the same finding: an edit/edit in the queue."""
    candidates = [v for v in made if V.visit_detail(ctx, v).status == "uitgevoerd"]
    if not candidates:
        return 0
    visit_id = candidates[0]
    with tempfile.TemporaryDirectory(prefix="wsedesk-demo-") as folder:
        temp = Path(folder) / "conflict.wsebezoek"
        checkout(ctx, temp, visit_ids=[visit_id])
        laptop = open_offline(temp, settings=ctx.settings, clock=ctx.clock)
        try:
            f = V.visit_detail(laptop, visit_id).findings[0]
            records.record_finding(
                laptop,
                visit_id,
                f.item_key,
                "niet_in_orde",
                "Op de laptop: niet kunnen aantonen.",
                expected_version=f.version,
            )
        finally:
            laptop.close()
        f = V.visit_detail(ctx, visit_id).findings[0]
        records.record_finding(
            ctx,
            visit_id,
            f.item_key,
            "in_orde",
            "Op kantoor: bewijs nadien per e-mail ontvangen.",
            expected_version=f.version,
        )
        return checkin(ctx, temp).conflicts
