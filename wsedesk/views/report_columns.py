"""The columns of the Verslagen page's four lists: import results, issues, the year's overview, missing reports.

Headers and words are translated in the fixed context "ReportColumns"
(`QCoreApplication.translate`), the context under which tools/update_translations.py files them:
a `page.tr` here would be looked up under the page's class but filed under "page".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from wsedesk.rules.reports import format_number_nl
from wsedesk.rules.workflows import DossierType, status_label
from wsedesk.services.report_overview import MW1_NOT_MET, OverviewRow
from wsedesk.services.reports import ImportOutcome
from wsedesk.views.common import format_date, tr_data
from wsedesk.views.report_tables import BAD, GOOD, ListColumn
from wsedesk.views.table_model import RIGHT

OVERVIEW_CODES = ("I01", "I02", "I03", "I05", "I07", "I08")
WHOLE_EURO_CODES = frozenset({"I05", "I07", "I08"})


def _number(value: Decimal | None, code: str) -> str:
    if value is None:
        return ""
    if code in WHOLE_EURO_CODES:
        value = value.quantize(Decimal(1))
    return format_number_nl(value)


def _indicator_text(code: str) -> Callable[[OverviewRow], str]:
    return lambda row: _number(row.indicators.get(code), code)


def _indicator_value(code: str) -> Callable[[OverviewRow], Decimal | None]:
    return lambda row: row.indicators.get(code)


def _negative_in_red(code: str) -> Callable[[OverviewRow], QColor | None]:
    def colour(row: OverviewRow) -> QColor | None:
        value = row.indicators.get(code)
        return BAD if value is not None and value < 0 else None

    return colour


def result_columns(page: QWidget) -> list[ListColumn]:
    """The import results: file, outcome, organisation, year, errors, warnings, dossier."""
    labels = {
        "stored": QCoreApplication.translate("ReportColumns", "opgeslagen"),
        "rejected": QCoreApplication.translate("ReportColumns", "geweigerd"),
        "duplicate": QCoreApplication.translate("ReportColumns", "al ingelezen"),
    }
    colours = {"stored": GOOD, "rejected": BAD}

    def enterprise_number(o: ImportOutcome) -> str:
        number = o.read.organisation
        return f"{number[:4]}.{number[4:7]}.{number[7:]}" if number else ""

    def organisation(o: ImportOutcome) -> str:
        # A rejected file is not matched to the database: show the name the workbook gives.
        named = o.read.values.get("ID02")
        return o.organisation_name or (named if isinstance(named, str) else "") or enterprise_number(o)

    def dossier(o: ImportOutcome) -> str:
        if not o.dossier_reference:
            return ""
        status = (
            status_label(DossierType.DUURZAAMHEIDSVERSLAG.value, o.dossier_status) if o.dossier_status else ""
        )
        return f"{o.dossier_reference} ({status})" if status else o.dossier_reference

    def remark(o: ImportOutcome) -> str:
        notes = []
        if o.replaced:
            notes.append(QCoreApplication.translate("ReportColumns", "vervangt een eerder verslag"))
        if o.late:
            notes.append(QCoreApplication.translate("ReportColumns", "laattijdig (MW-2)"))
        return ", ".join(notes)

    return [
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Bestand"),
            lambda o: Path(o.file).name,
            tooltip=lambda o: o.file,
        ),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Resultaat"),
            lambda o: labels[o.outcome],
            colour=lambda o: colours.get(o.outcome),
            tooltip=lambda o: remark(o) or labels[o.outcome],
        ),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Organisatie"),
            organisation,
            tooltip=lambda o: "\n".join(t for t in (organisation(o), enterprise_number(o)) if t),
        ),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Jaar"),
            lambda o: str(o.year or o.read.year or ""),
            align=RIGHT,
        ),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Fouten"),
            lambda o: str(len(o.errors)),
            sort_value=lambda o: len(o.errors),
            align=RIGHT,
            colour=lambda o: BAD if o.errors else None,
        ),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Waarschuwingen"),
            lambda o: str(len(o.warnings)),
            sort_value=lambda o: len(o.warnings),
            align=RIGHT,
        ),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Dossier"),
            dossier,
            tooltip=lambda o: remark(o) or dossier(o),
        ),
    ]


def issue_columns(page: QWidget) -> list[ListColumn]:
    """A workbook's issues: kind, sheet, cell, code, rule, message."""
    return [
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Soort"),
            lambda i: (
                QCoreApplication.translate("ReportColumns", "Fout")
                if i.severity == "error"
                else QCoreApplication.translate("ReportColumns", "Waarschuwing")
            ),
            colour=lambda i: BAD if i.severity == "error" else None,
        ),
        ListColumn(QCoreApplication.translate("ReportColumns", "Tabblad"), lambda i: i.sheet or ""),
        ListColumn(QCoreApplication.translate("ReportColumns", "Cel"), lambda i: i.cell or ""),
        ListColumn(QCoreApplication.translate("ReportColumns", "Code"), lambda i: i.code or ""),
        ListColumn(QCoreApplication.translate("ReportColumns", "Regel"), lambda i: i.rule_id or ""),
        ListColumn(QCoreApplication.translate("ReportColumns", "Melding"), lambda i: tr_data(i.message)),
    ]


def overview_columns(
    page: QWidget, kind_labels: Mapping[str, str], indicator_labels: Mapping[str, str]
) -> list[ListColumn]:
    """The year's overview: organisation, kind, received, the key indicators, MW-1 and MW-3."""

    def received(r: OverviewRow) -> str:
        if r.received_on is None:
            return ""
        return format_date(r.received_on) + (
            " " + QCoreApplication.translate("ReportColumns", "laat") if r.late else ""
        )

    def mw3(r: OverviewRow) -> str:
        return QCoreApplication.translate("ReportColumns", "signaal") if r.mw3 else ""

    def findings(r: OverviewRow) -> str:
        return "\n".join(tr_data(f.message) for f in r.findings) or tr_data(r.mw1)

    columns = [
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Organisatie"),
            lambda r: r.name,
            tooltip=lambda r: f"{r.name}\n{r.enterprise_number}",
        ),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Soort"),
            lambda r: tr_data(kind_labels.get(r.kind, r.kind)),
        ),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Ontvangen"),
            received,
            sort_value=lambda r: r.received_on,
            colour=lambda r: BAD if r.late else None,
            tooltip=lambda r: (
                QCoreApplication.translate("ReportColumns", "laattijdig (MW-2)") if r.late else received(r)
            ),
        ),
    ]
    short = {
        "I01": QCoreApplication.translate("ReportColumns", "VTE doelgr."),
        "I02": QCoreApplication.translate("ReportColumns", "VTE totaal"),
        "I03": QCoreApplication.translate("ReportColumns", "Aandeel %"),
        "I05": QCoreApplication.translate("ReportColumns", "Omzet"),
        "I07": QCoreApplication.translate("ReportColumns", "Resultaat"),
        "I08": QCoreApplication.translate("ReportColumns", "Eigen verm."),
    }
    for code in OVERVIEW_CODES:
        columns.append(
            ListColumn(
                short[code],
                _indicator_text(code),
                sort_value=_indicator_value(code),
                align=RIGHT,
                header_tooltip=f"{code} {indicator_labels.get(code, '')}",
                colour=_negative_in_red(code) if code == "I08" else None,
            )
        )
    columns += [
        ListColumn(
            QCoreApplication.translate("ReportColumns", "MW-1"),
            lambda r: tr_data(r.mw1),
            colour=lambda r: BAD if r.mw1 == MW1_NOT_MET else None,
            tooltip=findings,
            header_tooltip=QCoreApplication.translate(
                "ReportColumns", "Labelvoorwaarden maatwerk: VTE doelgroepwerknemers en hun aandeel"
            ),
        ),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "MW-3"),
            mw3,
            sort_value=lambda r: 0 if r.mw3 else 1,
            colour=lambda r: BAD if r.mw3 else None,
            tooltip=findings,
            header_tooltip=QCoreApplication.translate(
                "ReportColumns", "Signaal voor verplichte managementondersteuning"
            ),
        ),
    ]
    return columns


def missing_columns(page: QWidget, kind_labels: Mapping[str, str]) -> list[ListColumn]:
    """Organisations without a report: who, dossier, whether a reminder can be made."""
    yes, no = (
        QCoreApplication.translate("ReportColumns", "ja"),
        QCoreApplication.translate("ReportColumns", "nee"),
    )
    return [
        ListColumn(QCoreApplication.translate("ReportColumns", "Organisatie"), lambda m: m.name),
        ListColumn(QCoreApplication.translate("ReportColumns", "KBO-nummer"), lambda m: m.enterprise_number),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Soort"),
            lambda m: tr_data(kind_labels.get(m.kind, m.kind)),
        ),
        ListColumn(QCoreApplication.translate("ReportColumns", "E-mail"), lambda m: m.email or ""),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Dossier"), lambda m: m.dossier_reference or ""
        ),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Status dossier"),
            lambda m: (
                status_label(DossierType.DUURZAAMHEIDSVERSLAG.value, m.dossier_status)
                if m.dossier_status
                else ""
            ),
        ),
        ListColumn(
            QCoreApplication.translate("ReportColumns", "Herinnering"),
            lambda m: yes if m.reminder_possible else no,
            tooltip=lambda m: (
                QCoreApplication.translate(
                    "ReportColumns", "Een herinnering kan: het DV-dossier wacht op het verslag"
                )
                if m.reminder_possible
                else QCoreApplication.translate(
                    "ReportColumns", "Geen DV-dossier in status 'verwacht': geen herinneringsbrief mogelijk"
                )
            ),
        ),
    ]
