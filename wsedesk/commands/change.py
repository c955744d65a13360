"""`wsedesk change REF --description TEXT [--occurred DATE] [--reported DATE | --not-reported] [--json]`.

Registers a change that affects the conditions (ED-11, QR-7), re-runs the checks and prints the
findings that are not "voldaan" and the proposed step. The step is proposed, never taken.
"""

from __future__ import annotations

import argparse
from typing import Any

from wsedesk.commands.common import command_context, print_json
from wsedesk.commands.options import add_date, add_json, add_reference, optional_date_option
from wsedesk.documents.nl import format_date_short
from wsedesk.i18n import N_
from wsedesk.rules.json_ready import iso


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "change",
        help=N_("een wijziging die de voorwaarden raakt registreren (ED-11, QR-7)"),
        description=N_(
            "Registreert een wijziging bij een erkenning (ED) of kwaliteitsregistratie (QR), voert de controles "
            "opnieuw uit en toont wat niet voldaan is en de voorgestelde stap. De stap wordt niet gezet. Zonder "
            "--reported geldt vandaag als meldingsdatum; --not-reported: niet gemeld, door de dienst vastgesteld."
        ),
    )
    add_reference(p)
    p.add_argument("--description", required=True, metavar="TEKST", help=N_("omschrijving van de wijziging"))
    add_date(p, "--occurred", help=N_("datum van de wijziging ({f})"))
    reported = p.add_mutually_exclusive_group()
    add_date(reported, "--reported", help=N_("datum van de melding ({f}; standaard vandaag)"))
    reported.add_argument(
        "--not-reported",
        dest="not_reported",
        action="store_true",
        help=N_("de aanbieder meldde het niet; de dienst stelde het zelf vast"),
    )
    add_json(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wsedesk.services.condition_changes import register_change
    from wsedesk.services.dossiers import find_dossier_id

    occurred = optional_date_option(args.occurred, "--occurred")
    reported = optional_date_option(args.reported, "--reported")
    with command_context(args) as ctx:
        if reported is None and not args.not_reported:
            reported = ctx.clock.today()
        result = register_change(
            ctx, find_dossier_id(ctx, args.reference), args.description, occurred, reported
        )
    reference = args.reference.upper()
    findings = [f for f in result.findings if f.verdict != "voldaan"]
    proposal = result.proposal
    if args.json:
        out: dict[str, Any] = {
            "reference": reference,
            "change_id": result.change_id,
            "description": args.description.strip(),
            "occurred_on": iso(occurred),
            "reported_on": iso(reported),
            "findings": [
                {"rule_id": f.rule_id, "subject": f.subject, "verdict": f.verdict, "reason": f.reason}
                for f in findings
            ],
            "proposal": (
                {
                    "action": proposal.action,
                    "label": proposal.label,
                    "rule_id": proposal.rule_id,
                    "target": proposal.target,
                    "reasons": list(proposal.reasons),
                    "allowed_for_user": proposal.allowed_for_user,
                }
                if proposal
                else None
            ),
        }
        print_json(out)
        return 0
    when = N_(" (op {d})").format(d=format_date_short(occurred)) if occurred else ""
    how = (
        N_("gemeld op {d}").format(d=format_date_short(reported))
        if reported
        else N_("niet gemeld, door de dienst vastgesteld")
    )
    print(
        N_("Wijziging geregistreerd bij {r}{w}, {h}: {t}").format(
            r=reference, w=when, h=how, t=args.description.strip()
        )
    )
    if findings:
        print("\n" + N_("Niet voldaan of onbekend na de nieuwe controle:"))
        for f in findings:
            subject = f" — {f.subject}" if f.subject else ""
            print(f"  {f.rule_id:<6} {f.verdict.upper()}{subject}")
            print(f"         {f.reason}")
    else:
        print("\n" + N_("Alle regels zijn voldaan."))
    if proposal:
        print(
            "\n"
            + N_("Voorstel (niet gezet): '{label}' ({rule}), actie '{action}'.").format(
                label=proposal.label, rule=proposal.rule_id, action=proposal.action
            )
        )
        for reason in proposal.reasons:
            print(f"  {reason}")
        if not proposal.allowed_for_user:
            print("  " + N_("Uw rol mag deze stap niet zetten."))
    else:
        print("\n" + N_("Geen stap voorgesteld."))
    return 0
