"""`wsedesk term`: the due-date calculator on the command line (T-1..T-4), no database."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

import pytest

from wsedesk import cli
from wsedesk.commands import term
from wsedesk.errors import BadInputError


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="wsedesk")
    sub = parser.add_subparsers(dest="command")
    term.register(sub)
    return parser.parse_args(["term", *argv])


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    args = parse(*argv, "--json")
    assert args.handler(args) == 0
    out = capsys.readouterr().out
    data = json.loads(out)  # exactly one JSON object
    assert isinstance(data, dict)
    return data


@pytest.fixture
def with_term_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make sure `term` is among the sub-commands cli.main knows (the lead registers it)."""
    if "term" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "term"))


def test_json_example(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "--from", "2025-03-03", "--days", "45")
    assert data["due"] == "2025-04-17"
    assert data["raw_end"] == "2025-04-17"
    assert data["status"] == "running"
    assert data["rule_id"] == "T-1"
    assert (data["days_used"], data["days_left"]) == (45, 0)
    assert data["late_suspensions"] == []
    steps = data["explanation"]
    assert [s["kind"] for s in steps] == ["event", "term", "due"]
    assert all(isinstance(s["text"], str) and s["text"] for s in steps)
    assert steps[0]["on"] == "2025-03-03"
    assert steps[-1]["on"] == "2025-04-17"
    assert "17 april 2025" in steps[-1]["text"]


def test_json_with_a_suspension_and_a_rule(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        capsys, "--from", "2025-03-03", "--days", "45", "--suspend", "2025-03-10:2025-03-20", "--rule", "ED-5"
    )
    assert data["due"] == "2025-04-28"
    assert data["raw_end"] == "2025-04-27"
    assert data["rule_id"] == "ED-5"
    assert data["suspended_days"] == 10
    (suspension,) = [s for s in data["explanation"] if s["kind"] == "suspension"]
    assert (suspension["start"], suspension["end"], suspension["days"]) == ("2025-03-10", "2025-03-20", 10)
    assert any(s["kind"] == "shift" for s in data["explanation"])
    for step in data["explanation"]:
        for key in ("on", "start", "end"):
            if step[key] is not None:
                date.fromisoformat(step[key])


def test_json_open_suspension_is_stopped(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "--from", "2025-03-03", "--days", "45", "--suspend", "2025-03-20:")
    assert data["status"] == "stopped"
    assert data["due"] is None
    assert data["raw_end"] is None
    assert (data["days_used"], data["days_left"]) == (16, 29)
    assert data["explanation"][-1]["kind"] == "stopped"


def test_json_late_suspension(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "--from", "2025-03-03", "--days", "45", "--suspend", "2025-05-01:2025-05-10")
    assert data["due"] == "2025-04-17"
    assert data["late_suspensions"][0]["start"] == "2025-05-01"


def test_json_working_days(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "--from", "2025-04-18", "--days", "5", "--working-days")
    assert data["due"] == "2025-04-28"
    assert data["rule_id"] == "T-2"
    assert data["working_days"] is True
    assert any("Paasmaandag" in s["text"] for s in data["explanation"] if s["kind"] == "skip")


def test_several_suspensions(capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(
        capsys,
        "--from",
        "2025-03-03",
        "--days",
        "45",
        "--suspend",
        "2025-03-10:2025-03-20",
        "--suspend",
        "2025-03-15:2025-03-25",
    )
    assert data["due"] == "2025-05-02"
    assert data["suspended_days"] == 15


def test_text_output_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("--from", "2025-03-20", "--days", "30", "--rule", "ED-9")
    assert args.handler(args) == 0
    out = capsys.readouterr().out
    assert "Termijn ED-9: 30 kalenderdagen vanaf donderdag 20 maart 2025" in out
    assert "Paasmaandag" in out
    assert "Vervaldag: dinsdag 22 april 2025 (22/04/2025)" in out


def test_text_output_when_stopped(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("--from", "2025-03-03", "--days", "45", "--suspend", "2025-03-20:")
    assert args.handler(args) == 0
    assert "Gestopt: 16 kalenderdagen gebruikt, 29 resterend" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "fragments"),
    [
        (["--from", "2025-02-30", "--days", "4"], ["--from", "2025-02-30"]),
        (["--from", "3/13/2025", "--days", "4"], ["--from", "3/13/2025", "DD/MM/JJJJ"]),
        (["--from", "2025-03-03", "--days", "0"], ["--days", "0"]),
        (["--from", "2025-03-03", "--days", "-5"], ["--days", "-5"]),
        (["--from", "2025-03-03", "--days", "abc"], ["--days", "abc"]),
        (["--from", "2025-03-03", "--days", "999999"], ["--days", "999999"]),
        (
            ["--from", "2025-03-03", "--days", "4", "--suspend", "2025-03-10:2025-03-01"],
            ["--suspend", "EINDE"],
        ),
        (["--from", "2025-03-03", "--days", "4", "--suspend", "2025-03-10"], ["--suspend", "2025-03-10"]),
        (["--from", "2025-03-03", "--days", "4", "--suspend", "x:2025-03-10"], ["--suspend", "'x'"]),
        (["--from", "9999-12-20", "--days", "40"], ["--days", "20/12/9999"]),
    ],
)
def test_bad_input_names_the_option_and_the_value(argv: list[str], fragments: list[str]) -> None:
    args = parse(*argv)
    with pytest.raises(BadInputError) as info:
        args.handler(args)
    for fragment in fragments:
        assert fragment in str(info.value)


@pytest.mark.usefixtures("with_term_registered")
def test_main_prints_one_line_and_exits_2_on_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["term", "--from", "2025-03-03", "--days", "nul"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "wsedesk: --days: 'nul' is geen geheel getal.\n"


@pytest.mark.usefixtures("with_term_registered")
def test_main_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["term", "--from", "2025-03-03", "--days", "45", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["due"] == "2025-04-17"


@pytest.mark.parametrize("written", ["02/12/2026", "2/12/2026", "02.12.2026", "2026-12-02"])
def test_the_event_date_is_typed_the_dutch_way_or_iso(
    written: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = run_json(capsys, "--from", written, "--days", "45")
    assert data["event"] == "2026-12-02"  # JSON keeps ISO dates (docs/cli.md)


def test_text_output_never_mixes_iso_with_dutch_dates(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("--from", "02/12/2026", "--days", "45", "--suspend", "10/12/2026:20/12/2026")
    assert args.handler(args) == 0
    out = capsys.readouterr().out
    assert "Vervaldag: dinsdag 26 januari 2027 (26/01/2027)" in out
    assert "2027-01-26" not in out and "2026-12" not in out
