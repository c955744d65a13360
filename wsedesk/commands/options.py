"""What the sub-commands share: the options they spell alike, reading a date option, a text table.

Dates are typed as DD/MM/JJJJ (ISO JJJJ-MM-DD is accepted too) and printed as dd/mm/jjjj;
JSON output keeps ISO dates (docs/cli.md). A table's columns are as wide as their content, up to
a limit; longer text is cut with "…" so columns never run into each other.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from wsedesk.documents.nl import parse_date
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_

DATE_METAVAR = "DATUM"
DATE_FORMAT_HELP = N_("DD/MM/JJJJ of JJJJ-MM-DD")


def add_date(
    parser: argparse.ArgumentParser, *flags: str, help: str, required: bool = False, dest: str | None = None
) -> None:
    """A date option (`--on DATUM`); `help` says where the accepted formats go with `{f}`."""
    extra = {"dest": dest} if dest else {}
    parser.add_argument(
        *flags, required=required, metavar=DATE_METAVAR, help=help.format(f=DATE_FORMAT_HELP), **extra
    )


def add_json(parser: argparse.ArgumentParser, help: str = N_("uitvoer als JSON")) -> None:
    """`--json`: what the command prints, as JSON (docs/cli.md)."""
    parser.add_argument("--json", action="store_true", help=help)


def add_reference(parser: argparse.ArgumentParser) -> None:
    """The dossier the command works on, by its reference."""
    parser.add_argument("reference", metavar="REF", help=N_("kenmerk van het dossier, bv. ED-2025-00042"))


def parse_date_option(value: str, option: str) -> date:
    """The date a user typed after `option`; a clear Dutch error naming the option otherwise."""
    try:
        return parse_date(value)
    except ValueError:
        raise BadInputError(
            N_("{o} verwacht een datum DD/MM/JJJJ of JJJJ-MM-DD, bv. 03/03/2025 (gekregen: '{v}').").format(
                o=option, v=value
            )
        ) from None


def optional_date_option(value: str | None, option: str) -> date | None:
    return parse_date_option(value, option) if value else None


@dataclass(frozen=True)
class Column:
    """One column of a text table: right-aligned for numbers and dates, at most `width` wide."""

    right: bool = False
    width: int = 40


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(rows: Sequence[Sequence[str]], columns: Sequence[Column], gap: str = "  ") -> list[str]:
    """Rows of text laid out in columns sized to their content; the last column is not padded."""
    cut = [[_cut(cell, col.width) for cell, col in zip(row, columns, strict=True)] for row in rows]
    widths = [max((len(r[i]) for r in cut), default=0) for i in range(len(columns))]
    lines = []
    for row in cut:
        cells = [
            cell.rjust(widths[i]) if col.right else cell.ljust(widths[i])
            for i, (cell, col) in enumerate(zip(row, columns, strict=True))
        ]
        if not columns[-1].right:
            cells[-1] = row[-1]
        lines.append(gap.join(cells).rstrip())
    return lines
