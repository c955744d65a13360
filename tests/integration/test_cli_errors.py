"""No traceback for any input: one `wsedesk:` line and exit 2, never personal data on stderr."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from tests.integration.test_cli import ROOT, wsedesk
from wsedesk import cli
from wsedesk.logfile import LOG_FILE_NAME
from wsedesk.paths import user_log_dir
from wsedesk.storage.engine import Database
from wsedesk.storage.migrate import upgrade

INTAKE = ROOT / "tests" / "data" / "intake" / "valid-simplified.json"
# What the example application says about people: none of it may reach standard error.
PERSONAL = ("Els Jacobs", "els.jacobs@dekempen.be", "0876543270", "0876.543.270")


def _application(tmp_path: Path, change: Any) -> Path:
    data = json.loads(INTAKE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "aanvraag.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # ensure_ascii: a lone surrogate survives as \ud800
    return path


def _assert_one_clean_message(result: subprocess.CompletedProcess[str], *, code: int = 2) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr and 'File "' not in result.stderr
    assert result.stderr.startswith("wsedesk: ")
    for fragment in PERSONAL:
        assert fragment not in result.stderr


def _set_name(value: str) -> Any:
    return lambda d: d["organisatie"].__setitem__("naam", value)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_set_name("A\ud800B"), "losse surrogaat"),
        (_set_name("A\x00B"), "stuurteken (U+0000)"),
        (_set_name("A\u202eB"), "leesrichting"),
    ],
    ids=["lone-surrogate", "nul-byte", "rtl-override"],
)
def test_hostile_names_are_refused_alike_on_both_backends(
    db_url: str, tmp_path: Path, change: Any, expected: str
) -> None:
    result = wsedesk("intake", "import", str(_application(tmp_path, change)), "--db", db_url)
    _assert_one_clean_message(result)
    assert expected in result.stderr


def test_deeply_nested_json_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "diep.json"
    path.write_text("[" * 100_000, encoding="utf-8")
    result = wsedesk("intake", "import", str(path), "--db", str(tmp_path / "db.sqlite"))
    _assert_one_clean_message(result)
    assert "te diep genest" in result.stderr


def test_a_closed_pipe_ends_quietly() -> None:
    """`wsedesk … --json | head -c 300`: the reader is gone before the first write."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "wsedesk", "term", "--from", "2025-03-10", "--days", "45", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 141
    assert stderr == ""


def test_driver_errors_never_quote_their_parameters(db: Database) -> None:
    upgrade(db)
    insert = text("INSERT INTO municipalities (nis_code, name_nl, region_code) VALUES (:nis, :name, '02000')")
    with db.engine.begin() as conn:
        conn.execute(insert, {"nis": "99999", "name": "Geheime Naam"})
    with pytest.raises(IntegrityError) as caught, db.engine.begin() as conn:
        conn.execute(insert, {"nis": "99999", "name": "Geheime Naam"})
    assert "Geheime Naam" not in str(caught.value)
    assert "parameters hidden" in str(caught.value)


def test_a_bug_is_one_line_and_the_traceback_goes_to_the_log_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from wsedesk.commands import term

    def broken(_args: object) -> int:
        raise RuntimeError("85.07.30-033.28 kwam hier voorbij")

    monkeypatch.setattr(term, "run", broken)
    try:
        code = cli.main(["term", "--from", "2025-03-10", "--days", "45"])
    finally:
        for handler in logging.getLogger("wsedesk").handlers[:]:
            if isinstance(handler, logging.FileHandler):
                handler.close()
                logging.getLogger("wsedesk").removeHandler(handler)
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("wsedesk: interne fout (RuntimeError)")
    assert "85.07.30" not in err
    logged = (user_log_dir() / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError" in logged
    assert "85.07.30-033.28" not in logged and "**.**.**-***.**" in logged


@pytest.mark.parametrize("args", [["--pakket", "reis.wsebezoek", "visit", "list"], ["visit", "list"]])
def test_a_package_with_a_command_is_refused_not_passed_over(tmp_path: Path, args: list[str]) -> None:
    """`wsedesk --pakket X visit list` read (and `visit plan` would have written) the settings'
    database, not the package: a command opens --db/--demo only, so the option is refused."""
    db = tmp_path / "centraal.sqlite"
    result = wsedesk(*args, env={"WSEDESK_DATABASE_URL": f"sqlite:///{db}"})
    if args[0] == "--pakket":
        _assert_one_clean_message(result)
        assert "--pakket" in result.stderr and "wsedesk visit checkin BESTAND" in result.stderr
        assert result.stdout == ""
    else:  # the same command without the package still runs on the named database
        assert result.returncode == 0, result.stderr
        assert "Geen bezoeken." in result.stdout
