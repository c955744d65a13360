"""The benchmark protocol: `Row`, timing and memory helpers, and the cached demo databases.

Every `bench/bench_<topic>.py` exports ``rows(quick: bool, workdir: Path) -> list[Row]``;
`bench/run` discovers them, runs each in a process of its own and prints one table
(see bench/README.md).
"""

from __future__ import annotations

import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

T = TypeVar("T")

# The demo databases are generated on a fixed day so that every run counts terms from the same data.
DEMO_TODAY = date(2026, 11, 20)
DEMO_SEED = 1
DEFAULT_SIZES = (10_000, 100_000)
QUICK_SIZES = (10_000,)


@dataclass
class Row:
    """One line of the table: our figure against a baseline measured in the same run, and the goal.

    ``ours``/``base`` are medians, ``ours_worst``/``base_worst`` the worst run, all in ``unit``.
    ``met`` is None when the row has no goal (or could not be judged); ``note`` says why or how.
    """

    work: str
    ours: float | None
    unit: str
    ours_worst: float | None = None
    baseline: str = ""
    base: float | None = None
    base_worst: float | None = None
    goal: str = ""
    met: bool | None = None
    note: str = ""
    topic: str = field(default="", compare=False)

    @property
    def ratio(self) -> float | None:
        """ours ÷ baseline (below 1: ours is faster or smaller)."""
        if self.ours is None or not self.base:
            return None
        return self.ours / self.base

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Row:
        return cls(**data)


@dataclass(frozen=True)
class Timing:
    """Median and worst of several runs, in milliseconds."""

    median: float
    worst: float
    runs: int

    @property
    def seconds(self) -> Timing:
        return Timing(self.median / 1000, self.worst / 1000, self.runs)


def measure(
    fn: Callable[[], object],
    runs: int = 7,
    warmup: int = 1,
    *,
    before: Callable[[], object] | None = None,
) -> Timing:
    """Run `fn` `warmup` times untimed, then `runs` times; `before` (untimed) resets state each run."""
    for _ in range(warmup):
        if before is not None:
            before()
        fn()
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return Timing(statistics.median(times), max(times), runs)


def measure_each(
    fn: Callable[[T], object], inputs: Sequence[T], runs: int, *, warm: int | None = None
) -> tuple[Timing, T]:
    """`fn` on every input, `runs` rounds over them all, each call timed; first one untimed call on
    each of the first `warm` inputs (all of them if None). Also the input of the slowest call."""
    for item in inputs[:warm]:
        fn(item)
    times: list[tuple[float, int]] = []
    for _ in range(runs):
        for i, item in enumerate(inputs):
            started = time.perf_counter()
            fn(item)
            times.append(((time.perf_counter() - started) * 1000, i))
    worst, slowest = max(times)
    return Timing(statistics.median(t for t, _ in times), worst, len(times)), inputs[slowest]


def median_ms(fn: Callable[[], object], runs: int = 7, warmup: int = 1) -> float:
    return measure(fn, runs, warmup).median


def timed_row(
    work: str,
    ours: Timing,
    *,
    unit: str = "ms",
    baseline: str = "",
    base: Timing | None = None,
    goal: str = "",
    at_most: float | None = None,
    faster_by: float | None = None,
    note: str = "",
) -> Row:
    """A Row from timings; met when the median is ≤ `at_most` and/or ≥ `faster_by`× faster than the baseline.

    Times are converted to `unit` ("ms" or "s"). With neither limit the row has no verdict.
    """
    scale = 1000.0 if unit == "s" else 1.0
    row = Row(
        work=work,
        ours=ours.median / scale,
        ours_worst=ours.worst / scale,
        unit=unit,
        baseline=baseline,
        base=base.median / scale if base else None,
        base_worst=base.worst / scale if base else None,
        goal=goal,
        note=note or f"median of {ours.runs}",
    )
    verdicts = []
    if at_most is not None and row.ours is not None:
        verdicts.append(row.ours <= at_most)
    if faster_by is not None and row.ratio is not None:
        verdicts.append(row.ratio <= 1 / faster_by)
    row.met = all(verdicts) if verdicts else None
    return row


# --- memory of a whole process tree -------------------------------------------------------------


def _proc_kb(pid: int, file: str, field: str) -> int | None:
    """The `field:` line of /proc/<pid>/<file> in kB; None where the process or the file is gone."""
    try:
        with open(f"/proc/{pid}/{file}") as f:
            for line in f:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return None


def _rss_kb(pid: int) -> int:
    return _proc_kb(pid, "status", "VmRSS") or 0


def _pss_kb(pid: int) -> int:
    """Proportional set size: each shared page counted once over the processes sharing it."""
    pss = _proc_kb(pid, "smaps_rollup", "Pss")
    return _rss_kb(pid) if pss is None else pss


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                stat = f.read()
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
        # pid (comm) state ppid …: comm may hold spaces and parentheses, so split after the last ')'.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _children_of(pid: int) -> list[int] | None:
    """Direct children from /proc/PID/task/*/children (a few reads); None where the kernel lacks them."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []  # the process has gone
    found: list[int] = []
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                found.extend(int(c) for c in f.read().split())
        except FileNotFoundError:
            if os.path.isdir(f"/proc/{pid}/task/{tid}"):
                return None  # the thread is there, its children file is not: scan instead
        except OSError:
            continue
    return found


def tree_pids(pid: int | None = None) -> list[int]:
    """`pid` (default: this process) and all its descendants."""
    root = pid or os.getpid()
    children: dict[int, list[int]] | None = None
    found, todo = [], [root]
    while todo:
        p = todo.pop()
        found.append(p)
        direct = _children_of(p) if children is None else None
        if direct is None:
            if children is None:
                children = _children_map()  # no children files: scan every process once
            direct = children.get(p, [])
        todo.extend(direct)
    return found


def tree_rss_mb(pid: int | None = None) -> float:
    """Resident memory of a process and all its descendants (workers included), in MB."""
    return sum(_rss_kb(p) for p in tree_pids(pid)) / 1024


class PeakMemory:
    """Samples the summed RSS of this process tree every `interval` seconds while active.

    ``peak_mb`` is the highest sum seen (every process counted, workers included); ``start_mb``
    what the tree held before; ``per_process`` each process's own peak (pid → MB) and
    ``breakdown()`` says it in words. Sampling can miss a spike shorter than the interval.

    ``peak_pss_mb`` is the same with each process's proportional set size (PSS): a page shared
    by several processes (the forkserver's preloaded modules in every worker, a parent's pages in
    a child forked for a moment before it execs a helper) counted once in all, not once per
    process as the RSS sum does.

    The sampler runs in a process of its own (`python -m bench.common --sample PID`), left out
    of the sum: a sampling thread inside the measured process took the GIL some 260 times per
    sample (one /proc read each) and, against a busy thread, slowed a report import 2.5-fold.
    """

    def __init__(self, pid: int | None = None, interval: float = 0.02) -> None:
        self.pid = pid or os.getpid()
        self.interval = interval
        self.start_mb = 0.0
        self.peak_mb = 0.0
        self.peak_pss_mb = 0.0
        self.samples = 0
        self.per_process: dict[int, float] = {}
        self._sampler: subprocess.Popen[str] | None = None

    def breakdown(self) -> str:
        """ "this process 110 MB + 4 others (35, 35, 27, 13 MB)": each one's own peak."""
        own = self.per_process.get(self.pid, 0.0)
        others = sorted((mb for pid, mb in self.per_process.items() if pid != self.pid), reverse=True)
        text = f"this process {own:.0f} MB"
        if others:
            text += f" + {len(others)} others ({', '.join(f'{mb:.0f}' for mb in others[:6])} MB)"
        return text

    def __enter__(self) -> PeakMemory:
        self.start_mb = self.peak_mb = tree_rss_mb(self.pid)
        self.per_process = {}
        self._sampler = subprocess.Popen(
            [sys.executable, "-m", "bench.common", "--sample", str(self.pid), str(self.interval)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert self._sampler.stdout is not None
        self._sampler.stdout.readline()  # "ready": sampling has begun
        return self

    def __exit__(self, *exc: object) -> None:
        sampler, self._sampler = self._sampler, None
        assert sampler is not None
        out, _ = sampler.communicate("stop\n", timeout=60)
        result = json.loads(out.strip().splitlines()[-1])
        self.peak_mb = max(self.start_mb, float(result["peak_mb"]))
        self.peak_pss_mb = float(result["peak_pss_mb"])
        self.samples = int(result["samples"])
        self.per_process = {int(k): float(v) for k, v in result["per_process"].items()}


def _sample_until_told(pid: int, interval: float) -> None:
    """The sampler process: sum the RSS of `pid`'s tree (itself left out) until a line on stdin."""
    import select

    me = os.getpid()
    peak, peak_pss, samples, per_process = 0.0, 0.0, 0, {}
    print("ready", flush=True)
    while True:
        total = total_pss = 0.0
        for p in tree_pids(pid):
            if p == me:
                continue
            mb = _rss_kb(p) / 1024
            total += mb
            total_pss += _pss_kb(p) / 1024
            if mb:
                per_process[p] = max(per_process.get(p, 0.0), mb)
        peak, peak_pss, samples = max(peak, total), max(peak_pss, total_pss), samples + 1
        if select.select([sys.stdin], [], [], interval)[0]:
            break
    result = {"peak_mb": peak, "peak_pss_mb": peak_pss, "samples": samples, "per_process": per_process}
    print(json.dumps(result), flush=True)


# --- the demo databases -------------------------------------------------------------------------


def dossier_sizes(quick: bool = False) -> tuple[int, ...]:
    """The demo sizes this run uses (`bench/run --dossiers`), smallest first."""
    chosen = os.environ.get("WSEDESK_BENCH_DOSSIERS")
    if chosen:
        return tuple(sorted(int(x) for x in chosen.split(",") if x.strip()))
    return QUICK_SIZES if quick else DEFAULT_SIZES


def _demo_key() -> str:
    """Changes whenever the demo generator or the schema changes, so a cached file is never stale."""
    digest = hashlib.sha256()
    sources = sorted((ROOT / "wsedesk" / "services").glob("demo*")) + sorted(
        (ROOT / "wsedesk" / "storage" / "migrations" / "versions").glob("*.py")
    )
    for path in sources:
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.name.encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:10]


def demo_path(dossiers: int) -> Path:
    return OUT / f"demo-{dossiers}-s{DEMO_SEED}-{_demo_key()}.sqlite"


def sqlite_demo(dossiers: int = 100_000, seed: int = DEMO_SEED) -> Path:
    """A demo SQLite file with `dossiers` dossiers, built once and cached in bench/out (gitignored).

    Built on DEMO_TODAY with a fixed clock, in this process. Benchmarks that change data copy it
    first (`scratch_copy`).
    """
    from wsedesk.clock import FixedClock
    from wsedesk.services.demo import generate_demo
    from wsedesk.services.session import open_context

    OUT.mkdir(parents=True, exist_ok=True)
    path = demo_path(dossiers) if seed == DEMO_SEED else OUT / f"demo-{dossiers}-s{seed}-{_demo_key()}.sqlite"
    if not path.exists():
        for old in OUT.glob(f"demo-{dossiers}-s{seed}-*"):
            old.unlink()  # built by an older generator or schema (and its audit anchor)
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        clock = FixedClock(datetime.combine(DEMO_TODAY, datetime.min.time()).replace(hour=9))
        ctx = open_context(f"sqlite:///{tmp}", login="bench", clock=clock)
        started = time.perf_counter()
        generate_demo(ctx, dossiers=dossiers, seed=seed)
        ctx.close()
        from wsedesk.storage.anchor import move_with_anchor

        move_with_anchor(tmp, path)
        print(f"  (built {path.name} in {time.perf_counter() - started:.1f} s)", flush=True)
    return path


def scratch_copy(dossiers: int, workdir: Path) -> Path:
    """A private copy of the cached demo file (with its audit anchor) that a benchmark may change."""
    import shutil

    from wsedesk.storage.anchor import sqlite_anchor_path

    source = sqlite_demo(dossiers)
    target = workdir / f"scratch-{dossiers}.sqlite"
    shutil.copyfile(source, target)
    if sqlite_anchor_path(source).exists():
        shutil.copyfile(sqlite_anchor_path(source), sqlite_anchor_path(target))
    return target


def bench_xdg() -> dict[str, str]:
    """The per-user directories every benchmark process uses: bench/out/xdg, the same in every run.

    Settings, logs and the audit-anchor key of the program then never mix with the user's own,
    and every process (the runner, the modules, a started program) signs and reads the cached
    demo files' anchors with the same key.
    """
    base = OUT / "xdg"
    return {
        "XDG_CONFIG_HOME": str(base / "config"),
        "XDG_DATA_HOME": str(base / "data"),
        "XDG_STATE_HOME": str(base / "state"),
    }


def program_env() -> dict[str, str]:
    """Environment for starting the program: the benchmarks' per-user directories, offscreen Qt."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        **bench_xdg(),
    }
    env.pop("WSEDESK_DATABASE_URL", None)
    return env


@contextmanager
def quiet_stdout() -> Iterator[None]:
    """Silence chatty library output inside a measurement (the runner shows stdout as progress)."""
    with open(os.devnull, "w") as devnull:
        old = sys.stdout
        sys.stdout = devnull
        try:
            yield
        finally:
            sys.stdout = old


class PostgresDemo:
    """A throw-away PostgreSQL cluster holding the same demo data (tests/pg/server.py)."""

    def __init__(self, dossiers: int = 100_000, seed: int = DEMO_SEED) -> None:
        from tests.pg.server import PostgresServer, find_postgres_bin

        self.tmp = tempfile.mkdtemp(prefix="wsedesk-bench-pg-")
        self.server = PostgresServer(find_postgres_bin(), Path(self.tmp))
        self.dossiers, self.seed = dossiers, seed

    def __enter__(self) -> str:
        from wsedesk.clock import FixedClock
        from wsedesk.services.demo import generate_demo
        from wsedesk.services.session import open_context

        self.server.start()
        url = self.server.create_database("bench")
        clock = FixedClock(datetime.combine(DEMO_TODAY, datetime.min.time()).replace(hour=9))
        ctx = open_context(url, login="bench", clock=clock)
        started = time.perf_counter()
        generate_demo(ctx, dossiers=self.dossiers, seed=self.seed)
        print(f"  (built PostgreSQL demo in {time.perf_counter() - started:.1f} s)", flush=True)
        with ctx.db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
        ctx.close()
        return url

    def __exit__(self, *exc: object) -> None:
        self.server.stop()


def postgres_available() -> bool:
    """PostgreSQL can be started here, and the run was not told to skip it (`bench/run --no-pg`)."""
    if os.environ.get("WSEDESK_BENCH_NO_PG") == "1":
        return False
    from tests.pg.server import postgres_unavailable_reason

    reason = postgres_unavailable_reason()
    if reason:
        print(f"  PostgreSQL skipped: {reason}", flush=True)
    return reason is None


def run_quiet(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kwargs)


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--sample":
    _sample_until_told(int(sys.argv[2]), float(sys.argv[3]))
