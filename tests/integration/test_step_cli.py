"""`wsedesk step` and `wsedesk letters` as a user types them: real subprocesses on a demo SQLite file.

The commands call the services the window calls (take_step, generate_batch): the same conditions
(an approved advice before a decision, ED-6), the same refusals, the same stored letters.
"""

from __future__ import annotations

import io
import sqlite3
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.integration.test_change_cli import references, status_of, wsedesk
from tests.integration.test_cli import demo_file


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_file(tmp_path_factory.mktemp("step"), 600, 7)


def _refused(result: subprocess.CompletedProcess[str], *needles: str) -> str:
    """A user error: exit 2, one `wsedesk: …` line on stderr, nothing on stdout, no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wsedesk: "), result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def _documents(db: Path, reference: str, kind: str) -> list[tuple[int, int]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT revision, final FROM documents JOIN dossiers ON dossiers.id = documents.dossier_id "
            "WHERE dossiers.reference = ? AND documents.kind = ? ORDER BY revision",
            (reference, kind),
        ).fetchall()
    finally:
        con.close()


def _advice_letter(db: str, ref: str, out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """`wsedesk letter REF --kind advies [OPTIONS] --voorstel erkenning -o OUT` on the database `db`."""
    return wsedesk(
        "--db", db, "letter", ref, "--kind", "advies", *options, "--voorstel", "erkenning", "-o", str(out)
    )


def test_a_decision_on_the_command_line_waits_for_an_approved_advice(demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    ref = references(demo_db, "ED", "advies")[0]

    listing = wsedesk("--db", db, "step", ref)
    assert listing.returncode == 0, listing.stderr
    assert "erkennen" in listing.stdout and "nog niet: er is nog geen advies" in listing.stdout

    _refused(wsedesk("--db", db, "step", ref, "erkennen"), "nog geen advies aan de minister", "ED-6")
    assert status_of(demo_db, ref) == "advies"

    draft = _advice_letter(db, ref, tmp_path / "a.pdf")
    assert draft.returncode == 0, draft.stderr
    assert "concept" in draft.stdout
    text = " ".join(
        p.extract_text() or "" for p in PdfReader(io.BytesIO((tmp_path / "a.pdf").read_bytes())).pages
    )
    assert "ED-1" in text and "erkenning" in text  # the stored findings and the proposal
    _refused(wsedesk("--db", db, "step", ref, "erkennen"), "nog niet goedgekeurd")

    approve = _advice_letter(db, ref, tmp_path / "b.pdf", "--goedkeuren")
    assert approve.returncode == 0, approve.stderr
    assert "definitief" in approve.stdout
    assert _documents(demo_db, ref, "advies") == [(1, 0), (2, 1)]

    step = wsedesk("--db", db, "step", ref, "erkennen", "--note", "op advies")
    assert step.returncode == 0, step.stderr
    assert f"{ref}: 'erkennen' gezet op" in step.stdout and "→ Erkend" in step.stdout
    assert status_of(demo_db, ref) == "erkend"


def test_step_refusals_name_what_is_wrong(demo_db: Path) -> None:
    db = str(demo_db)
    ref = references(demo_db, "ED", "in_onderzoek")[0]
    _refused(wsedesk("--db", db, "step", ref, "toveren"), "bestaat niet")
    _refused(wsedesk("--db", db, "step", ref, "erkennen"), "kan niet vanuit de status")
    _refused(wsedesk("--db", db, "step", ref, "advies_opmaken", "--as-of", "31/02/2025"), "--as-of")
    _refused(wsedesk("--db", db, "step", "ED-1999-99999", "advies_opmaken"), "ED-1999-99999")
    assert status_of(demo_db, ref) == "in_onderzoek"


def test_letters_in_batch_store_write_and_skip_with_the_reason(demo_db: Path, tmp_path: Path) -> None:
    db, out = str(demo_db), tmp_path / "brieven"
    recognised = references(demo_db, "ED", "erkend")
    result = wsedesk(
        "--db",
        db,
        "letters",
        "--kind",
        "erkenning",
        "--where",
        "type=ED",
        "--where",
        "status=erkend",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    files = sorted(out.glob("*.pdf"))
    assert (
        len(files) == len(recognised)
        and f"Klaar: {len(recognised)} gemaakt, 0 overgeslagen." in result.stdout
    )
    first = files[0]
    reference = first.name.split("-erkenning-")[0]
    assert reference in " ".join(p.extract_text() or "" for p in PdfReader(first).pages)
    assert _documents(demo_db, reference, "erkenning")[-1][1] == 1  # stored with its dossier, final

    mixed = wsedesk(
        "--db", db, "letters", "--kind", "ontvankelijk", "--where", "type=ED", "-o", str(tmp_path / "o")
    )
    assert mixed.returncode == 0, mixed.stderr
    skipped = [line for line in mixed.stdout.splitlines() if ": overgeslagen: " in line]
    assert skipped and all("past niet bij de status" in line or "Dossier" in line for line in skipped)
    assert "--where status=" in mixed.stdout  # how to proceed
    made = len(list((tmp_path / "o").glob("*.pdf")))
    assert f"Klaar: {made} gemaakt, {len(skipped)} overgeslagen." in mixed.stdout


def test_letters_refuses_what_a_batch_cannot_do(demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    out = str(tmp_path / "x")
    _refused(
        wsedesk("--db", db, "letters", "--kind", "weigering", "--where", "type=ED", "-o", out), "--motivering"
    )
    _refused(wsedesk("--db", db, "letters", "--kind", "erkenning", "--where", "typ=ED", "-o", out), "typ=ED")
    _refused(
        wsedesk("--db", db, "letters", "--kind", "erkenning", "--where", "type=XX", "-o", out), "type=XX"
    )
    _refused(wsedesk("--db", db, "letters", "--kind", "erkenning", "-o", out), "--where")
    _refused(wsedesk("--db", db, "letters", "--kind", "toveren", "--where", "type=ED", "-o", out), "toveren")
    assert not (tmp_path / "x").exists() or not list((tmp_path / "x").glob("*.pdf"))


def test_a_tender_award_letter_on_the_command_line_is_signed_as_a_decision(
    demo_db: Path, tmp_path: Path
) -> None:
    """`--kind` offers every dossier letter of the one table of kinds (the tender letters too),
    and a decision is signed on behalf of the minister, not by the case officer."""
    db = str(demo_db)
    ref = references(demo_db, "TW", "gegund")[0]
    award = tmp_path / "gunning.pdf"
    result = wsedesk("--db", db, "letter", ref, "--kind", "gunning", "-o", str(award))
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(award).pages)
    assert "Namens de Vlaamse minister" in text and "Dossierbehandelaar" not in text

    help_text = wsedesk("letter", "--help").stdout
    assert "gunning" in help_text and "kwaliteitsbewijs-aanvaard" in help_text
    assert "bezoekverslag" not in help_text
