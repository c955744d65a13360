"""Figures for the department (issue #3): processing time per dossier type, gross and net of
suspensions, and how many terms were met or missed, for a period — on screen and to Excel."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, case, func, select, type_coerce

from wsedesk.documents.xlsx_export import ExportSheet, write_xlsx
from wsedesk.errors import BadInputError
from wsedesk.models import Dossier, DossierTerm
from wsedesk.models import Suspension as SuspensionRow
from wsedesk.rules.workflows import DOSSIER_TYPE_LABELS, TERMS, DossierType
from wsedesk.storage.day_numbers import day_number

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


def _suspended_days(intervals: list[tuple[int, int | None]], until: int) -> int:
    """Days inside any suspension (overlaps once, T-3), up to day `until` (excluded); day numbers in."""
    total, reached = 0, None
    for start, end in sorted((s, min(e if e is not None else until, until)) for s, e in intervals):
        if reached is not None and start < reached:
            start = reached
        if end > start:
            total += end - start
        reached = end if reached is None else max(reached, end)
    return total


def _median(counts: Counter[int]) -> float | None:
    """The median of the values a histogram counts (`statistics.median` of the expanded list)."""
    total = counts.total()
    if not total:
        return None
    values = sorted(counts)
    lower_rank, upper_rank = (total - 1) // 2, total // 2  # 0-based ranks of the middle value(s)
    lower = upper = None
    seen = 0
    for value in values:
        seen += counts[value]
        if lower is None and seen > lower_rank:
            lower = value
        if seen > upper_rank:
            upper = value
            break
    assert lower is not None and upper is not None
    return lower if lower == upper and total % 2 else (lower + upper) / 2


def compute_figures(ctx: AppContext, start: date, end: date) -> Figures:
    """The period's figures, read with indexed queries over the period only (never every row).

    Dossiers decided in the period come from `ix_dossiers_decided` with their suspensions from
    `ix_suspensions_dossier_interval`; terms that ended in it from `ix_dossier_terms_closed_rule`
    (met and missed counted in SQL) with theirs from `ix_suspensions_term_interval`. Dates are
    read as day numbers (T-3: overlapping suspended days count once).
    """
    if end < start:
        raise BadInputError(f"De periode eindigt ({end:%d/%m/%Y}) vóór ze begint ({start:%d/%m/%Y}).")
    with ctx.uow() as uow:
        conn = uow.session.connection()  # Core rows: no ORM row processing for thousands of tuples
        in_period = Dossier.decided_on.between(start, end)
        days_taken = day_number(Dossier.decided_on) - day_number(Dossier.submitted_on)
        has_suspension = select(SuspensionRow.id).where(SuspensionRow.dossier_id == Dossier.id).exists()
        # Most decided dossiers were never suspended: their gross days are their net days, so SQL
        # hands back one row per (type, days) with its count instead of one row per dossier.
        gross: dict[str, Counter[int]] = defaultdict(Counter)
        net: dict[str, Counter[int]] = defaultdict(Counter)
        for dossier_type, days, count in conn.execute(
            select(Dossier.dossier_type, days_taken, func.count())
            .where(in_period, ~has_suspension)
            .group_by(Dossier.dossier_type, days_taken)
        ):
            gross[dossier_type][days] += count
            net[dossier_type][days] += count
        # The suspended ones, each with its suspensions (T-3: overlapping days count once).
        decided: dict[Any, tuple[str, int, int]] = {}
        by_dossier: dict[Any, list[tuple[int, int | None]]] = defaultdict(list)
        for key, dossier_type, days, decided_on, first, last in conn.execute(
            select(
                type_coerce(Dossier.id, String),  # a dictionary key only: no UUID objects made
                Dossier.dossier_type,
                days_taken,
                day_number(Dossier.decided_on),
                day_number(SuspensionRow.start),
                day_number(SuspensionRow.end),
            )
            .join(SuspensionRow, SuspensionRow.dossier_id == Dossier.id)
            .where(in_period)
        ):
            decided[key] = (dossier_type, days, decided_on)
            by_dossier[key].append((first, last))
        ended = DossierTerm.closed_on.between(start, end)
        met = case(
            (DossierTerm.due_cache.is_not(None) & (DossierTerm.closed_on <= DossierTerm.due_cache), 1),
            else_=0,
        )
        term_counts = {
            term_id: (int(closed), int(met_count or 0))
            for term_id, closed, met_count in conn.execute(
                select(DossierTerm.term_id, func.count(), func.sum(met))
                .where(ended)
                .group_by(DossierTerm.term_id)
            )
        }
        by_term: dict[Any, list[tuple[int, int | None]]] = defaultdict(list)
        term_of: dict[Any, tuple[str, int]] = {}
        for key, term_id, closed_on, first, last in conn.execute(
            select(
                type_coerce(DossierTerm.id, String),
                DossierTerm.term_id,
                day_number(DossierTerm.closed_on),
                day_number(SuspensionRow.start),
                day_number(SuspensionRow.end),
            )
            .join(SuspensionRow, SuspensionRow.dossier_term_id == DossierTerm.id)
            .where(ended)
        ):
            by_term[key].append((first, last))
            term_of[key] = (term_id, closed_on)
    for key, (dossier_type, days, decided_on) in decided.items():
        gross[dossier_type][days] += 1
        net[dossier_type][days - _suspended_days(by_dossier[key], decided_on)] += 1
    processing = []
    for t in DossierType:
        g, n = gross.get(t.value, Counter()), net.get(t.value, Counter())
        decided_count = g.total()
        processing.append(
            ProcessingRow(
                t.value,
                DOSSIER_TYPE_LABELS[t],
                decided_count,
                _median(g),
                _median(n),
                round(sum(d * c for d, c in g.items()) / decided_count, 1) if decided_count else None,
                round(sum(d * c for d, c in n.items()) / decided_count, 1) if decided_count else None,
            )
        )
    suspended: dict[str, int] = defaultdict(int)
    for term_row_id, intervals in by_term.items():
        term_id, closed_on = term_of[term_row_id]
        suspended[term_id] += _suspended_days(intervals, closed_on)
    terms = [
        TermRow(
            term_id,
            TERMS[term_id].label if term_id in TERMS else term_id,
            closed,
            met_count,
            closed - met_count,
            suspended.get(term_id, 0),
        )
        for term_id, (closed, met_count) in sorted(term_counts.items())
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
