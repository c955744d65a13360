"""Crash safety: SIGKILL at random moments during writes; nothing acknowledged is ever lost.

A child (crash_worker.py) runs the operations of crash_operations.OPERATIONS round robin on a
copy of the demo database and prints an acknowledgement after each commit. The parent kills it
at a random moment, then demands: `PRAGMA integrity_check` ok, the program opens the file (the
damaged-file and audit-anchor checks included), and every acknowledged operation is present.
The normal suite kills a few times; `WSEDESK_LONG=1` kills hundreds of times (docs/reliability.md).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

from tests.conftest import TEST_NOW
from tests.integration.crash_operations import OPERATIONS, Env
from tests.integration.test_cli import ROOT
from tests.integration.visit_helpers import package_with_conflict
from wsedesk.clock import FixedClock
from wsedesk.services.backup import backup
from wsedesk.services.session import open_context
from wsedesk.services.visit_demo import generate_demo_visits

LONG = os.environ.get("WSEDESK_LONG") == "1"
KILLS = int(os.environ.get("WSEDESK_KILLS", "300" if LONG else "8"))
PACKAGES = 12 if LONG else 3  # prepared visit packages for the check-in row


def _copy(src: Path, dst: Path) -> None:
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)


def _integrity(path: Path) -> list[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]


def _prepare(db: Path, folder: Path, clock: FixedClock) -> tuple[Path, Path, Path]:
    """Visits in the kill loop's database, packages to check in (each bringing a conflict), a letters folder."""
    packages, checkouts, letters = folder / "pakketten", folder / "uitgecheckt", folder / "brieven"
    packages.mkdir()
    checkouts.mkdir()
    letters.mkdir()
    ctx = open_context(f"sqlite:///{db}", clock=clock, login="tester")
    try:
        generate_demo_visits(ctx, seed=14, count=9)
        for n in range(PACKAGES):
            package_with_conflict(ctx, packages / f"pakket-{n:02d}.wsebezoek")
    finally:
        ctx.close()
    return packages, checkouts, letters


def _collect(stream: IO[str], into: list[str]) -> None:
    for line in stream:
        into.append(line)


def test_sigkill_during_writes_loses_no_acknowledged_operation(demo_db_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "werk.sqlite"
    _copy(demo_db_file, db)
    source = tmp_path / "bron.sqlite"
    _copy(demo_db_file, source)
    clock = FixedClock(TEST_NOW)
    ctx = open_context(f"sqlite:///{source}", clock=clock, login="tester")
    try:
        info = backup(ctx, tmp_path / "backup.sqlite")
    finally:
        ctx.close()
    env = Env(info.path, tmp_path / "hersteld.sqlite", info.head.seq, *_prepare(db, tmp_path, clock))
    rng = random.Random(14)
    acked: list[tuple[str, str]] = []
    kills = finished = 0
    while kills < KILLS:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.integration.crash_worker",
                str(db),
                env.to_json(),
                str(kills),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        lines: list[str] = []
        reader = threading.Thread(target=_collect, args=(proc.stdout, lines), daemon=True)
        reader.start()
        while not lines and proc.poll() is None:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.05, 1.2))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=120)
        reader.join(timeout=30)
        assert proc.returncode in (0, -signal.SIGKILL), proc.stderr.read() if proc.stderr else ""
        if "done\n" in lines:
            finished += 1
        acked += [tuple(line.split()[1:3]) for line in lines if line.startswith("ack ")]  # type: ignore[misc]
        assert _integrity(db) == ["ok"]
        if env.restore_target.exists():
            assert _integrity(env.restore_target) == ["ok"]
        ctx = open_context(f"sqlite:///{db}", clock=clock, login="tester")  # the program opens it
        try:
            by_name = {op.name: op for op in OPERATIONS}
            lost = [(name, key) for name, key in acked if not by_name[name].present(ctx, env, key)]
            assert lost == [], f"acknowledged but lost after {kills} kills: {lost}"
        finally:
            ctx.close()
        if finished:
            break  # every target used up: the rest of the loop would only kill start-ups
    kinds = ", ".join(f"{n} {sum(1 for a, _ in acked if a == n)}" for n in dict.fromkeys(a for a, _ in acked))
    print(f"crash safety: {kills} kills, {len(acked)} acknowledged operations ({kinds}), 0 lost")
    assert acked, "the worker never acknowledged an operation"
