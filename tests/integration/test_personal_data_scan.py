"""No national register number in anything the program puts out (issue #14, item 8).

A session that uses them — an application with two supervisors taken in, a reveal, the checks,
letters, a visit package and its report, exports, the audit trail (read and exported), a refused
guidance list, a backup, and a crash whose message quotes a number — run as a user runs it (the command line in subprocesses, with -v), then every output is
scanned for the numbers, formatted or bare: standard output and error of each command, the log
files, every file written (PDFs read back with pypdf, workbooks part by part, packages byte by
byte). Only the database itself and its backups hold them, which is what they are for. Window
titles and the crash dialog: tests/gui/test_gui_personal_data.py.
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from tests.integration.test_cli import wsedesk
from tests.integration.test_guidance_import import write_csv
from tests.log_files import close_log_file
from tests.personal_data import SESSION_NUMBERS, found_in_file, found_in_text, scan_tree
from wsedesk import cli
from wsedesk.logfile import install_log_file
from wsedesk.services import audit_trail, recognition, terms, users
from wsedesk.services.session import open_context

INTAKE = Path(__file__).resolve().parents[1] / "data" / "intake" / "valid-full.json"


@pytest.fixture
def session_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, logs and data of this session under tmp_path, so the scan sees all of it."""
    home = tmp_path / "gebruiker"
    for name in ("DATA", "CONFIG", "STATE"):
        monkeypatch.setenv(f"XDG_{name}_HOME", str(home / name.lower()))
    return home


def test_a_session_with_national_numbers_leaves_none_outside_the_database(
    tmp_path: Path, session_dirs: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "uitvoer"
    out.mkdir()
    db = tmp_path / "werk.sqlite"
    url = f"sqlite:///{db}"
    shown: list[str] = []  # everything the commands printed

    def run(*args: str, ok: bool = True) -> str:
        result = wsedesk("-v", "--db", url, *args)
        shown.extend((result.stdout, result.stderr))
        if ok:
            assert result.returncode == 0, (args, result.stdout, result.stderr)
        return result.stdout

    imported = json.loads(run("intake", "import", str(INTAKE), "--json"))
    reference, dossier_id = imported["reference"], imported["dossier_id"]
    run("intake", "import", str(INTAKE), ok=False)  # the same application again: refused or a second dossier
    run("check", reference)
    run("check", reference, "--json")

    # In the program's own process: a step, a reveal (audited) and a request for information.
    log_path = install_log_file()
    try:
        ctx = open_context(url, login=getpass.getuser())
        try:
            today = ctx.clock.today()
            me = users.get_user(ctx, ctx.user.id)  # letters name their writer's e-mail address
            users.save_user(
                ctx,
                me.id,
                users.UserInput(
                    display_name="Sara Wouters",
                    email="sara.wouters@vlaanderen.be",
                    phone="02 553 44 10",
                    roles=me.roles,
                ),
                expected_version=me.version,
            )
            view = recognition.get_application(ctx, dossier_id)
            for supervisor in view.supervisors:
                revealed = recognition.reveal_national_number(
                    ctx, supervisor.person_id, reason="diploma nazien"
                )
                assert revealed.replace(".", "").replace("-", "") in SESSION_NUMBERS
            terms.apply_transition(ctx, dossier_id, "ontvankelijk", on=today)
            run("letter", reference, "--kind", "ontvankelijk", "-o", str(out / "ontvankelijk.pdf"))
            terms.request_information(
                ctx, dossier_id, on=today, reason="Diploma van de begeleiders ontbreekt"
            )
            # The audit trail as the window shows and exports it: the persons' rows are in it, masked.
            trail = audit_trail.dossier_trail(ctx, dossier_id)
            whole = audit_trail.whole_trail(ctx, limit=10_000)
            assert trail.rows and whole.rows
            shown.extend(row.text() for row in [*trail.rows, *whole.rows])
            audit_trail.export_trail(whole, out / "auditspoor.xlsx")
        finally:
            ctx.close()
        # The guidance list of a provider that is not recognised, a number twice and an employer
        # missing: refused row by row, as text and as JSON.
        (tmp_path / "invoer").mkdir()
        guidance = write_csv(
            tmp_path / "invoer" / "begeleidingen.csv",
            [
                [reference, "85.07.30-033.28", "Bakkerij Intro bv", "", "01/07/2025", "", ""],
                [reference, SESSION_NUMBERS[0], "Bakkerij Intro bv", "", "01/07/2025", "", ""],
                [reference, SESSION_NUMBERS[1], "", "", "01/07/2025", "", ""],
            ],
        )
        refused = wsedesk("-v", "--db", url, "guidance", "import", str(guidance))
        assert refused.returncode == 2 and "Rijksregisternummer" in refused.stderr, refused.stderr
        as_json = wsedesk("-v", "--db", url, "guidance", "import", str(guidance), "--json")
        assert as_json.returncode == 2 and json.loads(as_json.stdout)["problems"]
        shown.extend((refused.stdout, refused.stderr, as_json.stdout, as_json.stderr))
        run("letter", reference, "--kind", "informatievraag", "-o", str(out / "informatievraag.pdf"))
        run("deadlines", "--json")
        run(
            "figures",
            "--from",
            "01/01/2025",
            "--to",
            today.strftime("%d/%m/%Y"),
            "-o",
            str(out / "cijfers.xlsx"),
        )
        run(
            "providers",
            "--municipality",
            "Gent",
            "--on",
            today.strftime("%d/%m/%Y"),
            "-o",
            str(out / "dienstverleners.xlsx"),
            "--json",
        )
        planned = json.loads(
            run(
                "visit",
                "plan",
                "--organisation",
                _organisation_number(url),
                "--type",
                "begeleiding",
                "--date",
                today.strftime("%d/%m/%Y"),
                "--dossier",
                reference,
                "--json",
            )
        )
        visit = planned["reference"]
        run("visit", "list")
        run("visit", "checkout", "--to", str(out / "pakket.wsebezoek"), "--visit", visit)
        shown.append(wsedesk("-v", "--pakket", str(out / "pakket.wsebezoek"), "visit", "list").stdout)
        run("visit", "report", visit, "-o", str(out / "bezoekverslag.pdf"))
        run("db", "backup", str(out / "backup.sqlite"))
        run("db", "check")

        # A crash whose message quotes a number, as a driver's unique-key error would.
        def crash(*_args: object, **_kwargs: object) -> None:
            raise RuntimeError(
                'duplicate key value violates unique constraint "uq_person"\n'
                f"DETAIL:  Key (national_number)=({SESSION_NUMBERS[0]}) already exists."
            )

        monkeypatch.setattr("wsedesk.services.checks.check_dossier_findings", crash)
        assert cli.main(["check", reference, "--db", url]) == 1
        captured = capsys.readouterr()
        assert "interne fout" in captured.err
        shown.extend((captured.out, captured.err))
    finally:
        close_log_file(log_path)

    leaks = {f"uitvoer van commando {i}": found_in_text(text) for i, text in enumerate(shown)}
    assert {k: v for k, v in leaks.items() if v} == {}
    assert log_path.is_file() and log_path.is_relative_to(session_dirs)
    assert "RuntimeError" in log_path.read_text(encoding="utf-8")  # the crash is logged …
    database_files = [
        db,
        db.with_name(db.name + "-wal"),
        db.with_name(db.name + "-shm"),
        out / "backup.sqlite",
    ]
    database_files += list((db.parent / "backups").glob("*.sqlite"))
    brought = [tmp_path / "invoer" / "begeleidingen.csv"]  # the department's list: input, not output
    assert scan_tree(tmp_path, allowed=[*database_files, *brought]) == {}  # … without the number
    # The scan does see the numbers where they are (the database), so an empty result means something.
    assert _in_database(db)
    assert (out / "pakket.wsebezoek").is_file() and (out / "ontvankelijk.pdf").is_file()
    assert (out / "informatievraag.pdf").is_file() and (out / "cijfers.xlsx").is_file()
    assert (out / "auditspoor.xlsx").is_file()


def _organisation_number(url: str) -> str:
    from sqlalchemy import select

    from wsedesk.models import Organisation
    from wsedesk.storage.engine import connect

    database = connect(url, create=False)
    try:
        with database.read_sessions() as session:
            return str(session.scalars(select(Organisation.enterprise_number)).first())
    finally:
        database.dispose()


def _in_database(db: Path) -> bool:
    files = [db, db.with_name(db.name + "-wal")]
    return any(found_in_file(f) for f in files if f.is_file())


def test_the_scanner_finds_every_spelling() -> None:
    number = SESSION_NUMBERS[0]
    for spelled in (number, "85.07.30-033.28", "85 07 30 033 28", "850730-03328", "x85073003328y"):
        assert found_in_text(spelled), spelled
    assert not found_in_text("185073003328") and not found_in_text("85.07.30-***.**")
    assert not found_in_text("30/07/1985")  # the birth date alone is not the number
