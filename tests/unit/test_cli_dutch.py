"""The command line speaks Dutch: argparse's own texts, help headings, one-line errors (exit 2)."""

from __future__ import annotations

import argparse
import re

import pytest

from wsedesk import cli
from wsedesk.argparse_nl import DutchArgumentParser


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


ENGLISH = re.compile(
    r"usage:|positional arguments|options:|show this help|the following arguments|invalid choice|"
    r"unrecognized arguments|expected one argument|error:"
)


def every_command() -> list[list[str]]:
    parser = cli.build_parser()
    commands: list[list[str]] = [[]]

    def walk(p: argparse.ArgumentParser, path: list[str]) -> None:
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    commands.append([*path, name])
                    walk(child, [*path, name])

    walk(parser, [])
    return commands


@pytest.mark.parametrize("command", every_command(), ids=lambda c: " ".join(c) or "wsedesk")
def test_every_help_is_dutch(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert out.startswith("gebruik: wsedesk")
    assert "opties:" in out and "toon deze hulp en stop" in out
    assert not ENGLISH.search(out), out
    # Placeholders are Dutch too: no FILE or DATE (BESTAND, DATUM).
    assert not re.search(r"\b(FILE|DATE|KIND|NAME|TEXT)\b", out), out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["term"],
            "wsedesk: term: de volgende argumenten zijn verplicht: --from, --days (zie 'wsedesk term --help')",
        ),
        (["term", "--from"], "wsedesk: term: --from: verwacht één waarde"),
        (["frob"], "wsedesk: onbekend commando 'frob' (kies uit db, demo, term"),
        (
            ["deadlines", "--type", "XX"],
            "wsedesk: deadlines: --type: ongeldige keuze: 'XX' (kies uit 'QR', 'ED'",
        ),
        (
            ["deadlines", "--limit", "veel"],
            "wsedesk: deadlines: --limit: 'veel' is geen geldige waarde (verwacht: een geheel getal)",
        ),
        (["--bla"], "wsedesk: onbekende argumenten: --bla"),
        (
            ["db"],
            "wsedesk: db: kies een actie: upgrade, backup, restore, grant, check, encrypt, decrypt (zie 'wsedesk db --help')",
        ),
        (["report"], "wsedesk: report: kies een actie: template, check, import, overview, missing"),
    ],
)
def test_an_error_is_one_dutch_line_and_exit_2(
    argv: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert err.startswith(expected), err
    assert err.count("\n") == 1 and not ENGLISH.search(err)


def test_the_dutch_texts_do_not_leak_into_other_parsers(capsys: pytest.CaptureFixture[str]) -> None:
    DutchArgumentParser(prog="x").format_help()
    plain = argparse.ArgumentParser(prog="plain")
    assert plain.format_usage().startswith("usage: plain")
    with pytest.raises(SystemExit):
        plain.parse_args(["--nope"])
    assert "unrecognized arguments" in capsys.readouterr().err
