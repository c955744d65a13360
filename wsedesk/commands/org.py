"""`wsedesk org add|edit|show|establishment|close|reopen|merge`: organisations and their establishments.

An organisation is named by its KBO number in any notation (`0428.759.497`, `BE 428 759 497`).
Edits go through the same version check as the window: `--expected-version N` makes a
script's edit fail with the conflict when someone saved the organisation since it read version
N. Nothing is ever deleted: an organisation is closed, or merged into another (docs/cli.md).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from wsedesk.commands.common import command_context, print_json
from wsedesk.commands.options import add_date, add_json, parse_date_option
from wsedesk.documents.nl import format_date_short, format_optional_date
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.rules.json_ready import iso

if TYPE_CHECKING:
    from wsedesk.services.organisations import OrganisationDetail

#: Options that set a field of an organisation (option → field of services/organisations.py).
FIELD_OPTIONS = {
    "name": "name",
    "kind": "kind",
    "street": "street",
    "postal_code": "postal_code",
    "municipality": "municipality_nis",
    "email": "email",
    "phone": "phone",
}


def _field_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    from wsedesk.models.organisations import OrganisationKind

    kinds = ", ".join(k.value for k in OrganisationKind)
    parser.add_argument("--name", required=required, metavar="NAAM", help=N_("naam van de organisatie"))
    parser.add_argument("--kind", required=required, metavar="SOORT", help=N_("soort: {k}").format(k=kinds))
    parser.add_argument("--street", metavar="STRAAT", help=N_("straat en huisnummer"))
    parser.add_argument("--postal-code", metavar="POSTCODE", help=N_("postcode (uit de referentielijst)"))
    parser.add_argument(
        "--municipality", metavar="NIS|NAAM", help=N_("gemeente: REFNIS-code of naam uit de referentielijst")
    )
    parser.add_argument("--email", metavar="E-MAIL", help=N_("e-mailadres"))
    parser.add_argument("--phone", metavar="TELEFOON", help=N_("telefoonnummer"))


def _kbo(parser: argparse.ArgumentParser) -> None:
    """The organisation the action works on, by its KBO number in any notation."""
    parser.add_argument("kbo", metavar="KBO", help=N_("ondernemingsnummer van de organisatie"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "org",
        help=N_("organisaties en vestigingen registreren, wijzigen, tonen"),
        description=N_(
            "Organisaties (op KBO-nummer) en hun vestigingen. Een organisatie wordt nooit verwijderd: ze wordt "
            "afgesloten of samengevoegd met een andere."
        ),
    )
    commands = parser.add_subparsers(dest="org_command", metavar="OPDRACHT")

    p = commands.add_parser("add", help=N_("een nieuwe organisatie registreren"))
    p.add_argument("--kbo", required=True, metavar="NUMMER", help=N_("ondernemingsnummer (KBO)"))
    _field_options(p, required=True)
    add_json(p)
    p.set_defaults(handler=run_add)

    p = commands.add_parser(
        "edit",
        help=N_("gegevens van een organisatie wijzigen"),
        description=N_(
            "Wijzigt de opgegeven velden; een lege waarde ('') maakt een niet-verplicht veld leeg."
        ),
    )
    _kbo(p)
    _field_options(p, required=False)
    p.add_argument(
        "--expected-version",
        type=int,
        metavar="N",
        help=N_("weiger de wijziging als de organisatie niet meer op versie N staat (zie 'org show')"),
    )
    add_json(p)
    p.set_defaults(handler=run_edit)

    p = commands.add_parser("show", help=N_("een organisatie tonen met vestigingen en dossiers"))
    _kbo(p)
    add_json(p)
    p.set_defaults(handler=run_show)

    p = commands.add_parser("establishment", help=N_("een vestiging toevoegen aan een organisatie"))
    _kbo(p)
    p.add_argument("--number", required=True, metavar="NUMMER", help=N_("vestigingsnummer (10 cijfers)"))
    p.add_argument("--name", required=True, metavar="NAAM", help=N_("naam van de vestiging"))
    p.add_argument("--street", metavar="STRAAT", help=N_("straat en huisnummer"))
    p.add_argument("--postal-code", metavar="POSTCODE", help=N_("postcode (uit de referentielijst)"))
    p.add_argument("--municipality", metavar="NIS|NAAM", help=N_("gemeente: REFNIS-code of naam"))
    p.set_defaults(handler=run_establishment)

    p = commands.add_parser("close", help=N_("een organisatie afsluiten (met haar vestigingen)"))
    _kbo(p)
    add_date(p, "--on", help=N_("laatste actieve dag ({f})"), required=True)
    p.set_defaults(handler=run_close)

    p = commands.add_parser("reopen", help=N_("een afgesloten organisatie heropenen"))
    _kbo(p)
    p.set_defaults(handler=run_reopen)

    p = commands.add_parser(
        "merge",
        help=N_("een dubbele organisatie samenvoegen met de organisatie die blijft"),
        description=N_(
            "Verplaatst alles van DUBBEL (dossiers, vestigingen, registraties, personen, verslagen …) naar BEHOUDEN, "
            "sluit DUBBEL af en laat het naar BEHOUDEN verwijzen. Alles wordt in het auditspoor bewaard."
        ),
    )
    p.add_argument("keep", metavar="BEHOUDEN", help=N_("KBO-nummer van de organisatie die blijft"))
    p.add_argument("duplicate", metavar="DUBBEL", help=N_("KBO-nummer van de dubbele organisatie"))
    p.add_argument(
        "--take",
        default="",
        metavar="VELDEN",
        help=N_("velden die van DUBBEL overgenomen worden, met komma's: name, street, postal_code, …"),
    )
    add_date(p, "--on", help=N_("datum van de samenvoeging (standaard vandaag; {f})"))
    p.set_defaults(handler=run_merge)


def _fields(args: argparse.Namespace) -> dict[str, Any]:
    """The field options that were given; --municipality by name or REFNIS code becomes the code."""
    from wsedesk.services.reference import find_municipality

    out: dict[str, Any] = {}
    for option, key in FIELD_OPTIONS.items():
        value = getattr(args, option, None)
        if value is None:
            continue
        if key == "municipality_nis" and value.strip():
            value = find_municipality(value).nis
        out[key] = value
    return out


def _detail_json(d: OrganisationDetail) -> dict[str, Any]:
    return {
        "id": d.id,
        "enterprise_number": d.enterprise_number,
        "name": d.name,
        "kind": d.kind,
        "street": d.street,
        "postal_code": d.postal_code,
        "municipality_nis": d.municipality_nis,
        "municipality": d.municipality or None,
        "email": d.email,
        "phone": d.phone,
        "closed_on": iso(d.closed_on),
        "merged_into": d.merged_into,
        "version": d.version,
        "establishments": [
            {
                "id": e.id,
                "establishment_number": e.establishment_number,
                "name": e.name,
                "street": e.street,
                "postal_code": e.postal_code,
                "municipality_nis": e.municipality_nis,
                "municipality": e.municipality or None,
                "closed_on": iso(e.closed_on),
            }
            for e in d.establishments
        ],
        "dossiers": [
            {"reference": x.reference, "type": x.dossier_type, "status": x.status, "closed": x.closed}
            for x in d.dossiers
        ],
    }


def _print_detail(d: OrganisationDetail) -> None:
    from wsedesk.rules.workflows import DOSSIER_TYPE_LABELS, DossierType

    place = " ".join(p for p in (d.postal_code or "", d.municipality) if p)
    lines = [
        f"{d.name} ({d.enterprise_number})",
        N_("  soort:        {k}").format(k=d.kind_label),
        N_("  adres:        {a}").format(a=", ".join(p for p in (d.street or "", place) if p) or "—"),
        N_("  e-mail:       {e}").format(e=d.email or "—"),
        N_("  telefoon:     {t}").format(t=d.phone or "—"),
        N_("  versie:       {v}").format(v=d.version),
    ]
    if d.closed_on:
        lines.append(N_("  afgesloten:   {d}").format(d=format_date_short(d.closed_on)))
    if d.merged_into:
        lines.append(N_("  samengevoegd met {k}").format(k=d.merged_into))
    print("\n".join(lines))
    print(N_("Vestigingen: {n}").format(n=len(d.establishments)))
    for e in d.establishments:
        closed = N_(" (afgesloten {d})").format(d=format_date_short(e.closed_on)) if e.closed_on else ""
        where = " ".join(p for p in (e.postal_code or "", e.municipality) if p)
        print(f"  {e.establishment_number}  {e.name}{', ' + where if where else ''}{closed}")
    print(N_("Dossiers: {n}").format(n=len(d.dossiers)))
    for x in d.dossiers:
        label = DOSSIER_TYPE_LABELS.get(DossierType(x.dossier_type), x.dossier_type)
        print(f"  {x.reference}  {label}: {x.status_label}")


def run_add(args: argparse.Namespace) -> int:
    from wsedesk.services.organisations import get_organisation, register_organisation

    fields = _fields(args)
    with command_context(args) as ctx:
        saved = register_organisation(ctx, enterprise_number=args.kbo, **fields)
        detail = get_organisation(ctx, saved.id)
    if args.json:
        print_json(_detail_json(detail))
    else:
        print(N_("{n} ({k}): organisatie geregistreerd.").format(n=detail.name, k=detail.enterprise_number))
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from wsedesk.services.organisations import find_organisation_id, get_organisation, update_organisation

    fields = _fields(args)
    if not fields:
        raise BadInputError(N_("Geef minstens één veld om te wijzigen, bv. --name of --street."))
    with command_context(args) as ctx:
        org_id = find_organisation_id(ctx, args.kbo)
        before = get_organisation(ctx, org_id)
        # A script that names the version it read has no "values as loaded" here: the conflict says who and when.
        expected = args.expected_version if args.expected_version is not None else before.version
        original = before.values() if args.expected_version is None else None
        update_organisation(ctx, org_id, expected_version=expected, changes=fields, original=original)
        detail = get_organisation(ctx, org_id)
    if args.json:
        print_json(_detail_json(detail))
    else:
        print(
            N_("{n} ({k}): gewijzigd ({f}), nu versie {v}.").format(
                n=detail.name, k=detail.enterprise_number, f=", ".join(fields), v=detail.version
            )
        )
    return 0


def run_show(args: argparse.Namespace) -> int:
    from wsedesk.services.organisations import find_organisation_id, get_organisation

    with command_context(args) as ctx:
        detail = get_organisation(ctx, find_organisation_id(ctx, args.kbo))
    if args.json:
        print_json(_detail_json(detail))
    else:
        _print_detail(detail)
    return 0


def run_establishment(args: argparse.Namespace) -> int:
    from wsedesk.services.organisations import add_establishment, find_organisation_id
    from wsedesk.services.reference import find_municipality

    nis = find_municipality(args.municipality).nis if args.municipality else None
    with command_context(args) as ctx:
        saved = add_establishment(
            ctx,
            find_organisation_id(ctx, args.kbo),
            establishment_number=args.number,
            name=args.name,
            street=args.street,
            postal_code=args.postal_code,
            municipality_nis=nis,
        )
    print(N_("Vestiging {n} ({v}) toegevoegd.").format(n=saved.name, v=saved.number))
    return 0


def run_close(args: argparse.Namespace) -> int:
    from wsedesk.services.organisation_lifecycle import close_organisation
    from wsedesk.services.organisations import find_organisation_id, get_organisation

    on = parse_date_option(args.on, "--on")
    with command_context(args) as ctx:
        org_id = find_organisation_id(ctx, args.kbo)
        close_organisation(ctx, org_id, on=on, expected_version=get_organisation(ctx, org_id).version)
        detail = get_organisation(ctx, org_id)
    print(
        N_("{n} ({k}): afgesloten op {d}.").format(
            n=detail.name, k=detail.enterprise_number, d=format_optional_date(detail.closed_on)
        )
    )
    return 0


def run_reopen(args: argparse.Namespace) -> int:
    from wsedesk.services.organisation_lifecycle import reopen_organisation
    from wsedesk.services.organisations import find_organisation_id, get_organisation

    with command_context(args) as ctx:
        org_id = find_organisation_id(ctx, args.kbo)
        reopen_organisation(ctx, org_id, expected_version=get_organisation(ctx, org_id).version)
    print(N_("Organisatie {k} heropend.").format(k=args.kbo))
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from wsedesk.services.organisation_lifecycle import merge_organisations
    from wsedesk.services.organisations import find_organisation_id, get_organisation

    take = [f.strip() for f in args.take.split(",") if f.strip()]
    with command_context(args) as ctx:
        on = parse_date_option(args.on, "--on") if args.on else ctx.clock.today()
        keep_id, dup_id = find_organisation_id(ctx, args.keep), find_organisation_id(ctx, args.duplicate)
        keep, dup = get_organisation(ctx, keep_id), get_organisation(ctx, dup_id)
        result = merge_organisations(
            ctx,
            keep_id,
            dup_id,
            on=on,
            keep_version=keep.version,
            duplicate_version=dup.version,
            take_fields=take,
        )
    moved = ", ".join(f"{n} {label}" for label, n in result.moved.items()) or N_("niets")
    print(
        N_("{d} ({dk}) samengevoegd met {k} ({kk}); verplaatst: {m}.").format(
            d=dup.name, dk=dup.enterprise_number, k=keep.name, kk=keep.enterprise_number, m=moved
        )
    )
    return 0
