"""`bench/run`: discover bench/bench_*.py, run each in a process of its own, print one table.

    bench/run                       every module, demo files of 10k and 100k dossiers
    bench/run --quick               about a minute: fewer runs, 10k only
    bench/run --only reports        one module (repeatable; the part after `bench_`)
    bench/run --dossiers 100000     choose the demo sizes (comma-separated)

The table is printed and written as Markdown to bench/out/bench-<time>.md (and bench/out/latest.md).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import OUT, ROOT, Row, bench_xdg, dossier_sizes, sqlite_demo

HEADERS = ("work", "ours (median / worst)", "baseline, same run (median / worst)", "ratio", "goal", "met")


def discover() -> list[str]:
    """Topics of every bench/bench_<topic>.py, sorted."""
    return sorted(p.stem.removeprefix("bench_") for p in (ROOT / "bench").glob("bench_*.py"))


def fmt(value: float | None) -> str:
    if value is None:
        return "–"
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    if magnitude >= 1:
        return f"{value:.2f}"
    return f"{value:.3g}"


def cells(row: Row) -> tuple[str, ...]:
    ours = "–" if row.ours is None else f"{fmt(row.ours)} {row.unit}"
    if row.ours_worst is not None and row.ours is not None and row.ours_worst != row.ours:
        ours += f" / {fmt(row.ours_worst)}"
    base = row.baseline or "–"
    if row.base is not None:
        base += f": {fmt(row.base)} {row.unit}"
        if row.base_worst is not None and row.base_worst != row.base:
            base += f" / {fmt(row.base_worst)}"
    ratio = row.ratio
    if ratio is None:
        ratio_text = "–"
    elif ratio < 1:
        ratio_text = f"{ratio:.2f}× ({1 / ratio:.1f}× less)"
    else:
        ratio_text = f"{ratio:.2f}×"
    met = {True: "yes", False: "**NO**", None: "–"}[row.met]
    work = row.work + (f" — {row.note}" if row.note else "")
    return (work, ours, base, ratio_text, row.goal or "–", met)


def markdown(rows: list[Row]) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|")

    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    topic = None
    for row in rows:
        if row.topic != topic:
            topic = row.topic
            lines.append(f"| **{topic}** |" + " |" * (len(HEADERS) - 1))
        lines.append("| " + " | ".join(esc(c) for c in cells(row)) + " |")
    return "\n".join(lines)


def plain(rows: list[Row]) -> str:
    table = [HEADERS, *(cells(r) for r in rows)]
    widths = [min(max(len(r[i]) for r in table), 70 if i == 0 else 48) for i in range(len(HEADERS))]

    def line(r: tuple[str, ...]) -> str:
        return "  ".join(
            (c if len(c) <= w else c[: w - 1] + "…").ljust(w) for c, w in zip(r, widths, strict=True)
        )

    out = [line(HEADERS), "  ".join("-" * w for w in widths)]
    topic = None
    for row, text in zip(rows, table[1:], strict=True):
        if row.topic != topic:
            topic = row.topic
            out.append(f"[{topic}]")
        out.append(line(text))
    return "\n".join(out)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem_kb = next(
            int(x.split()[1])
            for x in Path("/proc/meminfo").read_text().splitlines()
            if x.startswith("MemTotal")
        )
        memory = f"{mem_kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration):
        memory = "RAM unknown"
    os_name = platform.platform(terse=True)
    return f"{cpu}, {os.cpu_count()} cores, {memory}; {os_name}; Python {platform.python_version()}"


def git_commit() -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def run_child(topic: str, quick: bool, workdir: Path, env: dict[str, str]) -> list[Row]:
    """Run one module in a fresh interpreter; a crash becomes a failed row, never a lost table."""
    result = workdir / f"{topic}.json"
    cmd = [sys.executable, "-m", "bench.runner", "--child", topic, "--workdir", str(workdir)]
    if quick:
        cmd.append("--quick")
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0 or not result.exists():
        tail = [x for x in proc.stderr.strip().splitlines() if x.strip()][-1:] or ["no output"]
        sys.stderr.write(proc.stderr[-4000:])
        return [
            Row(
                work=f"bench_{topic}.py",
                ours=None,
                unit="",
                met=False,
                note=f"failed: {tail[0]}",
                topic=topic,
            )
        ]
    rows = [Row.from_json(r) for r in json.loads(result.read_text())]
    for r in rows:
        r.topic = topic
    print(f"  bench_{topic}: {len(rows)} rows in {elapsed:.0f} s", flush=True)
    return rows


def child(topic: str, quick: bool, workdir: Path) -> int:
    module = importlib.import_module(f"bench.bench_{topic}")
    rows = module.rows(quick, workdir)
    if not all(isinstance(r, Row) for r in rows):
        raise TypeError(f"bench_{topic}.rows() must return a list of bench.common.Row")
    (workdir / f"{topic}.json").write_text(json.dumps([r.to_json() for r in rows], indent=1))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="bench/run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer runs and 10k dossiers only (~1 minute)")
    parser.add_argument(
        "--only", action="append", metavar="TOPIC", help="run bench_TOPIC.py only (repeatable)"
    )
    parser.add_argument(
        "--dossiers", metavar="N[,N…]", help="demo sizes (default 10000,100000; --quick 10000)"
    )
    parser.add_argument("--no-pg", action="store_true", help="skip the PostgreSQL rows")
    parser.add_argument("--out", type=Path, help="write the Markdown table here as well")
    parser.add_argument("--list", action="store_true", help="list the modules and stop")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        return child(args.child, args.quick, args.workdir)

    topics = discover()
    if args.list:
        print("\n".join(topics))
        return 0
    if args.only:
        unknown = sorted(set(args.only) - set(topics))
        if unknown:
            parser.error(f"no bench module for {', '.join(unknown)} (have: {', '.join(topics)})")
        topics = [t for t in topics if t in args.only]

    os.environ.update(bench_xdg())  # this process and every module: never the user's own settings or keys
    env = dict(os.environ)
    if args.dossiers:
        env["WSEDESK_BENCH_DOSSIERS"] = args.dossiers
        os.environ["WSEDESK_BENCH_DOSSIERS"] = args.dossiers
    if args.no_pg:
        env["WSEDESK_BENCH_NO_PG"] = "1"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    sizes = dossier_sizes(args.quick)
    env["WSEDESK_BENCH_DOSSIERS"] = ",".join(str(n) for n in sizes)

    started_at = datetime.now().astimezone()
    load_before = os.getloadavg()
    print(f"bench/run: {', '.join(topics)}; demo sizes {', '.join(f'{n:,}' for n in sizes)}", flush=True)
    for n in sizes:  # built once and cached (bench/out), before any module times anything
        sqlite_demo(n)

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="wsedesk-bench-") as tmp:
        for topic in topics:
            workdir = Path(tmp) / topic
            workdir.mkdir()
            print(f"- bench_{topic} …", flush=True)
            rows.extend(run_child(topic, args.quick, workdir, env))
    load_after = os.getloadavg()

    command = "bench/run" + "".join(
        f" {shlex.quote(a)}" for a in (argv if argv is not None else sys.argv[1:])
    )
    header = (
        f"`{command}` — {started_at:%Y-%m-%d %H:%M %Z}, commit {git_commit()}\n\n"
        f"Machine: {machine()}. Load average 1 min: {load_before[0]:.2f} before, {load_after[0]:.2f} after "
        f"(a shared machine: medians over several runs, worst case beside them).\n"
        f"Demo files: {', '.join(f'{n:,}' for n in sizes)} dossiers (seed 1). "
        f"ratio = ours ÷ baseline.\n"
    )
    met = sum(r.met is True for r in rows)
    missed = [r for r in rows if r.met is False]
    summary = f"{met} met, {len(missed)} missed, {sum(r.met is None for r in rows)} without a goal."
    text_md = f"{header}\n{markdown(rows)}\n\n{summary}\n"
    if missed:
        text_md += "\nMissed: " + "; ".join(f"{r.topic}: {r.work}" for r in missed) + "\n"
    print()
    print(plain(rows))
    print()
    print(summary)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"bench-{started_at:%Y%m%d-%H%M%S}.md"
    target.write_text(text_md)
    (OUT / "latest.md").write_text(text_md)
    if args.out:
        args.out.write_text(text_md)
    print(f"Markdown: {target}")
    return 1 if any(r.note.startswith("failed:") for r in rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())
