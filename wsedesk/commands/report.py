"""`wsedesk report …`: the sustainability report (duurzaamheidsverslag) from the command line.

    wsedesk report template [--version 2025] -o verslag.xlsx [--force]
    wsedesk report check FILE... [--json] [--org KBO] [--year JAAR] [--date JJJJ-MM-DD]

`check` needs no database and no known organisation. Exit code: 0 when every file is
accepted, 1 when at least one is rejected (2 for bad command-line input, as for every
command). Add a sub-command by writing `_register_<name>(sub)` and calling it in `register`.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from wsedesk.clock import SystemClock
from wsedesk.errors import BadInputError
from wsedesk.i18n import N_
from wsedesk.rules.identifiers import IdentifierError, format_enterprise_number, normalise_enterprise_number


def register(subparsers: Any) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        "report",
        help=N_("duurzaamheidsverslagen: leeg sjabloon maken, ingevulde werkmappen controleren"),
        description=N_("Duurzaamheidsverslagen (collectief maatwerk, MW-2)."),
    )
    sub = parser.add_subparsers(dest="report_command", metavar="OPDRACHT")
    _register_template(sub)
    _register_check(sub)
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
    output = Path(args.output)
    if output.suffix.lower() != ".xlsx":
        raise BadInputError(N_("Het doelbestand moet op .xlsx eindigen (gekregen: {f}).").format(f=output))
    if output.exists() and not args.force:
        raise BadInputError(
            N_("{f} bestaat al; kies een andere naam of gebruik --force om te overschrijven.").format(
                f=output
            )
        )
    if not output.parent.is_dir():
        raise BadInputError(N_("De map {d} bestaat niet.").format(d=output.parent))
    try:
        write_blank_report(template, output)
    except OSError as exc:
        raise BadInputError(
            N_("Kan {f} niet schrijven: {e}.").format(f=output, e=exc.strerror or exc)
        ) from exc
    print(N_("Sjabloon {v} geschreven naar {f}.").format(v=template.version, f=output))
    return 0


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
    parser.add_argument("files", nargs="+", metavar="BESTAND", help=N_("één of meer .xlsx-bestanden"))
    parser.add_argument(
        "--json", action="store_true", help=N_("JSON-uitvoer (een lijst, één object per bestand)")
    )
    parser.add_argument("--org", metavar="KBO", help=N_("het verwachte ondernemingsnummer"))
    parser.add_argument("--year", metavar="JAAR", help=N_("het verwachte verslagjaar"))
    parser.add_argument(
        "--date",
        dest="reference_date",
        metavar="JJJJ-MM-DD",
        help=N_("datum van ontvangst, voor 'laattijdig' (standaard: vandaag)"),
    )
    parser.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    from wsedesk.importers.report_reader import read_report

    expected_org = None
    if args.org:
        try:
            expected_org = normalise_enterprise_number(args.org)
        except IdentifierError as exc:
            raise BadInputError(N_("--org: {e}").format(e=exc)) from None
    expected_year = None
    if args.year is not None:
        text = args.year.strip()
        if not (text.isdigit() and len(text) == 4):
            raise BadInputError(N_("--year: verwacht een jaartal, gekregen '{y}'.").format(y=args.year))
        expected_year = int(text)
    reference_date = _reference_date(args.reference_date)

    results = [
        read_report(
            file, expected_org=expected_org, expected_year=expected_year, reference_date=reference_date
        )
        for file in args.files
    ]
    if args.json:
        json.dump([r.to_dict() for r in results], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for result in results:
            _print_summary(result)
    return 0 if all(r.accepted for r in results) else 1


def _reference_date(text: str | None) -> date:
    if text is None:
        return SystemClock().today()  # the edge of the program: the clock is read here, not in the reader
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInputError(N_("--date: verwacht JJJJ-MM-DD, gekregen '{d}'.").format(d=text)) from None


def _print_summary(result: Any) -> None:
    status = N_("AANVAARD") if result.accepted else N_("GEWEIGERD")
    print(f"{result.file}: {status}")
    details = []
    if result.template_version:
        details.append(N_("sjabloon {v}").format(v=result.template_version))
    if result.organisation:
        details.append(N_("onderneming {o}").format(o=format_enterprise_number(result.organisation)))
    if result.year is not None:
        details.append(N_("verslagjaar {y}").format(y=result.year))
    if details:
        print("  " + ", ".join(details))
    for label, issues in ((N_("fout"), result.errors), (N_("waarschuwing"), result.warnings)):
        for issue in issues:
            where = "!".join(p for p in (issue.sheet, issue.cell) if p)
            code = f" [{issue.code}]" if issue.code else ""
            place = f" {where}" if where else ""
            print(f"  - {label}{place}{code}: {issue.message}")
    if result.accepted and not result.warnings:
        print("  " + N_("geen opmerkingen"))
