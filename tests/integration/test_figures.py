"""Processing times gross/net of suspensions and terms met/missed, on screen data and in Excel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from sqlalchemy import select

from tests.integration.test_terms_service import _make_dossier
from wsedesk.context import AppContext
from wsedesk.models import Organisation
from wsedesk.services import terms as term_service
from wsedesk.services.figures import compute_figures, export_figures


def test_gross_and_net_processing_time_and_terms_met(ctx: AppContext, tmp_path: Path) -> None:
    on_time = _make_dossier(ctx, submitted=date(2025, 2, 28))
    term_service.apply_transition(ctx, on_time, "ontvankelijk", on=date(2025, 3, 3))  # ED-4 met (due 7 March)
    term_service.request_information(ctx, on_time, on=date(2025, 3, 20), reason="Diploma's ontbreken")
    term_service.information_received(ctx, on_time, on=date(2025, 4, 1))  # 12 days suspended
    term_service.apply_transition(ctx, on_time, "advies_opmaken", on=date(2025, 4, 25))
    term_service.apply_transition(ctx, on_time, "erkennen", on=date(2025, 5, 2))  # decided: 63 days gross
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
