"""Figures for the department (issue #3): processing time per dossier type, gross and net of
suspensions, and how many terms were met or missed, for a period — on screen and to Excel."""

from __future__ import annotations

import statistics
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from wsedesk.documents.xlsx_export import ExportSheet, write_xlsx
from wsedesk.errors import BadInputError
from wsedesk.models import Dossier, DossierTerm
from wsedesk.models import Suspension as SuspensionRow
from wsedesk.rules.workflows import DOSSIER_TYPE_LABELS, TERMS, DossierType

if TYPE_CHECKING:
    from wsedesk.context import AppContext


@dataclass(frozen=True)
class ProcessingRow:
    """Dossiers of one type decided in the period: days from submission to decision."""

    dossier_type: str
    label: str
    decided: int
    gross_median: float | None
    net_median: float | None
    gross_mean: float | None
    net_mean: float | None


@dataclass(frozen=True)
class TermRow:
    """Terms of one rule that ended in the period: met on time or missed."""

    term_id: str
    label: str
    closed: int
    met: int
    missed: int
    suspended_days: int

    @property
    def met_share(self) -> float | None:
        return 100.0 * self.met / self.closed if self.closed else None


@dataclass(frozen=True)
class Figures:
    start: date
    end: date
    processing: list[ProcessingRow]
    terms: list[TermRow]


def _suspended_days(intervals: list[tuple[date, date | None]], until: date) -> int:
    """Calendar days inside any suspension (overlaps once, T-3), up to `until` (excluded)."""
    days: set[int] = set()
    for start, end in intervals:
        stop = min(end or until, until)
        days.update(range(start.toordinal(), stop.toordinal()))
    return len(days)


def compute_figures(ctx: AppContext, start: date, end: date) -> Figures:
    if end < start:
        raise BadInputError(f"De periode eindigt ({end:%d/%m/%Y}) vóór ze begint ({start:%d/%m/%Y}).")
    with ctx.uow() as uow:
        s = uow.session
        decided = list(
            s.execute(
                select(Dossier.id, Dossier.dossier_type, Dossier.submitted_on, Dossier.decided_on).where(
                    Dossier.decided_on.is_not(None), Dossier.decided_on >= start, Dossier.decided_on <= end
                )
            )
        )
        closed_terms = list(
            s.execute(
                select(
                    DossierTerm.id,
                    DossierTerm.dossier_id,
                    DossierTerm.term_id,
                    DossierTerm.closed_on,
                    DossierTerm.due_cache,
                ).where(
                    DossierTerm.closed_on.is_not(None),
                    DossierTerm.closed_on >= start,
                    DossierTerm.closed_on <= end,
                )
            )
        )
        dossier_ids = {r.id for r in decided}
        term_ids = {r.id for r in closed_terms}
        by_dossier: dict[uuid.UUID, list[tuple[date, date | None]]] = defaultdict(list)
        by_term: dict[uuid.UUID, list[tuple[date, date | None]]] = defaultdict(list)
        rows = s.execute(
            select(
                SuspensionRow.dossier_term_id, SuspensionRow.start, SuspensionRow.end, DossierTerm.dossier_id
            ).join(DossierTerm, DossierTerm.id == SuspensionRow.dossier_term_id)
        )
        for sr in rows:
            if sr.dossier_id in dossier_ids:
                by_dossier[sr.dossier_id].append((sr.start, sr.end))
            if sr.dossier_term_id in term_ids:
                by_term[sr.dossier_term_id].append((sr.start, sr.end))
    gross: dict[str, list[int]] = defaultdict(list)
    net: dict[str, list[int]] = defaultdict(list)
    for dr in decided:
        g = (dr.decided_on - dr.submitted_on).days
        gross[dr.dossier_type].append(g)
        net[dr.dossier_type].append(g - _suspended_days(by_dossier[dr.id], dr.decided_on))
    processing = []
    for t in DossierType:
        g, n = gross.get(t.value, []), net.get(t.value, [])
        processing.append(
            ProcessingRow(
                t.value,
                DOSSIER_TYPE_LABELS[t],
                len(g),
                statistics.median(g) if g else None,
                statistics.median(n) if n else None,
                round(statistics.fmean(g), 1) if g else None,
                round(statistics.fmean(n), 1) if n else None,
            )
        )
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for tr in closed_terms:
        c = counts[tr.term_id]
        c[0] += 1
        if tr.due_cache is not None and tr.closed_on <= tr.due_cache:
            c[1] += 1
        else:
            c[2] += 1
        c[3] += _suspended_days(by_term[tr.id], tr.closed_on)
    terms = [
        TermRow(term_id, TERMS[term_id].label if term_id in TERMS else term_id, *c)
        for term_id, c in sorted(counts.items())
    ]
    return Figures(start, end, processing, terms)


def export_figures(figures: Figures, destination: Path) -> Path:
    """Write the figures to .xlsx (through the safe export helper)."""
    if destination.suffix.lower() != ".xlsx":
        raise BadInputError(f"Het exportbestand moet op .xlsx eindigen (gekregen: '{destination.name}').")
    period = f"{figures.start:%d/%m/%Y} – {figures.end:%d/%m/%Y}"
    write_xlsx(
        destination,
        [
            ExportSheet(
                "Doorlooptijden",
                [
                    "Dossiertype",
                    "Beslist in periode",
                    "Mediaan bruto (dagen)",
                    "Mediaan netto (dagen)",
                    "Gemiddeld bruto",
                    "Gemiddeld netto",
                    "Periode",
                ],
                [
                    [r.label, r.decided, r.gross_median, r.net_median, r.gross_mean, r.net_mean, period]
                    for r in figures.processing
                ],
                column_widths=(34, 18, 20, 20, 16, 16, 26),
            ),
            ExportSheet(
                "Termijnen",
                [
                    "Regel",
                    "Termijn",
                    "Afgesloten",
                    "Gehaald",
                    "Overschreden",
                    "% gehaald",
                    "Geschorste dagen",
                    "Periode",
                ],
                [
                    [
                        r.term_id,
                        r.label,
                        r.closed,
                        r.met,
                        r.missed,
                        round(r.met_share, 1) if r.met_share is not None else None,
                        r.suspended_days,
                        period,
                    ]
                    for r in figures.terms
                ],
                column_widths=(12, 40, 12, 10, 14, 11, 18, 26),
            ),
        ],
    )
    return destination
