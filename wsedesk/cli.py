"""The command line: the GUI by default, plus headless sub-commands (see wsedesk/commands/)."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import Any

from wsedesk import APP_NAME, __version__
from wsedesk.argparse_nl import DutchArgumentParser
from wsedesk.commands import COMMAND_MODULES
from wsedesk.errors import UserError
from wsedesk.i18n import N_
from wsedesk.logfile import NoTracebackFormatter, install_log_file

log = logging.getLogger(__name__)


# Top-level options that take a value: the word after them is never a sub-command.
_VALUE_OPTIONS = frozenset({"--db", "--pakket", "--screenshot"})


def commands_needed(argv: Sequence[str]) -> tuple[str, ...]:
    """The sub-command modules a command line needs: none to start the window, one to run a
    command, all of them for help or a word that is no command (argparse then lists the choices).

    Each module pulls its services (SQLAlchemy, reportlab, openpyxl…); starting the window imports
    none of them here, and `wsedesk report …` only its own.
    """
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return COMMAND_MODULES
        if word in _VALUE_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):
            return (word,) if word in COMMAND_MODULES else COMMAND_MODULES
    return ()


def build_parser(commands: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the sub-commands of `commands` (default: every one, `COMMAND_MODULES`)."""
    parser = DutchArgumentParser(
        prog="wsedesk",
        description=f"{APP_NAME} {__version__} — zonder sub-commando start het programma.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database: sqlite:///pad/naar/bestand.sqlite of postgresql+psycopg://gebruiker@host/db "
        "(anders WSEDESK_DATABASE_URL, anders de instellingen)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open de demodatabase (aangemaakt bij het eerste gebruik, in de gebruikersmap)",
    )
    parser.add_argument(
        "--pakket",
        metavar="BESTAND",
        help="werk offline in een bezoekpakket (gemaakt met 'wsedesk visit checkout'), in het venster; "
        "enkel wat in het pakket zit, is bereikbaar",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="meer logboekuitvoer")
    # Used by bench/ and the packaging smoke test: quit as soon as the main window has painted.
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--screenshot", metavar="PNG", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMANDO")
    for name in COMMAND_MODULES if commands is None else commands:
        module = importlib.import_module(f"wsedesk.commands.{name}")
        module.register(sub)
    for child in _subparsers(parser):
        _add_database_options(child)
    return parser


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every sub-command parser, nested ones included."""
    found: list[argparse.ArgumentParser] = []
    for action in _subparsers_actions(parser):
        for child in action.choices.values():
            found.append(child)
            found.extend(_subparsers(child))
    return found


def _add_database_options(parser: argparse.ArgumentParser) -> None:
    # `wsedesk db check --db X` and `wsedesk --db X db check` both work; SUPPRESS keeps the
    # top-level value when the option is not repeated after the sub-command.
    parser.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="database-URL of -bestand")
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS, help="de demodatabase")
    parser.set_defaults(_parser=parser)


def _choose_action(parser: argparse.ArgumentParser) -> str:
    """'kies een actie: upgrade, backup, check' for a group called without its sub-command."""
    names = [name for child in _subparsers_actions(parser) for name in child.choices]
    return N_("kies een actie: {a}").format(a=", ".join(names))


def _subparsers_actions(parser: argparse.ArgumentParser) -> list[argparse._SubParsersAction[Any]]:
    return [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]


def main(argv: Sequence[str] | None = None) -> int:
    # A file name that is not UTF-8 reaches us with surrogate escapes: print it, never crash on it.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(commands_needed(argv))
    args = parser.parse_args(argv)
    if args.command is not None and args.pakket:
        # The commands open --db/--demo or the settings' database: a package named here would be
        # passed over and the command would read or write the central database instead.
        parser.error(
            N_(
                "--pakket opent een bezoekpakket in het venster en gaat niet samen met een commando; "
                "een pakket inchecken doet 'wsedesk visit checkin BESTAND'"
            )
        )
    _configure_logging(verbose=args.verbose)
    try:
        if args.command is None:
            from wsedesk.app import run_gui  # Qt is imported only when the GUI is asked for

            return run_gui(args)
        handler = getattr(args, "handler", None)
        if handler is None:  # a group such as `wsedesk db` without its sub-command
            group: argparse.ArgumentParser = args._parser
            group.error(_choose_action(group))
        code = int(handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below
        return code
    except UserError as exc:
        print(f"wsedesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("wsedesk: onderbroken", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `wsedesk … --json | head`: the reader left. Stop quietly, as a program killed by SIGPIPE.
        _silence_stdout()
        return 141
    except Exception as exc:  # a bug: the traceback goes to the log file, one line to the user
        log_path = install_log_file()
        log.error("Unexpected error in 'wsedesk %s'", args.command, exc_info=exc)
        print(
            f"wsedesk: interne fout ({type(exc).__name__}); er is niets half opgeslagen. "
            f"Details voor de ontwikkelaars staan in {log_path}.",
            file=sys.stderr,
        )
        return 1


def _configure_logging(*, verbose: bool) -> None:
    """Warnings (INFO with -v) on standard error, one line each; tracebacks only in the log file."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(NoTracebackFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler])


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not complain again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests capture it)
        pass
    finally:
        os.close(devnull)
