"""`wsedesk db upgrade | backup BESTAND | check`."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from wsedesk.clock import SystemClock
from wsedesk.documents.nl import format_decimal, format_size
from wsedesk.errors import DatabaseError
from wsedesk.settings import load_settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser(
        "db",
        help="database onderhouden: upgrade, backup, check",
        description="Onderhoud van de open database.",
    )
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTIE")
    up = db_sub.add_parser(
        "upgrade",
        help="schema bijwerken naar de nieuwste versie (met backup vooraf)",
        description="Werkt het schema bij met de Alembic-migraties; schrijft eerst een backup.",
    )
    up.set_defaults(handler=run_upgrade)
    bk = db_sub.add_parser(
        "backup",
        help="een consistente kopie van de database schrijven",
        description="SQLite: online backup naar een nieuw bestand. PostgreSQL: een zip met "
        "schema.sql en één CSV per tabel.",
    )
    bk.add_argument("file", metavar="BESTAND", type=Path, help="doelbestand (mag nog niet bestaan)")
    bk.set_defaults(handler=run_backup)
    ck = db_sub.add_parser(
        "check",
        help="integriteit, schemaversie, auditspoor en documenthashes controleren",
        description="Controleert de database; exitcode 1 als er een probleem is.",
    )
    ck.set_defaults(handler=run_check)


def _url(args: argparse.Namespace) -> str:
    from wsedesk.context import resolve_database_url

    return resolve_database_url(args.db, load_settings(), demo=args.demo)


def run_upgrade(args: argparse.Namespace) -> int:
    from wsedesk.storage.backup import backup_beside
    from wsedesk.storage.engine import connect
    from wsedesk.storage.migrate import schema_state, upgrade

    db = connect(_url(args))
    try:
        state = schema_state(db)
        if state.newer_than_program:
            raise DatabaseError(f"De database ({state.current}) is nieuwer dan dit programma.")
        if state.up_to_date:
            print(f"{db.describe()}: schema is al up-to-date ({state.head}).")
            return 0
        if state.current is None and not state.empty:
            raise DatabaseError(f"'{db.describe()}' is geen WSE Desk-database.")
        if state.current is not None:
            target = backup_beside(db, now=SystemClock().now(), tag=state.current)
            print(f"Backup geschreven: {target}")
        upgrade(db)
        print(f"{db.describe()}: schema bijgewerkt van {state.current or 'leeg'} naar {state.head}.")
    finally:
        db.dispose()
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from wsedesk.storage.backup import backup_database
    from wsedesk.storage.engine import connect

    db = connect(_url(args), create=False)
    try:
        started = time.monotonic()
        target = backup_database(db, args.file)
        seconds = time.monotonic() - started
        print(
            f"Backup van {db.describe()} geschreven naar {target} ({format_size(target.stat().st_size)}, "
            f"{format_decimal(seconds, 1)} s)."
        )
    finally:
        db.dispose()
    return 0


def run_check(args: argparse.Namespace) -> int:
    from wsedesk.services.database import check_database
    from wsedesk.storage.engine import connect

    db = connect(_url(args), create=False, verify=False)  # a damaged file is reported, not refused
    try:
        report = check_database(db)
    finally:
        db.dispose()
    print(f"Database: {report.database}")
    for fact in report.facts:
        print(f"  ok    {fact}")
    for problem in report.problems:
        print(f"  FOUT  {problem}")
    print("Resultaat: " + ("in orde" if report.ok else f"{len(report.problems)} probleem/problemen"))
    return 0 if report.ok else 1
