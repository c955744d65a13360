"""`wsedesk step REF [ACTION] [--as-of DATE] [--note TEXT]`: one step of a dossier's procedure.

The same use case as the dossier screen's buttons (`services/steps.py take_step`): the state,
the role, the date and the step's own conditions (an approved advice before a decision, ED-6;
QR-6, TW-1, …) are checked in the service; a refusal is one line with the reason. Without
ACTION it lists the steps the user may take now, and why a blocked one is blocked.
"""

from __future__ import annotations

import argparse

from wsedesk.commands.common import command_context
from wsedesk.commands.options import add_date, add_reference, optional_date_option
from wsedesk.documents.nl import format_date_short
from wsedesk.i18n import N_


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "step",
        help=N_("een stap van de procedure zetten voor een dossier (zoals de knoppen in het venster)"),
        description=N_(
            "Zet een stap van de procedure (bv. ontvankelijk, advies_opmaken, erkennen) met dezelfde controles "
            "als het venster: status, rol, datum en de voorwaarden van de stap (een beslissing pas na een "
            "goedgekeurd advies, ED-6). Zonder ACTIE: de stappen die u nu kunt zetten, en waarom een stap nog "
            "niet kan."
        ),
    )
    add_reference(p)
    p.add_argument(
        "action", metavar="ACTIE", nargs="?", help=N_("de stap, bv. erkennen (zonder: toon de stappen)")
    )
    add_date(p, "--as-of", help=N_("datum van de stap ({f}; standaard vandaag)"), dest="as_of")
    p.add_argument("--note", metavar="TEKST", default="", help=N_("toelichting bij de stap (in de tijdlijn)"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wsedesk.services.dossiers import find_dossier_id, get_dossier
    from wsedesk.services.steps import step_refusals, take_step
    from wsedesk.services.terms import available_actions

    on = optional_date_option(args.as_of, "--as-of")
    with command_context(args) as ctx:
        dossier_id = find_dossier_id(ctx, args.reference)
        on = on or ctx.clock.today()
        before = get_dossier(ctx, dossier_id)
        if not args.action:
            actions = available_actions(ctx, dossier_id)
            refusals = step_refusals(ctx, dossier_id, on)
            print(
                N_("{r} ({t}), status '{s}' sinds {d}.").format(
                    r=before.reference,
                    t=before.type_label,
                    s=before.status_label,
                    d=format_date_short(before.status_since),
                )
            )
            if not actions:
                print(N_("Geen stap die u nu kunt zetten."))
            for t in actions:
                why = refusals.get(t.action)
                state = N_("nog niet: {r}").format(r=why) if why else N_("mogelijk")
                print(f"  {t.action:<26} {t.label} ({t.rule_id}) — {state}")
            return 0
        take_step(ctx, dossier_id, args.action, on=on, note=args.note)
        after = get_dossier(ctx, dossier_id)
    print(
        N_("{r}: '{a}' gezet op {d}: {b} → {s}.").format(
            r=after.reference,
            a=args.action,
            d=format_date_short(on),
            b=before.status_label,
            s=after.status_label,
        )
    )
    return 0
