"""The benchmark protocol (bench/README.md): modules found and shaped right, the table, tree memory."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from bench.common import PeakMemory, Row, Timing, timed_row, tree_pids, tree_rss_mb
from bench.runner import discover, markdown, plain


def test_every_bench_module_exports_rows_with_the_protocol_signature() -> None:
    topics = discover()
    assert {"figures", "gui", "letters", "reports", "terms"} <= set(topics)
    for topic in topics:
        module = importlib.import_module(f"bench.bench_{topic}")
        assert list(inspect.signature(module.rows).parameters) == ["quick", "workdir"], topic


def test_timed_row_judges_the_median_against_the_goal_and_the_baseline() -> None:
    fast = Timing(median=400.0, worst=900.0, runs=5)
    slow = Timing(median=1000.0, worst=1200.0, runs=5)
    row = timed_row("werk", fast, unit="s", baseline="plain", base=slow, at_most=0.5, faster_by=2)
    assert (row.ours, row.ours_worst, row.base, row.unit) == (0.4, 0.9, 1.0, "s")
    assert row.met is True and row.ratio == 0.4
    assert timed_row("werk", fast, baseline="plain", base=slow, faster_by=3).met is False
    assert timed_row("werk", fast).met is None  # no goal, no verdict


def test_the_table_shows_worst_case_baseline_ratio_and_a_missed_goal() -> None:
    rows = [
        Row(
            "import",
            12.0,
            "s",
            ours_worst=15.0,
            baseline="openpyxl",
            base=4.0,
            goal="≤ 10 s",
            met=False,
            topic="r",
        ),
        Row("geheugen", 150.0, "MB", goal="≤ 200 MB", met=True, note="alle processen", topic="r"),
    ]
    table = markdown(rows)
    assert "| import | 12.0 s / 15.0 | openpyxl: 4.00 s | 3.00× | ≤ 10 s | **NO** |" in table
    assert "geheugen — alle processen" in table and "| yes |" in table
    assert "[r]" in plain(rows)


@contextmanager
def child_holding_80_mb() -> Iterator[subprocess.Popen[bytes]]:
    """A child process that holds 80 MB (once it said so) until the block ends; then killed."""
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; b = bytearray(80 * 1024 * 1024); print(1, flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == b"1"
        yield child
    finally:
        child.kill()
        child.wait()


def test_tree_memory_counts_a_child_process() -> None:
    with child_holding_80_mb() as child:
        assert child.pid in tree_pids()
        alone = tree_rss_mb(child.pid)
        assert alone >= 80 and tree_rss_mb() >= alone


def test_peak_memory_is_sampled_from_a_process_of_its_own_and_counts_a_child() -> None:
    """The sampler runs beside the measured process (a thread inside it took the GIL from the
    work) and is left out of the sum; PSS counts pages shared with the parent once."""
    with PeakMemory() as memory, child_holding_80_mb() as child:
        time.sleep(0.3)
    assert memory.samples >= 3
    assert child.pid in memory.per_process and memory.per_process[child.pid] >= 80
    assert memory.peak_mb >= memory.start_mb + 80
    assert 80 <= memory.peak_pss_mb <= memory.peak_mb  # the child's 80 MB are its own pages
