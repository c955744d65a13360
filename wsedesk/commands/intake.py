"""`wsedesk intake import BESTAND [--json]`: a document of the online counter becomes a dossier.

The file's `schema` says what it is: `wsedesk-intake/1` (docs/intake-json.md) an application for
recognition as external service provider → an ED dossier; `wsedesk-qr/1` (docs/qr-json.md) a
quality registration → a QR dossier. All or nothing: on a problem nothing is stored and every
problem is printed with its JSON path. Exit code 0 when the dossier was created, 2 when the
file was refused (as for every user error).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wsedesk.commands.common import command_context, print_json, print_refusal
from wsedesk.commands.options import add_json
from wsedesk.documents.nl import format_date_short
from wsedesk.i18n import N_
from wsedesk.rules.json_ready import iso


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "intake",
        help=N_("aanvragen van het e-loket inschrijven"),
        description=N_(
            "Aanvragen zoals het e-loket ze aanlevert: erkenning als externe dienstverlener (wsedesk-intake/1) en "
            "kwaliteitsregistratie (wsedesk-qr/1)."
        ),
    )
    commands = parser.add_subparsers(dest="intake_command", metavar="OPDRACHT")
    p = commands.add_parser(
        "import",
        help=N_("een aanvraag (JSON) inschrijven als nieuw ED- of QR-dossier"),
        description=N_(
            "Schrijft een aanvraag van het e-loket (JSON) in. Het veld 'schema' bepaalt wat: wsedesk-intake/1 "
            "(docs/intake-json.md) wordt een dossier erkenning externe dienstverlener met de termijn voor de "
            "ontvankelijkheid (ED-4); wsedesk-qr/1 (docs/qr-json.md) wordt een dossier kwaliteitsregistratie met "
            "de termijn voor de beslissing over de validatie (QR-4). Alles of niets: bij een probleem wordt niets "
            "bewaard en wordt elk probleem met zijn plaats in de JSON getoond."
        ),
    )
    p.add_argument("file", metavar="BESTAND", type=Path, help=N_("het JSON-bestand van de aanvraag"))
    add_json(p)
    p.set_defaults(handler=run_import)


def read_document(path: Path) -> tuple[Any, str | None]:
    """The parsed JSON, or None and a Dutch message naming where the file is broken (the window reads it alike)."""
    from wsedesk.importers.counter_json import read_counter_document  # the models come with it: not at start

    return read_counter_document(path)


def run_import(args: argparse.Namespace) -> int:
    from wsedesk.importers.qr_json import SCHEMA_ID as QR_SCHEMA
    from wsedesk.services.quality_registrations import import_registration
    from wsedesk.services.recognition import ImportResult, Problem, import_application

    data, broken = read_document(args.file)
    if broken is not None:
        result = ImportResult(ok=False, problems=(Problem("(bestand)", broken),))
    else:
        # The document's schema says which application it is; anything else is judged as wsedesk-intake/1,
        # whose reader names the unsupported schema.
        importer = (
            import_registration
            if isinstance(data, dict) and data.get("schema") == QR_SCHEMA
            else import_application
        )
        with command_context(args) as ctx:
            result = importer(ctx, data)
    if args.json:
        print_json(
            {
                "ok": result.ok,
                "schema": result.schema or None,
                "reference": result.reference,
                "dossier_id": result.dossier_id,
                "organisation_id": result.organisation_id,
                "organisation_created": result.organisation_created,
                "admissibility_due": result.admissibility_due.isoformat()
                if result.admissibility_due
                else None,
                "decision_due": iso(result.decision_due),
                "warnings": list(result.warnings),
                "problems": [p.as_dict() for p in result.problems],
            }
        )
        return 0 if result.ok else 2
    if not result.ok:
        return print_refusal(
            args.file,
            N_("wsedesk: {f}: niet ingeschreven, 1 probleem:"),
            N_("wsedesk: {f}: niet ingeschreven, {n} problemen:"),
            result.problems,
        )
    due = (
        f", ontvankelijkheid te beoordelen uiterlijk op {format_date_short(result.admissibility_due)} (ED-4)"
        if result.admissibility_due
        else ""
    )
    if result.decision_due:
        due = f", beslissing over de validatie uiterlijk op {format_date_short(result.decision_due)} (QR-4)"
    organisation = N_("nieuwe organisatie") if result.organisation_created else N_("bestaande organisatie")
    print(f"{result.reference}: {N_('aanvraag ingeschreven')} ({organisation}){due}.")
    for warning in result.warnings:
        print(N_("  let op: {w}").format(w=warning))
    return 0
