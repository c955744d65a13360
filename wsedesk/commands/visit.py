"""`wsedesk visit plan | list | checkout | checkin | report`: site visits on the command line.

    wsedesk visit plan --organisation KBO --type SOORT --date DATUM [--visitor LOGIN]... [--dossier REF]...
    wsedesk visit list [--week] [--assignee GEBRUIKER] [--all] [--json]
    wsedesk visit checkout --to BESTAND (--visit ID... | --assignee GEBRUIKER [--week])
    wsedesk visit checkin BESTAND [--json]
    wsedesk visit report ID -o BESTAND.pdf

`checkin` is also what a test or an operator runs as a separate process: it commits the whole
package in one transaction and may be killed at any moment; running it again completes it.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wsedesk.commands.common import command_context, print_json
from wsedesk.commands.options import Column, add_date, add_json, format_table, parse_date_option
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.rules.json_ready import iso
from wsedesk.rules.visits import VISIT_TYPES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "visit",
        help=N_("bezoeken ter plaatse: plannen, oplijsten, uit- en inchecken, verslag"),
        description=N_(
            "Bezoeken ter plaatse (begeleiding in de praktijk, opvolgbezoeken MW-4, opvolging TW-2). "
            "Uitchecken schrijft een bezoekpakket voor een laptop; inchecken brengt het terug in de "
            "centrale database, met een wachtrij voor conflicten."
        ),
    )
    visit_sub = p.add_subparsers(dest="visit_command", metavar="COMMANDO")

    plan = visit_sub.add_parser("plan", help=N_("een bezoek plannen"), description=N_("Plant een bezoek."))
    plan.add_argument(
        "--organisation",
        required=True,
        metavar="KBO",
        help=N_("ondernemingsnummer (of exacte naam) van de organisatie"),
    )
    plan.add_argument(
        "--type", required=True, choices=VISIT_TYPES, metavar="SOORT", help=", ".join(VISIT_TYPES)
    )
    add_date(plan, "--date", help=N_("geplande datum ({f})"), required=True)
    plan.add_argument(
        "--visitor",
        action="append",
        default=[],
        metavar="LOGIN",
        help=N_("bezoeker (herhaalbaar; standaard uzelf)"),
    )
    plan.add_argument(
        "--dossier", action="append", default=[], metavar="REF", help=N_("dossier (herhaalbaar)")
    )
    plan.add_argument("--note", default="", metavar="TEKST", help=N_("vrije tekst bij het bezoek"))
    add_json(plan)
    plan.set_defaults(handler=run_plan)

    lst = visit_sub.add_parser(
        "list", help=N_("bezoeken oplijsten"), description=N_("Lijst van de open bezoeken.")
    )
    lst.add_argument("--week", action="store_true", help=N_("enkel deze week"))
    lst.add_argument("--assignee", metavar="GEBRUIKER", help=N_("enkel de bezoeken van deze gebruiker"))
    lst.add_argument("--all", action="store_true", help=N_("ook afgesloten bezoeken"))
    add_json(lst)
    lst.set_defaults(handler=run_list)

    out = visit_sub.add_parser(
        "checkout",
        help=N_("bezoeken uitchecken naar een bezoekpakket"),
        description=N_(
            "Schrijft een bezoekpakket (één bestand) met de gekozen bezoeken, hun organisaties, dossiers, "
            "historiek en termijnen, voor gebruik op een laptop zonder netwerk (wsedesk --pakket BESTAND)."
        ),
    )
    out.add_argument("--to", required=True, type=Path, metavar="BESTAND", help=N_("het nieuwe pakketbestand"))
    which = out.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--visit", nargs="+", metavar="ID", help=N_("kenmerk(en) van de bezoeken, bv. BZ-2025-3F9A2C1D")
    )
    which.add_argument("--assignee", metavar="GEBRUIKER", help=N_("de open bezoeken van deze gebruiker"))
    out.add_argument(
        "--week", action="store_true", help=N_("met --assignee: enkel de bezoeken van deze week")
    )
    out.set_defaults(handler=run_checkout)

    back = visit_sub.add_parser(
        "checkin",
        help=N_("een bezoekpakket inchecken"),
        description=N_(
            "Brengt een bezoekpakket terug in de centrale database, in één transactie. Wat centraal intussen "
            "veranderde, komt als conflict in de wachtrij; niets gaat ongezien verloren. Nogmaals inchecken "
            "verandert niets. Na aanvaarding wordt de kopie op de laptop leeggemaakt."
        ),
    )
    back.add_argument("file", type=Path, metavar="BESTAND", help=N_("het bezoekpakket"))
    add_json(back)
    back.set_defaults(handler=run_checkin)

    report = visit_sub.add_parser(
        "report", help=N_("het bezoekverslag als PDF"), description=N_("Schrijft het bezoekverslag (PDF).")
    )
    report.add_argument("visit", metavar="ID", help=N_("kenmerk van het bezoek"))
    report.add_argument(
        "-o", "--output", required=True, type=Path, metavar="BESTAND.pdf", help=N_("doelbestand")
    )
    report.set_defaults(handler=run_report)


def run_plan(args: argparse.Namespace) -> int:
    from wsedesk.services import visits as V
    from wsedesk.services.dossiers import find_dossier_id

    planned_on = parse_date_option(args.date, "--date")
    with command_context(args) as ctx:
        org_id = V.find_organisation_id(ctx, args.organisation)
        visitors = [V.user_id_for_login(ctx, login) for login in args.visitor] or None
        dossiers = [find_dossier_id(ctx, ref) for ref in args.dossier]
        planned = V.plan_visit(
            ctx,
            organisation_id=org_id,
            visit_type=args.type,
            planned_on=planned_on,
            visitor_ids=visitors,
            dossier_ids=dossiers,
            summary=args.note,
        )
        (row,) = [
            r for r in V.list_visits(ctx, V.VisitFilter(organisation_id=org_id)) if r.id == planned.visit_id
        ]
    if args.json:
        print_json(_row_json(row))
    else:
        print(
            N_("Bezoek {r} gepland op {d:%d/%m/%Y} bij {o} ({t}).").format(
                r=row.reference, d=row.planned_on, o=row.organisation, t=row.type_label
            )
        )
    return 0


def _row_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "reference": row.reference,
        "organisation": row.organisation,
        "enterprise_number": row.enterprise_number,
        "type": row.visit_type,
        "planned_on": row.planned_on.isoformat(),
        "performed_on": iso(row.performed_on),
        "status": row.status,
        "visitors": list(row.visitors),
        "dossiers": list(row.dossiers),
        "open_actions": row.open_actions,
        "overdue_actions": row.overdue_actions,
    }


def run_list(args: argparse.Namespace) -> int:
    from wsedesk.services import visits as V

    with command_context(args) as ctx:
        visitor = V.user_id_for_login(ctx, args.assignee) if args.assignee else None
        rows = V.list_visits(
            ctx,
            V.VisitFilter(
                week_of=ctx.clock.today() if args.week else None, visitor_id=visitor, open_only=not args.all
            ),
            limit=10_000,
        )
    if args.json:
        print_json([_row_json(r) for r in rows])
        return 0
    if not rows:
        print(N_("Geen bezoeken."))
        return 0
    table = [
        [
            r.reference,
            f"{r.planned_on:%d/%m/%Y}",
            r.status_label,
            r.type_label,
            r.organisation,
            ", ".join(r.visitors),
            (N_("{n} open").format(n=r.open_actions) if r.open_actions else "")
            + (N_(", {n} te laat").format(n=r.overdue_actions) if r.overdue_actions else ""),
        ]
        for r in rows
    ]
    widths = (Column(width=16), Column(right=True, width=10), Column(width=14), Column(width=36),
              Column(width=40), Column(width=30), Column(width=20))  # fmt: skip
    for line in format_table(table, widths):
        print(line)
    return 0


def run_checkout(args: argparse.Namespace) -> int:
    from wsedesk.services import visits as V
    from wsedesk.services.visit_sync import checkout

    if args.week and not args.assignee:
        raise BadInputError(N_("--week hoort bij --assignee."))
    with command_context(args) as ctx:
        visit_ids = [V.find_visit_id(ctx, v) for v in args.visit or ()]
        assignee = V.user_id_for_login(ctx, args.assignee) if args.assignee else None
        result = checkout(ctx, args.to, visit_ids=visit_ids, assignee_id=assignee, week=args.week)
    print(
        N_(
            "Pakket {p} geschreven voor {u}: {v} bezoek(en), {o} organisatie(s), {d} dossier(s). "
            "Open het op de laptop met: wsedesk --pakket {p}"
        ).format(
            p=result.path, u=result.issued_to, v=result.visits, o=result.organisations, d=result.dossiers
        )
    )
    return 0


def run_checkin(args: argparse.Namespace) -> int:
    from wsedesk.services.visit_sync import checkin, package_counts

    with command_context(args) as ctx:
        result = checkin(ctx, args.file)
    if args.json:
        print_json(package_counts(result))
        return 0
    if result.already_checked_in:
        print(N_("Dit pakket was al ingecheckt: niets gewijzigd."))
    else:
        print(
            N_(
                "Ingecheckt: {m} record(s) samengevoegd ({c} nieuw, {u} gewijzigd, {d} verwijderd), {k} conflict(en)."
            ).format(
                m=result.merged, c=result.created, u=result.updated, d=result.deleted, k=result.conflicts
            )
        )
        if result.conflicts:
            print(N_("Los de conflicten op in Bezoeken → Wachtrij conflicten."))
    for warning in result.warnings:
        print(N_("Let op: {w}").format(w=warning))
    if result.cleared:
        print(N_("De kopie op de laptop is leeggemaakt."))
    return 0


def run_report(args: argparse.Namespace) -> int:
    from wsedesk.services.visit_report import visit_report_pdf
    from wsedesk.services.visits import find_visit_id

    target = args.output.expanduser()
    if not target.parent.resolve().is_dir():
        raise BadInputError(N_("De map '{p}' bestaat niet.").format(p=target.parent), where="-o")
    with command_context(args) as ctx:
        name, pdf = visit_report_pdf(ctx, find_visit_id(ctx, args.visit))
    target.write_bytes(pdf)
    print(N_("Bezoekverslag geschreven naar {p} ({n}).").format(p=target, n=name))
    return 0
