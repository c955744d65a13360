"""`wsedesk figures --from DATUM --to DATUM [-o BESTAND.xlsx] [--json]`: processing times and terms met."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from wsedesk.commands.common import command_context
from wsedesk.commands.options import Column, add_date, add_json, format_table, parse_date_option
from wsedesk.documents.nl import format_date_short, format_decimal, format_percent


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "figures",
        help="doorlooptijden (bruto en netto van schorsingen) en gehaalde termijnen voor een periode",
        description="Per dossiertype de doorlooptijd van indiening tot beslissing, bruto en netto van "
        "schorsingen, en per termijn hoeveel er gehaald of overschreden werden, voor een periode.",
    )
    add_date(p, "--from", help="begin van de periode ({f})", required=True, dest="start")
    add_date(p, "--to", help="einde van de periode ({f})", required=True, dest="end")
    p.add_argument("-o", "--output", type=Path, metavar="BESTAND.xlsx", help="ook naar Excel schrijven")
    add_json(p, "uitvoer als JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wsedesk.services.figures import compute_figures, export_figures

    start, end = parse_date_option(args.start, "--from"), parse_date_option(args.end, "--to")
    with command_context(args) as ctx:
        figures = compute_figures(ctx, start, end)
    if args.output:
        export_figures(figures, args.output)
    if args.json:
        print(
            json.dumps(
                {
                    "from": start.isoformat(),
                    "to": end.isoformat(),
                    "processing": [asdict(r) for r in figures.processing],
                    "terms": [{**asdict(r), "met_share": r.met_share} for r in figures.terms],
                },
                indent=1,
            )
        )
        return 0
    print(
        f"Doorlooptijden van beslissingen tussen {format_date_short(start)} en {format_date_short(end)} "
        "(dagen, mediaan):"
    )
    rows = [
        [r.label, f"{r.decided} beslist", "bruto", _median(r.gross_median), "netto", _median(r.net_median)]
        for r in figures.processing
        if r.decided
    ]
    wide, num = Column(width=60), Column(right=True)
    for line in format_table(rows, [wide, num, Column(), num, Column(), num]):
        print(f"  {line}")
    print("Termijnen afgesloten in de periode:")
    rows = [
        [
            t.term_id,
            t.label,
            f"{t.closed} afgesloten,",
            f"{t.met} gehaald",
            f"({format_percent(t.met_share)})" if t.met_share is not None else "(—)",
        ]
        for t in figures.terms
    ]
    for line in format_table(rows, [Column(), wide, num, num, Column()]):
        print(f"  {line}")
    if args.output:
        print(f"Geschreven naar {args.output}")
    return 0


def _median(value: float | int | None) -> str:
    return "—" if value is None else format_decimal(value, 1)
