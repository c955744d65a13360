"""`wsedesk report …`: the sustainability report (duurzaamheidsverslag) from the command line.

    wsedesk report template [--version 2025] -o verslag.xlsx [--force]
    wsedesk report check BESTAND... [--json] [--org KBO] [--year JAAR] [--date DATUM]
    wsedesk report import BESTAND... [--json] [--date DATUM]
    wsedesk report overview --year JAAR [-o BESTAND.xlsx] [--share-drop PUNTEN]
    wsedesk report missing --year JAAR [--json]

`check` needs no database and no known organisation. Exit code: 0 when every file is
accepted, 1 when at least one is rejected (2 for bad command-line input, as for every
command). `import` stores: 0 when every file is stored, 1 when at least one is not (rejected
or already imported). Add a sub-command by writing `_register_<name>(sub)` and calling it in
`register`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from wsedesk.clock import SystemClock
from wsedesk.commands.common import command_context, print_json
from wsedesk.commands.options import DATE_METAVAR, add_json, parse_date_option
from wsedesk.documents.nl import format_date_short, format_optional_date
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.rules.identifiers import IdentifierError, format_enterprise_number, normalise_enterprise_number


def register(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "report",
        help=N_(
            "duurzaamheidsverslagen: leeg sjabloon maken, werkmappen controleren en inlezen, overzicht, "
            "ontbrekende verslagen"
        ),
        description=N_("Duurzaamheidsverslagen (collectief maatwerk, MW-2)."),
    )
    sub = parser.add_subparsers(dest="report_command", metavar="OPDRACHT")
    _register_template(sub)
    _register_check(sub)
    _register_import(sub)
    _register_overview(sub)
    _register_missing(sub)
    return parser


# --- report template -------------------------------------------------------------------------


def _register_template(sub: Any) -> None:
    parser = sub.add_parser(
        "template",
        help=N_("schrijf de lege werkmap van een sjabloonversie"),
        description=N_("Schrijf de lege werkmap (.xlsx) om naar de organisaties te sturen."),
    )
    parser.add_argument(
        "--version",
        dest="template_version",
        metavar="VERSIE",
        help=N_("sjabloonversie, bv. 2025 of duurzaamheidsverslag-2025 (standaard: de nieuwste)"),
    )
    parser.add_argument("-o", "--output", required=True, metavar="BESTAND.xlsx", help=N_("het doelbestand"))
    parser.add_argument("--force", action="store_true", help=N_("overschrijf een bestaand bestand"))
    parser.add_argument("--list", action="store_true", help=N_("toon enkel de beschikbare versies en stop"))
    parser.set_defaults(handler=run_template)


def run_template(args: argparse.Namespace) -> int:
    from wsedesk.documents.report_workbook import write_blank_report
    from wsedesk.importers.report_template import available_versions, latest_version, load_template

    if args.list:
        for version in available_versions():
            print(version)
        return 0
    version = args.template_version or latest_version()
    template = load_template(version)  # UnknownTemplateVersionError is a BadInputError
    output = _xlsx_output(args.output)
    if output.exists() and not args.force:
        raise BadInputError(
            N_("{f} bestaat al; kies een andere naam of gebruik --force om te overschrijven.").format(
                f=output
            )
        )
    if not output.parent.is_dir():
        raise BadInputError(N_("De map {d} bestaat niet.").format(d=output.parent))
    with _writing(output):
        write_blank_report(template, output)
    print(N_("Sjabloon {v} geschreven naar {f}.").format(v=template.version, f=output))
    return 0


def _xlsx_output(name: str) -> Path:
    """The -o file, refused unless it is an .xlsx."""
    output = Path(name)
    if output.suffix.lower() != ".xlsx":
        raise BadInputError(N_("Het doelbestand moet op .xlsx eindigen (gekregen: {f}).").format(f=output))
    return output


@contextmanager
def _writing(output: Path) -> Iterator[None]:
    """Around writing `output`: a file that cannot be written is a clear message, not a traceback."""
    try:
        yield
    except OSError as exc:
        raise BadInputError(
            N_("Kan {f} niet schrijven: {e}.").format(f=output, e=exc.strerror or exc)
        ) from exc


# --- report check ----------------------------------------------------------------------------


def _register_check(sub: Any) -> None:
    parser = sub.add_parser(
        "check",
        help=N_("controleer ingevulde werkmappen (zonder database)"),
        description=N_(
            "Lees en controleer ingevulde duurzaamheidsverslagen. Er wordt niets opgeslagen. "
            "Exitcode 0: alle bestanden aanvaard; 1: minstens één geweigerd."
        ),
    )
    _workbook_options(parser)
    parser.add_argument("--org", metavar="KBO", help=N_("het verwachte ondernemingsnummer"))
    parser.add_argument("--year", metavar="JAAR", help=N_("het verwachte verslagjaar"))
    _received_on_option(parser)
    parser.set_defaults(handler=run_check)


def _workbook_options(parser: argparse.ArgumentParser) -> None:
    """`check` and `import`: the workbooks to read and `--json`."""
    parser.add_argument("files", nargs="+", metavar="BESTAND", help=N_("één of meer .xlsx-bestanden"))
    add_json(parser, N_("JSON-uitvoer (een lijst, één object per bestand)"))


def _received_on_option(parser: argparse.ArgumentParser) -> None:
    """`check` and `import`: `--date`, the day the workbooks were received (read by `_reference_date`)."""
    parser.add_argument(
        "--date",
        dest="reference_date",
        metavar=DATE_METAVAR,
        help=N_("datum van ontvangst, voor 'laattijdig' (standaard: vandaag)"),
    )


def run_check(args: argparse.Namespace) -> int:
    from wsedesk.importers.report_reader import read_report

    expected_org = None
    if args.org:
        try:
            expected_org = normalise_enterprise_number(args.org)
        except IdentifierError as exc:
            raise BadInputError(N_("--org: {e}").format(e=exc)) from None
    expected_year = _year(args.year) if args.year is not None else None
    reference_date = _reference_date(args.reference_date)

    results = [
        read_report(
            file, expected_org=expected_org, expected_year=expected_year, reference_date=reference_date
        )
        for file in args.files
    ]
    return _print_workbooks(args, results, _print_summary, lambda r: r.accepted)


def _year(text: str) -> int:
    stripped = text.strip()
    if not (stripped.isdigit() and len(stripped) == 4):
        raise BadInputError(N_("--year: verwacht een jaartal, gekregen '{y}'.").format(y=text))
    return int(stripped)


def _reference_date(text: str | None) -> date:
    if text is None:
        return SystemClock().today()  # the edge of the program: the clock is read here, not in the reader
    return parse_date_option(text, "--date")


def _print_summary(result: Any) -> None:
    status = N_("AANVAARD") if result.accepted else N_("GEWEIGERD")
    print(f"{result.file}: {status}")
    details = []
    if result.template_version:
        details.append(N_("sjabloon {v}").format(v=result.template_version))
    details += _identity(result)
    if details:
        print("  " + ", ".join(details))
    _print_issues(result.errors, result.warnings)
    if result.accepted and not result.warnings:
        print("  " + N_("geen opmerkingen"))


def _print_workbooks(
    args: argparse.Namespace, items: Sequence[Any], summary: Callable[[Any], None], ok: Callable[[Any], bool]
) -> int:
    """`check` and `import`: one JSON list (`--json`) or a summary per workbook; exit 0 when each is `ok`."""
    if args.json:
        print_json([item.to_dict() for item in items], indent=2)
    else:
        for item in items:
            summary(item)
    return 0 if all(ok(item) for item in items) else 1


def _identity(read: Any) -> list[str]:
    """Whose report a workbook is and for which year, as far as it was read."""
    details = []
    if read.organisation:
        details.append(N_("onderneming {o}").format(o=format_enterprise_number(read.organisation)))
    if read.year is not None:
        details.append(N_("verslagjaar {y}").format(y=read.year))
    return details


def _print_issues(errors: Any, warnings: Any) -> None:
    for label, issues in ((N_("fout"), errors), (N_("waarschuwing"), warnings)):
        for issue in issues:
            where = "!".join(p for p in (issue.sheet, issue.cell) if p)
            code = f" [{issue.code}]" if issue.code else ""
            place = f" {where}" if where else ""
            print(f"  - {label}{place}{code}: {issue.message}")


# --- report import ---------------------------------------------------------------------------


def _register_import(sub: Any) -> None:
    parser = sub.add_parser(
        "import",
        help=N_("lees ingevulde werkmappen in en bewaar ze in de databank"),
        description=N_(
            "Lees, controleer en bewaar duurzaamheidsverslagen; elk bestand alles-of-niets. Een nieuwer "
            "verslag van dezelfde organisatie en hetzelfde jaar vervangt het huidige (dat blijft in de "
            "geschiedenis). Exitcode 0: alle bestanden opgeslagen; 1: minstens één niet (geweigerd of al "
            "ingelezen)."
        ),
    )
    _workbook_options(parser)
    _received_on_option(parser)
    parser.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    from wsedesk.services.reports import import_reports

    received_on = _reference_date(args.reference_date) if args.reference_date else None
    with command_context(args) as ctx:
        outcomes = import_reports(ctx, args.files, received_on=received_on)
    return _print_workbooks(args, outcomes, _print_import_summary, lambda o: o.stored)


def _print_import_summary(outcome: Any) -> None:
    status = {
        "stored": N_("OPGESLAGEN"),
        "duplicate": N_("AL INGELEZEN"),
    }.get(outcome.outcome, N_("GEWEIGERD"))
    print(f"{outcome.file}: {status}")
    details = [outcome.organisation_name] if outcome.organisation_name else []
    details += _identity(outcome.read)
    if outcome.stored and outcome.received_on is not None:
        details.append(
            N_("ontvangen {d}{l}").format(
                d=format_date_short(outcome.received_on), l=N_(" (laattijdig)") if outcome.late else ""
            )
        )
    if details:
        print("  " + ", ".join(details))
    if outcome.replaced:
        print("  " + N_("vervangt het eerder ingelezen verslag {i}").format(i=outcome.replaced))
    if outcome.dossier_reference:
        print(
            "  "
            + N_("dossier {r}: status '{s}'").format(r=outcome.dossier_reference, s=outcome.dossier_status)
        )
    _print_issues(outcome.errors, outcome.warnings)


# --- report overview -------------------------------------------------------------------------


def _register_overview(sub: Any) -> None:
    parser = sub.add_parser(
        "overview",
        help=N_("overzicht van een verslagjaar per maatwerkbedrijf/-afdeling (naar Excel)"),
        description=N_(
            "Per maatwerkbedrijf en maatwerkafdeling: datum van ontvangst, laattijdig (MW-2), de "
            "kernindicatoren, de labelvoorwaarden (MW-1) en signalen voor managementondersteuning (MW-3)."
        ),
    )
    parser.add_argument("--year", required=True, metavar="JAAR", help=N_("het verslagjaar"))
    parser.add_argument("-o", "--output", metavar="BESTAND.xlsx", help=N_("schrijf het overzicht naar Excel"))
    parser.add_argument(
        "--share-drop",
        dest="share_drop",
        metavar="PUNTEN",
        help=N_(
            "MW-3: signaal wanneer het aandeel doelgroepwerknemers meer dan zoveel procentpunten daalt (standaard 5)"
        ),
    )
    parser.set_defaults(handler=run_overview)


def run_overview(args: argparse.Namespace) -> int:
    from decimal import Decimal, InvalidOperation

    from wsedesk.services.report_overview import export_overview, report_overview

    year = _year(args.year)
    points = None
    if args.share_drop is not None:
        try:
            points = Decimal(args.share_drop.strip().replace(",", "."))
        except InvalidOperation:
            raise BadInputError(
                N_("--share-drop: verwacht een aantal procentpunten, gekregen '{p}'.").format(
                    p=args.share_drop
                )
            ) from None
        if points < 0 or not points.is_finite():
            raise BadInputError(
                N_("--share-drop: verwacht een positief getal, gekregen '{p}'.").format(p=args.share_drop)
            )
    output = _xlsx_output(args.output) if args.output else None
    with command_context(args) as ctx:
        rows = report_overview(ctx, year, share_drop_points=points)
    if output is not None:
        with _writing(output):
            export_overview(rows, output)
    received = sum(1 for r in rows if r.received)
    print(
        N_(
            "Verslagjaar {y}: {n} organisaties, {r} verslagen ontvangen ({l} laattijdig), {m} signalen MW-3."
        ).format(
            y=year,
            n=len(rows),
            r=received,
            l=sum(1 for r in rows if r.late),
            m=sum(1 for r in rows if r.mw3),
        )
    )
    if output is None:
        for r in rows:
            received_on = format_optional_date(r.received_on)
            flags = ", ".join(
                part
                for part in (
                    N_("laattijdig") if r.late else "",
                    N_("MW-1 {v}").format(v=r.mw1) if r.received else r.mw1,
                    N_("MW-3") if r.mw3 else "",
                )
                if part
            )
            print(f"  {r.enterprise_number}  {r.name[:50]:<50}  {received_on:>10}  {flags}")
    else:
        print(N_("Geschreven naar {f}").format(f=output))
    return 0


# --- report missing --------------------------------------------------------------------------


def _register_missing(sub: Any) -> None:
    parser = sub.add_parser(
        "missing",
        help=N_("organisaties zonder verslag voor een verslagjaar"),
        description=N_(
            "Maatwerkbedrijven en -afdelingen (en organisaties met een DV-dossier voor dat jaar) zonder "
            "ingelezen verslag. Een herinnering maakt u met 'wsedesk letter REF --kind herinnering-verslag'."
        ),
    )
    parser.add_argument("--year", required=True, metavar="JAAR", help=N_("het verslagjaar"))
    add_json(parser, N_("JSON-uitvoer"))
    parser.set_defaults(handler=run_missing)


def run_missing(args: argparse.Namespace) -> int:
    from wsedesk.services.report_overview import missing_reports

    year = _year(args.year)
    with command_context(args) as ctx:
        missing = missing_reports(ctx, year)
    if args.json:
        data = [
            {
                "organisation_id": m.organisation_id,
                "name": m.name,
                "enterprise_number": m.enterprise_number,
                "kind": m.kind,
                "email": m.email,
                "due_on": m.due_on.isoformat(),
                "overdue": m.overdue,
                "dossier": m.dossier_reference,
                "dossier_status": m.dossier_status,
                "reminder_possible": m.reminder_possible,
            }
            for m in missing
        ]
        print_json(data, indent=2)
        return 0
    if not missing:
        print(N_("Verslagjaar {y}: alle verwachte verslagen zijn ingelezen.").format(y=year))
        return 0
    due = missing[0].due_on
    state = N_("termijn verstreken") if missing[0].overdue else N_("termijn loopt nog")
    print(
        N_("Verslagjaar {y}: {n} verslagen ontbreken (uiterste datum {d}, {s}).").format(
            y=year, n=len(missing), d=format_date_short(due), s=state
        )
    )
    for m in missing:
        dossier = f"  {m.dossier_reference} ({m.dossier_status})" if m.dossier_reference else ""
        print(f"  {m.enterprise_number}  {m.name}{dossier}")
    return 0
