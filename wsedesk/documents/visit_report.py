"""The visit report (letter kind `bezoekverslag`): its data and its placeholders.

The report is one of the department's letters (domain.md §5) and uses their layout; this module
holds what only it needs — the visit's data on `LetterContext.visit`, the `bezoek.*`
placeholders and the tables of findings and follow-up actions. documents/letters.py registers
them. Nothing here reads the database or the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from wsedesk.documents.layout import LetterStyles, data_table, load_branding, text
from wsedesk.documents.nl import format_date
from wsedesk.documents.templates import MissingValueError
from wsedesk.i18n import N_


@dataclass(frozen=True)
class VisitFindingLine:
    """One checklist item: the rule it checks, the item, the verdict (Dutch label) and the note."""

    rule: str
    item: str
    verdict: str
    note: str = ""


@dataclass(frozen=True)
class VisitActionLine:
    description: str
    due_on: date
    done_on: date | None = None
    dossier_reference: str | None = None


@dataclass(frozen=True)
class VisitReport:
    """What a visit report shows (filled by services/visit_report.py from the stored visit)."""

    reference: str
    type_label: str
    checklist_title: str
    checklist_version: int
    visited_on: date | None
    visitors: tuple[str, ...]
    findings: tuple[VisitFindingLine, ...]
    actions: tuple[VisitActionLine, ...] = ()
    summary: str = ""
    attachments: int = 0


def _visit(c: Any) -> VisitReport | None:
    visit: VisitReport | None = c.visit
    return visit


def _names(names: tuple[str, ...]) -> str | None:
    if not names:
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


Getter = Callable[[Any], str | None]

INLINE: dict[str, tuple[str, Getter]] = {
    "bezoek.kenmerk": (N_("kenmerk van het bezoek"), lambda c: v.reference if (v := _visit(c)) else None),
    "bezoek.soort": (
        N_("soort bezoek, bv. 'opvolgbezoek maatwerkbedrijf'"),
        lambda c: v.type_label.lower() if (v := _visit(c)) else None,
    ),
    "bezoek.datum": (
        N_("dag van het bezoek"),
        lambda c: format_date(v.visited_on) if (v := _visit(c)) and v.visited_on else None,
    ),
    "bezoek.bezoekers": (
        N_("wie het bezoek aflegde"),
        lambda c: _names(v.visitors) if (v := _visit(c)) else None,
    ),
    "bezoek.checklist": (
        N_("naam en versie van de checklist"),
        lambda c: f"{v.checklist_title} (versie {v.checklist_version})" if (v := _visit(c)) else None,
    ),
}


def _spacer(styles: LetterStyles) -> Flowable:
    return Spacer(1, styles.body.spaceAfter)


def _block_findings(c: Any, styles: LetterStyles) -> list[Flowable]:
    visit = _visit(c)
    if visit is None or not visit.findings:
        raise MissingValueError("bezoek.bevindingen", description=N_("de bevindingen per checklistpunt"))
    rows = [
        [text(f.rule), text(f.item), text(f.verdict), text(f.note) if f.note else "—"] for f in visit.findings
    ]
    table = data_table(
        ["Regel", "Punt", "Oordeel", "Toelichting"],
        rows,
        [22, 70, 22, 51],
        primary_color=load_branding().primary_color,
    )
    return [table, _spacer(styles)]


def _block_actions(c: Any, styles: LetterStyles) -> list[Flowable]:
    visit = _visit(c)
    if visit is None or not visit.actions:
        return [Paragraph(text(N_("Er zijn geen opvolgacties afgesproken.")), styles.body)]
    rows = [
        [
            text(a.description),
            format_date(a.due_on),
            format_date(a.done_on) if a.done_on else "—",
        ]
        for a in visit.actions
    ]
    table = data_table(
        ["Opvolgactie", "Uiterlijk op", "Uitgevoerd op"],
        rows,
        [95, 35, 35],
        primary_color=load_branding().primary_color,
    )
    return [table, _spacer(styles)]


def _block_summary(c: Any, styles: LetterStyles) -> list[Flowable]:
    visit = _visit(c)
    paragraphs = [p.strip() for p in (visit.summary if visit else "").split("\n\n") if p.strip()]
    if not paragraphs:
        return [Paragraph(text(N_("Geen verdere opmerkingen.")), styles.body)]
    return [Paragraph(text(p), styles.body) for p in paragraphs]


BLOCKS: dict[str, tuple[str, Callable[[Any, LetterStyles], list[Flowable]]]] = {
    "bezoek.bevindingen": (N_("tabel: regel, checklistpunt, oordeel, toelichting"), _block_findings),
    "bezoek.acties": (N_("tabel van de opvolgacties met hun vervaldag"), _block_actions),
    "bezoek.verslag": (N_("de vrije tekst van het verslag"), _block_summary),
}


def example_visit() -> VisitReport:
    """A fictional, complete visit for template previews and docs."""
    return VisitReport(
        reference="BZ-2025-3F9A2C1D",
        type_label="Begeleiding in de praktijk",
        checklist_title="Begeleiding in de praktijk (individueel maatwerk)",
        checklist_version=1,
        visited_on=date(2025, 4, 15),
        visitors=("Jan Peeters", "Sofie Maes"),
        findings=(
            VisitFindingLine(
                "§3.2 art. 23", "De gekwalificeerde begeleider is elke dag bereikbaar.", "in orde"
            ),
            VisitFindingLine(
                "§3.2 art. 23",
                "De begeleider is binnen 5 werkdagen na een vraag op de werkvloer.",
                "niet in orde",
                "Twee vragen van maart werden pas na drie weken opgevolgd.",
            ),
            VisitFindingLine(
                "§3.2",
                "Het ondersteuningsplan is ondertekend door de werknemer.",
                "niet nagegaan",
                "Plan niet ter plaatse.",
            ),
        ),
        actions=(
            VisitActionLine("Ondertekend ondersteuningsplan bezorgen", date(2025, 5, 15)),
            VisitActionLine(
                "Afspraken over de opvolgtijd van de begeleider schriftelijk vastleggen", date(2025, 5, 30)
            ),
        ),
        summary="Het gesprek met de werknemer en de collega-coach verliep in een goede sfeer.\n\n"
        "De begeleider neemt de opvolging van vragen voortaan op in de weekplanning.",
    )
