"""Random JSON and text thrown at the intake importer, random cells at the report importer, on both backends.

Every outcome must be a success (exit 0), a file refused with its reasons (exit 1, `wsedesk
report import` only) or one clear refusal (exit 2, stderr starting with `wsedesk:`), never a
traceback, and never the personal data of the application or report on stderr. A modest number
of examples runs in the normal suite; `WSEDESK_LONG=1` throws many more.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from tests.data.reports import report_workbooks as wb
from wsedesk import cli
from wsedesk.models import Organisation
from wsedesk.services.session import open_context

INTAKE = Path(__file__).resolve().parents[1] / "data" / "intake" / "valid-simplified.json"
PERSONAL = ("Els Jacobs", "els.jacobs@dekempen.be")
EXAMPLES = int(os.environ.get("WSEDESK_EXAMPLES", "600" if os.environ.get("WSEDESK_LONG") == "1" else "15"))

hostile_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None, categories=("Cc", "Cf", "Cs", "Zl", "Zp", "Co"))),
    st.sampled_from(["A\x00B", "A\u202eB", "A\ud800B", "9" * 4000, "0001-01-01", "[" * 5000, "", " " * 10]),
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(hostile_text, children, max_size=4),
    max_leaves=12,
)


def _leaf_paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _leaf_paths(v, (*prefix, k))] or [prefix]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _leaf_paths(v, (*prefix, i))] or [prefix]
    return [prefix]


@st.composite
def documents(draw: st.DrawFn) -> str:
    """A valid application with one field replaced, or any JSON, or any text at all."""
    kind = draw(st.sampled_from(["mutated", "mutated", "json", "text"]))
    if kind == "text":
        return draw(hostile_text)
    if kind == "json":
        return json.dumps(draw(json_values))
    data = json.loads(INTAKE.read_text(encoding="utf-8"))
    path = draw(st.sampled_from(_leaf_paths(data)))
    target = data
    for key in path[:-1]:
        target = target[key]
    if path:
        target[path[-1]] = draw(json_values)
    return json.dumps(data)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(document=documents())
def test_random_documents_get_a_verdict_never_a_traceback(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], document: str
) -> None:
    path = tmp_path / "aanvraag.json"
    path.write_text(document, encoding="utf-8", errors="surrogatepass")
    code = cli.main(["intake", "import", str(path), "--db", db_url])
    _out, err = capsys.readouterr()
    assert code in (0, 2), err
    assert "Traceback" not in err and "interne fout" not in err
    if code == 2:
        assert err.startswith("wsedesk: ")
    for fragment in PERSONAL:
        assert fragment not in err


# --- random cells at the report importer ------------------------------------------------------------------

REPORT_PERSONAL = ("An Peeters", "an.peeters@debrug.be")
cell_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.dates(),
    st.datetimes(),
    st.times(),
    hostile_text,
    st.sampled_from(["=1/0", '=HYPERLINK("http://x")', "=" + "A1+" * 3000 + "1", "0428.759.497", "ja"]),
)


@st.composite
def report_edits(draw: st.DrawFn) -> list[tuple[str, int, int, Any]]:
    """A few cells of a clean report changed: its value cells (column D), a code, or anywhere."""
    codes = list(wb.GOOD_VALUES)
    edits = []
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        where = draw(st.sampled_from(["value", "value", "code", "anywhere"]))
        code = draw(st.sampled_from(codes))
        row = draw(st.integers(min_value=1, max_value=400))
        column = {"value": 4, "code": 1}.get(where) or draw(st.integers(min_value=1, max_value=30))
        edits.append((code if where != "anywhere" else "", row, column, draw(cell_values)))
    return edits


def _apply(edits: list[tuple[str, int, int, Any]]) -> Any:
    def edit(workbook: Workbook) -> None:
        for code, row, column, value in edits:
            for sheet in workbook.worksheets:
                target = wb.find_row(sheet, code) if code and _has(sheet, code) else row
                if code or sheet is workbook.worksheets[0]:
                    sheet.cell(row=target, column=column, value=value)

    return edit


def _has(sheet: Any, code: str) -> bool:
    try:
        wb.find_row(sheet, code)
    except KeyError:
        return False
    return True


_orgs_made: set[str] = set()


def _organisation_of_the_report(db_url: str) -> None:
    """The report's organisation exists, so a clean enough report is stored (the storing path is thrown at too)."""
    if db_url in _orgs_made:
        return
    ctx = open_context(db_url, login="tester")
    try:
        with ctx.uow(write=True) as uow:
            uow.session.add(
                Organisation(enterprise_number=wb.ORG, name="Maatwerk De Brug vzw", kind="maatwerkbedrijf")
            )
            uow.commit()
    finally:
        ctx.close()
    _orgs_made.add(db_url)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(edits=report_edits())
def test_random_cells_in_a_report_get_a_verdict_never_a_traceback(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], edits: list[tuple[str, int, int, Any]]
) -> None:
    _organisation_of_the_report(db_url)
    path = tmp_path / "verslag.xlsx"
    path.unlink(missing_ok=True)
    try:
        wb.write_filled(path, edit=_apply(edits))
    except (IllegalCharacterError, AttributeError, ValueError, TypeError, UnicodeError):  # openpyxl cannot
        assume(False)
    code = cli.main(["report", "import", str(path), "--date", "15/03/2026", "--db", db_url])
    out, err = capsys.readouterr()
    assert code in (0, 1, 2), err
    assert "Traceback" not in err + out and "interne fout" not in err
    if code == 2:
        assert err.startswith("wsedesk: ")
    if code == 1:
        assert "GEWEIGERD" in out or "AL INGELEZEN" in out, out
    for fragment in REPORT_PERSONAL:
        assert fragment not in err
