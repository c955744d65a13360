"""`wsedesk intake import BESTAND [--json]`: an application of the online counter becomes an ED dossier.

The file is the JSON of docs/intake-json.md (schema `wsedesk-intake/1`). All or nothing: on a
problem nothing is stored and every problem is printed with its JSON path. Exit code 0 when the
dossier was created, 2 when the file was refused (as for every user error).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wsedesk.documents.nl import format_date_short
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.rules.input_policy import load_json

MAX_FILE_BYTES = 5_000_000  # an application is a few kilobytes; refuse anything absurd before parsing


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "intake",
        help=N_("aanvragen van het e-loket inschrijven"),
        description=N_("Aanvragen tot erkenning als externe dienstverlener, zoals het e-loket ze aanlevert."),
    )
    commands = parser.add_subparsers(dest="intake_command", metavar="OPDRACHT")
    p = commands.add_parser(
        "import",
        help=N_("een aanvraag (JSON) inschrijven als nieuw ED-dossier"),
        description=N_(
            "Schrijft een aanvraag van het e-loket (JSON, schema wsedesk-intake/1, zie docs/intake-json.md) in als "
            "nieuw dossier erkenning externe dienstverlener, met de termijn voor de ontvankelijkheid (ED-4). Alles "
            "of niets: bij een probleem wordt niets bewaard en wordt elk probleem met zijn plaats in de JSON getoond."
        ),
    )
    p.add_argument("file", metavar="BESTAND", type=Path, help=N_("het JSON-bestand van de aanvraag"))
    p.add_argument("--json", action="store_true", help=N_("uitvoer als JSON"))
    p.set_defaults(handler=run_import)


def read_document(path: Path) -> tuple[Any, str | None]:
    """The parsed JSON, or None and a Dutch message naming where the file is broken."""
    path = path.expanduser()
    if not path.is_file():
        raise BadInputError(N_("Het bestand '{p}' bestaat niet.").format(p=path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise BadInputError(
            N_("Het bestand '{p}' is te groot voor een aanvraag (meer dan {n} MB).").format(
                p=path, n=MAX_FILE_BYTES // 1_000_000
            )
        )
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        return None, N_("het bestand is geen UTF-8-tekst")
    return load_json(text)  # depth-bounded: 100,000 nested '[' is a message, not a RecursionError


def run_import(args: argparse.Namespace) -> int:
    from wsedesk.context import resolve_database_url
    from wsedesk.services.recognition import ImportResult, Problem, import_application
    from wsedesk.services.session import open_context
    from wsedesk.settings import load_settings

    data, broken = read_document(args.file)
    if broken is not None:
        result = ImportResult(ok=False, problems=(Problem("(bestand)", broken),))
    else:
        settings = load_settings()
        ctx = open_context(resolve_database_url(args.db, settings, demo=args.demo), settings=settings)
        try:
            result = import_application(ctx, data)
        finally:
            ctx.close()
    if args.json:
        print(
            json.dumps(
                {
                    "ok": result.ok,
                    "reference": result.reference,
                    "dossier_id": result.dossier_id,
                    "organisation_id": result.organisation_id,
                    "organisation_created": result.organisation_created,
                    "admissibility_due": result.admissibility_due.isoformat()
                    if result.admissibility_due
                    else None,
                    "warnings": list(result.warnings),
                    "problems": [p.as_dict() for p in result.problems],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0 if result.ok else 2
    if not result.ok:
        print(
            (
                N_("wsedesk: {f}: niet ingeschreven, 1 probleem:")
                if len(result.problems) == 1
                else N_("wsedesk: {f}: niet ingeschreven, {n} problemen:")
            ).format(f=args.file, n=len(result.problems)),
            file=sys.stderr,
        )
        for problem in result.problems:
            print(f"  {problem}", file=sys.stderr)
        return 2
    due = (
        f", ontvankelijkheid te beoordelen uiterlijk op {format_date_short(result.admissibility_due)} (ED-4)"
        if result.admissibility_due
        else ""
    )
    organisation = N_("nieuwe organisatie") if result.organisation_created else N_("bestaande organisatie")
    print(f"{result.reference}: {N_('aanvraag ingeschreven')} ({organisation}){due}.")
    for warning in result.warnings:
        print(N_("  let op: {w}").format(w=warning))
    return 0
