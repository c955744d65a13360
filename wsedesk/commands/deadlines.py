"""`wsedesk deadlines [--as-of DATUM] [--json]`: the open terms of the open database, most urgent first."""

from __future__ import annotations

import argparse

from wsedesk.commands.common import command_context, print_json
from wsedesk.commands.options import Column, add_date, add_json, format_table, optional_date_option
from wsedesk.documents.nl import format_date_short, format_optional_date
from wsedesk.errors import BadInputError
from wsedesk.rules.json_ready import iso

LIGHT_LABELS = {"overdue": "VERSTREKEN", "due_soon": "binnenkort", "ok": "op schema", "stopped": "stilgelegd"}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "deadlines",
        help="de lopende termijnen van de database, dringendste eerst",
        description="Toont alle lopende termijnen met hun vervaldag en verkeerslicht "
        "(verstreken / binnenkort / op schema / stilgelegd).",
    )
    add_date(p, "--as-of", help="referentiedatum ({f}; standaard vandaag)")
    p.add_argument("--mine", action="store_true", help="enkel dossiers die aan mij zijn toegewezen")
    p.add_argument(
        "--type", dest="dossier_type", choices=["QR", "ED", "MW", "DV"], help="enkel dit dossiertype"
    )
    p.add_argument("--limit", type=int, default=0, metavar="N", help="hoogstens N regels (standaard alle)")
    add_json(p, "één JSON-lijst als uitvoer")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wsedesk.services.terms import WorkFilter, count_work, worklist

    as_of = optional_date_option(args.as_of, "--as-of")
    if args.limit < 0:
        raise BadInputError(f"--limit moet 0 of meer zijn (gekregen: {args.limit}).")
    with command_context(args) as ctx:
        as_of = as_of or ctx.clock.today()
        flt = WorkFilter(assignee_id=ctx.user.id if args.mine else None, dossier_type=args.dossier_type)
        items = []
        offset = 0
        while True:
            page = worklist(ctx, flt, as_of=as_of, offset=offset, limit=5000)
            items.extend(page)
            offset += len(page)
            if len(page) < 5000 or (args.limit and len(items) >= args.limit):
                break
        if args.limit:
            items = items[: args.limit]
        if args.json:
            print_json(
                [
                    {
                        "reference": i.reference,
                        "dossier_type": i.dossier_type,
                        "status": i.status,
                        "organisation": i.organisation,
                        "assignee": i.assignee or None,
                        "term": i.term_id,
                        "event": i.event_date.isoformat(),
                        "due": iso(i.due),
                        "light": i.light,
                        "days_left": i.days_left,
                    }
                    for i in items
                ]
            )
            return 0
        counts = count_work(ctx, flt, as_of=as_of)
        print(
            f"Lopende termijnen op {format_date_short(as_of)}: {counts['overdue']} verstreken, {counts['due_soon']} "
            f"binnenkort, {counts['ok']} op schema, {counts['stopped']} stilgelegd."
        )
        rows = [
            [
                format_optional_date(i.due),
                "—" if i.days_left is None else str(i.days_left),
                LIGHT_LABELS[i.light],
                i.reference,
                i.term_id,
                i.status_label,
                i.organisation,
            ]
            for i in items
        ]
        right = Column(right=True)
        columns = [right, right, Column(), Column(), Column(), Column(width=32), Column(width=60)]
        for line in format_table(rows, columns):
            print(line)
    return 0
