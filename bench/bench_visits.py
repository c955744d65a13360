"""Visit packages: check-out and check-in of 500 dossiers with 200 records changed on the laptop.

Run: .venv/bin/python bench/bench_visits.py [--quick]
Each measured operation runs in a fresh child process (`--child …`), so its peak memory is the
child's own peak resident set (VmHWM), interpreter and libraries included; the time is
measured inside the child around the operation only. Medians over several runs. The baseline in
the same run is the naive way: copy the whole central database to the laptop, and on return
overwrite every table of the central database with the laptop's copy.
Goal (issue #10): ≤ 3 s each at ≤ 200 MB peak on SQLite.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import Row  # noqa: E402

TARGET_DOSSIERS = 500
CHANGES = 200
NOW = datetime(2025, 6, 16, 9, 30)


# --- the setup (not measured) ------------------------------------------------------------------------


def prepare(workdir: Path) -> tuple[Path, list[str], Path]:
    """A central SQLite database with visits covering ~500 dossiers, and a package with 200 changes.

    Returns (central file, visit ids, package file with the laptop's changes).
    """
    from sqlalchemy import func, select

    from wsedesk.clock import FixedClock
    from wsedesk.models import Dossier, Organisation
    from wsedesk.services import visit_records as records
    from wsedesk.services import visits as V
    from wsedesk.services.demo import generate_demo
    from wsedesk.services.session import open_context
    from wsedesk.services.visit_sync import checkout, open_offline

    workdir.mkdir(parents=True, exist_ok=True)
    central = workdir / "central.sqlite"
    package = workdir / "changed.wsebezoek"
    ids_file = workdir / "visits.json"
    if central.exists() and package.exists() and ids_file.exists():
        return central, json.loads(ids_file.read_text()), package
    for leftover in workdir.glob("*"):
        leftover.unlink()
    clock = FixedClock(NOW)
    ctx = open_context(f"sqlite:///{central}", clock=clock, login="bench")
    try:
        generate_demo(ctx, dossiers=6000, seed=1)
        with ctx.uow() as uow:
            per_org = uow.session.execute(
                select(Organisation.id, func.count(Dossier.id))
                .join(Dossier, Dossier.organisation_id == Organisation.id)
                .group_by(Organisation.id)
                .order_by(Organisation.name)
            ).all()
        chosen, total = [], 0
        for org_id, n in per_org:
            if total >= TARGET_DOSSIERS:
                break
            chosen.append(str(org_id))
            total += int(n)
        visits = []
        for i, org_id in enumerate(chosen):
            visit_id = V.plan_visit(
                ctx, organisation_id=org_id, visit_type="begeleiding", planned_on=date(2025, 6, 16 + i % 5)
            ).visit_id
            for f in V.visit_detail(ctx, visit_id).findings[:4]:
                records.record_finding(ctx, visit_id, f.item_key, "in_orde", expected_version=f.version)
            visits.append(visit_id)
        checkout(ctx, package, visit_ids=visits)
    finally:
        ctx.close()
    laptop = open_offline(package, clock=clock)
    try:
        changed = 0
        for visit_id in visits:
            for f in V.visit_detail(laptop, visit_id).findings:
                if changed >= CHANGES:
                    break
                verdict = "niet_in_orde" if f.verdict == "in_orde" else "in_orde"
                records.record_finding(
                    laptop, visit_id, f.item_key, verdict, "op de laptop", expected_version=f.version
                )
                changed += 1
    finally:
        laptop.close()
    # The baseline's laptop: a copy of the whole database with the same number of edits.
    naive = workdir / "naive-laptop.sqlite"
    shutil.copyfile(central, naive)
    con = sqlite3.connect(naive)
    con.execute(
        "UPDATE visit_findings SET verdict = 'niet_in_orde', note = 'op de laptop', version = version + 1 "
        "WHERE id IN (SELECT id FROM visit_findings ORDER BY id LIMIT ?)",
        (CHANGES,),
    )
    con.commit()
    con.close()
    ids_file.write_text(json.dumps(visits))
    print(f"  (prepared {total} dossiers in {len(visits)} visits, {changed} laptop changes)")
    return central, visits, package


# --- what a child process measures ------------------------------------------------------------------------


def child(op: str, central: str, package: str, visits: str) -> dict[str, Any]:
    if op == "naive-checkout":
        t = time.perf_counter()
        src, dst = sqlite3.connect(central), sqlite3.connect(package)
        src.backup(dst)
        src.close()
        dst.close()
        return {"seconds": time.perf_counter() - t}
    if op == "naive-checkin":
        t = time.perf_counter()
        con = sqlite3.connect(central, isolation_level=None)
        con.execute("PRAGMA foreign_keys = OFF")
        con.execute("ATTACH DATABASE ? AS laptop", (package,))
        con.execute("BEGIN IMMEDIATE")
        tables = [r[0] for r in con.execute("SELECT name FROM laptop.sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table.startswith("sqlite_") or table in ("audit_log", "audit_head", "alembic_version"):
                continue
            con.execute(f'DELETE FROM main."{table}"')
            con.execute(f'INSERT INTO main."{table}" SELECT * FROM laptop."{table}"')
        con.execute("COMMIT")
        con.close()
        return {"seconds": time.perf_counter() - t}
    from wsedesk.clock import FixedClock
    from wsedesk.services.session import open_context
    from wsedesk.services.visit_sync import checkin, checkout

    ctx = open_context(f"sqlite:///{central}", clock=FixedClock(NOW), login="bench")
    try:
        t = time.perf_counter()
        if op == "checkout":
            result: Any = checkout(ctx, Path(package), visit_ids=json.loads(Path(visits).read_text()))
            extra = {"dossiers": result.dossiers, "visits": result.visits}
        else:
            result = checkin(ctx, Path(package))
            extra = {"merged": result.merged, "conflicts": result.conflicts}
        return {"seconds": time.perf_counter() - t, **extra}
    finally:
        ctx.close()


def _peak_mb() -> float:
    """This process's peak resident memory since its exec (VmHWM; ru_maxrss would include the
    parent's memory at fork time)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_child(op: str, central: Path, package: Path, visits: Path) -> tuple[dict[str, Any], float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", op, str(central), str(package), str(visits)],
        capture_output=True,
        cwd=ROOT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"child {op} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    out = json.loads(done.stdout.decode().strip().splitlines()[-1])
    return out, out.pop("peak_mb")


def measure(workdir: Path, runs: int) -> list[dict[str, Any]]:
    central, _, changed = prepare(workdir / "setup")
    visits = workdir / "setup" / "visits.json"
    results: list[dict[str, Any]] = []
    for op, label in (
        ("checkout", "check-out, 500 dossiers (WSE Desk)"),
        ("naive-checkout", "check-out, baseline: copy the whole database"),
        ("checkin", f"check-in, {CHANGES} changes (WSE Desk)"),
        ("naive-checkin", "check-in, baseline: overwrite every table"),
    ):
        seconds, peaks, info = [], [], {}
        for run in range(runs):
            scratch = workdir / f"{op}-{run}"
            shutil.rmtree(scratch, ignore_errors=True)
            scratch.mkdir(parents=True)
            db, pkg = scratch / "central.sqlite", scratch / "laptop.wsebezoek"
            shutil.copyfile(central, db)
            if op == "checkin":
                shutil.copyfile(changed, pkg)
            elif op == "naive-checkin":
                shutil.copyfile(workdir / "setup" / "naive-laptop.sqlite", pkg)
            out, peak = _run_child(op, db, pkg, visits)
            seconds.append(out.pop("seconds"))
            peaks.append(peak)
            info = out
            shutil.rmtree(scratch, ignore_errors=True)
        results.append(
            {
                "name": label,
                "median_s": statistics.median(seconds),
                "worst_s": max(seconds),
                "peak_mb": max(peaks),
                "runs": runs,
                **info,
            }
        )
    return results


def rows(quick: bool, workdir: Path) -> list[Row]:
    """The bench/run protocol: check-out and check-in against the naive way, and their peak memory."""
    by_op = dict(
        zip(
            ("checkout", "naive-checkout", "checkin", "naive-checkin"),
            measure(workdir, 2 if quick else 5),
            strict=True,
        )
    )
    out: list[Row] = []
    for op, naive, work in (
        ("checkout", "naive-checkout", f"visit package check-out, {TARGET_DOSSIERS} dossiers (SQLite)"),
        ("checkin", "naive-checkin", f"visit package check-in, {CHANGES} laptop changes (SQLite)"),
    ):
        ours, base = by_op[op], by_op[naive]
        out.append(
            Row(
                work,
                ours["median_s"],
                "s",
                ours_worst=ours["worst_s"],
                baseline=base["name"].split("baseline: ", 1)[-1],
                base=base["median_s"],
                base_worst=base["worst_s"],
                goal="≤ 3 s",
                met=ours["median_s"] <= 3,
                note=f"median of {ours['runs']}, each in a fresh process",
            )
        )
        out.append(
            Row(
                f"{work}: peak memory",
                ours["peak_mb"],
                "MB",
                baseline=base["name"].split("baseline: ", 1)[-1],
                base=base["peak_mb"],
                goal="≤ 200 MB",
                met=ours["peak_mb"] <= 200,
                note="the child process's VmHWM, interpreter included",
            )
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="2 runs instead of 5")
    parser.add_argument("--workdir", type=Path, default=ROOT / "bench" / "out" / "visits")
    parser.add_argument(
        "--child", nargs=4, metavar=("OP", "CENTRAL", "PACKAGE", "VISITS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        out = child(*args.child)
        out["peak_mb"] = _peak_mb()
        print(json.dumps(out))
        return
    print(f"Visit packages (SQLite, {TARGET_DOSSIERS} dossiers, {CHANGES} changes on the laptop)")
    for r in measure(args.workdir, 2 if args.quick else 5):
        extra = ", ".join(
            f"{k} {v}" for k, v in r.items() if k not in ("name", "median_s", "worst_s", "peak_mb", "runs")
        )
        print(
            f"  {r['name']:<48} median {r['median_s']:.2f} s (worst {r['worst_s']:.2f} s, {r['runs']} runs), "
            f"peak {r['peak_mb']:.0f} MB{'  [' + extra + ']' if extra else ''}"
        )


if __name__ == "__main__":
    main()
