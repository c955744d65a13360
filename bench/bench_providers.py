"""Provider finder with real free capacity (ED-13): 2,000 recognised providers, 100,000 guidance
assignments; one municipality query at a time, SQLite and PostgreSQL (not with --quick).

The baseline, measured in the same run on the same data, is the same answer computed in Python:
the covering providers read without the count, then every assignment of those providers read and
counted in Python (what the finder would do without the SQL count).

Protocol: bench/README.md. Alone: `bench/run --only providers`.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.common import Row, Timing, measure_each, postgres_available, timed_row

PROVIDERS = 2_000
ASSIGNMENTS = 100_000
ON = date(2026, 11, 20)
GOAL_MS = 20.0
CITIES = 20  # municipalities asked, each several times


def build(
    url: str, *, providers: int = PROVIDERS, assignments: int = ASSIGNMENTS, seed: int = 11
) -> list[str]:
    """Fill an empty database; return the REFNIS codes of the municipalities to ask."""
    from sqlalchemy import insert

    from wsedesk.clock import FixedClock
    from wsedesk.models import (
        Dossier,
        GuidanceAssignment,
        Municipality,
        Organisation,
        RecognitionApplication,
        WorkingArea,
    )
    from wsedesk.rules.identifiers import make_enterprise_number
    from wsedesk.rules.municipalities import municipalities
    from wsedesk.rules.terms import recognition_end
    from wsedesk.services.session import open_context

    rng = random.Random(seed)
    flemish = municipalities(flemish_only=True)
    provinces = sorted({m.province for m in flemish if m.province})
    ctx = open_context(url, login="bench", clock=FixedClock(datetime(2026, 11, 20, 9)))
    now = datetime(2026, 11, 20, 9)
    stamp = {"version": 1, "created_at": now, "updated_at": now, "updated_by": "bench"}
    try:
        with ctx.uow(write=True) as uow:
            s = uow.session
            seats = {m.nis for m in flemish} & set(
                s.scalars(__import__("sqlalchemy").select(Municipality.nis_code))
            )
            orgs, dossiers, apps, areas = [], [], [], []
            dossier_ids = []
            for i in range(providers):
                org_id, dossier_id, app_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
                start = date(2022, 1, 3) + timedelta(days=rng.randrange(0, 4 * 365))
                seat = rng.choice(flemish).nis
                orgs.append(
                    {
                        "id": org_id,
                        "enterprise_number": make_enterprise_number(4_000_000 + i),
                        "name": f"Begeleidingsdienst {i:04d}",
                        "kind": "vzw",
                        "municipality_nis": seat if seat in seats else None,
                        "email": f"info{i}@example.be",
                        **stamp,
                    }
                )
                dossiers.append(
                    {
                        "id": dossier_id,
                        "reference": f"ED-{start.year}-{i + 1:05d}",
                        "dossier_type": "ED",
                        "status": "erkend",
                        "closed": False,
                        "organisation_id": org_id,
                        "subject": "",
                        "notes": "",
                        "submitted_on": start - timedelta(days=60),
                        "status_since": start,
                        "decided_on": start,
                        "valid_from": start,
                        "valid_until": recognition_end(start),
                        **stamp,
                    }
                )
                apps.append(
                    {
                        "id": app_id,
                        "dossier_id": dossier_id,
                        "intake_schema": "",
                        "capacity": rng.choice((10, 20, 30, 50, 80)),
                        "subcontractors_stated": True,
                        **stamp,
                    }
                )
                roll = rng.random()
                if roll < 0.15:
                    codes = {"02000"}
                elif roll < 0.5:
                    codes = set(rng.sample(provinces, rng.randint(1, 2)))
                else:
                    codes = {m.nis for m in rng.sample(flemish, rng.randint(1, 12))}
                areas += [
                    {"id": uuid.uuid4(), "application_id": app_id, "nis_code": c, **stamp} for c in codes
                ]
                dossier_ids.append((dossier_id, start))
            conn = s.connection()
            conn.execute(insert(Organisation), orgs)
            conn.execute(insert(Dossier), dossiers)
            conn.execute(insert(RecognitionApplication), apps)
            conn.execute(insert(WorkingArea), areas)
            batch: list[dict[str, Any]] = []
            for n in range(assignments):
                dossier_id, recognised = dossier_ids[n % providers]
                begin = recognised + timedelta(days=rng.randrange(0, max(1, (ON - recognised).days + 200)))
                end = begin + timedelta(days=rng.randrange(30, 900)) if rng.random() < 0.7 else None
                digits = f"{rng.randrange(10**10):010d}"
                batch.append(
                    {
                        "id": uuid.uuid4(),
                        "dossier_id": dossier_id,
                        "employee_national_number": "9" + digits,
                        "employee_masked": f"9{digits[0]}.{digits[1:3]}.{digits[3:5]}-***.**",
                        "employer_name": f"Werkgever {n % 5000}",
                        "employer_enterprise_number": None,
                        "start_on": begin,
                        "end_on": end,
                        "premium_changes": [],
                        **stamp,
                    }
                )
                if len(batch) == 10_000:
                    conn.execute(insert(GuidanceAssignment), batch)
                    batch.clear()
            if batch:
                conn.execute(insert(GuidanceAssignment), batch)
            uow.commit()
        with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # Fresh statistics (and on PostgreSQL the visibility map autovacuum would have made).
            conn.exec_driver_sql("ANALYZE" if conn.dialect.name == "sqlite" else "VACUUM ANALYZE")
    finally:
        ctx.close()
    asked = rng.sample([m.nis for m in flemish], CITIES)
    return asked


def python_free_capacity(ctx: Any, nis: str, on: date) -> list[tuple[str, int]]:
    """The baseline: covering providers from SQL, their assignments counted in Python."""
    from sqlalchemy import select

    from wsedesk.models import Dossier, GuidanceAssignment, RecognitionApplication, WorkingArea
    from wsedesk.rules.quality_reference import FLANDERS_REGION
    from wsedesk.services.providers import resolve_municipality

    muni = resolve_municipality(nis)
    codes = [muni.nis, FLANDERS_REGION] + ([muni.province] if muni.province else [])
    with ctx.uow() as uow:
        s = uow.session
        rows = s.execute(
            select(Dossier.id, RecognitionApplication.capacity)
            .join(RecognitionApplication, RecognitionApplication.dossier_id == Dossier.id)
            .join(WorkingArea, WorkingArea.application_id == RecognitionApplication.id)
            .where(
                Dossier.dossier_type == "ED",
                Dossier.status == "erkend",
                Dossier.valid_from <= on,
                Dossier.valid_until >= on,
                WorkingArea.nis_code.in_(codes),
            )
            .distinct()
        ).all()
        capacity = {r[0]: r[1] for r in rows}
        active = dict.fromkeys(capacity, 0)
        ids = list(capacity)
        for start in range(0, len(ids), 500):
            for dossier_id, begin, end in s.execute(
                select(
                    GuidanceAssignment.dossier_id, GuidanceAssignment.start_on, GuidanceAssignment.end_on
                ).where(GuidanceAssignment.dossier_id.in_(ids[start : start + 500]))
            ):
                if begin <= on and (end is None or end >= on):
                    active[dossier_id] += 1
    return sorted((str(d), capacity[d] - active[d]) for d in capacity if capacity[d] - active[d] >= 1)


def measure_backend(url: str, cities: list[str], runs: int) -> tuple[Timing, Timing, int]:
    from wsedesk.services.providers import find_providers
    from wsedesk.services.session import open_context

    ctx = open_context(url, login="bench")
    try:
        # Same answer both ways before anything is timed.
        for nis in cities:
            ours = sorted((p.dossier_id, p.free_capacity) for p in find_providers(ctx, nis, ON))
            assert ours == python_free_capacity(ctx, nis, ON), f"SQL and Python disagree for {nis}"
        found = sum(len(find_providers(ctx, nis, ON)) for nis in cities) // len(cities)
        # Three untimed queries warm the caches (reference data, statements).
        sql, _ = measure_each(lambda nis: find_providers(ctx, nis, ON), cities, runs, warm=3)
        python, _ = measure_each(lambda nis: python_free_capacity(ctx, nis, ON), cities, runs, warm=3)
    finally:
        ctx.close()
    return sql, python, found


def _row(backend: str, sql: Timing, python: Timing, found: int) -> Row:
    return timed_row(
        f"provider finder with free capacity, {PROVIDERS:,} providers, {ASSIGNMENTS:,} assignments, {backend}",
        sql,
        baseline="covering providers from SQL, assignments counted in Python",
        base=python,
        goal=f"≤ {GOAL_MS:g} ms per municipality query",
        at_most=GOAL_MS,
        note=f"per query over {CITIES} municipalities × runs ({sql.runs} queries), ~{found} providers each",
    )


def rows(quick: bool, workdir: Path) -> list[Row]:
    runs = 2 if quick else 5
    out: list[Row] = []
    path = workdir / "providers.sqlite"
    print("  building the SQLite providers database", flush=True)
    cities = build(f"sqlite:///{path}")
    out.append(_row("SQLite", *measure_backend(f"sqlite:///{path}", cities, runs)))
    if not quick and postgres_available():
        import tempfile

        from tests.pg.server import PostgresServer, find_postgres_bin

        server = PostgresServer(find_postgres_bin(), Path(tempfile.mkdtemp(prefix="wsedesk-bench-pg-")))
        server.start()
        try:
            url = server.create_database("providers")
            print("  building the PostgreSQL providers database", flush=True)
            pg_cities = build(url)
            out.append(_row("PostgreSQL", *measure_backend(url, pg_cities, runs)))
        finally:
            server.stop()
    return out
