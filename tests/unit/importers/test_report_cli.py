"""`wsedesk report template` and `wsedesk report check` (no database)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.data.reports import report_workbooks as wb
from wsedesk.commands import report
from wsedesk.errors import BadInputError

RECEIVED = "2026-05-01"


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="wsedesk")
    sub = parser.add_subparsers(dest="command")
    report.register(sub)
    return parser.parse_args(["report", *argv])


def run(*argv: str) -> int:
    args = parse(*argv)
    return int(args.handler(args))


def check_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[dict[str, Any]]]:
    code = run("check", "--json", "--date", RECEIVED, *argv)
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    return code, data


def test_template_writes_the_blank_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "verslag-2025.xlsx"
    assert run("template", "--version", "2025", "-o", str(out)) == 0
    assert "duurzaamheidsverslag-2025" in capsys.readouterr().out
    assert load_workbook(out)["Identificatie"]["F1"].value == "duurzaamheidsverslag-2025"


def test_template_full_version_id_and_default(tmp_path: Path) -> None:
    assert run("template", "--version", "duurzaamheidsverslag-2024", "-o", str(tmp_path / "a.xlsx")) == 0
    assert load_workbook(tmp_path / "a.xlsx")["Identificatie"]["F1"].value == "duurzaamheidsverslag-2024"
    assert run("template", "-o", str(tmp_path / "b.xlsx")) == 0  # the newest by default
    assert load_workbook(tmp_path / "b.xlsx")["Identificatie"]["F1"].value == "duurzaamheidsverslag-2025"


def test_template_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run("template", "--list", "-o", str(tmp_path / "x.xlsx")) == 0
    assert capsys.readouterr().out.split() == ["duurzaamheidsverslag-2024", "duurzaamheidsverslag-2025"]


def test_template_refuses_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="Onbekende sjabloonversie '1999'"):
        run("template", "--version", "1999", "-o", str(tmp_path / "x.xlsx"))
    with pytest.raises(BadInputError, match=r"\.xlsx"):
        run("template", "-o", str(tmp_path / "x.xls"))
    existing = tmp_path / "bestaat.xlsx"
    existing.write_bytes(b"")
    with pytest.raises(BadInputError, match="--force"):
        run("template", "-o", str(existing))
    assert run("template", "-o", str(existing), "--force") == 0
    with pytest.raises(BadInputError, match="bestaat niet"):
        run("template", "-o", str(tmp_path / "geen" / "map.xlsx"))


def test_check_json_accepted_and_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = wb.write_filled(tmp_path / "goed.xlsx", I08=-5000)
    bad = wb.write_filled(tmp_path / "fout.xlsx", ID01=wb.BAD_ORG, I04="dertig")
    png = wb.write_png(tmp_path / "foto.xlsx")
    code, data = check_json(capsys, str(good), str(bad), str(png))
    assert code == 1
    assert [d["status"] for d in data] == ["accepted", "rejected", "rejected"]
    for entry in data:
        assert set(entry) >= wb.RESULT_FIELDS
        for issue in entry["errors"] + entry["warnings"]:
            assert {"sheet", "cell", "code", "message"} <= set(issue)
            assert isinstance(issue["message"], str)
    first = data[0]
    assert first["file"] == str(good)
    assert first["template_version"] == "duurzaamheidsverslag-2025"
    assert first["organisation"] == "0428759497"
    assert first["year"] == 2025
    values = first["values"]
    assert values["I01"] == 25.5 and isinstance(values["I01"], float)
    assert values["I04"] == 30 and isinstance(values["I04"], int)
    assert values["I03"] == 63.75  # 0–100
    assert values["I14"] is True
    assert values["ID02"] == "Maatwerk De Brug vzw"
    assert values["ID03"] is None
    assert first["errors"] == []
    assert [w["code"] for w in first["warnings"]] == ["I08"]
    assert first["flags"] == ["MW-3"]
    second = data[1]
    assert second["organisation"] is None
    assert {e["code"] for e in second["errors"]} == {"ID01", "I04"}
    by_code = {e["code"]: e for e in second["errors"]}
    assert (by_code["I04"]["sheet"], by_code["I04"]["cell"]) == ("Indicatoren", "D8")
    assert data[2]["template_version"] is None and data[2]["values"] == {}
    assert (
        data[2]["errors"][0]["message"] == "Dit is geen Excel-werkmap (.xlsx): gevonden een PNG-afbeelding."
    )


def test_check_exit_0_when_all_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, data = check_json(capsys, str(wb.write_filled(tmp_path / "a.xlsx")))
    assert code == 0 and data[0]["status"] == "accepted"


def test_check_with_expected_org_and_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(wb.write_filled(tmp_path / "a.xlsx"))
    code, data = check_json(capsys, path, "--org", "0428.759.497", "--year", "2025")
    assert code == 0
    code, data = check_json(capsys, path, "--org", wb.OTHER_ORG, "--year", "2024")
    assert code == 1
    assert {e["code"] for e in data[0]["errors"]} == {"ID01", "ID05"}


def test_check_late_submission_is_only_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(wb.write_filled(tmp_path / "a.xlsx"))
    code = run("check", "--json", "--date", "2026-09-01", path)
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data[0]["warnings"][0]["rule"] == "MW-2"


def test_check_bad_options(tmp_path: Path) -> None:
    path = str(wb.write_filled(tmp_path / "a.xlsx"))
    with pytest.raises(BadInputError, match="--org"):
        run("check", "--org", "123", path)
    with pytest.raises(BadInputError, match="--year"):
        run("check", "--year", "vorig", path)
    with pytest.raises(BadInputError, match="--date"):
        run("check", "--date", "31/02/2026", path)


def test_check_readable_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = wb.write_filled(tmp_path / "goed.xlsx")
    bad = wb.write_filled(tmp_path / "fout.xlsx", I04="dertig")
    missing = tmp_path / "weg.xlsx"
    assert run("check", "--date", RECEIVED, str(good), str(bad), str(missing)) == 1
    out = capsys.readouterr().out
    assert f"{good}: AANVAARD" in out
    assert "sjabloon duurzaamheidsverslag-2025, onderneming 0428.759.497, verslagjaar 2025" in out
    assert "geen opmerkingen" in out
    assert f"{bad}: GEWEIGERD" in out
    assert "- fout Indicatoren!D8 [I04]: Verwacht een geheel getal (personen); gevonden 'dertig'." in out
    assert f"{missing}: GEWEIGERD" in out and "Bestand niet gevonden." in out


def test_report_without_subcommand_has_no_handler() -> None:
    args = parse()
    assert getattr(args, "handler", None) is None  # cli.main then prints the group's help
