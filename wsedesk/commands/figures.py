"""`wsedesk figures --from DATE --to DATE [-o FILE.xlsx] [--json]`: processing times and terms met."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

from wsedesk.errors import BadInputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "figures",
        help="doorlooptijden (bruto en netto van schorsingen) en gehaalde termijnen voor een periode",
        description="Per dossiertype de doorlooptijd van indiening tot beslissing, bruto en netto van "
        "schorsingen, en per termijn hoeveel er gehaald of overschreden werden, voor een periode.",
    )
    p.add_argument(
        "--from", dest="start", required=True, metavar="DATE", help="begin van de periode (JJJJ-MM-DD)"
    )
    p.add_argument(
        "--to", dest="end", required=True, metavar="DATE", help="einde van de periode (JJJJ-MM-DD)"
    )
    p.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx", help="ook naar Excel schrijven")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(handler=run)


def _date(option: str, value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadInputError(f"{option} verwacht een datum JJJJ-MM-DD (gekregen: '{value}').") from None


def run(args: argparse.Namespace) -> int:
    from wsedesk.context import resolve_database_url
    from wsedesk.services.figures import compute_figures, export_figures
    from wsedesk.services.session import open_context
    from wsedesk.settings import load_settings

    start, end = _date("--from", args.start), _date("--to", args.end)
    settings = load_settings()
    ctx = open_context(resolve_database_url(args.db, settings, demo=args.demo), settings=settings)
    try:
        figures = compute_figures(ctx, start, end)
    finally:
        ctx.close()
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
    print(f"Doorlooptijden van beslissingen tussen {start:%d/%m/%Y} en {end:%d/%m/%Y} (dagen, mediaan):")
    for r in figures.processing:
        if r.decided:
            print(
                f"  {r.label:<36} {r.decided:>6} beslist   bruto {r.gross_median:>6}   netto {r.net_median:>6}"
            )
    print("Termijnen afgesloten in de periode:")
    for t in figures.terms:
        share = f"{t.met_share:.0f} %" if t.met_share is not None else "—"
        print(f"  {t.term_id:<12} {t.label:<40} {t.closed:>6} afgesloten, {t.met:>6} gehaald ({share})")
    if args.output:
        print(f"Geschreven naar {args.output}")
    return 0
