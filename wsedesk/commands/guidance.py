"""`wsedesk guidance import BESTAND` and `wsedesk guidance list KENMERK`: whom recognised providers guide."""

from __future__ import annotations

import argparse
from pathlib import Path

from wsedesk.commands.common import command_context, print_json, print_refusal
from wsedesk.commands.options import add_date, add_json, parse_date_option
from wsedesk.documents.nl import format_date_short
from wsedesk.i18n import N_
from wsedesk.rules.json_ready import iso


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "guidance",
        help=N_("begeleidingen van erkende dienstverleners: lijst importeren, oplijsten"),
        description=N_(
            "Welke werknemers een erkende externe dienstverlener begeleidt: de vrije capaciteit (ED-13) en het "
            "verval na twee jaar zonder begeleiding (ED-8) volgen eruit."
        ),
    )
    guidance_sub = p.add_subparsers(dest="guidance_command", metavar="COMMANDO")
    imp = guidance_sub.add_parser(
        "import",
        help=N_("de lijst van het departement importeren (CSV of .xlsx)"),
        description=N_(
            "Leest de lijst (kolommen Dienstverlener, Rijksregisternummer, Werkgever, Ondernemingsnummer "
            "werkgever, Begin, Einde, Wijzigingen premie) en bewaart alle rijen of geen: één probleem weigert "
            "het hele bestand. Een begeleiding die al bestaat (zelfde werknemer, dienstverlener en begin) wordt "
            "bijgewerkt."
        ),
    )
    imp.add_argument("file", type=Path, metavar="BESTAND", help=N_("de lijst (.csv of .xlsx)"))
    add_json(imp)
    imp.set_defaults(handler=run_import)

    lst = guidance_sub.add_parser(
        "list",
        help=N_("de begeleidingen van een dienstverlener"),
        description=N_("De begeleidingen onder een ED-dossier, het rijksregisternummer gemaskeerd."),
    )
    lst.add_argument("dossier", metavar="KENMERK", help=N_("kenmerk van het ED-dossier, bv. ED-2025-00042"))
    add_date(lst, "--on", help=N_("telt de lopende begeleidingen op die datum ({f})"))
    add_json(lst)
    lst.set_defaults(handler=run_list)


def run_import(args: argparse.Namespace) -> int:
    from wsedesk.services.guidance_import import import_guidance_list

    with command_context(args) as ctx:
        result = import_guidance_list(ctx, args.file.expanduser())
    if args.json:
        print_json(
            {
                "ok": result.ok,
                "file": result.file,
                "rows": result.rows,
                "added": result.added,
                "updated": result.updated,
                "unchanged": result.unchanged,
                "problems": list(result.problems),
                "more_problems": result.more_problems,
            }
        )
        return 0 if result.ok else 2
    if not result.ok:
        return print_refusal(
            args.file,
            N_("wsedesk: {f}: niets geïmporteerd, 1 probleem:"),
            N_("wsedesk: {f}: niets geïmporteerd, {n} problemen:"),
            result.problems,
            result.more_problems,
        )
    print(
        N_("{f}: {r} rijen; {a} nieuw, {u} bijgewerkt, {s} ongewijzigd.").format(
            f=result.file, r=result.rows, a=result.added, u=result.updated, s=result.unchanged
        )
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    from wsedesk.services.dossiers import find_dossier_id
    from wsedesk.services.guidance import guidance_summary, list_assignments

    on = parse_date_option(args.on, "--on") if args.on else None
    with command_context(args) as ctx:
        dossier_id = find_dossier_id(ctx, args.dossier)
        rows = list_assignments(ctx, dossier_id)
        summary = guidance_summary(ctx, dossier_id, on or ctx.clock.today())
    if args.json:
        print_json(
            {
                "dossier": summary.reference,
                "organisation": summary.organisation,
                "on": iso(on),
                "capacity": summary.capacity,
                "active": summary.active,
                "free_capacity": summary.free_capacity,
                "last_guided": iso(summary.last_guided),
                "assignments": [
                    {
                        "id": r.id,
                        "employee": r.employee,
                        "employer": r.employer_name,
                        "employer_enterprise_number": r.employer_enterprise_number,
                        "start": r.start_on.isoformat(),
                        "end": iso(r.end_on),
                        "premium_changes": [d.isoformat() for d in r.premium_changes],
                    }
                    for r in rows
                ],
            }
        )
        return 0
    print(
        N_("{ref} {o}: {n} begeleidingen, {a} lopend, capaciteit {c}, vrij {f}").format(
            ref=summary.reference,
            o=summary.organisation,
            n=len(rows),
            a=summary.active,
            c=summary.capacity if summary.capacity is not None else "?",
            f=summary.free_capacity if summary.free_capacity is not None else "?",
        )
    )
    for r in rows:
        end = format_date_short(r.end_on) if r.end_on else N_("lopend")
        print(f"  {r.employee}  {r.employer_name}  {format_date_short(r.start_on)} – {end}")
    return 0
