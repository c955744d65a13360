"""What most sub-commands do around their work: open the database they name, print JSON, refuse a file.

`command_context(args)` opens the database of `--db` / `--demo` (else the settings') as an
AppContext and closes it afterwards, whatever happens; `print_json` writes what `--json` asks
for the way every command does (UTF-8 as is, one space indent; docs/cli.md); `print_refusal`
names a refused input file and its problems on stderr. The imports stay inside the functions:
`wsedesk --help` does not load the database layers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from wsedesk.i18n import N_

if TYPE_CHECKING:
    from wsedesk.context import AppContext


@contextmanager
def command_context(args: argparse.Namespace) -> Iterator[AppContext]:
    """The database the command line names, open for the `with` block."""
    from wsedesk.context import resolve_database_url
    from wsedesk.services.session import open_context
    from wsedesk.settings import load_settings

    settings = load_settings()
    ctx = open_context(resolve_database_url(args.db, settings, demo=args.demo), settings=settings)
    try:
        yield ctx
    finally:
        ctx.close()


def print_json(data: Any, *, indent: int = 1) -> None:
    """`--json` output: one document on stdout, non-ASCII letters as they are."""
    print(json.dumps(data, ensure_ascii=False, indent=indent))


def print_refusal(file: object, one: str, many: str, problems: Sequence[object], more: int = 0) -> int:
    """A refused file on stderr: `one` or `many` (`{f}` the file, `{n}` the count), then each problem
    indented and how many more there are; returns the exit code of a user error, 2."""
    count = len(problems) + more
    print((one if count == 1 else many).format(f=file, n=count), file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    if more:
        print(N_("  … en nog {n}").format(n=more), file=sys.stderr)
    return 2
