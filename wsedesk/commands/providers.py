"""`wsedesk providers --municipality NIS|NAAM --on DATUM [-o BESTAND.xlsx] [--json]`: who serves a municipality (ED-13)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from wsedesk.commands.common import command_context, print_json
from wsedesk.commands.options import add_date, add_json, parse_date_option
from wsedesk.documents.nl import format_date_short
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "providers",
        help=N_("erkende externe dienstverleners voor een gemeente (ED-13)"),
        description=N_(
            "De externe dienstverleners die op DATUM erkend zijn en waarvan het werkingsgebied de gemeente dekt "
            "(de gemeente zelf, haar provincie of heel Vlaanderen), met hun capaciteit."
        ),
    )
    p.add_argument(
        "--municipality",
        required=True,
        metavar="NIS|NAAM",
        help=N_("REFNIS-code of naam van een Vlaamse gemeente"),
    )
    add_date(p, "--on", help=N_("datum waarop de erkenning geldt ({f})"), required=True)
    p.add_argument(
        "--min-capacity",
        type=int,
        default=0,
        metavar="N",
        help=N_("enkel dienstverleners met minstens N vrije plaatsen"),
    )
    p.add_argument("-o", "--output", type=Path, metavar="BESTAND.xlsx", help=N_("ook naar Excel schrijven"))
    add_json(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wsedesk.services.providers import export_providers, find_providers, resolve_municipality

    on = parse_date_option(args.on, "--on")
    if args.min_capacity < 0:
        raise BadInputError(N_("--min-capacity kan niet negatief zijn."))
    if args.output is not None and args.output.suffix.lower() != ".xlsx":
        raise BadInputError(
            N_("-o: het doelbestand moet op .xlsx eindigen (gekregen: '{p}').").format(p=args.output)
        )
    municipality = resolve_municipality(args.municipality)
    with command_context(args) as ctx:
        rows = find_providers(ctx, municipality.nis, on, min_free_capacity=args.min_capacity)
    if args.output:
        export_providers(rows, args.output.expanduser())
    if args.json:
        print_json(
            {
                "municipality": {"nis": municipality.nis, "name": municipality.name_nl},
                "on": on.isoformat(),
                "providers": [
                    {
                        **asdict(r),
                        "valid_from": r.valid_from.isoformat(),
                        "valid_until": r.valid_until.isoformat(),
                    }
                    for r in rows
                ],
            }
        )
        return 0
    print(
        N_("Erkende externe dienstverleners voor {g} ({c}) op {d}: {n}").format(
            g=municipality.name_nl, c=municipality.nis, d=format_date_short(on), n=len(rows)
        )
    )
    for r in rows:
        print(
            f"  {r.reference}  {r.organisation} ({r.enterprise_number}), {r.coverage}, capaciteit {r.capacity}, "
            f"erkend t.e.m. {format_date_short(r.valid_until)}; {r.contact_name} {r.contact_email} {r.contact_phone}".rstrip()
        )
    if args.output:
        print(N_("Geschreven naar {p}").format(p=args.output))
    return 0
