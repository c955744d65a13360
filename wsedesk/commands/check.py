"""`wsedesk check REF [--as-of DATE] [--json]`: the QR-*/ED-* checks on a dossier's stored facts."""

from __future__ import annotations

import argparse

from wsedesk.commands.common import command_context, print_json
from wsedesk.commands.options import add_date, add_json, add_reference, optional_date_option
from wsedesk.documents.nl import format_date_short, iso_dates_to_short
from wsedesk.i18n import N_
from wsedesk.rules.evidence import evidence_label, evidence_value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "check",
        help=N_("de controles (QR-*, ED-*) op de gegevens van een dossier"),
        description=N_(
            "Toont per regel het oordeel (voldaan, niet voldaan, onbekend), de reden, de gebruikte gegevens en, waar "
            "de aanvrager iets kan aanvullen, de vraag voor de vraag om bijkomende informatie. Geoordeeld op --as-of "
            "(standaard vandaag)."
        ),
    )
    add_reference(p)
    add_date(p, "--as-of", help=N_("beoordelingsdatum ({f}; standaard vandaag)"), dest="as_of")
    add_json(p, N_("uitvoer als JSON-lijst"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wsedesk.services.checks import check_dossier_findings
    from wsedesk.services.dossiers import find_dossier_id

    as_of = optional_date_option(args.as_of, "--as-of")
    with command_context(args) as ctx:
        as_of = as_of or ctx.clock.today()
        findings = check_dossier_findings(ctx, find_dossier_id(ctx, args.reference), as_of)
    if args.json:
        print_json([f.as_dict() for f in findings])
        return 0
    print(
        N_("Controles voor {r}, geoordeeld op {d}:").format(
            r=args.reference.upper(), d=format_date_short(as_of)
        )
    )
    for f in findings:
        subject = f" — {f.subject}" if f.subject else ""
        print(f"\n{f.rule_id:<6} {f.verdict.upper()}{subject}")
        print(f"       {f.reason}")
        if f.evidence:
            facts = "; ".join(
                f"{evidence_label(k)}: {iso_dates_to_short(evidence_value(k, v)) or '—'}"
                for k, v in f.evidence.items()
            )
            print("       " + N_("gegevens: ") + facts)
        if f.question:
            print("       " + N_("vraag: ") + f.question)
    counts = {v: sum(1 for f in findings if f.verdict == v) for v in ("voldaan", "niet voldaan", "onbekend")}
    print("\n" + ", ".join(f"{n} {v}" for v, n in counts.items()))
    return 0
