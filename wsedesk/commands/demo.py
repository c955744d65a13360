"""`wsedesk demo [--dossiers N] [--seed S]`: fill the open database with demo data."""

from __future__ import annotations

import argparse
import sys
import time

from wsedesk.commands.common import PrintProgress, command_context
from wsedesk.documents.nl import format_decimal, format_integer
from wsedesk.errors import BadInputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "demo",
        help="de database vullen met realistische demodata",
        description="Vult de database met realistische, reproduceerbare demodata: organisaties, "
        "medewerkers, dossiers van elk type in elke status, met hun tijdlijn.",
    )
    p.add_argument("--dossiers", type=int, default=2000, metavar="N", help="aantal dossiers (standaard 2000)")
    p.add_argument(
        "--seed", type=int, default=2025, metavar="S", help="startwaarde voor het toeval (standaard 2025)"
    )
    p.add_argument(
        "--visits",
        type=int,
        default=20,
        metavar="N",
        help="aantal bezoeken ter plaatse (standaard 20; 0: geen); bij een SQLite-bestand ook een klaar "
        "bezoekpakket ernaast (<naam>-bezoeken.wsebezoek)",
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wsedesk.services.demo import generate_demo

    if not 0 <= args.visits <= 1000:
        raise BadInputError(f"--visits moet tussen 0 en 1.000 liggen (gekregen: {args.visits}).")
    if not 1 <= args.dossiers <= 2_000_000:
        raise BadInputError(f"--dossiers moet tussen 1 en 2.000.000 liggen (gekregen: {args.dossiers}).")
    with command_context(args) as ctx:
        started = time.monotonic()
        result = generate_demo(ctx, dossiers=args.dossiers, seed=args.seed, progress=PrintProgress())
        print(file=sys.stderr)
        print(
            f"{ctx.db.describe()}: {format_integer(result.dossiers)} dossiers, "
            f"{format_integer(result.organisations)} organisaties, {format_integer(result.events)} gebeurtenissen, "
            f"{result.users} medewerkers in {format_decimal(time.monotonic() - started, 1)} s."
        )
        if args.visits:
            from wsedesk.services.visit_demo import generate_demo_visits

            path = ctx.db.sqlite_path
            package = path.with_name(f"{path.stem}-bezoeken.wsebezoek") if path else None
            visits = generate_demo_visits(ctx, seed=args.seed, count=args.visits, package=package)
            print(
                f"{visits.visits} bezoeken, {visits.conflicts} conflict(en) in de wachtrij"
                + (
                    f"; bezoekpakket: {visits.package} (wsedesk --pakket {visits.package})"
                    if visits.package
                    else ""
                )
                + "."
            )
    return 0
