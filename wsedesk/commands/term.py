"""`wsedesk term`: compute a due date from the command line (T-1..T-4); no database involved.

    wsedesk term --from 03/03/2025 --days 45
    wsedesk term --from 03/03/2025 --days 45 --suspend 10/03/2025:20/03/2025 --rule ED-5 --json
    wsedesk term --from 2025-03-03 --days 5 --working-days --suspend 2025-03-05:

Values are checked in `run()` (not by argparse types) so that a wrong value gives one Dutch
message naming the option (BadInputError, exit code 2).
"""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from wsedesk.commands.options import add_date, add_json, parse_date_option
from wsedesk.documents.nl import format_date_short
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.rules.calendar import format_date_nl, load_default_calendar
from wsedesk.rules.terms import Suspension, TermError, TermResult, TermSpec, compute_term

# A term longer than this is a typing error, not a rule (the longest domain term is 5 years).
MAX_DAYS = 36_500


def register(subparsers: Any) -> None:
    """Add the `term` sub-command to the `wsedesk` parser."""
    parser = subparsers.add_parser(
        "term",
        help=N_("bereken een vervaldag (T-1..T-4) met uitleg"),
        description=N_(
            "Berekent de vervaldag van een termijn volgens domain.md §4: kalenderdagen (T-1) of "
            "werkdagen (T-2), met schorsingen (T-3), en toont hoe de datum tot stand kwam (T-4). "
            "Raakt de database niet."
        ),
    )
    add_date(
        parser,
        "--from",
        help=N_("datum van de gebeurtenis ({f}); dag 1 is de dag erna"),
        required=True,
        dest="event",
    )
    parser.add_argument(
        "--days", dest="days", metavar="N", required=True, help=N_("lengte van de termijn (> 0)")
    )
    parser.add_argument(
        "--working-days",
        dest="working_days",
        action="store_true",
        help=N_("tel werkdagen (T-2) in plaats van kalenderdagen (T-1)"),
    )
    parser.add_argument(
        "--suspend",
        dest="suspend",
        metavar="BEGIN:EINDE",
        action="append",
        default=[],
        help=N_(
            "schorsing (T-3): BEGIN inbegrepen, EINDE niet (de dag dat het antwoord binnenkwam); "
            "'BEGIN:' voor een schorsing die nog loopt; herhaalbaar"
        ),
    )
    parser.add_argument(
        "--rule",
        dest="rule",
        metavar="ID",
        default=None,
        help=N_("regel die de termijn oplegt, bv. ED-5 (standaard T-1 of T-2)"),
    )
    add_json(parser, N_("uitvoer als één JSON-object"))
    parser.set_defaults(handler=run)


def _parse_days(value: str) -> int:
    text = value.strip()
    if not re.fullmatch(r"[+-]?\d+", text):
        raise BadInputError(N_("--days: '{v}' is geen geheel getal.").format(v=value))
    days = int(text)
    if days <= 0:
        raise BadInputError(
            N_("--days: de termijn moet minstens 1 dag tellen (gekregen: {v}).").format(v=value)
        )
    if days > MAX_DAYS:
        raise BadInputError(N_("--days: {v} is te groot (maximum {m}).").format(v=value, m=MAX_DAYS))
    return days


def _parse_suspension(value: str) -> Suspension:
    start_text, sep, end_text = value.partition(":")
    if not sep:
        raise BadInputError(
            N_(
                "--suspend: '{v}' moet de vorm BEGIN:EINDE hebben (bv. 10/03/2025:20/03/2025), "
                "of BEGIN: voor een schorsing die nog loopt."
            ).format(v=value)
        )
    start = parse_date_option(start_text, "--suspend")
    if not end_text.strip():
        return Suspension(start, None)
    end = parse_date_option(end_text, "--suspend")
    if end < start:
        raise BadInputError(
            N_("--suspend: in '{v}' ligt EINDE ({e}) voor BEGIN ({s}).").format(
                v=value, e=format_date_short(end), s=format_date_short(start)
            )
        )
    return Suspension(start, end)


def compute_from_args(args: argparse.Namespace) -> TermResult:
    """Validate the options and compute the term (used by `run` and by tests)."""
    event = parse_date_option(args.event, "--from")
    days = _parse_days(str(args.days))
    suspensions = [_parse_suspension(v) for v in args.suspend or []]
    rule = (args.rule or "").strip() or ("T-2" if args.working_days else "T-1")
    try:
        spec = TermSpec(rule_id=rule, days=days, working_days=bool(args.working_days))
        result = compute_term(event, spec, suspensions, load_default_calendar())
        _ = result.explanation  # built here, so that a date beyond 9999 surfaces as BadInputError
        return result
    except TermError as exc:
        raise BadInputError(str(exc)) from None
    except (OverflowError, ValueError):  # a date beyond the year 9999
        raise BadInputError(
            N_("--days: de termijn van {n} dagen vanaf {d} valt buiten de kalender.").format(
                n=days, d=format_date_short(event)
            )
        ) from None


def format_result(result: TermResult) -> str:
    """The readable Dutch text printed without --json."""
    unit = N_("werkdagen") if result.spec.working_days else N_("kalenderdagen")
    lines = [
        N_("Termijn {r}: {n} {u} vanaf {e}").format(
            r=result.spec.rule_id, n=result.spec.days, u=unit, e=format_date_nl(result.event)
        ),
        "",
    ]
    lines.extend(f"  - {step.text}" for step in result.explanation)
    lines.append("")
    if result.due is not None:
        lines.append(
            N_("Vervaldag: {d} ({short})").format(
                d=format_date_nl(result.due), short=format_date_short(result.due)
            )
        )
    else:
        lines.append(
            N_("Gestopt: {u} {unit} gebruikt, {left} resterend; nog geen vervaldag.").format(
                u=result.days_used, unit=unit, left=result.days_left
            )
        )
    if result.late_suspensions:
        lines.append(
            N_("Let op: {n} laattijdige schorsing(en) genegeerd (T-3).").format(
                n=len(result.late_suspensions)
            )
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    result = compute_from_args(args)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        print(format_result(result))
    return 0
