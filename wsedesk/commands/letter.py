"""`wsedesk letter REF --kind SOORT -o BESTAND.pdf`: a letter from the dossier's own facts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from wsedesk.commands.common import command_context
from wsedesk.commands.options import add_date, add_reference, optional_date_option
from wsedesk.documents.letter_kinds import DOSSIER_KINDS
from wsedesk.documents.nl import format_size
from wsedesk.errors import BadInputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "letter",
        help="een brief (PDF) opmaken voor een dossier",
        description="Maakt een brief op met de namen, data en termijnen van het dossier zelf, bewaart hem bij het "
        "dossier met zijn SHA-256 (als nieuwe versie) en schrijft hem naar BESTAND. Een briefsoort die niet past bij "
        "het type of de status van het dossier wordt geweigerd, met de reden.",
    )
    add_reference(p)
    p.add_argument(
        "--kind",
        required=True,
        choices=DOSSIER_KINDS,
        metavar="SOORT",
        help="briefsoort: " + ", ".join(DOSSIER_KINDS),
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="BESTAND.pdf", help="doelbestand")
    add_date(p, "--date", help="briefdatum ({f}; standaard de datum van het feit dat de brief meldt)")
    p.add_argument(
        "--motivering",
        action="append",
        default=[],
        metavar="TEKST",
        help="motivering van de beslissing (herhaalbaar: één punt per keer)",
    )
    p.add_argument(
        "--voorstel",
        metavar="TEKST",
        help="advies: het voorstel van beslissing (standaard wat de toetsing ED-6 voorstelt, bv. erkenning)",
    )
    p.add_argument(
        "--goedkeuren",
        action="store_true",
        help="advies: het ontwerp goedkeuren als teamverantwoordelijke (een nieuwe, definitieve versie; ED-6)",
    )
    p.add_argument("--opmerkingen", metavar="TEKST", help="advies: opmerkingen van de teamverantwoordelijke")
    p.add_argument("--preview", action="store_true", help="enkel het bestand schrijven, niets bewaren")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from wsedesk.documents.templates import MissingValueError
    from wsedesk.services.dossiers import find_dossier_id
    from wsedesk.services.letters import approve_advice, generate_letter, render_for_dossier

    letter_date = optional_date_option(args.date, "--date")
    if args.kind != "advies" and (args.voorstel or args.goedkeuren or args.opmerkingen):
        raise BadInputError("--voorstel, --goedkeuren en --opmerkingen horen enkel bij --kind advies.")
    if args.goedkeuren and args.preview:
        raise BadInputError("--goedkeuren en --preview gaan niet samen: een goedkeuring wordt bewaard.")
    output: Path = args.output.expanduser()
    if output.suffix.lower() != ".pdf":
        raise BadInputError(f"-o: het doelbestand moet op .pdf eindigen (gekregen: '{output}').")
    if not output.parent.resolve().exists():
        raise BadInputError(f"-o: de map '{output.parent}' bestaat niet.")
    with command_context(args) as ctx:
        dossier_id = find_dossier_id(ctx, args.reference)
        reasons = tuple(r.strip() for r in args.motivering if r.strip())
        proposal = (args.voorstel or "").strip() or None
        # What the letter says, the same for a preview and a stored letter.
        inputs: dict[str, Any] = {
            "letter_date": letter_date,
            "reasons": reasons,
            "proposed_decision": proposal,
        }
        try:
            if args.preview:
                pdf = render_for_dossier(ctx, dossier_id, args.kind, **inputs)
                output.write_bytes(pdf)
                print(
                    f"{output}: voorbeeld van '{args.kind}' voor {args.reference.upper()} ({format_size(len(pdf))}, niet bewaard)."
                )
                return 0
            if args.goedkeuren:
                remarks = (args.opmerkingen or "").strip() or None
                stored = approve_advice(
                    ctx, dossier_id, remarks=remarks, proposed_decision=proposal, letter_date=letter_date
                )
            else:
                stored = generate_letter(ctx, dossier_id, args.kind, **inputs)
        except MissingValueError as exc:
            # The values the command line gives itself: say which option fills them in.
            option = {"beslissing.motivering": "--motivering", "advies.voorstel": "--voorstel"}.get(
                exc.placeholder
            )
            if option is None:
                raise
            raise BadInputError(
                f"{option}: deze brief heeft {{{exc.placeholder}}} nodig"
                + (" (de toetsing stelt nog geen beslissing voor)" if option == "--voorstel" else "")
                + f"; geef het met {option} TEKST."
            ) from None
        output.write_bytes(stored.content)
        state = "definitief" if stored.final else "concept (wacht op goedkeuring)"
        print(
            f"{output}: '{args.kind}' voor {args.reference.upper()}, versie {stored.revision}, {state}, "
            f"SHA-256 {stored.sha256}."
        )
    return 0
