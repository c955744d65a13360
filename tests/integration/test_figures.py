"""Processing times gross/net of suspensions and terms met/missed, on screen data and in Excel."""

from __future__ import annotations

import statistics
from datetime import date, timedelta
from pathlib import Path

import openpyxl
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.integration.advice_helpers import decide
from tests.integration.test_terms_service import _make_dossier
from wsedesk.context import AppContext
from wsedesk.models import Dossier, DossierTerm, Organisation, Suspension
from wsedesk.services import terms as term_service
from wsedesk.services.demo import generate_demo
from wsedesk.services.figures import _suspended_days, compute_figures, export_figures


def test_gross_and_net_processing_time_and_terms_met(ctx: AppContext, tmp_path: Path) -> None:
    on_time = _make_dossier(ctx, submitted=date(2025, 2, 28))
    term_service.apply_transition(ctx, on_time, "ontvankelijk", on=date(2025, 3, 3))  # ED-4 met (due 7 March)
    term_service.request_information(ctx, on_time, on=date(2025, 3, 20), reason="Diploma's ontbreken")
    term_service.information_received(ctx, on_time, on=date(2025, 4, 1))  # 12 days suspended
    term_service.apply_transition(ctx, on_time, "advies_opmaken", on=date(2025, 4, 25))
    decide(ctx, on_time, "erkennen", on=date(2025, 5, 2))  # decided: 63 days gross
    late = _make_dossier(ctx, submitted=date(2025, 3, 3))
    term_service.apply_transition(
        ctx, late, "onontvankelijk", on=date(2025, 3, 20)
    )  # ED-4 due 10 March: missed

    figures = compute_figures(ctx, date(2025, 1, 1), date(2025, 12, 31))
    [ed] = [r for r in figures.processing if r.dossier_type == "ED"]
    assert ed.decided == 2
    assert ed.gross_mean == (63 + 17) / 2 and ed.net_mean == (51 + 17) / 2  # 12 suspended days off
    terms = {t.term_id: t for t in figures.terms}
    assert (terms["ED-4"].closed, terms["ED-4"].met, terms["ED-4"].missed) == (2, 1, 1)
    assert (terms["ED-5"].met, terms["ED-5"].suspended_days) == (1, 12)

    out = export_figures(figures, tmp_path / "cijfers.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Doorlooptijden", "Termijnen"]
    rows = list(wb["Termijnen"].iter_rows(values_only=True))
    assert rows[0][0] == "Regel" and rows[1][:7] == ("ED-4", "Ontvankelijkheid", 2, 1, 1, 50.0, 0)


def test_user_text_in_exports_is_never_a_formula(ctx: AppContext, tmp_path: Path) -> None:
    from wsedesk.documents.xlsx_export import write_table

    _make_dossier(ctx)
    with ctx.uow() as uow:
        name = uow.session.scalar(select(Organisation.name))
    write_table(tmp_path / "x.xlsx", ["Naam"], [['=HYPERLINK("http://x")'], [name]])
    cell = openpyxl.load_workbook(tmp_path / "x.xlsx").active["A2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")'


def _reference_figures(
    ctx: AppContext, start: date, end: date
) -> tuple[dict[str, tuple[int, float]], dict[str, tuple[int, int, int]]]:
    """The figures the plain way: every row into Python, suspended days as a set of days (T-3)."""
    with ctx.uow() as uow:
        s = uow.session
        dossiers = list(
            s.execute(select(Dossier.id, Dossier.dossier_type, Dossier.submitted_on, Dossier.decided_on))
        )
        terms = list(
            s.execute(
                select(
                    DossierTerm.id,
                    DossierTerm.dossier_id,
                    DossierTerm.term_id,
                    DossierTerm.closed_on,
                    DossierTerm.due_cache,
                )
            )
        )
        suspensions = list(s.execute(select(Suspension.dossier_term_id, Suspension.start, Suspension.end)))
    dossier_of = {t.id: t.dossier_id for t in terms}

    def days(intervals: list[tuple[date, date | None]], until: date) -> int:
        out: set[int] = set()
        for a, b in intervals:
            out.update(range(a.toordinal(), min(b or until, until).toordinal()))
        return len(out)

    by_dossier: dict[object, list[tuple[date, date | None]]] = {}
    by_term: dict[object, list[tuple[date, date | None]]] = {}
    for term_row_id, a, b in suspensions:
        by_term.setdefault(term_row_id, []).append((a, b))
        by_dossier.setdefault(dossier_of[term_row_id], []).append((a, b))
    net: dict[str, list[int]] = {}
    for d in dossiers:
        if d.decided_on is not None and start <= d.decided_on <= end:
            gross = (d.decided_on - d.submitted_on).days
            net.setdefault(d.dossier_type, []).append(gross - days(by_dossier.get(d.id, []), d.decided_on))
    counts: dict[str, list[int]] = {}
    for t in terms:
        if t.closed_on is not None and start <= t.closed_on <= end:
            c = counts.setdefault(t.term_id, [0, 0, 0])
            c[0] += 1
            c[1] += int(t.due_cache is not None and t.closed_on <= t.due_cache)
            c[2] += days(by_term.get(t.id, []), t.closed_on)
    return (
        {k: (len(v), round(statistics.fmean(v), 1)) for k, v in net.items()},
        {k: (c[0], c[1], c[2]) for k, c in counts.items()},
    )


def test_figures_in_sql_match_every_row_read_in_python(ctx: AppContext) -> None:
    """The indexed queries over the period give what reading every row gives: period ends
    included, overlapping suspensions counted once, open suspensions up to the decision."""
    generate_demo(ctx, dossiers=150, seed=7)
    with ctx.uow() as uow:
        first, last = uow.session.execute(
            select(func.min(Dossier.decided_on), func.max(Dossier.decided_on))
        ).one()
    assert first is not None and last is not None
    middle = first + (last - first) / 2
    periods = [
        (first, last),
        (first, middle),
        (middle, last),
        (middle, middle),
        (last, last + timedelta(days=40)),
    ]
    checked = 0
    for start, end in periods:
        figures = compute_figures(ctx, start, end)
        processing, terms = _reference_figures(ctx, start, end)
        got = {r.dossier_type: (r.decided, r.net_mean) for r in figures.processing if r.decided}
        assert got == processing
        assert {t.term_id: (t.closed, t.met, t.suspended_days) for t in figures.terms} == terms
        assert all(t.missed == t.closed - t.met for t in figures.terms)
        checked += sum(n for n, _ in processing.values())
    assert checked > 0 and any(t[2] for t in _reference_figures(ctx, first, last)[1].values())


@given(
    st.lists(st.tuples(st.integers(0, 60), st.one_of(st.none(), st.integers(0, 60))), max_size=6),
    st.integers(0, 70),
)
def test_suspended_days_count_overlaps_once(intervals: list[tuple[int, int | None]], until: int) -> None:
    """T-3: the sweep over day numbers gives what a set of days gives (overlaps, open ends, empty)."""
    days: set[int] = set()
    for a, b in intervals:
        days.update(range(a, min(until if b is None else b, until)))
    assert _suspended_days(intervals, until) == len(days)
