"""What the read-only commands print: Dutch labels, dd/mm/jjjj dates, decimal commas, columns apart."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from wsedesk import cli

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
ENGLISH_DECIMAL = re.compile(r"\b\d+\.\d\b")  # "28.0"


@pytest.fixture
def demo_copy(demo_db_file: Path, tmp_path: Path) -> str:
    target = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_file, target)
    return str(target)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert cli.main(list(argv)) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    return captured.out


def test_deadlines_columns_never_run_into_each_other(
    demo_copy: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = run(capsys, "deadlines", "--as-of", "16/06/2025", "--db", demo_copy)
    header, *lines = out.splitlines()
    assert header.startswith("Lopende termijnen op 16/06/2025:")
    running = lines
    assert len(running) > 50
    long_status = [line for line in running if "Geagendeerd op de adviescommissie" in line or "…" in line]
    assert long_status, "the demo has statuses longer than the column"
    for line in running:
        fields = re.split(r" {2,}", line.strip())
        assert len(fields) == 7, line  # due, days, light, reference, term, status, organisation
    starts = {line.index(re.split(r" {2,}", line.strip())[3]) for line in running}
    assert len(starts) == 1, "references are not aligned"
    assert not ISO_DATE.search(out)


def test_check_prints_dutch_labels_and_dates(demo_copy: str, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    with sqlite3.connect(demo_copy) as con:
        (reference,) = con.execute(
            "SELECT reference FROM dossiers WHERE dossier_type = 'ED' AND status = 'ingediend' LIMIT 1"
        ).fetchone()
    out = run(capsys, "check", reference, "--as-of", "16/06/2025", "--db", demo_copy)
    facts = [line for line in out.splitlines() if line.strip().startswith("gegevens:")]
    assert facts
    for line in facts:
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", line), line  # no internal keys (experience_motivation)
    assert "as_of" not in out and "beoordeeld op: 16/06/2025" in out
    assert not ISO_DATE.search(out)


def test_figures_use_decimal_commas(demo_copy: str, capsys: pytest.CaptureFixture[str]) -> None:
    out = run(capsys, "figures", "--from", "01/01/2024", "--to", "31/12/2024", "--db", demo_copy)
    assert out.startswith("Doorlooptijden van beslissingen tussen 01/01/2024 en 31/12/2024")
    assert "beslist" in out and not ENGLISH_DECIMAL.search(out)
    assert not ISO_DATE.search(out)
