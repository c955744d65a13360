"""The department's list of guidance assignments, imported from CSV and .xlsx: all rows or none;
hostile files are refused and leave the database as it was (issue #11, item 3)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from tests.data.reports import report_workbooks as wb
from tests.integration.test_intake import imported, provider, recognise
from tests.personal_data import found_in_text
from wsedesk.context import AppContext
from wsedesk.models import AuditEntry, Dossier, GuidanceAssignment
from wsedesk.services import guidance, providers
from wsedesk.services.guidance_import import import_guidance_list

HEADER = [
    "Dienstverlener",
    "Rijksregisternummer",
    "Werkgever",
    "Ondernemingsnummer werkgever",
    "Begin",
    "Einde",
    "Wijzigingen premie",
]
EMPLOYEE, EMPLOYEE_2 = "85.07.30-033.28", "92011517850"


@pytest.fixture
def gent(ctx: AppContext) -> str:
    dossier_id = imported(
        ctx, provider("0412.345.614", "Gentse Jobcoaching", ["44021"], capacity=5)
    ).dossier_id
    assert dossier_id is not None
    recognise(ctx, dossier_id)
    return dossier_id


def _reference(ctx: AppContext, dossier_id: str) -> str:
    with ctx.uow() as uow:
        dossier = uow.session.get(Dossier, __import__("uuid").UUID(dossier_id))
        assert dossier is not None
        return dossier.reference


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ";") -> Path:
    lines = [delimiter.join(HEADER)] + [delimiter.join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Begeleidingen"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _state(ctx: AppContext) -> tuple[int, int]:
    with ctx.uow() as uow:
        s = uow.session
        return (
            int(s.scalar(select(func.count()).select_from(GuidanceAssignment)) or 0),
            int(s.scalar(select(func.count()).select_from(AuditEntry)) or 0),
        )


def test_a_csv_list_is_stored_and_a_second_import_updates_what_changed(
    ctx: AppContext, gent: str, tmp_path: Path
) -> None:
    ref = _reference(ctx, gent)
    first = write_csv(
        tmp_path / "lijst.csv",
        [
            [
                "0412.345.614",
                EMPLOYEE,
                "Bakkerij Intro bv",
                "BE 0428.759.497",
                "01/07/2025",
                "",
                "01/01/2026",
            ],
            [ref, EMPLOYEE_2, "Garage Noord", "", "2025-09-01", "2026-03-31", ""],
        ],
    )
    result = import_guidance_list(ctx, first)
    assert result.ok and (result.rows, result.added, result.updated) == (2, 2, 0), result.problems
    assert result.changes.touches("guidance") and gent in result.changes.dossier_ids
    views = guidance.list_assignments(ctx, gent)
    assert [(v.employee, v.employer_name, v.end_on) for v in views] == [
        ("85.07.30-***.**", "Bakkerij Intro bv", None),
        ("92.01.15-***.**", "Garage Noord", date(2026, 3, 31)),
    ]
    assert views[0].premium_changes == (date(2026, 1, 1),)
    [row] = providers.find_providers(ctx, "44021", date(2025, 10, 1))
    assert (row.capacity, row.free_capacity) == (5, 3)

    second = write_csv(
        tmp_path / "lijst2.csv",
        [
            [
                "0412345614",
                EMPLOYEE,
                "Bakkerij Intro bv",
                "0428759497",
                "01/07/2025",
                "30/06/2026",
                "01/01/2026",
            ],
            [ref, EMPLOYEE_2, "Garage Noord", "", "2025-09-01", "2026-03-31", ""],
        ],
        delimiter=",",
    )
    again = import_guidance_list(ctx, second)
    assert again.ok and (again.added, again.updated, again.unchanged) == (0, 1, 1)
    ends = {v.employee: v.end_on for v in guidance.list_assignments(ctx, gent)}
    assert ends == {"85.07.30-***.**": date(2026, 6, 30), "92.01.15-***.**": date(2026, 3, 31)}


def test_an_xlsx_list_is_read_in_the_worker(ctx: AppContext, gent: str, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "lijst.xlsx",
        [
            [
                "0412345614",
                "85073003328",
                "Bakkerij Intro bv",
                None,
                date(2025, 7, 1),
                None,
                "01/01/2026; 01/04/2026",
            ],
            [
                "0412345614",
                "92011517850",
                "Garage Noord",
                "0428759497",
                date(2025, 8, 1),
                date(2025, 12, 31),
                None,
            ],
        ],
    )
    result = import_guidance_list(ctx, path)
    assert result.ok and result.added == 2, result.problems
    views = guidance.list_assignments(ctx, gent)
    assert views[0].premium_changes == (date(2026, 1, 1), date(2026, 4, 1))
    assert views[1].end_on == date(2025, 12, 31)


def _row(
    provider: str = "0412.345.614",
    employee: str = EMPLOYEE_2,
    employer: str = "A bv",
    start: str = "01/07/2025",
    end: str = "",
) -> list[str]:
    """A CSV row of the list (no employer number, no premium changes): what a case changes is named."""
    return [provider, employee, employer, "", start, end, ""]


@pytest.mark.parametrize(
    ("row", "where", "text"),
    [
        (_row("0999.999.999", EMPLOYEE), "rij 3, kolom 'Dienstverlener'", "ondernemingsnummer"),
        (_row("0428.759.497", EMPLOYEE), "rij 3, kolom 'Dienstverlener'", "geen erkende"),
        (_row(employee="85073003329"), "rij 3, kolom 'Rijksregisternummer'", "geen geldig"),
        (_row(employer="A\u202ebv"), "rij 3, kolom 'Werkgever'", "U+202E"),
        (_row(start="31/02/2025"), "rij 3, kolom 'Begin'", "geen datum"),
        (_row(end="01/06/2025"), "rij 3, kolom 'Einde'", "vóór"),
        (_row(employer=""), "rij 3, kolom 'Werkgever'", "vul dit in"),
        (_row(employee=EMPLOYEE), "rij 3, kolom 'Rijksregisternummer'", "ook op rij 2"),
    ],
)
def test_one_bad_row_refuses_the_whole_list_naming_row_and_column(
    ctx: AppContext, gent: str, tmp_path: Path, row: list[str], where: str, text: str
) -> None:
    imported(ctx, provider("0428.759.497", "Nog In Onderzoek", ["44021"]))  # not recognised
    before = _state(ctx)
    good = _row(employee=EMPLOYEE, employer="Bakkerij Intro bv")
    result = import_guidance_list(ctx, write_csv(tmp_path / "lijst.csv", [good, row]))
    assert not result.ok and result.added == 0
    assert any(p.startswith(where) and text in p for p in result.problems), result.problems
    assert all(found_in_text(p) == [] and "8507300332" not in p for p in result.problems)
    assert _state(ctx) == before  # nothing stored, the good first row neither


def test_hostile_files_are_refused_and_leave_the_database_as_it_was(
    ctx: AppContext, gent: str, tmp_path: Path
) -> None:
    before = _state(ctx)
    corpus = wb.hostile_corpus(tmp_path / "vijandig")
    good = write_xlsx(
        tmp_path / "goed.xlsx", [["0412345614", "85073003328", "Bakkerij bv", None, date(2025, 7, 1)]]
    )
    corpus["billion-laughs-lijst"] = wb.write_billion_laughs(tmp_path / "bl.xlsx", good, "Begeleidingen")
    corpus["csv-binair"] = tmp_path / "binair.csv"
    corpus["csv-binair"].write_bytes(b"\x00\x01\x02" * 1000)
    corpus["csv-leeg"] = tmp_path / "leeg.csv"
    corpus["csv-leeg"].write_bytes(b"")
    corpus["csv-ongeldige-tekst"] = tmp_path / "latin.csv"
    corpus["csv-ongeldige-tekst"].write_bytes(";".join(HEADER).encode() + b"\n\x81\x8d\x8f\x90\x9d\n")
    corpus["csv-kapotte-quote"] = tmp_path / "quote.csv"
    corpus["csv-kapotte-quote"].write_text(";".join(HEADER) + '\n"0412345614;"x"y\n', encoding="utf-8")
    corpus["pdf-als-csv"] = tmp_path / "brief.csv"
    corpus["pdf-als-csv"].write_bytes(b"%PDF-1.7\n" + b"x" * 100)
    verdicts = {}
    for name, path in corpus.items():
        result = import_guidance_list(ctx, path)
        assert not result.ok and result.problems, name
        assert result.added == 0
        verdicts[name] = result.problems[0]
        assert _state(ctx) == before, name
    assert "DTD" in verdicts["billion-laughs-lijst"], verdicts
    assert "zip" in verdicts["zip-bom"].lower() or "groot" in verdicts["zip-bom"], verdicts
    assert "CSV" in verdicts["pdf-als-csv"], verdicts


def test_cli_imports_and_lists_and_refuses_with_exit_2(sqlite_ctx: AppContext, tmp_path: Path) -> None:
    import json

    from tests.integration.test_intake import wsedesk

    dossier_id = imported(
        sqlite_ctx, provider("0412.345.614", "Gentse Jobcoaching", ["44021"], capacity=5)
    ).dossier_id
    assert dossier_id is not None
    recognise(sqlite_ctx, dossier_id)
    ref = _reference(sqlite_ctx, dossier_id)
    assert sqlite_ctx.db.sqlite_path is not None
    db = str(sqlite_ctx.db.sqlite_path)
    good = write_csv(tmp_path / "lijst.csv", [[ref, EMPLOYEE, "Bakkerij Intro bv", "", "01/07/2025", "", ""]])
    done = wsedesk("guidance", "import", str(good), "--db", db)
    assert done.returncode == 0, done.stderr
    assert "1 rijen; 1 nieuw, 0 bijgewerkt, 0 ongewijzigd" in done.stdout
    listed = wsedesk("guidance", "list", ref.lower(), "--on", "2025-08-01", "--json", "--db", db)
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert (data["capacity"], data["active"], data["free_capacity"]) == (5, 1, 4)
    assert [a["employee"] for a in data["assignments"]] == ["85.07.30-***.**"]
    assert found_in_text(listed.stdout) == []

    bad = write_csv(
        tmp_path / "fout.csv", [[ref, "85073003329", "Bakkerij Intro bv", "", "01/07/2025", "", ""]]
    )
    refused = wsedesk("guidance", "import", str(bad), "--db", db)
    assert refused.returncode == 2
    assert refused.stderr.startswith(
        f"wsedesk: {bad}: niets geïmporteerd, 1 probleem:\n  rij 2, kolom 'Rijksregisternummer'"
    )
    assert "8507300332" not in refused.stderr and "Traceback" not in refused.stderr
    missing = wsedesk("guidance", "import", str(tmp_path / "weg.csv"), "--db", db)
    assert missing.returncode == 2 and "bestaat niet" in missing.stderr
