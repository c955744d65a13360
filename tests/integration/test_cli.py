"""The command line as a user types it: a real subprocess, a real SQLite file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def wsedesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "wsedesk", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        timeout=300,
    )


def demo_file(folder: Path, dossiers: int, seed: int) -> Path:
    """`wsedesk demo` into `folder`/demo.sqlite as a user types it (it must succeed); the file."""
    db = folder / "demo.sqlite"
    result = wsedesk("demo", "--dossiers", str(dossiers), "--seed", str(seed), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["db"],
        ["db", "upgrade"],
        ["db", "backup"],
        ["db", "check"],
        ["db", "encrypt"],
        ["db", "decrypt"],
        ["demo"],
    ],
)
def test_help_exists_for_every_command(args: list[str]) -> None:
    result = wsedesk(*args, "--help")
    assert result.returncode == 0
    assert "gebruik: wsedesk" in result.stdout


@pytest.mark.slow
def test_demo_option_on_the_command_line_builds_the_demo_the_window_opens() -> None:
    """`--demo` on the command line before the window ever made the demo: the same filled demo,
    built aside. It used to leave an empty file, which the window then opened from that day on."""
    from wsedesk.context import demo_database_path

    demo = demo_database_path()  # inside the test's own XDG_DATA_HOME (conftest)
    assert not demo.exists()
    first = wsedesk("--demo", "deadlines")
    assert first.returncode == 0, first.stderr
    assert "demodatabase aanmaken" in first.stderr
    assert "Traceback" not in first.stderr
    assert not list(demo.parent.glob("*.bouw*"))
    assert (demo.parent / "demo-bezoeken.wsebezoek").exists()
    with sqlite3.connect(demo) as conn:
        assert conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 5000
        assert conn.execute("SELECT count(*) FROM report_submissions").fetchone()[0] > 0
        assert conn.execute("SELECT count(*) FROM visits").fetchone()[0] > 0
    summary = first.stdout.splitlines()[0]
    assert "Lopende termijnen" in summary and " 0 verstreken, 0 binnenkort, 0 op schema" not in summary
    # Second use, the option after the command this time: the file is reused, not rebuilt.
    again = wsedesk("deadlines", "--demo")
    assert again.returncode == 0, again.stderr
    assert "demodatabase aanmaken" not in again.stderr
    assert again.stdout.splitlines()[0] == summary


def test_demo_then_check_then_backup(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    demo = wsedesk("demo", "--dossiers", "300", "--seed", "5", "--db", str(db))
    assert demo.returncode == 0, demo.stderr
    assert "300 dossiers" in demo.stdout
    check = wsedesk("db", "check", "--db", str(db))
    assert check.returncode == 0, check.stdout + check.stderr
    assert "keten intact" in check.stdout and "in orde" in check.stdout
    backup = wsedesk("--db", f"sqlite:///{db}", "db", "backup", str(tmp_path / "kopie.sqlite"))
    assert backup.returncode == 0, backup.stderr
    with sqlite3.connect(tmp_path / "kopie.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM dossiers").fetchone() == (300,)


def test_database_url_comes_from_the_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite"
    result = wsedesk("demo", "--dossiers", "20", env={"WSEDESK_DATABASE_URL": f"sqlite:///{db}"})
    assert result.returncode == 0, result.stderr
    assert db.exists()


def test_upgrade_on_a_new_file_creates_the_schema(tmp_path: Path) -> None:
    db = tmp_path / "nieuw.sqlite"
    first = wsedesk("db", "upgrade", "--db", str(db))
    assert first.returncode == 0, first.stderr
    again = wsedesk("db", "upgrade", "--db", str(db))
    assert "al up-to-date" in again.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["db", "check", "--db", "/tmp/bestaat/niet/x.sqlite"], "bestaat niet"),
        (["db", "check", "--db", "mysql://x@y/z"], "niet ondersteund"),
        (["demo", "--dossiers", "0", "--db", "/tmp/x-nul.sqlite"], "--dossiers"),
    ],
)
def test_user_errors_print_one_line_without_traceback(args: list[str], message: str) -> None:
    result = wsedesk(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("wsedesk: ") and message in lines[0]


def test_check_fails_with_exit_1_on_a_tampered_audit_trail(tmp_path: Path) -> None:
    db = tmp_path / "tamper.sqlite"
    assert wsedesk("demo", "--dossiers", "10", "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET actor = 'vervalst' WHERE seq = 1")
    result = wsedesk("db", "check", "--db", str(db))
    assert result.returncode == 1
    assert "auditregel 1 werd gewijzigd" in result.stdout
