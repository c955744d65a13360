"""`wsedesk db encrypt` / `wsedesk db decrypt`: an existing local database encrypted and back.

A backup first; afterwards no plain copy of the data is left (the file, its backups in `backups/`,
the upgrade backups beside it); the data, the audit chain and its anchor survive both ways; the
file open elsewhere is refused and left as it was; a team lead or the file's owner only.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.integration.test_cli import wsedesk
from wsedesk.clock import FixedClock
from wsedesk.context import AppContext
from wsedesk.errors import BadInputError, DatabaseError, PermissionDeniedError
from wsedesk.models import AuditEntry, Organisation
from wsedesk.rules.roles import Role
from wsedesk.services.backup import auto_backup_dir
from wsedesk.services.database import check_database
from wsedesk.services.database_encryption import decrypt_database, encrypt_database
from wsedesk.services.session import open_context
from wsedesk.storage.encryption import PLAIN_HEADER, is_encrypted_file

pytest.importorskip("sqlcipher3", reason="SQLCipher wheel not installed on this platform")

NAME = "Groep Intro vzw"


def _plain_database(path: Path, clock: FixedClock) -> None:
    """A plain local database with an organisation, an automatic backup and an upgrade backup of it."""
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    try:
        with ctx.uow(write=True) as uow:
            uow.session.add(Organisation(enterprise_number="0428759497", name=NAME, kind="vzw"))
            uow.commit()
    finally:
        ctx.close()
    auto_backup_dir(path).mkdir()
    for copy in (
        auto_backup_dir(path) / f"{path.stem}.auto-20261201-090000.sqlite",
        path.with_name(f"{path.stem}.voor-upgrade-0007-20261130-080000.sqlite"),
    ):
        source, target = sqlite3.connect(path), sqlite3.connect(copy)
        source.backup(target)
        source.close(), target.close()


def _plain_copies(folder: Path) -> list[str]:
    """Every file under `folder` that is a plain SQLite file or shows the organisation's name."""
    found = []
    for file in folder.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            if data.startswith(PLAIN_HEADER) or NAME.encode() in data:
                found.append(file.name)
    return found


def _names(path: Path, clock: FixedClock) -> list[str]:
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    try:
        assert check_database(ctx.db).ok, check_database(ctx.db).problems
        with ctx.uow() as uow:
            return list(uow.session.scalars(select(Organisation.name)))
    finally:
        ctx.close()


def test_encrypt_leaves_no_plain_copy_and_decrypt_brings_it_back(tmp_path: Path, clock: FixedClock) -> None:
    folder = tmp_path / "laptop"
    folder.mkdir()
    path = folder / "wsedesk.sqlite"
    _plain_database(path, clock)
    assert len(_plain_copies(folder)) == 3

    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    try:
        result = encrypt_database(ctx)
    finally:
        ctx.close()
    assert result.encrypted and result.rows > 0
    assert result.backup.parent == auto_backup_dir(path) and is_encrypted_file(result.backup)
    assert len(result.backups_encrypted) == 3  # the backup written first, the automatic one, the upgrade one
    assert is_encrypted_file(path)
    assert _plain_copies(folder) == []  # no plain copy left: not the file, not a backup, no -wal
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT * FROM organisations").fetchall()
    assert _names(path, clock) == [NAME]  # opens with the key; chain, anchor and rows check clean
    for backup in result.backups_encrypted:
        assert _names(backup, clock) == [NAME]

    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    try:
        back = decrypt_database(ctx)
    finally:
        ctx.close()
    assert not back.encrypted and is_encrypted_file(back.backup)  # the backup before it is encrypted
    assert not is_encrypted_file(path)
    plain = sqlite3.connect(path)
    assert plain.execute("SELECT name FROM organisations").fetchall() == [(NAME,)]
    actions = [
        r[0] for r in plain.execute("SELECT action FROM audit_log WHERE entity = 'database' ORDER BY seq")
    ]
    plain.close()
    assert actions == ["encrypt", "decrypt"]
    assert _names(path, clock) == [NAME]


def test_the_command_line_both_ways(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "wsedesk.sqlite"
    _plain_database(path, clock)
    out = wsedesk("--db", str(path), "db", "encrypt")
    assert out.returncode == 0, out.stderr
    assert "versleuteld" in out.stdout and "Backup vooraf:" in out.stdout and is_encrypted_file(path)
    again = wsedesk("--db", str(path), "db", "encrypt")
    assert again.returncode == 2 and again.stderr.startswith("wsedesk: ") and "al versleuteld" in again.stderr
    assert "Traceback" not in again.stderr
    out = wsedesk("--db", str(path), "db", "decrypt")
    assert out.returncode == 0, out.stderr
    assert not is_encrypted_file(path)
    assert wsedesk("--db", str(path), "db", "check").returncode == 0


def test_a_file_open_elsewhere_is_refused_and_left_as_it_was(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "wsedesk.sqlite"
    _plain_database(path, clock)
    before = path.read_bytes()
    # WSE Desk open in another process (SQLite's locks are per process: another program, or another
    # computer on a shared folder).
    holder = (
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(path)!r})\n"
        "c.execute('SELECT count(*) FROM organisations').fetchone()\n"
        "print('open', flush=True)\n"
        "sys.stdin.read()\n"
    )
    other = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "open"
        ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
        try:
            with pytest.raises(DatabaseError, match="in gebruik"):
                encrypt_database(ctx)
        finally:
            ctx.close()
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=60)
    assert not is_encrypted_file(path)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".omzetten")] == []
    assert _names(path, clock) == [NAME]
    assert path.read_bytes()[:100] == before[:100]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="a file of another account needs root"
)
def test_a_team_lead_or_the_files_owner_only(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "wsedesk.sqlite"
    _plain_database(path, clock)
    os.chown(path, 65534, 65534)  # the file belongs to another account (nobody)
    ctx = open_context(f"sqlite:///{path}", clock=clock, login="tester")
    try:
        ctx.user = replace(ctx.user, roles=frozenset({Role.DOSSIERBEHANDELAAR}))
        with pytest.raises(PermissionDeniedError):
            encrypt_database(ctx)
        assert not is_encrypted_file(path)
        ctx.user = replace(ctx.user, roles=frozenset({Role.TEAMVERANTWOORDELIJKE}))
        assert encrypt_database(ctx).encrypted
    finally:
        ctx.close()


def test_only_the_local_file(ctx: AppContext) -> None:
    if ctx.db.sqlite_path is not None:
        pytest.skip("the PostgreSQL side of the question")
    with pytest.raises(BadInputError, match="Enkel het lokale databasebestand"):
        encrypt_database(ctx)
    with ctx.uow() as uow:
        assert uow.session.scalar(select(AuditEntry.seq).where(AuditEntry.entity == "database")) is None
