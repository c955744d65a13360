"""Demo data: deterministic, realistic, every dossier type in every state."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select

from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.models import Dossier, DossierEvent, Municipality, Organisation, User
from wsedesk.rules.identifiers import normalise_enterprise_number
from wsedesk.rules.workflows import WORKFLOWS
from wsedesk.services.demo import generate_demo
from wsedesk.services.session import open_context


@contextmanager
def demo_context(path: Path, clock: FixedClock, *, dossiers: int, seed: int) -> Iterator[AppContext]:
    """A new SQLite database at `path` filled with demo data, open as tester until the block ends."""
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    try:
        generate_demo(ctx, dossiers=dossiers, seed=seed)
        yield ctx
    finally:
        ctx.close()


def _fingerprint(ctx: AppContext) -> list[tuple[str, ...]]:
    with ctx.uow() as uow:
        rows = uow.session.execute(
            select(
                Dossier.reference,
                Dossier.status,
                Organisation.name,
                Organisation.enterprise_number,
                Dossier.submitted_on,
            )
            .join(Organisation)
            .order_by(Dossier.reference)
        )
        return [tuple(str(v) for v in r) for r in rows]


def test_same_seed_same_data(tmp_path: Path, clock: FixedClock) -> None:
    prints = []
    for name in ("a", "b"):
        with demo_context(tmp_path / f"{name}.sqlite", clock, dossiers=500, seed=11) as ctx:
            prints.append(_fingerprint(ctx))
    assert prints[0] == prints[1]
    with demo_context(tmp_path / "c.sqlite", clock, dossiers=500, seed=12) as ctx:
        assert _fingerprint(ctx) != prints[0]


def test_demo_is_realistic_and_covers_every_state(demo_ctx: AppContext) -> None:
    with demo_ctx.uow() as uow:
        s = uow.session
        numbers = list(s.scalars(select(Organisation.enterprise_number)))
        assert all(normalise_enterprise_number(n) == n for n in numbers)
        assert len(set(numbers)) == len(numbers)
        kinds = set(s.scalars(select(Organisation.kind).distinct()))
        assert kinds == {
            "gtb",
            "gob",
            "maatwerkbedrijf",
            "maatwerkafdeling",
            "lde",
            "lokaal_bestuur",
            "vzw",
            "bedrijf",
        }
        regions = set(
            s.scalars(
                select(Municipality.region_code)
                .distinct()
                .join(Organisation, Organisation.municipality_nis == Municipality.nis_code)
            )
        )
        assert regions == {"02000"}  # Flemish municipalities only
        provinces = set(
            s.scalars(
                select(Municipality.province_name)
                .distinct()
                .join(Organisation, Organisation.municipality_nis == Municipality.nis_code)
            )
        )
        assert len(provinces) == 5
        seen = set(s.execute(select(Dossier.dossier_type, Dossier.status).distinct()).all())
        expected = {(wf.dossier_type.value, st.code) for wf in WORKFLOWS.values() for st in wf.statuses}
        assert expected <= seen, f"states never reached: {sorted(expected - seen)}"
        # Events are plausible: none before the dossier's submission, none in the future.
        bad = s.execute(
            select(func.count())
            .select_from(DossierEvent)
            .join(Dossier)
            .where(
                (DossierEvent.occurred_on < Dossier.submitted_on)
                | (DossierEvent.occurred_on > demo_ctx.clock.today())
            )
        ).scalar_one()
        assert bad == 0
        assert s.execute(select(func.count()).select_from(User)).scalar_one() >= 10
        refs = list(s.scalars(select(Dossier.reference).limit(50)))
        assert all(r[:2] in {"QR", "ED", "MW", "DV"} and len(r) == len("ED-2025-00042") for r in refs)


def test_an_awarded_tender_partner_is_decided_the_day_of_its_award(demo_ctx: AppContext) -> None:
    """The award (TW-1) is the tender dossier's decision: its date is the `gunnen` step's, so a
    `gunning` letter dated by default (the status's date) says the day it was decided."""
    with demo_ctx.uow() as uow:
        awards = uow.session.execute(
            select(Dossier.status, Dossier.status_since, Dossier.decided_on, DossierEvent.occurred_on)
            .join(DossierEvent, DossierEvent.dossier_id == Dossier.id)
            .where(Dossier.dossier_type == "TW", DossierEvent.kind == "gunnen")
        ).all()
    assert awards
    assert [decided for _, _, decided, _ in awards] == [awarded for _, _, _, awarded in awards]
    assert all(since == decided for status, since, decided, _ in awards if status == "gegund")
