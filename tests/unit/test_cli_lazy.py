"""`wsedesk` imports only the sub-commands a command line needs (start-up of the window)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from wsedesk import cli
from wsedesk.commands import COMMAND_MODULES


@pytest.mark.parametrize(
    ("argv", "needed"),
    [
        ([], ()),
        (["--db", "report"], ()),  # the value of --db, not the command
        (["--demo", "-v", "--quit-after-paint"], ()),
        (["--pakket", "x.wsebezoek", "--screenshot", "visit"], ()),
        (["report", "import", "a.xlsx"], ("report",)),
        (["--db=sqlite:///x", "db", "check"], ("db",)),
        (["--help"], COMMAND_MODULES),
        (["dosier"], COMMAND_MODULES),  # no such command: argparse lists them all
    ],
)
def test_the_modules_a_command_line_needs(argv: list[str], needed: tuple[str, ...]) -> None:
    assert cli.commands_needed(argv) == needed


def test_the_window_path_imports_no_sub_command() -> None:
    code = (
        "import sys; from wsedesk import cli; args = cli.build_parser(cli.commands_needed([])).parse_args([]); "
        "print(args.command, sorted(m for m in sys.modules if m.startswith('wsedesk.commands.')), "
        "'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["None", "[]", "False"]


def test_a_command_imports_only_its_own_module() -> None:
    code = (
        "import sys; from wsedesk import cli; cli.build_parser(cli.commands_needed(['term', '--help']))\n"
        "print(sorted(m for m in sys.modules if m.startswith('wsedesk.commands.') and m != 'wsedesk.commands.options'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['wsedesk.commands.term']"
