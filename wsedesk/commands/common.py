"""What most sub-commands do around their work: open the database they name, print JSON, refuse a file.

`command_context(args)` opens the database of `--db` / `--demo` (else the settings') as an
AppContext and closes it afterwards, whatever happens — the demo database is built first when it
is not there yet, as the window builds it; `PrintProgress` shows long work on stderr;
`print_json` writes what `--json` asks for the way every command does (UTF-8 as is, one space
indent; docs/cli.md); `print_refusal` names a refused input file and its problems on stderr. The
imports stay inside the functions: `wsedesk --help` does not load the database layers.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from wsedesk.documents.nl import format_integer
from wsedesk.i18n import N_

if TYPE_CHECKING:
    from wsedesk.context import AppContext
    from wsedesk.settings import Settings


@contextmanager
def command_context(args: argparse.Namespace) -> Iterator[AppContext]:
    """The database the command line names, open for the `with` block."""
    from wsedesk.context import resolve_database_url
    from wsedesk.services.session import open_context
    from wsedesk.settings import load_settings

    settings = load_settings()
    if args.demo and not args.db:
        _ensure_demo(settings)
    ctx = open_context(resolve_database_url(args.db, settings, demo=args.demo), settings=settings)
    try:
        yield ctx
    finally:
        ctx.close()


def _ensure_demo(settings: Settings) -> None:
    """`--demo` on the command line before the window ever made it: build it the same way, filled
    (an empty file here would be what the window opens from then on)."""
    from wsedesk.context import demo_database_path
    from wsedesk.services.demo_database import announcement, ensure_demo_database

    path = demo_database_path()
    if path.exists():
        return
    print(announcement(path), file=sys.stderr)
    ensure_demo_database(path, settings, PrintProgress())
    print(file=sys.stderr)


class PrintProgress:
    """Long work's progress on one stderr line, at most once a second; never cancels (Ctrl+C does)."""

    def __init__(self) -> None:
        self.last = 0.0

    def report(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        if now - self.last > 1 or done == total:
            print(
                f"\r{format_integer(done):>9}/{format_integer(total)} {text}".ljust(60),
                end="",
                file=sys.stderr,
                flush=True,
            )
            self.last = now

    def cancelled(self) -> bool:
        return False

    def stage(self, stage: str, year: int | None = None) -> None:
        """A demo build's next part (services/demo_database.DemoProgress): the finished line stays."""
        print(file=sys.stderr)
        if stage == "visits":  # no counts to show for these
            print(N_("Demobezoeken…"), end="", file=sys.stderr, flush=True)
        self.last = 0.0


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
