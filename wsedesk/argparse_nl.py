"""argparse in Dutch: its own texts ("usage:", "the following arguments are required", …).

argparse looks its texts up through the module globals `argparse._` and `argparse.ngettext`
(gettext) at the moment it needs them. `DutchArgumentParser` swaps in the Dutch table below only
while one of its own methods runs, so nothing else in the process is affected, and sub-parsers
(created from `type(self)`) are Dutch too. Errors become one line, `wsedesk: …`, exit code 2.

To add a text: run the parser on Python's newest argparse, find the English source string
(`grep -n "_('" argparse.py`) and add it to DUTCH; an untranslated text stays English.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar

from wsedesk.i18n import N_

DUTCH: dict[str, str] = {
    "usage: ": N_("gebruik: "),
    "positional arguments": N_("argumenten"),
    "options": N_("opties"),
    "optional arguments": N_("opties"),
    "show this help message and exit": N_("toon deze hulp en stop"),
    "show program's version number and exit": N_("toon het versienummer en stop"),
    "subcommands": N_("sub-commando's"),
    "argument %(argument_name)s: %(message)s": N_("%(argument_name)s: %(message)s"),
    "the following arguments are required: %s": N_("de volgende argumenten zijn verplicht: %s"),
    "one of the arguments %s is required": N_("een van de argumenten %s is verplicht"),
    "unrecognized arguments: %s": N_("onbekende argumenten: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": N_(
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": N_("ongeldige waarde %(value)r (verwacht: %(type)s)"),
    "expected one argument": N_("verwacht één waarde"),
    "expected at most one argument": N_("verwacht hoogstens één waarde"),
    "expected at least one argument": N_("verwacht minstens één waarde"),
    "not allowed with argument %s": N_("niet toegestaan samen met %s"),
    "ignored explicit argument %r": N_("waarde %r genegeerd: deze optie neemt geen waarde"),
    "ambiguous option: %(option)s could match %(matches)s": N_(
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": N_(
        "onbekend commando %(parser_name)r (kies uit %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": N_("kan '%(filename)s' niet openen: %(error)s"),
    "unexpected option string: %s": N_("onverwachte optie: %s"),
    "%(prog)s: error: %(message)s\n": N_("%(prog)s: fout: %(message)s\n"),
}

DUTCH_PLURAL: dict[str, tuple[str, str]] = {
    "expected %s argument": (N_("verwacht %s waarde"), N_("verwacht %s waarden")),
}

# What `type=int` and friends are called in "ongeldige waarde 'x' (verwacht: een geheel getal)".
TYPE_NAMES: dict[str, str] = {
    "int": N_("een geheel getal"),
    "float": N_("een getal"),
    "Path": N_("een pad"),
}


def _dutch(text: str) -> str:
    return DUTCH.get(text, TYPE_NAMES.get(text, text))


def _dutch_plural(singular: str, plural: str, n: int) -> str:
    one, many = DUTCH_PLURAL.get(singular, (singular, plural))
    return one if n == 1 else many


@contextmanager
def dutch_texts() -> Iterator[None]:
    """While inside, argparse's own texts come out in Dutch."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _dutch, _dutch_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


F = TypeVar("F", bound=Callable[..., Any])


def _in_dutch(method: F) -> F:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with dutch_texts():
            return method(*args, **kwargs)

    wrapper.__name__ = method.__name__
    wrapper.__doc__ = method.__doc__
    return wrapper  # type: ignore[return-value]


class DutchHelpFormatter(argparse.HelpFormatter):
    """The default layout; only the texts are Dutch (formatting runs inside `dutch_texts`)."""


class DutchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Dutch and reports an error as one `wsedesk:` line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        with dutch_texts():
            super().__init__(*args, **kwargs)

    add_argument = _in_dutch(argparse.ArgumentParser.add_argument)
    add_subparsers = _in_dutch(argparse.ArgumentParser.add_subparsers)
    parse_args = _in_dutch(argparse.ArgumentParser.parse_args)
    parse_known_args = _in_dutch(argparse.ArgumentParser.parse_known_args)
    format_usage = _in_dutch(argparse.ArgumentParser.format_usage)
    format_help = _in_dutch(argparse.ArgumentParser.format_help)

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        # argparse names the type by its Python name ("invalid int value"); say it in Dutch.
        type_func = self._registry_get("type", action.type, action.type)
        name = getattr(type_func, "__name__", "")
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError:
            if name in TYPE_NAMES:
                raise argparse.ArgumentError(
                    action,
                    N_("'{v}' is geen geldige waarde (verwacht: {t})").format(
                        v=arg_string, t=TYPE_NAMES[name]
                    ),
                ) from None
            raise

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if isinstance(action, argparse._SubParsersAction) and value not in (action.choices or {}):
            choices = ", ".join(map(str, action.choices or {}))
            raise argparse.ArgumentError(
                None, N_("onbekend commando '{v}' (kies uit {c})").format(v=value, c=choices)
            )
        super()._check_value(action, value)

    def error(self, message: str) -> NoReturn:
        """One line on stderr — `wsedesk: term: …` — with a pointer to --help; exit code 2."""
        program, _, command = self.prog.partition(" ")
        where = f"{command}: " if command else ""
        hint = N_("(zie '{p} --help')").format(p=self.prog)
        self.exit(2, f"{program}: {where}{message} {hint}\n")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise SystemExit(status)
