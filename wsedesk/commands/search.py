"""`wsedesk search TEXT [--kind K] [--limit N] [--json]`: search everywhere, as Ctrl+K in the window."""

from __future__ import annotations

import argparse

from wsedesk.commands.common import command_context, print_json
from wsedesk.commands.options import add_json
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_

KINDS = ("dossier", "organisation", "person", "note", "letter")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "search",
        help=N_("zoek in dossiers, organisaties, personen, notities en brieven"),
        description=N_(
            "Zoekt TEKST in dossierreferenties en -onderwerpen, namen en ondernemingsnummers van organisaties, "
            "personen, notities en de tekst van opgeslagen brieven. Hoofdletters en accenten tellen niet mee "
            "('Emmaus' vindt 'Emmaüs'); elk woord telt als begin van een woord; een nummer mag met of zonder "
            "punten ('0428759497' vindt '0428.759.497')."
        ),
    )
    p.add_argument("text", metavar="TEKST", help=N_("wat u zoekt"))
    p.add_argument(
        "--kind",
        action="append",
        choices=KINDS,
        metavar="SOORT",
        help=N_("enkel deze soort: {k} (mag herhaald worden)").format(k=", ".join(KINDS)),
    )
    p.add_argument(
        "--limit", type=int, default=20, metavar="N", help=N_("hoogstens N treffers per soort (standaard 20)")
    )
    add_json(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wsedesk.services.search import FIELD_TITLES, MAX_PER_KIND, hit_as_json, search

    if not 1 <= args.limit <= MAX_PER_KIND:
        raise BadInputError(N_("--limit: kies een aantal van 1 tot {n}.").format(n=MAX_PER_KIND))
    if not args.text.strip():
        raise BadInputError(N_("TEKST: geef iets om te zoeken."))
    with command_context(args) as ctx:
        result = search(ctx, args.text, per_kind=args.limit, kinds=tuple(args.kind) if args.kind else None)
    if args.json:
        print_json(
            {
                "text": args.text,
                "hits": [hit_as_json(h) for h in result.hits],
                "more": sorted(g.kind for g in result.groups if g.more),
            }
        )
        return 0
    if not result.groups:
        print(N_("Niets gevonden voor '{t}'.").format(t=args.text))
        return 0
    for group in result.groups:
        print(f"{group.title} ({len(group.hits)}{'+' if group.more else ''})")
        for hit in group.hits:
            where = FIELD_TITLES.get(hit.field, hit.field)
            print(f"  {hit.label}  [{where}] {hit.excerpt}")
    return 0
